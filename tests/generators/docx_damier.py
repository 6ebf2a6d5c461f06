"""A plan DOWNLOADED AS PDF FROM NEXTCLOUD OFFICE UNDER ITS SECURE-VIEW WATERMARK (hundred-and-
sixty-sixth held-out set, ``plan_docx_damier``): the intercommunality shares its documents
for consultation through Nextcloud Office (Collabora Online, whose conversions are
LibreOffice's core) with the « filigrane » setting on; the PDF a user downloads is then
exported with LibreOffice's TILED WATERMARK, the PDF filter option ``TiledWatermark``
written for that secure view (:data:`TILED_WATERMARK`): on every page a grid of tiles of the
text « DIFFUSION RESTREINTE » (Liberation Sans, turned 45°, each letter drawn twice in a
light grey under a 50 % opacity), painted over the page's text and rules wherever a tile
falls.

The .docx itself is ``plan_docx_echo``'s document and steps grid without its footer row
(``plan_docx_narrowstep``'s fields, 2 cm side margins; the steps on 2.8 / 5.6 / 2.0 /
2.2 / 2.0 / 2.4 cm, a 0.5 pt black grid, the header bold 9 pt on #D9D9D9 repeated). Only
the layout comes from here: every value is the seed's (the watermark is not).
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid, step_cells
from tests.generators.seed001 import Block

WATERMARK = "DIFFUSION RESTREINTE"  # not in the seed; one tile line (the export wraps at 21)
# the ``--convert-to`` argument: Writer's PDF export with the tiled watermark
TILED_WATERMARK = (
    'pdf:writer_pdf_Export:{"TiledWatermark":{"type":"string","value":"' + WATERMARK + '"}}'
)


def damier_impl(doc: object, block: Block) -> None:
    """The steps table: the repeated header, then a row a step, a plain black grid."""
    n_cols = len(block.header)
    table = headed_grid(doc, len(block.rows), block.header)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, n_cols)
    close_table(doc, table)


__all__ = ["TILED_WATERMARK", "WATERMARK", "damier_impl"]
