"""Seed 001 on a sheet whose FICHE HEADINGS ARE HYPERLINKS (hundred-and-ninety-eighth
held-out set, ``plan_xlsx_signet``): an .xlsx written with openpyxl, printed to PDF by
LibreOffice Calc, whose agent linked each fiche to its page on the community's intranet
(« Insertion › Lien hypertexte » on the heading's cell): every fiche heading line — the bold
11 pt #1F4E79 rows merged over A:F, « FICHE 1.1.1 … » and the continuation lines of the same
heading — given a ``hyperlink`` to :data:`INTRANET` + the fiche's code (dots as hyphens) and
Excel's « Lien hypertexte » look, #0563C1 underlined, bold and size kept (:func:`_signet`).
Calc 7.4 prints such a cell as a URL field, navy and underlined, one link annotation a cell.

:func:`tests.generators.xlsx_titlerows.plan_headed`'s sheet otherwise: every other cell,
row height, fill, border, width and merge unchanged. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import WIDTHS, plan_headed

INTRANET = "https://intranet.pcaet.example.fr/fiches/"
FICHE_COLOUR = "1F4E79"  # seed_lines' fiche heading colour
FICHE_SIZE = 11.0  # « Mise en oeuvre » shares the colour at 10 pt
LINK_COLOUR = "0563C1"  # Excel's « Lien hypertexte » style
CODE = re.compile(r"^FICHE (\d+(?:[.,]\d+)*)")


def _signet(ws: Any, rows: list[int]) -> None:
    """Every fiche heading line merged over A:F a hyperlink, blue and underlined."""
    from openpyxl.styles import Font

    del rows
    whole = {
        m.min_row
        for m in ws.merged_cells.ranges
        if m.min_col == 1 and m.max_col == len(WIDTHS) and m.min_row == m.max_row
    }
    code = ""
    for r in sorted(whole):
        cell = ws.cell(row=r, column=1)
        if cell.border.left.style is not None or not isinstance(cell.value, str):
            continue
        colour = str(cell.font.color.rgb)[-6:] if cell.font.color is not None else ""
        if colour != FICHE_COLOUR or float(cell.font.size) != FICHE_SIZE or not cell.font.bold:
            code = ""
            continue
        match = CODE.match(cell.value)
        if match is not None:
            code = re.sub(r"[.,]", "-", match.group(1))
        if not code:
            continue
        cell.hyperlink = INTRANET + code
        cell.font = Font(
            name="Liberation Sans",
            size=FICHE_SIZE,
            bold=True,
            color=LINK_COLOUR,
            underline="single",
        )


def plan_xlsx_signet(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each fiche heading line a hyperlink."""
    return plan_headed(path, _signet)
