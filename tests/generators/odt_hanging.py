"""The ``hanging`` .odt (forty-ninth held-out set, ``plan_odt_hanging``): the ``twotier``
document but each steps table typed with paragraphs formatted by hand: one header row,
horizontal rules only, every step, description, planning, owner and partners paragraph with a
HANGING INDENT (« Avant le texte » 0.4 cm, « Première ligne » −0.4 cm), and every budget
paragraph a TAB then the value on ONE DECIMAL TAB STOP (« , ») at 1.6 cm.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.plan_odt import _cell, column_styles, header_table
from tests.generators.seed001 import _paragraphs

RULE = "0.5pt solid #A6A6A6"
HEAD_RULE = "1pt solid #404040"
WIDTHS = (2.8, 5.4, 1.9, 2.4, 2.1, 2.4)  # cm, 17 in all
BUDGET = 3

STYLES = (
    """<style:style style:name="StepsH" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"
 style:may-break-between-rows="true"/></style:style>
"""
    + column_styles("cH", WIDTHS)
    + f"""
<style:style style:name="HHead" style:family="table-cell"><style:table-cell-properties
 fo:border-top="none" fo:border-left="none" fo:border-right="none"
 fo:border-bottom="{HEAD_RULE}" fo:background-color="#DDEBF7" fo:padding="0.1cm"
 style:vertical-align="top"/></style:style>
<style:style style:name="HBody" style:family="table-cell"><style:table-cell-properties
 fo:border-top="none" fo:border-left="none" fo:border-right="none"
 fo:border-bottom="{RULE}" fo:padding="0.1cm" style:vertical-align="top"/></style:style>
<style:style style:name="HHeadP" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="HHang" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-left="0.4cm" fo:text-indent="-0.4cm"
 fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="8.5pt"/></style:style>
<style:style style:name="HHangB" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-left="0.4cm" fo:text-indent="-0.4cm"
 fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="8.5pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="HBudget" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-left="0cm" fo:text-indent="0cm" fo:margin-bottom="0.05cm">
<style:tab-stops><style:tab-stop style:position="1.6cm" style:type="char" style:char=","/>
</style:tab-stops></style:paragraph-properties><style:text-properties
 fo:font-size="8.5pt"/></style:style>
"""
)


def _budget_cell(value: str) -> str:
    """Each paragraph of ``value`` a tab then its text, on the decimal tab stop."""
    parts = _paragraphs(value)
    body = "".join(
        f'<text:p text:style-name="HBudget"><text:tab/>{escape(part)}</text:p>' for part in parts
    )
    body = body or '<text:p text:style-name="HBudget"/>'
    return f'<table:table-cell table:style-name="HBody">{body}</table:table-cell>'


def hanging_impl(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``: hanging-indented paragraphs, budgets on a decimal tab stop."""
    head = "".join(_cell("HHead", "HHeadP", label) for label in header)
    body = "".join(
        "<table:table-row>"
        + "".join(
            _budget_cell(v) if c == BUDGET else _cell("HBody", "HHangB" if c == 0 else "HHang", v)
            for c, v in enumerate(row)
        )
        + "</table:table-row>"
        for row in rows
    )
    return header_table(f"Etapes{n}", "StepsH", "cH", len(header), head, body)
