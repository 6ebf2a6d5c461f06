"""Numbers and labels shared by the COT readers (French numbers, label clean-up, case)."""

from __future__ import annotations

import re

from sources.values import fold, parse_french_number

_NUM = r"\d{1,3}(?:[  \u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_NUM_RE = re.compile(_NUM)


def _num(text: str | None) -> float | None:
    return parse_french_number(text) if text else None


def _without_leaders(words: list[str]) -> list[str]:
    """``words`` without the LEADER DOTS typed after a label up to its numbers, as in a typed
    table of contents (« Planification territoriale ........ »): the last words made of dots
    only, four or more in all (« … » counting three); a label's own « inscri... », glued to
    its word, stays, and so does its « ... » set apart before the leaders."""
    end = len(words)
    while end and words[end - 1] and not words[end - 1].strip(".…"):
        end -= 1
    if end < len(words) - 1 and words[end] in ("...", "…"):
        end += 1  # the label's own ellipsis, a space before the leaders (« de la ... ..... »)
    dots = sum(len(w) + 2 * w.count("…") for w in words[end:])
    return words[:end] if dots >= 4 else words


def _clean_label(text: str) -> str:
    """Collapse spaces and trim separators, keeping a leading sign ("-15 % de déchets"), and
    the leader dots typed after the label."""
    text = " ".join(_without_leaders(text.split()))
    text = text.rstrip(" :;-–←→⇐⇒➔➜")  # trailing arrows: slide pointers
    return re.sub(r"^(?:[ :;]|[-–](?!\d))+", "", text)


# Colour chips / status glyphs set before a number in a table cell (a traffic-light chip
# « ● 27 »), and text bars a spreadsheet draws with block characters (« ███ 27 % », Excel's
# REPT("█"; …)): markers, not part of the value. ▼/▶ row markers are not among them.
_CHIPS = "●○◉⬤■□◼◾◆◇◈▲△★☆✱█▉▊▋▌▍▎▏▐▓▒░▮▬"
_CHIP_RE = re.compile(rf"^[{_CHIPS}](?:\s*[{_CHIPS}])*\s*")


def _cell_text(text: str) -> str:
    """A cell word without its leading chip glyphs when a number follows (« ●0 » → « 0 »,
    « ● 14,3 » → « 14,3 »); a word made of chips only → « ». Other words stay whole."""
    match = _CHIP_RE.match(text)
    if not match:
        return text
    rest = text[match.end() :]
    return rest if not rest or _is_numeric_cell(rest) else text


# A legend / caption line under a table (« Avancement : ● moins de 20 % ● de 20 à moins de
# 40 % ● 40 % et plus », « Écart à la cible : ● ≥ 12 pts ● 6 à 12 pts ● < 6 pts »): several
# thresholds in percent or in (percentage) points with comparison words, not a row.
_THRESHOLD_RE = re.compile(r"\d+(?:[.,]\d+)?\s*(?:%|‰|(?:pts?|points?)\b)", re.IGNORECASE)
_COMPARE_RE = re.compile(
    r"\b(?:moins de|plus de|et plus|au dela|au moins|jusqu a|inferieure?s? a|superieure?s? a)\b"
)
_COMPARE_SIGNS = "<>≤≥⩽⩾"
_LEGEND_TITLE_RE = re.compile(r"^[^\d:]{2,40}?\s?:(?!\d)")


def _is_legend(text: str) -> bool:
    """Whether a line reads as a threshold legend: at least two « n % » (or « n pts »)
    thresholds and comparison words, with a title ending « : » or two comparisons or more."""
    if len(_THRESHOLD_RE.findall(text)) < 2:
        return False
    compares = len(_COMPARE_RE.findall(fold(text))) + sum(text.count(c) for c in _COMPARE_SIGNS)
    if not compares:
        return False
    return compares >= 2 or bool(_LEGEND_TITLE_RE.match(text.strip()))


_NOTE_RE = re.compile(r"^(?:sources?|notes?|lecture|champ|nb|n\.b\.)\s*:", re.IGNORECASE)


def _is_table_note(text: str) -> bool:
    """Whether a line reads as a table's note (« Source : plateforme Territoires en
    Transitions… », « Note : … », « Lecture : … », « Champ : … »), printed under its last
    row — in a merged row of the table itself too —: no wrapped label of that row."""
    return bool(_NOTE_RE.match(text.strip()))


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
