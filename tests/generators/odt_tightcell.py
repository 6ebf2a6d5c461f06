"""The ``tightcell`` .odt (fifty-ninth held-out set, ``plan_odt_tightcell``): the ``twotier``
document but every paragraph of every steps table cell, header and body, with a FIXED LINE
SPACING OF 8 pt (« Interligne : Fixe », ``fo:line-height="8pt"``) on its 9.5 pt text, as an
agent squeezes a long table onto fewer pages: a cell's lines 8 pt apart where the type needs
about 11 pt, so they overlap slightly. Everything else as ``twotier`` writes it.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

LINE = "8pt"

STYLES = f"""<style:style style:name="PTight" style:family="paragraph"><style:paragraph-properties
 fo:line-height="{LINE}"/><style:text-properties fo:font-size="9.5pt"/></style:style>
<style:style style:name="PTightHead" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:line-height="{LINE}"/><style:text-properties fo:font-size="9.5pt"
 fo:font-weight="bold"/></style:style>
"""


def tight_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s two-row-header steps table, its cells' paragraphs in the fixed spacing."""
    from tests.generators.plan_odt import restyled_steps

    return restyled_steps(header, rows, n, "text", PCell="PTight", PHead="PTightHead")
