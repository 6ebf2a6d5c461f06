"""Seed 001 on a sheet dressed as a PAPER FORM (two-hundred-and-fourth held-out set,
``plan_xlsx_ribambelle``): an .xlsx written with openpyxl, printed to PDF by LibreOffice
Calc, whose agent gave every FIELD LABEL cell — column A of each boxed field row, bold on
#DDEBF7 (:data:`LABEL_FILL`) — the number format :data:`LEADER_FORMAT` ``@" "*.``: the
label's text, a literal space, then Calc's « repeat the next character » fill, FULL STOPS
repeated up to the cell's right edge (« Contexte ........ »), printed as characters in the
label's own font (:func:`_points`).

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet otherwise: every cell's text,
row height, fill, border, width and merge unchanged; the summary tables' labels, headings
and steps cells in the general format. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

LEADER_FORMAT = '@" "*.'  # the text, a space, full stops repeated to the cell's edge
LABEL_FILL = "DDEBF7"  # the fields' label cells (the steps header is #D9E1F2)


def _fill(cell: Any) -> str:
    colour = cell.fill.fgColor.rgb if cell.fill is not None else None
    return str(colour)[-6:] if isinstance(colour, str) else ""


def _points(ws: Any, rows: list[int]) -> None:
    """Every field label cell (column A, bold on :data:`LABEL_FILL`) in the number format
    :data:`LEADER_FORMAT`; nothing else touched."""
    del rows
    for r in range(1, ws.max_row + 1):
        cell = ws.cell(row=r, column=1)
        if not isinstance(cell.value, str) or not cell.value:
            continue
        if _fill(cell) == LABEL_FILL and cell.font.bold:
            cell.number_format = LEADER_FORMAT


def plan_xlsx_ribambelle(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each field label followed by Calc's leader dots."""
    return plan_headed(path, _points)
