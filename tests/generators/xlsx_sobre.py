"""Seed 001 kept in a workbook whose steps tables an agent made « SOBRES » (hundred-and-
thirty-eighth held-out set, ``plan_xlsx_sobre``): an .xlsx written with openpyxl, printed to
PDF by LibreOffice Calc, each steps table framed by a medium black border (« Bordure épaisse
en encadré »), a medium rule under its header row, Excel's « hair » hairlines between two
steps and NO VERTICAL BORDER INSIDE the table.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes it;
only the steps tables' borders (header row and step rows) are replaced. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import WIDTHS, plan_headed

FRAME = "000000"
HAIR = "808080"


def tables(rows: list[int]) -> list[list[int]]:
    """The steps rows cut into runs of consecutive rows: one run a table."""
    runs: list[list[int]] = []
    for r in rows:
        if runs and r == runs[-1][-1] + 1:
            runs[-1].append(r)
        else:
            runs.append([r])
    return runs


def plan_xlsx_sobre(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each steps table framed, hairlines between steps,
    no inner column rule."""
    from openpyxl.styles import Border, Side

    frame = Side(style="medium", color=FRAME)
    hair = Side(style="hair", color=HAIR)
    last_col = len(WIDTHS)

    def finish(ws: Any, rows: list[int]) -> None:
        for run in tables(rows):
            head = run[0] - 1
            for r in [head, *run]:
                top = frame if r in (head, run[0]) else hair
                bottom = frame if r in (head, run[-1]) else hair
                for c in range(1, last_col + 1):
                    ws.cell(row=r, column=c).border = Border(
                        left=frame if c == 1 else Side(),
                        right=frame if c == last_col else Side(),
                        top=top,
                        bottom=bottom,
                    )

    return plan_headed(path, finish)
