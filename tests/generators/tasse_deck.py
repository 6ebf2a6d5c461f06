"""The seed 000 deck whose four orientation slides hold their objectives in ONE TEXT BOX
SHRUNK TO FIT (hundred-and-seventy-fourth held-out set, ``cot000_pptxtasse``): the
consultant pasted each orientation's objectives into one box typed at the Office theme's
body size (:data:`SIZE`) and left PowerPoint's « Réduire le texte si dépassement » on
(``a:normAutofit``, :data:`FONT_SCALE` / :data:`LINE_REDUCTION` as last stored), so Impress
shrinks the list to fit the box (:data:`LEFT` → :data:`RIGHT`, from under the title bar down
to :data:`BOTTOM`): one paragraph an objective, its code, a space, its text (:func:`_list`);
a « • » paragraph bullet where ``cot000_pptx`` bullets the list.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it, the
« Objectifs obligatoires » tag where ``cot000_pptx`` sets it: 15 slides. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.slides_office import _PptxSlides, _rgb

LEFT, RIGHT, BOTTOM = 30.0, 690.0, 350.0  # pt, the box
INSET_X, INSET_Y = 7.2, 3.6  # pt, the theme's text insets
SIZE = 28.0  # pt, the Office theme's first body level
LINE_SPACING = 0.9  # the theme's body line spacing
SPACE_BEFORE = 10.0  # pt before each paragraph
HANG = 18.0  # pt, a bulleted paragraph's hanging indent
FONT_SCALE, LINE_REDUCTION = "62500", "20000"  # as PowerPoint last stored them
TEXT = (0.12, 0.12, 0.12)  # #1F1F1F
BULLET = (0.0, 0.32, 0.55)  # #00528C, the base deck's bullet blue
GREY = (0.45, 0.45, 0.45)  # the tag's, as the base deck's
TAG_SIZE = 9.0  # pt
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


class PptxTasseSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each orientation's objectives one shrunk-to-fit box."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._swallow = False  # the base's drawing of an orientation's list not drawn

    def slide(self) -> None:
        self._swallow = False
        super().slide()

    def title(self, value: str, size: float | None = None) -> float:
        y = super().title(value, size)
        match = _ORIENTATION.match(value)
        if match is None:
            return y
        _, _, objectives, bulleted, tag_on_top = _ORIENTATIONS[int(match.group(1)) - 1]
        top = y - 4  # 10 pt under the title bar
        if tag_on_top:  # where the base deck sets it
            super().text(700, y + 4, "Objectifs obligatoires", TAG_SIZE, "italic", GREY, "right")
            top += 14
        self._list(top, objectives, bulleted)
        if not tag_on_top:
            super().text(30, 370, "Objectifs obligatoires", TAG_SIZE, "italic", GREY)
        self._swallow = True
        return y

    def text(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if not self._swallow:
            super().text(*args, **kwargs)

    def paragraph(self, x: float, y: float, markup: str, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
        if self._swallow:
            return y
        return super().paragraph(x, y, markup, *args, **kwargs)

    def _list(self, top: float, objectives: list[tuple[str, str]], bulleted: bool) -> None:
        """The objectives' box from ``top`` (pt) down to :data:`BOTTOM`."""
        from lxml import etree
        from pptx.enum.text import MSO_ANCHOR
        from pptx.oxml.ns import qn
        from pptx.util import Pt

        box = self.current.shapes.add_textbox(Pt(LEFT), Pt(top), Pt(RIGHT - LEFT), Pt(BOTTOM - top))
        frame = box.text_frame
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.TOP
        frame.margin_left = frame.margin_right = Pt(INSET_X)
        frame.margin_top = frame.margin_bottom = Pt(INSET_Y)
        body = frame._txBody.find(qn("a:bodyPr"))  # noqa: SLF001
        for child in list(body):
            body.remove(child)
        fit = etree.SubElement(body, qn("a:normAutofit"))
        fit.set("fontScale", FONT_SCALE)
        fit.set("lnSpcReduction", LINE_REDUCTION)
        for index, (code, markup) in enumerate(objectives):
            par = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
            par.line_spacing = LINE_SPACING
            par.space_before = Pt(SPACE_BEFORE)
            self._bullet(par, bulleted)
            self._run(par, f"{code} ", SIZE, False, TEXT)
            for part, chunk in enumerate(markup.split("**")):
                if chunk:
                    self._run(par, chunk, SIZE, part % 2 == 1, TEXT)

    @staticmethod
    def _bullet(par: object, bulleted: bool) -> None:
        """A « • » bullet on a hanging indent, or none."""
        from lxml import etree
        from pptx.oxml.ns import qn

        ppr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]  # noqa: SLF001
        if not bulleted:
            ppr.set("marL", "0")
            ppr.set("indent", "0")
            etree.SubElement(ppr, qn("a:buNone"))
            return
        emu = str(int(HANG * 12700))
        ppr.set("marL", emu)
        ppr.set("indent", f"-{emu}")
        colour = etree.SubElement(ppr, qn("a:buClr"))
        etree.SubElement(colour, qn("a:srgbClr")).set("val", _rgb(BULLET))
        etree.SubElement(ppr, qn("a:buFont")).set("typeface", "DejaVu Sans")
        etree.SubElement(ppr, qn("a:buChar")).set("char", "•")
