"""Seed 001 kept in a workbook whose agent DOES NOT REPEAT A VALUE but types « idem »
(hundred-and-fourteenth held-out set, ``plan_xlsx_redite``): an .xlsx written with openpyxl,
printed to PDF by LibreOffice Calc, whose agent keeps it the way a typed list is kept: where a
step's « Planification », « Ressources à mobiliser », « Porteur » or « Partenaires
envisagés » is the same as the step's right above it in the same steps table, the cell reads
« idem », centred.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns of :data:`tests.generators.xlsx_titlerows.WIDTHS`: every row that is not a steps row
as :func:`tests.generators.xlsx_titlerows.plan_rows` writes it; each fiche's steps under a
header row of their own, a row a step, boxed. Only the layout comes from here: every value
is the seed's (an « idem » standing for the one above it).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import Block, _paragraphs
from tests.generators.xlsx_titlerows import plan_portrait, put_header, step_values

IDEM = "idem"
REPEATABLE = (2, 3, 4, 5)  # Planification, Ressources à mobiliser, Porteur, Partenaires


def shown_values(block: Block) -> list[list[tuple[str, bool]]]:
    """Each step's cell texts (its paragraphs one a line) as the agent types them, with
    whether the cell is an « idem »: a value of :data:`REPEATABLE` equal to the previous
    step's in the same table (never an empty one, never in the first step)."""
    out: list[list[tuple[str, bool]]] = []
    previous: list[str] | None = None
    for step in block.rows:
        values = ["\n".join(_paragraphs(v)) for v in step_values(block, step)]
        row = []
        for c, text in enumerate(values):
            same = previous is not None and c in REPEATABLE and bool(text)
            same = same and previous is not None and text == previous[c]
            row.append((IDEM, True) if same else (text, False))
        out.append(row)
        previous = values
    return out


def _steps(ws: Any, put: Callable[..., int], block: Block) -> None:
    """The steps' header row and a row a step, boxed, every « idem » centred."""
    from openpyxl.styles import Alignment

    put_header(put, block.header)
    for row in shown_values(block):
        r = put([(c, c, text, c == 0) for c, (text, _) in enumerate(row)], boxed=True, numbers=True)
        for c, (_, idem) in enumerate(row):
            if idem:
                ws.cell(row=r, column=c + 1).alignment = Alignment(
                    horizontal="center", vertical="top", wrap_text=True
                )


def plan_xlsx_redite(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, a repeated step value typed « idem »."""
    return plan_portrait(path, _steps)
