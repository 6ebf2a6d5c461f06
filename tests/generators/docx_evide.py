"""A plan whose template sets the steps tables' header labels and step names in Word's
« CONTOUR » CHARACTER EFFECT (hundred-and-seventy-second held-out set, ``plan_docx_evide``):
every run of each steps table's header row and of its first column's body cells carries
``<w:outline/>`` (:func:`hollow`), which Writer prints HOLLOW — each glyph's outline stroked
black, its inside filled white.

The .docx otherwise ``plan_docx_damier``'s without its watermark (``plan_docx_echo``'s
document and steps grid without footer row, ``plan_docx_narrowstep``'s fields; the steps on
2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, a 0.5 pt black grid, the header bold 9 pt on #D9D9D9
repeated). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block


def hollow(cell: object) -> None:
    """Every run of ``cell`` in Word's « Contour » effect (``w:outline``)."""
    from docx.oxml import OxmlElement

    for par in cell.paragraphs:  # type: ignore[attr-defined]
        for run in par.runs:
            run._r.get_or_add_rPr().append(OxmlElement("w:outline"))


def evide_impl(doc: object, block: Block) -> None:
    """The steps table: the repeated header, then a row a step, a plain black grid; the
    header's labels and the step names hollow."""
    n_cols = len(block.header)
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, n_cols)
    for c in range(n_cols):
        hollow(table.cell(0, c))  # type: ignore[attr-defined]
    for r in range(1, len(block.rows) + 1):
        hollow(table.cell(r, 0))  # type: ignore[attr-defined]
    close_table(doc, table)


__all__ = ["evide_impl", "hollow"]
