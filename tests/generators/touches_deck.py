"""The seed 000 deck whose every slide carries THREE NAVIGATION ACTION BUTTONS (hundred-and-
eighty-sixth held-out set, ``cot000_pptxtouches``): as decks meant to be browsed on screen
do (« Insertion › Formes › Boutons d'action »), a home, a previous and a next button at the
bottom right of each slide (:data:`BUTTONS`, 26 × 18 pt, top :data:`TOP`), in python-pptx's
default shape style (the theme's accent 1 and its gradient fill), each carrying a click
action (``a:hlinkClick``: the first slide, the previous, the next), no text in them; placed
first on each slide (:meth:`PptxTouchesSlides.slide`), so under every other shape.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

TOP = 377.0  # pt
WIDTH, HEIGHT = 26.0, 18.0  # pt
# (preset name, left edge in pt, click action); ``None``: a jump to the first slide
BUTTONS = (
    ("ACTION_BUTTON_HOME", 620.0, None),
    ("ACTION_BUTTON_BACK_OR_PREVIOUS", 647.0, "ppaction://hlinkshowjump?jump=previousslide"),
    ("ACTION_BUTTON_FORWARD_OR_NEXT", 674.0, "ppaction://hlinkshowjump?jump=nextslide"),
)
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


class PptxTouchesSlides(_PptxSlides):
    """``cot000_pptx``'s slides; three action buttons first on each."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._first: object = None

    def slide(self) -> None:
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        super().slide()
        if self._first is None:
            self._first = self.current
        for preset, left, action in BUTTONS:
            shape = self.current.shapes.add_shape(  # type: ignore[attr-defined]
                getattr(MSO_SHAPE, preset), Pt(left), Pt(TOP), Pt(WIDTH), Pt(HEIGHT)
            )
            if action is None:
                shape.click_action.target_slide = self._first
                continue
            props = shape._element.nvSpPr.cNvPr  # noqa: SLF001
            link = props.makeelement(f"{_A}hlinkClick", {"action": action})
            link.set("{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id", "")
            props.append(link)
