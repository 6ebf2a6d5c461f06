"""The ``debout`` .odt (hundred-and-fifteenth held-out set, ``plan_odt_debout``): the
``twotier`` document whose agent, to save width, STOOD THE STEP NAMES ON END: each steps
table one repeated header row (bold 9 pt on #DEEAF6) over a 0.5 pt black full grid, the six
seed columns in seed order, every body row at least 3 cm high (« Hauteur minimale ») and the
« Etape » body cells set « Vertical (de bas en haut) » (``style:writing-mode="bt-lr"``): each
step name, bold 8.5 pt, reads bottom to top, centred both ways, on turned lines as long as
the row is high.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.odt_phases import FILL, GRID
from tests.generators.plan_odt import (
    _cell,
    cell_style,
    column_styles,
    header_table,
    paragraph_style,
)

WIDTHS = (2.0, 5.6, 2.0, 2.5, 2.2, 2.7)  # cm, the seed's six columns
MIN_ROW = "3cm"  # « Hauteur minimale » of every body row

STYLES = (
    '<style:style style:name="StepsDebout" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" style:may-break-between-rows="true"/>'
    "</style:style>"
    '<style:style style:name="RDebout" style:family="table-row"><style:table-row-properties '
    f'style:min-row-height="{MIN_ROW}"/></style:style>'
    + column_styles("cDb", WIDTHS)
    + cell_style("DbHead", GRID, FILL)
    + cell_style("DbBody", GRID)
    + cell_style("DbTurned", GRID, align="middle", extra=' style:writing-mode="bt-lr"')
    + paragraph_style("PDbHead", "9pt", True)
    + paragraph_style("PDbName", "8.5pt", True, align="center")
    + paragraph_style("PDbCell", "8.5pt", False)
)


def turned_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps table: one repeated header row, then a row a step (3 cm high at least), its
    « Etape » cell turned bottom to top."""
    head = "".join(_cell("DbHead", "PDbHead", label) for label in header)
    body = "".join(
        '<table:table-row table:style-name="RDebout">'
        + "".join(
            _cell("DbTurned", "PDbName", row[c] if c < len(row) else "")
            if c == 0
            else _cell("DbBody", "PDbCell", row[c] if c < len(row) else "")
            for c in range(len(header))
        )
        + "</table:table-row>"
        for row in rows
    )
    return header_table(f"Etapes{n}", "StepsDebout", "cDb", len(WIDTHS), head, body)
