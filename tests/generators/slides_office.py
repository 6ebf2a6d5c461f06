"""Seed COT decks written as .pptx (python-pptx) or 16:9 HTML pages, through the drawing API of
:class:`tests.generators.seed_slides._Slides`, for the producers of
:mod:`tests.generators.producer_corpus`.
"""

from __future__ import annotations

from tests.generators.plan_html import _h

# --------------------------------------------------------------------------- COT decks


def seed_cell(row: tuple, column: int) -> tuple[str, bool]:
    """A seed progress row's text in ``column`` (0: code, indent, marker and label composed as
    the decks show them; 1–3: points, % done, % programmed) and whether it is an axis row."""
    marker, code, label, points, done, prog = row
    if column == 0:
        return _first_cell(marker, code, label), marker == "▼"
    return (points, done, prog)[column - 1], marker == "▼"


def filled_cell(table: object, r: int, c: int, fill: str) -> object:
    """Cell (r, c) of a python-pptx ``table`` filled with ``fill`` (hex), 1 pt / 4 pt inner
    margins, text left-aligned in the first column and right-aligned in the others: the
    progress tables' number columns; returns its first paragraph."""
    from pptx.dml.color import RGBColor
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    cell = table.cell(r, c)  # type: ignore[attr-defined]
    cell.margin_top = cell.margin_bottom = Pt(1)
    cell.margin_left = cell.margin_right = Pt(4)
    cell.fill.solid()
    cell.fill.fore_color.rgb = RGBColor.from_string(fill)
    par = cell.text_frame.paragraphs[0]
    par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
    return par


def _rgb(color: tuple[float, float, float]) -> str:
    return "".join(f"{round(c * 255):02X}" for c in color)


class _PptxSlides:
    """The :class:`tests.generators.seed_slides._Slides` drawing API written as a .pptx
    (python-pptx): text runs become text boxes, paragraphs and bullet lists one wrapping text box each,
    progress tables real PowerPoint tables. Impress then lays the text out itself."""

    def __init__(self, base: object) -> None:
        from pptx import Presentation
        from pptx.util import Pt

        self.base = base  # a powerpoint_export _Slides: its wrap()/width() measure text
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Pt(720), Pt(405)
        self.layout_blank = self.prs.slide_layouts[6]
        self.current = None
        self.page = 0
        self.layout = "powerpoint_export"

    # -- pages
    def slide(self) -> None:
        self.current = self.prs.slides.add_slide(self.layout_blank)
        self.page += 1

    def finish(self) -> object:
        return self.prs

    # -- primitives
    def width(self, value: str, size: float, font: str = "regular") -> float:
        return self.base.width(value, size, font)  # type: ignore[attr-defined]

    def wrap(self, markup: str, size: float, width: float, bold: bool = False) -> list:
        return self.base.wrap(markup, size, width, bold)  # type: ignore[attr-defined]

    def _box(self, x: float, top: float, w: float, h: float) -> object:
        from pptx.util import Pt

        box = self.current.shapes.add_textbox(Pt(x), Pt(top), Pt(max(w, 4)), Pt(max(h, 4)))
        frame = box.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.word_wrap = True
        return frame

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        run = par.add_run()  # type: ignore[attr-defined]
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = "DejaVu Sans Condensed"
        run.font.color.rgb = RGBColor.from_string(_rgb(color))

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
        from pptx.enum.text import PP_ALIGN

        w = self.width(value, size, font) + 6
        left = x if anchor == "left" else x - w if anchor == "right" else x - w / 2
        frame = self._box(left, y - size * 1.0, w, size * 1.3)
        frame.word_wrap = False
        par = frame.paragraphs[0]
        par.alignment = {"left": PP_ALIGN.LEFT, "right": PP_ALIGN.RIGHT}.get(
            anchor, PP_ALIGN.CENTER
        )
        self._run(par, value, size, font == "bold", color)

    def rect(self, x, y, w, h, fill, stroke=None, radius: float = 0.0) -> None:  # noqa: ANN001
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE if radius else MSO_SHAPE.RECTANGLE,
            Pt(x),
            Pt(y),
            Pt(w),
            Pt(h),
        )
        if fill:
            shape.fill.solid()
            shape.fill.fore_color.rgb = RGBColor.from_string(_rgb(fill))
        else:
            shape.fill.background()
        if stroke:
            shape.line.color.rgb = RGBColor.from_string(_rgb(stroke))
        else:
            shape.line.fill.background()
        shape.shadow.inherit = False

    def line(self, x0, y0, x1, y1, color, width: float = 0.5) -> None:  # noqa: ANN001
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_CONNECTOR
        from pptx.util import Pt

        conn = self.current.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Pt(x0), Pt(y0), Pt(x1), Pt(y1)
        )
        conn.line.color.rgb = RGBColor.from_string(_rgb(color))
        conn.line.width = Pt(width)

    def triangle(self, x, y, size, down, color) -> None:  # noqa: ANN001
        self.text(x, y, "▼" if down else "▶", size, "regular", color)

    def draw_line(self, x: float, y: float, line: list, size: float, color: tuple) -> None:
        frame = self._box(x, y - size * 1.0, 700 - x, size * 1.3)
        frame.word_wrap = False
        par = frame.paragraphs[0]
        for fragment, bold in line:
            self._run(par, fragment, size, bold, color)

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
        """One wrapping text box (Impress breaks the lines); returns the next baseline as the
        reportlab deck would (same measured line count)."""
        n = len(self.wrap(markup, size, width, bold))
        frame = self._box(x, y - size * 1.0, width + 4, n * size * leading + 2)
        par = frame.paragraphs[0]
        for index, chunk in enumerate(markup.split("**")):
            if chunk:
                self._run(par, chunk, size, bold or index % 2 == 1, color)
        return y + n * size * leading

    def bullets(self, x, y, items, size, width, gap: float = 3) -> float:  # noqa: ANN001
        for item in items:
            self.text(x, y, "•", size, "regular", (0.0, 0.32, 0.55))
            y = self.paragraph(x + size * 1.1, y, item, size, width - size * 1.1) + gap
        return y

    def title(self, value: str, size: float | None = None) -> float:
        return _Title.title(self, value, size)  # type: ignore[arg-type]

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        """A real PowerPoint table: coloured header row, banded rows, numbers right-aligned."""
        self.slide()
        self._banded(self.title(title) - 6, header, rows, eci)

    def _progress_grid(self, y: float, n_rows: int, eci: bool) -> object:
        """The progress table's frame at ``y`` on the current slide: ``n_rows`` body rows under
        the header, four columns 692 pt wide in all (the label column wider for an ECI
        table); returns the table."""
        from pptx.util import Pt

        shape = self.current.shapes.add_table(
            n_rows + 1, 4, Pt(14), Pt(y), Pt(692), Pt(15 * (n_rows + 1))
        )
        table = shape.table
        widths = [380, 104, 104, 104] if eci else [350, 114, 114, 114]
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        return table

    @staticmethod
    def _seed_cell(row: tuple, column: int) -> tuple[str, bool]:
        """The text of a progress row's cell in :meth:`_banded` and whether the row is an
        axis: :func:`seed_cell`'s."""
        return seed_cell(row, column)

    def _banded(
        self,
        y: float,
        header: str,
        rows: list[tuple],
        eci: bool,
        size: float = 7.5,
        row_height: float = 12,
    ) -> None:
        """The progress table at ``y`` on the current slide: header row on #0073B3, body rows
        banded #EAF1FA / white from the first, text ``size`` pt in ``row_height`` pt rows."""
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        table = self._progress_grid(y, len(rows), eci)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(row_height)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                frame = cell.text_frame
                par = frame.paragraphs[0]
                if r == 0:
                    value, bold, color = heads[c], True, (1.0, 1.0, 1.0)
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string("0073B3")
                else:
                    value, axis = self._seed_cell(rows[r - 1], c)
                    bold, color = axis, (0.12, 0.12, 0.12)
                    cell.fill.solid()
                    fill = "EAF1FA" if r % 2 else "FFFFFF"
                    cell.fill.fore_color.rgb = RGBColor.from_string(fill)
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                self._run(par, value, size, bold, color)


class _Title:
    """The powerpoint_export title bar of :class:`tests.generators.seed_slides._Slides`, on any
    backend."""

    @staticmethod
    def title(s: object, value: str, size: float | None = None) -> float:
        size = size or 18
        lines = s.wrap(value, size, 680, bold=True)  # type: ignore[attr-defined]
        if len(lines) > 1:
            size = min(size, 13)
            lines = s.wrap(value, size, 680, bold=True)  # type: ignore[attr-defined]
        height = max(44, 14 + len(lines) * size * 1.2)
        s.rect(0, 0, 720, height, (0.0, 0.32, 0.55))  # type: ignore[attr-defined]
        y = (height - len(lines) * size * 1.2) / 2 + size * 0.95
        for line in lines:
            s.draw_line(20, y, line, size, (1.0, 1.0, 1.0))  # type: ignore[attr-defined]
            y += size * 1.2
        return height + 14


class _HtmlSlides(_PptxSlides):
    """The same drawing API as absolutely positioned HTML, one 16:9 page per slide."""

    def __init__(self, base: object) -> None:
        self.base = base
        self.pages: list[list[str]] = []
        self.page = 0
        self.layout = "powerpoint_export"

    def slide(self) -> None:
        self.pages.append([])
        self.page += 1

    def _add(self, markup: str) -> None:
        self.pages[-1].append(markup)

    def finish(self) -> str:  # type: ignore[override]
        css = (
            "@page { size: 720pt 405pt; margin: 0; }"
            "body { margin: 0; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; }"
            ".slide { position: relative; width: 720pt; height: 405pt; overflow: hidden;"
            " break-after: page; }"
            ".slide > * { position: absolute; margin: 0; white-space: nowrap; }"
            ".slide > p.wrap { white-space: normal; }"
            "table.deck { border-collapse: collapse; font-size: 7.5pt; }"
            "table.deck th { background: #0073b3; color: #fff; padding: 2pt 5pt;"
            " text-align: right; }"
            "table.deck th:first-child, table.deck td:first-child { text-align: left; }"
            "table.deck td { padding: 1pt 5pt; text-align: right; vertical-align: top; }"
            "table.deck tr:nth-child(even) td { background: #eaf1fa; }"
        )
        body = "".join(f"<div class='slide'>{''.join(p)}</div>" for p in self.pages)
        return (
            "<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
            f"<style>{css}</style></head><body>{body}</body></html>"
        )

    @staticmethod
    def _css(color: tuple) -> str:
        return "#" + _rgb(color)

    def text(self, x, y, value, size, font="regular", color=(0.12, 0.12, 0.12), anchor="left"):  # noqa: ANN001, ANN201
        w = self.width(value, size, font) + 4
        left = x if anchor == "left" else x - w if anchor == "right" else x - w / 2
        weight = "bold" if font == "bold" else "normal"
        style = "italic" if font == "italic" else "normal"
        self._add(
            f"<span style='left:{left:.1f}pt;top:{y - size * 0.95:.1f}pt;width:{w:.1f}pt;"
            f"font-size:{size}pt;line-height:1.1;font-weight:{weight};font-style:{style};"
            f"color:{self._css(color)};text-align:{anchor}'>{_h(value)}</span>"
        )

    def rect(self, x, y, w, h, fill, stroke=None, radius: float = 0.0) -> None:  # noqa: ANN001
        bg = self._css(fill) if fill else "transparent"
        border = f"border:0.6pt solid {self._css(stroke)};" if stroke else ""
        self._add(
            f"<div style='left:{x}pt;top:{y}pt;width:{w}pt;height:{h}pt;background:{bg};"
            f"{border}border-radius:{radius}pt'></div>"
        )

    def line(self, x0, y0, x1, y1, color, width: float = 0.5) -> None:  # noqa: ANN001
        self._add(
            f"<div style='left:{min(x0, x1)}pt;top:{min(y0, y1)}pt;width:{abs(x1 - x0)}pt;"
            f"height:0;border-top:{width}pt solid {self._css(color)}'></div>"
        )

    def draw_line(self, x, y, line, size, color) -> None:  # noqa: ANN001
        runs = "".join(
            f"<b>{_h(fragment)}</b>" if bold else _h(fragment) for fragment, bold in line
        )
        self._add(
            f"<span style='left:{x}pt;top:{y - size * 0.95:.1f}pt;font-size:{size}pt;"
            f"line-height:1.1;color:{self._css(color)}'>{runs}</span>"
        )

    def paragraph(
        self, x, y, markup, size, width, color=(0.12, 0.12, 0.12), leading=1.25, bold=False
    ):  # noqa: ANN001, ANN201, E501
        n = len(self.wrap(markup, size, width, bold))
        runs = "".join(
            (f"<b>{_h(chunk)}</b>" if (index % 2 == 1 or bold) else _h(chunk))
            for index, chunk in enumerate(markup.split("**"))
        )
        self._add(
            f"<p class='wrap' style='left:{x}pt;top:{y - size * 0.95:.1f}pt;width:{width + 4}pt;"
            f"font-size:{size}pt;line-height:{leading};color:{self._css(color)}'>{runs}</p>"
        )
        return y + n * size * leading

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        out = [f"<table class='deck' style='left:14pt;top:{y}pt;width:692pt'>"]
        out.append("<tr>" + "".join(f"<th>{_h(h)}</th>" for h in heads) + "</tr>")
        for marker, code, label, points, done, prog in rows:
            axis = marker == "▼"
            pad = "0" if axis else "10pt"
            first = f"{_h(code) + ' ' if code else ''}<span style='padding-left:{pad}'>"
            first += f"{marker} {_h(label)}</span>"
            weight = " style='font-weight:bold'" if axis else ""
            cells = [first, points, done, prog]
            out.append(f"<tr{weight}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        out.append("</table>")
        self._add("".join(out))


class _Pptx43Slides(_PptxSlides):
    """The .pptx deck on 4:3 slides (720 × 540 pt, content from the top), progress tables as
    a thin grey grid without any fill, bold dark-blue header over a thicker rule, numbers
    centred, 8 pt."""

    def __init__(self, base: object) -> None:
        from pptx.util import Pt

        super().__init__(base)
        self.prs.slide_height = Pt(540)

    @staticmethod
    def _borders(cell: object, bottom_width: float = 0.5) -> None:
        """Cell rules (« Bordures »): 0.5 pt grey on four sides, ``bottom_width`` below."""
        grey = ("8C8C8C", 0.5)
        cell_rules(cell, grey, grey, grey, ("8C8C8C", bottom_width))

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        shape = self.current.shapes.add_table(
            len(rows) + 1, 4, Pt(14), Pt(y), Pt(692), Pt(15 * (len(rows) + 1))
        )
        table = shape.table
        table.first_row = table.horz_banding = False
        widths = [380, 104, 104, 104] if eci else [350, 114, 114, 114]
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(12)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                cell.fill.background()
                self._borders(cell, 1.5 if r == 0 else 0.5)
                par = cell.text_frame.paragraphs[0]
                if r == 0:
                    value, bold, color = heads[c], True, (0.05, 0.2, 0.45)
                else:
                    value, axis = seed_cell(rows[r - 1], c)
                    bold, color = axis, (0.12, 0.12, 0.12)
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.CENTER
                self._run(par, value, 8, bold, color)


def _half_split(rows: list[tuple]) -> int:
    """Where a table cut into two halves is cut: before the ▼ axis row that makes the two
    halves closest in row count, the earlier on a tie."""
    axes = [k for k, row in enumerate(rows) if row[0] == "▼" and k > 0]
    return min(axes, key=lambda k: (abs(len(rows) - 2 * k), k))


class _Pptx1610Slides(_PptxSlides):
    """The .pptx deck on 16:10 slides (720 × 450 pt, content from the top), each progress
    table cut into two half tables side by side (each with its own header row), thin
    horizontal rules only, no fill, numbers right-aligned, 7 pt."""

    def __init__(self, base: object) -> None:
        from pptx.util import Pt

        super().__init__(base)
        self.prs.slide_height = Pt(450)

    @staticmethod
    def _rules(cell: object, below: float, color: str) -> None:
        """No rule left, right nor above; ``below`` pt of ``color`` under the cell."""
        cell_rules(cell, (None, 0), (None, 0), (None, 0), (color, below))

    def _half(self, x: float, y: float, header: str, rows: list[tuple]) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        shape = self.current.shapes.add_table(
            len(rows) + 1, 4, Pt(x), Pt(y), Pt(340), Pt(13 * (len(rows) + 1))
        )
        table = shape.table
        table.first_row = table.horz_banding = False
        for c, w in enumerate((190, 50, 50, 50)):
            table.columns[c].width = Pt(w)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(12)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1.5)
                cell.margin_left = cell.margin_right = Pt(3)
                cell.fill.background()
                if r == 0:
                    self._rules(cell, 1.0, "000000")
                    value, bold = heads[c], True
                else:
                    self._rules(cell, 0.5, "A6A6A6")
                    value, axis = seed_cell(rows[r - 1], c)
                    bold = axis
                par = cell.text_frame.paragraphs[0]
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                self._run(par, value, 7, bold, (0.0, 0.0, 0.0) if r == 0 else (0.12, 0.12, 0.12))

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        cut = _half_split(rows)
        self._half(14, y, header, rows[:cut])
        self._half(366, y, header, rows[cut:])


