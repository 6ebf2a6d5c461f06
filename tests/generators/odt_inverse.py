"""The ``inverse`` .odt (eighty-third held-out set, ``plan_odt_inverse``): the ``twotier``
document typed in a template last edited on a workstation set up for right-to-left
languages, whose steps tables' « Orientation du texte » was left « De droite à gauche »: each
steps table's properties say ``style:writing-mode="rl-tb"``, so Writer lays its six columns
out from right to left (« Etape » at the right edge, « Partenaires envisagés » at the left),
while every cell paragraph is set left-to-right and left-aligned; one header row of the seed
labels (bold 9.5 pt on #E2EFDA, repeated), a 0.5 pt black full grid, the step name bold.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import _cell, cell_style, header_table

GRID = "0.5pt solid #000000"


def _paragraph_style(name: str, bold: bool) -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="left" style:writing-mode="lr-tb" '
        'fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
        f'<style:text-properties fo:font-size="9.5pt"{weight}/></style:style>'
    )


STYLES = (
    '<style:style style:name="StepsRtl" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" fo:margin-bottom="0.3cm" '
    'style:writing-mode="rl-tb"/></style:style>'
    + cell_style("RtlHead", GRID, "#E2EFDA")
    + cell_style("RtlBody", GRID)
    + _paragraph_style("PRtlHead", True)
    + _paragraph_style("PRtlName", True)
    + _paragraph_style("PRtlCell", False)
)


def inverse_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps table in seed column order, its writing mode right-to-left: one repeated
    header row, then a row a step; every paragraph left-to-right."""
    head = "".join(_cell("RtlHead", "PRtlHead", label) for label in header)
    body = "".join(
        "<table:table-row>"
        + "".join(
            _cell("RtlBody", "PRtlName" if c == 0 else "PRtlCell", row[c] if c < len(row) else "")
            for c in range(len(header))
        )
        + "</table:table-row>"
        for row in rows
    )
    return header_table(f"Etapes{n}", "StepsRtl", "cS", len(header), head, body)
