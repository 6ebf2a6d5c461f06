"""A deck drawn in Keynote and exported « Exporter vers : PowerPoint » (thirty-fifth held-out
set, ``cot000_pptxkeynote``): the ``cot000_pptx`` slides at Keynote's 1920 × 1080 pt page.

The .pptx is the plain deck with its slide size set to 24384000 × 13716000 EMU and EVERY
length of its slides multiplied by 8/3 (positions and sizes, table column widths and row
heights, cell margins and text insets, rule widths, spacing in points, type sizes), every
run's font « Helvetica Neue » (Keynote's default). Only the geometry changes: every value is
the seed's.
"""

from __future__ import annotations

from fractions import Fraction

SCALE = Fraction(8, 3)
WIDTH_EMU, HEIGHT_EMU = 24384000, 13716000  # 1920 × 1080 pt
FONT = "Helvetica Neue"
# DrawingML defaults of attributes an element may leave out (EMU)
_CELL_MARGINS = {"marL": 91440, "marR": 91440, "marT": 45720, "marB": 45720}
_TEXT_INSETS = {"lIns": 91440, "rIns": 91440, "tIns": 45720, "bIns": 45720}
_A = "http://schemas.openxmlformats.org/drawingml/2006/main"


def _scaled(value: str) -> str:
    return str(round(int(value) * SCALE))


def _scale_tree(root: object) -> None:
    """Every length of one slide's XML multiplied by :data:`SCALE`, every run's font
    :data:`FONT`."""
    from lxml import etree

    def tag(el: object) -> str:
        return etree.QName(el).localname  # type: ignore[arg-type]

    for el in root.iter():  # type: ignore[attr-defined]
        if not isinstance(el.tag, str):
            continue
        name = tag(el)
        keys: tuple[str, ...] = ()
        if name in ("off", "chOff"):
            keys = ("x", "y")
        elif name in ("ext", "chExt"):
            keys = ("cx", "cy")
        elif name == "gridCol":
            keys = ("w",)
        elif name == "tr":
            keys = ("h",)
        elif name in ("ln", "lnL", "lnR", "lnT", "lnB", "lnTlToBr", "lnBlToTr"):
            keys = ("w",)
        elif name in ("rPr", "defRPr", "endParaRPr"):
            keys = ("sz",)
        elif name == "spcPts":
            keys = ("val",)
        elif name == "pPr":
            keys = ("marL", "indent")
        elif name == "tcPr":
            for key, default in _CELL_MARGINS.items():
                el.set(key, el.get(key, str(default)))
            keys = tuple(_CELL_MARGINS)
        elif name == "bodyPr":
            for key, default in _TEXT_INSETS.items():
                el.set(key, el.get(key, str(default)))
            keys = tuple(_TEXT_INSETS)
        for key in keys:
            if el.get(key) is not None:
                el.set(key, _scaled(el.get(key)))
        if name in ("rPr", "defRPr", "endParaRPr"):
            latin = el.find(f"{{{_A}}}latin")
            if latin is None:
                latin = etree.SubElement(el, f"{{{_A}}}latin")
                follows = [c for c in el if tag(c) in ("ea", "cs", "sym", "hlinkClick")]
                if follows:
                    follows[0].addprevious(latin)
            latin.set("typeface", FONT)


def keynote_sized(prs: object) -> object:
    """The presentation at Keynote's 1920 × 1080 pt page, every slide scaled to it."""
    from pptx.util import Emu

    prs.slide_width, prs.slide_height = Emu(WIDTH_EMU), Emu(HEIGHT_EMU)  # type: ignore[attr-defined]
    for slide in prs.slides:  # type: ignore[attr-defined]
        _scale_tree(slide._element)
    return prs
