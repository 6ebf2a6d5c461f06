"""A steps table WITHOUT ANY CELL BORDER WHOSE CELLS ARE RULED BY THEIR PARAGRAPHS' BOTTOM
BORDERS (hundred-and-thirty-third held-out set, ``plan_docx_bordpara``), as templates do whose
author « souligne » table text by the paragraph style instead of ruling the cells: every
paragraph of every cell in the style :data:`BODY_STYLE` (9 pt, its bottom paragraph border a
0.5 pt #808080 line 1 pt under the text), the header's in :data:`HEAD_STYLE` (bold, a 1.5 pt
black bottom border); Writer joins the borders of a cell's consecutive paragraphs, so each
cell is underlined once, under its own last line, at its own height; no row nor column rule.

``plan_docx_echo``'s document and steps columns otherwise (2.8 / 5.6 / 2.0 / 2.2 / 2.0 /
2.4 cm, the header repeated, no fill), rows free to break. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table
from tests.generators.plan_docx import _no_table_borders, _repeat_header
from tests.generators.seed001 import Block, _paragraphs

BODY_STYLE = "Tableau – texte"
HEAD_STYLE = "Tableau – en-tête"
BODY_RULE = ("4", "808080")  # w:sz (eighths of a point), colour: 0.5 pt grey
HEAD_RULE = ("12", "000000")  # 1.5 pt black


def _bottom_border(style: object, size: str, colour: str) -> None:
    """A single bottom paragraph border on ``style`` (``w:pBdr/w:bottom``), 1 pt under the
    text."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("val", "single"), ("sz", size), ("space", "1"), ("color", colour)):
        bottom.set(qn(f"w:{key}"), value)
    borders.append(bottom)
    style.element.get_or_add_pPr().append(borders)  # type: ignore[attr-defined]


def table_styles(doc: object) -> tuple[object, object]:
    """The template's two table paragraph styles (made once in ``doc``): body, header."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt

    styles = doc.styles  # type: ignore[attr-defined]
    names = {s.name for s in styles}
    if BODY_STYLE not in names:
        body = styles.add_style(BODY_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        body.font.name = "Liberation Sans"
        body.font.size = Pt(9)
        body.paragraph_format.space_before = Pt(0)
        body.paragraph_format.space_after = Pt(0)
        body.paragraph_format.line_spacing = 1.0
        _bottom_border(body, *BODY_RULE)
        head = styles.add_style(HEAD_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        head.base_style = body
        head.font.bold = True
        _bottom_border(head, *HEAD_RULE)
    return styles[BODY_STYLE], styles[HEAD_STYLE]


def _styled_cell(cell: object, value: str, style: object, bold: bool) -> None:
    """``cell``'s paragraphs: ``value``'s (one empty paragraph when it has none), in
    ``style``, bold runs when ``bold``."""
    for index, part in enumerate(_paragraphs(value) or [""]):
        par = cell.paragraphs[0] if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        par.style = style
        if part:
            par.add_run(part).bold = bold or None


def bordpara_impl(doc: object, block: Block) -> None:
    """The steps table: no cell border, the header (repeated) then a row a step, every
    paragraph in the template's ruled styles."""
    body, head = table_styles(doc)
    n_cols = len(block.header)
    table = doc.add_table(rows=len(block.rows) + 1, cols=n_cols)  # type: ignore[attr-defined]
    _no_table_borders(table)
    for c, label in enumerate(block.header):
        _styled_cell(table.cell(0, c), label, head, bold=False)
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c in range(n_cols):
            value = row[c] if c < len(row) else ""
            _styled_cell(table.cell(r, c), value, body, bold=c == 0)
    close_table(doc, table)
