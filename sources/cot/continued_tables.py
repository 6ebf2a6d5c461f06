"""Whether a slide after a progress table heads a table of its own (no continuation of it).

A progress table too long for its slide goes on over the next one, its header repeated (read
as a table of its own) or not at all: a slide whose lines hold numbers in the previous table's
columns and no header is read as its continuation, in those columns
(:func:`sources.cot.referential._parse_tables`). But a deck sets other tables in the same
frame — an indicators dashboard after the progress tables, made by copying their slide:
same columns, fills and type —, and their numbers fall in the same columns. What tells a
progress table is what its columns MEAN, not where they stand: a table of its own opens with
a header row whose cells over the number columns hold column LABELS (« 2015 », « Objectif
2026 », « Cible ») where a continued table's first line holds values (« 27 », « 12,5 % »).
Such a header naming none of the progress columns (points remaining, % done, % programmed)
heads another table: its rows are no referential rows.
"""

from __future__ import annotations

import re

from sources.cot.pages import _Page, _Word
from sources.values import fold

# a year heading a column (« 2015 », « Objectif 2026 »): a label, no value of a progress
# table (points remaining stay under 1 000, percentages under 1 000 too)
_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
# a word of three letters or more (« Cible », « Objectif »): a label; a unit set after a
# number (« pts », « % ») or a nil mark (« n.c. », « nd ») is a cell's, no label
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
_UNITS = frozenset(("pts", "point", "points"))
# stems of the progress columns' labels (« Points restants », « % Réalisé », « % Programmé »)
_PROGRESS_STEMS = ("restant", "realis", "programm")
_HEADER_GAP = 2.5  # × type size: a header row stands right above the table's first row
_TITLE_RATIO = 1.25  # a line this much bigger than the rows is a title, no header row


def _is_label(words: list[_Word]) -> bool:
    """Whether a column's words on one line are a column label, not a value."""
    texts = [w.text.strip() for w in words]
    return any(
        _YEAR_RE.match(t) or (_WORD_RE.search(t) and fold(t).strip(".") not in _UNITS)
        for t in texts
    )


def _header_row(line: list[_Word], label_end: float, centres: dict[str, float]) -> bool:
    """Whether ``line`` labels every number column (each column's words a label) and names
    none of the progress columns."""
    columns: dict[str, list[_Word]] = {key: [] for key in centres}
    for word in line:
        centre = (word.x0 + word.x1) / 2
        if centre > label_end:
            columns[min(centres, key=lambda k: abs(centres[k] - centre))].append(word)
    if not all(columns.values()) or not all(_is_label(ws) for ws in columns.values()):
        return False
    folded = fold(" ".join(w.text for w in line))
    return not any(stem in folded for stem in _PROGRESS_STEMS)


def heads_own_table(page: _Page, start: int, label_end: float, centres: dict[str, float]) -> bool:
    """Whether the slide's first numbers line ``start`` (read in a previous table's columns:
    ``label_end``, ``centres``), or the line right above it, is a header row of another
    table: column labels over every number column, none a progress column's."""
    line = page.lines[start]
    if _header_row(line, label_end, centres):
        return True
    if start == 0:
        return False
    above = page.lines[start - 1]
    size = min(w.size for w in line)
    gap = min(w.top for w in line) - max(w.bottom for w in above)
    if gap > _HEADER_GAP * size or max(w.size for w in above) > _TITLE_RATIO * size:
        return False
    return _header_row(above, label_end, centres)


__all__ = ["heads_own_table"]
