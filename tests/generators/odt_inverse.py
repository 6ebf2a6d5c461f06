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

from xml.sax.saxutils import escape

from tests.generators.seed001 import _paragraphs

GRID = "0.5pt solid #000000"


def _paragraph_style(name: str, bold: bool) -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="left" style:writing-mode="lr-tb" '
        'fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
        f'<style:text-properties fo:font-size="9.5pt"{weight}/></style:style>'
    )


def _cell_style(name: str, fill: str) -> str:
    background = f' fo:background-color="{fill}"' if fill else ""
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:border="{GRID}"{background} fo:padding="0.08cm" '
        'style:vertical-align="top"/></style:style>'
    )


STYLES = (
    '<style:style style:name="StepsRtl" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" fo:margin-bottom="0.3cm" '
    'style:writing-mode="rl-tb"/></style:style>'
    + _cell_style("RtlHead", "#E2EFDA")
    + _cell_style("RtlBody", "")
    + _paragraph_style("PRtlHead", True)
    + _paragraph_style("PRtlName", True)
    + _paragraph_style("PRtlCell", False)
)


def _cell(cell_style: str, pstyle: str, value: str) -> str:
    body = "".join(
        f'<text:p text:style-name="{pstyle}">{escape(part)}</text:p>'
        for part in _paragraphs(value) or [""]
    )
    return f'<table:table-cell table:style-name="{cell_style}">{body}</table:table-cell>'


def inverse_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps table in seed column order, its writing mode right-to-left: one repeated
    header row, then a row a step; every paragraph left-to-right."""
    cols = "".join(f'<table:table-column table:style-name="cS{i}"/>' for i in range(len(header)))
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
    return (
        f'<table:table table:name="Etapes{n}" table:style-name="StepsRtl">{cols}'
        f"<table:table-header-rows><table:table-row>{head}</table:table-row>"
        f"</table:table-header-rows>{body}</table:table>"
    )
