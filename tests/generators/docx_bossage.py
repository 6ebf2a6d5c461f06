"""A plan whose author set every heading line in Word's « RELIEF » effect
(hundred-and-ninety-third held-out set, ``plan_docx_bossage``): each run of the axis,
objective, section, bold and fiche heading paragraphs carries ``w:emboss`` (Police › Effets
› Relief, :func:`emboss`), which Writer prints as each character twice — a dark copy shifted
right and down, a white copy over it at its place. The fields ``plan_docx_narrowstep``'s
plain black grid (:func:`tests.generators.docx_narrowstep.narrowstep_fields`); each steps
table ``plan_docx_echo``'s six columns in a black grid, its header repeated, a row a step,
no footer row (:func:`bossage_impl`).

The rest ``plan_docx_narrowstep``'s document. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block


def emboss(run: object) -> None:
    """``run`` in Word's « Relief » effect (``w:emboss``)."""
    from docx.oxml import OxmlElement

    run._r.get_or_add_rPr().append(OxmlElement("w:emboss"))  # type: ignore[attr-defined]


def bossage_impl(doc: object, block: Block) -> None:
    """The steps table: ``echo``'s repeated header and black grid, a row a step, no footer
    row, an empty paragraph after it."""
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, len(block.header))
    close_table(doc, table)


__all__ = ["bossage_impl", "emboss"]
