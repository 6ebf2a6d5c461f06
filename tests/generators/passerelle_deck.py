"""The seed 000 deck whose texts are linked by ARROW CONNECTORS (hundred-and-eighty-eighth
held-out set, ``cot000_pptxpasserelle``), as decks link a heading to its items with
« Insertion › Formes › Connecteurs »: each connector a ``p:cxnSp`` GLUED (``a:stCxn`` /
``a:endCxn``) to the two text boxes it joins, :data:`COLOUR` :data:`WIDTH` pt, a triangle
arrowhead at its end (``a:tailEnd``), no text, added last (:meth:`PptxPasserelleSlides.
finish`), Impress routing it anew:

* slide 9 « Les orientations stratégiques »: an ELBOW connector (``bentConnector3``) from
  the left side of each column heading to the left side of each of its « ORIENTATION n »
  label boxes (:data:`ELBOWS`),
* slide 14 « Le calendrier »: a STRAIGHT connector (``straightConnector1``) from the right
  side of each column heading to the left side of the next (:data:`STRAIGHT`).

Every slide and shape otherwise as :class:`tests.generators.slides_office._PptxSlides` draws
it: 15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

COLOUR = "0073B3"
WIDTH = 1.0  # pt
# glue points of a rectangle (python-pptx / DrawingML order)
TOP, LEFT, BOTTOM, RIGHT = 0, 1, 2, 3
# slide number → (start text, end text): the box whose text starts so, slide 9's headings
ELBOWS = {
    9: (
        ("Interne & gouvernance", "ORIENTATION 1"),
        ("Interne & gouvernance", "ORIENTATION 2"),
        ("Auprès des partenaires et acteurs du territoire", "ORIENTATION 3"),
        ("Auprès des partenaires et acteurs du territoire", "ORIENTATION 4"),
    )
}
STRAIGHT = {
    14: (
        ("Organisation et plan d'actions", "Mise en œuvre du plan d'action"),
        ("Mise en œuvre du plan d'action", "Audits finaux"),
    )
}
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _box(slide: object, start: str) -> object:
    """The one text box of ``slide`` whose text starts with ``start``."""
    found = [
        shape
        for shape in slide.shapes  # type: ignore[attr-defined]
        if shape.has_text_frame and shape.text_frame.text.startswith(start)
    ]
    assert len(found) == 1, (start, len(found))
    return found[0]


def connect(slide: object, kind: object, start: str, end: str, sides: tuple[int, int]) -> None:
    """An arrow connector of ``kind`` on ``slide`` from the box starting with ``start`` to
    the one starting with ``end``, glued at ``sides``."""
    from lxml import etree
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    first, last = _box(slide, start), _box(slide, end)
    connector = slide.shapes.add_connector(kind, 0, 0, 0, 0)  # type: ignore[attr-defined]
    connector.begin_connect(first, sides[0])
    connector.end_connect(last, sides[1])
    connector.line.width = Pt(WIDTH)
    connector.line.color.rgb = RGBColor.from_string(COLOUR)
    line = connector._element.spPr.get_or_add_ln()  # noqa: SLF001
    etree.SubElement(line, f"{_A}tailEnd", {"type": "triangle", "w": "med", "len": "med"})


class PptxPasserelleSlides(_PptxSlides):
    """``cot000_pptx``'s slides, arrow connectors added on slides 9 and 14."""

    def finish(self) -> object:
        from pptx.enum.shapes import MSO_CONNECTOR

        prs = super().finish()
        slides = list(prs.slides)  # type: ignore[attr-defined]
        for number, pairs in ELBOWS.items():
            for start, end in pairs:
                connect(slides[number - 1], MSO_CONNECTOR.ELBOW, start, end, (LEFT, LEFT))
        for number, pairs in STRAIGHT.items():
            for start, end in pairs:
                connect(slides[number - 1], MSO_CONNECTOR.STRAIGHT, start, end, (RIGHT, LEFT))
        return prs