class _PptxTableSlides(_PptxSlides):
    """The .pptx deck whose seed 003 targets slide holds the nine objectives as ONE real
    PowerPoint table (domain | objective), white rules between cells only (eleventh
    held-out set); every other slide as :class:`_PptxSlides` draws it."""

    @staticmethod
    def _white_rules(cell: object) -> None:
        white = ("FFFFFF", 1.0)
        cell_rules(cell, white, white, white, white)

    def targets_table(self, y: float, targets: list[tuple]) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        rows = len(targets) + 1
        shape = self.current.shapes.add_table(rows, 2, Pt(20), Pt(y), Pt(680), Pt(395 - y))
        table = shape.table
        table.first_row = table.horz_banding = False
        table.columns[0].width, table.columns[1].width = Pt(150), Pt(530)
        heads = ("Domaine de coopération", "Objectif contractuel à 3 ans")
        for r in range(rows):
            table.rows[r].height = Pt((395 - y) / rows)
            for c in range(2):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(2)
                cell.margin_left = cell.margin_right = Pt(5)
                self._white_rules(cell)
                cell.fill.solid()
                frame = cell.text_frame
                frame.word_wrap = True
                if r == 0:
                    cell.fill.fore_color.rgb = RGBColor.from_string("1F3864")
                    self._run(frame.paragraphs[0], heads[c], 8, True, (1.0, 1.0, 1.0))
                    continue
                markup, caption, _icon, priority = targets[r - 1]
                if c == 0:
                    cell.fill.fore_color.rgb = RGBColor.from_string("0073B3")
                    for n, line in enumerate(caption):
                        par = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
                        self._run(par, line, 7, True, (1.0, 1.0, 1.0))
                    continue
                cell.fill.fore_color.rgb = RGBColor.from_string("F2F2F2")
                colour = (0.72, 0.1, 0.12) if priority else (0.12, 0.12, 0.12)
                for n, part in enumerate(markup.split("**")):
                    if part:
                        self._run(frame.paragraphs[0], part, 8.5, n % 2 == 1, colour)


class _PptxBoxesSlides(_PptxSlides):
    """The .pptx deck whose progress tables are drawn WITHOUT a table object (twelfth
    held-out set): a filled header band under four white bold text boxes, then one
    non-wrapping text box per value, the numbers right-aligned on column edges; no rule, no
    fill under the body rows. Every other slide as :class:`_PptxSlides` draws it."""

    def _cell(
        self, x: float, top: float, value: str, bold: bool, color: tuple, anchor: str
    ) -> None:
        """One value as its own non-wrapping text box, sized to its text and placed by
        ``anchor`` (its left or right edge at ``x``)."""
        self.text(x, top + 7.5, value, 7.5, "bold" if bold else "regular", color, anchor)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        edges = (390, 494, 598, 702) if eci else (360, 474, 588, 702)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        self.rect(14, y, 692, 14, (0.0, 115 / 255, 179 / 255))  # #0073B3
        white = (1.0, 1.0, 1.0)
        self._cell(18, y + 2, heads[0], True, white, "left")
        for c in range(1, 4):
            self._cell(edges[c], y + 2, heads[c], True, white, "right")
        top = y + 14 + 1
        for r, (marker, code, label, points, done, prog) in enumerate(rows):
            first, axis = seed_cell((marker, code, label, points, done, prog), 0)
            dark = (0.12, 0.12, 0.12)
            row_y = top + 12 * r
            self._cell(18, row_y, first, axis, dark, "left")
            for c, value in enumerate((points, done, prog), start=1):
                self._cell(edges[c], row_y, value, axis, dark, "right")


class _PptxTwotierSlides(_PptxSlides):
    """The .pptx deck whose progress tables have a TWO-ROW header (thirteenth held-out set):
    the table's label and « Points restants » merged over both rows, a group label
    « Avancement » over « % Réalisé » and « % Programmé »; body rows banded, as
    :class:`_PptxSlides` draws them otherwise. Every other slide unchanged."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        shape = self.current.shapes.add_table(
            len(rows) + 2, 4, Pt(14), Pt(y), Pt(692), Pt(22 + 12 * len(rows))
        )
        table = shape.table
        widths = [380, 104, 104, 104] if eci else [350, 114, 114, 114]
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        white = (1.0, 1.0, 1.0)
        heads = {
            (0, 0): (header, PP_ALIGN.LEFT),
            (0, 1): ("Points restants", PP_ALIGN.RIGHT),
            (0, 2): ("Avancement", PP_ALIGN.CENTER),
            (1, 2): ("% Réalisé", PP_ALIGN.RIGHT),
            (1, 3): ("% Programmé", PP_ALIGN.RIGHT),
        }
        for r in range(len(rows) + 2):
            table.rows[r].height = Pt(11 if r < 2 else 12)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                cell.fill.solid()
                par = cell.text_frame.paragraphs[0]
                if r < 2:
                    cell.fill.fore_color.rgb = RGBColor.from_string("1F4E79")
                    cell.vertical_anchor = MSO_ANCHOR.MIDDLE
                    if (r, c) in heads:
                        value, align = heads[(r, c)]
                        par.alignment = align
                        self._run(par, value, 7.5, True, white)
                    continue
                value, axis = seed_cell(rows[r - 2], c)
                cell.fill.fore_color.rgb = RGBColor.from_string(
                    "DEEBF7" if r % 2 == 0 else "FFFFFF"
                )
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                self._run(par, value, 7.5, axis, (0.12, 0.12, 0.12))
        table.cell(0, 0).merge(table.cell(1, 0))
        table.cell(0, 1).merge(table.cell(1, 1))
        table.cell(0, 2).merge(table.cell(0, 3))


def _first_cell(marker: str, code: str | None, label: str) -> str:
    """A progress row's first cell as :class:`_PptxSlides` composes it: code, an indent under
    an axis, the marker, the label."""
    indent = "" if marker == "▼" else "    "
    return f"{code + ' ' if code else ''}{indent}{marker} {label}"


class _PptxAxesSlides(_PptxSlides):
    """The .pptx deck whose progress tables are cut into ONE REAL TABLE PER ▼ AXIS, stacked
    under a one-row table of the column labels (fourteenth held-out set): each axis table's
    styled first row is the axis row, its ▶ rows banded under it. Every other slide as
    :class:`_PptxSlides` draws it."""

    def _rows_table(
        self, y: float, widths: list[int], cells: list[tuple[list[str], bool, str, tuple]]
    ) -> float:
        """A table at ``y`` of one 12 pt row per ``(values, bold, fill, text colour)``;
        returns its bottom."""
        from pptx.util import Pt

        shape = self.current.shapes.add_table(
            len(cells), 4, Pt(14), Pt(y), Pt(692), Pt(12 * len(cells))
        )
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        for r, (values, bold, fill, colour) in enumerate(cells):
            table.rows[r].height = Pt(12)
            for c, value in enumerate(values):
                par = filled_cell(table, r, c, fill)
                self._run(par, value, 7.5, bold, colour)
        return y + 12 * len(cells)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        widths = [380, 104, 104, 104] if eci else [350, 114, 114, 114]
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        white, dark = (1.0, 1.0, 1.0), (0.12, 0.12, 0.12)
        y = self._rows_table(y, widths, [(heads, True, "1F3864", white)])
        axes = [k for k, row in enumerate(rows) if row[0] == "▼"] + [len(rows)]
        for start, end in zip(axes, axes[1:], strict=False):
            cells = []
            for n, (marker, code, label, points, done, prog) in enumerate(rows[start:end]):
                values = [_first_cell(marker, code, label), points, done, prog]
                if n == 0:
                    cells.append((values, True, "0073B3", white))
                else:
                    cells.append((values, False, "EAF1FA" if n % 2 else "FFFFFF", dark))
            y = self._rows_table(y + 4, widths, cells)


class _PptxPerslideSlides(_PptxSlides):
    """The .pptx deck whose seed 003 targets slide keeps only its title, period and legend,
    followed by ONE SLIDE PER OBJECTIVE (fifteenth held-out set): a domain panel, the
    sentence's bold figure as a big number, the full sentence under it, a « PRIORITAIRE »
    badge on priority objectives. Every other slide as :class:`_PptxSlides` draws it."""

    def targets_table(self, y: float, targets: list[tuple]) -> None:
        import re

        from tests.generators.seed_slides import _BLACK, _RED, _TEAL, _WHITE

        blue = (0.0, 115 / 255, 179 / 255)  # #0073B3
        for k, (markup, caption, _icon, priority) in enumerate(targets, start=1):
            self.slide()
            top = self.title("3 - LES 9 OBJECTIFS CONTRACTUELS DU COT TRI")
            self.text(700, 30, "2021/2023", 11, "bold", _WHITE, "right")
            self.text(40, top + 10, f"Objectif contractuel n° {k}", 11, "bold", _TEAL)
            if priority:  # a red badge level with the kicker, right edge at 680 pt
                self.rect(570, top - 5, 110, 20, _RED, radius=4)
                self.text(625, top + 9, "PRIORITAIRE", 10, "bold", _WHITE, "center")
            panel = top + 24
            self.rect(40, panel, 200, 190, blue)
            line_y = panel + (190 - len(caption) * 19) / 2 + 15
            for line in caption:
                self.text(140, line_y, line, 15, "bold", _WHITE, "center")
                line_y += 19
            figure = re.search(r"\*\*(.+?)\*\*", markup)
            text_y = panel + 24
            if figure:  # the key figure, big
                self.text(270, panel + 50, figure.group(1), 54, "bold", _RED if priority else blue)
                text_y = panel + 78
            self.paragraph(270, text_y, markup, 14, 410, _BLACK)


class _PptxBarsSlides(_PptxSlides):
    """The .pptx deck whose progress tables carry DATA BARS in their two percentage columns
    (seventeenth held-out set): a real table without body fill, thin rules under the body
    rows, and over it, per row and percentage, a grey track and a coloured bar as long as the
    percentage; the numbers stay as text. Every other slide as :class:`_PptxSlides` draws it."""

    @staticmethod
    def _lines(cell: object, below: str | None) -> None:
        """No cell rule but, when ``below`` (a colour) is given, 0.5 pt of it under the cell."""
        cell_rules(cell, (None, 0), (None, 0), (None, 0), (below, 0.5))

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        shape = self.current.shapes.add_table(
            len(rows) + 1, 4, Pt(14), Pt(y), Pt(692), Pt(12 * (len(rows) + 1))
        )
        table = shape.table
        table.first_row = table.horz_banding = False
        widths = [380, 104, 104, 104] if eci else [350, 114, 114, 114]
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(12)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                par = cell.text_frame.paragraphs[0]
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                if r == 0:
                    self._lines(cell, None)
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string("375623")
                    self._run(par, heads[c], 7.5, True, (1.0, 1.0, 1.0))
                    continue
                self._lines(cell, "BFBFBF")
                cell.fill.background()
                value, axis = seed_cell(rows[r - 1], c)
                self._run(par, value, 7.5, axis, (0x1F / 255,) * 3)
        lefts = [14 + sum(widths[:c]) for c in range(4)]
        colours = {2: (0x54 / 255, 0x82 / 255, 0x35 / 255), 3: (0xA9 / 255, 0xD1 / 255, 0x8E / 255)}
        for r, row in enumerate(rows, start=1):
            top = y + 12 * r + 3.5
            for c, colour in colours.items():
                share = float(row[c + 2].replace("%", "").replace(",", ".").strip())
                self.rect(lefts[c] + 6, top, 50, 5, (0xE7 / 255, 0xE6 / 255, 0xE6 / 255))
                if share > 0:
                    self.rect(lefts[c] + 6, top, 50 * share / 100, 5, colour)


class _PptxSuiteSlides(_PptxSlides):
    """The .pptx deck whose progress tables, set in a larger type (9 pt, 19 pt rows), do not
    fit on one slide: each is continued on the next slide, titled « … (suite) », under its
    header row repeated (eighteenth held-out set). Every other slide as :class:`_PptxSlides`
    draws it."""

    PER_SLIDE = 15  # body rows on a slide

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        for start in range(0, len(rows), self.PER_SLIDE):
            self.slide()
            y = self.title(title if start == 0 else f"{title} (suite)") - 6
            self._banded(y, header, rows[start : start + self.PER_SLIDE], eci, 9, 19)


_CHIPS = (
    ("C00000", "moins de 20 %"),
    ("FFC000", "de 20 à moins de 40 %"),
    ("00B050", "40 % et plus"),
)


def _chip_colour(value: str) -> str:
    """The chip colour of a percentage (« 16,4 % »): red below 20, amber below 40, green."""
    share = float(value.replace("%", "").replace(",", ".").strip())
    return _CHIPS[0][0] if share < 20 else _CHIPS[1][0] if share < 40 else _CHIPS[2][0]


class _PptxChipsSlides(_PptxBarsSlides):
    """The .pptx deck whose progress tables carry a colour chip « ● » before each percentage,
    the percent sign in the header only, axis rows on a grey fill, thin rules under the body
    rows and a legend of the chips under each table (twentieth held-out set). Every other
    slide as :class:`_PptxSlides` draws it."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        shape = self.current.shapes.add_table(
            len(rows) + 1, 4, Pt(14), Pt(y), Pt(692), Pt(12 * (len(rows) + 1))
        )
        table = shape.table
        table.first_row = table.horz_banding = False
        widths = [380, 104, 104, 104] if eci else [350, 114, 114, 114]
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        dark = (0x1F / 255,) * 3
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(12)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                par = cell.text_frame.paragraphs[0]
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                if r == 0:
                    self._lines(cell, None)
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string("404040")
                    self._run(par, heads[c], 7.5, True, (1.0, 1.0, 1.0))
                    continue
                self._lines(cell, "D9D9D9")
                value, axis = seed_cell(rows[r - 1], c)
                if axis:
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string("F2F2F2")
                else:
                    cell.fill.background()
                if c >= 2:  # chip, space, the number without its percent sign
                    chip = tuple(int(_chip_colour(value)[i : i + 2], 16) / 255 for i in (0, 2, 4))
                    self._run(par, "●", 7.5, False, chip)
                    value = " " + value.replace("%", "").strip()
                self._run(par, value, 7.5, axis, dark)
        frame = self._box(306, y + 12 * (len(rows) + 1) + 4, 400, 10)
        frame.word_wrap = False
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.RIGHT
        grey = (0x40 / 255,) * 3
        self._run(par, "Avancement : ", 7, False, grey)
        for n, (colour, label) in enumerate(_CHIPS):
            chip = tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
            self._run(par, "●", 7, False, chip)
            self._run(par, f" {label}" + ("   " if n < len(_CHIPS) - 1 else ""), 7, False, grey)


def _ln(side: str, colour: str | None, width: float = 0.5) -> object:
    """A cell rule element (``a:lnL``…): ``width`` pt of ``colour``, or none."""
    from pptx.oxml.xmlchemy import OxmlElement

    ln = OxmlElement(side)
    if colour:
        ln.set("w", str(int(width * 12700)))
        fill = OxmlElement("a:solidFill")
        rgb = OxmlElement("a:srgbClr")
        rgb.set("val", colour)
        fill.append(rgb)
    else:
        ln.set("w", "0")
        fill = OxmlElement("a:noFill")
    ln.append(fill)
    return ln


Rule = tuple["str | None", float]  # a cell rule's colour (None: no rule) and width in pt


def cell_rules(cell: object, left: Rule, right: Rule, top: Rule, bottom: Rule) -> None:
    """The cell's four rules (« Bordures »)."""
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    for index, (side, rule) in enumerate(
        (("a:lnL", left), ("a:lnR", right), ("a:lnT", top), ("a:lnB", bottom))
    ):
        tc_pr.insert(index, _ln(side, *rule))


