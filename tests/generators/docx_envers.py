"""A plan whose fields tables were built from a template made in an Arabic-language Word
(two-hundred-and-fifth held-out set, ``plan_docx_envers``), its table property « TABLEAU DE
DROITE À GAUCHE » (Propriétés du tableau › Direction : De droite à gauche,
``w:tblPr/w:bidiVisual``, :func:`right_to_left`) left ticked: every fields table
``plan_docx_narrowstep``'s two columns in a plain black grid (:func:`envers_fields`), the
label in the first cell of its row, but Writer prints that first cell at the RIGHT, the
values' column at the left, every paragraph still left-to-right and left-aligned.

The rest ``plan_docx_echasse``'s document (``echo``'s steps grid without its footer row, left
to right). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations


def right_to_left(table: object) -> None:
    """``table`` marked « de droite à gauche » (``w:bidiVisual`` in its ``w:tblPr``, right
    after ``w:tblStyle`` as the schema orders it)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    if tbl_pr.find(qn("w:bidiVisual")) is not None:
        return
    style = tbl_pr.find(qn("w:tblStyle"))
    index = list(tbl_pr).index(style) + 1 if style is not None else 0
    tbl_pr.insert(index, OxmlElement("w:bidiVisual"))


def envers_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """``narrowstep``'s fields table, marked right-to-left: the labels printed at the right."""
    from tests.generators.docx_narrowstep import narrowstep_fields

    narrowstep_fields(doc, fields)
    right_to_left(doc.tables[-1])  # type: ignore[attr-defined]


__all__ = ["envers_fields", "right_to_left"]
