"""Description paragraphs NUMBERED AS ONE LIST RUNNING ON THROUGH THE WHOLE DOCUMENT
(hundred-and-twelfth held-out set, ``plan_docx_enchaine``): as an agent numbers the points of
each description with Word's « Numérotation » button and never clicks « Recommencer à 1 »,
every paragraph of every Descriptif cell takes the template's « List Number » style, one
numbering for the whole document, so the numbers run on from cell to cell and from fiche to
fiche (« 1. » … « 40. »). The steps table ``plan_docx_echo``'s without its footer row (black
grid, grey bold header repeated); ``plan_docx_narrowstep``'s document otherwise.

Only the layout comes from here: every value is the seed's (the list numbers are not).
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block

DESCRIPTION = 1  # the Descriptif column, in seed order
LIST_STYLE = "List Number"  # python-docx's template: one decimal list, never restarted


def enchaine_impl(doc: object, block: Block) -> None:
    """The steps table (``echo``'s, no footer row), every paragraph of its Descriptif cells
    in :data:`LIST_STYLE`, then an empty paragraph without space after."""
    table = headed_grid(doc, len(block.rows), block.header)
    style = doc.styles[LIST_STYLE]  # type: ignore[attr-defined]
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, len(block.header))
        for par in table.cell(r, DESCRIPTION).paragraphs:  # type: ignore[attr-defined]
            par.style = style
    close_table(doc, table)