class _PptxUnitsSlides(_PptxSlides):
    """The .pptx deck whose progress tables look pasted from a spreadsheet (twenty-first
    held-out set): a first column of vertical « Axe n » labels merged over each axis's rows,
    then the label column, then each number in its own cell and its unit (« pts », « % ») in
    the next, no rule between them, the header labels merged over each number/unit pair.
    Every other slide as :class:`_PptxSlides` draws it."""

    RULE = "A6A6A6"

    @classmethod
    def _rules(cls, cell: object, left: bool, right: bool, bottom: bool) -> None:
        rules = [(cls.RULE if on else None, 0.5) for on in (left, right, False, bottom)]
        cell_rules(cell, *rules)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        shape = self.current.shapes.add_table(
            len(rows) + 1, 8, Pt(14), Pt(y), Pt(692), Pt(12 * (len(rows) + 1))
        )
        table = shape.table
        table.first_row = table.horz_banding = False
        number = 70 if eci else 80
        widths = [18, 362 if eci else 332, number, 34, number, 34, number, 34]
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        white, dark = (1.0, 1.0, 1.0), (0x1F / 255,) * 3
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(12)
            for c in range(8):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = Pt(1 if c in (3, 5, 7) else 4)
                cell.margin_right = Pt(1 if c in (2, 4, 6) else 4)
                if r == 0:
                    self._rules(cell, False, False, False)
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string("1F4E79")
                elif c == 0:
                    self._rules(cell, False, False, False)
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string("0073B3")
                else:
                    self._rules(cell, c in (2, 4, 6), c == 7, True)
                    cell.fill.background()
        heads = [(0, header, PP_ALIGN.LEFT)] + [
            (c, label, PP_ALIGN.CENTER)
            for c, label in ((2, "Points restants"), (4, "% Réalisé"), (6, "% Programmé"))
        ]
        for c, label, align in heads:
            par = table.cell(0, c).text_frame.paragraphs[0]
            par.alignment = align
            self._run(par, label, 7.5, True, white)
        for r, row in enumerate(rows, start=1):
            first, axis = seed_cell(row, 0)
            par = table.cell(r, 1).text_frame.paragraphs[0]
            par.alignment = PP_ALIGN.LEFT
            self._run(par, first, 7.5, axis, dark)
            for k, value in enumerate(row[3:]):
                number_text = value.replace("%", "").strip()
                unit = "pts" if k == 0 else "%"
                par = table.cell(r, 2 + 2 * k).text_frame.paragraphs[0]
                par.alignment = PP_ALIGN.RIGHT
                self._run(par, number_text, 7.5, axis, dark)
                par = table.cell(r, 3 + 2 * k).text_frame.paragraphs[0]
                par.alignment = PP_ALIGN.LEFT
                self._run(par, unit, 7.5, axis, dark)
        axes = [k for k, row in enumerate(rows) if row[0] == "▼"] + [len(rows)]
        for n, (start, end) in enumerate(zip(axes, axes[1:], strict=False), start=1):
            cell = table.cell(start + 1, 0)
            if end - start > 1:
                cell.merge(table.cell(end, 0))
            cell._tc.get_or_add_tcPr().set("vert", "vert270")
            cell.vertical_anchor = MSO_ANCHOR.MIDDLE
            par = cell.text_frame.paragraphs[0]
            par.alignment = PP_ALIGN.CENTER
            self._run(par, f"Axe {n}", 6.5, True, white)
        table.cell(0, 0).merge(table.cell(0, 1))
        for c in (2, 4, 6):
            table.cell(0, c).merge(table.cell(0, c + 1))


class _PptxNotesSlides(_PptxSlides):
    """The .pptx deck printed as notes pages (twenty-second held-out set): every slide as
    :class:`_PptxSlides` draws it, the progress tables' percentages written with a narrow
    no-break space (U+202F) before « % »; the notes pages come from the PDF export options
    (:data:`tests.generators.producer_corpus.NOTES_PAGES`), no speaker notes are written."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        narrow = [
            tuple(v.replace(" %", "\u202f%") if isinstance(v, str) else v for v in row)
            for row in rows
        ]
        super().table(title, header, narrow, eci)


def _luminance(color: tuple) -> float:
    r, g, b = color
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


class _PptxDarkSlides(_PptxSlides):
    """The .pptx deck in a dark theme (twenty-third held-out set): every slide as
    :class:`_PptxSlides` draws it, on a solid #1B2631 background; dark grey or black text
    drawn #F2F2F2, dark coloured text light blue #8FC1E3, light fills #2C3E50, dark rules
    #7F8C8D; progress tables' header kept, body rows banded #243447 / #1B2631."""

    TEXT = (0xF2 / 255, 0xF2 / 255, 0xF2 / 255)
    ACCENT = (0x8F / 255, 0xC1 / 255, 0xE3 / 255)
    FILL = (0x2C / 255, 0x3E / 255, 0x50 / 255)
    RULE = (0x7F / 255, 0x8C / 255, 0x8D / 255)

    def slide(self) -> None:
        from pptx.dml.color import RGBColor

        super().slide()
        fill = self.current.background.fill
        fill.solid()
        fill.fore_color.rgb = RGBColor.from_string("1B2631")

    def _text_color(self, color: tuple) -> tuple:
        if _luminance(color) >= 0.45:
            return color
        return self.TEXT if max(color) - min(color) < 0.08 else self.ACCENT

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        super()._run(par, text, size, bold, self._text_color(color))

    def rect(self, x, y, w, h, fill, stroke=None, radius: float = 0.0) -> None:  # noqa: ANN001
        if fill and _luminance(fill) > 0.85:
            fill = self.FILL
        if stroke and _luminance(stroke) < 0.45:
            stroke = self.RULE
        super().rect(x, y, w, h, fill, stroke, radius)

    def line(self, x0, y0, x1, y1, color, width: float = 0.5) -> None:  # noqa: ANN001
        if _luminance(color) < 0.45:
            color = self.RULE
        super().line(x0, y0, x1, y1, color, width)

    def _banded(
        self,
        y: float,
        header: str,
        rows: list[tuple],
        eci: bool,
        size: float = 7.5,
        row_height: float = 12,
    ) -> None:
        from pptx.dml.color import RGBColor

        super()._banded(y, header, rows, eci, size, row_height)
        table = [s for s in self.current.shapes if s.has_table][-1].table
        for r in range(1, len(rows) + 1):
            for c in range(4):
                table.cell(r, c).fill.fore_color.rgb = RGBColor.from_string(
                    "243447" if r % 2 else "1B2631"
                )


class _PptxColumnsSlides(_PptxSlides):
    """The .pptx deck whose seed 003 targets are written in ONE TEXT BOX OF TWO TEXT COLUMNS
    (``a:bodyPr numCol="2"``; twenty-fifth held-out set): each objective a bold blue domain
    paragraph over its bulleted sentence, Impress flowing them from the left column into the
    right one. Every other slide as :class:`_PptxSlides` draws it."""

    def targets_table(self, y: float, targets: list[tuple]) -> None:
        from pptx.enum.text import MSO_AUTO_SIZE
        from pptx.oxml.xmlchemy import OxmlElement
        from pptx.util import Pt

        from tests.generators.seed_slides import _BLACK, _RED

        frame = self._box(20, y + 2, 680, 393 - y)
        frame.word_wrap = True  # type: ignore[attr-defined]
        frame.auto_size = MSO_AUTO_SIZE.NONE  # type: ignore[attr-defined]  # a fixed box
        body = frame._txBody.bodyPr  # type: ignore[attr-defined]
        body.set("numCol", "2")
        body.set("spcCol", str(Pt(18)))
        first = True
        for markup, caption, _icon, priority in targets:
            par = frame.paragraphs[0] if first else frame.add_paragraph()  # type: ignore[attr-defined]
            first = False
            par.space_before = Pt(6)
            self._run(par, " ".join(caption), 12, True, (0.0, 115 / 255, 179 / 255))
            par = frame.add_paragraph()  # type: ignore[attr-defined]
            p_pr = par._p.get_or_add_pPr()
            p_pr.set("marL", str(Pt(10)))
            p_pr.set("indent", str(-Pt(10)))
            bullet = OxmlElement("a:buChar")
            bullet.set("char", "•")
            p_pr.append(bullet)
            for n, part in enumerate(markup.split("**")):
                if part:
                    self._run(par, part, 11, n % 2 == 1, _RED if priority else _BLACK)


def _hex(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


class _PptxGaugesSlides(_PptxSlides):
    """The .pptx deck whose progress tables are drawn WITHOUT a table object as lines of
    GAUGES (twenty-sixth held-out set): label and points restants as text boxes, a grey
    track and a bar p pt long for each percentage, the percentage written inside a rounded
    shape just after its bar's end, a band behind the axis rows, thin lines between rows.
    Every other slide as :class:`_PptxSlides` draws it."""

    POINTS_RIGHT = 412.0
    TRACKS = (426.0, 566.0)  # left edges of the « % Réalisé » and « % Programmé » tracks
    BARS = ("2E75B6", "9DC3E6")
    OUTLINES = ("2E75B6", "5B9BD5")

    def _pill(self, x: float, top: float, value: str, bold: bool, outline: str) -> None:
        """A rounded rectangle 28 × 9 pt holding ``value`` as its own text."""
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Pt(x), Pt(top), Pt(28), Pt(9)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string("FFFFFF")
        shape.line.color.rgb = RGBColor.from_string(outline)
        shape.line.width = Pt(0.5)
        shape.shadow.inherit = False
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.word_wrap = False
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER
        self._run(par, value, 6.5, bold, (0x1F / 255,) * 3)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        navy, dark = _hex("1F3864"), (0x1F / 255,) * 3
        self.text(18, y + 7.5, header, 7.5, "bold", navy)
        self.text(self.POINTS_RIGHT, y + 7.5, "Points restants", 7.5, "bold", navy, "right")
        for left, label in zip(self.TRACKS, ("% Réalisé", "% Programmé"), strict=True):
            self.text(left, y + 7.5, label, 7.5, "bold", navy)
        self.line(14, y + 12, 706, y + 12, navy, 0.75)
        for r, row in enumerate(rows, start=1):
            top = y + 12 * r
            first, axis = seed_cell(row, 0)
            if axis:
                self.rect(14, top, 692, 12, _hex("EEF3F8"))
            font = "bold" if axis else "regular"
            self.text(18, top + 7.5, first, 7.5, font, dark)
            self.text(self.POINTS_RIGHT, top + 7.5, row[3], 7.5, font, dark, "right")
            for k, left in enumerate(self.TRACKS):
                value = row[4 + k]
                share = float(value.replace("%", "").replace(",", ".").strip())
                self.rect(left, top + 3.5, 100, 5, _hex("E7E6E6"))
                if share > 0:
                    self.rect(left, top + 3.5, share, 5, _hex(self.BARS[k]))
                self._pill(left + share + 3, top + 1.5, value, axis, self.OUTLINES[k])
            self.line(14, top + 12, 706, top + 12, _hex("D9D9D9"), 0.25)


class _PptxPastedSlides(_PptxSlides):
    """The .pptx deck whose progress tables are PASTED AS TEXT (twenty-seventh held-out set):
    one text box per table, one paragraph per row, the cells separated by tab characters on
    three left-aligned tab stops, the header bold and underlined, axis rows bold, single line
    spacing, no table object, rule nor fill. Every other slide as :class:`_PptxSlides`."""

    TAB_STOPS = (380, 480, 580)  # pt from the text's left edge

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.oxml.xmlchemy import OxmlElement
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        box = self.current.shapes.add_textbox(Pt(14), Pt(y), Pt(692), Pt(12 * (len(rows) + 1)))
        frame = box.text_frame
        frame.word_wrap = False
        frame.margin_left = frame.margin_right = Pt(7.2)
        frame.margin_top = frame.margin_bottom = Pt(3.6)
        lines = [([header, "Points restants", "% Réalisé", "% Programmé"], True, "1F3864")]
        for row in rows:
            cells = [seed_cell(row, c)[0] for c in range(4)]
            lines.append((cells, row[0] == "▼", "1F1F1F"))
        for n, (cells, bold, colour) in enumerate(lines):
            par = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            p_pr = par._p.get_or_add_pPr()
            tabs = OxmlElement("a:tabLst")
            for stop in self.TAB_STOPS:
                tab = OxmlElement("a:tab")
                tab.set("pos", str(Pt(stop)))
                tab.set("algn", "l")
                tabs.append(tab)
            p_pr.append(tabs)
            run = par.add_run()
            run.text = "\t".join(cells)
            run.font.size, run.font.bold, run.font.name = Pt(7.5), bold, "DejaVu Sans Condensed"
            run.font.underline = n == 0
            run.font.color.rgb = RGBColor.from_string(colour)


class _PptxTilesSlides(_PptxSlides):
    """The .pptx deck whose seed 003 targets are a 3 × 3 GRID OF TILES, row by row, no table
    object (twenty-eighth held-out set): each tile a grey rectangle (a red outline on priority
    objectives) with a blue domain band holding the caption lines as its own text, over a text
    box holding the sentence. Every other slide as :class:`_PptxSlides` draws it."""

    TILE_X = (20.0, 250.0, 480.0)
    TILE_W = 220.0
    BAND_H = 28.0
    GAP = 6.0

    def targets_table(self, y: float, targets: list[tuple]) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN
        from pptx.util import Pt

        from tests.generators.seed_slides import _RED, _WHITE

        top = y + 4
        tile_h = (391 - top - 2 * self.GAP) / 3
        for k, (markup, caption, _icon, priority) in enumerate(targets):
            row, col = divmod(k, 3)
            x, ty = self.TILE_X[col], top + row * (tile_h + self.GAP)
            self.rect(x, ty, self.TILE_W, tile_h, _hex("F2F2F2"), _RED if priority else None)
            if priority:
                tile = self.current.shapes[-1]
                tile.line.width = Pt(1.5)
            band = self.current.shapes.add_shape(
                MSO_SHAPE.RECTANGLE, Pt(x), Pt(ty), Pt(self.TILE_W), Pt(self.BAND_H)
            )
            band.fill.solid()
            band.fill.fore_color.rgb = RGBColor.from_string("0073B3")
            band.line.fill.background()
            band.shadow.inherit = False
            frame = band.text_frame
            frame.margin_left = frame.margin_right = Pt(4)
            frame.margin_top = frame.margin_bottom = 0
            frame.word_wrap = True
            frame.vertical_anchor = MSO_ANCHOR.MIDDLE
            for n, line in enumerate(caption):
                par = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
                par.alignment = PP_ALIGN.CENTER
                self._run(par, line, 7, True, _WHITE)
            text = self._box(
                x + 6, ty + self.BAND_H + 4, self.TILE_W - 12, tile_h - self.BAND_H - 8
            )
            text.vertical_anchor = MSO_ANCHOR.TOP  # type: ignore[attr-defined]
            par = text.paragraphs[0]  # type: ignore[attr-defined]
            par.alignment = PP_ALIGN.LEFT
            colour = _RED if priority else (0x1F / 255,) * 3
            for n, part in enumerate(markup.split("**")):
                if part:
                    self._run(par, part, 8, n % 2 == 1, colour)


def _banded_progress_table(
    slides: _PptxSlides,
    x: float,
    y: float,
    header: str,
    rows: list[tuple],
    widths: tuple[float, ...],
    margin: float,
    size: float,
) -> None:
    """One progress table in :class:`_PptxSlides`'s banded look at (``x``, ``y``): header row
    bold white on #0073B3, body rows banded #EAF1FA / white, 12 pt rows, labels left, numbers
    right, ``margin`` pt left and right in each cell, ``size`` pt runs."""
    from pptx.dml.color import RGBColor
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    shape = slides.current.shapes.add_table(
        len(rows) + 1, 4, Pt(x), Pt(y), Pt(sum(widths)), Pt(12 * (len(rows) + 1))
    )
    table = shape.table
    for c, w in enumerate(widths):
        table.columns[c].width = Pt(w)
    heads = [header, "Points restants", "% Réalisé", "% Programmé"]
    for r in range(len(rows) + 1):
        table.rows[r].height = Pt(12)
        for c in range(4):
            cell = table.cell(r, c)
            cell.margin_top = cell.margin_bottom = Pt(1)
            cell.margin_left = cell.margin_right = Pt(margin)
            par = cell.text_frame.paragraphs[0]
            cell.fill.solid()
            if r == 0:
                value, bold, color = heads[c], True, (1.0, 1.0, 1.0)
                cell.fill.fore_color.rgb = RGBColor.from_string("0073B3")
            else:
                value, bold = seed_cell(rows[r - 1], c)
                color = (0.12, 0.12, 0.12)
                fill = "EAF1FA" if r % 2 else "FFFFFF"
                cell.fill.fore_color.rgb = RGBColor.from_string(fill)
            par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
            slides._run(par, value, size, bold, color)


class _PptxPairSlides(_PptxSlides):
    """The .pptx deck whose two progress tables (CAE, ECI: both titled « Le volet Climat Air
    Energie ») are MERGED ONTO ONE SLIDE, side by side under the one title (twenty-ninth
    held-out set): CAE on the left at x = 14 pt, ECI on the right at x = 366 pt, each a real
    table 340 pt wide in :class:`_PptxSlides`'s banded look, 6.5 pt runs in 12 pt rows. Every
    other slide as :class:`_PptxSlides` draws it."""

    LEFT = (14.0, 366.0)
    WIDTHS = (220, 40, 40, 40)

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self._first: tuple[str, list[tuple]] | None = None

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        if self._first is None:  # CAE: drawn with ECI on the next call
            self._first = (header, rows)
            return
        self.slide()
        y = self.title(title) - 6
        for x, (head, body) in zip(self.LEFT, (self._first, (header, rows)), strict=True):
            self._half_table(x, y, head, body)
        self._first = None

    def _half_table(self, x: float, y: float, header: str, rows: list[tuple]) -> None:
        _banded_progress_table(self, x, y, header, rows, self.WIDTHS, 3, 6.5)


class _PptxVertSlides(_PptxSlides):
    """The .pptx deck whose progress tables have their three number columns narrowed to
    40 pt and those columns' header labels set VERTICALLY (``vert270``: turned 90°
    counter-clockwise, read bottom to top) in a 44 pt header row, as a spreadsheet's narrow
    columns have them (thirtieth held-out set). Everything else as :class:`_PptxSlides`."""

    WIDTHS = (572, 40, 40, 40)
    HEADER_HEIGHT = 44

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        height = self.HEADER_HEIGHT + 12 * len(rows)
        shape = self.current.shapes.add_table(len(rows) + 1, 4, Pt(14), Pt(y), Pt(692), Pt(height))
        table = shape.table
        for c, w in enumerate(self.WIDTHS):
            table.columns[c].width = Pt(w)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(self.HEADER_HEIGHT if r == 0 else 12)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                par = cell.text_frame.paragraphs[0]
                cell.fill.solid()
                if r == 0:
                    value, bold, color = heads[c], True, (1.0, 1.0, 1.0)
                    cell.fill.fore_color.rgb = RGBColor.from_string("0073B3")
                    if c:  # the text direction turned: read bottom to top
                        cell._tc.get_or_add_tcPr().set("vert", "vert270")
                else:
                    value, axis = seed_cell(rows[r - 1], c)
                    bold, color = axis, (0.12, 0.12, 0.12)
                    fill = "EAF1FA" if r % 2 else "FFFFFF"
                    cell.fill.fore_color.rgb = RGBColor.from_string(fill)
                right = c and r
                par.alignment = PP_ALIGN.RIGHT if right else PP_ALIGN.LEFT
                self._run(par, value, 7.5, bold, color)


class _PptxCommentSlides(_PptxSlides):
    """The .pptx deck whose progress tables are narrowed to 452 pt (label column 272 pt, the
    numbers 60 pt each) at the left of their slide, a rounded « Points d'attention » comment
    panel of three remarks of the deck's author at their right (thirty-first held-out set).
    Everything else as :class:`_PptxSlides`."""

    WIDTHS = (272, 60, 60, 60)
    REMARKS = {
        False: (
            "3 actions à relancer avant le prochain comité de pilotage.",
            "Mobilité : 2 projets en attente de financement (2022).",
            "Prochain point d'étape : comité technique du 15 mars.",
        ),
        True: (
            "Démarche engagée avec 20 entreprises du territoire.",
            "Outils financiers : étude à lancer en 2022.",
            "Prochain point d'étape : comité technique du 15 mars.",
        ),
    }

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        _banded_progress_table(self, 14, y, header, rows, self.WIDTHS, 4, 7.5)
        self._panel(y, self.REMARKS[eci])

    def _panel(self, y: float, remarks: tuple[str, ...]) -> None:
        """The comment panel: a rounded pale orange rectangle right of the table, its top
        level with the table's, holding a title and bulleted remarks."""
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        panel = self.current.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE, Pt(480), Pt(y), Pt(226), Pt(150)
        )
        panel.fill.solid()
        panel.fill.fore_color.rgb = RGBColor.from_string("FFF4E5")
        panel.line.color.rgb = RGBColor.from_string("E07B00")
        panel.line.width = Pt(0.75)
        panel.shadow.inherit = False
        frame = self._box(488, y + 8, 210, 134)
        self._run(frame.paragraphs[0], "Points d'attention", 9, True, (0.878, 0.482, 0.0))
        for remark in remarks:
            par = frame.add_paragraph()
            par.space_before = Pt(4)
            self._run(par, f"• {remark}", 8, False, (0.12, 0.12, 0.12))


