"""A plan whose page setup came from a US-installed Word, ON US LETTER PAPER
(two-hundred-and-thirty-fifth held-out set, ``plan_docx_ardoise``): :func:`add_ardoise`
sets every section of the .docx to US Letter (:data:`LETTER_IN`, 8.5 × 11 in: ``w:pgSz``
12 240 × 15 840 twips) with Word's US margins, 1 in on every side (:data:`MARGIN_IN`), the
header's distance unchanged: a 6.5 in (16.51 cm) text width under the 17 cm fixed-width
tables, shorter and wider pages than A4.

The document ``plan_docx_balise``'s (``narrowstep``'s fields tables, ``echo``'s steps grid
without its footer row), without its PDF/UA export. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

LETTER_IN = (8.5, 11.0)  # width, height
MARGIN_IN = 1.0


def add_ardoise(path: Path) -> Path:
    """``path``'s .docx, every section set on US Letter with 1 in margins, saved in place."""
    from docx import Document
    from docx.shared import Inches

    doc = Document(str(path))
    for section in doc.sections:
        section.page_width, section.page_height = (Inches(v) for v in LETTER_IN)
        section.left_margin = section.right_margin = Inches(MARGIN_IN)
        section.top_margin = section.bottom_margin = Inches(MARGIN_IN)
    doc.save(str(path))
    return path


__all__ = ["LETTER_IN", "MARGIN_IN", "add_ardoise"]
