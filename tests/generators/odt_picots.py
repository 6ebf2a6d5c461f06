"""The ``picots`` .odt (hundred-and-sixty-first held-out set, ``plan_odt_picots``): the
``twotier`` document, each steps table typed in a département's « FICHE ACTION À COMPLÉTER »
template made to be printed and filled in by pen, whose cells hold DOTTED WRITING LINES:
17 cm, six columns of 2.5 / 5.3 / 2.0 / 2.5 / 2.2 / 2.5 cm, a 0.5 pt black grid, 0.08 cm
padding, ONE REPEATED HEADER ROW (the six seed labels bold 9.5 pt centred on #D9D9D9); then a
row a step, EVERY BODY PARAGRAPH in its column's « Saisie » style (Liberation Serif 9.5 pt
regular) whose one tab stop is a RIGHT TAB STOP 0.1 cm short of the cell's right padding
WITH A DOT LEADER. The agent typed each value at the start of the dotted line, so every
paragraph is its text then one tab: its last line followed by full stops up to the stop, an
empty value a paragraph holding only the tab (a whole dotted line).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.plan_odt import _GRID, column_styles
from tests.generators.seed001 import _paragraphs

WIDTHS = (2.5, 5.3, 2.0, 2.5, 2.2, 2.5)  # cm, ``twotier``'s columns
PADDING = 0.08  # cm, the cells' padding on every side
SHORT = 0.1  # cm, how far the tab stop stands inside the cell's right padding
HEAD_FILL = "#D9D9D9"


def stop(width: float) -> float:
    """The right tab stop of a ``width`` cm column, from the paragraph's left (cm)."""
    return round(width - 2 * PADDING - SHORT, 2)


def _saisie(c: int, width: float) -> str:
    """Column ``c``'s « Saisie » paragraph style: its dot-leader right tab stop."""
    return (
        f'<style:style style:name="PiSaisie{c}" style:family="paragraph">'
        '<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm">'
        f'<style:tab-stops><style:tab-stop style:position="{stop(width)}cm" '
        'style:type="right" style:leader-style="dotted" style:leader-text="."/>'
        "</style:tab-stops></style:paragraph-properties>"
        '<style:text-properties fo:font-size="9.5pt"/></style:style>\n'
    )


STYLES = (
    """<style:style style:name="StepsPi" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"
 style:may-break-between-rows="true"/></style:style>
"""
    + column_styles("cPi", WIDTHS)
    + f"""<style:style style:name="PiHead" style:family="table-cell"><style:table-cell-properties
 fo:border="{_GRID}" fo:background-color="{HEAD_FILL}" fo:padding="{PADDING}cm"
 style:vertical-align="middle"/></style:style>
<style:style style:name="PiBody" style:family="table-cell"><style:table-cell-properties
 fo:border="{_GRID}" fo:padding="{PADDING}cm" style:vertical-align="top"/></style:style>
<style:style style:name="PiHeadP" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties
 fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
"""
    + "".join(_saisie(c, w) for c, w in enumerate(WIDTHS))
)


def _cell(value: str, c: int) -> str:
    """Body cell of column ``c``: each paragraph of ``value`` then a tab to the dotted stop
    (one paragraph holding only the tab when the value is empty)."""
    body = "".join(
        f'<text:p text:style-name="PiSaisie{c}">{escape(part)}<text:tab/></text:p>'
        for part in _paragraphs(value) or [""]
    )
    return f'<table:table-cell table:style-name="PiBody">{body}</table:table-cell>'


def leader_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``: one repeated header row, every body paragraph ending in a tab to a
    dot-leader right tab stop at its cell's right edge."""
    assert len(header) == len(WIDTHS)
    head = "".join(
        '<table:table-cell table:style-name="PiHead">'
        f'<text:p text:style-name="PiHeadP">{escape(label)}</text:p></table:table-cell>'
        for label in header
    )
    body = "".join(
        "<table:table-row>"
        + "".join(_cell(row[c] if c < len(row) else "", c) for c in range(len(header)))
        + "</table:table-row>"
        for row in rows
    )
    cols = "".join(f'<table:table-column table:style-name="cPi{i}"/>' for i in range(len(header)))
    return (
        f'<table:table table:name="Etapes{n}" table:style-name="StepsPi">{cols}'
        f"<table:table-header-rows><table:table-row>{head}</table:table-row>"
        f"</table:table-header-rows>{body}</table:table>"
    )
