"""Seed 001 in the agent's WORKING COPY OF THE WORKBOOK, with its AutoFilter, grouped rows and
MACRO BUTTONS (two-hundred-and-fifty-second held-out set, ``plan_xlsx_treuil``): an .xlsx
written with openpyxl, printed to PDF by LibreOffice Calc.

One sheet « Plan d'actions » as :func:`tests.generators.xlsx_titlerows.plan_headed` writes it
(each fiche's steps under a header row of their own), kept as the agent works in it: an
AUTOFILTER on the first steps table (its header row and steps rows, nothing filtered),
EVERY FICHE'S STEPS ROWS GROUPED (``outlineLevel`` 1, expanded, summary row above) — Calc
prints neither — and, on each steps header row, in a column G added empty
(:data:`G_WIDTH` character widths), a MACRO BUTTON the agent drew to sort and filter the
table: a DrawingML rounded rectangle (``xdr:sp``, ``macro`` :data:`MACRO`) inset
:data:`INSET_EMU` from the cell's sides and :data:`INSET_V_EMU` from its top and bottom,
#DDEBF7 fill, 0.75 pt #2E75B6 outline, :data:`LABEL` 8 pt bold #1F4E79 centred. openpyxl
writes no shapes, so the drawing is added to the saved package
(:func:`tests.generators.xlsx_zones.add_drawing`). Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from tests.generators.xlsx_titlerows import CHAR_PT, plan_headed
from tests.generators.xlsx_zones import add_drawing

G = 7  # column G, 1-based
G_WIDTH = 14  # Excel character widths
LABEL = "⇅ Trier / filtrer"
MACRO = "[0]!TrierEtapes"
INSET_EMU = 36000  # 0.1 cm
INSET_V_EMU = 18000  # 0.05 cm
EMU_PT = 12700


def button(n: int, row: int, height_pt: float) -> str:
    """Macro button ``n`` (1-based) over column G of sheet row ``row`` (1-based), the row
    ``height_pt`` high."""
    width = round(G_WIDTH * CHAR_PT * EMU_PT)
    height = round(height_pt * EMU_PT)
    corner = "<xdr:col>{}</xdr:col><xdr:colOff>{}</xdr:colOff><xdr:row>{}</xdr:row><xdr:rowOff>{}</xdr:rowOff>"
    return (
        '<xdr:twoCellAnchor editAs="absolute">'
        f"<xdr:from>{corner.format(G - 1, INSET_EMU, row - 1, INSET_V_EMU)}</xdr:from>"
        f"<xdr:to>{corner.format(G - 1, width - INSET_EMU, row - 1, height - INSET_V_EMU)}</xdr:to>"
        f'<xdr:sp macro="{escape(MACRO)}" textlink="">'
        f'<xdr:nvSpPr><xdr:cNvPr id="{n + 1}" name="Bouton {n}"/><xdr:cNvSpPr/></xdr:nvSpPr>'
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></a:xfrm>'
        '<a:prstGeom prst="roundRect"><a:avLst/></a:prstGeom>'
        '<a:solidFill><a:srgbClr val="DDEBF7"/></a:solidFill>'
        '<a:ln w="9525"><a:solidFill><a:srgbClr val="2E75B6"/></a:solidFill></a:ln></xdr:spPr>'
        '<xdr:txBody><a:bodyPr wrap="none" lIns="18000" tIns="0" rIns="18000" bIns="0"'
        ' anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/>'
        '<a:r><a:rPr lang="fr-FR" sz="800" b="1"><a:solidFill><a:srgbClr val="1F4E79"/>'
        '</a:solidFill><a:latin typeface="Liberation Sans"/></a:rPr>'
        f"<a:t>{escape(LABEL)}</a:t></a:r></a:p></xdr:txBody>"
        "</xdr:sp><xdr:clientData/></xdr:twoCellAnchor>"
    )


def plan_xlsx_treuil(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``: ``plan_headed``'s sheet with an AutoFilter, grouped
    steps rows and a macro button beside each steps header row."""
    buttons: list[str] = []

    def finish(ws: Any, rows: list[int]) -> None:
        taken = set(rows)
        headers = [r - 1 for r in rows if r - 1 not in taken]
        if not headers:
            raise ValueError("no steps header row")
        first = headers[0]
        last = first + 1
        while last + 1 in taken:
            last += 1
        ws.auto_filter.ref = f"A{first}:F{last}"
        for r in rows:
            ws.row_dimensions[r].outline_level = 1
        ws.sheet_properties.outlinePr.summaryBelow = False
        ws.column_dimensions["G"].width = G_WIDTH
        for r in headers:
            height = ws.row_dimensions[r].height or 15.0
            buttons.append(button(len(buttons) + 1, r, float(height)))

    plan_headed(path, finish)
    add_drawing(path, buttons)
    return path


__all__ = ["LABEL", "MACRO", "plan_xlsx_treuil"]
