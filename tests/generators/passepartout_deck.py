"""The seed 000 deck whose SLIDE SIZE WAS CHANGED AFTERWARDS TO A4 WITH « AJUSTER »
(hundred-and-eighty-fifth held-out set, ``cot000_pptxpassepartout``), as French
administrations set decks to be printed on A4 paper (« Conception › Taille des diapositives ›
A4 (210 × 297 mm) », then « Ajuster »): the presentation :data:`A4_WIDTH` × :data:`A4_HEIGHT`
EMU (780 × 540 pt) and, as PowerPoint rewrites the slides (:func:`fit`), every position and
size scaled by :data:`SCALE` (780/720) — ``a:off`` / ``a:ext`` (and a group's child frame),
table column widths and row heights, cell margins, text insets — and every font size too,
line widths unchanged, the 16:9 content centred vertically: an empty band of :data:`BAND`
EMU (about 50.6 pt) above and below on every slide, a passe-partout round the old picture.

Every slide and shape as :class:`tests.generators.slides_office._PptxSlides` draws it before
the change: 15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

OLD_WIDTH, OLD_HEIGHT = 9144000, 5143500  # EMU, the 16:9 deck (720 × 405 pt)
A4_WIDTH, A4_HEIGHT = 9906000, 6858000  # EMU, PowerPoint's « A4 (210 × 297 mm) » slide
SCALE = A4_WIDTH / OLD_WIDTH  # the width fits: 780/720
BAND = (A4_HEIGHT - OLD_HEIGHT * SCALE) / 2  # EMU above and below the scaled content

_POINTS = ("off", "chOff")  # positions: scaled, moved down by BAND
_SIZES = {  # local tag → its attributes scaled
    "ext": ("cx", "cy"),
    "chExt": ("cx", "cy"),
    "gridCol": ("w",),
    "tr": ("h",),
    "tcPr": ("marL", "marR", "marT", "marB"),
    "bodyPr": ("lIns", "tIns", "rIns", "bIns"),
    "rPr": ("sz",),
    "defRPr": ("sz",),
    "endParaRPr": ("sz",),
}


def fit(element: object) -> None:
    """Scale every position, size and font size under ``element`` as « Ajuster » does."""
    for node in element.iter():  # type: ignore[attr-defined]
        tag = node.tag
        if not isinstance(tag, str):
            continue
        local = tag.rpartition("}")[2]
        if local in _POINTS and "x" in node.attrib:
            node.set("x", str(round(int(node.get("x")) * SCALE)))
            node.set("y", str(round(int(node.get("y")) * SCALE + BAND)))
        for name in _SIZES.get(local, ()):
            if name in node.attrib:
                node.set(name, str(round(int(node.get(name)) * SCALE)))


class PptxPassepartoutSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the deck then resized to A4 with its content fitted."""

    def finish(self) -> object:
        prs = super().finish()
        for part in (*prs.slides, *prs.slide_layouts, *prs.slide_masters):  # type: ignore[attr-defined]
            fit(part._element)  # noqa: SLF001
        prs.slide_width, prs.slide_height = A4_WIDTH, A4_HEIGHT  # type: ignore[attr-defined]
        return prs
