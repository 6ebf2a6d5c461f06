"""The ``pointilles`` .odt (sixty-eighth held-out set, ``plan_odt_pointilles``): the ``twotier``
document but EVERY PARAGRAPH OF EVERY STEPS BODY CELL in a « ligne de saisie » paragraph style
with a DOTTED BOTTOM BORDER (« Bordures › Paragraphe : bas, Style : pointillé »,
``fo:border-bottom="0.5pt dotted #7F7F7F"``, 0.05 cm of padding below, 0.1 cm of space after,
not merged with the next paragraph, ``style:join-border="false"``), as a department's « fiche
action » template made to be filled in by hand keeps its dotted writing lines once typed in:
a fine grey dotted rule the cell's text width under every paragraph — under a one-paragraph
value, between the paragraphs of a multi-paragraph value, under an empty cell's empty
paragraph. The header cells and everything else as ``twotier`` writes them.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

STYLES = """<style:style style:name="PSaisie" style:family="paragraph"><style:paragraph-properties
 fo:border-bottom="0.5pt dotted #7F7F7F" fo:padding-bottom="0.05cm" fo:margin-bottom="0.1cm"
 style:join-border="false"/><style:text-properties fo:font-size="9.5pt"/></style:style>
"""


def dotted_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s two-row-header steps table, each body cell's paragraphs underlined by a
    dotted paragraph border."""
    from tests.generators.plan_odt import restyled_steps

    return restyled_steps(header, rows, n, "text", PCell="PSaisie")
