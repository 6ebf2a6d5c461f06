"""The seed 000 deck whose SIDE-BY-SIDE COLUMNS ARE ONE TEXT BOX OF COLUMNS, THE COLUMN STARTS
PUSHED BY EMPTY PARAGRAPHS (two-hundred-and-thirtieth held-out set, ``cot000_pptxpoussoir``),
as a presenter does who gathers a slide's loose boxes into one « Colonnes » text box and,
PowerPoint having no column break, presses « Entrée » until the next column's heading jumps
to its column's top: on the slides of :data:`BOXES` (6: the « objectifs » and « Score »
columns, under the kept « Objectifs régionaux » heading; 14: the three calendar columns,
under the kept phase band), every text and paragraph ``cot000_pptx`` draws below the
slide's threshold is gathered (:meth:`PptxPoussoirSlides.text`,
:meth:`PptxPoussoirSlides.paragraph`) and written as ONE TEXT BOX of ``numCol`` columns
(:meth:`PptxPoussoirSlides._columns`; no autofit, top-anchored, no insets), column by
column in drawing order:

* a « • » followed by its paragraph on the same baseline one paragraph with a REAL BULLET
  (``a:buChar`` « • », :data:`BULLET` blue) on a hanging indent from the bullet to the text;
* a number « n. » followed by its paragraph one paragraph « n. », a TAB, the text, on a
  hanging indent from the number to the text (typed: Impress numbers PowerPoint's automatic
  numbering on through a box);
* any other text or paragraph one paragraph at its indent in the column;

each at an exact line spacing of :data:`LEADING` × its size, ``cot000_pptx``'s gap between
two baselines as spacing before; each column but the last ENDED WITH EMPTY PARAGRAPHS in the
size of the paragraph before them, as many as fit in the box's height by the deck's own
measure of the lines (:meth:`tests.generators.slides_office._PptxSlides.wrap`), the box's
height the first column's text, its empty lines and :data:`SLACK` (less than a heading's
line), so that what follows starts the next column.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from tests.generators.slides_office import _PptxSlides, _rgb

LEADING = 1.25  # the base deck's line spacing, × the size
BULLET = (0.0, 0.32, 0.55)  # #00528C, the base deck's bullet blue
BOTTOM = 392.0  # pt, the lowest foot of a box
SLACK = 1.0  # pt left under a column's last empty paragraph
NUMBER = re.compile(r"\d+\.")


@dataclass(frozen=True)
class Box:
    """A slide's box of columns: its columns' left edges from ``x``, ``width`` pt wide and
    ``gap`` pt apart; what is drawn from ``below`` pt under the title bar's return on."""

    x: float
    columns: int
    width: float
    gap: float
    below: float

    def column(self, x: float) -> int:
        """The column of a text drawn at ``x``."""
        return min(self.columns - 1, max(0, int((x - self.x + 10) // (self.width + self.gap))))

    def left(self, column: int) -> float:
        return self.x + column * (self.width + self.gap)


BOXES = {
    6: Box(30.0, 2, 310.0, 50.0, 20.0),
    14: Box(24.0, 3, 205.0, 23.0, 45.0),
}


@dataclass
class Para:
    """A paragraph of a box: its first baseline ``y``, ``x`` where its text starts, ``marker``
    (« • » or « n. ») and where it stands, its runs' markup, size, font and colour."""

    y: float
    x: float
    markup: str
    size: float
    font: str
    color: tuple
    marker: str = ""
    marker_x: float = 0.0
    lines: int = 1
    runs: list = field(default_factory=list)


class PptxPoussoirSlides(_PptxSlides):
    """``cot000_pptx``'s slides; slides 6 and 14's columns one text box of columns."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self.box: Box | None = None  # the current slide's, while gathering
        self.top = 0.0  # the baseline from which texts are gathered
        self.drawn: list[tuple] = []  # the gathered calls, in drawing order
        self.done: list[int] = []  # the slides whose box is written

    def slide(self) -> None:
        self._flush()
        super().slide()

    def finish(self) -> object:
        self._flush()
        assert self.done == sorted(BOXES), self.done
        return super().finish()

    def title(self, value: str, size: float | None = None) -> float:
        y = super().title(value, size)
        self.box = BOXES.get(self.page)
        self.top = y + (self.box.below if self.box else 0.0)
        return y

    def _gathered(self, y: float) -> bool:
        return self.box is not None and y >= self.top

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float,
        font: str = "regular",
        color: tuple = (0.12, 0.12, 0.12),
        anchor: str = "left",
    ) -> None:
        if not self._gathered(y):
            super().text(x, y, value, size, font, color, anchor)
            return
        assert anchor == "left", value
        self.drawn.append(("text", x, y, value, size, font, color))

    def paragraph(
        self,
        x: float,
        y: float,
        markup: str,
        size: float,
        width: float,
        color: tuple = (0.12, 0.12, 0.12),
        leading: float = 1.25,
        bold: bool = False,
    ) -> float:
        if not self._gathered(y):
            return super().paragraph(x, y, markup, size, width, color, leading, bold)
        self.drawn.append(("paragraph", x, y, markup, size, "bold" if bold else "regular", color))
        return y + len(self.wrap(markup, size, width, bold)) * size * leading

    # -- the box
    def _paragraphs(self) -> list[Para]:
        """The gathered calls as paragraphs: a marker and its paragraph on one baseline one."""
        out: list[Para] = []
        calls = list(self.drawn)
        while calls:
            kind, x, y, value, size, font, color = calls.pop(0)
            marker = kind == "text" and (value == "•" or NUMBER.fullmatch(value) is not None)
            if marker and calls and calls[0][0] == "paragraph" and calls[0][2] == y:
                _, px, _, markup, psize, pfont, pcolor = calls.pop(0)
                out.append(Para(y, px, markup, psize, pfont, pcolor, value, x))
            else:
                out.append(Para(y, x, value, size, font, color))
        return out

    def _flush(self) -> None:
        if self.box is None:
            return
        box, self.box = self.box, None
        if not self.drawn:
            return
        columns: list[list[Para]] = [[] for _ in range(box.columns)]
        for par in self._paragraphs():
            columns[box.column(par.marker_x if par.marker else par.x)].append(par)
        assert all(columns), [len(c) for c in columns]
        self.drawn = []
        self._columns(box, columns)
        self.done.append(self.page)

    def _columns(self, box: Box, columns: list[list[Para]]) -> None:
        """One text box of ``box``'s columns holding ``columns``' paragraphs, each column but
        the last ended with empty paragraphs."""
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE

        heights = []
        befores: list[list[float]] = []
        for column, pars in enumerate(columns):
            left = box.left(column)
            gaps, height = [], 0.0
            for n, par in enumerate(pars):
                bold = par.font == "bold"
                par.lines = len(self.wrap(par.markup, par.size, box.width - (par.x - left), bold))
                gap = 0.0
                if n:
                    prev = pars[n - 1]
                    gap = max(0.0, par.y - prev.y - prev.lines * prev.size * LEADING)
                gaps.append(round(gap, 2))
                height += gap + par.lines * par.size * LEADING
            heights.append(height)
            befores.append(gaps)
        first = columns[0][0]
        top = first.y - first.size
        empty = [pars[-1].size for pars in columns]  # an empty paragraph's size, per column
        lines = math.floor((BOTTOM - top - SLACK - heights[0]) / (empty[0] * LEADING))
        assert lines >= 0, heights
        height = heights[0] + lines * empty[0] * LEADING + SLACK
        assert all(h <= height for h in heights), (heights, height)
        frame = self._box(box.x, top, box.columns * box.width + (box.columns - 1) * box.gap, height)
        frame.auto_size = MSO_AUTO_SIZE.NONE  # type: ignore[attr-defined]  # a fixed box
        frame.vertical_anchor = MSO_ANCHOR.TOP  # type: ignore[attr-defined]
        body = frame._txBody.bodyPr  # type: ignore[attr-defined]  # noqa: SLF001
        body.set("numCol", str(box.columns))
        body.set("spcCol", str(round(box.gap * 12700)))
        first_par = True
        for column, pars in enumerate(columns):
            left = box.left(column)
            for par, gap in zip(pars, befores[column], strict=True):
                self._write(frame, first_par, par, left, gap)
                first_par = False
            if column < box.columns - 1:
                room = height - heights[column]
                count = math.floor(room / (empty[column] * LEADING))
                for _ in range(count):
                    self._empty(frame, empty[column])

    def _write(self, frame: object, first: bool, par: Para, left: float, gap: float) -> None:
        """``par`` a paragraph of ``frame`` whose column starts at ``left``."""
        from lxml import etree
        from pptx.oxml.ns import qn
        from pptx.util import Pt

        p = frame.paragraphs[0] if first else frame.add_paragraph()  # type: ignore[attr-defined]
        p.line_spacing = Pt(par.size * LEADING)
        if gap:
            p.space_before = Pt(gap)
        ppr = p._p.get_or_add_pPr()  # noqa: SLF001
        indent = par.x - left
        hang = par.x - par.marker_x if par.marker else 0.0
        if indent:
            ppr.set("marL", str(round(indent * 12700)))
        if hang:
            ppr.set("indent", str(-round(hang * 12700)))
        if par.marker == "•":  # a real bullet, in the base deck's bullet blue
            colour = etree.SubElement(ppr, qn("a:buClr"))
            etree.SubElement(colour, qn("a:srgbClr")).set("val", _rgb(BULLET))
            etree.SubElement(ppr, qn("a:buChar")).set("char", "•")
        elif par.marker:  # a typed number, then a tab to the hanging indent
            self._run(p, par.marker + "\t", par.size, False, par.color)
        for part, chunk in enumerate(par.markup.split("**")):  # bold as the base's runs are
            if chunk:  # (an « italic » text upright, as the base's runs print it)
                self._run(p, chunk, par.size, par.font == "bold" or part % 2 == 1, par.color)

    @staticmethod
    def _empty(frame: object, size: float) -> None:
        """An empty paragraph of ``size`` (« Entrée » pressed after a paragraph of it)."""
        from pptx.util import Pt

        p = frame.add_paragraph()  # type: ignore[attr-defined]
        p.line_spacing = Pt(size * LEADING)
        p._p.get_or_add_endParaRPr().set("sz", str(round(size * 100)))  # noqa: SLF001


__all__ = ["BOXES", "BULLET", "LEADING", "SLACK", "Box", "PptxPoussoirSlides"]
