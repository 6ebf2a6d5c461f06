"""The seed 000 deck whose orientation slides' content was GROUPED AND THE GROUP SHRUNK
(hundred-and-seventy-ninth held-out set, ``cot000_pptxminiature``), as an author does who
wants room for a picture beside the objectives (« Grouper », then drag the group's corner):
on slides :data:`GROUPED` every shape under the title bar moved into one ``p:grpSp`` whose
``a:chOff`` / ``a:chExt`` are the shapes' union box, its ``a:off`` that box's top-left
corner and its ``a:ext`` :data:`SCALE` × ``a:chExt``; right of the shrunk group a
« picture » box (:data:`PICTURE`, no outline, no text) :data:`GAP` pt from it to
:data:`MARGIN` pt from the slide's right edge, as high as the group.

Impress scales each grouped box's place and size but not its type, so the objectives wrap
on more lines and run into each other. Every other slide and shape as
:class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

GROUPED = (10, 11, 12, 13)  # the orientation slides
SCALE = 0.8
PICTURE = "E2EFDA"
GAP = 10.0  # pt, between the shrunk group and the picture box
MARGIN = 20.0  # pt, from the picture box to the slide's right edge
EMU = 12700  # a point


class PptxMiniatureSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the orientation slides' content grouped and shrunk."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._bar = 0.0  # pt, the current slide's title bar height

    def title(self, value: str, size: float | None = None) -> float:
        below = super().title(value, size)
        self._bar = below - 14  # the bar's height (the body starts 14 pt under it)
        return below

    def slide(self) -> None:
        self._shrink()
        self._bar = 0.0
        super().slide()

    def finish(self) -> object:
        self._shrink()
        return super().finish()

    def _shrink(self) -> None:
        """On a :data:`GROUPED` slide, the shapes under the title bar grouped and shrunk,
        then the picture box beside them."""
        if self.current is None or self.page not in GROUPED:
            return
        from lxml import etree
        from pptx.oxml.ns import qn

        tree = self.current.shapes._spTree  # type: ignore[attr-defined]  # noqa: SLF001
        body = []
        for element in tree:
            if element.tag not in (qn("p:sp"), qn("p:cxnSp"), qn("p:pic")):
                continue
            off = element.find(f".//{qn('a:xfrm')}/{qn('a:off')}")
            if off is not None and int(off.get("y")) >= self._bar * EMU:
                body.append(element)
        if not body:
            return
        boxes = []
        for element in body:
            xfrm = element.find(f".//{qn('a:xfrm')}")
            off, ext = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
            x, y = int(off.get("x")), int(off.get("y"))
            boxes.append((x, y, x + int(ext.get("cx")), y + int(ext.get("cy"))))
        x0, y0 = min(b[0] for b in boxes), min(b[1] for b in boxes)
        x1, y1 = max(b[2] for b in boxes), max(b[3] for b in boxes)
        group = self.current.shapes.add_group_shape()  # type: ignore[attr-defined]
        grp = group._element  # noqa: SLF001
        for element in body:
            grp.append(element)  # moved: lxml takes it out of the slide's tree
        props = grp.find(qn("p:grpSpPr"))
        for child in list(props):
            props.remove(child)
        xfrm = etree.SubElement(props, qn("a:xfrm"))
        width, height = round((x1 - x0) * SCALE), round((y1 - y0) * SCALE)
        etree.SubElement(xfrm, qn("a:off"), x=str(x0), y=str(y0))
        etree.SubElement(xfrm, qn("a:ext"), cx=str(width), cy=str(height))
        etree.SubElement(xfrm, qn("a:chOff"), x=str(x0), y=str(y0))
        etree.SubElement(xfrm, qn("a:chExt"), cx=str(x1 - x0), cy=str(y1 - y0))
        left = (x0 + width) / EMU + GAP
        self.rect(left, y0 / EMU, 720 - MARGIN - left, height / EMU, _fill())


def _fill() -> tuple[float, float, float]:
    """:data:`PICTURE` as the drawing API's colour triple."""
    return tuple(int(PICTURE[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]
