"""The ``pochoir`` .odt (hundred-and-seventy-third held-out set, ``plan_odt_pochoir``): the
``twotier`` document and steps tables, but the steps tables' two paragraph styles — the
header's (bold, centred, 9.5 pt) and the body cells' (9.5 pt) — carrying Writer's character
effect « CONTOUR » (« Format › Caractère › Effets de caractère › Contour »,
``style:text-outline="true"``), as an old intercommunal « fiche action » template sets its
steps tables (its table styles inherited from a title style with « Contour » ticked): Writer
prints every character of them HOLLOW, its glyph filled white and stroked in the text's
colour, still text. The fields, headings, paragraphs and sommaire tables plain.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

STYLES = """<style:style style:name="PCellContour" style:family="paragraph"><style:text-properties
 fo:font-size="9.5pt" style:text-outline="true"/></style:style>
<style:style style:name="PHeadContour" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"
 fo:font-weight="bold" style:text-outline="true"/></style:style>
"""


def outlined_text_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s two-row-header steps table, its header and body paragraphs « Contour »."""
    from tests.generators.plan_odt import restyled_steps

    return restyled_steps(header, rows, n, "text", PCell="PCellContour", PHead="PHeadContour")
