"""Steps tables pasted WITH NO CELL MARGIN (hundred-and-sixty-third held-out set,
``plan_docx_affleure``): the agent pasted each fiche's steps table from the intranet's page
« en conservant la mise en forme source »; that page wrote its table with ``cellpadding="0"``
and its amounts column ``text-align: right``, and Word kept both — as the table's DEFAULT
CELL MARGINS OF 0 cm on the four sides (« Marges de cellule par défaut », ``w:tblCellMar``)
and as the « Ressources à mobiliser » column's right alignment. Every line then starts on its
cell's left rule and wraps at its right rule, and every amount ends on the rule the
« Porteur » value starts from.

``plan_docx_echo``'s columns (2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, a 0.5 pt black grid, the
header bold 9 pt on #D9D9D9 repeated) without its footer row, and its document otherwise
(``plan_docx_narrowstep``'s fields, Word's default margins). Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block

RIGHT_COLUMN = 3  # « Ressources à mobiliser », right-aligned as the web page set it


def _no_cell_margins(table: object) -> None:
    """The table's default cell margins (``w:tblCellMar``) 0 on all four sides."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    margins = OxmlElement("w:tblCellMar")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:w"), "0")
        el.set(qn("w:type"), "dxa")
        margins.append(el)
    table._tbl.tblPr.append(margins)  # type: ignore[attr-defined]


def affleure_impl(doc: object, block: Block) -> None:
    """The steps table: the repeated header, then a row a step, no cell margin at all, the
    « Ressources à mobiliser » column right-aligned (header and values)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    n_cols = len(block.header)
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, n_cols)
    _no_cell_margins(table)
    for r in range(len(block.rows) + 1):
        for par in table.cell(r, RIGHT_COLUMN).paragraphs:  # type: ignore[attr-defined]
            par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    close_table(doc, table)


__all__ = ["RIGHT_COLUMN", "affleure_impl"]
