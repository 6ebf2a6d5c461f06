"""A4 portrait pages drawn by hand with reportlab in tests: texts placed by their top, a ruled
steps table (header row, one row per step), the PDF's bytes."""

from __future__ import annotations

import io

HEIGHT = 842.0
# Etape / Descriptif / Planification / Ressources à mobiliser / Porteur / Partenaires envisagés
BOUNDS = (57.0, 147.0, 307.0, 364.0, 430.0, 490.0, 538.0)
HEADER = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")


class HandPages:
    """A reportlab canvas; :meth:`header_cell` draws a header label (overridden to mark one)."""

    def __init__(self) -> None:
        from reportlab.pdfgen import canvas

        self.buffer = io.BytesIO()
        self.c = canvas.Canvas(self.buffer, pagesize=(595.0, HEIGHT))

    def text(self, x: float, top: float, s: str, *, bold: bool = False, size: float = 9.0) -> float:
        """``s`` with its top at ``top``; returns its right end."""
        font = "Helvetica-Bold" if bold else "Helvetica"
        self.c.setFont(font, size)
        self.c.drawString(x, HEIGHT - top - size, s)
        return x + self.c.stringWidth(s, font, size)

    def fiche_head(self, x: float = 57.0) -> None:
        """An axis line, fiche 1.1.1's heading lines and its steps heading (to 130 pt)."""
        self.text(x, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
        self.text(x, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
        self.text(x, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
        self.text(x, 130.0, "Modalités de mise en oeuvre", bold=True)

    def header_cell(self, x: float, top: float, label: str) -> None:
        self.text(x, top, label, bold=True)

    def steps_table(
        self, top: float, rows: list[tuple[str, ...]] | tuple[tuple[str, ...], ...]
    ) -> float:
        """A ruled steps table: the header row, then one row per step; returns its bottom."""
        tops = [top, top + 16.0] + [top + 16.0 + 18.0 * (k + 1) for k in range(len(rows))]
        self.c.setLineWidth(0.5)
        for y in tops:
            self.c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
        for x in BOUNDS:
            self.c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
        for x, label in zip(BOUNDS, HEADER, strict=False):
            self.header_cell(x + 3.0, top + 4.0, label)
        for row, y in zip(rows, tops[1:], strict=False):
            for x, cell in zip(BOUNDS, row, strict=False):
                self.text(x + 3.0, y + 4.0, cell, size=8.0)
        return tops[-1]

    def body_rows(
        self,
        top: float,
        rows: list[tuple[str, ...]] | tuple[tuple[str, ...], ...],
        bounds: tuple[float, ...] = BOUNDS,
    ) -> None:
        """Ruled steps rows without the header (the rest of a table a page break cut), on the
        column rules ``bounds``."""
        tops = [top + 18.0 * k for k in range(len(rows) + 1)]
        self.c.setLineWidth(0.5)
        for y in tops:
            self.c.line(bounds[0], HEIGHT - y, bounds[-1], HEIGHT - y)
        for x in bounds:
            self.c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
        for row, y in zip(rows, tops, strict=False):
            for x, cell in zip(bounds, row, strict=False):
                self.text(x + 3.0, y + 4.0, cell, size=8.0)

    def next_fiche(self, bottom: float) -> None:
        """Fiche 1.1.2's heading lines under a table ending at ``bottom``: the fiche above
        ends there."""
        self.text(57.0, bottom + 30.0, "FICHE 1.1.2", bold=True, size=12.0)
        self.text(57.0, bottom + 50.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)

    def save(self) -> bytes:
        self.c.save()
        return self.buffer.getvalue()


def page_texts(data: bytes) -> list[str]:
    """Each page's words as the engine in force reads them (after its page furniture rules),
    joined by spaces."""
    from sources.pdf.engine import iter_plumber_pages

    out = []
    for page in iter_plumber_pages(data):
        out.append(" ".join(w["text"] for w in page.extract_words()))
        page.close()
    return out


def one_fiche_plan(
    rows: list[tuple[str, ...]] | tuple[tuple[str, ...], ...], pages: HandPages | None = None
) -> bytes:
    """Fiche 1.1.1 with a ruled steps table of ``rows``, then fiche 1.1.2's heading, on one
    page (``pages``: a canvas with something drawn already)."""
    pages = pages or HandPages()
    pages.fiche_head()
    pages.next_fiche(pages.steps_table(150.0, rows))
    pages.c.showPage()
    return pages.save()
