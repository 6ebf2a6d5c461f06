"""A steps table printed with a ROW-NUMBER COLUMN before the step column: a DataFrame's index
(a notebook's ``Out[n]:`` table, « 0 », « 1 », « 2 » in bold at the rows' left, its header
cell blank), a tool's row numbers. The grid is read under the header's labels, so each
number lands at the head of its row's step name (« 0 Lancer une phase test »).

The numbers are told by their sequence, never by one cell alone: EVERY step cell of the
block opens with a bare number and a space, and the numbers follow each other from row to
row, starting at 0 or 1 — or, in a table going on from the page before, where the last
block's numbers stopped (its first row then perhaps the rest of a row the page break cut). A single row counts only with « 0 », which no step name opens
with. The numbers are then set aside.
"""

from __future__ import annotations

import re

from sources.pdf.content import TableRow

_NUMBERED_RE = re.compile(r"^(\d{1,3})\s+(\S[\s\S]*)$")


def without_row_numbers(
    rows: list[TableRow], key: str = "step", going_on: int | None = None
) -> int | None:
    """Strip the row numbers heading ``rows``' ``key`` cells, in place (module docstring);
    ``going_on``: the number the previous block of the same table ended on. Returns the
    last number stripped, else None."""
    steps = [r for r in rows if not r.group]
    if (
        going_on is not None
        and steps
        and not _NUMBERED_RE.match(str(steps[0].cells.get(key) or ""))
    ):
        steps = steps[1:]  # the rest of a row the page break cut (its number on the page before)
    if not steps or not all(r.cells.get(key) for r in steps):
        return None
    matches = [_NUMBERED_RE.match(str(r.cells[key]).strip()) for r in steps]
    if any(m is None for m in matches):
        return None
    numbers = [int(m.group(1)) for m in matches if m is not None]
    first = numbers[0]
    if numbers != list(range(first, first + len(numbers))):
        return None
    starts = {0} if len(numbers) == 1 else {0, 1}
    if going_on is not None:
        starts.add(going_on + 1)
    if first not in starts:
        return None
    for row, match in zip(steps, matches, strict=True):
        if match is not None:
            row.cells[key] = match.group(2).strip()
    return numbers[-1]
