"""French text and value parsing shared by every parser.

Normalise once, here: NFKC, typographic apostrophes, non-breaking spaces, HTML remnants,
hyphenation at line ends. Labels are compared through :func:`fold` (accent-, case- and
space-insensitive) so a header typed ``PERTINENCE de l'action\\nterritoriale`` still matches.
"""

from __future__ import annotations

import html
import re
import unicodedata

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
_SPACES_RE = re.compile(r"[ \t\u00a0\u202f\u2007\u2009]+")
_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")
_HYPHEN_EOL_RE = re.compile(r"(\w)-\n(\w)")


def normalize_text(value: object) -> str | None:
    """Clean a text cell or PDF string; ``None`` for empty.

    NFKC, unify apostrophes and dashes, drop HTML tags and entities left by converters,
    join words hyphenated at line ends, collapse spaces (keeps single newlines).
    """
    if value is None:
        return None
    text = str(value)
    if not text.strip():
        return None
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_APOSTROPHES).translate(_DASHES)
    if "<" in text or "&" in text:
        text = re.sub(r"<\s*(br|/p|/li|li)\b[^>]*>", "\n", text, flags=re.I)
        text = _TAG_RE.sub(" ", text)
        text = html.unescape(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _HYPHEN_EOL_RE.sub(r"\1\2", text)
    lines = [_SPACES_RE.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(line for line in lines if line)
    return text or None


def one_line(value: object) -> str | None:
    """Like :func:`normalize_text` but on a single line."""
    text = normalize_text(value)
    return None if text is None else " ".join(text.split())


def strip_accents(text: str) -> str:
    """Remove diacritics (é → e, œ stays œ → oe)."""
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(value: object) -> str:
    """Comparison key: lower case, no accents, punctuation → space, single spaces."""
    text = one_line(value) or ""
    text = strip_accents(text).lower()
    text = re.sub(r"[^a-z0-9%€]+", " ", text)
    return " ".join(text.split())


_NUMBER_RE = re.compile(r"[-+]?\d[\d  \u202f.,]*")


def parse_french_number(value: object) -> float | None:
    """``58,7`` → 58.7, ``1 500`` → 1500, ``27 %`` → 27, ``10.000`` → 10000, numbers pass.

    Returns ``None`` when no number is present.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    text = one_line(value)
    if not text:
        return None
    match = _NUMBER_RE.search(text)
    if not match:
        return None
    raw = re.sub(r"[ \u00a0\u202f]", "", match.group(0)).rstrip(".,")
    if "," in raw and "." in raw:
        # "1.234,5" (thousands dot) or "1,234.5" (thousands comma): the last one is decimal
        if raw.rfind(",") > raw.rfind("."):
            raw = raw.replace(".", "").replace(",", ".")
        else:
            raw = raw.replace(",", "")
    elif "," in raw:
        raw = raw.replace(",", ".") if raw.count(",") == 1 else raw.replace(",", "")
    elif raw.count(".") > 1 or re.fullmatch(r"\d{1,3}\.\d{3}", raw):
        # "10.000" / "1.500.000" are thousand separators in French
        raw = raw.replace(".", "")
    try:
        return float(raw)
    except ValueError:
        return None


def parse_percent(value: object) -> float | None:
    """``16,4 %`` → 16.4 (percentage points, 0-100)."""
    return parse_french_number(value)


def split_list(value: object, separators: str = ",;\n") -> list[str]:
    """Split a list cell on separators that are outside parentheses; trims, drops empties.

    ``"CAUE, communes (Auch, Pavie)"`` → ``["CAUE", "communes (Auch, Pavie)"]``.
    """
    text = normalize_text(value)
    if not text:
        return []
    items: list[str] = []
    depth = 0
    current: list[str] = []
    for ch in text:
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        if ch in separators and depth == 0:
            items.append("".join(current))
            current = []
        else:
            current.append(ch)
    items.append("".join(current))
    cleaned = [" ".join(item.split()).strip(" -•·") for item in items]
    return [item for item in cleaned if item]


def clean_siren(value: object) -> str | None:
    """Digits of a SIREN as typed: ``200 012 345``, ``200012345.0`` → ``200012345``.

    Returns the digit string (possibly not 9 long: the caller validates) or ``None``.
    """
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if re.fullmatch(r"\d+\.0+", text):
        text = text.split(".")[0]
    digits = re.sub(r"\D", "", text)
    return digits or None


def siren_is_valid(siren: str | None) -> bool:
    """SIREN checksum (Luhn) via python-stdnum."""
    if not siren:
        return False
    from stdnum.fr import siren as stdnum_siren

    return bool(stdnum_siren.is_valid(siren))
