"""The ``jonction`` .odt (hundred-and-fifty-fifth held-out set, ``plan_odt_jonction``): the
``twotier`` document, each steps table typed in an intercommunality's « fiche action »
template whose steps table has ONE COLUMN FOR THE STEP AND ITS DESCRIPTION, as agents write
a step « intitulé en gras, descriptif en dessous »: FIVE COLUMNS (7.0 / 2.4 / 2.4 / 2.4 /
2.8 cm), a 0.5 pt black grid, 0.08 cm padding; ONE REPEATED HEADER ROW on #D9D9D9, its labels
bold 9.5 pt centred, the first header cell two paragraphs « Etape » over « Descriptif »;
then a row a step, ITS FIRST CELL THE STEP NAME IN BOLD OVER THE DESCRIPTION'S PARAGRAPHS
IN REGULAR, the four other cells the planning, resources, owner and partners values
(Liberation Serif 9.5 pt, top-aligned, no fill).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.plan_odt import _GRID, column_styles
from tests.generators.seed001 import _paragraphs

WIDTHS = (7.0, 2.4, 2.4, 2.4, 2.8)  # cm: Etape + Descriptif | the four other seed columns
HEAD_FILL = "#D9D9D9"

STYLES = (
    """<style:style style:name="StepsJn" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"
 style:may-break-between-rows="true"/></style:style>
"""
    + column_styles("cJn", WIDTHS)
    + f"""<style:style style:name="JnHead" style:family="table-cell"><style:table-cell-properties
 fo:border="{_GRID}" fo:background-color="{HEAD_FILL}" fo:padding="0.08cm"
 style:vertical-align="middle"/></style:style>
<style:style style:name="JnBody" style:family="table-cell"><style:table-cell-properties
 fo:border="{_GRID}" fo:padding="0.08cm" style:vertical-align="top"/></style:style>
<style:style style:name="JnHeadP" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="JnName" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start"/><style:text-properties fo:font-size="9.5pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="JnCell" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start"/><style:text-properties fo:font-size="9.5pt"/></style:style>
"""
)


def _cell(style: str, paragraphs: list[tuple[str, str]]) -> str:
    """A cell of ``style`` holding ``(paragraph style, text)`` paragraphs (one empty one if
    none)."""
    body = "".join(
        f'<text:p text:style-name="{pstyle}">{escape(text)}</text:p>'
        for pstyle, text in paragraphs or [("JnCell", "")]
    )
    return f'<table:table-cell table:style-name="{style}">{body}</table:table-cell>'


def joined_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``: five columns, the step name (bold) over its description in the
    first, « Etape » over « Descriptif » in the header's first cell."""
    assert len(header) == 6
    head = _cell("JnHead", [("JnHeadP", header[0]), ("JnHeadP", header[1])]) + "".join(
        _cell("JnHead", [("JnHeadP", label)]) for label in header[2:]
    )
    body = []
    for row in rows:
        values = [row[c] if c < len(row) else "" for c in range(6)]
        first = [("JnName", part) for part in _paragraphs(values[0])]
        first += [("JnCell", part) for part in _paragraphs(values[1])]
        cells = _cell("JnBody", first) + "".join(
            _cell("JnBody", [("JnCell", part) for part in _paragraphs(v)]) for v in values[2:]
        )
        body.append(f"<table:table-row>{cells}</table:table-row>")
    cols = "".join(f'<table:table-column table:style-name="cJn{i}"/>' for i in range(5))
    return (
        f'<table:table table:name="Etapes{n}" table:style-name="StepsJn">{cols}'
        f"<table:table-header-rows><table:table-row>{head}</table:table-row>"
        f"</table:table-header-rows>{''.join(body)}</table:table>"
    )
