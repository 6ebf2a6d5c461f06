"""The seed 000 deck SET ON POWERPOINT'S « A4 » SLIDE SIZE WITH « AJUSTER » (two-hundred-
and-thirty-fifth held-out set, ``cot000_pptxcadrage``): ``cot000_pptx``'s slides, drawn on
PowerPoint's 16:9 (720 × 405 pt), rewritten as PowerPoint rewrites a deck whose slide size an
agent sets to « Papier A4 (210 x 297 mm) » (:data:`WIDTH` × :data:`HEIGHT` EMU, 27.52 ×
19.05 cm, 780 × 540 pt) choosing « Ajuster » (« Ensure fit »): every length of every slide —
offsets and extents (``a:off``, ``a:ext``, ``a:chOff``, ``a:chExt``), table column widths and
row heights, line widths, paragraph indents, text insets, cell margins, point spacings and
font sizes (``sz``, rounded to 1/100 pt) — multiplied by :data:`SCALE` (780 / 720), then every
offset moved down by :data:`SHIFT` so the content, 780 × 438.75 pt, is CENTRED on the slide's
height (white bands of 50.6 pt above and below).

Every slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

WIDTH, HEIGHT = 9906000, 6858000  # EMU, PowerPoint's « Papier A4 (210 x 297 mm) »
BASE_WIDTH, BASE_HEIGHT = 9144000, 5143500  # EMU, the 720 × 405 pt slides drawn
SCALE = WIDTH / BASE_WIDTH
SHIFT = round((HEIGHT - BASE_HEIGHT * SCALE) / 2)  # EMU, 50.625 pt

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_LENGTHS = {  # element (DrawingML) → its length attributes scaled
    "ext": ("cx", "cy"),
    "chExt": ("cx", "cy"),
    "gridCol": ("w",),
    "tr": ("h",),
    "ln": ("w",),
    "lnL": ("w",),
    "lnR": ("w",),
    "lnT": ("w",),
    "lnB": ("w",),
    "pPr": ("marL", "indent"),
    "bodyPr": ("lIns", "tIns", "rIns", "bIns"),
    "tcPr": ("marL", "marR", "marT", "marB"),
    "spcPts": ("val",),
    "rPr": ("sz",),
    "defRPr": ("sz",),
    "endParaRPr": ("sz",),
}


def fit(element: object) -> int:
    """Scale every length under ``element`` (an lxml element) by :data:`SCALE` and move every
    offset down by :data:`SHIFT`; the number of attributes changed."""
    changed = 0
    for node in element.iter():  # type: ignore[attr-defined]
        tag = node.tag if isinstance(node.tag, str) else ""
        if not tag.startswith(_A):
            continue
        name = tag[len(_A) :]
        if name in ("off", "chOff"):
            node.set("x", str(round(int(node.get("x")) * SCALE)))
            node.set("y", str(round(int(node.get("y")) * SCALE) + SHIFT))
            changed += 2
            continue
        for attr in _LENGTHS.get(name, ()):
            value = node.get(attr)
            if value is not None:
                node.set(attr, str(round(int(value) * SCALE)))
                changed += 1
    return changed


class PptxCadrageSlides(_PptxSlides):
    """``cot000_pptx``'s slides set on PowerPoint's A4 slide size, fitted and centred."""

    def finish(self) -> object:
        prs = super().finish()
        if (prs.slide_width, prs.slide_height) != (BASE_WIDTH, BASE_HEIGHT):  # type: ignore[attr-defined]
            raise ValueError("the deck is not on 720 × 405 pt slides")
        for slide in prs.slides:  # type: ignore[attr-defined]
            fit(slide._element)
        prs.slide_width, prs.slide_height = WIDTH, HEIGHT  # type: ignore[attr-defined]
        return prs


__all__ = [
    "BASE_HEIGHT",
    "BASE_WIDTH",
    "HEIGHT",
    "SCALE",
    "SHIFT",
    "WIDTH",
    "PptxCadrageSlides",
    "fit",
]
