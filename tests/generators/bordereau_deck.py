"""The seed 000 deck whose four orientation slides set their objectives IN A TWO-COLUMN TABLE
(hundred-and-eighty-fourth held-out set, ``cot000_pptxbordereau``): under each orientation's
title bar (and « Objectifs obligatoires » tag) as ``cot000_pptx`` draws them, ONE PowerPoint
table (:meth:`PptxBordereauSlides._objectives_table`) from :data:`LEFT` to :data:`RIGHT`,
columns :data:`WIDTHS`: a header row :data:`HEADS` (labels not in the seed) bold white on
:data:`HEAD_FILL`, then a row an objective in seed order — the code bold and centred in the
first cell, the text (the seed's bold runs bold) in the second —, :data:`SIZE` pt, rows
banded :data:`BANDS` from the first, a thin white rule between rows; no bullet, no list.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.seed000_content import _ORIENTATIONS
from tests.generators.slides_office import _PptxSlides

LEFT, RIGHT = 30.0, 690.0  # pt, the table's span
WIDTHS = (52.0, 608.0)  # pt: « N° », « Objectif »
HEADS = ("N°", "Objectif")
SIZE = 10.0  # pt, every cell
LEADING = 1.2  # a line's pitch, in sizes
MARGIN_X, MARGIN_Y = 5.0, 3.0  # pt, the cells' insets
HEAD_FILL = "1F6F8B"
BANDS = ("EAF1FA", "FFFFFF")
INK = (0.122, 0.122, 0.122)  # #1F1F1F
WHITE = (1.0, 1.0, 1.0)
GREY = (0.45, 0.45, 0.45)  # the tag's, as the base deck's
TAG_SIZE = 9.0  # pt
_ORIENTATION = re.compile(r"ORIENTATION (\d+) : ")


class PptxBordereauSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each orientation's objectives in a two-column table."""

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
        _, _, objectives, _, tag_on_top = _ORIENTATIONS[int(match.group(1)) - 1]
        top = y - 4  # 10 pt under the title bar
        if tag_on_top:  # where the base deck sets it
            super().text(700, y + 4, "Objectifs obligatoires", TAG_SIZE, "italic", GREY, "right")
            top += 14
        bottom = self._objectives_table(top, objectives)
        if not tag_on_top:
            super().text(30, bottom + 21, "Objectifs obligatoires", TAG_SIZE, "italic", GREY)
        self._swallow = True
        return y

    def text(self, *args, **kwargs) -> None:  # noqa: ANN002, ANN003
        if not self._swallow:
            super().text(*args, **kwargs)

    def paragraph(self, x: float, y: float, markup: str, *args, **kwargs) -> float:  # noqa: ANN002, ANN003
        if self._swallow:
            return y
        return super().paragraph(x, y, markup, *args, **kwargs)

    def _row_height(self, markup: str) -> float:
        """A row's height for ``markup`` in the text column at :data:`SIZE`."""
        lines = len(self.wrap(markup, SIZE, WIDTHS[1] - 2 * MARGIN_X))
        return lines * SIZE * LEADING + 2 * MARGIN_Y + 2

    @staticmethod
    def _white_rules(cell: object) -> None:
        """``cell``'s top and bottom borders 0.75 pt white, its sides none."""
        from pptx.oxml.ns import qn
        from pptx.oxml.xmlchemy import OxmlElement

        tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]  # noqa: SLF001
        for tag, width in (("a:lnL", 0), ("a:lnR", 0), ("a:lnT", 9525), ("a:lnB", 9525)):
            line = OxmlElement(tag)
            line.set("w", str(width))
            if width:
                fill = OxmlElement("a:solidFill")
                colour = OxmlElement("a:srgbClr")
                colour.set("val", "FFFFFF")
                fill.append(colour)
                line.append(fill)
            else:
                line.append(OxmlElement("a:noFill"))
            tc_pr.append(line)
        fill = tc_pr.find(qn("a:solidFill"))
        if fill is not None:  # the cell's fill after its borders, as the schema orders them
            tc_pr.remove(fill)
            tc_pr.append(fill)

    def _objectives_table(self, top: float, objectives: list[tuple[str, str]]) -> float:
        """The objectives' table at ``top``; returns its bottom as measured."""
        from pptx.dml.color import RGBColor
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        heights = [SIZE * LEADING + 2 * MARGIN_Y + 2] + [self._row_height(m) for _, m in objectives]
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            len(heights), 2, Pt(LEFT), Pt(top), Pt(RIGHT - LEFT), Pt(sum(heights))
        )
        table = shape.table
        table.first_row = True
        table.horz_banding = False
        for c, width in enumerate(WIDTHS):
            table.columns[c].width = Pt(width)
        for r, height in enumerate(heights):
            table.rows[r].height = Pt(height)
            for c in range(2):
                cell = table.cell(r, c)
                cell.margin_left = cell.margin_right = Pt(MARGIN_X)
                cell.margin_top = cell.margin_bottom = Pt(MARGIN_Y)
                cell.vertical_anchor = MSO_ANCHOR.TOP
                cell.fill.solid()
                par = cell.text_frame.paragraphs[0]
                par.alignment = PP_ALIGN.CENTER if c == 0 else PP_ALIGN.LEFT
                if r == 0:
                    cell.fill.fore_color.rgb = RGBColor.from_string(HEAD_FILL)
                    self._run(par, HEADS[c], SIZE, True, WHITE)
                else:
                    cell.fill.fore_color.rgb = RGBColor.from_string(BANDS[(r - 1) % 2])
                    code, markup = objectives[r - 1]
                    if c == 0:
                        self._run(par, code, SIZE, True, INK)
                    else:
                        for part, chunk in enumerate(markup.split("**")):
                            if chunk:
                                self._run(par, chunk, SIZE, part % 2 == 1, INK)
                self._white_rules(cell)
        return top + sum(heights)


__all__ = ["PptxBordereauSlides"]
