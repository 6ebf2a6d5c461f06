"""The seed 000 deck whose progress tables' EVERY CELL IS FILLED WITH A LINEAR GRADIENT
(hundred-and-thirtieth held-out set, ``cot000_pptxfondu``), as a presenter does who picks
« Remplissage dégradé » to give a table relief: each header cell a vertical gradient
(``a:gradFill``, ``a:lin ang="5400000"``) from :data:`HEAD_TOP` at its top to
:data:`HEAD_FOOT` at its foot, every body cell (axis rows included, no banding) the same
gradient from :data:`BODY_TOP` to :data:`BODY_FOOT`; no solid fill. Impress prints each
cell's fill as a clipping rectangle painted with a shading.

One real PowerPoint table where ``cot000_pptx``'s is, in its text and sizes; every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, WHITE, PptxProgressSlides
from tests.generators.slides_office import seed_cell

HEAD_TOP, HEAD_FOOT = "3A9AD9", "005A8C"
BODY_TOP, BODY_FOOT = "FFFFFF", "C5DAF0"
DOWN = "5400000"  # a:lin's angle for a gradient from the cell's top to its foot (90°)


def gradient_cell(table: object, r: int, c: int, top: str, foot: str) -> object:
    """Cell (r, c) of ``table`` filled with a vertical linear gradient from ``top`` to
    ``foot`` (hex), 1 pt / 4 pt inner margins, text left-aligned in the first column and
    right-aligned in the others; returns its first paragraph."""
    from pptx.enum.text import PP_ALIGN
    from pptx.oxml.xmlchemy import OxmlElement
    from pptx.util import Pt

    cell = table.cell(r, c)  # type: ignore[attr-defined]
    cell.margin_top = cell.margin_bottom = Pt(1)
    cell.margin_left = cell.margin_right = Pt(4)
    grad = OxmlElement("a:gradFill")
    grad.set("rotWithShape", "1")
    stops = OxmlElement("a:gsLst")
    for position, colour in ((0, top), (100000, foot)):
        stop = OxmlElement("a:gs")
        stop.set("pos", str(position))
        rgb = OxmlElement("a:srgbClr")
        rgb.set("val", colour)
        stop.append(rgb)
        stops.append(stop)
    grad.append(stops)
    lin = OxmlElement("a:lin")
    lin.set("ang", DOWN)
    lin.set("scaled", "0")
    grad.append(lin)
    cell._tc.get_or_add_tcPr().append(grad)
    par = cell.text_frame.paragraphs[0]
    par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
    return par


class PptxFonduSlides(PptxProgressSlides):
    """Progress tables whose every cell is a vertical gradient, no banding."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        _, table = self._new_grid(title, rows, eci)
        for c, label in enumerate([header, *HEADS]):
            self._run(gradient_cell(table, 0, c, HEAD_TOP, HEAD_FOOT), label, SIZE, True, WHITE)
        for r, row, _ in self._body_rows(table, rows):
            for c in range(4):
                par = gradient_cell(table, r, c, BODY_TOP, BODY_FOOT)
                value, axis = seed_cell(row, c)
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
        table.rows[0].height = Pt(ROW)  # type: ignore[attr-defined]
