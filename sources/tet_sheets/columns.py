"""Find a table's columns in a spreadsheet by what their headers mean, not where they sit.

Templates drift between versions: columns move, headers gain trailing spaces, accents,
parentheses (« Axe (x) »), or are reworded (« Titre de l'action » / « Titre de la fiche
action »). Each wanted field lists synonym phrases; a header matches a phrase when, once folded
(lower case, no accents, no punctuation, parenthesised hints and filler words removed), it is
equal to it (best), starts with it, or contains all its words. Columns are assigned greedily,
best match first, one column per field. Adding a new template version usually means adding a
synonym to the field's list, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sources.spreadsheet import Sheet
from sources.values import fold

_STOP = frozenset(
    {"de", "la", "le", "les", "l", "d", "du", "des", "en", "et", "a", "au", "aux", "un", "une"}
)
_PAREN_RE = re.compile(r"\([^)]*\)")


def header_key(value: object, keep_parens: bool = False) -> str:
    """Folded header without parenthesised hints, ``%`` kept as the word ``pct``.

    ``keep_parens`` keeps the hint words when they carry meaning (« Effectif (points) »).
    """
    return _header_key_text("" if value is None else str(value), keep_parens)


@lru_cache(maxsize=16384)
def _header_key_text(text: str, keep_parens: bool) -> str:
    text = text.replace("%", " pct ").replace("°", " ")
    text = text.replace("(", " ").replace(")", " ") if keep_parens else _PAREN_RE.sub(" ", text)
    text = text.replace("€", " ").replace("·", "")
    return fold(text)


@lru_cache(maxsize=8192)
def _words(key: str) -> tuple[str, ...]:
    return tuple(w for w in key.split() if w not in _STOP and w not in ("ht", "ttc", "eur"))


@lru_cache(maxsize=65536)
def match_score(header: str, synonym: str) -> int:
    """3 equal, 2 header starts with synonym, 1 every synonym word is in the header, 0 no."""
    if not header:
        return 0
    h_words, s_words = _words(header), _words(synonym)
    if not s_words:
        return 0
    if h_words == s_words:
        return 3
    if h_words[: len(s_words)] == s_words:
        return 2
    if set(s_words) <= set(h_words):
        return 1
    return 0


@dataclass
class ColumnMap:
    """Field → 1-based column, and the score of each match (for header-row choice)."""

    columns: dict[str, int]
    scores: dict[str, int]

    def get(self, field: str) -> int | None:
        return self.columns.get(field)

    @property
    def strength(self) -> int:
        return sum(self.scores.values())


def map_columns(
    headers: Sequence[object],
    fields: Mapping[str, Sequence[str]],
    min_score: int = 1,
    keep_parens: bool = False,
) -> ColumnMap:
    """Assign each field the header that matches it best (greedy, one column per field)."""
    keys = [header_key(h, keep_parens) for h in headers]
    candidates: list[tuple[int, int, int, str]] = []  # (score, -synonym rank, -column, field)
    short = [(col, key) for col, key in enumerate(keys, start=1) if key and len(key) <= 80]
    for field, synonyms in fields.items():
        for col, key in short:
            best = 0
            best_rank = 0
            for rank, synonym in enumerate(synonyms):
                score = match_score(key, synonym)
                if score > best:
                    best, best_rank = score, rank
            if best >= min_score:
                candidates.append((best, -best_rank, -col, field))
    candidates.sort(reverse=True)
    columns: dict[str, int] = {}
    scores: dict[str, int] = {}
    used: set[int] = set()
    for score, _, neg_col, field in candidates:
        col = -neg_col
        if field in columns or col in used:
            continue
        columns[field] = col
        scores[field] = score
        used.add(col)
    return ColumnMap(columns, scores)


def header_cells(sheet: Sheet, row: int, above: int = 0) -> list[object]:
    """Header texts of ``row``; an empty cell takes the text of the rows above (merged groups)."""
    width = max((len(r) for r in sheet.rows[max(0, row - 1 - above) : row]), default=0)
    cells: list[object] = []
    for col in range(1, width + 1):
        value = sheet.cell(row, col)
        r = row
        while (value is None or str(value).strip() == "") and r > row - above:
            r -= 1
            value = sheet.cell(r, col)
        cells.append(value)
    return cells


def find_header_row(
    sheet: Sheet,
    fields: Mapping[str, Sequence[str]],
    required: Sequence[str],
    min_fields: int,
    max_rows: int = 25,
) -> tuple[int, ColumnMap] | None:
    """The row among the first ``max_rows`` whose headers match the most fields."""
    best: tuple[int, int, int, ColumnMap] | None = None
    for row in range(1, min(max_rows, len(sheet.rows)) + 1):
        values = sheet.rows[row - 1]
        if sum(1 for v in values if isinstance(v, str) and v.strip()) < min_fields:
            continue
        mapping = map_columns(values, fields)
        if any(f not in mapping.columns for f in required):
            continue
        strong = sum(1 for s in mapping.scores.values() if s >= 2)
        if strong < min_fields:
            continue
        key = (strong, mapping.strength, -row)
        if best is None or key > best[:3]:
            best = (*key, mapping)
    if best is None:
        return None
    return -best[2], best[3]
