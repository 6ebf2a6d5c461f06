"""Drawing primitives of the generated COT decks: a 16:9 reportlab canvas with DejaVu fonts."""

from __future__ import annotations

import io

from demo.pdf_kit import dejavu_folders

PAGE_W, PAGE_H = 960.0, 540.0
FONT, FONT_BOLD = "CotSans", "CotSans-Bold"


# --------------------------------------------------------------------------- drawing helpers


def _register_fonts() -> None:
    """DejaVu carries ▼ ▶ ★ and French accents; standard PDF fonts do not have the glyphs."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    for folder in dejavu_folders():
        regular, bold = folder / "DejaVuSans.ttf", folder / "DejaVuSans-Bold.ttf"
        if regular.exists() and bold.exists():
            pdfmetrics.registerFont(TTFont(FONT, str(regular)))
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold)))
            return
    raise RuntimeError("police DejaVuSans introuvable (ni système ni matplotlib)")


class _Deck:
    """Thin wrapper over a reportlab canvas that tracks the current 1-based page."""

    def __init__(self, title: str) -> None:
        from reportlab.pdfgen import canvas

        _register_fonts()
        self.buffer = io.BytesIO()
        self.c = canvas.Canvas(self.buffer, pagesize=(PAGE_W, PAGE_H), invariant=1)
        self.c.setTitle(title)
        self.page = 1

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float = 12,
        bold: bool = False,
        color: tuple[float, float, float] = (0.1, 0.1, 0.1),
        anchor: str = "left",
    ) -> None:
        self.c.setFillColorRGB(*color)
        self.c.setFont(FONT_BOLD if bold else FONT, size)
        if anchor == "right":
            self.c.drawRightString(x, y, value)
        elif anchor == "center":
            self.c.drawCentredString(x, y, value)
        else:
            self.c.drawString(x, y, value)

    def width(self, value: str, size: float, bold: bool = False) -> float:
        from reportlab.pdfbase.pdfmetrics import stringWidth

        return stringWidth(value, FONT_BOLD if bold else FONT, size)

    def wrap(self, value: str, size: float, width: float, bold: bool = False) -> list[str]:
        from reportlab.lib.utils import simpleSplit

        return simpleSplit(value, FONT_BOLD if bold else FONT, size, width)

    def rich_line(self, x: float, y: float, parts: list[tuple[str, bool]], size: float) -> None:
        """Draw consecutive fragments, some bold (like "**Former** et mobiliser")."""
        for fragment, bold in parts:
            if not fragment:
                continue
            self.text(x, y, fragment, size, bold)
            x += self.width(fragment, size, bold)

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: tuple[float, float, float] | None = None,
        stroke: bool = True,
    ) -> None:
        if fill:
            self.c.setFillColorRGB(*fill)
        self.c.setStrokeColorRGB(0.4, 0.4, 0.4)
        self.c.rect(x, y, w, h, stroke=1 if stroke else 0, fill=1 if fill else 0)

    def hline(self, x0: float, x1: float, y: float) -> None:
        self.c.setStrokeColorRGB(0.5, 0.5, 0.5)
        self.c.line(x0, y, x1, y)

    def vline(self, x: float, y0: float, y1: float) -> None:
        self.c.setStrokeColorRGB(0.5, 0.5, 0.5)
        self.c.line(x, y0, x, y1)

    def title(self, value: str, size: float = 24) -> None:
        self.text(40, PAGE_H - 60, value, size, True, (0.05, 0.25, 0.45))

    def bullets(self, y: float, items: list[str], size: float = 12, x: float = 60) -> float:
        for item in items:
            for i, line in enumerate(self.wrap(item, size, PAGE_W - x - 80)):
                self.text(x if i else x - 14, y, ("• " if not i else "") + line, size)
                y -= size * 1.4
            y -= 4
        return y

    def finish(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buffer.getvalue()


def _wrapped_rich(
    deck: _Deck, x: float, y: float, text: str, bold_words: int, size: float, width: float
) -> float:
    """Draw ``text`` wrapped, its first ``bold_words`` words bold; returns the next y."""
    words = text.split()
    lines = deck.wrap(text, size, width)
    index = 0
    for line in lines:
        parts: list[tuple[str, bool]] = []
        for word in line.split():
            bold = index < bold_words
            sep = " " if parts or index else ""
            if parts and parts[-1][1] == bold:
                parts[-1] = (parts[-1][0] + " " + word, bold)
            else:
                parts.append(((" " if parts else "") + word if sep else word, bold))
            index += 1
        deck.rich_line(x, y, parts, size)
        y -= size * 1.35
    del words
    return y
