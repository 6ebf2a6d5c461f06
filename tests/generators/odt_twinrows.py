"""The ``twinrows`` .odt (fifty-third held-out set, ``plan_odt_twinrows``): the ``twotier``
document but each steps table typed as a « fiche étapes » form WITHOUT A HEADER ROW: six
columns holding THREE LABEL / VALUE PAIRS, EACH STEP TWO ROWS — « Etape » | name |
« Planification » | v | « Porteur » | v, then « Descriptif » | v | « Ressources à mobiliser »
| v | « Partenaires envisagés » | v —, the seed's column labels as bold row labels on
#EDEDED, a thin grey grid and a 1.5 pt blue rule over each step's first row.

Only the layout comes from here: every value is the seed's (the row labels are its labels).
"""

from __future__ import annotations

from tests.generators.plan_odt import _cell, column_styles

GRID = "0.5pt solid #7F7F7F"
STEP_RULE = "1.5pt solid #1F4E79"
WIDTHS = (2.4, 5.6, 2.3, 2.5, 1.9, 2.3)  # cm, 17 in all
# the seed columns of each step's two rows, as (label, value) pairs left to right
TWIN_ROWS = ((0, 2, 4), (1, 3, 5))


def _cell_style(name: str, top: str, fill: str) -> str:
    background = f' fo:background-color="{fill}"' if fill else ""
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:border-top="{top}" fo:border-bottom="{GRID}" '
        f'fo:border-left="{GRID}" fo:border-right="{GRID}"{background} fo:padding="0.08cm" '
        'style:vertical-align="top"/></style:style>\n'
    )


STYLES = (
    """<style:style style:name="StepsTw" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"
 style:may-break-between-rows="true"/></style:style>
"""
    + column_styles("cTw", WIDTHS)
    + _cell_style("TwLabTop", STEP_RULE, "#EDEDED")
    + _cell_style("TwLab", GRID, "#EDEDED")
    + _cell_style("TwValTop", STEP_RULE, "")
    + _cell_style("TwVal", GRID, "")
    + """<style:style style:name="PTwLab" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="8.5pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="PTwVal" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-bottom="0.05cm"/><style:text-properties
 fo:font-size="9pt"/></style:style>
<style:style style:name="PTwName" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="9pt"
 fo:font-weight="bold"/></style:style>
"""
)


def twinrows_impl(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``: no header row, each step two rows of label / value pairs."""
    cols = "".join(f'<table:table-column table:style-name="cTw{i}"/>' for i in range(len(WIDTHS)))
    body = []
    for row in rows:
        for k, columns in enumerate(TWIN_ROWS):
            top = "Top" if k == 0 else ""
            cells = []
            for c in columns:
                value = row[c] if c < len(row) else ""
                cells.append(_cell(f"TwLab{top}", "PTwLab", header[c]))
                cells.append(_cell(f"TwVal{top}", "PTwName" if c == 0 else "PTwVal", value))
            body.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
    return (
        f'<table:table table:name="Etapes{n}" table:style-name="StepsTw">{cols}'
        f"{''.join(body)}</table:table>"
    )
