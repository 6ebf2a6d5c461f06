"""The seed 001 plan made in PowerPoint as a deck of « fiches actions » (.pptx written with
python-pptx, printed to PDF by Impress) for :mod:`tests.generators.producer_corpus`
(``plan_pptx_fiches``, twenty-ninth held-out set).

Slides cannot grow: every text is measured with Liberation Sans's metrics before it is
placed, and an item that would run past the body's foot goes whole to the next column or
slide, so nothing of the seed is drawn off a slide.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

SLIDE_W, SLIDE_H = 960.0, 540.0
LEFT, WIDTH = 30.0, 900.0
BODY_FOOT = 500.0  # no shape below this line but the footer
FOOTER = "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"
FONT = "Liberation Sans"
_FONT_DIR = Path("/usr/share/fonts/truetype/liberation")
_LEADING = 1.2  # line height / size, a little above Impress's for Liberation Sans (1.15)
COLUMNS = (30.0, 495.0)  # the fields' two columns, 435 pt wide each
COLUMN_W = 435.0
STEP_WIDTHS = (150.0, 330.0, 80.0, 100.0, 110.0, 130.0)
CELL_MARGIN_X, CELL_MARGIN_Y = 7.2, 3.6  # python-pptx's default cell margins (0.1 / 0.05 in)
SAFETY = 1.1  # measured heights are stretched by this much before they are placed


@cache
def _font(size: float, bold: bool) -> object:
    from PIL import ImageFont

    name = "LiberationSans-Bold.ttf" if bold else "LiberationSans-Regular.ttf"
    return ImageFont.truetype(str(_FONT_DIR / name), round(size * 20))


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points of ``text`` set in Liberation Sans at ``size``."""
    return _font(size, bold).getlength(text) / 20  # type: ignore[attr-defined]


def line_count(text: str, size: float, width: float, bold: bool = False) -> int:
    """Lines a paragraph takes when broken between words to fit ``width`` points."""
    lines, current = 1, ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if current and text_width(trial, size, bold) > width:
            lines, current = lines + 1, word
        else:
            current = trial
    return lines


def text_height(
    paragraphs: list[str], size: float, width: float, bold: bool = False, after: float = 0.0
) -> float:
    """Height in points of paragraphs set at ``size`` in ``width``, ``after`` below each."""
    return sum(line_count(p, size, width, bold) * size * _LEADING + after for p in paragraphs)


def _rgb(colour: str) -> object:
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(colour)


