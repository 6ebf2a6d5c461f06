"""A steps table with BUDGET SUB-TOTAL ROWS PER YEAR AND A TOTAL ROW (fifty-eighth held-out
set, ``plan_docx_subtotal``): a finance officer adds up each fiche's budget by year. After
each run of consecutive steps whose planning value starts with the same year, a grey
« Sous-total <year> » row (its label merged over Etape and Descriptif, the run's budgets
summed in the budget cell, right-aligned), and under the last step a darker « Total fiche »
row. The document otherwise ``plan_docx_narrowstep``'s (plain 0.5 pt black grids).

Only the layout comes from here: every value is the seed's (the sub-total and total rows are
not).
"""

from __future__ import annotations

import re

from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header, _shade
from tests.generators.seed001 import Block

SUBTOTAL_WIDTHS_CM = (3.4, 5.9, 2.0, 2.3, 1.7, 1.7)  # 17.0 cm
SUB_FILL = "F2F2F2"
TOTAL_FILL = "D9D9D9"
PLANNING, BUDGET = 2, 3
NBSP = "\u00a0"


def _year(planning: str) -> str:
    """The first four-digit number of a planning value (« 2020 et + » → « 2020 »)."""
    match = re.search(r"\d{4}", planning)
    return match.group(0) if match else planning


def _amount(budget: str) -> int:
    """The leading number of a budget value, digits and the spaces between them
    (« 18000 (financé) » 18000, « 5 000 » 5000); any other value 0."""
    match = re.match(r"\s*(\d[\d \u00a0]*)", budget)
    return int(re.sub(r"\D", "", match.group(1))) if match else 0


def _euros(total: int) -> str:
    """« 23 000 € »: thousands parted by a no-break space, a no-break space before « € »."""
    return f"{total:,}".replace(",", NBSP) + NBSP + "€"


def _runs(rows: list[list[str]]) -> list[tuple[str, list[list[str]]]]:
    """The seed rows cut into runs of consecutive steps starting the same year."""
    runs: list[tuple[str, list[list[str]]]] = []
    for row in rows:
        year = _year(row[PLANNING] if len(row) > PLANNING else "")
        if runs and runs[-1][0] == year:
            runs[-1][1].append(row)
        else:
            runs.append((year, [row]))
    return runs


def _sum_row(table: object, r: int, label: str, total: int, fill: str) -> None:
    """Row ``r``: ``label`` merged over the first two cells, the sum in the budget cell,
    bold, right-aligned, the whole row filled ``fill``."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    row = table.rows[r]  # type: ignore[attr-defined]
    for cell in row.cells[1:]:
        _shade(cell, fill)
    first = row.cells[0].merge(row.cells[1])
    _shade(first, fill)
    _cell_text(first, label, bold=True, size=9)
    budget = row.cells[BUDGET]
    _cell_text(budget, _euros(total), bold=True, size=9)
    budget.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT


def subtotal_impl(doc: object, block: Block) -> None:
    """The steps table with a sub-total row after each year's run and a total row last."""
    from docx.shared import Pt

    ncols = len(block.header)
    runs = _runs(block.rows)
    n_rows = 1 + len(block.rows) + len(runs) + 1
    table = doc.add_table(rows=n_rows, cols=ncols)  # type: ignore[attr-defined]
    _grid(table)
    _fixed_widths(table, SUBTOTAL_WIDTHS_CM)
    for c, label in enumerate(block.header):
        _cell_text(table.cell(0, c), label, bold=True, size=9)
    _repeat_header(table.rows[0])
    r = 1
    grand = 0
    for year, rows in runs:
        for row in rows:
            for c in range(ncols):
                value = row[c] if c < len(row) else ""
                _cell_text(table.cell(r, c), value, bold=c == 0, size=9)
            r += 1
        total = sum(_amount(row[BUDGET] if len(row) > BUDGET else "") for row in rows)
        grand += total
        _sum_row(table, r, f"Sous-total {year}", total, SUB_FILL)
        r += 1
    _sum_row(table, r, "Total fiche", grand, TOTAL_FILL)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
