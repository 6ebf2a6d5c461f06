"""A plan whose council template gives EVERY FIELD A PICTOGRAM (hundred-and-eighty-first
held-out set, ``plan_docx_embleme``): each fields table three columns (:data:`WIDTHS_CM`),
a row a field in seed order — the first cell one small inline PNG picture
(:func:`pictogram`, :data:`ICON_CM` square, centred both ways, no text) drawn per field
kind, white on a coloured disc (:data:`ICONS`: a ring, a target, bars, two figures, a leaf,
two chain links) —, then the bold label, then the value (:func:`embleme_fields`), a plain
black grid.

The steps tables ``plan_docx_echo``'s header and grid WITHOUT its footer row
(:func:`embleme_impl`); the rest ``echo``'s document. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

import io

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths
from tests.generators.seed001 import Block

WIDTHS_CM = (1.2, 4.0, 11.8)  # 17.0 cm: pictogram, label, value
ICON_CM = 0.8  # the printed pictogram's side
ICON_PX = 96  # the picture's side in pixels
SIZE = 9.5  # pt, labels and values
# per field, in seed order: (the drawing, its disc's colour)
ICONS = (
    ("ring", (0x5B, 0x67, 0x70)),
    ("target", (0xC0, 0x39, 0x2B)),
    ("bars", (0x2E, 0x86, 0xC1)),
    ("figures", (0x8E, 0x44, 0xAD)),
    ("leaf", (0x27, 0xAE, 0x60)),
    ("links", (0xD6, 0x89, 0x10)),
)
LABEL_ICON = {
    "Contexte": 0,
    "Objectifs et résultats attendus": 1,
    "Indicateurs": 2,
    "Publics cibles": 3,
    "Prise en compte de l'EES": 4,
    "Liens avec les objectifs réglementaires": 5,
}


def pictogram(kind: str, colour: tuple[int, int, int]) -> bytes:
    """A PNG: a ``colour`` disc on transparency with a white ``kind`` figure, no text."""
    from PIL import Image, ImageDraw

    n = ICON_PX
    image = Image.new("RGBA", (n, n), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((0, 0, n - 1, n - 1), fill=(*colour, 255))
    white = (255, 255, 255, 255)
    if kind == "ring":
        draw.ellipse((26, 26, 70, 70), outline=white, width=8)
    elif kind == "target":
        draw.ellipse((20, 20, 76, 76), outline=white, width=7)
        draw.ellipse((37, 37, 59, 59), fill=white)
    elif kind == "bars":
        for x, top in ((24, 52), (42, 36), (60, 22)):
            draw.rectangle((x, top, x + 12, 74), fill=white)
    elif kind == "figures":
        for cx in (36, 60):
            draw.ellipse((cx - 9, 20, cx + 9, 38), fill=white)
            draw.pieslice((cx - 16, 42, cx + 16, 90), 180, 360, fill=white)
    elif kind == "leaf":
        draw.ellipse((24, 30, 72, 66), fill=white)
        draw.line((26, 74, 70, 24), fill=colour, width=4)
    elif kind == "links":
        draw.ellipse((18, 34, 54, 62), outline=white, width=7)
        draw.ellipse((42, 34, 78, 62), outline=white, width=7)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _icon_cell(cell: object, index: int) -> None:
    """``cell``: the ``index``-th pictogram centred both ways, nothing else."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    kind, colour = ICONS[index % len(ICONS)]
    par = cell.paragraphs[0]  # type: ignore[attr-defined]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.paragraph_format.space_after = Pt(0)
    par.add_run().add_picture(io.BytesIO(pictogram(kind, colour)), width=Cm(ICON_CM))
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER  # type: ignore[attr-defined]


def embleme_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """A 3-column table 17 cm wide: a pictogram, the bold label, the value, a black grid."""
    table = doc.add_table(rows=len(fields), cols=3)  # type: ignore[attr-defined]
    _grid(table)
    for r, (label, value) in enumerate(fields):
        _icon_cell(table.cell(r, 0), LABEL_ICON.get(label, r))
        _cell_text(table.cell(r, 1), label, bold=True, size=SIZE)
        _cell_text(table.cell(r, 2), value, size=SIZE)
    _fixed_widths(table, WIDTHS_CM)


def embleme_impl(doc: object, block: Block) -> None:
    """The steps table: ``echo``'s repeated header and black grid, a row a step, no footer
    row, an empty paragraph after it."""
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, len(block.header))
    close_table(doc, table)


__all__ = ["ICONS", "WIDTHS_CM", "embleme_fields", "embleme_impl", "pictogram"]
