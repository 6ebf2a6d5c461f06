"""The ``patchwork`` .odt (hundred-and-first held-out set, ``plan_odt_patchwork``): the
``twotier`` document but each steps table ONE repeated header row over a 0.5 pt black full
grid whose STEP ROWS WERE PASTED FROM THEIR CONTRIBUTORS' DOCUMENTS « with the source
formatting »: by the step's rank in its table, in turn, the template's own Liberation Serif
9.5 pt, a Word e-mail's « Calibri » 11 pt (108 %, 8 pt after each paragraph), a web page's
Liberation Sans 8 pt #333333 (150 %, 0.1 cm after), a PDF's DejaVu Sans Condensed 9 pt
justified (0.1 cm before); the step name bold in every row.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.plan_odt import column_styles, header_table
from tests.generators.seed001 import _paragraphs

WIDTHS = (2.5, 5.3, 2.0, 2.5, 2.2, 2.5)  # cm, 17 cm
GRID = "0.5pt solid #000000"

# the four sources' paragraph formatting, in turn by the step's rank: (font family, size,
# colour, line height, space before, space after, alignment)
SOURCES = (
    ("Liberation Serif", "9.5pt", "#000000", "100%", "0cm", "0cm", "start"),  # the template
    ("Calibri", "11pt", "#1F1F1F", "108%", "0cm", "0.28cm", "start"),  # a Word e-mail
    ("Liberation Sans", "8pt", "#333333", "150%", "0cm", "0.1cm", "start"),  # a web page
    ("DejaVu Sans Condensed", "9pt", "#000000", "100%", "0.1cm", "0cm", "justify"),  # a PDF
)


def _source_styles() -> str:
    out = []
    for k, (family, size, colour, height, before, after, align) in enumerate(SOURCES):
        for bold in (False, True):
            name = f"PW{k}{'B' if bold else ''}"
            weight = ' fo:font-weight="bold"' if bold else ""
            out.append(
                f'<style:style style:name="{name}" style:family="paragraph">'
                f'<style:paragraph-properties fo:text-align="{align}" fo:line-height="{height}" '
                f'fo:margin-top="{before}" fo:margin-bottom="{after}"/>'
                f'<style:text-properties fo:font-family="\'{family}\'" fo:font-size="{size}" '
                f'fo:color="{colour}"{weight}/></style:style>'
            )
    return "\n".join(out)


STYLES = (
    """
<style:style style:name="WSteps" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" style:may-break-between-rows="true"
 fo:margin-bottom="0.3cm"/></style:style>
"""
    + column_styles("cW", WIDTHS)
    + f"""
<style:style style:name="WHead" style:family="table-cell"><style:table-cell-properties
 fo:border="{GRID}" fo:background-color="#E2EFDA" fo:padding="0.08cm"
 style:vertical-align="middle"/></style:style>
<style:style style:name="WBody" style:family="table-cell"><style:table-cell-properties
 fo:border="{GRID}" fo:padding="0.08cm" style:vertical-align="top"/></style:style>
<style:style style:name="WHeadP" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties
 fo:font-family="'Liberation Serif'" fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
"""
    + _source_styles()
    + "\n"
)


def _cell(pstyle: str, value: str) -> str:
    body = "".join(
        f'<text:p text:style-name="{pstyle}">{escape(part)}</text:p>'
        for part in _paragraphs(value) or [""]
    )
    return f'<table:table-cell table:style-name="WBody">{body}</table:table-cell>'


def patchwork_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``: one repeated header row, then a row a step whose paragraphs keep
    the formatting of the step's source (:data:`SOURCES`, in turn by rank)."""
    head = "".join(
        f'<table:table-cell table:style-name="WHead"><text:p text:style-name="WHeadP">'
        f"{escape(label)}</text:p></table:table-cell>"
        for label in header
    )
    body = []
    for k, row in enumerate(rows):
        source = k % len(SOURCES)
        cells = "".join(
            _cell(f"PW{source}{'B' if c == 0 else ''}", row[c] if c < len(row) else "")
            for c in range(len(header))
        )
        body.append(f"<table:table-row>{cells}</table:table-row>")
    return header_table(f"Etapes{n}", "WSteps", "cW", len(header), head, "".join(body))
