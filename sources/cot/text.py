"""Numbers and labels shared by the COT readers (French numbers, label clean-up, case).
"""

from __future__ import annotations

import re

from sources.values import parse_french_number

_NUM = r"\d{1,3}(?:[  \u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_NUM_RE = re.compile(_NUM)


def _num(text: str | None) -> float | None:
    return parse_french_number(text) if text else None


def _clean_label(text: str) -> str:
    """Collapse spaces and trim separators, keeping a leading sign ("-15 % de déchets")."""
    text = " ".join(text.split()).rstrip(" :;-–←→⇐⇒➔➜")  # trailing arrows: slide pointers
    return re.sub(r"^(?:[ :;]|[-–](?!\d))+", "", text)


def _is_numeric_cell(text: str) -> bool:
    return bool(re.fullmatch(r"[-+]?\s*(\d[\d\s.,]*)?\s*%?", text.strip())) and any(
        ch.isdigit() or ch == "%" for ch in text
    )


def _smart_case(text: str) -> str:
    """Upper-case slide titles → readable names ("PAYS DU CALAISIS" → "Pays du Calaisis")."""
    if any(ch.islower() for ch in text):
        return text
    small = {"de", "des", "du", "la", "le", "les", "et", "en", "sur", "à", "au", "aux"}
    out: list[str] = []
    for index, word in enumerate(text.lower().split()):
        if index and word in small:
            out.append(word)
        elif index and re.match(r"^[dl]'", word):
            out.append(word[:2] + word[2:].capitalize())
        else:
            out.append(word.capitalize())
    return " ".join(out)
