"""A steps table typed by agents who « AÈRENT » THEIR CELLS WITH THE ENTER KEY (hundred-and-
twenty-fourth held-out set, ``plan_docx_entrees``): in every body cell an empty paragraph
before the value, one between two of its paragraphs and one after it (an empty value's cell
two empty paragraphs), every paragraph 9 pt (its paragraph mark too) with no space before or
after, so each empty paragraph is one blank line. ``plan_docx_echo``'s steps grid otherwise
(2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, the labels bold 9 pt on #D9D9D9 repeated, not aired,
a plain 0.5 pt black grid), ``plan_docx_narrowstep``'s document, rows free to break.

Only the layout comes from here: every value is the seed's (the empty paragraphs are not).
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid
from tests.generators.seed001 import Block, _paragraphs

SIZE = 9  # pt, the cells' text and their paragraph marks


def aired(value: str) -> list[str]:
    """The paragraphs of a cell holding ``value``: an empty one first, one between two of
    the value's paragraphs, one last."""
    out = [""]
    for part in _paragraphs(value):
        out += [part, ""]
    return out if len(out) > 1 else ["", ""]


def _mark_size(par: object) -> None:
    """The paragraph mark of ``par`` set to :data:`SIZE` pt (``w:pPr/w:rPr/w:sz``), so an
    empty paragraph is a 9 pt line, not the style's 10 pt."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    r_pr = OxmlElement("w:rPr")
    for tag in ("w:sz", "w:szCs"):
        size = OxmlElement(tag)
        size.set(qn("w:val"), str(SIZE * 2))
        r_pr.append(size)
    p_pr.append(r_pr)


def aired_cell(cell: object, value: str, bold: bool) -> None:
    """``cell``'s paragraphs as :func:`aired` gives them (:func:`paragraphs_cell`)."""
    paragraphs_cell(cell, aired(value), bold)


def paragraphs_cell(cell: object, parts: list[str], bold: bool) -> None:
    """``cell`` holding ``parts`` a paragraph each (an empty part an empty paragraph), 9 pt,
    bold when ``bold``, no space before or after, single spacing, each paragraph mark 9 pt."""
    from docx.enum.text import WD_LINE_SPACING
    from docx.shared import Pt

    for index, part in enumerate(parts or [""]):
        par = cell.paragraphs[0] if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        fmt = par.paragraph_format
        fmt.space_before = fmt.space_after = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        _mark_size(par)
        if part:
            run = par.add_run(part)
            run.bold = bold
            run.font.size = Pt(SIZE)


def entrees_impl(doc: object, block: Block) -> None:
    """The steps table: the header (repeated, not aired), then every seed step's row, each
    body cell aired, a black grid, then an empty paragraph without space after."""
    n_cols = len(block.header)
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        for c in range(n_cols):
            value = row[c] if c < len(row) else ""
            aired_cell(table.cell(r, c), value, bold=c == 0)  # type: ignore[attr-defined]
    close_table(doc, table)
