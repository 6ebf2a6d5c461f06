"""The ``snake`` .odt (forty-eighth held-out set, ``plan_odt_snake``): the ``twotier``
document on A4 LANDSCAPE pages, each fiche's steps table alone in a Writer section of TWO
BALANCED COLUMNS with a separator line, so the table's rows snake down the left column then
the right one, its one header row repeated by Writer at the top of the right column; rows
kept whole (``fo:keep-together="always"``).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import _cell, column_styles, grid_cell_styles, header_table

GRID = "0.5pt solid #7F7F7F"
WIDTHS = (2.0, 4.0, 1.4, 1.8, 1.5, 1.7)  # cm, 12.4 in all

STYLES = (
    """<style:style style:name="SnakeSect" style:family="section"><style:section-properties
 text:dont-balance-text-columns="false"><style:columns fo:column-count="2"
 fo:column-gap="0.8cm"><style:column-sep style:width="0.5pt" style:color="#808080"
 style:height="100%" style:vertical-align="top"/></style:columns></style:section-properties>
</style:style>
<style:style style:name="StepsN" style:family="table"><style:table-properties
 style:width="12.4cm" table:align="left" style:may-break-between-rows="true"/></style:style>
<style:style style:name="NRow" style:family="table-row"><style:table-row-properties
 fo:keep-together="always"/></style:style>
"""
    + column_styles("cN", WIDTHS)
    + grid_cell_styles("N", GRID, "#E2EFDA", "8pt")
)


def landscape(styles: str) -> str:
    """The ``twotier`` document styles with the page turned: A4 landscape, the same margins."""
    portrait = 'fo:page-width="21cm"\n fo:page-height="29.7cm" style:print-orientation="portrait"'
    assert portrait in styles
    return styles.replace(
        portrait,
        'fo:page-width="29.7cm"\n fo:page-height="21cm" style:print-orientation="landscape"',
    )


def snake_impl(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n`` alone in a two-column balanced section."""
    head = "".join(_cell("NHead", "NHeadP", label) for label in header)
    body = "".join(
        '<table:table-row table:style-name="NRow">'
        + "".join(_cell("NBody", "NCell", v) for v in row)
        + "</table:table-row>"
        for row in rows
    )
    table = header_table(f"Etapes{n}", "StepsN", "cN", len(header), head, body)
    return (
        f'<text:section text:style-name="SnakeSect" text:name="Colonnes{n}">{table}</text:section>'
    )
