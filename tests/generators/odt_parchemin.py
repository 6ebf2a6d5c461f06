"""The ``parchemin`` .odt (two-hundred-and-forty-second held-out set, ``plan_odt_parchemin``):
the ``twotier`` document exported for ARCHIVING, as an authority files its adopted plan with
the archives service or on a platform that asks for PDF/A: « Fichier › Exporter au format
PDF › Général › Archive (PDF/A, ISO 19005) » in version PDF/A-2b (:data:`ARCHIVE`, Writer's
JSON filter option ``SelectPdfVersion`` 2). Writer then writes XMP metadata declaring
``pdfaid:part`` 2 and ``pdfaid:conformance`` B, an sRGB output intent, every font embedded as
a subset, and — « PDF balisé » turned on with PDF/A — a TAGGED PDF (structure tree, marked
content, the page furniture as artifacts).

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`), unchanged
(:func:`parchemin_odt`); only the export option differs. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

# Writer's PDF export « Archive (PDF/A, ISO 19005) », version PDF/A-2b (JSON filter option of
# ``--convert-to``, LibreOffice 7.4)
ARCHIVE = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'


def parchemin_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt (its PDF exported as PDF/A-2b by :data:`ARCHIVE`)."""
    from tests.generators.plan_odt import plan_odt

    return plan_odt("twotier", path)


__all__ = ["ARCHIVE", "parchemin_odt"]
