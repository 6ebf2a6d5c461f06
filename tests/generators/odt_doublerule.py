"""The ``doublerule`` .odt (sixty-fifth held-out set, ``plan_odt_doublerule``): the ``twotier``
document but EVERY BORDER OF EVERY STEPS TABLE CELL, header and body, A DOUBLE LINE
(« Bordures › Style : double », ``fo:border="1.5pt double #000000"`` with
``style:border-line-width="0.018cm 0.018cm 0.018cm"``: two thin black lines with a thin white
gap between them), as a department's old « fiche action » template frames its tables: the
outer frame and every row and column rule drawn as two parallel lines. Everything else as
``twotier`` writes it.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

DOUBLE = '"1.5pt double #000000" style:border-line-width="0.018cm 0.018cm 0.018cm"'

STYLES = f"""<style:style style:name="DHead" style:family="table-cell"><style:table-cell-properties
 fo:border={DOUBLE} fo:background-color="#E2EFDA" fo:padding="0.08cm"
 style:vertical-align="middle"/></style:style>
<style:style style:name="DBody" style:family="table-cell"><style:table-cell-properties
 fo:border={DOUBLE} fo:padding="0.08cm" style:vertical-align="top"/></style:style>
"""


def doubled_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s two-row-header steps table, every cell's borders double lines."""
    from tests.generators.plan_odt import restyled_steps

    return restyled_steps(header, rows, n, "table", Head="DHead", Body="DBody")
