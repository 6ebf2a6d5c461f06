"""The ``nombres`` .odt (hundred-and-twenty-eighth held-out set, ``plan_odt_nombres``): the
``twotier`` document and steps tables, typed with Writer's « RECONNAISSANCE DES NOMBRES » on:
every steps body cell whose value is digits only (« 2019 », « 15000 »…) stored as a number
cell (``office:value-type="float"``, no number format: its text as typed) whose paragraph
is RIGHT-ALIGNED and whose cell is VERTICALLY ALIGNED AT THE BOTTOM, as Writer sets a cell
it recognizes; the other cells top- and left-aligned as ``twotier``'s.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

_DIGITS = re.compile(r"\d+")

STYLES = (
    '<style:style style:name="BodyNum" style:family="table-cell"><style:table-cell-properties '
    'fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="bottom"/>'
    "</style:style>"
    '<style:style style:name="PCellNum" style:family="paragraph"><style:paragraph-properties '
    'fo:text-align="end"/><style:text-properties fo:font-size="9.5pt"/></style:style>'
)


def _number_cell(value: str) -> str:
    """A recognized number: a float cell, bottom-aligned, its paragraph right-aligned."""
    return (
        '<table:table-cell table:style-name="BodyNum" office:value-type="float" '
        f'office:value="{int(value)}"><text:p text:style-name="PCellNum">{escape(value)}'
        "</text:p></table:table-cell>"
    )


def number_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s two-row-header steps table, the digits-only body values number cells."""
    from tests.generators.plan_odt import _cell, _steps

    table = _steps(header, [], n).removesuffix("</table:table>")
    body = "".join(
        "<table:table-row>"
        + "".join(
            _number_cell(value) if _DIGITS.fullmatch(value) else _cell("Body", "PCell", value)
            for value in (row[c] if c < len(row) else "" for c in range(len(header)))
        )
        + "</table:table-row>"
        for row in rows
    )
    return table + body + "</table:table>"
