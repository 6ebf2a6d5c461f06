"""The ``penombre`` .odt (hundred-and-seventieth held-out set, ``plan_odt_penombre``): the
``twotier`` document and steps tables, but the steps tables' two paragraph styles — the
header's (bold, centred, 9.5 pt) and the body cells' (9.5 pt) — carrying Writer's character
effect « OMBRÉ » (« Format › Caractère › Effets de caractère › Ombré »,
``fo:text-shadow="1pt 1pt"``, the value Writer writes for the box), as a syndicat's « fiche
action » template sets its steps tables: Writer prints every character of them twice, a pale
grey copy a few tenths of a point right of and below it first, then the glyph. The fields,
headings, paragraphs and sommaire tables without shadow.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

SHADOW = "1pt 1pt"  # ``fo:text-shadow`` as Writer writes its « Ombré » box

STYLES = f"""<style:style style:name="PCellOmbre" style:family="paragraph"><style:text-properties
 fo:font-size="9.5pt" fo:text-shadow="{SHADOW}"/></style:style>
<style:style style:name="PHeadOmbre" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"
 fo:font-weight="bold" fo:text-shadow="{SHADOW}"/></style:style>
"""


def shadowed_text_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s two-row-header steps table, its header and body paragraphs « Ombré »."""
    from tests.generators.plan_odt import restyled_steps

    return restyled_steps(header, rows, n, "text", PCell="PCellOmbre", PHead="PHeadOmbre")