class _Deck:
    """The deck being written: slides, title bars, footers and a cursor down the body."""

    def __init__(self) -> None:
        from pptx import Presentation
        from pptx.util import Pt

        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Pt(SLIDE_W), Pt(SLIDE_H)
        self.blank = self.prs.slide_layouts[6]
        self.slide = None
        self.count = 0
        self.top = self.y = 30.0
        self.column = 0  # the fields' column being filled

    # -- slides
    def new_slide(self, title: list[str] | None, footer: bool = True) -> None:
        """A slide with the title bar holding ``title``'s lines (none: a continuation slide
        whose body starts at the top) and the footer."""
        self.slide = self.prs.slides.add_slide(self.blank)
        self.count += 1
        self.column = 0
        if footer:
            self._footer()
        if title:
            lines = sum(line_count(t, 16, WIDTH, True) for t in title)
            height = max(56.0, lines * 16 * _LEADING + 20)
            self.rect(0, 0, SLIDE_W, height, "1F4E79")
            frame = self.box(LEFT, 0, WIDTH, height, anchor="middle")
            self.paragraphs(frame, [(t, 16, True, "FFFFFF", 0.0) for t in title])
            self.top = height + 12
        else:
            self.top = 30.0
        self.y = self.top

    def _footer(self) -> None:
        from pptx.enum.shapes import MSO_CONNECTOR
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        rule = self.slide.shapes.add_connector(  # type: ignore[attr-defined]
            MSO_CONNECTOR.STRAIGHT, Pt(LEFT), Pt(508), Pt(LEFT + WIDTH), Pt(508)
        )
        rule.line.color.rgb = _rgb("BFBFBF")
        rule.line.width = Pt(0.75)
        frame = self.box(LEFT, 512, 600, 14)
        self.paragraphs(frame, [(FOOTER, 8, False, "7F7F7F", 0.0)])
        frame = self.box(LEFT + WIDTH - 100, 512, 100, 14)
        self.paragraphs(frame, [(str(self.count), 8, False, "7F7F7F", 0.0)])
        frame.paragraphs[0].alignment = PP_ALIGN.RIGHT  # type: ignore[attr-defined]

    # -- shapes
    def rect(self, x: float, y: float, w: float, h: float, fill: str) -> object:
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        shape = self.slide.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.RECTANGLE, Pt(x), Pt(y), Pt(w), Pt(h)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = _rgb(fill)
        shape.line.fill.background()
        shape.shadow.inherit = False
        return shape

    def box(self, x: float, y: float, w: float, h: float, anchor: str = "top") -> object:
        """A text box without insets, its lines wrapped by Impress."""
        from pptx.enum.text import MSO_ANCHOR
        from pptx.util import Pt

        if y + h > SLIDE_H:
            raise ValueError(f"une zone de texte dépasse la diapositive ({y + h:.0f} pt)")
        shape = self.slide.shapes.add_textbox(Pt(x), Pt(y), Pt(w), Pt(h))  # type: ignore[attr-defined]
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.word_wrap = True
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE if anchor == "middle" else MSO_ANCHOR.TOP
        return frame

    @staticmethod
    def paragraphs(frame: object, items: list[tuple[str, float, bool, str, float]]) -> None:
        """One paragraph per (text, size, bold, colour, space after) in ``frame``."""
        from pptx.util import Pt

        for n, (text, size, bold, colour, after) in enumerate(items):
            par = frame.paragraphs[0] if n == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
            if after:
                par.space_after = Pt(after)
            run = par.add_run()
            run.text = text
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.name = FONT
            run.font.color.rgb = _rgb(colour)

    # -- the body's flow
    def body_item(self, items: list[tuple[str, float, bool, str, float]]) -> None:
        """A full-width text box under the previous one, on a continuation slide when it does
        not fit above the body's foot."""
        height = SAFETY * sum(
            line_count(t, size, WIDTH, bold) * size * _LEADING + after
            for t, size, bold, _, after in items
        )
        if self.y + height > BODY_FOOT:
            self.new_slide(None)
        self.paragraphs(self.box(LEFT, self.y, WIDTH, height), items)
        self.y += height

    def summary_table(self, rows: list[list[str]]) -> None:
        """The seed's two-column sommaire as a native table without header row."""
        from pptx.util import Pt

        widths = (150.0, 750.0)
        heights = [
            SAFETY
            * max(
                line_count(v, 10, w - 2 * CELL_MARGIN_X) * 10 * _LEADING + 2 * CELL_MARGIN_Y
                for v, w in zip(row, widths, strict=True)
            )
            for row in rows
        ]
        if self.y + sum(heights) > BODY_FOOT:
            self.new_slide(None)
        shape = self.slide.shapes.add_table(  # type: ignore[attr-defined]
            len(rows), 2, Pt(LEFT), Pt(self.y), Pt(WIDTH), Pt(sum(heights))
        )
        table = shape.table
        table.first_row = False
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        for r, row in enumerate(rows):
            table.rows[r].height = Pt(heights[r])
            for c, value in enumerate(row):
                self._cell(table.cell(r, c), [value], 10, False)
        self.y += sum(heights) + 6

    @staticmethod
    def _cell(cell: object, parts: list[str], size: float, bold: bool) -> None:
        from pptx.util import Pt

        frame = cell.text_frame  # type: ignore[attr-defined]
        for n, text in enumerate(parts or [""]):
            par = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            run = par.add_run()
            run.text = text
            run.font.size = Pt(size)
            run.font.bold = bold
            run.font.name = FONT

    # -- a fiche's fields
    def fields(self, fields: list[tuple[str, str]]) -> None:
        for label, value in fields:
            self._column_item(label, _paragraphs(value))

    def bold_lines(self, lines: list[str]) -> None:
        self._column_item(None, lines)

    def _column_item(self, label: str | None, parts: list[str]) -> None:
        """A label shape over its value's text box (or bold lines) in the fields' columns:
        the left one first, then the right one, then a continuation slide."""
        size, bold = (10.0, False) if label is not None else (11.0, True)
        value_h = SAFETY * text_height(parts, size, COLUMN_W, bold, 3.0)
        height = (18.0 + 3.0 if label is not None else 0.0) + value_h
        if height > BODY_FOOT - 30:
            raise ValueError(f"champ trop long pour une colonne : {label}")
        if self.y + height > BODY_FOOT:
            if self.column == 0 and self.top + height <= BODY_FOOT:
                self.column, self.y = 1, self.top
            else:
                self.new_slide(None)
        x = COLUMNS[self.column]
        y = self.y
        if label is not None:
            from pptx.enum.text import MSO_ANCHOR
            from pptx.util import Pt

            shape = self.rect(x, y, COLUMN_W, 18, "DEEAF6")
            frame = shape.text_frame  # type: ignore[attr-defined]
            frame.margin_left = frame.margin_right = Pt(6)
            frame.margin_top = frame.margin_bottom = 0
            frame.word_wrap = True
            frame.vertical_anchor = MSO_ANCHOR.MIDDLE
            self.paragraphs(frame, [(label, 10, True, "1F4E79", 0.0)])
            y += 21
        if parts:
            colour = "262626"
            items = [(p, size, bold, colour, 3.0) for p in parts]
            self.paragraphs(self.box(x, y, COLUMN_W, value_h), items)
        self.y += height + 8

    # -- the steps
    def steps(self, block: Block) -> None:
        """The steps as one native table in the default table style, cut between rows over
        « Modalités de mise en oeuvre » slides, the header row repeated on each."""
        header_h = SAFETY * self._row_height([[h] for h in block.header], 9, True)
        rows = [[_paragraphs(v) for v in row] for row in block.rows]
        heights = [SAFETY * self._row_height(row, 9, False) for row in rows]
        chunks: list[list[int]] = []
        title = [IMPL_TITLE]
        while heights and sum(len(c) for c in chunks) < len(rows):
            self.new_slide(title)
            start = sum(len(c) for c in chunks)
            room = BODY_FOOT - self.y - header_h
            chunk: list[int] = []
            for index in range(start, len(rows)):
                if sum(heights[i] for i in chunk) + heights[index] > room:
                    break
                chunk.append(index)
            if not chunk:
                raise ValueError("étape trop haute pour une diapositive")
            chunks.append(chunk)
            self._steps_table(
                block.header, [rows[i] for i in chunk], header_h, [heights[i] for i in chunk]
            )
            title = [f"{IMPL_TITLE} (suite)"]

    @staticmethod
    def _row_height(cells: list[list[str]], size: float, bold: bool) -> float:
        return max(
            text_height(parts or [""], size, w - 2 * CELL_MARGIN_X, bold) + 2 * CELL_MARGIN_Y
            for parts, w in zip(cells, STEP_WIDTHS, strict=True)
        )

    def _steps_table(
        self, header: list[str], rows: list[list[list[str]]], header_h: float, heights: list[float]
    ) -> None:
        from pptx.util import Pt

        total = header_h + sum(heights)
        shape = self.slide.shapes.add_table(  # type: ignore[attr-defined]
            len(rows) + 1, len(header), Pt(LEFT), Pt(self.y), Pt(WIDTH), Pt(total)
        )
        table = shape.table  # python-pptx's default style: « Medium Style 2 - Accent 1 »
        for c, w in enumerate(STEP_WIDTHS):
            table.columns[c].width = Pt(w)
        table.rows[0].height = Pt(header_h)
        for c, label in enumerate(header):
            self._cell(table.cell(0, c), [label], 9, True)
        for r, (row, height) in enumerate(zip(rows, heights, strict=True), start=1):
            table.rows[r].height = Pt(height)
            for c, parts in enumerate(row):
                self._cell(table.cell(r, c), parts, 9, False)
        self.y += total


