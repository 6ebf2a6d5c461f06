"""A plan whose author PASTED EVERY VALUE FROM A WEB PAGE (two-hundred-and-second held-out
set, ``plan_docx_bouffant``): Word kept on each pasted paragraph the HTML paragraph's
« automatic » spacing before and after (Espacement Avant : Auto, Après : Auto; ``w:spacing
w:beforeAutospacing="1" w:afterAutospacing="1"``, :func:`autospaced`), on every paragraph of
every fields table's value cell (:func:`bouffant_fields`, ``plan_docx_narrowstep``'s plain
black grid otherwise) and of every steps table's body cell (:func:`bouffant_impl`,
``plan_docx_bossage``'s steps table otherwise: ``echo``'s six columns in a black grid, its
header repeated, a row a step, no footer row). Writer sets 14 pt between two paragraphs of
one cell and none above a cell's first or below its last, so every multi-paragraph value
opens wide gaps inside its row; labels, header cells and headings untouched.

The rest ``plan_docx_echasse``'s document. Only the layout comes from here: every value is
the seed's.
"""

from __future__ import annotations

from tests.generators.seed001 import Block

BEFORE_AFTER = 100  # w:before / w:after (twips) Word writes beside the two Auto flags


def autospaced(par: object) -> None:
    """``par`` given Word's « Auto » spacing before and after (``w:beforeAutospacing`` and
    ``w:afterAutospacing``), as a paragraph pasted from a web page carries it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    spacing = p_pr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        p_pr.append(spacing)
    spacing.set(qn("w:before"), str(BEFORE_AFTER))
    spacing.set(qn("w:beforeAutospacing"), "1")
    spacing.set(qn("w:after"), str(BEFORE_AFTER))
    spacing.set(qn("w:afterAutospacing"), "1")


def _cells_autospaced(cells: list) -> None:
    for cell in cells:
        for par in cell.paragraphs:
            autospaced(par)


def bouffant_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """``narrowstep``'s fields table, every paragraph of its value column autospaced."""
    from tests.generators.docx_narrowstep import narrowstep_fields

    narrowstep_fields(doc, fields)
    table = doc.tables[-1]  # type: ignore[attr-defined]
    _cells_autospaced([row.cells[1] for row in table.rows])


def bouffant_impl(doc: object, block: Block) -> None:
    """``bossage``'s steps table, every paragraph of its body cells autospaced."""
    from tests.generators.docx_bossage import bossage_impl

    bossage_impl(doc, block)
    table = doc.tables[-1]  # type: ignore[attr-defined]
    _cells_autospaced([cell for row in table.rows[1:] for cell in row.cells])


__all__ = ["BEFORE_AFTER", "autospaced", "bouffant_fields", "bouffant_impl"]
