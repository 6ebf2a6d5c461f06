"""The slide canvas the seed COT decks are drawn on, in two layouts (see
:mod:`tests.generators.seed_cot_pdf`): fonts, ``**bold**`` markup, primitives in virtual
720 × 405 coordinates, wrapped paragraphs, bullets and slide titles.
"""

from __future__ import annotations

import io
from pathlib import Path

from demo.pdf_kit import dejavu_folders

LAYOUTS = ("powerpoint_export", "keynote")

Color = tuple[float, float, float]
Line = list[tuple[str, bool]]

_BLACK: Color = (0.12, 0.12, 0.12)
_WHITE: Color = (1.0, 1.0, 1.0)
_GREY: Color = (0.45, 0.45, 0.45)
_BLUE: Color = (0.0, 0.32, 0.55)
_TEAL: Color = (0.0, 0.45, 0.5)
_RED: Color = (0.72, 0.1, 0.12)
_LIGHT: Color = (0.92, 0.95, 0.98)


# --------------------------------------------------------------------------- drawing


def _font_files() -> dict[str, Path]:
    folders = dejavu_folders()
    wanted = {
        # PowerPoint export: condensed text face (Calibri-like), symbols from another font
        "PptCalibri": ["DejaVuSansCondensed.ttf", "DejaVuSans.ttf"],
        "PptCalibri-Bold": ["DejaVuSansCondensed-Bold.ttf", "DejaVuSans-Bold.ttf"],
        "PptCalibri-Italic": ["DejaVuSansCondensed-Oblique.ttf", "DejaVuSans-Oblique.ttf"],
        "PptSymbol": ["DejaVuSans.ttf"],
        # Keynote: wide face (Helvetica Neue-like)
        "KeyNeue": ["DejaVuSans.ttf"],
        "KeyNeue-Bold": ["DejaVuSans-Bold.ttf"],
        "KeyNeue-Italic": ["DejaVuSans-Oblique.ttf"],
        "KeySymbol": ["DejaVuSans.ttf"],
    }
    found: dict[str, Path] = {}
    for name, candidates in wanted.items():
        for candidate in candidates:
            path = next((f / candidate for f in folders if (f / candidate).exists()), None)
            if path is not None:
                found[name] = path
                break
        else:
            raise RuntimeError(f"police introuvable pour {name}")
    return found


def _register_fonts() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, path in _font_files().items():
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(path)))


def _parse_markup(markup: str) -> list[tuple[str, bool, bool]]:
    """``"**Former** et mobiliser"`` → (word, bold, space before) triples; punctuation glued
    to a bold run (``"**Poursuivre**, valoriser"``) keeps no space before it."""
    words: list[tuple[str, bool, bool]] = []
    previous = ""
    for index, chunk in enumerate(markup.split("**")):
        for n, word in enumerate(chunk.split()):
            glued = n == 0 and bool(words)
            glued = glued and not chunk[:1].isspace() and not previous[-1:].isspace()
            words.append((word, index % 2 == 1, not glued))
        previous = chunk or previous
    return words


