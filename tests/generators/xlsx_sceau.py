"""Seed 001 on a sheet with a SEAL PICTURE over each fiche (two-hundred-and-sixteenth
held-out set, ``plan_xlsx_sceau``): :func:`tests.generators.xlsx_titlerows.plan_headed`'s
sheet, written with openpyxl and printed to PDF by LibreOffice Calc, unchanged but for one
picture per fiche floating over the cells: at each fiche's first field row (a row whose
column A has the fields' :data:`FIELD_FILL`, the row above it not), a one-cell anchor at
column C holding :func:`seal_png` — two red rings and a star, no lettering, every drawn
pixel 59 % opaque — shown 3.2 cm square, as a service pastes its « validated » stamp on
each fiche of the exported sheet. Calc prints the picture after the cells' text, over the
fields' labels and values, the text showing through it.

No text added; every text, fill, border, width and merge ``plan_headed``'s. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from tests.generators.xlsx_titlerows import plan_headed

FIELD_FILL = "DDEBF7"  # the fill of a field's label cell in column A
SEAL = (0xC0, 0x00, 0x00, 150)  # #C00000 at alpha 150/255 (59 %)
PIXELS = 240  # the PNG's side
SHOWN = 120  # its side on the sheet (px at 96 dpi: 3.2 cm)


def seal_png() -> bytes:
    """A 240 × 240 px transparent PNG of a red seal: two rings and a five-pointed star."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (PIXELS, PIXELS), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((8, 8, 232, 232), outline=SEAL, width=10)
    draw.ellipse((34, 34, 206, 206), outline=SEAL, width=5)
    star = [(120, 60), (138, 105), (186, 105), (148, 134), (162, 180)]
    star += [(120, 152), (78, 180), (92, 134), (54, 105), (102, 105)]
    draw.polygon(star, fill=SEAL)
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _is_field(ws: Any, row: int) -> bool:
    return row >= 1 and str(ws.cell(row, 1).fill.fgColor.rgb).endswith(FIELD_FILL)


def _sealed(ws: Any, rows: list[int]) -> None:
    """A seal picture anchored at column C of every fiche's first field row."""
    from openpyxl.drawing.image import Image

    png = seal_png()
    for r in range(1, ws.max_row + 1):
        if _is_field(ws, r) and not _is_field(ws, r - 1):
            picture = Image(io.BytesIO(png))
            picture.width = picture.height = SHOWN
            ws.add_image(picture, f"C{r}")


def plan_xlsx_sceau(path: Path) -> Path:
    """Seed 001 as ``plan_headed``'s .xlsx at ``path``, a seal over each fiche's fields."""
    return plan_headed(path, _sealed)
