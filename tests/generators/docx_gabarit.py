"""A steps table typed into a department's FICHE-ACTION TEMPLATE OF SIX PRE-DRAWN BODY ROWS
(eighty-eighth held-out set, ``plan_docx_gabarit``): the seed steps fill the first rows in
seed order, THE ROWS LEFT OVER ARE PRINTED EMPTY (six cells of one empty 9 pt paragraph each,
ruled like the others). Columns 2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, every body row « au
moins » 0.9 cm high, the header (the six seed labels) bold 9 pt on #E2EFDA, repeated.
``plan_docx_narrowstep``'s document otherwise (plain 0.5 pt black grids), rows free to break.

Only the layout comes from here: every value is the seed's (the blank rows are not).
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block

TEMPLATE_ROWS = 6  # the template's pre-drawn body rows
HEAD_FILL = "E2EFDA"
MIN_ROW_TWIPS = 510  # 0.9 cm, « au moins »


def gabarit_impl(doc: object, block: Block) -> None:
    """The steps table: the header, the seed steps, then empty rows up to
    :data:`TEMPLATE_ROWS` body rows, each at least 0.9 cm high, a black grid."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Twips

    n_rows = max(TEMPLATE_ROWS, len(block.rows))
    table = headed_grid(doc, n_rows, block.header, HEAD_FILL)
    for r in range(1, n_rows + 1):
        row = block.rows[r - 1] if r <= len(block.rows) else ()
        table.rows[r].height = Twips(MIN_ROW_TWIPS)  # type: ignore[attr-defined]
        table.rows[r].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST  # type: ignore[attr-defined]
        step_cells(table, r, row, len(block.header))
    close_table(doc, table)