class _PptxEmfSlides(_PptxSlides):
    """The .pptx deck whose two progress tables are each PASTED FROM A WORKBOOK AS AN
    ENHANCED METAFILE PICTURE (thirty-fourth held-out set): one EMF picture per table
    written as Excel writes one (:mod:`tests.generators.emf_tables`), no table object, at x = 14 pt where
    :class:`_PptxSlides`'s table starts, at 100 % if it fits under the title, otherwise scaled
    down both ways alike to end 8 pt above the slide's foot. Everything else as
    :class:`_PptxSlides`."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        import io

        from pptx.util import Pt

        from tests.generators.emf_tables import range_emf

        self.slide()
        y = self.title(title) - 6
        cells = []
        for row in rows:
            label, axis = seed_cell(row, 0)
            cells.append((label, *(seed_cell(row, c)[0] for c in (1, 2, 3)), axis))
        emf, width, height = range_emf(cells, header)
        scale = min(1.0, 692 / width, (405 - 8 - y) / height)
        self.current.shapes.add_picture(
            io.BytesIO(emf), Pt(14), Pt(y), Pt(width * scale), Pt(height * scale)
        )


def cot_source(seed: str, backend: str, variant: str = "") -> object:
    """Seed 000/003 deck written by ``backend`` (``pptx`` → Presentation, ``html`` → str);
    ``variant`` ``43``: the 4:3 .pptx with grid tables; ``1610``: the 16:10 .pptx with each
    progress table cut into two halves side by side; ``table``: the seed 003 targets as one
    real table; ``boxes``: the progress tables as loose text boxes (no table object);
    ``twotier``: progress tables with a two-row header (a group label over two columns);
    ``axes``: progress tables cut into one table per axis, stacked under the column labels;
    ``perslide``: the seed 003 targets one per slide, each with its figure as a big number;
    ``bars``: progress tables with data bars drawn over their two percentage columns;
    ``suite``: progress tables in a larger type, each continued on a second slide;
    ``chips``: progress tables with a colour chip before each percentage, the percent sign in
    the header only, and a legend of the chips; ``units``: progress tables as pasted from a
    spreadsheet, vertical axis labels, each number's unit in a cell of its own; ``notes``: the percentages with a narrow no-break
    space before « % », the deck meant to be printed as notes pages; ``dark``: a dark theme
    (dark slide backgrounds, light text, dark banded table rows); ``columns``: the seed 003
    targets in one text box of two text columns; ``gauges``: progress tables drawn as lines of
    bars without a table object, each percentage in a rounded shape at its bar's end; ``pasted``:
    progress tables pasted as tab-separated text into one text box each; ``tiles``: the
    seed 003 targets as a 3 × 3 grid of tiles, each a domain band over its sentence; ``pair``:
    the two progress tables side by side on one slide; ``vert``: the number
    columns' header labels set vertically; ``comment``: the progress tables narrowed, a
    comment panel at their right; ``emf``: each progress table pasted from a workbook as an
    enhanced metafile picture; ``keynote``: the plain deck at Keynote's 1920 × 1080 pt page,
    every length and type size × 8/3, « Helvetica Neue »; ``smartart``: each progress table a
    SmartArt converted to shapes, one group of rounded blocks holding their own text
    (:mod:`tests.generators.smartart_deck`); ``total``: progress tables on five columns, a
    computed « % Engagé » and a « Total » row (:mod:`tests.generators.total_deck`); ``locale``: the
    progress tables' numbers in English-locale formats, « 58.7 », « 16.4% »
    (:mod:`tests.generators.locale_deck`); ``order``: the progress tables' number columns in
    another order, « % Réalisé », « % Programmé », « Points restants »
    (:mod:`tests.generators.order_deck`); ``footer``: a footer of a fixed date, a title and
    « n / 15 » slide numbers on every slide but the first (:mod:`tests.generators.footer_deck`);
    ``photo``: every slide on a background photograph under a translucent white panel
    (:mod:`tests.generators.photo_deck`); ``chart``: a chart slide of the axis rows' percentages
    after each progress table (:mod:`tests.generators.chart_deck`); ``twobox``: each progress
    table typed into two facing text boxes, labels left, numbers on tab stops right
    (:mod:`tests.generators.twobox_deck`); ``band``: each axis row one merged band, its numbers
    on tab stops (:mod:`tests.generators.band_deck`); ``folded``: each progress table one
    nine-column table, its rows folded into two halves (:mod:`tests.generators.folded_deck`);
    ``inbar``: each progress table's percentages written inside data bars drawn over empty
    cells (:mod:`tests.generators.inbar_deck`);
    ``star``: footnote calls glued to the progress figures, the footnotes under each table
    (:mod:`tests.generators.star_deck`);
    ``rept``: Excel-style text bars « █ » typed before the progress percentages
    (:mod:`tests.generators.rept_deck`);
    ``refnum``: a « N° » column of outline row numbers before the progress tables' labels
    (:mod:`tests.generators.refnum_deck`);
    ``abut``: each progress table two table objects side by side, labels then numbers
    (:mod:`tests.generators.abut_deck`);
    ``toptotal``: percentages before points and a « Total » row first in the progress tables
    (:mod:`tests.generators.toptotal_deck`);
    ``verbal``: each « % Réalisé » value followed by a level word in the progress tables
    (:mod:`tests.generators.verbal_deck`);
    ``fraction``: the progress tables' percentages as decimal fractions of one
    (:mod:`tests.generators.fraction_deck`);
    ``dots``: the percentages as coloured pastilles left of a two-column table
    (:mod:`tests.generators.dots_deck`);
    ``tabindent``: the progress tables' first column without markers, sub-axes after a tab
    (:mod:`tests.generators.tabindent_deck`);
    ``path``: the progress tables' first column a path « axe > sous-axe », no markers
    (:mod:`tests.generators.path_deck`);
    ``darkaxis``: thick white cell borders and dark ▼ axis rows in the progress tables
    (:mod:`tests.generators.darkaxis_deck`);
    ``slash``: the progress tables on three columns, both percentages in one cell
    (:mod:`tests.generators.slash_deck`);
    ``sorted``: sub-axis rows sorted by points within their axis, coloured axis bars, no
    markers (:mod:`tests.generators.sorted_deck`);
    ``subtotal``: each ▼ axis row cut into a merged group header row and a « Sous-total »
    row of its numbers after its sub-axes (:mod:`tests.generators.subtotal_deck`);
    ``tendance``: a « Tendance » column of coloured arrows and a legend under each progress
    table (:mod:`tests.generators.tendance_deck`);
    ``gutter``: the progress tables' number columns each after an empty white gutter
    column (:mod:`tests.generators.gutter_deck`);
    ``spacer``: an empty 4 pt spacer row before every ▼ axis row but the first
    (:mod:`tests.generators.spacer_deck`);
    ``remarks``: a « Commentaires » column of the consultant's remarks after the numbers
    (:mod:`tests.generators.remarks_deck`);
    ``bottom``: the progress tables as pasted from a workbook, a narrow wrapping label
    column and every cell anchored at the bottom (:mod:`tests.generators.bottom_deck`);
    ``axiscol``: the progress tables' ▼ axis labels in a first « Axe » column, each merged
    down over its axis's rows (:mod:`tests.generators.axiscol_deck`);
    ``paras``: one progress-table row per ▼ axis, its rows as paragraphs of the row's cells
    (:mod:`tests.generators.paras_deck`);
    ``rehead``: the progress tables' header row repeated before every ▼ axis row but the
    first (:mod:`tests.generators.rehead_deck`);
    ``exposant``: the « % » of every body percentage set as superscript
    (:mod:`tests.generators.exposant_deck`);
    ``bulle``: two callout bubbles laid over each progress table
    (:mod:`tests.generators.bulle_deck`);
    ``dont``: the progress tables' ▶ sub-axis rows introduced by « dont » instead of « ▶ »,
    in italic (:mod:`tests.generators.dont_deck`);
    ``feux``: the progress tables' percentages filled by value as pasted from a workbook's
    conditional formatting, a colour legend under each table
    (:mod:`tests.generators.feux_deck`);
    ``resserre``: the progress tables' label column's body cells condensed by 0.8 pt
    (:mod:`tests.generators.resserre_deck`);
    ``ferdroit``: the progress tables' labels right-aligned and numbers left-aligned
    (:mod:`tests.generators.ferdroit_deck`);
    ``encadre``: two unfilled red rounded frames drawn over each progress table round its
    second and last ▼ axis blocks (:mod:`tests.generators.encadre_deck`);
    ``paves``: each progress table one table per ▼ axis block, stacked 4 pt apart, the header in
    the first only, the label column's width changing by block
    (:mod:`tests.generators.paves_deck`);
    ``virgule``: every progress number's comma, decimals and « % » in 5 pt after its 7.5 pt
    integer part (:mod:`tests.generators.virgule_deck`);
    ``onglet``: a turned chapter tab at the left edge of every slide but the first
    (:mod:`tests.generators.onglet_deck`);
    ``barrette``: an « Avancement » column of drawn progress bars between the progress tables'
    labels and numbers (:mod:`tests.generators.barrette_deck`);
    ``pied``: every ▼ axis row of the progress tables moved under its ▶ rows
    (:mod:`tests.generators.pied_deck`);
    ``rappel``: every progress number over a small grey caption recalling its column
    (:mod:`tests.generators.rappel_deck`);
    ``bascule``: the progress tables transposed, a column a seed row under its turned label
    (:mod:`tests.generators.bascule_deck`);
    ``idem``: every run of identical consecutive numbers of a progress table's column merged
    into one cell (:mod:`tests.generators.idem_deck`);
    ``synthese``: each progress table a bulleted summary, a sentence a row, in one text box
    (:mod:`tests.generators.synthese_deck`);
    ``filet``: no ▼ / ▶ markers in the progress tables, each axis group behind a coloured
    left border (:mod:`tests.generators.filet_deck`);
    ``pastille``: every progress number in a rounded « pill » shape over its empty cell
    (:mod:`tests.generators.pastille_deck`);
    ``raccourci``: each progress table in a light theme under abbreviated number labels
    (:mod:`tests.generators.raccourci_deck`);
    ``saillants``: each progress table narrowed beside a « Points clés » box quoting its
    labels and figures (:mod:`tests.generators.saillants_deck`);
    ``noeud``: each progress table's row markers a tree view's « ⊟ » / « ├ » / « └ »
    (:mod:`tests.generators.noeud_deck`);
    ``palier``: each progress table's row level told by its label's type size only, no
    marker, indent nor bold (:mod:`tests.generators.palier_deck`);
    ``clef``: a « note de lecture » key under each progress table, its lines opening with
    the row markers (:mod:`tests.generators.clef_deck`);
    ``souscode``: two-line label cells over grey reference lines, each progress table
    continued on a « (suite) » slide at other column widths
    (:mod:`tests.generators.souscode_deck`);
    ``tirets``: progress tables whose columns are divided by dashed rules, numbers centred
    (:mod:`tests.generators.tirets_deck`);
    ``rubans``: progress rows on rounded bands under an unfilled table, thick white row
    borders (:mod:`tests.generators.rubans_deck`);
    ``capitales``: each progress table's label column printed in capitals (axis rows) and
    small capitals (sub-axis rows) by caps effects (:mod:`tests.generators.capitales_deck`);
    ``encre``: the presenter's pen strokes kept over each progress table as freeform red
    polylines: an underline, a loop, a tick (:mod:`tests.generators.encre_deck`);
    ``imagette``: each progress table's axis rows opened by a pictogram picture instead of
    « ▼ » (:mod:`tests.generators.imagette_deck`);
    ``etage``: progress tables whose number labels are broken over two header rows, the
    second in italics (:mod:`tests.generators.etage_deck`);
    ``plusmoins``: an « Écart » column of signed point differences in each progress table
    (:mod:`tests.generators.plusmoins_deck`);
    ``fleche``: a coloured trend arrow after every « % Réalisé » value
    (:mod:`tests.generators.fleche_deck`);
    ``revele``: each progress-table slide a build sequence, repeated once per ▼ axis block,
    the k-th table holding the first k blocks (:mod:`tests.generators.revele_deck`);
    ``zeros``: every « 0 % » of the progress tables printed « - » and a conventional sign's
    note under each table (:mod:`tests.generators.zeros_deck`);
    ``souligne``: each ▶ row's label in the progress tables an underlined hyperlink
    (:mod:`tests.generators.souligne_deck`);
    ``taquet``: every body number of the progress tables after a tab on a decimal tab stop
    (:mod:`tests.generators.taquet_deck`);
    ``symbole``: each progress table's ▼ / ▶ markers in a narrow first column of their own,
    the labels without marker or indent (:mod:`tests.generators.symbole_deck`);
    ``options``: each progress table with « Ligne Total » ticked, its last seed row drawn as
    a total row, like the header (:mod:`tests.generators.options_deck`);
    ``rapporte``: each progress table without its header row, the labels typed on tab stops
    in a blue rectangle drawn above it (:mod:`tests.generators.rapporte_deck`);
    ``espaces``: the progress tables' whole numbers followed by three typed spaces, their
    units digits lined up by eye under the decimals' (:mod:`tests.generators.espaces_deck`);
    ``indice``: superscript note calls glued to the progress tables' figures and the notes
    under each table (:mod:`tests.generators.indice_deck`);
    ``intitule``: each progress table between a merged title row above its header and a
    merged source row under its last row (:mod:`tests.generators.intitule_deck`);
    ``bandeau``: each progress table without header row under a drawn header banner whose
    labels are text boxes (:mod:`tests.generators.bandeau_deck`);
    ``marche``: each progress table's levels in two outline columns, the axis labels merged
    over both, the sub-axis labels in the second (:mod:`tests.generators.marche_deck`);
    ``decale``: each progress table's body cells unfilled over a template's zebra stripes
    13 pt every 26 pt, drifting against its 12 pt rows (:mod:`tests.generators.decale_deck`);
    ``sansentete``: each progress table pasted from a spreadsheet table made without
    headers, under the default names « Colonne1 » … « Colonne4 », its real labels its first
    body row (:mod:`tests.generators.sansentete_deck`);
    ``moitie``: each progress table's numbers cut at the decimal comma into two cells, the
    integer part right-aligned, the rest left-aligned, the header labels merged across each
    pair (:mod:`tests.generators.moitie_deck`);
    ``tandem``: each progress table's four columns twice side by side, the seed rows down
    the left half then down the right half (:mod:`tests.generators.tandem_deck`);
    ``horschamp``: beside each progress table, straddling the slide's right edge, the raw
    export it was formatted from, parked on the pasteboard
    (:mod:`tests.generators.horschamp_deck`);
    ``pictos``: each progress table's number columns headed by a pictogram alone, their
    labels in a legend under the table (:mod:`tests.generators.pictos_deck`);
    ``plonge``: each progress table in 11 pt type on 18 pt rows, running past the slide's
    bottom edge (:mod:`tests.generators.plonge_deck`);
    ``liens``: each progress table's body labels underlined hyperlinks in #0563C1
    (:mod:`tests.generators.liens_deck`);
    ``presse``: each progress table in 9 pt type at a 70 % line spacing, cell top and bottom
    margins 0, rows 6 pt high (:mod:`tests.generators.presse_deck`);
    ``ombre``: each progress table given PowerPoint's outer table shadow, 3 pt down and to the
    right, 4 pt blur, black 40 % (:mod:`tests.generators.ombre_deck`);
    ``retour``: each progress table as a PDF converter rebuilds it, every printed line of a
    label wrapped at 52 characters a table row of its own (:mod:`tests.generators.retour_deck`);
    ``etale``: the progress tables' number columns' body cells spaced « Très large », +3 pt a
    character (:mod:`tests.generators.etale_deck`);
    ``trait``: each progress table's first header cell a double-entry corner, « Indicateurs »
    over the table's label, cut by a diagonal line shape (:mod:`tests.generators.trait_deck`);
    ``fondu``: every cell of each progress table a vertical gradient fill, no banding
    (:mod:`tests.generators.fondu_deck`);
    ``bas``: each progress table's body rows 13.5 pt high, every cell anchored at its bottom
    (:mod:`tests.generators.bas_deck`);
    ``decolle``: each progress table with PowerPoint's « Ombre portée » table effect, a
    blurred shadow under it (:mod:`tests.generators.decolle_deck`);
    ``superpose``: each progress table's number cells empty, its figures in three text boxes
    laid over them, their exact 11.75 pt line spacing drifting against the 12 pt rows
    (:mod:`tests.generators.superpose_deck`);
    ``croise``: each progress table banded by rows and by columns, four body tones
    (:mod:`tests.generators.croise_deck`);
    ``jambages``: each progress table's first and last columns dressed like its header, bold
    white on #0073B3 on every row (:mod:`tests.generators.jambages_deck`);
    ``majeur``: each progress table's figures 9 pt bold #0073B3 beside its 7.5 pt labels,
    top-anchored, so off their labels' baseline (:mod:`tests.generators.majeur_deck`);
    ``joint``: each progress table's ▼ axis rows one cell merged over the four columns, the
    figures typed after tabs on right tab stops (:mod:`tests.generators.joint_deck`);
    ``stabilo``: in each progress table, the « % Réalisé » figure and the label of every row
    done 30 % or more marked with the text highlighter (:mod:`tests.generators.stabilo_deck`);
    ``trame``: each progress table filled with print patterns (``a:pattFill``) instead of
    solid tints, its header labels dark (:mod:`tests.generators.trame_deck`);
    ``quadrillage``: each progress table in « Aucun style, quadrillage du tableau », no
    header row style nor banding: no fill, a black grid, the header labels plain
    (:mod:`tests.generators.quadrillage_deck`);
    ``etroit``: each progress table's label column narrowed (CAE 215, ECI 275 pt), the
    number columns widened, long labels wrapping (:mod:`tests.generators.etroit_deck`);
    ``retrait``: each progress table's ▼ / ▶ markers paragraph bullets on hanging indents,
    the typed text only the code and label (:mod:`tests.generators.retrait_deck`);
    ``semelle``: each progress table closed by a copy of its header row
    (:mod:`tests.generators.semelle_deck`);
    ``carreaux``: every slide on the master's squared-paper pattern fill, each progress
    table's body cells unfilled over it (:mod:`tests.generators.carreaux_deck`);
    ``jute``: each progress table's header cells and ▼ axis rows filled with tiled picture
    textures (denim, jute), the ▶ rows unfilled (:mod:`tests.generators.jute_deck`);
    ``sourdine``: each progress table veiled by two white rectangles at 65 % opacity but
    for one ▼ block (:mod:`tests.generators.sourdine_deck`);
    ``doublure``: every slide with a speaker note, the deck exported with its notes pages
    after its slides (:mod:`tests.generators.doublure_deck`);
    ``marelle``: each progress table pasted as unformatted text, one text box of
    tab-separated lines on Impress's default tab stops (:mod:`tests.generators.marelle_deck`);
    ``volets``: each progress table one small headed table per ▼ axis block, three across
    (:mod:`tests.generators.volets_deck`);
    ``dedouble``: each progress table split by columns over two slides, its label column
    with « Points restants », then with the two percentages
    (:mod:`tests.generators.dedouble_deck`);
    ``centre``: every progress table cell centred both ways
    (:mod:`tests.generators.centre_deck`);
    ``pendants``: each progress table cut by columns over two slides, the labels with the
    points, then the labels with the two percentages (:mod:`tests.generators.pendants_deck`);
    ``visiere``: each progress table's unfilled header row inside the stretched title bar
    (:mod:`tests.generators.visiere_deck`);
    ``nervures``: each progress table unfilled under its header, its rows told apart by
    hand-drawn line shapes duplicated 12.25 pt apart, drifting below the 12 pt rows
    (:mod:`tests.generators.nervures_deck`);
    ``stries``: each progress table banded by columns, not rows
    (:mod:`tests.generators.stries_deck`);
    ``gradins``: every ▶ sub-axis row's figures set 0.75 cm in from their cells' right
    edges, the ▼ axis figures flush right (:mod:`tests.generators.gradins_deck`);
    ``rabat``: each progress slide's title in a band down its left edge, the table beside it
    (:mod:`tests.generators.rabat_deck`);
    ``palmares``: each progress table's three figure columns first, its label column last
    (:mod:`tests.generators.palmares_deck`);
    ``empile``: each progress table's two percentages printed on one stacked progress bar a
    row, in one « Avancement » column (:mod:`tests.generators.empile_deck`);
    ``perenne``: a transparent PNG badge on each progress slide's title bar, the deck meant to
    be exported « PDF/A-1b », which flattens those slides into pictures
    (:mod:`tests.generators.perenne_deck`);
    ``voisines``: the four orientation slides merged two to a slide, side by side
    (:mod:`tests.generators.voisines_deck`);
    ``balisage``: a navigation strip of the deck's five parts under every title bar, the
    slide's own part highlighted, the content lower (:mod:`tests.generators.balisage_deck`);
    ``accolade``: a left brace beside each axis's rows of the progress tables, the tables
    24 pt narrower (:mod:`tests.generators.accolade_deck`);
    ``braise``: the progress tables' three figure columns filled on an Excel three-colour
    scale, each column its own (:mod:`tests.generators.braise_deck`);
    ``enumere``: every bulleted list one text box of automatically numbered paragraphs
    (« 1. », « 2. » …) in place of the bullets (:mod:`tests.generators.enumere_deck`);
    ``medaillons``: the four orientation slides' objectives as numbered medallions laid over
    rounded bars, a SmartArt list converted to shapes (:mod:`tests.generators.medaillons_deck`);
    ``pignon``: the four orientation slides' objectives as the levels of an inverted pyramid,
    a SmartArt « pyramide inversée » converted to shapes (:mod:`tests.generators.pignon_deck`);
    ``loupe``: every bulleted list of slides 2, 3, 4 and 10 to 13 one text box too short for
    it, « Réduire le texte en cas de dépassement » on, Impress shrinking it to fit
    (:mod:`tests.generators.loupe_deck`);
    ``orbes``: a mini doughnut gauge (a grey ring under a coloured arc) left of every progress
    percentage (:mod:`tests.generators.orbes_deck`);
    ``ramure``: each orientation slide's objectives a clockwise mind map of rounded boxes
    around a central topic (:mod:`tests.generators.ramure_deck`);
    ``vitrine``: the two audit slides' score line as two key-figure tiles, a caption over a
    large figure each (:mod:`tests.generators.vitrine_deck`);
    ``tasse``: each orientation slide's objectives one text box typed at 28 pt and shrunk to
    fit by its « réduire le texte si dépassement » (:mod:`tests.generators.tasse_deck`);
    ``visa``: every bullet a picture bullet (a green check mark, ``a:buBlip``) on the item's
    first text box (:mod:`tests.generators.visa_deck`);
    ``alveoles``: each orientation slide's objectives a SmartArt « hexagones alternés »
    converted to shapes, a honeycomb zigzag (:mod:`tests.generators.alveoles_deck`);
    ``bouvier``: each orientation slide's objectives a winding roadmap, the upper row left
    to right, the lower right to left (:mod:`tests.generators.bouvier_deck`);
    ``miniature``: the orientation slides' content grouped and the group shrunk to 80 %, the
    type unscaled, a picture box beside it (:mod:`tests.generators.miniature_deck`);
    ``soldes``: each progress table's ▼ axis rows double-underlined (``u="dbl"``), as
    accountants mark subtotals (:mod:`tests.generators.soldes_deck`);
    ``marqueur``: the presenter's pen strokes kept on slides 3, 6, 7 and 8, red freeform
    loops, underlines, a tick and an arrow (:mod:`tests.generators.marqueur_deck`);
    ``passepartout``: the deck resized to A4 slides with « Ajuster », everything scaled by
    780/720 between two empty bands (:mod:`tests.generators.passepartout_deck`);
    ``rompu``: each progress table's three figure header labels broken by a manual line break
    (``a:br``), each « % » alone on its first line (:mod:`tests.generators.rompu_deck`);
    ``bordereau``: each orientation slide's objectives in a two-column table, « N° » |
    « Objectif » (:mod:`tests.generators.bordereau_deck`);
    ``touches``: three navigation action buttons (home, previous, next) at the bottom right
    of every slide, under everything else (:mod:`tests.generators.touches_deck`);
    ``passerelle``: arrow connectors glued between texts, elbows on slide 9 from each column
    heading to its orientations, straight ones on slide 14 between the column headings
    (:mod:`tests.generators.passerelle_deck`);
    ``ouate``: every filled rectangle given soft edges, printed by Impress as a fading bitmap
    (:mod:`tests.generators.ouate_deck`);
    ``ombrage``: every white text box (titles on their bands) given a drop shadow, printed by
    Impress as a bitmap of the text's blurred shadow (:mod:`tests.generators.ombrage_deck`);
    ``surpiqure``: every text box outlined by a 0.75 pt grey dashed line, the author's default
    text box (:mod:`tests.generators.surpiqure_deck`);
    ``rabot``: every wrapping paragraph text box justified, its lines but the last spread
    edge to edge (:mod:`tests.generators.rabot_deck`);
    ``faucille``: ``rabot``'s slides, a soft hyphen at each syllable point of every long word
    of every run (:mod:`tests.generators.faucille_deck`);
    ``ecorne``: every slide but the first laid on a dog-eared paper sheet, a « Coin plié »
    autoshape under everything (:mod:`tests.generators.ecorne_deck`);
    ``adhesif``: two semi-transparent masking-tape strips over the top corners of every
    slide but the first, over everything (:mod:`tests.generators.adhesif_deck`);
    ``laize``: every wrapping paragraph text box aligned « distribué » (``algn="dist"``),
    its every line spread to the box's width (:mod:`tests.generators.laize_deck`);
    ``tulle``: every wrapping paragraph text box's runs 40 % transparent, a template's
    softened body text (:mod:`tests.generators.tulle_deck`);
    ``orle``: every bold run not in white underlined in the accent orange (``a:uFill``), the
    text keeping its colour (:mod:`tests.generators.orle_deck`);
    ``tribord``: every wrapping paragraph text box aligned right, its lines ragged at the
    left (:mod:`tests.generators.tribord_deck`);
    ``carquois``: every bullet list item one paragraph with a PowerPoint « ➢ » bullet
    (Wingdings « Ø »), no « • » text box (:mod:`tests.generators.carquois_deck`);
    ``manque``: every text box's run typed in « Aptos », missing where the deck is converted
    (Impress substitutes DejaVu Sans), the tables' runs unchanged
    (:mod:`tests.generators.manque_deck`);
    ``insecable``: every text box's space a no-break space (U+00A0), as pasted from a web
    page, the tables' runs unchanged (:mod:`tests.generators.insecable_deck`);
    ``perron``: the progress tables' rows of two heights (header 14 pt, ▼ axis rows 18 pt,
    ▶ rows 11 pt), every cell anchored in the middle (:mod:`tests.generators.perron_deck`);
    ``pointage``: every « • » bullet drawn as a ticked check box (a white square outlined
    #00528C, a tick of two connectors), no character (:mod:`tests.generators.pointage_deck`);
    ``opale``: every dark text run lightened to a pastel, c + 0.65 (1 − c) a channel, the
    template's low-contrast « light » tones (:mod:`tests.generators.opale_deck`);
    ``parcours``: a template's slide progress bar at every slide's foot, a grey track and
    a blue fill to n / 15 on slide n, placed first (:mod:`tests.generators.parcours_deck`);
    ``placage``: every wrapping paragraph text box given a 9 pt top inner margin
    (``a:bodyPr tIns``), its box unchanged (:mod:`tests.generators.placage_deck`);
    ``pilotis``: every wrapping paragraph text box set at 1.5 line spacing (``a:spcPct``
    150000), its box unchanged (:mod:`tests.generators.pilotis_deck`);
    ``strate``: every wrapping paragraph text box cut into one no-wrap text box per line, as a
    PDF-to-PowerPoint conversion writes it (:mod:`tests.generators.strate_deck`);
    ``equerre``: every bullet list item one paragraph with a PowerPoint « • » bullet and no
    hanging indent, the bullet glued to the first word (:mod:`tests.generators.equerre_deck`);
    ``tapuscrit``: every bullet typed by hand, « • » and a space at the head of its wrapping
    paragraph, no hanging indent (:mod:`tests.generators.tapuscrit_deck`);
    ``galet``: every bullet list item one paragraph with Google Slides' « ● » bullet, wide
    hanging indent and 115 % line spacing (:mod:`tests.generators.galet_deck`);
    ``symetrie``: every wrapping paragraph text box centred (``algn="ctr"``), the « • » boxes
    where they stood (:mod:`tests.generators.symetrie_deck`);
    ``apostille``: a reviewer's comment on each of slides 2 to 14, exported as PDF
    annotations (:mod:`tests.generators.apostille_deck`);
    ``verrou``: ``cot000_pptx``'s slides unchanged, exported as an encrypted PDF with its
    permissions restricted (:mod:`tests.generators.verrou_deck`);
    ``culbute``: every slide's shape tree written upside down, the text shapes in reverse
    order (:mod:`tests.generators.culbute_deck`);
    ``decrochement``: each progress table's item labels one grid column in, behind an empty
    16 pt column the header and axis labels span (:mod:`tests.generators.decrochement_deck`);
    ``vocal``: ``cot000_pptx``'s slides unchanged, exported as a tagged PDF/UA file
    (:mod:`tests.generators.vocal_deck`);
    ``rosace``: a logo whose white ground is made transparent (``a:clrChange``) at every
    slide's top-right corner, last in its z-order (:mod:`tests.generators.rosace_deck`);
    ``repasse``: every bold run set in a light face of no bold, which Impress emboldens
    itself (:mod:`tests.generators.repasse_deck`);
    ``enfilade``: ``enumere``'s list boxes, each list one bulleted paragraph whose items are
    separated by manual line breaks (:mod:`tests.generators.enfilade_deck`);
    ``rembourrage``: every progress table cell's left and right margins 0.6 cm wide
    (:mod:`tests.generators.rembourrage_deck`);
    ``cabochon``: a slide-number badge (an orange disc holding a slide-number field) over the
    title band's left end of every slide but the cover (:mod:`tests.generators.cabochon_deck`);
    ``vedette``: every figure of the running text a bold #0073B3 run of its own, the
    progress tables unchanged (:mod:`tests.generators.vedette_deck`);
    ``sillage``: an « Annexe — Sigles et acronymes » slide last, ten acronyms and their
    expansions (:mod:`tests.generators.sillage_deck`);
    ``boussole``: a « Sommaire » contents slide second, after the cover, six numbered entries
    repeating slide titles verbatim (:mod:`tests.generators.boussole_deck`);
    ``aiguillage``: a process of three arrows holding the calendar's column headings on
    slide 14 (:mod:`tests.generators.aiguillage_deck`);
    ``barometre``: a « Tableau de bord des indicateurs » slide after the ECI progress table,
    a table of the progress tables' shape (:mod:`tests.generators.barometre_deck`);
    ``olivier``: the last slide signed at its bottom right, « Le Président, », a signature
    picture and a name (:mod:`tests.generators.olivier_deck`);
    ``hublot``: every slide title with its English translation on a 9 pt italic line under it
    in the band (:mod:`tests.generators.hublot_deck`);
    ``macaron``: a round pictogram picture before each of the nine teal sub-headings, the
    heading moved right (:mod:`tests.generators.macaron_deck`);
    ``ocarina``: slides 3, 4, 7 and 8 in the auditor's master (no title band, Liberation
    Sans, orange table style) (:mod:`tests.generators.ocarina_deck`);
    ``escabeau``: a contact line at every slide's foot but the cover, black rectangles drawn
    over its name, phone and e-mail, the text left beneath (:mod:`tests.generators.escabeau_deck`);
    ``indication``: the template's bracketed hints left beside three typed figures (slides
    3, 4 and 14; :mod:`tests.generators.indication_deck`);
    ``mention``: a raised note call « 1 » after every ▼ axis label of the progress tables,
    the note at the table slides' foot (:mod:`tests.generators.mention_deck`);
    ``quotient``: the « % » after every score and target figure outside the progress tables a
    superscript run of its own (:mod:`tests.generators.quotient_deck`);
    ``poussoir``: slides 6 and 14's side-by-side columns one text box of two or three
    columns, each next column's heading pushed to its top by empty paragraphs
    (:mod:`tests.generators.poussoir_deck`);
    ``cadrage``: the slides on PowerPoint's « A4 » slide size (780 × 540 pt), every length
    and font size × 780 / 720 and the content centred on the height
    (:mod:`tests.generators.cadrage_deck`);
    ``sextant``: a « Retour au sommaire » button jumping to slide 2 on every slide after the
    cover (:mod:`tests.generators.sextant_deck`);
    ``reserve``: the slides on LibreOffice's « Écran 16:9 » slide size (793.7 × 446.5 pt),
    nothing scaled nor moved (:mod:`tests.generators.reserve_deck`);
    ``encart``: the template's unfilled follow-up form (« Pilote » / « Échéance » beside
    bracketed prompts) at the bottom right of each orientation slide
    (:mod:`tests.generators.encart_deck`);
    ``rustine``: a reviewer's sticky note at the lower right of slides 2, 3, 4, 6, 8, 9, 12
    and 14 (:mod:`tests.generators.rustine_deck`);
    ``rotule``: the progress tables' three number headers turned 90° clockwise (``vert``,
    read top to bottom) in a 61 pt header row, the body rows 11.5 pt
    (:mod:`tests.generators.rotule_deck`);
    ``soufflet``: every title one fit-to-frame (``normAutofit``) box of one line's height
    (:mod:`tests.generators.soufflet_deck`);
    ``coquelicot``: in the progress tables, every « % Réalisé » below 10 % its figure a bold
    #C00000 run, its « % » as the row's (:mod:`tests.generators.coquelicot_deck`);
    ``tremplin``: six slides with a « voir diapositive … » slide-jump link at their foot
    (:mod:`tests.generators.tremplin_deck`);
    ``perroquet``: every text box's alternative text its own text, for a tagged export
    (:mod:`tests.generators.perroquet_deck`);
    ``kayak``: a native score chart under slide 6's « Score » column
    (:mod:`tests.generators.kayak_deck`);
    ``zeste``: a Harvey ball (Excel's « 5 quarts » icon set redrawn) at the left of every
    « % Réalisé » body cell (:mod:`tests.generators.zeste_deck`);
    ``vrac``: the audit bullets of slides 3 and 4 cut by shift-enter line breaks at a
    plain-text e-mail's 72-character lines (:mod:`tests.generators.vrac_deck`);
    ``empreinte``: a giant pale numeral, the orientation's number, behind each orientation
    slide's objectives (:mod:`tests.generators.empreinte_deck`);
    ``brume``: a white gradient mist, transparent to 70 % opaque, over the lower part of every
    slide but the first, on top of everything (:mod:`tests.generators.brume_deck`);
    ``historique``: each progress table's slide followed by the previous audit's table under
    the same header (:mod:`tests.generators.historique_deck`);
    ``calque``: each progress table drawn exactly over the previous audit's, left under it
    and hidden by its fills (:mod:`tests.generators.calque_deck`);
    ``conduite``: each progress label followed by typed leader dots
    (:mod:`tests.generators.conduite_deck`);
    ``corrige``: each « % Réalisé » of 5 % or more after a struck-through previous figure
    (:mod:`tests.generators.corrige_deck`);
    ``progressif``: each progress table's slide preceded by two copies showing the rows of
    its first two, then four ▼ axes (:mod:`tests.generators.progressif_deck`);
    ``motif``: the progress tables' « % Programmé » body cells hatched by a pattern fill
    (:mod:`tests.generators.motif_deck`);
    ``police``: the progress tables' markers typed in « Wingdings 3 » (« q », « u »), a font
    the printing host lacks (:mod:`tests.generators.police_deck`);
    any other variant (``draft``,
    whose watermark is a PDF export option, ``handout``, printed three slides a page
    afterwards, ``portrait``, printed on A4 portrait paper afterwards, ``feuille``, printed
    four slides a sheet afterwards by :mod:`tests.generators.feuille_deck`, ``cascade``,
    printed six slides a page top to bottom then right afterwards by
    :mod:`tests.generators.cascade_deck`): the plain .pptx deck."""
    from tests.generators import seed_cot_pdf
    from tests.generators.seed_slides import _Slides

    base = _Slides("powerpoint_export", "deck", "")
    if backend == "pptx":
        kinds = {
            "43": _Pptx43Slides,
            "1610": _Pptx1610Slides,
            "table": _PptxTableSlides,
            "boxes": _PptxBoxesSlides,
            "twotier": _PptxTwotierSlides,
            "axes": _PptxAxesSlides,
            "perslide": _PptxPerslideSlides,
            "bars": _PptxBarsSlides,
            "suite": _PptxSuiteSlides,
            "chips": _PptxChipsSlides,
            "units": _PptxUnitsSlides,
            "notes": _PptxNotesSlides,
            "dark": _PptxDarkSlides,
            "columns": _PptxColumnsSlides,
            "gauges": _PptxGaugesSlides,
            "pasted": _PptxPastedSlides,
            "tiles": _PptxTilesSlides,
            "pair": _PptxPairSlides,
            "vert": _PptxVertSlides,
            "comment": _PptxCommentSlides,
            "emf": _PptxEmfSlides,
        }
        if variant == "smartart":  # a module of its own, built on _PptxSlides
            from tests.generators.smartart_deck import PptxSmartartSlides

            slides = PptxSmartartSlides(base)
        elif variant == "total":  # a module of its own, built on _PptxSlides
            from tests.generators.total_deck import PptxTotalSlides

            slides = PptxTotalSlides(base)
        elif variant == "locale":  # a module of its own, built on _PptxSlides
            from tests.generators.locale_deck import PptxLocaleSlides

            slides = PptxLocaleSlides(base)
        elif variant == "order":  # a module of its own, built on _PptxSlides
            from tests.generators.order_deck import PptxOrderSlides

            slides = PptxOrderSlides(base)
        elif variant == "footer":  # a module of its own, built on _PptxSlides
            from tests.generators.footer_deck import PptxFooterSlides

            slides = PptxFooterSlides(base)
        elif variant == "photo":  # a module of its own, built on _PptxSlides
            from tests.generators.photo_deck import PptxPhotoSlides

            slides = PptxPhotoSlides(base)
        elif variant == "chart":  # a module of its own, built on _PptxSlides
            from tests.generators.chart_deck import PptxChartSlides

            slides = PptxChartSlides(base)
        elif variant == "twobox":  # a module of its own, built on _PptxSlides
            from tests.generators.twobox_deck import PptxTwoboxSlides

            slides = PptxTwoboxSlides(base)
        elif variant == "band":  # a module of its own, built on _PptxSlides
            from tests.generators.band_deck import PptxBandSlides

            slides = PptxBandSlides(base)
        elif variant == "folded":  # a module of its own, built on _PptxSlides
            from tests.generators.folded_deck import PptxFoldedSlides

            slides = PptxFoldedSlides(base)
        elif variant == "inbar":  # a module of its own, built on _PptxSlides
            from tests.generators.inbar_deck import PptxInbarSlides

            slides = PptxInbarSlides(base)
        elif variant == "star":  # a module of its own, built on _PptxSlides
            from tests.generators.star_deck import PptxStarSlides

            slides = PptxStarSlides(base)
        elif variant == "rept":  # a module of its own, built on _PptxSlides
            from tests.generators.rept_deck import PptxReptSlides

            slides = PptxReptSlides(base)
        elif variant == "refnum":  # a module of its own, built on _PptxSlides
            from tests.generators.refnum_deck import PptxRefnumSlides

            slides = PptxRefnumSlides(base)
        elif variant == "abut":  # a module of its own, built on _PptxSlides
            from tests.generators.abut_deck import PptxAbutSlides

            slides = PptxAbutSlides(base)
        elif variant == "toptotal":  # a module of its own, built on _PptxSlides
            from tests.generators.toptotal_deck import PptxTopTotalSlides

            slides = PptxTopTotalSlides(base)
        elif variant == "verbal":  # a module of its own, built on _PptxSlides
            from tests.generators.verbal_deck import PptxVerbalSlides

            slides = PptxVerbalSlides(base)
        elif variant == "fraction":  # a module of its own, built on _PptxSlides
            from tests.generators.fraction_deck import PptxFractionSlides

            slides = PptxFractionSlides(base)
        elif variant == "dots":  # a module of its own, built on _PptxSlides
            from tests.generators.dots_deck import PptxDotsSlides

            slides = PptxDotsSlides(base)
        elif variant == "tabindent":  # a module of its own, built on _PptxSlides
            from tests.generators.tabindent_deck import PptxTabIndentSlides

            slides = PptxTabIndentSlides(base)
        elif variant == "path":  # a module of its own, built on _PptxSlides
            from tests.generators.path_deck import PptxPathSlides

            slides = PptxPathSlides(base)
        elif variant == "darkaxis":  # a module of its own, built on _PptxSlides
            from tests.generators.darkaxis_deck import PptxDarkAxisSlides

            slides = PptxDarkAxisSlides(base)
        elif variant == "slash":  # a module of its own, built on _PptxSlides
            from tests.generators.slash_deck import PptxSlashSlides

            slides = PptxSlashSlides(base)
        elif variant == "sorted":  # a module of its own, built on _PptxSlides
            from tests.generators.sorted_deck import PptxSortedSlides

            slides = PptxSortedSlides(base)
        elif variant == "subtotal":  # a module of its own, built on _PptxSlides
            from tests.generators.subtotal_deck import PptxSubtotalSlides

            slides = PptxSubtotalSlides(base)
        elif variant == "tendance":  # a module of its own, built on _PptxSlides
            from tests.generators.tendance_deck import PptxTendanceSlides

            slides = PptxTendanceSlides(base)
        elif variant == "gutter":  # a module of its own, built on _PptxSlides
            from tests.generators.gutter_deck import PptxGutterSlides

            slides = PptxGutterSlides(base)
        elif variant == "spacer":  # a module of its own, built on _PptxSlides
            from tests.generators.spacer_deck import PptxSpacerSlides

            slides = PptxSpacerSlides(base)
        elif variant == "remarks":  # a module of its own, built on _PptxSlides
            from tests.generators.remarks_deck import PptxRemarksSlides

            slides = PptxRemarksSlides(base)
        elif variant == "bottom":  # a module of its own, built on _PptxSlides
            from tests.generators.bottom_deck import PptxBottomSlides

            slides = PptxBottomSlides(base)
        elif variant == "axiscol":  # a module of its own, built on _PptxSlides
            from tests.generators.axiscol_deck import PptxAxisColSlides

            slides = PptxAxisColSlides(base)
        elif variant == "paras":  # a module of its own, built on _PptxSlides
            from tests.generators.paras_deck import PptxParasSlides

            slides = PptxParasSlides(base)
        elif variant == "rehead":  # a module of its own, built on _PptxSlides
            from tests.generators.rehead_deck import PptxReheadSlides

            slides = PptxReheadSlides(base)
        elif variant == "exposant":  # a module of its own, built on _PptxSlides
            from tests.generators.exposant_deck import PptxExposantSlides

            slides = PptxExposantSlides(base)
        elif variant == "encre":  # a module of its own, built on _PptxSlides
            from tests.generators.encre_deck import PptxEncreSlides

            slides = PptxEncreSlides(base)
        elif variant == "bulle":  # a module of its own, built on _PptxSlides
            from tests.generators.bulle_deck import PptxBulleSlides

            slides = PptxBulleSlides(base)
        elif variant == "dont":  # a module of its own, built on _PptxSlides
            from tests.generators.dont_deck import PptxDontSlides

            slides = PptxDontSlides(base)
        elif variant == "feux":  # a module of its own, built on _PptxSlides
            from tests.generators.feux_deck import PptxFeuxSlides

            slides = PptxFeuxSlides(base)
        elif variant == "resserre":  # a module of its own, built on _PptxSlides
            from tests.generators.resserre_deck import PptxResserreSlides

            slides = PptxResserreSlides(base)
        elif variant == "ferdroit":  # a module of its own, built on _PptxSlides
            from tests.generators.ferdroit_deck import PptxFerdroitSlides

            slides = PptxFerdroitSlides(base)
        elif variant == "paves":  # a module of its own, built on _PptxSlides
            from tests.generators.paves_deck import PptxPavesSlides

            slides = PptxPavesSlides(base)
        elif variant == "encadre":  # a module of its own, built on _PptxSlides
            from tests.generators.encadre_deck import PptxEncadreSlides

            slides = PptxEncadreSlides(base)
        elif variant == "virgule":  # a module of its own, built on _PptxSlides
            from tests.generators.virgule_deck import PptxVirguleSlides

            slides = PptxVirguleSlides(base)
        elif variant == "barrette":  # a module of its own, built on _PptxSlides
            from tests.generators.barrette_deck import PptxBarretteSlides

            slides = PptxBarretteSlides(base)
        elif variant == "pied":  # a module of its own, built on _PptxSlides
            from tests.generators.pied_deck import PptxPiedSlides

            slides = PptxPiedSlides(base)
        elif variant == "bascule":  # a module of its own, built on _PptxSlides
            from tests.generators.bascule_deck import PptxBasculeSlides

            slides = PptxBasculeSlides(base)
        elif variant == "idem":  # a module of its own, built on _PptxSlides
            from tests.generators.idem_deck import PptxIdemSlides

            slides = PptxIdemSlides(base)
        elif variant == "rappel":  # a module of its own, built on _PptxSlides
            from tests.generators.rappel_deck import PptxRappelSlides

            slides = PptxRappelSlides(base)
        elif variant == "pastille":  # a module of its own, built on _PptxSlides
            from tests.generators.pastille_deck import PptxPastilleSlides

            slides = PptxPastilleSlides(base)
        elif variant == "synthese":  # a module of its own, built on _PptxSlides
            from tests.generators.synthese_deck import PptxSyntheseSlides

            slides = PptxSyntheseSlides(base)
        elif variant == "filet":  # a module of its own, built on _PptxSlides
            from tests.generators.filet_deck import PptxFiletSlides

            slides = PptxFiletSlides(base)
        elif variant == "police":  # a module of its own, built on PptxProgressSlides
            from tests.generators.police_deck import PptxPoliceSlides

            slides = PptxPoliceSlides(base)
        elif variant == "espaces":  # a module of its own, built on _PptxSlides
            from tests.generators.espaces_deck import PptxEspacesSlides

            slides = PptxEspacesSlides(base)
        elif variant == "rapporte":  # a module of its own, built on PptxProgressSlides
            from tests.generators.rapporte_deck import PptxRapporteSlides

            slides = PptxRapporteSlides(base)
        elif variant == "symbole":  # a module of its own, built on PptxProgressSlides
            from tests.generators.symbole_deck import PptxSymboleSlides

            slides = PptxSymboleSlides(base)
        elif variant == "options":  # a module of its own, built on PptxProgressSlides
            from tests.generators.options_deck import PptxOptionsSlides

            slides = PptxOptionsSlides(base)
        elif variant == "taquet":  # a module of its own, built on _PptxSlides
            from tests.generators.taquet_deck import PptxTaquetSlides

            slides = PptxTaquetSlides(base)
        elif variant == "zeros":  # a module of its own, built on PptxProgressSlides
            from tests.generators.zeros_deck import PptxZerosSlides

            slides = PptxZerosSlides(base)
        elif variant == "marche":  # a module of its own, built on PptxProgressSlides
            from tests.generators.marche_deck import PptxMarcheSlides

            slides = PptxMarcheSlides(base)
        elif variant == "decale":  # a module of its own, built on PptxProgressSlides
            from tests.generators.decale_deck import PptxDecaleSlides

            slides = PptxDecaleSlides(base)
        elif variant == "moitie":  # a module of its own, built on PptxProgressSlides
            from tests.generators.moitie_deck import PptxMoitieSlides

            slides = PptxMoitieSlides(base)
        elif variant == "horschamp":  # a module of its own, built on PptxProgressSlides
            from tests.generators.horschamp_deck import PptxHorsChampSlides

            slides = PptxHorsChampSlides(base)
        elif variant == "plonge":  # a module of its own: cot000_pptx's table, 11 pt, 18 pt rows
            from tests.generators.plonge_deck import PptxPlongeSlides

            slides = PptxPlongeSlides(base)
        elif variant == "ombre":  # a module of its own: cot000_pptx's table, its shadow
            from tests.generators.ombre_deck import PptxOmbreSlides

            slides = PptxOmbreSlides(base)
        elif variant == "liens":  # a module of its own: cot000_pptx's labels as links
            from tests.generators.liens_deck import PptxLiensSlides

            slides = PptxLiensSlides(base)
        elif variant == "presse":  # a module of its own: cot000_pptx's table, 9 pt at 70 %
            from tests.generators.presse_deck import PptxPresseSlides

            slides = PptxPresseSlides(base)
        elif variant == "pictos":  # a module of its own, built on PptxProgressSlides
            from tests.generators.pictos_deck import PptxPictosSlides

            slides = PptxPictosSlides(base)
        elif variant == "retour":  # a module of its own, built on PptxProgressSlides
            from tests.generators.retour_deck import PptxRetourSlides

            slides = PptxRetourSlides(base)
        elif variant == "etale":  # a module of its own, built on PptxProgressSlides
            from tests.generators.etale_deck import PptxEtaleSlides

            slides = PptxEtaleSlides(base)
        elif variant == "decolle":  # a module of its own: cot000_pptx's table, shadowed
            from tests.generators.decolle_deck import PptxDecolleSlides

            slides = PptxDecolleSlides(base)
        elif variant == "bas":  # a module of its own, built on PptxProgressSlides
            from tests.generators.bas_deck import PptxBasSlides

            slides = PptxBasSlides(base)
        elif variant == "fondu":  # a module of its own, built on PptxProgressSlides
            from tests.generators.fondu_deck import PptxFonduSlides

            slides = PptxFonduSlides(base)
        elif variant == "trait":  # a module of its own, built on PptxProgressSlides
            from tests.generators.trait_deck import PptxTraitSlides

            slides = PptxTraitSlides(base)
        elif variant == "superpose":  # a module of its own, built on PptxProgressSlides
            from tests.generators.superpose_deck import PptxSuperposeSlides

            slides = PptxSuperposeSlides(base)
        elif variant == "croise":  # a module of its own: cot000_pptx's table, two bandings
            from tests.generators.croise_deck import PptxCroiseSlides

            slides = PptxCroiseSlides(base)
        elif variant == "jambages":  # a module of its own, built on PptxProgressSlides
            from tests.generators.jambages_deck import PptxJambagesSlides

            slides = PptxJambagesSlides(base)
        elif variant == "majeur":  # a module of its own, built on PptxProgressSlides
            from tests.generators.majeur_deck import PptxMajeurSlides

            slides = PptxMajeurSlides(base)
        elif variant == "joint":  # a module of its own, built on PptxProgressSlides
            from tests.generators.joint_deck import PptxJointSlides

            slides = PptxJointSlides(base)
        elif variant == "stabilo":  # a module of its own, built on PptxProgressSlides
            from tests.generators.stabilo_deck import PptxStabiloSlides

            slides = PptxStabiloSlides(base)
        elif variant == "quadrillage":  # a module of its own, built on PptxProgressSlides
            from tests.generators.quadrillage_deck import PptxQuadrillageSlides

            slides = PptxQuadrillageSlides(base)
        elif variant == "carreaux":  # a module of its own: squared paper, body cells unfilled
            from tests.generators.carreaux_deck import PptxCarreauxSlides

            slides = PptxCarreauxSlides(base)
        elif variant == "doublure":  # a module of its own: speaker notes on every slide
            from tests.generators.doublure_deck import PptxDoublureSlides

            slides = PptxDoublureSlides(base)
        elif variant == "nervures":  # a module of its own: hand-drawn rules drifting
            from tests.generators.nervures_deck import PptxNervuresSlides

            slides = PptxNervuresSlides(base)
        elif variant == "pendants":  # a module of its own: cut by columns over two slides
            from tests.generators.pendants_deck import PptxPendantsSlides

            slides = PptxPendantsSlides(base)
        elif variant == "visiere":  # a module of its own: the header row in the title bar
            from tests.generators.visiere_deck import PptxVisiereSlides

            slides = PptxVisiereSlides(base)
        elif variant == "stries":  # a module of its own: the table banded by columns
            from tests.generators.stries_deck import PptxStriesSlides

            slides = PptxStriesSlides(base)
        elif variant == "gradins":  # a module of its own: sub-axis figures set in
            from tests.generators.gradins_deck import PptxGradinsSlides

            slides = PptxGradinsSlides(base)
        elif variant == "rabat":  # a module of its own: the title in a band at the left
            from tests.generators.rabat_deck import PptxRabatSlides

            slides = PptxRabatSlides(base)
        elif variant == "empile":  # a module of its own: percentages on stacked bars
            from tests.generators.empile_deck import PptxEmpileSlides

            slides = PptxEmpileSlides(base)
        elif variant == "palmares":  # a module of its own: the figures before the labels
            from tests.generators.palmares_deck import PptxPalmaresSlides

            slides = PptxPalmaresSlides(base)
        elif variant == "perenne":  # a module of its own: a transparent badge, PDF/A-1b
            from tests.generators.perenne_deck import PptxPerenneSlides

            slides = PptxPerenneSlides(base)
        elif variant == "voisines":  # a module of its own: two orientations a slide
            from tests.generators.voisines_deck import PptxVoisinesSlides

            slides = PptxVoisinesSlides(base)
        elif variant == "enumere":  # a module of its own: the lists numbered
            from tests.generators.enumere_deck import PptxEnumereSlides

            slides = PptxEnumereSlides(base)
        elif variant == "braise":  # a module of its own: figures on a colour scale
            from tests.generators.braise_deck import PptxBraiseSlides

            slides = PptxBraiseSlides(base)
        elif variant == "accolade":  # a module of its own: braces beside the axes' rows
            from tests.generators.accolade_deck import PptxAccoladeSlides

            slides = PptxAccoladeSlides(base)
        elif variant == "balisage":  # a module of its own: a navigation strip under the bar
            from tests.generators.balisage_deck import PptxBalisageSlides

            slides = PptxBalisageSlides(base)
        elif variant == "medaillons":  # a module of its own: objectives' codes in medallions
            from tests.generators.medaillons_deck import PptxMedaillonsSlides

            slides = PptxMedaillonsSlides(base)
        elif variant == "pignon":  # a module of its own: the objectives as an inverted pyramid
            from tests.generators.pignon_deck import PptxPignonSlides

            slides = PptxPignonSlides(base)
        elif variant == "loupe":  # a module of its own: lists shrunk to fit short text boxes
            from tests.generators.loupe_deck import PptxLoupeSlides

            slides = PptxLoupeSlides(base)
        elif variant == "orbes":  # a module of its own: a doughnut beside every percentage
            from tests.generators.orbes_deck import PptxOrbesSlides

            slides = PptxOrbesSlides(base)
        elif variant == "ramure":  # a module of its own: the objectives as a mind map
            from tests.generators.ramure_deck import PptxRamureSlides

            slides = PptxRamureSlides(base)
        elif variant == "bouvier":  # a module of its own: the objectives as a winding road
            from tests.generators.bouvier_deck import PptxBouvierSlides

            slides = PptxBouvierSlides(base)
        elif variant == "alveoles":  # a module of its own: the objectives in hexagons
            from tests.generators.alveoles_deck import PptxAlveolesSlides

            slides = PptxAlveolesSlides(base)
        elif variant == "miniature":  # a module of its own: a slide's content group shrunk
            from tests.generators.miniature_deck import PptxMiniatureSlides

            slides = PptxMiniatureSlides(base)
        elif variant == "passepartout":  # a module of its own: resized to A4, fitted
            from tests.generators.passepartout_deck import PptxPassepartoutSlides

            slides = PptxPassepartoutSlides(base)
        elif variant == "marqueur":  # a module of its own: pen strokes kept on slides
            from tests.generators.marqueur_deck import PptxMarqueurSlides

            slides = PptxMarqueurSlides(base)
        elif variant == "bordereau":  # a module of its own: the objectives in a table
            from tests.generators.bordereau_deck import PptxBordereauSlides

            slides = PptxBordereauSlides(base)
        elif variant == "ombrage":  # a module of its own: white texts with a drop shadow
            from tests.generators.ombrage_deck import PptxOmbrageSlides

            slides = PptxOmbrageSlides(base)
        elif variant == "ouate":  # a module of its own: filled rectangles with soft edges
            from tests.generators.ouate_deck import PptxOuateSlides

            slides = PptxOuateSlides(base)
        elif variant == "passerelle":  # a module of its own: arrow connectors added
            from tests.generators.passerelle_deck import PptxPasserelleSlides

            slides = PptxPasserelleSlides(base)
        elif variant == "adhesif":  # a module of its own: masking tape over each slide
            from tests.generators.adhesif_deck import PptxAdhesifSlides

            slides = PptxAdhesifSlides(base)
        elif variant == "ecorne":  # a module of its own: a dog-eared sheet under each slide
            from tests.generators.ecorne_deck import PptxEcorneSlides

            slides = PptxEcorneSlides(base)
        elif variant == "orle":  # a module of its own: bold runs underlined in orange
            from tests.generators.orle_deck import PptxOrleSlides

            slides = PptxOrleSlides(base)
        elif variant == "carquois":  # a module of its own: Wingdings « ➢ » bullets
            from tests.generators.carquois_deck import PptxCarquoisSlides

            slides = PptxCarquoisSlides(base)
        elif variant == "equerre":  # a module of its own: « • » bullets without hanging indent
            from tests.generators.equerre_deck import PptxEquerreSlides

            slides = PptxEquerreSlides(base)
        elif variant == "galet":  # a module of its own: Google Slides « ● » list paragraphs
            from tests.generators.galet_deck import PptxGaletSlides

            slides = PptxGaletSlides(base)
        elif variant == "decrochement":  # a module of its own: items indented by the grid
            from tests.generators.decrochement_deck import PptxDecrochementSlides

            slides = PptxDecrochementSlides(base)
        elif variant == "culbute":  # a module of its own: shape trees upside down
            from tests.generators.culbute_deck import PptxCulbuteSlides

            slides = PptxCulbuteSlides(base)
        elif variant == "apostille":  # a module of its own: a reviewer's comments
            from tests.generators.apostille_deck import PptxApostilleSlides

            slides = PptxApostilleSlides(base)
        elif variant == "symetrie":  # a module of its own: body paragraphs centred
            from tests.generators.symetrie_deck import PptxSymetrieSlides

            slides = PptxSymetrieSlides(base)
        elif variant == "rotule":  # a module of its own: number headers turned clockwise
            from tests.generators.rotule_deck import PptxRotuleSlides

            slides = PptxRotuleSlides(base)
        elif variant == "tremplin":  # a module of its own: slide-jump links at six feet
            from tests.generators.tremplin_deck import PptxTremplinSlides

            slides = PptxTremplinSlides(base)
        elif variant == "kayak":  # a module of its own: a score chart on slide 6
            from tests.generators.kayak_deck import PptxKayakSlides

            slides = PptxKayakSlides(base)
        elif variant == "zeste":  # a module of its own: Harvey balls in « % Réalisé »
            from tests.generators.zeste_deck import PptxZesteSlides

            slides = PptxZesteSlides(base)
        elif variant == "vrac":  # a module of its own: audit bullets cut by an e-mail's breaks
            from tests.generators.vrac_deck import PptxVracSlides

            slides = PptxVracSlides(base)
        elif variant == "soufflet":  # a module of its own: titles fitted to a one-line box
            from tests.generators.soufflet_deck import PptxSouffletSlides

            slides = PptxSouffletSlides(base)
        elif variant == "coquelicot":  # a module of its own: lagging figures bold red
            from tests.generators.coquelicot_deck import PptxCoquelicotSlides

            slides = PptxCoquelicotSlides(base)
        elif variant == "perroquet":  # a module of its own: each text box described by its text
            from tests.generators.perroquet_deck import PptxPerroquetSlides

            slides = PptxPerroquetSlides(base)
        elif variant == "rustine":  # a module of its own: a reviewer's sticky notes
            from tests.generators.rustine_deck import PptxRustineSlides

            slides = PptxRustineSlides(base)
        elif variant == "cadrage":  # a module of its own: A4 slide size, fitted and centred
            from tests.generators.cadrage_deck import PptxCadrageSlides

            slides = PptxCadrageSlides(base)
        elif variant == "sextant":  # a module of its own: « Retour au sommaire » buttons
            from tests.generators.sextant_deck import PptxSextantSlides

            slides = PptxSextantSlides(base)
        elif variant == "reserve":  # a module of its own: a larger slide size, unscaled
            from tests.generators.reserve_deck import PptxReserveSlides

            slides = PptxReserveSlides(base)
        elif variant == "vedette":  # a module of its own: figures bold and blue in the text
            from tests.generators.vedette_deck import PptxVedetteSlides

            slides = PptxVedetteSlides(base)
        elif variant == "rembourrage":  # a module of its own: wide side cell margins
            from tests.generators.rembourrage_deck import PptxRembourrageSlides

            slides = PptxRembourrageSlides(base)
        elif variant == "repasse":  # a module of its own: bold runs in a light face
            from tests.generators.repasse_deck import PptxRepasseSlides

            slides = PptxRepasseSlides(base)
        elif variant == "poussoir":  # a module of its own: boxes of columns, empty lines
            from tests.generators.poussoir_deck import PptxPoussoirSlides

            slides = PptxPoussoirSlides(base)
        elif variant == "mention":  # a module of its own: note calls after axis labels
            from tests.generators.mention_deck import PptxMentionSlides

            slides = PptxMentionSlides(base)
        elif variant == "quotient":  # a module of its own: the scores' « % » superscript
            from tests.generators.quotient_deck import PptxQuotientSlides

            slides = PptxQuotientSlides(base)
        elif variant == "indication":  # a module of its own: template hints beside figures
            from tests.generators.indication_deck import PptxIndicationSlides

            slides = PptxIndicationSlides(base)
        elif variant == "escabeau":  # a module of its own: a contact line under black boxes
            from tests.generators.escabeau_deck import PptxEscabeauSlides

            slides = PptxEscabeauSlides(base)
        elif variant == "ocarina":  # a module of its own: four slides in another master
            from tests.generators.ocarina_deck import PptxOcarinaSlides

            slides = PptxOcarinaSlides(base)
        elif variant == "macaron":  # a module of its own: pictograms before sub-headings
            from tests.generators.macaron_deck import PptxMacaronSlides

            slides = PptxMacaronSlides(base)
        elif variant == "cabochon":  # a module of its own: a slide-number badge
            from tests.generators.cabochon_deck import PptxCabochonSlides

            slides = PptxCabochonSlides(base)
        elif variant == "encart":  # a module of its own: an unfilled form on orientations
            from tests.generators.encart_deck import PptxEncartSlides

            slides = PptxEncartSlides(base)
        elif variant == "barometre":  # a module of its own: an indicators slide
            from tests.generators.barometre_deck import PptxBarometreSlides

            slides = PptxBarometreSlides(base)
        elif variant == "olivier":  # a module of its own: the last slide signed
            from tests.generators.olivier_deck import PptxOlivierSlides

            slides = PptxOlivierSlides(base)
        elif variant == "hublot":  # a module of its own: English lines under the titles
            from tests.generators.hublot_deck import PptxHublotSlides

            slides = PptxHublotSlides(base)
        elif variant == "sillage":  # a module of its own: an acronyms slide last
            from tests.generators.sillage_deck import PptxSillageSlides

            slides = PptxSillageSlides(base)
        elif variant == "aiguillage":  # a module of its own: arrows on the calendar slide
            from tests.generators.aiguillage_deck import PptxAiguillageSlides

            slides = PptxAiguillageSlides(base)
        elif variant == "boussole":  # a module of its own: a contents slide second
            from tests.generators.boussole_deck import PptxBoussoleSlides

            slides = PptxBoussoleSlides(base)
        elif variant == "enfilade":  # a module of its own: lists joined by line breaks
            from tests.generators.enfilade_deck import PptxEnfiladeSlides

            slides = PptxEnfiladeSlides(base)
        elif variant == "rosace":  # a module of its own: a transparent-white logo
            from tests.generators.rosace_deck import PptxRosaceSlides

            slides = PptxRosaceSlides(base)
        elif variant == "vocal":  # a module of its own: slides unchanged, PDF/UA export
            from tests.generators.vocal_deck import PptxVocalSlides

            slides = PptxVocalSlides(base)
        elif variant == "verrou":  # a module of its own: slides unchanged, PDF encrypted
            from tests.generators.verrou_deck import PptxVerrouSlides

            slides = PptxVerrouSlides(base)
        elif variant == "tapuscrit":  # a module of its own: bullets typed by hand
            from tests.generators.tapuscrit_deck import PptxTapuscritSlides

            slides = PptxTapuscritSlides(base)
        elif variant == "strate":  # a module of its own: one text box per paragraph line
            from tests.generators.strate_deck import PptxStrateSlides

            slides = PptxStrateSlides(base)
        elif variant == "tribord":  # a module of its own: every wrapping paragraph right
            from tests.generators.tribord_deck import PptxTribordSlides

            slides = PptxTribordSlides(base)
        elif variant == "manque":  # a module of its own: text boxes typed in a missing font
            from tests.generators.manque_deck import PptxManqueSlides

            slides = PptxManqueSlides(base)
        elif variant == "insecable":  # a module of its own: no-break spaces in text boxes
            from tests.generators.insecable_deck import PptxInsecableSlides

            slides = PptxInsecableSlides(base)
        elif variant == "pointage":  # a module of its own: every bullet a ticked check box
            from tests.generators.pointage_deck import PptxPointageSlides

            slides = PptxPointageSlides(base)
        elif variant == "opale":  # a module of its own: dark text runs lightened to pastels
            from tests.generators.opale_deck import PptxOpaleSlides

            slides = PptxOpaleSlides(base)
        elif variant == "perron":  # a module of its own: progress rows of two heights, centred
            from tests.generators.perron_deck import PptxPerronSlides

            slides = PptxPerronSlides(base)
        elif variant == "parcours":  # a module of its own: a progress bar at each slide's foot
            from tests.generators.parcours_deck import PptxParcoursSlides

            slides = PptxParcoursSlides(base)
        elif variant == "placage":  # a module of its own: 9 pt above every wrapping paragraph
            from tests.generators.placage_deck import PptxPlacageSlides

            slides = PptxPlacageSlides(base)
        elif variant == "pilotis":  # a module of its own: every wrapping paragraph at 1.5
            from tests.generators.pilotis_deck import PptxPilotisSlides

            slides = PptxPilotisSlides(base)
        elif variant == "laize":  # a module of its own: every wrapping paragraph distributed
            from tests.generators.laize_deck import PptxLaizeSlides

            slides = PptxLaizeSlides(base)
        elif variant == "tulle":  # a module of its own: body text 40 % transparent
            from tests.generators.tulle_deck import PptxTulleSlides

            slides = PptxTulleSlides(base)
        elif variant == "faucille":  # a module of its own: rabot's, soft hyphens in words
            from tests.generators.faucille_deck import PptxFaucilleSlides

            slides = PptxFaucilleSlides(base)
        elif variant == "rabot":  # a module of its own: every wrapping paragraph justified
            from tests.generators.rabot_deck import PptxRabotSlides

            slides = PptxRabotSlides(base)
        elif variant == "surpiqure":  # a module of its own: text boxes outlined in dashes
            from tests.generators.surpiqure_deck import PptxSurpiqureSlides

            slides = PptxSurpiqureSlides(base)
        elif variant == "brume":  # a module of its own: a white gradient mist on top
            from tests.generators.brume_deck import PptxBrumeSlides

            slides = PptxBrumeSlides(base)
        elif variant == "empreinte":  # a module of its own: a giant pale numeral
            from tests.generators.empreinte_deck import PptxEmpreinteSlides

            slides = PptxEmpreinteSlides(base)
        elif variant == "touches":  # a module of its own: action buttons on every slide
            from tests.generators.touches_deck import PptxTouchesSlides

            slides = PptxTouchesSlides(base)
        elif variant == "rompu":  # a module of its own: header labels broken by a:br
            from tests.generators.rompu_deck import PptxRompuSlides

            slides = PptxRompuSlides(base)
        elif variant == "soldes":  # a module of its own: axis rows double-underlined
            from tests.generators.soldes_deck import PptxSoldesSlides

            slides = PptxSoldesSlides(base)
        elif variant == "visa":  # a module of its own: picture bullets
            from tests.generators.visa_deck import PptxVisaSlides

            slides = PptxVisaSlides(base)
        elif variant == "tasse":  # a module of its own: the objectives shrunk to fit
            from tests.generators.tasse_deck import PptxTasseSlides

            slides = PptxTasseSlides(base)
        elif variant == "vitrine":  # a module of its own: the audit scores as tiles
            from tests.generators.vitrine_deck import PptxVitrineSlides

            slides = PptxVitrineSlides(base)
        elif variant == "volets":  # a module of its own: a headed table per block, 3 across
            from tests.generators.volets_deck import PptxVoletsSlides

            slides = PptxVoletsSlides(base)
        elif variant == "centre":  # a module of its own: every progress cell centred
            from tests.generators.centre_deck import PptxCentreSlides

            slides = PptxCentreSlides(base)
        elif variant == "dedouble":  # a module of its own: columns split over two slides
            from tests.generators.dedouble_deck import PptxDedoubleSlides

            slides = PptxDedoubleSlides(base)
        elif variant == "sourdine":  # a module of its own: all but one block veiled
            from tests.generators.sourdine_deck import PptxSourdineSlides

            slides = PptxSourdineSlides(base)
        elif variant == "marelle":  # a module of its own: pasted as tab-separated text
            from tests.generators.marelle_deck import PptxMarelleSlides

            slides = PptxMarelleSlides(base)
        elif variant == "semelle":  # a module of its own: the header row copied at the foot
            from tests.generators.semelle_deck import PptxSemelleSlides

            slides = PptxSemelleSlides(base)
        elif variant == "jute":  # a module of its own: textures instead of solid fills
            from tests.generators.jute_deck import PptxJuteSlides

            slides = PptxJuteSlides(base)
        elif variant == "retrait":  # a module of its own: the markers as paragraph bullets
            from tests.generators.retrait_deck import PptxRetraitSlides

            slides = PptxRetraitSlides(base)
        elif variant == "etroit":  # a module of its own: cot000_pptx's table, narrow labels
            from tests.generators.etroit_deck import PptxEtroitSlides

            slides = PptxEtroitSlides(base)
        elif variant == "trame":  # a module of its own, built on PptxProgressSlides
            from tests.generators.trame_deck import PptxTrameSlides

            slides = PptxTrameSlides(base)
        elif variant == "tandem":  # a module of its own, built on PptxProgressSlides
            from tests.generators.tandem_deck import PptxTandemSlides

            slides = PptxTandemSlides(base)
        elif variant == "sansentete":  # a module of its own, built on PptxProgressSlides
            from tests.generators.sansentete_deck import PptxSansEnteteSlides

            slides = PptxSansEnteteSlides(base)
        elif variant == "bandeau":  # a module of its own, built on PptxProgressSlides
            from tests.generators.bandeau_deck import PptxBandeauSlides

            slides = PptxBandeauSlides(base)
        elif variant == "intitule":  # a module of its own, built on PptxProgressSlides
            from tests.generators.intitule_deck import PptxIntituleSlides

            slides = PptxIntituleSlides(base)
        elif variant == "indice":  # a module of its own, built on PptxProgressSlides
            from tests.generators.indice_deck import PptxIndiceSlides

            slides = PptxIndiceSlides(base)
        elif variant == "souligne":  # a module of its own, built on PptxProgressSlides
            from tests.generators.souligne_deck import PptxSouligneSlides

            slides = PptxSouligneSlides(base)
        elif variant == "revele":  # a module of its own, built on _PptxSlides
            from tests.generators.revele_deck import PptxReveleSlides

            slides = PptxReveleSlides(base)
        elif variant == "palier":  # a module of its own, built on PptxProgressSlides
            from tests.generators.palier_deck import PptxPalierSlides

            slides = PptxPalierSlides(base)
        elif variant == "capitales":  # a module of its own, built on _PptxSlides
            from tests.generators.capitales_deck import PptxCapitalesSlides

            slides = PptxCapitalesSlides(base)
        elif variant == "rubans":  # a module of its own, built on PptxProgressSlides
            from tests.generators.rubans_deck import PptxRubansSlides

            slides = PptxRubansSlides(base)
        elif variant == "noeud":  # a module of its own, built on PptxProgressSlides
            from tests.generators.noeud_deck import PptxNoeudSlides

            slides = PptxNoeudSlides(base)
        elif variant == "imagette":  # a module of its own, built on PptxProgressSlides
            from tests.generators.imagette_deck import PptxImagetteSlides

            slides = PptxImagetteSlides(base)
        elif variant == "etage":  # a module of its own, built on PptxProgressSlides
            from tests.generators.etage_deck import PptxEtageSlides

            slides = PptxEtageSlides(base)
        elif variant == "tirets":  # a module of its own, built on PptxProgressSlides
            from tests.generators.tirets_deck import PptxTiretsSlides

            slides = PptxTiretsSlides(base)
        elif variant == "souscode":  # a module of its own, built on PptxProgressSlides
            from tests.generators.souscode_deck import PptxSouscodeSlides

            slides = PptxSouscodeSlides(base)
        elif variant == "saillants":  # a module of its own, built on PptxProgressSlides
            from tests.generators.saillants_deck import PptxSaillantsSlides

            slides = PptxSaillantsSlides(base)
        elif variant == "raccourci":  # a module of its own, built on _PptxSlides
            from tests.generators.raccourci_deck import PptxRaccourciSlides

            slides = PptxRaccourciSlides(base)
        elif variant == "motif":  # a module of its own, built on _PptxSlides
            from tests.generators.motif_deck import PptxMotifSlides

            slides = PptxMotifSlides(base)
        elif variant == "progressif":  # a module of its own, built on _PptxSlides
            from tests.generators.progressif_deck import PptxProgressifSlides

            slides = PptxProgressifSlides(base)
        elif variant == "conduite":  # a module of its own, built on _PptxSlides
            from tests.generators.conduite_deck import PptxConduiteSlides

            slides = PptxConduiteSlides(base)
        elif variant == "corrige":  # a module of its own, built on _PptxSlides
            from tests.generators.corrige_deck import PptxCorrigeSlides

            slides = PptxCorrigeSlides(base)
        elif variant == "calque":  # a module of its own, built on _PptxSlides
            from tests.generators.calque_deck import PptxCalqueSlides

            slides = PptxCalqueSlides(base)
        elif variant == "historique":  # a module of its own, built on _PptxSlides
            from tests.generators.historique_deck import PptxHistoriqueSlides

            slides = PptxHistoriqueSlides(base)
        elif variant == "fleche":  # a module of its own, built on _PptxSlides
            from tests.generators.fleche_deck import PptxFlecheSlides

            slides = PptxFlecheSlides(base)
        elif variant == "clef":  # a module of its own, built on _PptxSlides
            from tests.generators.clef_deck import PptxClefSlides

            slides = PptxClefSlides(base)
        elif variant == "plusmoins":  # a module of its own, built on _PptxSlides
            from tests.generators.plusmoins_deck import PptxPlusmoinsSlides

            slides = PptxPlusmoinsSlides(base)
        elif variant == "onglet":  # a module of its own, built on _PptxSlides
            from tests.generators.onglet_deck import PptxOngletSlides

            slides = PptxOngletSlides(base)
        else:
            slides = kinds.get(variant, _PptxSlides)(base)
    else:
        slides = _HtmlSlides(base)
    build = seed_cot_pdf.seed000_pdf if seed == "000" else seed_cot_pdf.seed003_pdf
    deck = build("powerpoint_export", slides=slides)
    if backend == "pptx" and variant == "keynote":  # drawn in Keynote, exported to .pptx
        from tests.generators.keynote_deck import keynote_sized

        return keynote_sized(deck)
    return deck
