"""The ``lignetab`` .odt (ninety-second held-out set, ``plan_odt_lignetab``): the ``twotier``
document typed by a secretary who SETS EACH STEPS TABLE ON TAB STOPS instead of inserting a
table: Liberation Sans 8.5 pt paragraphs, left tab stops at 2.6 / 8.0 / 9.9 / 12.2 / 14.4 cm
(six « columns » of :data:`WIDTHS` cm); each column's text WRAPPED BY HAND on word boundaries
to its width less 0.3 cm (Liberation Sans metrics, bold for the labels and step names), the
k-th lines of the six columns joined by tabs, the lines of one step MANUAL LINE BREAKS in one
paragraph; a bold label paragraph ruled above and below, a paragraph a step, a rule under the
last.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.text_metrics import pil_font, word_lines

WIDTHS = (2.6, 5.4, 1.9, 2.3, 2.2, 2.6)  # cm, the seed's six columns in seed order
GAP = 0.3  # cm left free at a column's right
SIZE = 8.5  # pt
RULE = "0.5pt solid #000000"


def _stops() -> str:
    out, x = [], 0.0
    for w in WIDTHS[:-1]:
        x = round(x + w, 2)
        out.append(f'<style:tab-stop style:position="{x}cm"/>')
    return f"<style:tab-stops>{''.join(out)}</style:tab-stops>"


def _paragraph_style(name: str, bold: bool, borders: str, after: str) -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        '<style:paragraph-properties fo:text-align="start" fo:margin-left="0cm" '
        f'fo:text-indent="0cm" fo:margin-top="0cm" fo:margin-bottom="{after}"{borders}>'
        f"{_stops()}</style:paragraph-properties>"
        "<style:text-properties fo:font-family=\"'Liberation Sans'\" "
        f'style:font-family-generic="swiss" fo:font-size="{SIZE}pt"{weight}/></style:style>'
    )


_HEAD_BORDERS = (
    f' fo:border-top="{RULE}" fo:border-bottom="{RULE}" fo:border-left="none" '
    'fo:border-right="none" fo:padding="0.05cm"'
)
_LAST_BORDERS = (
    f' fo:border-bottom="{RULE}" fo:border-top="none" fo:border-left="none" '
    'fo:border-right="none" fo:padding-bottom="0.05cm"'
)

STYLES = (
    _paragraph_style("PTabHead", True, _HEAD_BORDERS, "0.1cm")
    + _paragraph_style("PTabStep", False, "", "0.15cm")
    + _paragraph_style("PTabLast", False, _LAST_BORDERS, "0.15cm")
    + '<style:style style:name="TTabBold" style:family="text">'
    '<style:text-properties fo:font-weight="bold"/></style:style>'
)


def _length(text: str, bold: bool) -> float:
    """``text``'s width in pt at :data:`SIZE` pt (Liberation Sans measured at 10 × ``SIZE`` px)."""
    return pil_font("Liberation Sans", bold, round(SIZE * 10)).getlength(text) / 10


def wrap(value: str, width_cm: float, bold: bool) -> list[str]:
    """``value``'s typed lines: each paragraph cut on word boundaries to ``width_cm`` less
    :data:`GAP` (a word wider than that left whole on its line)."""
    width = (width_cm - GAP) * 72 / 2.54
    return word_lines(value, lambda text: _length(text, bold), width)


def typed_lines(values: list[str], bold_first: bool, all_bold: bool = False) -> list[list[str]]:
    """The visual lines of one typed « row »: line k holds each column's k-th line ("" where
    the column has none)."""
    columns = [
        wrap(v, WIDTHS[c], all_bold or (bold_first and c == 0)) for c, v in enumerate(values)
    ]
    height = max((len(col) for col in columns), default=0)
    return [[col[k] if k < len(col) else "" for col in columns] for k in range(height)]


def _line_xml(cells: list[str], bold_first: bool) -> str:
    """One typed line: the cells joined by tabs, the tabs after the last non-empty cell left
    out, the first cell bold when ``bold_first``."""
    last = max((c for c, text in enumerate(cells) if text), default=-1)
    parts = []
    for c in range(last + 1):
        text = escape(cells[c])
        if c == 0 and bold_first and text:
            text = f'<text:span text:style-name="TTabBold">{text}</text:span>'
        parts.append(text)
    return "<text:tab/>".join(parts)


def _paragraph(style: str, lines: list[list[str]], bold_first: bool) -> str:
    body = "<text:line-break/>".join(_line_xml(cells, bold_first) for cells in lines)
    return f'<text:p text:style-name="{style}">{body}</text:p>'


def tabbed_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """The steps « table » typed on tab stops: the label paragraph, then a paragraph a step
    (``n``, the table's number, names nothing: there is no table)."""
    del n
    out = [_paragraph("PTabHead", typed_lines(list(header), False, True), False)]
    for i, row in enumerate(rows):
        values = [row[c] if c < len(row) else "" for c in range(len(header))]
        style = "PTabLast" if i == len(rows) - 1 else "PTabStep"
        out.append(_paragraph(style, typed_lines(values, True), True))
    return "".join(out)
