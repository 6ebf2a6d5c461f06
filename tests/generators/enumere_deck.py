"""The seed 000 deck whose BULLETED LISTS the presenter turned into NUMBERED LISTS
(hundred-and-seventy-fifth held-out set, ``cot000_pptxenumere``): slide 2's points, slides 3
and 4's audit points, the three columns of slide 14's calendar and the objectives of the
bulleted orientation slides (10 and 12) each ONE TEXT BOX (:meth:`PptxEnumereSlides._list`)
whose paragraphs carry PowerPoint's automatic numbering (``a:buAutoNum
type="arabicPeriod"``, :data:`NUMBER` blue, :func:`numbered`) in place of the « • »: Impress
prints « 1. », « 2. » … at the list's x, from 1 in each box; an orientation item the
objective's code, a space, its text. Line spacing exactly 1.25 × the size, the base deck's
gaps before the items, so the lists stand where ``cot000_pptx``'s do.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it, the
« Objectifs obligatoires » tag where ``cot000_pptx`` sets it: 15 slides. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.slides_office import _PptxSlides, _rgb

LEADING = 1.25  # the base deck's line spacing, × the size
NUMBER = (0.0, 0.32, 0.55)  # #00528C, the base deck's bullet blue
TEXT = (0.12, 0.12, 0.12)  # #1F1F1F
GREY = (0.45, 0.45, 0.45)  # the tag's, as the base deck's
ORIENTATION_X, ORIENTATION_RIGHT = 30.0, 600.0  # pt, an orientation list's box
ORIENTATION_SIZE, ORIENTATION_GAP = 11.0, 9.0  # pt
ORIENTATION_HANG = 18.0  # pt, an orientation item's hanging indent
TAG_SIZE = 9.0  # pt
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


def numbered(par: object, hang: float) -> None:
    """``par`` numbered « 1. », « 2. » … (PowerPoint's automatic numbering) on a hanging
    indent of ``hang`` pt; its spacing, if any, set before (the schema's order)."""
    from lxml import etree
    from pptx.oxml.ns import qn

    ppr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]  # noqa: SLF001
    emu = str(int(hang * 12700))
    ppr.set("marL", emu)
    ppr.set("indent", f"-{emu}")
    colour = etree.SubElement(ppr, qn("a:buClr"))
    etree.SubElement(colour, qn("a:srgbClr")).set("val", _rgb(NUMBER))
    etree.SubElement(ppr, qn("a:buAutoNum")).set("type", "arabicPeriod")


class PptxEnumereSlides(_PptxSlides):
    """``cot000_pptx``'s slides; every bulleted list one numbered text box."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._swallow = False  # the base's drawing of an orientation's list not drawn

    def slide(self) -> None:
        self._swallow = False
        super().slide()

    def _lines(self, markup: str, size: float, width: float) -> int:
        return len(self.wrap(markup, size, width))

    def bullets(self, x, y, items, size, width, gap: float = 3) -> float:  # noqa: ANN001
        hang = size * 1.1  # the base deck's text, right of its bullet
        counts = [self._lines(item, size, width - hang) for item in items]
        end = y + sum(n * size * LEADING + gap for n in counts)
        height = end - gap - (y - size)
        self._list(x, y - size, width + 4, height, items, size, gap, hang)
        return end

    def title(self, value: str, size: float | None = None) -> float:
        base_y = y = super().title(value, size)
        match = _ORIENTATION.match(value)
        if match is None:
            return y
        _, _, objectives, bulleted, tag_on_top = _ORIENTATIONS[int(match.group(1)) - 1]
        if not bulleted:  # slides 11 and 13: as the base deck draws them
            return y
        if tag_on_top:  # where the base deck sets it
            super().text(700, y + 4, "Objectifs obligatoires", TAG_SIZE, "italic", GREY, "right")
            y += 14
        y += 10
        top, yy = y - ORIENTATION_SIZE, y
        code_x = ORIENTATION_X + 12  # the base deck's code column, right of its bullet
        for _, markup in objectives:  # the base deck's measure of the list
            n = self._lines(markup, ORIENTATION_SIZE, ORIENTATION_RIGHT - code_x)
            yy += n * ORIENTATION_SIZE * LEADING + ORIENTATION_GAP
        items = [f"{code} {markup}" for code, markup in objectives]
        self._list(
            ORIENTATION_X,
            top,
            ORIENTATION_RIGHT - ORIENTATION_X,
            yy - ORIENTATION_GAP - top,
            items,
            ORIENTATION_SIZE,
            ORIENTATION_GAP,
            ORIENTATION_HANG,
        )
        if not tag_on_top:
            super().text(30, max(yy + 12, 370), "Objectifs obligatoires", TAG_SIZE, "italic", GREY)
        self._swallow = True
        return base_y

    def text(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if not self._swallow:
            super().text(*args, **kwargs)

    def paragraph(self, x: float, y: float, markup: str, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
        if self._swallow:
            return y
        return super().paragraph(x, y, markup, *args, **kwargs)

    def _list(
        self,
        x: float,
        top: float,
        width: float,
        height: float,
        items: list[str],
        size: float,
        gap: float,
        hang: float,
    ) -> None:
        """One text box at (``x``, ``top``), a numbered paragraph an item."""
        from pptx.enum.text import MSO_ANCHOR
        from pptx.util import Pt

        frame = self._box(x, top, width, height)
        frame.vertical_anchor = MSO_ANCHOR.TOP
        for index, markup in enumerate(items):
            par = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            par.line_spacing = Pt(size * LEADING)
            if index:
                par.space_before = Pt(gap)
            numbered(par, hang)
            for part, chunk in enumerate(markup.split("**")):
                if chunk:
                    self._run(par, chunk, size, part % 2 == 1, TEXT)


__all__ = ["PptxEnumereSlides", "numbered"]
