"""The seed 000 deck carrying a REVIEWER'S STICKY NOTES (two-hundred-and-thirty-first held-out
set, ``cot000_pptxrustine``): ``cot000_pptx``'s slides (:class:`PptxRustineSlides`) as a deck
comes back from a partner who sticks « post-it » notes on the slides instead of using
comments (which Impress would not print): on each slide of :data:`NOTES`, last in its z-order,
a rectangle (:data:`BOX`, the slide's lower right) filled :data:`FILL` with a thin
:data:`OUTLINE` outline, no shadow (its shape style dropped), holding two left-aligned
paragraphs in DejaVu Sans Condensed :data:`SIZE` pt: :data:`BYLINE` bold, then the remark.

The notes are review furniture, none of their words the seed's. 15 slides. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

BOX = (536.0, 310.0, 168.0, 56.0)  # x, y, width, height (pt)
FILL, OUTLINE, INK = "FFF2A8", "D9B300", "3A3A3A"
LINE, INSET, SIZE = 0.75, 5.0, 8.0  # pt
BYLINE = "M. Dubois — 12/10/2021"
NOTES = {  # slide number (1-based) → the reviewer's remark
    2: "Définir le sigle CCPAL à sa première occurrence.",
    3: "Score à actualiser avec le rapport d'audit définitif.",
    4: "Ajouter la date de l'audit Eci ?",
    6: "Notes de la phase 1 à vérifier avec l'ADEME.",
    8: "Taux de réalisation à confirmer avec le SIRTOM.",
    9: "Libellés des orientations à caler sur la délibération.",
    12: "Objectif 3.4 : préciser le périmètre du schéma.",
    14: "Ajouter la date du COPIL de lancement.",
}


def sticky_note(slide: object, remark: str) -> object:
    """A sticky note holding :data:`BYLINE` and ``remark``, last on ``slide``."""
    from pptx.dml.color import RGBColor
    from pptx.enum.shapes import MSO_SHAPE
    from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
    from pptx.util import Pt

    x, y, w, h = BOX
    note = slide.shapes.add_shape(MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(w), Pt(h))  # type: ignore[attr-defined]
    style = note._element.find("{http://schemas.openxmlformats.org/presentationml/2006/main}style")  # noqa: SLF001
    if style is not None:  # the default shape style's shadow and centred text
        note._element.remove(style)  # noqa: SLF001
    note.fill.solid()
    note.fill.fore_color.rgb = RGBColor.from_string(FILL)
    note.line.color.rgb = RGBColor.from_string(OUTLINE)
    note.line.width = Pt(LINE)
    frame = note.text_frame
    frame.margin_left = frame.margin_right = Pt(INSET)
    frame.margin_top = frame.margin_bottom = Pt(INSET)
    frame.word_wrap = True
    frame.vertical_anchor = MSO_ANCHOR.TOP
    for n, (text, bold) in enumerate(((BYLINE, True), (remark, False))):
        par = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
        par.alignment = PP_ALIGN.LEFT
        run = par.add_run()
        run.text = text
        run.font.size = Pt(SIZE)
        run.font.bold = bold
        run.font.name = "DejaVu Sans Condensed"
        run.font.color.rgb = RGBColor.from_string(INK)
    return note


class PptxRustineSlides(_PptxSlides):
    """``cot000_pptx``'s slides; a reviewer's sticky note last on each slide of
    :data:`NOTES`."""

    def finish(self) -> object:
        for number, slide in enumerate(self.prs.slides, start=1):
            if number in NOTES:
                sticky_note(slide, NOTES[number])
        return super().finish()


__all__ = ["BYLINE", "NOTES", "PptxRustineSlides", "sticky_note"]
