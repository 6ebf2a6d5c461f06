"""A plan published as an ACCESSIBLE PDF (two-hundred-and-eleventh held-out set,
``plan_docx_balise``): the document exported with Writer's PDF option « PDF/UA (Universal
Accessibility) » (:data:`PDF_UA`, ``PDFUACompliance``), as an authority bound by the RGAA
publishes it — a tagged PDF, its structure tree (paragraphs, headings, tables, rows, cells),
marked content in every page's stream, the running header and footer as artifacts.

The document ``plan_docx_ecru``'s without its page colour: ``narrowstep``'s fields tables,
``echo``'s steps grid without its footer row (the ``balise`` branches of
:func:`tests.generators.plan_docx.plan_docx`). Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

# Writer's PDF export option « PDF/UA (Universal Accessibility) » (a JSON filter option of
# ``--convert-to``, LibreOffice 7.4), which turns « PDF balisé » on with it
PDF_UA = 'pdf:writer_pdf_Export:{"PDFUACompliance":{"type":"boolean","value":"true"}}'

__all__ = ["PDF_UA"]
