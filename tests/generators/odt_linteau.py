"""The ``linteau`` .odt (hundred-and-forty-sixth held-out set, ``plan_odt_linteau``): the
``twotier`` document but EVERY STEPS HEADER A ONE-ROW TABLE OF ITS OWN pasted from another
fiche template, as an agent does who copies last year's header line over a body table typed
without one: a table ``Entete<n>`` of SIX EQUAL COLUMNS (2.85 cm then five of 2.83 cm), the
six seed labels bold 9.5 pt centred on #D9D9D9, black grid, no repeated header row; RIGHT
UNDER IT (no paragraph between) the body table ``Etapes<n>`` with ``twotier``'s column widths
(2.5 / 5.3 / 2.0 / 2.5 / 2.2 / 2.5 cm) and NO HEADER ROW: the labels stand over columns they
do not head, and nothing is repeated after a page break. Everything else as ``twotier``
writes it.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import _GRID, column_styles

_HEAD_WIDTHS = (2.85, 2.83, 2.83, 2.83, 2.83, 2.83)

STYLES = f"""<style:style style:name="Linteau" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-top="0cm" fo:margin-bottom="0cm"/></style:style>
{column_styles("cLin", _HEAD_WIDTHS)}
<style:style style:name="LinHead" style:family="table-cell"><style:table-cell-properties
 fo:border="{_GRID}" fo:background-color="#D9D9D9" fo:padding="0.08cm"
 style:vertical-align="middle"/></style:style>
"""


def lintel_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """A one-row header table of equal columns, then ``twotier``'s body rows as a table of
    ``twotier``'s widths without a header row."""
    from tests.generators.plan_odt import _cell

    head_cols = "".join(
        f'<table:table-column table:style-name="cLin{i}"/>' for i in range(len(header))
    )
    head = "".join(_cell("LinHead", "PHead", label) for label in header)
    cols = "".join(f'<table:table-column table:style-name="cS{i}"/>' for i in range(len(header)))
    body = "".join(
        "<table:table-row>" + "".join(_cell("Body", "PCell", v) for v in row) + "</table:table-row>"
        for row in rows
    )
    return (
        f'<table:table table:name="Entete{n}" table:style-name="Linteau">{head_cols}'
        f"<table:table-row>{head}</table:table-row></table:table>"
        f'<table:table table:name="Etapes{n}" table:style-name="Steps">{cols}{body}</table:table>'
    )
