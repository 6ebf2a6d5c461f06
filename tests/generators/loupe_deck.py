"""The seed 000 deck whose BULLETED LISTS ARE TYPED INTO TEXT BOXES TOO SHORT FOR THEM, each
with PowerPoint's « Réduire le texte en cas de dépassement » on (hundred-and-seventy-third
held-out set, ``cot000_pptxloupe``), as a presenter does who pastes the report's longer text
into a placeholder sized for the draft: every list of slides 2, 3 and 4 (:data:`SHRUNK`) and
the objectives of the four orientation slides are ONE text box each — its left edge, width and
top the list's, its height :data:`RATIO` of the height ``cot000_pptx``'s list takes (its
lines at 1.25 × the size and its gaps, as the deck measures them), insets 0, top-anchored —
whose ``a:bodyPr`` holds ``<a:normAutofit fontScale="70000" lnSpcReduction="20000"/>``
(:data:`FONT_SCALE`, :data:`SPACING_REDUCTION`, as PowerPoint stores the shrink): one
paragraph an item, DejaVu Sans Condensed at the list's size, #1F1F1F, the seed's bold runs
bold, the deck's gap after every item but the last; a real bullet (``a:buChar`` « • »
#00528C, hanging :data:`HANG` pt) where ``cot000_pptx`` draws one, none on the orientation
slides it draws without; an orientation item the objective's code, a space, its text.
Impress shrinks each list's type and line spacing by its own rule until it fits.

Every other slide and shape as :class:`tests.generators.slides_office._PptxSlides` draws it
(the calendar's lists of slide 14 included): 15 slides. Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.slides_office import _PptxSlides, _rgb

RATIO = 0.6  # a box's height, as a share of the height the base deck's list takes
LEADING = 1.25  # the base deck's line pitch, in sizes
FONT_SCALE = "70000"  # ``a:normAutofit`` as PowerPoint stores it (Impress computes its own)
SPACING_REDUCTION = "20000"
HANG = 12.0  # pt, a bulleted paragraph's hanging indent
SHRUNK = (2, 3, 4)  # the slides whose ``bullets()`` lists are shrunk
DARK = (0.12, 0.12, 0.12)  # #1F1F1F, the base deck's text
BULLET = (0.0, 0.32, 0.55)  # #00528C, the base deck's bullets
GREY = (0.45, 0.45, 0.45)  # the tag's, as the base deck's
ORIENTATION_X = 30.0  # pt
ORIENTATION_WIDTH = 600.0  # pt
ORIENTATION_SIZE = 11.0  # pt
ORIENTATION_GAP = 9.0  # pt
TAG_SIZE = 9.0  # pt
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


class PptxLoupeSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each bulleted list one shrink-on-overflow text box."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._swallow = False  # the base's drawing of an orientation's list not drawn

    def slide(self) -> None:
        self._swallow = False
        super().slide()

    def bullets(self, x, y, items, size, width, gap: float = 3) -> float:  # noqa: ANN001
        if self.page not in SHRUNK:
            return super().bullets(x, y, items, size, width, gap)
        text_width = width - size * 1.1  # the base deck's paragraphs, right of the bullet
        natural = self._natural(items, size, text_width, gap)
        top = y - size
        height = RATIO * natural
        self._list_box(x, top, width, height, [(True, item) for item in items], size, gap)
        return top + height + size

    def title(self, value: str, size: float | None = None) -> float:
        y = super().title(value, size)
        match = _ORIENTATION.match(value)
        if match is None:
            return y
        _, _, objectives, bulleted, tag_on_top = _ORIENTATIONS[int(match.group(1)) - 1]
        if tag_on_top:  # where the base deck sets it
            super().text(700, y + 4, "Objectifs obligatoires", TAG_SIZE, "italic", GREY, "right")
            y += 14
        y += 10
        x = ORIENTATION_X + (12 if bulleted else 0)  # the base deck's code column
        natural = self._natural(
            [markup for _, markup in objectives], ORIENTATION_SIZE, 600 - x, ORIENTATION_GAP
        )
        top = y - ORIENTATION_SIZE
        height = RATIO * natural
        items = [(bulleted, f"{code} {markup}") for code, markup in objectives]
        self._list_box(
            ORIENTATION_X, top, ORIENTATION_WIDTH, height, items, ORIENTATION_SIZE, ORIENTATION_GAP
        )
        if not tag_on_top:  # as the base deck: under the list, at 370 pt at the highest
            after = top + height + ORIENTATION_SIZE + ORIENTATION_GAP
            super().text(
                30, max(after + 12, 370), "Objectifs obligatoires", TAG_SIZE, "italic", GREY
            )
        self._swallow = True
        return y

    def text(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if not self._swallow:
            super().text(*args, **kwargs)

    def paragraph(self, x: float, y: float, markup: str, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
        if self._swallow:
            return y
        return super().paragraph(x, y, markup, *args, **kwargs)

    def _natural(self, items: list[str], size: float, width: float, gap: float) -> float:
        """The height the base deck's list takes: its lines at :data:`LEADING` × ``size``,
        ``gap`` between two items."""
        lines = sum(len(self.wrap(item, size, width)) for item in items)
        return lines * size * LEADING + gap * (len(items) - 1)

    def _list_box(
        self,
        x: float,
        top: float,
        width: float,
        height: float,
        items: list[tuple[bool, str]],
        size: float,
        gap: float,
    ) -> None:
        """One text box of ``items`` ((bulleted, markup) a paragraph), shrink on overflow."""
        from lxml import etree
        from pptx.util import Pt

        frame = self._box(x, top, width, height)
        body = frame._txBody.bodyPr  # type: ignore[attr-defined]
        body.set("anchor", "t")
        for child in list(body):
            body.remove(child)
        autofit = etree.SubElement(body, f"{_A}normAutofit")
        autofit.set("fontScale", FONT_SCALE)
        autofit.set("lnSpcReduction", SPACING_REDUCTION)
        for index, (bulleted, markup) in enumerate(items):
            par = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            ppr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
            if index < len(items) - 1:
                after = etree.SubElement(ppr, f"{_A}spcAft")
                etree.SubElement(after, f"{_A}spcPts").set("val", str(round(gap * 100)))
            if bulleted:
                ppr.set("marL", str(Pt(HANG)))
                ppr.set("indent", str(-Pt(HANG)))
                colour = etree.SubElement(ppr, f"{_A}buClr")
                etree.SubElement(colour, f"{_A}srgbClr").set("val", _rgb(BULLET))
                etree.SubElement(ppr, f"{_A}buFont").set("typeface", "DejaVu Sans Condensed")
                etree.SubElement(ppr, f"{_A}buChar").set("char", "•")
            else:
                ppr.set("marL", "0")
                ppr.set("indent", "0")
                etree.SubElement(ppr, f"{_A}buNone")
            for part, chunk in enumerate(markup.split("**")):
                if chunk:
                    self._run(par, chunk, size, part % 2 == 1, DARK)
