"""The ``parseme`` .odt (hundred-and-sixty-seventh held-out set, ``plan_odt_parseme``): the
``twotier`` document UNCHANGED, its PDF written as a partner gets it from the PCAET's working
share opened in Nextcloud Office's « vue sécurisée » (Collabora Online, LibreOffice's core):
Writer's PDF export filter with its option ``TiledWatermark`` set to the share's watermark
text « {userId} - {date} » filled in (:data:`TEXT`), which draws OVER every page's content
that text in pale grey Liberation Sans turned 45°, three tiles across and five down, each
character a text object of its own: the watermark's letters and figures strewn over the
fields' and steps' cells.

The .odt is ``plan_odt_twotier``'s; only the export filter's options (:data:`TILED`) differ.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.generators.plan_odt import plan_odt

TEXT = "a.martin - 12/03/2021"  # the share's « {userId} - {date} » for the partner
# Writer's PDF export filter and its options (``--convert-to``'s JSON form, LibreOffice 7.4)
TILED = "pdf:writer_pdf_Export:" + json.dumps(
    {"TiledWatermark": {"type": "string", "value": TEXT}}, ensure_ascii=False
)


def plan_odt_parseme(path: Path) -> Path:
    """The .odt at ``path``: ``twotier``'s, the watermark left to the export (:data:`TILED`)."""
    return plan_odt("twotier", path)
