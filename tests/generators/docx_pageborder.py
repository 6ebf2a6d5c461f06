"""A plan made from an old agglomeration Word template whose section carries a PAGE BORDER
(forty-first held-out set, ``plan_docx_pageborder``): Word « Bordures de page › Encadré » with
its defaults (a single line 24 pt from the page's edges), one box around every page; the fields
and steps tables ruled horizontally only, every cell paragraph « Interligne : Exactement 9 pt »
at 9 pt, so a cell's lines stand as close as their font size.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_docx import (
    _cell_text,
    _fixed_widths,
    _repeat_header,
    _shade,
    _table_borders,
)
from tests.generators.seed001 import Block

DARK = "1F4E79"
LABEL_FILL = "DCE6F2"
FIELD_WIDTHS_CM = (4.5, 12.5)
STEP_WIDTHS_CM = (2.8, 5.0, 2.4, 2.6, 2.0, 2.2)  # 17.0 cm
RULE = f"single:4:{DARK}"  # 0.5 pt
EXACT = 180  # « Exactement 9 pt », twentieths of a point
# the sectPr children that follow ``w:pgBorders`` in the schema's sequence
_AFTER_BORDERS = (
    "lnNumType",
    "pgNumType",
    "cols",
    "formProt",
    "vAlign",
    "noEndnote",
    "titlePg",
    "textDirection",
    "bidi",
    "rtlGutter",
    "docGrid",
    "printerSettings",
    "sectPrChange",
)


def page_border(section: object) -> None:
    """``w:pgBorders``: a single 1.5 pt dark-blue line on the four sides, 24 pt from the
    page's edges, as Word's « Bordures de page › Encadré » sets it by default."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    sect_pr = section._sectPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:pgBorders")
    borders.set(qn("w:offsetFrom"), "page")
    for side in ("top", "left", "bottom", "right"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "12")
        el.set(qn("w:space"), "24")
        el.set(qn("w:color"), DARK)
        borders.append(el)
    later = {qn(f"w:{tag}") for tag in _AFTER_BORDERS}
    successor = next((child for child in sect_pr if child.tag in later), None)
    if successor is None:
        sect_pr.append(borders)
    else:  # the schema's order: pgBorders after pgMar, before cols, docGrid…
        successor.addprevious(borders)


def _exact(cell: object) -> None:
    """The template's cell paragraph format: exactly 9 pt between lines, nothing around."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    for par in cell.paragraphs:  # type: ignore[attr-defined]
        p_pr = par._p.get_or_add_pPr()
        for old in p_pr.findall(qn("w:spacing")):
            p_pr.remove(old)
        el = OxmlElement("w:spacing")
        el.set(qn("w:before"), "0")
        el.set(qn("w:after"), "0")
        el.set(qn("w:line"), str(EXACT))
        el.set(qn("w:lineRule"), "exact")
        p_pr.insert_element_before(
            el,
            "w:ind",
            "w:contextualSpacing",
            "w:mirrorIndents",
            "w:suppressOverlap",
            "w:jc",
            "w:textDirection",
            "w:textAlignment",
            "w:textboxTightWrap",
            "w:outlineLvl",
            "w:divId",
            "w:cnfStyle",
            "w:rPr",
            "w:sectPr",
            "w:pPrChange",
        )


def _ruled(table: object) -> None:
    """Horizontal rules only: at the top, the bottom and between rows; no vertical rule."""
    _table_borders(table, top=RULE, bottom=RULE, insideH=RULE)


def pageborder_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """A 2-column table 17 cm wide: bold dark-blue labels on pale blue, 9 pt values, ruled
    horizontally only, every paragraph exactly 9 pt apart."""
    from docx.shared import RGBColor

    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    _ruled(table)
    for r, (label, value) in enumerate(fields):
        head, body = table.cell(r, 0), table.cell(r, 1)
        _cell_text(head, label, bold=True, size=9)
        for par in head.paragraphs:
            for run in par.runs:
                run.font.color.rgb = RGBColor.from_string(DARK)
        _shade(head, LABEL_FILL)
        _cell_text(body, value, size=9)
        _exact(head)
        _exact(body)
    _fixed_widths(table, FIELD_WIDTHS_CM)


def pageborder_impl(doc: object, block: Block) -> None:
    """The steps table: six seed columns, labels bold dark blue on pale blue, header repeated,
    9 pt cells, ruled horizontally only, every paragraph exactly 9 pt apart."""
    from docx.shared import Pt, RGBColor

    table = doc.add_table(rows=1 + len(block.rows), cols=6)  # type: ignore[attr-defined]
    _ruled(table)
    for c, label in enumerate(block.header):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=8.5)
        for par in cell.paragraphs:
            for run in par.runs:
                run.font.color.rgb = RGBColor.from_string(DARK)
        _shade(cell, LABEL_FILL)
        _exact(cell)
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c in range(len(block.header)):
            cell = table.cell(r, c)
            _cell_text(cell, row[c] if c < len(row) else "", size=9)
            _exact(cell)
    _fixed_widths(table, STEP_WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
