"""A plan whose template carries WORD'S PAGE LINE GRID (hundred-and-seventy-fifth held-out
set, ``plan_docx_cadence``): the document's section holds ``<w:docGrid w:type="lines"
w:linePitch="360"/>`` (« Mise en page › Grille : lignes uniquement », :func:`line_grid`), so
Writer snaps every line of the body — paragraphs, headings, fields and every line inside
the steps cells — to an 18 pt pitch (:data:`PITCH`).

The .docx otherwise ``plan_docx_evide``'s without its « Contour » effect, i.e.
``plan_docx_echo``'s (the steps on 2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, a 0.5 pt black grid,
the header bold 9 pt on #D9D9D9 repeated, no footer row; ``plan_docx_narrowstep``'s fields).
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block

PITCH = 360  # twentieths of a point: an 18 pt line grid


def line_grid(section: object) -> None:
    """``section``'s document grid set to lines only, :data:`PITCH` apart (in place of the
    template's plain ``w:docGrid``)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sect = section._sectPr  # type: ignore[attr-defined]  # noqa: SLF001
    for old in sect.findall(qn("w:docGrid")):
        sect.remove(old)
    grid = OxmlElement("w:docGrid")
    grid.set(qn("w:type"), "lines")
    grid.set(qn("w:linePitch"), str(PITCH))
    sect.append(grid)


def cadence_impl(doc: object, block: Block) -> None:
    """The steps table: the repeated header, then a row a step, a plain black grid."""
    n_cols = len(block.header)
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, n_cols)
    close_table(doc, table)


__all__ = ["PITCH", "cadence_impl", "line_grid"]
