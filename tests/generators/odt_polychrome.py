"""The ``polychrome`` .odt (eightieth held-out set, ``plan_odt_polychrome``): the ``twotier``
document typed by an agent told to print « sans aplats de couleur » to save toner, who told
the steps apart by COLOURING EVERY OTHER STEP'S TEXT instead of shading it: every steps table
on ``twotier``'s columns, ONE HEADER ROW of the seed labels (bold 9.5 pt black, left-aligned,
no fill, a 1 pt black rule above and under it, repeated), then one row a step WITHOUT ANY
BORDER OR FILL, the rows' text alternately dark blue #1F4E79 and burnt orange #C55A11 (blue
first in each table), the last step's cells closed by a 1 pt black rule under them.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import _cell, header_table

RULE = "1pt solid #000000"
COLOURS = ("#1F4E79", "#C55A11")  # the odd steps', the even steps'


def _cell_styles(name: str, top: str, bottom: str) -> str:
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:border-top="{top}" fo:border-bottom="{bottom}" '
        'fo:border-left="none" fo:border-right="none" fo:padding="0.1cm" '
        'style:vertical-align="top"/></style:style>'
    )


def _paragraph_style(name: str, colour: str, bold: bool, after: str) -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        f'<style:paragraph-properties fo:text-align="start" fo:margin-top="0cm" '
        f'fo:margin-bottom="{after}"/><style:text-properties fo:font-size="9.5pt" '
        f'fo:color="{colour}"{weight}/></style:style>'
    )


STYLES = (
    _cell_styles("PolyHead", RULE, RULE)
    + _cell_styles("PolyBody", "none", "none")
    + _cell_styles("PolyLast", "none", RULE)
    + _paragraph_style("PPolyHead", "#000000", True, "0cm")
    + "".join(
        _paragraph_style(f"PPoly{k}", colour, False, "0.05cm")
        + _paragraph_style(f"PPoly{k}B", colour, True, "0.05cm")
        for k, colour in enumerate(COLOURS)
    )
)


def coloured_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """One repeated header row ruled above and under, then the steps without border or
    fill, their text blue and orange by turns, a rule under the last."""
    head = "".join(_cell("PolyHead", "PPolyHead", label) for label in header)
    body = []
    for r, row in enumerate(rows):
        cell_style = "PolyLast" if r == len(rows) - 1 else "PolyBody"
        cells = "".join(
            _cell(
                cell_style, f"PPoly{r % 2}{'B' if c == 0 else ''}", row[c] if c < len(row) else ""
            )
            for c in range(len(header))
        )
        body.append(f"<table:table-row>{cells}</table:table-row>")
    return header_table(f"Etapes{n}", "Steps", "cS", len(header), head, "".join(body))
