"""A steps table whose HEADER ROW AND FIRST STEP ROW ARE BOTH MARKED TO REPEAT (fifty-second
held-out set, ``plan_docx_reprow``): the agent selected two rows when ticking « Répéter en
tant que ligne d'en-tête en haut de chaque page », so Writer prints the first step again,
whole, under the header at the top of every page the table runs onto. The fields and the
steps otherwise as ``plan_docx_watermark`` writes them (thin grey grids), without its
watermark.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_watermark import watermark_impl
from tests.generators.plan_docx import _repeat_header
from tests.generators.seed001 import Block


def reprow_impl(doc: object, block: Block) -> None:
    """``plan_docx_watermark``'s steps table, its first step row marked to repeat too."""
    watermark_impl(doc, block)
    table = doc.tables[-1]  # type: ignore[attr-defined]
    if len(table.rows) > 1:
        _repeat_header(table.rows[1])
