"""A plan whose fiches are spread on landscape pages with the fields and the steps SIDE BY
SIDE (thirty-ninth held-out set, ``plan_docx_sidebyside``), as a Word user builds it with a
borderless layout table: one row of two cells per fiche, the fields as a nested grid table in
the left third, « Modalités de mise en oeuvre » and the steps as a nested grid table in the
right two thirds, level with them; the layout row free to break across pages.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_docx import (
    _cell_text,
    _fixed_widths,
    _grid_borders,
    _no_table_borders,
    _repeat_header,
    _shade,
)
from tests.generators.seed001 import IMPL_TITLE, Block

MARGIN_CM = 1.5
LAYOUT_WIDTHS_CM = (8.7, 18.0)  # 26.7 cm, the landscape text width
FIELD_WIDTHS_CM = (2.9, 5.4)  # 8.3 cm, inside the left cell's margins
STEP_WIDTHS_CM = (2.8, 6.2, 1.9, 2.2, 2.1, 2.4)  # 17.6 cm, inside the right cell's margins
GRID = "8EAADB"
LABEL_FILL = "DEEAF6"
HEAD_FILL = "2E74B5"
SIZE = 8.5


def sidebyside_fields(doc: object, fields: list[tuple[str, str]]) -> object:
    """The fiche's layout table (one borderless row of two cells, top-aligned), its left cell
    holding the fields as a nested 2-column grid table; returns the layout table, whose right
    cell the steps fill later."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    layout = doc.add_table(rows=1, cols=2)  # type: ignore[attr-defined]
    _no_table_borders(layout)
    _fixed_widths(layout, LAYOUT_WIDTHS_CM)
    left = layout.cell(0, 0)
    for cell in layout.rows[0].cells:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
    inner = left.add_table(rows=len(fields), cols=2)  # then the cell's closing paragraph
    left._tc.remove(left.paragraphs[0]._p)  # the nested table first in its cell
    _grid_borders(inner, GRID)
    for r, (label, value) in enumerate(fields):
        _cell_text(inner.cell(r, 0), label, bold=True, size=SIZE)
        _shade(inner.cell(r, 0), LABEL_FILL)
        _cell_text(inner.cell(r, 1), value, size=SIZE)
    _fixed_widths(inner, FIELD_WIDTHS_CM)
    return layout


def sidebyside_bold(layout: object, lines: list[str]) -> None:
    """The seed's bold lines after the fields, as bold 9 pt paragraphs under the nested
    fields table, before the paragraph that closes the left cell."""
    from docx.shared import Pt

    left = layout.cell(0, 0)  # type: ignore[attr-defined]
    closing = left.paragraphs[-1]
    for line in lines:
        par = closing.insert_paragraph_before()
        par.paragraph_format.space_after = Pt(0)
        run = par.add_run(line)
        run.bold, run.font.size = True, Pt(9)


def sidebyside_title(layout: object) -> None:
    """« Modalités de mise en oeuvre » as the right cell's first paragraph (bold 11 pt blue)."""
    from docx.shared import Pt, RGBColor

    par = layout.cell(0, 1).paragraphs[0]  # type: ignore[attr-defined]
    par.paragraph_format.space_after = Pt(3)
    run = par.add_run(IMPL_TITLE)
    run.bold, run.font.size = True, Pt(11)
    run.font.color.rgb = RGBColor.from_string("2E74B5")


def sidebyside_impl(doc: object, layout: object, block: Block) -> None:
    """The steps as a table nested in the right cell under its title: six seed columns in
    seed order, labels bold white on blue, header repeated, thin blue-grey full grid; then an
    empty paragraph after the layout table."""
    from docx.shared import Pt, RGBColor

    right = layout.cell(0, 1)  # type: ignore[attr-defined]
    inner = right.add_table(rows=1 + len(block.rows), cols=len(block.header))
    _grid_borders(inner, GRID)
    for c, label in enumerate(block.header):
        cell = inner.cell(0, c)
        _cell_text(cell, label, bold=True, size=SIZE)
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor.from_string("FFFFFF")
        _shade(cell, HEAD_FILL)
    _repeat_header(inner.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c in range(len(block.header)):
            _cell_text(inner.cell(r, c), row[c] if c < len(row) else "", size=SIZE)
    _fixed_widths(inner, STEP_WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
