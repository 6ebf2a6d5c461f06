"""A steps table from a « FICHE ACTION DE SUIVI » TEMPLATE giving EVERY STEP A FOLLOW-UP
LINE TO FILL IN BY HAND (hundred-and-twenty-third held-out set, ``plan_docx_suivi``): under
each step's row, a row whose six cells are merged (``w:gridSpan`` 6) holding one italic 8 pt
#595959 paragraph « Avancement au 31/12 : » then a tab to a right tab stop at 16.5 cm with a
dot leader, left blank by the agents. ``plan_docx_echo``'s steps grid otherwise (2.8 / 5.6 /
2.0 / 2.2 / 2.0 / 2.4 cm, the labels bold 9 pt on #D9D9D9 repeated, a plain 0.5 pt black
grid), ``plan_docx_narrowstep``'s document, rows free to break.

Only the layout comes from here: every value is the seed's (the follow-up rows are not).
"""

from __future__ import annotations

from tests.generators.docx_echo import WIDTHS_CM, headed_grid, step_cells
from tests.generators.plan_docx import _fixed_widths
from tests.generators.seed001 import Block

FOLLOW_UP = "Avancement au 31/12 : "
FOLLOW_UP_GREY = "595959"
FOLLOW_UP_SIZE = 8  # pt
TAB_CM = 16.5  # the right tab stop carrying the dot leader


def _follow_up(table: object, r: int) -> None:
    """Row ``r`` of ``table`` one cell merged over its six: « Avancement au 31/12 : », a tab
    to a right tab stop at :data:`TAB_CM` with a dot leader, italic 8 pt grey."""
    from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt, RGBColor

    row = table.rows[r]  # type: ignore[attr-defined]
    cell = row.cells[0].merge(row.cells[-1])
    par = cell.paragraphs[0]
    par.paragraph_format.space_after = Pt(0)
    par.paragraph_format.tab_stops.add_tab_stop(
        Cm(TAB_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
    )
    run = par.add_run(FOLLOW_UP + "\t")
    run.italic = True
    run.font.size = Pt(FOLLOW_UP_SIZE)
    run.font.color.rgb = RGBColor.from_string(FOLLOW_UP_GREY)


def suivi_impl(doc: object, block: Block) -> None:
    """The steps table: the header (repeated), then every seed step's row and its follow-up
    row, a black grid, then an empty paragraph without space after."""
    from docx.shared import Pt

    n_cols = len(block.header)
    table = headed_grid(doc, 2 * len(block.rows), block.header)
    for k, row in enumerate(block.rows):
        step_cells(table, 1 + 2 * k, row, n_cols)
    _fixed_widths(table, WIDTHS_CM)  # before merging: the merged cell's width their sum
    for k in range(len(block.rows)):
        _follow_up(table, 2 + 2 * k)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
