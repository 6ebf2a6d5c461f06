"""The ``ourlet`` .odt (hundred-and-thirty-seventh held-out set, ``plan_odt_ourlet``): the
``twotier`` document, but each steps table in a template's TABLE AUTOFORMAT made for budget
tables, whose « dernière ligne » format is a TOTAL ROW's, written by Writer as each cell's
direct formatting: a 17 cm table on ``twotier``'s columns (2.5 / 5.3 / 2.0 / 2.5 / 2.2 /
2.5 cm), a 0.5 pt #7F7F7F full grid, 0.1 cm padding, top-aligned; one repeated header row
of the seed labels, bold 9.5 pt white on #1F4E79; a row a step, Liberation Serif 9.5 pt,
the step name bold, no fill; AND THE LAST ROW (the table's last step) ON #D6E4F0 BETWEEN
TWO 1.5 pt #1F4E79 RULES, EVERY TEXT BOLD, dressed as a « Total » row.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import _cell, column_styles, header_table

WIDTHS = (2.5, 5.3, 2.0, 2.5, 2.2, 2.5)  # cm, twotier's steps columns
GRID = "0.5pt solid #7F7F7F"
HEAD_FILL = "#1F4E79"
LAST_FILL = "#D6E4F0"
LAST_RULE = "1.5pt solid #1F4E79"


def _paragraph(name: str, bold: bool, colour: str = "#000000") -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="start" fo:margin-top="0cm" '
        'fo:margin-bottom="0cm"/><style:text-properties fo:font-family="\'Liberation Serif\'" '
        f'style:font-family-generic="roman" fo:font-size="9.5pt" fo:color="{colour}"{weight}/>'
        "</style:style>"
    )


def _cell_style(name: str, fill: str = "", rule: str = "") -> str:
    background = f' fo:background-color="{fill}"' if fill else ""
    if rule:  # the last row's format: heavy rules above and below, thin sides
        borders = (
            f'fo:border-top="{rule}" fo:border-bottom="{rule}" '
            f'fo:border-left="{GRID}" fo:border-right="{GRID}"'
        )
    else:
        borders = f'fo:border="{GRID}"'
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties {borders}{background} fo:padding="0.1cm" '
        'style:vertical-align="top"/></style:style>'
    )


STYLES = (
    '<style:style style:name="StepsOurlet" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" fo:margin-bottom="0cm"/></style:style>'
    + column_styles("cOurlet", WIDTHS)
    + _cell_style("OurletHead", HEAD_FILL)
    + _cell_style("OurletBody")
    + _cell_style("OurletLast", LAST_FILL, LAST_RULE)
    + _paragraph("POurletHead", True, "#FFFFFF")
    + _paragraph("POurletName", True)
    + _paragraph("POurlet", False)
    + _paragraph("POurletLast", True)
)


def hemmed_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n`` in the AutoFormat: header repeated, the last step as a total row."""
    head = "".join(_cell("OurletHead", "POurletHead", label) for label in header)
    body = ""
    for r, row in enumerate(rows):
        last = r == len(rows) - 1
        cells = ""
        for c in range(len(header)):
            value = row[c] if c < len(row) else ""
            if last:
                cells += _cell("OurletLast", "POurletLast", value)
            else:
                cells += _cell("OurletBody", "POurletName" if c == 0 else "POurlet", value)
        body += f"<table:table-row>{cells}</table:table-row>"
    return header_table(f"Etapes{n}", "StepsOurlet", "cOurlet", len(header), head, body)
