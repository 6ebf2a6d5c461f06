"""The seed 000 deck exported as an ENCRYPTED PDF (two-hundred-and-tenth held-out set,
``cot000_pptxverrou``): ``cot000_pptx``'s slides (:class:`PptxVerrouSlides`, nothing
changed) exported by Impress with its PDF « Sécurité » options (:data:`PERMISSIONS`) as a
communication service does before publishing a deck: « Restreindre les permissions » with a
permissions password, printing in low resolution only, no change allowed, copying of content
off, no open password — a PDF whose strings and streams are enciphered with a key derived
from the empty user password.

15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

# Impress's PDF export options « Sécurité › Restreindre les permissions » (JSON filter
# options of ``--convert-to``, LibreOffice 7.4)
PERMISSIONS = (
    'pdf:impress_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},'
    '"PermissionPassword":{"type":"string","value":"communication"},'
    '"Printing":{"type":"long","value":"1"},'
    '"Changes":{"type":"long","value":"0"},'
    '"EnableCopyingOfContent":{"type":"boolean","value":"false"}}'
)


class PptxVerrouSlides(_PptxSlides):
    """``cot000_pptx``'s slides, unchanged: the quirk is the export options'."""


__all__ = ["PERMISSIONS", "PptxVerrouSlides"]
