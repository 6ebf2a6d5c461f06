"""The ``textscale`` .odt (sixty-second held-out set, ``plan_odt_textscale``): the ``twotier``
document but every paragraph of every steps table cell, header and body, with a CHARACTER
WIDTH SCALE OF 70 % (« Caractères › Position › Échelle de largeur : 70 % »,
``style:text-scale="70%"``) on its 9.5 pt text, as an agent condenses a table's type so that
long words fit narrow columns without making it smaller: glyphs and spaces 70 % as wide at
their full height. Everything else as ``twotier`` writes it.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

SCALE = "70%"

STYLES = f"""<style:style style:name="PScaled" style:family="paragraph"><style:text-properties
 fo:font-size="9.5pt" style:text-scale="{SCALE}"/></style:style>
<style:style style:name="PScaledHead" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"
 style:text-scale="{SCALE}"/></style:style>
"""


def scaled_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s two-row-header steps table, its cells' paragraphs condensed to 70 %."""
    from tests.generators.plan_odt import restyled_steps

    return restyled_steps(header, rows, n, "text", PCell="PScaled", PHead="PScaledHead")
