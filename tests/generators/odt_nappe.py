"""The ``nappe`` .odt (hundred-and-sixty-fourth held-out set, ``plan_odt_nappe``): the
``twotier`` document, but each steps « table » as an agent gets it who keeps the steps in a
Calc tracking sheet and PASTED THE RANGE « COMME TEXTE NON FORMATÉ »: no table, the range as
Calc's plain-text copy writes it — ONE PARAGRAPH A SHEET ROW (the labels' row, then a step),
THE ROW'S SIX CELLS JOINED BY TABS (an empty cell nothing between two tabs, an empty last
cell a trailing tab), A CELL OF SEVERAL LINES IN DOUBLE QUOTES, each of its line breaks a
paragraph break — in the document's body style (Liberation Serif 10 pt, 0 before, 0.1 cm
after) with NO TAB STOP SET: every tab jumps to the next of Writer's DEFAULT TAB STOPS,
every :data:`DEFAULT_STOPS` cm from the text area's left edge, a long row wrapping over the
whole width, its continuation lines back at the left edge.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.seed001 import _paragraphs

DEFAULT_STOPS = 1.25  # cm, Writer's default tab stop distance
QUOTE = '"'  # Calc's text copy quotes a cell holding line breaks

# the body paragraph the range was pasted in: the document's default (Liberation Serif
# 10 pt, 0.1 cm after) as ``Standard`` gives it, no tab stop of its own
STYLES = (
    '<style:style style:name="PNappe" style:family="paragraph" '
    'style:parent-style-name="Standard"><style:paragraph-properties fo:text-align="start" '
    'fo:margin-left="0cm" fo:text-indent="0cm" fo:margin-top="0cm" fo:margin-bottom="0.1cm">'
    "<style:tab-stops/></style:paragraph-properties></style:style>"
)

_DEFAULT = '<style:default-style style:family="paragraph"><style:paragraph-properties'


def default_tab_stops(styles: str) -> str:
    """``styles.xml`` whose default paragraph style names Writer's default tab stop distance,
    :data:`DEFAULT_STOPS` cm, as Writer writes it in every document (Writer reads the
    distance there only; without it, it takes its built-in 2 cm — amended once, after the
    first print)."""
    assert styles.count(_DEFAULT) == 1
    return styles.replace(_DEFAULT, f'{_DEFAULT} style:tab-stop-distance="{DEFAULT_STOPS}cm"')


def cell_lines(value: str) -> list[str]:
    """A sheet cell's text as Calc's plain-text copy writes it, line by line: its lines (the
    value's seed paragraphs), the first opened and the last closed by a double quote when
    there are several; ``[""]`` for an empty cell."""
    lines = _paragraphs(value)
    if len(lines) > 1:
        lines = [QUOTE + lines[0], *lines[1:-1], lines[-1] + QUOTE]
    return lines or [""]


def row_paragraphs(values: list[str]) -> list[str]:
    """A sheet row's pasted paragraphs (their text, tabs as ``\\t``): the cells joined by
    tabs, a cell's line breaks ending a paragraph."""
    paragraphs = [""]
    for c, value in enumerate(values):
        if c:
            paragraphs[-1] += "\t"
        lines = cell_lines(value)
        paragraphs[-1] += lines[0]
        paragraphs += lines[1:]
    return paragraphs


def _paragraph(text: str) -> str:
    body = "<text:tab/>".join(escape(part) for part in text.split("\t"))
    return f'<text:p text:style-name="PNappe">{body}</text:p>'


def pasted_text_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps range pasted as unformatted text: the labels' paragraph, then each step's
    paragraph(s) (``n``, the table's number, names nothing: there is no table)."""
    del n
    out = [_paragraph(p) for p in row_paragraphs(list(header))]
    for row in rows:
        values = [row[c] if c < len(row) else "" for c in range(len(header))]
        out += [_paragraph(p) for p in row_paragraphs(values)]
    return "".join(out)
