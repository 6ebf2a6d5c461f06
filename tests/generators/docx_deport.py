"""A plan whose template sets the fields' labels as « TITRES EN MARGE » (hundred-and-seventy-
eighth held-out set, ``plan_docx_deport``): a 5 cm left margin (:data:`LEFT_MARGIN_CM`) and,
for every field, its label ONE PARAGRAPH IN A WORD FRAME (``w:framePr``, :func:`margin_frame`)
of :data:`FRAME_TWIPS` placed :data:`FRAME_X_TWIPS` from the paper's left edge and anchored
to the paragraph after it — the value's first — so Writer prints the label in the margin
level with the value's first line, the value in the 14 cm text column
(:func:`deport_fields`). No fields table.

The steps tables ``plan_docx_echo``'s black grid without its footer row, on the narrower
column (:data:`WIDTHS_CM`, :func:`deport_impl`); the rest ``echo``'s document. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import headed_grid, step_cells
from tests.generators.plan_docx import _fixed_widths
from tests.generators.seed001 import Block, _paragraphs

LEFT_MARGIN_CM, RIGHT_MARGIN_CM = 5.0, 2.0  # a 14.0 cm text column
FRAME_TWIPS = 2155  # 3.8 cm, a label frame's width
FRAME_X_TWIPS = 454  # 0.8 cm from the paper's left edge
FRAME_SPACE_TWIPS = 113  # 0.2 cm kept clear round the frame
LABEL_SIZE, VALUE_SIZE = 9.0, 9.5  # pt
LABEL_COLOUR = "1F4E79"
AFTER_FIELD = 12.0  # pt after a value's last paragraph
WIDTHS_CM = (2.3, 4.6, 1.6, 1.8, 1.7, 2.0)  # 14.0 cm


def margin_frame(par: object) -> None:
    """``par`` made a Word frame in the left margin (a marginal heading), anchored to the
    paragraph after it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    ppr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]  # noqa: SLF001
    frame = OxmlElement("w:framePr")
    for key, value in (
        ("w", str(FRAME_TWIPS)),
        ("hSpace", str(FRAME_SPACE_TWIPS)),
        ("wrap", "around"),
        ("vAnchor", "text"),
        ("hAnchor", "page"),
        ("x", str(FRAME_X_TWIPS)),
        ("y", "1"),
    ):
        frame.set(qn(f"w:{key}"), value)
    ppr.insert(0, frame)  # the schema's first child of w:pPr but w:pStyle, keepNext …


def deport_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """Each field: its label a framed paragraph in the margin, then its value's paragraphs
    in the column (an empty value one empty paragraph), :data:`AFTER_FIELD` after the last."""
    from docx.shared import Pt, RGBColor

    for label, value in fields:
        head = doc.add_paragraph()  # type: ignore[attr-defined]
        head.paragraph_format.space_after = Pt(0)
        run = head.add_run(label)
        run.bold = True
        run.font.size = Pt(LABEL_SIZE)
        run.font.color.rgb = RGBColor.from_string(LABEL_COLOUR)
        margin_frame(head)
        parts = _paragraphs(value) or [""]
        for index, part in enumerate(parts):
            par = doc.add_paragraph()  # type: ignore[attr-defined]
            last = index == len(parts) - 1
            par.paragraph_format.space_after = Pt(AFTER_FIELD if last else 3)
            if part:
                par.add_run(part).font.size = Pt(VALUE_SIZE)


def deport_impl(doc: object, block: Block) -> None:
    """The steps table: the repeated header, then a row a step, a black grid on
    :data:`WIDTHS_CM`, an empty paragraph after it."""
    from docx.shared import Pt

    n_cols = len(block.header)
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, n_cols)
    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]


__all__ = ["LEFT_MARGIN_CM", "RIGHT_MARGIN_CM", "WIDTHS_CM", "deport_fields", "deport_impl"]
