"""The ``laminoir`` .odt (hundred-and-fifty-eighth held-out set, ``plan_odt_laminoir``): the
``twotier`` document and steps tables (two header rows, 0.5 pt black grid, 2.5 / 5.3 / 2.0 /
2.5 / 2.2 / 2.5 cm) typed by an agent who selected every body cell and set « Alignement :
Justifié », « Dernière ligne : Justifié » and ticked « Développer un mot isolé »: EVERY BODY
PARAGRAPH ``fo:text-align="justify"``, ``fo:text-align-last="justify"`` and
``style:justify-single-word="true"`` (regular 9.5 pt), so every line runs across its cell's
width and A ONE-WORD LINE IS SPREAD LETTER BY LETTER over it; the header rows as in
``twotier``.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import restyled_steps

STYLES = """<style:style style:name="PLam" style:family="paragraph"><style:paragraph-properties
 fo:text-align="justify" fo:text-align-last="justify" style:justify-single-word="true"/>
<style:text-properties fo:font-size="9.5pt"/></style:style>
"""


def justified_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s steps table ``n``, every body paragraph justified, its last line and a
    lone word too."""
    return restyled_steps(header, rows, n, "text", PCell="PLam")
