"""The ``mezzanine`` .odt (hundred-and-fifty-second held-out set, ``plan_odt_mezzanine``): the
``twotier`` document, each steps table typed in a département's « fiche action » template
that SAVES WIDTH BY STACKING THE LAST FOUR COLUMNS TWO BY TWO, as Writer's « Scinder les
cellules › Horizontalement » leaves a table: FOUR COLUMNS (3.0 / 7.2 / 3.0 / 3.8 cm), a
0.5 pt black grid but a 0.5 pt dashed #7F7F7F rule between the two halves of a split cell;
a TWO-ROW HEADER, both rows repeated, « Etape » and « Descriptif » merged down over both,
« Planification » OVER « Ressources à mobiliser » in column 3 and « Porteur » OVER
« Partenaires envisagés » in column 4 (bold 9.5 pt, centred, on #D9D9D9); then EACH STEP TWO
ROWS: its name and description merged down over both, its planning value and owner in the
first, its resources and partners in the second (Liberation Serif 9.5 pt, top-aligned).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import _GRID, _cell, column_styles

WIDTHS = (3.0, 7.2, 3.0, 3.8)  # cm: Etape | Descriptif | the two stacked pairs
HEAD_FILL = "#D9D9D9"
SPLIT = "0.5pt dashed #7F7F7F"  # the rule between a split cell's two halves
# the seed columns stacked in column 3 and 4: (upper, lower) by seed index
STACKS = ((2, 3), (4, 5))
_SPAN = ' table:number-rows-spanned="2"'
_COVERED = "<table:covered-table-cell/>"


def _cell_style(name: str, fill: str, align: str, top: str, bottom: str) -> str:
    background = f' fo:background-color="{fill}"' if fill else ""
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:border-top="{top}" fo:border-bottom="{bottom}" '
        f'fo:border-left="{_GRID}" fo:border-right="{_GRID}"{background} fo:padding="0.08cm" '
        f'style:vertical-align="{align}"/></style:style>'
    )


STYLES = (
    """<style:style style:name="StepsMz" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" style:may-break-between-rows="true"/></style:style>
"""
    + column_styles("cMz", WIDTHS)
    + _cell_style("MzHead", HEAD_FILL, "middle", _GRID, _GRID)
    + _cell_style("MzHeadUp", HEAD_FILL, "middle", _GRID, SPLIT)
    + _cell_style("MzHeadLow", HEAD_FILL, "middle", SPLIT, _GRID)
    + _cell_style("MzBody", "", "top", _GRID, _GRID)
    + _cell_style("MzUp", "", "top", _GRID, SPLIT)
    + _cell_style("MzLow", "", "top", SPLIT, _GRID)
    + """<style:style style:name="MzHeadP" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="9.5pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="MzCell" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-bottom="0.05cm"/><style:text-properties
 fo:font-size="9.5pt"/></style:style>
"""
)


def _row(cells: str) -> str:
    return f"<table:table-row>{cells}</table:table-row>"


def stacked_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``: the two-row header, then two rows a step, columns 3 and 4 split."""
    assert len(header) == 6
    upper = [c for c, _ in STACKS]
    lower = [c for _, c in STACKS]
    head = _row(
        _cell("MzHead", "MzHeadP", header[0], _SPAN)
        + _cell("MzHead", "MzHeadP", header[1], _SPAN)
        + "".join(_cell("MzHeadUp", "MzHeadP", header[c]) for c in upper)
    ) + _row(_COVERED * 2 + "".join(_cell("MzHeadLow", "MzHeadP", header[c]) for c in lower))
    body = []
    for row in rows:
        values = [row[c] if c < len(row) else "" for c in range(6)]
        body.append(
            _row(
                _cell("MzBody", "MzCell", values[0], _SPAN)
                + _cell("MzBody", "MzCell", values[1], _SPAN)
                + "".join(_cell("MzUp", "MzCell", values[c]) for c in upper)
            )
        )
        body.append(
            _row(_COVERED * 2 + "".join(_cell("MzLow", "MzCell", values[c]) for c in lower))
        )
    cols = "".join(f'<table:table-column table:style-name="cMz{i}"/>' for i in range(4))
    return (
        f'<table:table table:name="Etapes{n}" table:style-name="StepsMz">{cols}'
        f"<table:table-header-rows>{head}</table:table-header-rows>{''.join(body)}"
        "</table:table>"
    )
