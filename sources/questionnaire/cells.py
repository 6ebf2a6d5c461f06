"""Cell values as the questionnaire needs them: text, dates, costs, authority types.

Small tolerant parsers shared by the answers, identification, projects and recipients readers.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from sources.spreadsheet import excel_serial_to_date
from sources.values import fold, normalize_text, one_line, parse_french_number, strip_accents

# --------------------------------------------------------------------------- small parsers

_FRENCH_MONTHS = {
    "janvier": 1,
    "janv": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}


def parse_date(value: object) -> dt.date | None:
    """Date from a cell: date/datetime, Excel serial, ``12/03/2024``, ``2024-03-12``, ``12 mars 2024``."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        return excel_serial_to_date(float(value))
    text = one_line(value)
    if not text:
        return None
    try:
        match = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = re.search(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})\b", text)
        if match:
            year = int(match[3])
            year += 2000 if year < 100 else 0
            return dt.date(year, int(match[2]), int(match[1]))
        folded = fold(text)
        match = re.search(r"\b(\d{1,2})(?:er)? ([a-z]+) (\d{4})\b", folded)
        if match and match[2] in _FRENCH_MONTHS:
            return dt.date(int(match[3]), _FRENCH_MONTHS[match[2]], int(match[1]))
    except ValueError:
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return excel_serial_to_date(float(text))
    return None


_MULTIPLIERS = (
    (r"milliards?|mds?\b|md€|mrd", 1e9),
    (r"millions?|m€|meur|m\b|mio", 1e6),
    (r"k€|keur|k\b|ke\b|mille\b|milliers?", 1e3),
)


def parse_cost(value: object) -> float | None:
    """Euro amount: numbers pass, ``15 k€`` → 15000, ``1,2 M€`` → 1.2e6, ``15 000 € HT``."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    number = parse_french_number(value)
    if number is None:
        return None
    text = strip_accents(one_line(value) or "").lower()
    match = re.search(r"\d[\d\s\u00a0\u202f.,]*\s*(.*)$", text)
    tail = match.group(1) if match else ""
    for pattern, factor in _MULTIPLIERS:
        if re.match(rf"\s*(?:{pattern})", tail):
            return number * factor
    return number


def normalize_authority_type(value: object) -> str | None:
    text = one_line(value)
    if not text:
        return None
    key = fold(text)
    table = (
        (("commune", "mairie", "ville", "municipalite", "commune nouvelle"), "Commune"),
        (
            (
                "epci",
                "communaute de communes",
                "communaute d agglomeration",
                "communaute urbaine",
                "metropole",
                "cc",
                "ca",
                "cu",
                "intercommunalite",
                "interco",
                "agglomeration",
            ),
            "EPCI",
        ),
        (("departement", "conseil departemental", "cd", "collectivite europeenne"), "Département"),
        (("region", "conseil regional", "collectivite territoriale unique"), "Région"),
        (
            (
                "syndicat",
                "syndicat mixte",
                "sivu",
                "sivom",
                "sm",
                "petr",
                "pays",
                "syndicat intercommunal",
            ),
            "Syndicat",
        ),
        (("pnr", "parc naturel regional", "parc naturel", "parc"), "PNR"),
        (("autre", "autres"), "Autre"),
    )
    for words, canonical in table:
        if key in words or key == fold(canonical):
            return canonical
    for words, canonical in table:
        if any(len(word) > 3 and key.startswith(word + " ") for word in words):
            return canonical
    return None


def authority_type_from_name(name: str | None) -> str | None:
    key = fold(name)
    rules = (
        (r"^(commune|mairie|ville) ", "Commune"),
        (r"^(communaute (de communes|d agglomeration|urbaine)|metropole|cc |ca |cu )", "EPCI"),
        (r"^(departement|conseil departemental)", "Département"),
        (r"^(region|conseil regional)", "Région"),
        (r"^(syndicat|sivom|sivu|sm |petr|pole d equilibre)", "Syndicat"),
        (r"^(parc naturel regional|pnr )", "PNR"),
    )
    for pattern, canonical in rules:
        if re.match(pattern, key):
            return canonical
    return None


# --------------------------------------------------------------------------- reading helpers


def _cell(row: Sequence[object], col: int | None) -> object:
    if col is None or col >= len(row):
        return None
    return row[col]


def is_empty_cell(value: object) -> bool:
    """Blank for a reader: ``None`` or whitespace only."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: object) -> str | None:
    """Cell as cleaned text: dates in French format, ``12.0`` → ``12`` (floats from Excel)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize_text(value)


def _short(value: object) -> str | None:
    text = one_line(cell_text(value) if not isinstance(value, str) else value)
    return None if text is None else text[:200]
