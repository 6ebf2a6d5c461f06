"""A steps table typed into a department's FICHE-ACTION TEMPLATE OF SIX PRE-DRAWN BODY ROWS
(eighty-eighth held-out set, ``plan_docx_gabarit``): the seed steps fill the first rows in
seed order, THE ROWS LEFT OVER ARE PRINTED EMPTY (six cells of one empty 9 pt paragraph each,
ruled like the others). Columns 2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, every body row « au
moins » 0.9 cm high, the header (the six seed labels) bold 9 pt on #E2EFDA, repeated.
``plan_docx_narrowstep``'s document otherwise (plain 0.5 pt black grids), rows free to break.

Only the layout comes from here: every value is the seed's (the blank rows are not).
"""

from __future__ import annotations

from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header, _shade
from tests.generators.seed001 import Block

WIDTHS_CM = (2.8, 5.6, 2.0, 2.2, 2.0, 2.4)  # 17.0 cm
TEMPLATE_ROWS = 6  # the template's pre-drawn body rows
HEAD_FILL = "E2EFDA"
MIN_ROW_TWIPS = 510  # 0.9 cm, « au moins »


def gabarit_impl(doc: object, block: Block) -> None:
    """The steps table: the header, the seed steps, then empty rows up to
    :data:`TEMPLATE_ROWS` body rows, each at least 0.9 cm high, a black grid."""
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Pt, Twips

    ncols = len(block.header)
    n_rows = max(TEMPLATE_ROWS, len(block.rows))
    table = doc.add_table(rows=1 + n_rows, cols=ncols)  # type: ignore[attr-defined]
    _grid(table)
    for c, label in enumerate(block.header):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=9)
        _shade(cell, HEAD_FILL)
    _repeat_header(table.rows[0])
    for r in range(1, n_rows + 1):
        row = block.rows[r - 1] if r <= len(block.rows) else ()
        table.rows[r].height = Twips(MIN_ROW_TWIPS)
        table.rows[r].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c in range(ncols):
            _cell_text(table.cell(r, c), row[c] if c < len(row) else "", bold=c == 0, size=9)
    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
