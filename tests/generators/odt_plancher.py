"""The ``plancher`` .odt (hundred-and-thirty-fourth held-out set, ``plan_odt_plancher``): the
``twotier`` document, but each steps table as an agent gets it who kept the steps in a CALC
SHEET and PASTED THE RANGE INTO WRITER AS FORMATTED TEXT, Calc's cell formatting kept: a
17 cm table on the sheet's widths (2.6 / 5.8 / 2.0 / 2.4 / 1.9 / 2.3 cm), Calc's 0.75 pt
black grid, 0.05 cm padding, Liberation Sans 10 pt; a first row of the seed labels, bold on
#DDDDDD, NOT a repeated heading; a row a step, the step name bold, digits-only values
right-aligned as Calc aligns a number; and EVERY CELL VERTICALLY ALIGNED AT THE BOTTOM
(Calc's default, kept by the paste): in each row every cell's text ends on the row's foot.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.plan_odt import _cell, column_styles

WIDTHS = (2.6, 5.8, 2.0, 2.4, 1.9, 2.3)  # cm, the sheet's column widths
GRID = "0.75pt solid #000000"  # Calc's thin cell border
HEAD_FILL = "#DDDDDD"
_DIGITS = re.compile(r"\d+")


def _paragraph(name: str, bold: bool, align: str) -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        f'<style:paragraph-properties fo:text-align="{align}" fo:margin-top="0cm" '
        'fo:margin-bottom="0cm"/><style:text-properties fo:font-family="\'Liberation Sans\'" '
        f'style:font-family-generic="swiss" fo:font-size="10pt"{weight}/></style:style>'
    )


def _cell_style(name: str, fill: str = "") -> str:
    background = f' fo:background-color="{fill}"' if fill else ""
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:border="{GRID}"{background} fo:padding="0.05cm" '
        'style:vertical-align="bottom"/></style:style>'
    )


STYLES = (
    '<style:style style:name="StepsCalc" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" fo:margin-bottom="0cm"/></style:style>'
    + column_styles("cCalc", WIDTHS)
    + _cell_style("CalcHead", HEAD_FILL)
    + _cell_style("CalcBody")
    + _paragraph("PCalcHead", True, "start")
    + _paragraph("PCalcName", True, "start")
    + _paragraph("PCalc", False, "start")
    + _paragraph("PCalcNum", False, "end")
)


def _body_cell(c: int, value: str) -> str:
    """A pasted cell: the step name bold, a digits-only value right-aligned, bottom-aligned."""
    if c == 0:
        pstyle = "PCalcName"
    elif _DIGITS.fullmatch(value):
        pstyle = "PCalcNum"
    else:
        pstyle = "PCalc"
    return _cell("CalcBody", pstyle, value)


def pasted_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps range pasted from Calc: a header row not repeated, every cell bottom-aligned."""
    cols = "".join(f'<table:table-column table:style-name="cCalc{i}"/>' for i in range(len(header)))
    head = "".join(_cell("CalcHead", "PCalcHead", label) for label in header)
    body = "".join(
        "<table:table-row>"
        + "".join(_body_cell(c, row[c] if c < len(row) else "") for c in range(len(header)))
        + "</table:table-row>"
        for row in rows
    )
    return (
        f'<table:table table:name="Etapes{n}" table:style-name="StepsCalc">{cols}'
        f"<table:table-row>{head}</table:table-row>{body}</table:table>"
    )
