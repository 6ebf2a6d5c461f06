"""A steps table « COIFFÉ » BY A TITLE ROW (hundred-and-thirty-ninth held-out set,
``plan_docx_coiffe``), as many collectivités' fiche-action templates draw it: the table's
first row ONE CELL MERGED OVER THE SIX COLUMNS (``w:gridSpan`` 6) naming the table,
:data:`TITLE` bold 10 pt white, centred, on :data:`TITLE_FILL` (no part of the seed); the six
seed labels bold 9 pt on :data:`HEAD_FILL` under it; BOTH ROWS marked to repeat at the top of
every page. Then a row a step, 9 pt, the step name bold, in a plain 0.5 pt black grid on
``plan_docx_echo``'s columns (2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm), rows free to break.
``plan_docx_echo``'s document otherwise.

Only the layout comes from here: every value is the seed's (the title row is not).
"""

from __future__ import annotations

from tests.generators.docx_echo import WIDTHS_CM, _label_row, close_table, step_cells
from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _repeat_header, _shade
from tests.generators.seed001 import Block

TITLE = "Étapes de mise en œuvre"
TITLE_FILL = "1F4E79"
HEAD_FILL = "D9E2F3"


def _title_row(table: object, n_cols: int) -> None:
    """Row 0 of ``table``: its ``n_cols`` cells merged into one holding :data:`TITLE`, bold
    10 pt white, centred, on :data:`TITLE_FILL`."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, RGBColor

    cell = table.cell(0, 0).merge(table.cell(0, n_cols - 1))  # type: ignore[attr-defined]
    par = cell.paragraphs[0]
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    par.paragraph_format.space_after = Pt(0)
    run = par.add_run(TITLE)
    run.bold = True
    run.font.size = Pt(10)
    run.font.color.rgb = RGBColor.from_string("FFFFFF")
    _shade(cell, TITLE_FILL)


def coiffe_impl(doc: object, block: Block) -> None:
    """The steps table: the merged title row and the labels (both repeated), then the seed
    steps, a black grid."""
    n_cols = len(block.header)
    table = doc.add_table(rows=len(block.rows) + 2, cols=n_cols)  # type: ignore[attr-defined]
    _grid(table)
    _title_row(table, n_cols)
    _label_row(table, 1, list(block.header), HEAD_FILL)
    for r in (0, 1):
        _repeat_header(table.rows[r])  # type: ignore[attr-defined]
    for r, row in enumerate(block.rows, start=2):
        step_cells(table, r, row, n_cols)
    close_table(doc, table)
    from docx.shared import Cm

    table.cell(0, 0).width = Cm(sum(WIDTHS_CM))  # type: ignore[attr-defined]  # the merged cell
