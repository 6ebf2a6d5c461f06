"""The ``pilastres`` .odt (hundred-and-twenty-fifth held-out set, ``plan_odt_pilastres``): the
``twotier`` document, but each steps table typed into a template whose table style has
« COLONNES À BANDES » ticked, « Lignes à bandes » unticked and every border removed: ONE
header row of the six seed labels (bold 9.5 pt white on #548235, repeated), then a row a
step, NO BORDER ANYWHERE, the body cells of the first, third and fifth columns filled
#E2EFDA, the others unfilled: the columns told apart by fills only, nothing drawn between
two steps.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.seed001 import _paragraphs

HEAD_FILL = "#548235"
BAND = "#E2EFDA"
PADDING = "0.1cm"

STYLES = (
    '<style:style style:name="PilHead" style:family="table-cell"><style:table-cell-properties '
    f'fo:border="none" fo:background-color="{HEAD_FILL}" fo:padding="{PADDING}" '
    'style:vertical-align="top"/></style:style>'
    '<style:style style:name="PilBand" style:family="table-cell"><style:table-cell-properties '
    f'fo:border="none" fo:background-color="{BAND}" fo:padding="{PADDING}" '
    'style:vertical-align="top"/></style:style>'
    '<style:style style:name="PilPlain" style:family="table-cell"><style:table-cell-properties '
    f'fo:border="none" fo:padding="{PADDING}" style:vertical-align="top"/></style:style>'
    '<style:style style:name="PPilHead" style:family="paragraph"><style:paragraph-properties '
    'fo:text-align="left"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold" '
    'fo:color="#FFFFFF"/></style:style>'
    '<style:style style:name="PPilName" style:family="paragraph"><style:text-properties '
    'fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>'
)


def _cell(style: str, pstyle: str, value: str) -> str:
    """A cell of ``style`` whose paragraphs (style ``pstyle``) are ``value``'s, or one empty."""
    parts = _paragraphs(value) or [""]
    body = "".join(f'<text:p text:style-name="{pstyle}">{escape(part)}</text:p>' for part in parts)
    return f'<table:table-cell table:style-name="{style}">{body}</table:table-cell>'


def banded_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``: ``twotier``'s table and column widths, one repeated header row,
    no border, the columns banded by the fills of their body cells."""
    from tests.generators.plan_odt import header_table

    head = "".join(_cell("PilHead", "PPilHead", label) for label in header)
    body = "".join(
        "<table:table-row>"
        + "".join(
            _cell(
                "PilBand" if c % 2 == 0 else "PilPlain",
                "PPilName" if c == 0 else "PCell",
                row[c] if c < len(row) else "",
            )
            for c in range(len(header))
        )
        + "</table:table-row>"
        for row in rows
    )
    return header_table(f"Etapes{n}", "Steps", "cS", len(header), head, body)
