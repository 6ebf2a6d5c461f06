"""The ``interligne`` .odt (seventy-first held-out set, ``plan_odt_interligne``): the
``twotier`` document typed in a template whose DEFAULT PARAGRAPH STYLE IS DOUBLE-SPACED
(« Interligne : Double », ``fo:line-height="200%"``: every paragraph, headings, fields,
sommaires, steps cells and the running header, at twice its single line spacing) and whose
steps tables' body is bordered « outer frame and vertical lines only »: every body cell a
0.5 pt black left and right border and no top nor bottom border, save the last row's cells,
whose bottom border closes the frame — NO HORIZONTAL RULE BETWEEN TWO STEPS. The header rows
as ``twotier`` writes them.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

LINE = "200%"
RULE = "0.5pt solid #000000"

STYLES = f"""<style:style style:name="IBody" style:family="table-cell"><style:table-cell-properties
 fo:border-left="{RULE}" fo:border-right="{RULE}" fo:border-top="none" fo:border-bottom="none"
 fo:padding="0.08cm" style:vertical-align="top"/></style:style>
<style:style style:name="IBodyLast" style:family="table-cell"><style:table-cell-properties
 fo:border-left="{RULE}" fo:border-right="{RULE}" fo:border-top="none"
 fo:border-bottom="{RULE}" fo:padding="0.08cm" style:vertical-align="top"/></style:style>
"""

_DEFAULT = 'fo:margin-top="0cm" fo:margin-bottom="0.1cm"/>'


def double_spaced(styles: str) -> str:
    """``styles.xml`` whose default paragraph style is double-spaced."""
    assert styles.count(_DEFAULT) == 1
    return styles.replace(
        _DEFAULT, f'fo:margin-top="0cm" fo:margin-bottom="0.1cm" fo:line-height="{LINE}"/>'
    )


def open_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s two-row-header steps table, its body cells bordered by vertical lines
    only, the last row's closed by a bottom rule."""
    from tests.generators.plan_odt import restyled_steps

    out = restyled_steps(header, rows, n, "table", Body="IBody")
    last = out.rindex("<table:table-row>")
    tail = out[last:].replace('table:style-name="IBody"', 'table:style-name="IBodyLast"')
    return out[:last] + tail
