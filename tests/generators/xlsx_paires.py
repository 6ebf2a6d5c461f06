"""Seed 001 kept on a fiche template that sets the FIELDS TWO PER ROW (hundred-and-forty-
first held-out set, ``plan_xlsx_paires``): an .xlsx written with openpyxl, printed to PDF by
LibreOffice Calc, each fiche's six fields on three sheet rows « Libellé | Valeur | Libellé
| Valeur » — the first label in column A, its value in B, the second label merged over C:D,
its value over E:F —, labels bold on #DDEBF7, every cell boxed thin grey.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes
it (each fiche's steps under a header row of their own); only the fields rows differ. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.seed001 import Block, _paragraphs, load_seed
from tests.generators.xlsx_titlerows import (
    WIDTHS,
    plan_rows,
    put_header,
    put_steps,
    row_writer,
    save_portrait,
    sheet_writer,
)

LABEL_FILL = "DDEBF7"
SPANS = ((0, 0), (1, 1), (2, 3), (4, 5))  # label, value, label, value (0-based columns)


def plan_xlsx_paires(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each fiche's fields two label / value pairs a row."""
    from openpyxl.styles import PatternFill

    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    fill = PatternFill("solid", fgColor=LABEL_FILL)

    def fields(block: Block) -> None:
        pairs = list(block.fields)
        for k in range(0, len(pairs), 2):
            cells = []
            for n, (label, value) in enumerate(pairs[k : k + 2]):
                (l0, l1), (v0, v1) = SPANS[2 * n], SPANS[2 * n + 1]
                cells.append((l0, l1, label, True))
                cells.append((v0, v1, "\n".join(_paragraphs(value)), False))
            r = put(cells, boxed=True)
            for n in range(len(pairs[k : k + 2])):
                first, last = SPANS[2 * n]
                for c in range(first, last + 1):
                    ws.cell(row=r, column=c + 1).fill = fill

    previous = ""
    for block in load_seed():
        if block.kind == "impl":
            put_header(put, block.header)
            put_steps(put, block)
            blank()
        elif block.kind == "fields":
            fields(block)
        else:
            plan_rows(ws, block, previous, put, line, blank)
        previous = block.kind
    return save_portrait(wb, ws, path)
