"""The ``poursuite`` .odt (hundred-and-forty-ninth held-out set, ``plan_odt_poursuite``): the
``twotier`` document, each steps table a 17 cm table on ``twotier``'s columns (2.5 / 5.3 /
2.0 / 2.5 / 2.2 / 2.5 cm), a 0.5 pt black grid, one repeated header row of the six seed
labels bold 9.5 pt on #D9D9D9; BUT EVERY TABLE OF THREE STEPS OR MORE CUT IN TWO BY HAND,
as an agent did who split each long steps table where the page then broke: the header and
the first ⌈n / 2⌉ steps, then « Suite du tableau page suivante » (italic 8 pt #595959,
right-aligned), « Modalités de mise en oeuvre (suite) » in the section heading's style, then
a SECOND TABLE whose first row is the six labels RETYPED (same look, also a repeated header
row) over the other steps. No page break is forced: the cut was made for a pagination the
document has since lost, so the continuation stands wherever Writer's flow puts it.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.plan_odt import _GRID, _cell, _grid_table_styles, header_table
from tests.generators.seed001 import IMPL_TITLE

WIDTHS = (2.5, 5.3, 2.0, 2.5, 2.2, 2.5)  # cm, twotier's steps columns
HEAD_FILL = "#D9D9D9"
NOTE = "Suite du tableau page suivante"
SUITE = f"{IMPL_TITLE} (suite)"
MIN_CUT = 3  # a table of this many steps or more is cut in two

STYLES = (
    _grid_table_styles("Pq", WIDTHS, _GRID, HEAD_FILL, "9.5pt")
    + """<style:style style:name="PqNote" style:family="paragraph"><style:paragraph-properties
 fo:text-align="end" fo:margin-top="0.05cm" fo:margin-bottom="0.15cm"/><style:text-properties
 fo:font-size="8pt" fo:font-style="italic" fo:color="#595959"/></style:style>
"""
)


def _table(name: str, header: list[str], rows: list[list[str]]) -> str:
    """Table ``name``: the six labels as a repeated header row, then a row a step."""
    head = "".join(_cell("PqHead", "PqHeadP", label) for label in header)
    body = "".join(
        "<table:table-row>"
        + "".join(
            _cell("PqBody", "PqCell", row[c] if c < len(row) else "") for c in range(len(header))
        )
        + "</table:table-row>"
        for row in rows
    )
    return header_table(name, "StepsPq", "cPq", len(header), head, body)


def continued_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``, cut after its first ⌈len(rows) / 2⌉ steps when it has
    :data:`MIN_CUT` or more: the first part, the « suite » line and heading, then the rest
    under a retyped header row."""
    if len(rows) < MIN_CUT:
        return _table(f"Etapes{n}", header, rows)
    cut = (len(rows) + 1) // 2
    return (
        _table(f"Etapes{n}", header, rows[:cut])
        + f'<text:p text:style-name="PqNote">{escape(NOTE)}</text:p>'
        + f'<text:p text:style-name="HSec">{escape(SUITE)}</text:p>'
        + _table(f"Etapes{n}b", header, rows[cut:])
    )
