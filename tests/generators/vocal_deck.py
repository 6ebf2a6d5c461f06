"""The seed 000 deck exported as a PDF/UA file (two-hundred-and-thirteenth held-out set,
``cot000_pptxvocal``): ``cot000_pptx``'s slides (:class:`PptxVocalSlides`, nothing changed)
exported by Impress with its PDF option « Accessibilité universelle (PDF/UA) »
(:data:`UNIVERSAL_ACCESSIBILITY`), as a public body does to meet the RGAA: a tagged PDF —
mark information, a structure tree owning every text run through marked-content
identifiers, decoration as artifacts —, its XMP declaring PDF/UA part 1, the catalogue's
language, bookmarks of the slides' titles.

15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

# Impress's PDF export option « Accessibilité universelle (PDF/UA) » (JSON filter option of
# ``--convert-to``, LibreOffice 7.4)
UNIVERSAL_ACCESSIBILITY = (
    'pdf:impress_pdf_Export:{"PDFUACompliance":{"type":"boolean","value":"true"}}'
)


class PptxVocalSlides(_PptxSlides):
    """``cot000_pptx``'s slides, unchanged: the quirk is the export option's."""


__all__ = ["UNIVERSAL_ACCESSIBILITY", "PptxVocalSlides"]