class _Slides:
    """A reportlab canvas in virtual 720 × 405 coordinates (y = distance from the top)."""

    def __init__(self, layout: str, title: str, footer: str) -> None:
        from reportlab.pdfgen import canvas

        if layout not in LAYOUTS:
            raise ValueError(f"unknown layout {layout!r}")
        _register_fonts()
        self.layout = layout
        self.k = 1.0 if layout == "powerpoint_export" else 1920.0 / 720.0
        prefix = "Ppt" if layout == "powerpoint_export" else "Key"
        face = "Calibri" if layout == "powerpoint_export" else "Neue"
        self.fonts = {
            "regular": f"{prefix}{face}",
            "bold": f"{prefix}{face}-Bold",
            "italic": f"{prefix}{face}-Italic",
            "symbol": f"{prefix}Symbol",
        }
        self.footer = footer
        self.buffer = io.BytesIO()
        self.c = canvas.Canvas(self.buffer, pagesize=(720 * self.k, 405 * self.k), invariant=1)
        self.c.setTitle(title)
        self.page = 0

    # -- pages
    def slide(self) -> None:
        if self.page:
            self._end_page()
            self.c.showPage()
        self.page += 1

    def _end_page(self) -> None:
        if self.layout == "keynote":
            self.line(30, 380, 690, 380, (0.8, 0.8, 0.8), 0.4)
            self.text(30, 393, self.footer, 6.5, "bold", _GREY)
            self.text(690, 393, str(self.page), 6.5, "regular", _GREY, "right")

    def finish(self) -> bytes:
        self._end_page()
        self.c.showPage()
        self.c.save()
        return self.buffer.getvalue()

    # -- primitives (virtual coordinates)
    def _y(self, y: float) -> float:
        return (405 - y) * self.k

    def width(self, value: str, size: float, font: str = "regular") -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(value, self.fonts[font], size * self.k) / self.k

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float,
        font: str = "regular",
        color: Color = _BLACK,
        anchor: str = "left",
    ) -> None:
        self.c.setFillColorRGB(*color)
        self.c.setFont(self.fonts[font], size * self.k)
        if anchor == "right":
            self.c.drawRightString(x * self.k, self._y(y), value)
        elif anchor == "center":
            self.c.drawCentredString(x * self.k, self._y(y), value)
        else:
            self.c.drawString(x * self.k, self._y(y), value)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: Color | None,
        stroke: Color | None = None,
        radius: float = 0.0,
    ) -> None:
        if fill:
            self.c.setFillColorRGB(*fill)
        if stroke:
            self.c.setStrokeColorRGB(*stroke)
            self.c.setLineWidth(0.6 * self.k)
        args = (x * self.k, self._y(y + h), w * self.k, h * self.k)
        if radius:
            self.c.roundRect(
                *args, radius * self.k, stroke=1 if stroke else 0, fill=1 if fill else 0
            )
        else:
            self.c.rect(*args, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def line(
        self, x0: float, y0: float, x1: float, y1: float, color: Color, width: float = 0.5
    ) -> None:
        self.c.setStrokeColorRGB(*color)
        self.c.setLineWidth(width * self.k)
        self.c.line(x0 * self.k, self._y(y0), x1 * self.k, self._y(y1))

    def triangle(self, x: float, y: float, size: float, down: bool, color: Color) -> None:
        """A ▼ (down) or ▶ marker drawn as a filled shape; ``y`` is the text baseline."""
        path = self.c.beginPath()
        if down:
            pts = [(x, y - size), (x + size, y - size), (x + size / 2, y)]
        else:
            pts = [(x, y - size), (x, y), (x + size * 0.9, y - size / 2)]
        path.moveTo(pts[0][0] * self.k, self._y(pts[0][1]))
        for px, py in pts[1:]:
            path.lineTo(px * self.k, self._y(py))
        path.close()
        self.c.setFillColorRGB(*color)
        self.c.drawPath(path, stroke=0, fill=1)

    # -- rich text
    def wrap(self, markup: str, size: float, width: float, bold: bool = False) -> list[Line]:
        """Greedy wrap of ``**bold**`` markup into lines of (fragment, bold) runs."""
        lines: list[Line] = []
        current: list[tuple[str, bool, bool]] = []
        used = 0.0
        space = self.width(" ", size)
        for word, is_bold, spaced in _parse_markup(markup):
            is_bold = is_bold or bold
            w = self.width(word, size, "bold" if is_bold else "regular")
            gap = space if current and spaced else 0.0
            if current and spaced and used + gap + w > width:
                lines.append(_runs(current))
                current, used, gap = [], 0.0, 0.0
            used += gap + w
            current.append((word, is_bold, spaced))
        if current:
            lines.append(_runs(current))
        return lines

    def draw_line(self, x: float, y: float, line: Line, size: float, color: Color) -> None:
        for fragment, bold in line:
            font = "bold" if bold else "regular"
            self.text(x, y, fragment, size, font, color)
            x += self.width(fragment, size, font)

    def paragraph(
        self,
        x: float,
        y: float,
        markup: str,
        size: float,
        width: float,
        color: Color = _BLACK,
        leading: float = 1.25,
        bold: bool = False,
    ) -> float:
        """Draw wrapped markup with its first baseline at ``y``; returns the next baseline."""
        for line in self.wrap(markup, size, width, bold):
            self.draw_line(x, y, line, size, color)
            y += size * leading
        return y

    def bullets(
        self, x: float, y: float, items: list[str], size: float, width: float, gap: float = 3
    ) -> float:
        for item in items:
            self.text(x, y, "•", size, "symbol", _BLUE)
            y = self.paragraph(x + size * 1.1, y, item, size, width - size * 1.1) + gap
        return y

    # -- titles
    def title(self, value: str, size: float | None = None) -> float:
        """Slide title; returns the y where the body may start."""
        if self.layout == "powerpoint_export":
            size = size or 18
            lines = self.wrap(value, size, 680, bold=True)
            if len(lines) > 1:
                size = min(size, 13)
                lines = self.wrap(value, size, 680, bold=True)
            height = max(44, 14 + len(lines) * size * 1.2)
            self.rect(0, 0, 720, height, _BLUE)
            y = (height - len(lines) * size * 1.2) / 2 + size * 0.95
            for line in lines:
                self.draw_line(20, y, line, size, _WHITE)
                y += size * 1.2
            return height + 14
        size = size or 20
        lines = self.wrap(value, size, 640, bold=True)
        if len(lines) > 1:
            size = min(size, 14)
            lines = self.wrap(value, size, 640, bold=True)
        y = 22 + size
        for line in lines:
            self.draw_line(30, y, line, size, (0.1, 0.1, 0.16))
            y += size * 1.2
        self.line(30, y - size * 0.6, 90, y - size * 0.6, _TEAL, 2.5)
        return y + 6


def _runs(words: list[tuple[str, bool, bool]]) -> Line:
    runs: Line = []
    for word, bold, spaced in words:
        sep = " " if runs and spaced else ""
        if runs and runs[-1][1] == bold:
            runs[-1] = (runs[-1][0] + sep + word, bold)
        else:
            runs.append((sep + word, bold))
    return runs
