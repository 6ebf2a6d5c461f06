"""French text and value parsing shared by every parser.

Normalise once, here: NFKC, typographic apostrophes, non-breaking spaces, HTML remnants,
hyphenation at line ends. Labels are compared through :func:`fold` (accent-, case- and
space-insensitive) so a header typed ``PERTINENCE de l'action\\nterritoriale`` still matches.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})
_SPACES_RE = re.compile(r"[ \t\u00a0\u202f\u2007\u2009]+")
_TAG_RE = re.compile(r"<\s*/?\s*[a-zA-Z][^<>]*>")
_HYPHEN_EOL_RE = re.compile(r"(\w)-\n(\w)")
# a word hyphenated by the typesetter at a line's end: the HYPHEN (U+2010) a browser prints at
# a soft hyphen's break, or the soft hyphen itself (U+00AD), then the line's break (a space or
# a newline once lines are joined) before the word's lower-case rest
_SOFT_BREAK_RE = re.compile(r"(\w)[\u2010\u00ad]\s+(?=[a-zà-ÿœæ])")


def soft_joined(text: str) -> str:
    """``text`` with the words a typesetter hyphenated at a line's end made whole again
    (« circu‐ laire » → « circulaire »): U+2010 and U+00AD are the typesetter's hyphens, an
    author types « - » (« éco- responsables » stays for the cell reader to judge)."""
    if "\u2010" not in text and "\u00ad" not in text:
        return text
    return _SOFT_BREAK_RE.sub(r"\1", text)


# a year printed with a thousands separator (a sheet's number format « # ##0 » on a year
# typed as a number: « 2 019 »), the separator a space, a no-break or a thin space
_GROUPED_YEAR_RE = re.compile(r"(?<![\d,.])([12])[ \u00a0\u202f\u2009.]?(\d{3})(?![\d,])")


def grouped_years(text: str | None) -> str | None:
    """``text`` (a planning cell) with its years printed with a thousands separator made whole
    (« 2 019 » → « 2019 »); a number that is no year between 1990 and 2100 stays as printed."""
    if not text or not any(sep in text for sep in " \u00a0\u202f\u2009."):
        return text

    def whole(match: re.Match[str]) -> str:
        year = int(match.group(1) + match.group(2))
        return str(year) if 1990 <= year <= 2100 else match.group(0)

    return _GROUPED_YEAR_RE.sub(whole, text)


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
    text = unicodedata.normalize("NFKC", soft_joined(text))
    if text.isascii():  # of the characters unified below, only « ` » is ASCII
        text = text.replace("`", "'")
    else:
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


_BULLET_SPLIT_RE = re.compile(r"(?:^|\s)[•▪·◦‣]\s*")
# a list bullet printed as a glyph of its own (« · » from Word's Symbol bullet, « • »)
_LIST_MARK_RE = re.compile(r"(?:^|(?<=\s))[•▪·◦‣](?=\s|$)\s*")


def without_list_marks(value: object) -> str | None:
    """A text cell's paragraphs without the list bullets printed before them (« · Les actions
    … : · 1) Organisation … » → « Les actions … : 1) Organisation … »): formatting, not words.
    A middle dot inside a word (« acteur·rice·s ») stays."""
    text = normalize_text(value)
    if text is None or not _LIST_MARK_RE.search(text):
        return text
    return normalize_text(_LIST_MARK_RE.sub("", text))


def bulleted_names(value: object) -> str | None:
    """A name cell's bulleted items (« • élus • services de l'agglomération ») on one line as
    a list reads in prose, « élus, services de l'agglomération »; any other text as
    :func:`one_line` gives it."""
    text = one_line(value)
    if text is None or not _BULLET_SPLIT_RE.search(text):
        return text
    items = [item.strip(" ,;") for item in _BULLET_SPLIT_RE.split(text)]
    return ", ".join(item for item in items if item) or None


def strip_accents(text: str) -> str:
    """Remove diacritics (é → e, œ stays œ → oe)."""
    text = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
    return drop_marks(unicodedata.normalize("NFKD", text))


def drop_marks(decomposed: str) -> str:
    """``decomposed`` (NFD/NFKD) without its combining marks, removed in one pass (whole pages
    are folded: no per-character join)."""
    if decomposed.isascii():
        return decomposed
    marks = frozenset(ch for ch in set(decomposed) if unicodedata.combining(ch))
    return _marks_re(marks).sub("", decomposed) if marks else decomposed


@lru_cache(maxsize=256)
def _marks_re(marks: frozenset[str]) -> re.Pattern[str]:
    """A character class of ``marks`` (a page holds a handful of distinct accents)."""
    return re.compile("[" + "".join(re.escape(ch) for ch in sorted(marks)) + "]")


def fold(value: object) -> str:
    """Comparison key: lower case, no accents, punctuation → space, single spaces."""
    if isinstance(value, str) and len(value) <= 200:
        return _fold_text(value)  # header matching folds the same labels thousands of times
    return _fold(value)


def _fold(value: object) -> str:
    text = one_line(value) or ""
    text = strip_accents(text).lower()
    text = re.sub(r"[^a-z0-9%€]+", " ", text)
    return " ".join(text.split())


_fold_text = lru_cache(maxsize=32_768)(_fold)


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


# --------------------------------------------------------------------------- action-plan cells
# Appended for the action-plan parser (issue 3): planning and "Ressources à mobiliser" cells.

from dataclasses import dataclass  # noqa: E402 - appended section, see above

_YEAR_RE = re.compile(r"(?<!\d)(20\d\d)(?!\d)")
_SHORT_RANGE_RE = re.compile(r"(?<!\d)(20\d\d)\s*[-/]\s*(\d\d)(?!\d)")
_OPEN_RE = re.compile(
    r"et\s*\+|et\s+plus|\d\s*\+|a\s+partir|\bdes\s+(?:20|[a-z])|\bdepuis\b|en\s+continu|au[- ]dela"
    r"|et\s+suivantes|et\s+au[- ]dela|>\s*20|\bpermanent"
)


def _loose(text: str) -> str:
    """Lower case without accents, punctuation kept (unlike :func:`fold`)."""
    return " ".join(strip_accents(text).lower().split())


def parse_years(label: object) -> tuple[int | None, int | None, bool]:
    """Planning cell → ``(start, end, open_ended)``.

    ``2019`` → (2019, 2019, False); ``2020 et +`` / ``à partir de 2023`` → (2020, None, True);
    ``2019 - 2020``, ``2021/2022``, ``2024-2026 (3 ans)`` → ranges; ``T2 2024`` → (2024, 2024).
    Years outside 2000–2060 are ignored (amounts, durations); no year → (None, None, False).
    """
    text = one_line(label)
    if not text:
        return None, None, False
    years = [int(y) for y in _YEAR_RE.findall(text) if 2000 <= int(y) <= 2060]
    for start, short in _SHORT_RANGE_RE.findall(text):
        candidate = int(start[:2] + short)
        if int(start) < candidate <= 2060:
            years.append(candidate)
    if not years:
        return None, None, False
    start, end = min(years), max(years)
    if _OPEN_RE.search(_loose(text)):
        return start, None, True
    return start, end, False


@dataclass(frozen=True)
class ResourceValue:
    """Parsed "Ressources à mobiliser" cell.

    ``budget_eur`` is ``None`` when unknown ("à définir", "NC"), ``0.0`` for internal means
    only ("interne"): unknown is never turned into zero.
    """

    budget_eur: float | None
    funded: bool | None
    internal: bool
    etp: float | None
    per_year: bool = False  # « 5 000 €/an », « par an », « annuel »: budget_eur is per year


# « €/an », « / an », « par an », « par année », « chaque année », « annuel(le)(s) » (not
# « pluriannuel »: the word must start there).
_PER_YEAR_RE = re.compile(
    r"(?:/\s*an(?:nee)?\b|\bpar\s+an(?:nee)?\b|\bchaque\s+annee\b|(?<![a-z])annuel(?:le)?s?\b"
    r"|\bpar\s+exercice\b)"
)


def step_budget(
    res: ResourceValue, start: int | None, end: int | None, open_ended: bool = False
) -> tuple[float | None, float | None]:
    """``(budget_eur, budget_eur_per_year)`` of a step.

    A per-year amount is multiplied over the step's years when both ends are known
    (2024–2026 → × 3; a single year → × 1); otherwise the total is unknown (``None``) and
    the amount stays as a per-year amount, never added to totals as a one-off.
    """
    if not res.per_year or res.budget_eur is None:
        return res.budget_eur, None
    if start is not None and end is not None and not open_ended and end >= start:
        return res.budget_eur * (end - start + 1), res.budget_eur
    return None, res.budget_eur


_ETP_RE = re.compile(
    r"(\d+(?:[.,]\d+)?|\d+\s*/\s*\d+)\s*(?:etp|ept|e\.t\.p\.?|equivalents?\s+temps\s+plein)\b"
)
_AMOUNT_RE = re.compile(
    r"(?<![\d.,])(\d{1,3}(?:[ \u00a0\u202f.]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?)"
    r"\s*(k|m|md|mds|millions?|milliers?|mille)?\s*(€|euros?|eur\b)?"
)
_UNKNOWN_RE = re.compile(
    r"^(?:a\s+definir|a\s+preciser|a\s+determiner|nc|n/c|nr|non\s+chiffre|inconnu|\?+|-+|/|"
    r"en\s+cours(?:\s+de\s+chiffrage)?)\.?$"
)
_MULTIPLIERS = {
    "k": 1e3,
    "mille": 1e3,
    "milliers": 1e3,
    "millier": 1e3,
    "m": 1e6,
    "million": 1e6,
    "millions": 1e6,
    "md": 1e9,
    "mds": 1e9,
}


def _etp_value(raw: str) -> float | None:
    if "/" in raw:
        num, den = (part.strip() for part in raw.split("/", 1))
        return int(num) / int(den) if den.strip("0") else None
    return parse_french_number(raw)


def parse_resources(label: object) -> ResourceValue:
    """ "Ressources à mobiliser" cell → budget, funding, internal means and ETP.

    ``18000 (financé)`` → 18000 funded; ``50 000`` → 50000; ``interne (0,2 ETP)`` → 0.0,
    internal, 0.2 ETP; ``15 k€`` → 15000; ``1,5 M€`` → 1.5e6; ``10 000 € HT`` → the amount;
    ``5 000 €/an`` → 5000 with ``per_year`` (see :func:`step_budget`); ``0,5 ETP`` → ETP only, budget unknown; ``à définir``/``NC``/empty → unknown.
    Several amounts joined by ``+`` are added.
    """
    text = one_line(label)
    if not text:
        return ResourceValue(None, None, False, None)
    loose = _loose(text)
    if _UNKNOWN_RE.match(loose):
        return ResourceValue(None, None, False, None)
    funded: bool | None = None
    if re.search(
        r"non[\s-]+financ|a\s+financer|sans\s+financ|financement\s+a\s+(?:rechercher|trouver)"
        r"|recherche\s+de\s+financ",
        loose,
    ):
        funded = False
    elif re.search(r"\bfinance(?:e|s|es)?\b|\bsubventionn", loose):
        funded = True
    internal = bool(re.search(r"\binterne?s?\b|\bregie\b|temps\s+agents?", loose))
    etp: float | None = None
    etp_match = _ETP_RE.search(loose)
    if etp_match:
        etp = _etp_value(etp_match.group(1))
        loose = loose[: etp_match.start()] + " " + loose[etp_match.end() :]
    amounts: list[tuple[float, bool]] = []  # (value, has a currency or multiplier mark)
    for match in _AMOUNT_RE.finditer(loose):
        raw, mult, currency = match.group(1), match.group(2), match.group(3)
        value = parse_french_number(raw)
        if value is None:
            continue
        marked = bool(mult or currency)
        if not marked and re.fullmatch(r"20[0-6]\d", raw):
            continue  # a year, not an amount
        if mult:
            value *= _MULTIPLIERS.get(mult, 1.0)
        amounts.append((value, marked))
    budget: float | None
    if not amounts:
        budget = 0.0 if internal else None
    elif "+" in loose and len(amounts) > 1 and all(m for _, m in amounts):
        budget = float(sum(v for v, _ in amounts))
    else:
        marked = [v for v, m in amounts if m]
        budget = float(marked[0] if marked else amounts[0][0])
    per_year = bool(budget) and bool(_PER_YEAR_RE.search(loose))
    return ResourceValue(budget, funded, internal, etp, per_year)
