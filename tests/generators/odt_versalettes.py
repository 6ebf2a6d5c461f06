"""The ``versalettes`` .odt (hundred-and-fortieth held-out set, ``plan_odt_versalettes``): the
``twotier`` document, but each steps table with its header labels in a template's « PETITES
CAPITALES » (``fo:font-variant="small-caps"``), which Writer prints as capital letters: a
17 cm table of 2.4 / 5.0 / 2.4 / 2.5 / 2.2 / 2.5 cm columns, a 0.5 pt #7F7F7F full grid,
0.1 cm padding, top-aligned; one repeated header row of the seed labels, bold 8.5 pt #1F3864
small capitals, 0.02 cm letter spacing, on #F2F2F2 over a 1.5 pt #1F3864 rule; a row a step,
Liberation Serif 9.5 pt, the step name bold, no fill.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import _cell, column_styles, header_table

WIDTHS = (2.4, 5.0, 2.4, 2.5, 2.2, 2.5)  # cm
GRID = "0.5pt solid #7F7F7F"
INK = "#1F3864"
HEAD_FILL = "#F2F2F2"
HEAD_RULE = f"1.5pt solid {INK}"


def _paragraph(name: str, size: str, bold: bool, extra: str = "", colour: str = "#000000") -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="start" fo:margin-top="0cm" '
        'fo:margin-bottom="0cm"/><style:text-properties fo:font-family="\'Liberation Serif\'" '
        f'style:font-family-generic="roman" fo:font-size="{size}" fo:color="{colour}"{weight}'
        f"{extra}/></style:style>"
    )


def _cell_style(name: str, fill: str = "", bottom: str = "") -> str:
    background = f' fo:background-color="{fill}"' if fill else ""
    if bottom:  # the header: the grid on three sides, the heavy rule under it
        borders = (
            f'fo:border-top="{GRID}" fo:border-bottom="{bottom}" '
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
    '<style:style style:name="StepsVersalettes" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" fo:margin-bottom="0cm"/></style:style>'
    + column_styles("cVersalettes", WIDTHS)
    + _cell_style("VersalettesHead", HEAD_FILL, HEAD_RULE)
    + _cell_style("VersalettesBody")
    + _paragraph(
        "PVersalettesHead",
        "8.5pt",
        True,
        ' fo:font-variant="small-caps" fo:letter-spacing="0.02cm"',
        INK,
    )
    + _paragraph("PVersalettesName", "9.5pt", True)
    + _paragraph("PVersalettes", "9.5pt", False)
)


def small_caps_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``: its repeated header labels in small capitals, a row a step."""
    head = "".join(_cell("VersalettesHead", "PVersalettesHead", label) for label in header)
    body = "".join(
        "<table:table-row>"
        + "".join(
            _cell(
                "VersalettesBody",
                "PVersalettesName" if c == 0 else "PVersalettes",
                row[c] if c < len(row) else "",
            )
            for c in range(len(header))
        )
        + "</table:table-row>"
        for row in rows
    )
    return header_table(f"Etapes{n}", "StepsVersalettes", "cVersalettes", len(header), head, body)
