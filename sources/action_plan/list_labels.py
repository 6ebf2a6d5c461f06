"""AUTOMATIC LIST NUMBERS IN STEPS CELLS: a word processor's numbered list set on the cells'
paragraphs prints its labels as text — « 17. » before a description's paragraph when the
agent clicked « Numérotation » in the Descriptif cells and never restarted the list (one list
for the whole document), or « 1. », « 2. », … before every paragraph of every body cell when
the whole table body was selected and numbered (one list per table, running row by row). The
labels are no part of the values.

Told by their sequence, never by a number alone: « N. » at the start of a value or after a
blank, whose numbers run on by one from cell to cell (1, 2, 3, … in the document's reading
order, row by row and column by column), over three cells at least; a typed « 1) », a list
typed inside one cell, or a lone « 2. » in a sentence are no such run. A number continuing a
run is taken wherever it stands in the run's cells; a bare « n. » (an empty value numbered)
leaves the value empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sources.pdf.content import TableRow

_LABEL_RE = re.compile(r"(?:(?<=\s)|^)(\d{1,3})\.(?=\s|$)")
_LEAST_CELLS = 3  # cells a run of list numbers must cross


@dataclass
class _Run:
    last: int
    labels: list[tuple[int, str, int, int]] = field(default_factory=list)  # row, key, span


def strip_list_labels(rows: list[TableRow]) -> int:
    """Remove the automatic list numbers from ``rows``' cells (in place, rows in document
    order); returns how many were removed."""
    runs: list[_Run] = []
    for r, row in enumerate(rows):
        for key, text in row.cells.items():
            if not text:
                continue
            for m in _LABEL_RE.finditer(text):
                number = int(m.group(1))
                run = next((x for x in runs if x.last == number - 1), None)
                if run is None and number == 1:
                    run = _Run(0)
                    runs.append(run)
                if run is not None:
                    run.last = number
                    run.labels.append((r, key, m.start(), m.end()))
    taken: dict[tuple[int, str], list[tuple[int, int]]] = {}
    for run in runs:
        if len({(r, key) for r, key, _, _ in run.labels}) < _LEAST_CELLS:
            continue
        for r, key, start, end in run.labels:
            taken.setdefault((r, key), []).append((start, end))
    for (r, key), spans in taken.items():
        text = rows[r].cells[key] or ""
        for start, end in sorted(spans, reverse=True):
            text = text[:start] + text[end:]
        rows[r].cells[key] = " ".join(text.split())
    return sum(len(spans) for spans in taken.values())
