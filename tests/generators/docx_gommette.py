"""A steps table whose every step name is PRECEDED BY A SMALL INLINE PICTURE, a « gommette »
pasted from the service's template (seventy-ninth held-out set, ``plan_docx_gommette``): in
each body row, the step-name cell's first paragraph opens with one inline PNG 0.45 × 0.45 cm
(a green #2E7D32 disc bearing a white tick, no text in it), then a space, then the bold
name; the picture taller than the 9 pt line, the name's first line stands lower than the
row's other first lines. ``plan_docx_narrowstep``'s document otherwise (plain 0.5 pt black
grids, no fill), the steps on 3.4 / 5.2 / 2.0 / 2.2 / 2.0 / 2.2 cm, header bold and
repeated, rows free to break.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import io

from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header
from tests.generators.seed001 import Block, _paragraphs

WIDTHS_CM = (3.4, 5.2, 2.0, 2.2, 2.0, 2.2)  # 17.0 cm
PICTURE_CM = 0.45
GREEN = (46, 125, 50, 255)  # #2E7D32


def gommette_png() -> bytes:
    """The pictogram: a 64 × 64 px PNG, a green disc with a white tick, corners transparent."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, 63, 63), fill=GREEN)
    tick = [(16, 33), (27, 44), (48, 22), (43, 17), (27, 34), (21, 28)]
    draw.polygon(tick, fill=(255, 255, 255, 255))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def _named_step(cell: object, value: str, picture: bytes) -> None:
    """The step-name cell: the picture inline, a space, the name bold 9 pt; the value's
    later paragraphs as paragraphs of the cell."""
    from docx.shared import Cm, Pt

    parts = _paragraphs(value) or [""]
    for index, part in enumerate(parts):
        par = cell.paragraphs[0] if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        par.paragraph_format.space_after = Pt(0)
        if index == 0:
            par.add_run().add_picture(
                io.BytesIO(picture), width=Cm(PICTURE_CM), height=Cm(PICTURE_CM)
            )
            part = " " + part
        run = par.add_run(part)
        run.bold = True
        run.font.size = Pt(9)


def gommette_impl(doc: object, block: Block) -> None:
    """The steps table on :data:`WIDTHS_CM`, a pictogram before every step name, a black
    grid."""
    from docx.shared import Pt

    picture = gommette_png()
    ncols = len(block.header)
    table = doc.add_table(rows=1 + len(block.rows), cols=ncols)  # type: ignore[attr-defined]
    _grid(table)
    for c, label in enumerate(block.header):
        _cell_text(table.cell(0, c), label, bold=True, size=9)
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        _named_step(table.cell(r, 0), row[0] if row else "", picture)
        for c in range(1, ncols):
            _cell_text(table.cell(r, c), row[c] if c < len(row) else "", size=9)
    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
