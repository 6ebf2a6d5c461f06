"""A table's repeated footer row (an HTML ``<tfoot>``), set aside as page furniture.

A web page may give its tables a footer row — one cell over every column holding a
continuation notice (« Suite du tableau page suivante ▸ »), a source, a legend. Printing,
Chromium repeats a ``<tfoot>`` at the foot of EVERY page a table leaves unfinished, as it
repeats the ``<thead>`` at the top of the next one, and under the table's last row too. The
table reader stops at the footer's cell (one rule above it only, no grid round it), so its
text comes as a LINE right under the table: read as text, it stands between the two parts of a
table cut by a page break, and the row cut there is no longer joined (its bottom part read as
a step of its own).

A FOOTER here is a line:

* of one segment (one cell), set right under a table of the page — its top at most
  :data:`_GAP` em below the table's bottom — and inside the table's width, CROSSING one of
  its inner column boundaries at least (a cell spanning columns; a stray cell's words stay in
  their column);
* whose text, every word, is printed as a whole line :data:`_REPEATS` times at least in the
  document (the same footer under several tables / on several pages);
* that is no heading nor field label (:func:`~sources.action_plan.line_kinds._classify`).

Such lines are left out of the page's lines: the table's furniture, like its repeated header.
"""

from __future__ import annotations

from collections import Counter

from sources.action_plan.line_kinds import _classify
from sources.pdf.content import Line, TableBlock
from sources.values import fold

_GAP = 1.0  # em of the line's size: a footer cell's padding under the table's last rule
_ABOVE = 0.3  # em: the line's box may overlap the table's bottom edge a little
_REPEATS = 3  # whole-line occurrences in the document: a row repeated, no sentence
_SLACK = 1.5  # pt: the line inside the table's outer edges


def repeated_lines(pages: list[str]) -> Counter[str]:
    """How many times each (folded) whole line is printed in the pages' text."""
    counts: Counter[str] = Counter()
    for text in pages:
        for raw in text.splitlines():
            key = fold(raw)
            if key:
                counts[key] += 1
    return counts


def is_footer(line: Line, table: TableBlock, counts: Counter[str]) -> bool:
    """Is ``line`` ``table``'s repeated footer row (see the module's docstring)?"""
    if line.page != table.page or len(line.segments) != 1 or len(table.bounds) < 3:
        return False
    gap = line.top - table.bottom
    if not -_ABOVE * line.size <= gap <= _GAP * line.size:
        return False
    left, right, inner = table.bounds[0], table.bounds[-1], table.bounds[1:-1]
    if line.x0 < left - _SLACK or line.x1 > right + _SLACK:
        return False
    if not any(line.x0 < x < line.x1 for x in inner):
        return False  # within one column: a cell's words, not a row spanning the table
    key = fold(line.text)
    return bool(key) and counts[key] >= _REPEATS and _classify(line) is None


class TableFooters:
    """Per document: takes the tables' repeated footer rows out of each page's lines."""

    def __init__(self, pages: list[str]) -> None:
        self._counts = repeated_lines(pages)

    def __call__(self, lines: list[Line], tables: list[TableBlock]) -> list[Line]:
        if not tables:
            return lines
        return [ln for ln in lines if not any(is_footer(ln, t, self._counts) for t in tables)]