def plan_pptx(style: str, path: Path) -> Path:
    """Write the seed 001 plan as a .pptx deck of fiches in ``style`` (``fiches``) to
    ``path``."""
    if style != "fiches":
        raise ValueError(f"style inconnu : {style}")
    deck = _Deck()
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            deck.new_slide(None, footer=False)
            deck.rect(0, 0, SLIDE_W, SLIDE_H, "385623")
            items = [(block.lines[0], 32, True, "FFFFFF", 6.0)]
            items += [(line, 20, False, "FFFFFF", 4.0) for line in block.lines[1:]]
            height = SAFETY * sum(
                line_count(t, s, 840, b) * s * _LEADING + a for t, s, b, _, a in items
            )
            deck.paragraphs(deck.box(60, 150, 840, height), items)
        elif kind == "objective":
            deck.new_slide(block.lines)
        elif kind == "section" and block.lines[0] != IMPL_TITLE:
            deck.body_item([(block.lines[0], 14, True, "2E74B5", 4.0)])
        elif kind == "para":
            deck.body_item([(block.lines[0], 11, False, "262626", 6.0)])
        elif kind == "summary":
            deck.body_item([(line, 11, False, "262626", 2.0) for line in block.lines])
        elif kind == "summary_table":
            deck.summary_table(block.rows)
        elif kind == "fiche":
            deck.new_slide(block.lines)
        elif kind == "fields":
            deck.fields(block.fields)
        elif kind == "bold":
            deck.bold_lines(block.lines)
        elif kind == "impl":
            deck.steps(block)
    deck.prs.save(str(path))
    return path
