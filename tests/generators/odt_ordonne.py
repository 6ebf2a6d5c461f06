"""``plan_odt_twotier``'s steps tables WHOSE WHOLE BODY WAS MADE ONE NUMBERED LIST
(hundred-and-thirteenth held-out set, ``plan_odt_ordonne``), as an agent who wanted the
steps numbered selects every body cell of a table and presses « Liste numérotée » (F12):
every paragraph of every body cell an item of one Writer list per table, the first cell's
list opening it (``xml:id``) and every later cell's list continuing it
(``text:continue-list``), so the numbers « 1. », « 2. »… run on across the cells row by
row, left to right, an empty value's empty paragraph numbered too, restarting at 1 in each
table; the two-row header unnumbered.

The table otherwise ``twotier``'s (:func:`tests.generators.plan_odt._steps`). Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.seed001 import _paragraphs

# a list style like Writer's « Numérotation 123 »: « 1. » then a tab, 0.635 cm hanging
STYLES = (
    '<text:list-style style:name="LOrdonne"><text:list-level-style-number text:level="1" '
    'style:num-suffix="." style:num-format="1"><style:list-level-properties '
    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
    'text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" '
    'fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>'
    "</text:list-level-style-number></text:list-style>"
)


def _listed_cell(value: str, list_id: str, first: bool) -> str:
    """A body cell whose paragraphs are items of the table's list ``list_id`` (opened by the
    ``first`` cell, continued by the others); an empty value one numbered empty paragraph."""
    items = "".join(
        f'<text:list-item><text:p text:style-name="PCell">{escape(part)}</text:p></text:list-item>'
        for part in _paragraphs(value) or [""]
    )
    opening = f'xml:id="{list_id}"' if first else f'text:continue-list="{list_id}"'
    return (
        '<table:table-cell table:style-name="Body">'
        f'<text:list {opening} text:style-name="LOrdonne">{items}</text:list>'
        "</table:table-cell>"
    )


def listed_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s steps table ``n``, every body cell's paragraphs numbered on as one
    list."""
    from tests.generators.plan_odt import _steps

    table = _steps(header, [], n)
    list_id = f"ordonne{n}"
    body = "".join(
        "<table:table-row>"
        + "".join(
            _listed_cell(row[c] if c < len(row) else "", list_id, r == 0 and c == 0)
            for c in range(len(header))
        )
        + "</table:table-row>"
        for r, row in enumerate(rows)
    )
    assert table.endswith("</table:table>")
    return table.removesuffix("</table:table>") + body + "</table:table>"
