"""The seed 000 deck whose author's DEFAULT TEXT BOX CARRIES A DASHED OUTLINE (hundred-and-
eighty-ninth held-out set, ``cot000_pptxsurpiqure``): as decks do whose author once gave a
text box a dashed outline and chose « Définir comme zone de texte par défaut », every text
box drawn after it — each title line, bullet, paragraph and line of text — is framed at its
own edges by a 0.75 pt #A6A6A6 outline in PowerPoint's « Tiret » (``a:prstDash
val="dash"``), no fill (:meth:`PptxSurpiqureSlides._box`).

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it (the
progress tables, their cells' text and every rectangle and line unchanged): 15 slides. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

OUTLINE = "A6A6A6"
OUTLINE_PT = 0.75


class PptxSurpiqureSlides(_PptxSlides):
    """``cot000_pptx``'s slides; every text box outlined in dashes."""

    def _box(self, x: float, top: float, w: float, h: float) -> object:
        from pptx.dml.color import RGBColor
        from pptx.enum.dml import MSO_LINE_DASH_STYLE
        from pptx.util import Pt

        box = self.current.shapes.add_textbox(  # type: ignore[attr-defined]
            Pt(x), Pt(top), Pt(max(w, 4)), Pt(max(h, 4))
        )
        box.line.color.rgb = RGBColor.from_string(OUTLINE)
        box.line.width = Pt(OUTLINE_PT)
        box.line.dash_style = MSO_LINE_DASH_STYLE.DASH
        frame = box.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.word_wrap = True
        return frame
