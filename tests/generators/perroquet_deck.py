"""The seed 000 deck whose every text box carries an ALTERNATIVE TEXT REPEATING ITS OWN TEXT
(two-hundred-and-forty-second held-out set, ``cot000_pptxperroquet``), as a script or an
add-in filling the « missing alternative text » that Office 2010–2016's accessibility
checker reported for every shape writes it: each text box's « Texte de remplacement ›
Description » (the ``descr`` of its ``p:cNvPr``) its whole text, its runs joined as typed
(:func:`describe`); shapes without text and the progress tables given none. The deck is
exported « PDF balisé » (:data:`TAGGED`, Impress's ``UseTaggedPDF``; not PDF/UA, not PDF/A):
each text box a ``/Div`` carrying ``/Alt`` around the ``/P`` of its marked content.

Every slide, title, paragraph, box and table as :class:`tests.generators.slides_office.
_PptxSlides` draws it: 15 slides. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

# Impress's PDF export option « PDF balisé » (JSON filter option of ``--convert-to``,
# LibreOffice 7.4)
TAGGED = 'pdf:impress_pdf_Export:{"UseTaggedPDF":{"type":"boolean","value":"true"}}'


def describe(prs: object) -> int:
    """Give every text box of ``prs`` its own text as its alternative text; returns how many."""
    count = 0
    for slide in prs.slides:  # type: ignore[attr-defined]
        for shape in slide.shapes:
            if not shape.has_text_frame or not shape.text_frame.text:
                continue
            shape._element.nvSpPr.cNvPr.set("descr", shape.text_frame.text)
            count += 1
    return count


class PptxPerroquetSlides(_PptxSlides):
    """``cot000_pptx``'s slides, each text box described by its own text."""

    def finish(self) -> object:
        prs = super().finish()
        assert describe(prs) > 0
        return prs


__all__ = ["TAGGED", "PptxPerroquetSlides", "describe"]
