"""The ``jetons`` .odt (hundred-and-nineteenth held-out set, ``plan_odt_jetons``): the
``twotier`` document and steps tables, but in every body row the « Etape » and
« Planification » values' text in a span of an automatic text style with Writer's CHARACTER
BORDER AND BACKGROUND (Format › Caractère › Bordures, Arrière-plan): a 0.5 pt #2E75B6 line
on all four sides, 0.04 cm padding, on #DDEBF7, the step name bold too; Writer boxes such a
run line by line, each box as wide as its line's text, inside the cell's own grid lines.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.seed001 import _paragraphs

BORDER = "0.5pt solid #2E75B6"
PADDING = "0.04cm"
FILL = "#DDEBF7"
BOXED = {0: "TJetonName", 2: "TJeton"}  # column → the text style of its boxed values

STYLES = "".join(
    f'<style:style style:name="{name}" style:family="text"><style:text-properties '
    f'fo:border="{BORDER}" fo:padding="{PADDING}" fo:background-color="{FILL}"{bold}/>'
    "</style:style>"
    for name, bold in (("TJetonName", ' fo:font-weight="bold"'), ("TJeton", ""))
)


def _boxed_cell(value: str, span: str) -> str:
    """A body cell whose every paragraph's text is one span of text style ``span``."""
    parts = _paragraphs(value)
    if not parts:
        body = '<text:p text:style-name="PCell"/>'
    else:
        body = "".join(
            f'<text:p text:style-name="PCell"><text:span text:style-name="{span}">'
            f"{escape(part)}</text:span></text:p>"
            for part in parts
        )
    return f'<table:table-cell table:style-name="Body">{body}</table:table-cell>'


def boxed_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s two-row-header steps table, the « Etape » and « Planification » body
    values boxed by a character border."""
    from tests.generators.plan_odt import _cell, _steps

    table = _steps(header, [], n).removesuffix("</table:table>")
    body = "".join(
        "<table:table-row>"
        + "".join(
            _boxed_cell(value, BOXED[c]) if c in BOXED else _cell("Body", "PCell", value)
            for c, value in enumerate(row[c] if c < len(row) else "" for c in range(len(header)))
        )
        + "</table:table-row>"
        for row in rows
    )
    return table + body + "</table:table>"
