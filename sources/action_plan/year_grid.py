"""A steps table whose « Planification » column is a YEAR GRID (a « Gantt dans le tableau »).

Planning templates split the planning column into one narrow column a year: « Planification »
merged over them in the first header row, the years (« 2019 », « 2020 » … « 2023 ») in the
second, each step's planning typed in the cell of its first year and the years it covers
filled as a bar. The table reader names the first year column « planning » and the others by
their rank (no label of their own), and reads the row of years as a body row.

Here the row of years — every cell empty but the planning column and unnamed columns right
of it, which hold three years or more, ascending one by one — is the header's second row and
is dropped; and a step's planning typed in a later year's column (« 2022 et + » under 2022)
is its planning: the values of the unnamed columns right of « planning » that read as periods
are joined into it, in column order, when the planning cell itself is empty.
"""

from __future__ import annotations

import re
from dataclasses import replace

from sources.action_plan.step_list import reads_as_period
from sources.pdf.content import TableBlock, TableRow

_YEAR_RE = re.compile(r"^(?:19|20)\d\d$")
_MIN_YEARS = 3


def _grid_keys(keys: list[str]) -> list[str]:
    """The unnamed columns right after « planning » (the later years' columns)."""
    if "planning" not in keys:
        return []
    out = []
    for key in keys[keys.index("planning") + 1 :]:
        if not key.startswith("col"):
            break
        out.append(key)
    return out


def _years_row(row: TableRow, grid: list[str]) -> bool:
    texts = [(row.cells.get(k) or "") for k in ["planning", *grid]]
    if any(v for k, v in row.cells.items() if k not in grid and k != "planning" and v):
        return False
    years = (
        [int(w) for t in texts for w in t.split()]
        if all(_YEAR_RE.match(w) for t in texts for w in t.split())
        else []
    )
    return len(years) >= _MIN_YEARS and all(
        b == a + 1 for a, b in zip(years, years[1:], strict=False)
    )


def fold_year_grid(block: TableBlock) -> TableBlock:
    """``block`` with its row of years dropped and each step's planning gathered from the
    year columns (module docstring); other tables are returned as they are."""
    grid = _grid_keys(block.keys)
    if not grid:
        return block
    rows = [r for r in block.rows if not _years_row(r, grid)]
    dropped = len(rows) != len(block.rows)
    out = []
    for row in rows:
        later = [row.cells.get(k) or "" for k in grid]
        if not (row.cells.get("planning") or "").strip() and any(
            reads_as_period(v) for v in later if v.strip()
        ):
            cells = dict(row.cells)
            cells["planning"] = " ".join(v.strip() for v in later if v.strip())
            for key in grid:
                cells[key] = ""
            row = replace(row, cells=cells)
        out.append(row)
    if not dropped and out == block.rows:
        return block
    return replace(block, rows=out)
