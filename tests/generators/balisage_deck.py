"""The seed 000 deck in a consultancy's template whose title bar carries a NAVIGATION STRIP
(hundred-and-sixty-sixth held-out set, ``cot000_pptxbalisage``): the « fil d'Ariane » of the
presentation's five parts (:data:`PARTS`, not in the seed) right under every title bar, the
part being shown highlighted. Five text boxes side by side from x = 14 to 706 pt
(:data:`TAB_WIDTH` pt wide, :data:`TAB_GAP` pt apart), :data:`TAB_HEIGHT` pt high, their top
:data:`TAB_DROP` pt under the bar's foot, no outline, no inset, kept at that size (no
auto-fit), each its part's label centred both ways in :data:`TAB_SIZE` pt DejaVu Sans
Condensed: the slide's own part filled #0073B3 (the progress tables' header colour) with
its label bold white, the others #E7EEF5 with their labels regular #00528C. Every slide's content is placed :data:`SHIFT` pt lower than
``cot000_pptx``'s under its bar (what the deck sets at fixed heights where it was): on the
two progress slides the tables as ``cot000_pptx`` draws them, their header row's top at y 68
pt instead of 52, 8 pt under the strip.

The cover, the section slide and the closing slide have no title bar and no strip. Every
slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, _Title

PARTS = ("Le contrat", "Les audits", "Les référentiels", "Les orientations", "Le calendrier")
LEFT = 14.0  # pt, the strip's left edge (the tables')
TAB_GAP = 2.0  # pt, between two tabs
TAB_WIDTH = (692.0 - 4 * TAB_GAP) / 5  # 136.8 pt: the strip as wide as the tables
TAB_HEIGHT = 13.0  # pt
TAB_DROP = 3.0  # pt, the tabs' top under the bar's foot
TAB_SIZE = 7.5  # pt
SHIFT = 16.0  # pt, the content lower than under a bar without strip
CURRENT_FILL, CURRENT_TEXT = "0073B3", "FFFFFF"
OTHER_FILL, OTHER_TEXT = "E7EEF5", "00528C"


def part_of(title: str) -> int:
    """The index in :data:`PARTS` of the part a slide titled ``title`` belongs to."""
    lowered = title.lower()
    if lowered.startswith("le contrat"):
        return 0
    if "audit" in lowered:
        return 1
    if lowered.startswith("le volet"):
        return 2
    if "orientation" in lowered:
        return 3
    if lowered.startswith("le calendrier"):
        return 4
    raise ValueError(f"no part for the slide title {title!r}")


class PptxBalisageSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the navigation strip under every title bar."""

    def title(self, value: str, size: float | None = None) -> float:
        start = _Title.title(self, value, size)  # the bar's foot + 14 pt
        self._strip(start - 14, part_of(value))
        return start + SHIFT

    def _strip(self, foot: float, current: int) -> None:
        """The five tabs under a bar whose foot is at ``foot`` pt, ``current`` highlighted."""
        from pptx.dml.color import RGBColor
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
        from pptx.util import Pt

        for k, label in enumerate(PARTS):
            x = LEFT + k * (TAB_WIDTH + TAB_GAP)
            box = self.current.shapes.add_textbox(  # type: ignore[attr-defined]
                Pt(x), Pt(foot + TAB_DROP), Pt(TAB_WIDTH), Pt(TAB_HEIGHT)
            )
            box.fill.solid()
            box.fill.fore_color.rgb = RGBColor.from_string(
                CURRENT_FILL if k == current else OTHER_FILL
            )
            box.line.fill.background()
            frame = box.text_frame
            frame.word_wrap = True  # each label holds on one line of its tab
            frame.auto_size = MSO_AUTO_SIZE.NONE  # the tab its drawn size, not its text's
            frame.vertical_anchor = MSO_ANCHOR.MIDDLE
            frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
            par = frame.paragraphs[0]
            par.alignment = PP_ALIGN.CENTER
            run = par.add_run()
            run.text = label
            run.font.size = Pt(TAB_SIZE)
            run.font.bold = k == current
            run.font.name = "DejaVu Sans Condensed"
            run.font.color.rgb = RGBColor.from_string(CURRENT_TEXT if k == current else OTHER_TEXT)


__all__ = ["PARTS", "PptxBalisageSlides", "SHIFT", "TAB_WIDTH", "part_of"]
