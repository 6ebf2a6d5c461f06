"""Reading a hand-made progress slide down to its referential rows (tests only)."""

from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.pdfgen import canvas

from sources.cot.pages import _open_pages
from sources.cot.referential import _parse_tables, _referential_records
from tests.generators.seed_slides import _register_fonts

W, H = 720.0, 405.0  # a 16:9 slide, pt


def referential_rows(data: bytes) -> list[tuple]:
    """(level, label, parent, points remaining, % done, % programmed) of every row read."""
    pages, _ = _open_pages(data)
    tables, _ = _parse_tables(pages)
    records = _referential_records(tables, "CCPAL", "deck.pdf", "c" * 64)
    return [
        (r.level, r.label, r.parent_label, r.points_remaining, r.pct_done, r.pct_programmed)
        for r in records
    ]


def hand_slide(draw: Callable[[canvas.Canvas], None]) -> bytes:
    """A one-page 16:9 PDF slide drawn with reportlab: the deck's fonts registered, the
    slide title « Le volet Climat Air Energie » set, then ``draw`` draws the rest."""
    _register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    c.setFont("PptCalibri-Bold", 18)
    c.drawString(240, H - 25, "Le volet Climat Air Energie")
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


HEADER = ("Les actions", "Points restants", "% Réalisé", "% Programmé")
RIGHTS = (480.0, 590.0, 700.0)  # right ends of the three number columns


def draw_header(c: canvas.Canvas) -> None:
    """The usual progress table's header: the table's own label, then the three number
    labels right-aligned on :data:`RIGHTS`."""
    c.setFont("PptCalibri-Bold", 7.5)
    c.drawString(18, H - 61, HEADER[0])
    for x1, label in zip(RIGHTS, HEADER[1:], strict=True):
        c.drawRightString(x1 - 4, H - 61, label)


def row_baseline(k: int) -> float:
    """Baseline of the table's ``k``-th body row (12 pt rows under the header)."""
    return H - 66.0 - 12.0 * (k + 1) - 8


def table_slide(
    rows: list[tuple[str, ...]], extra: Callable[[canvas.Canvas], None] | None = None
) -> bytes:
    """The usual table: labels first (▼ rows at the left edge, the others indented), then
    points, % done, % programmed right-aligned on :data:`RIGHTS`; ``extra`` draws more after
    it (a note under the table, calls beside the figures)."""

    def draw(c: canvas.Canvas) -> None:
        draw_header(c)
        c.setFont("PptCalibri", 7.5)
        for k, (label, *values) in enumerate(rows):
            baseline = row_baseline(k)
            c.drawString(18 if label.startswith("▼") else 26.6, baseline, label)
            for x1, value in zip(RIGHTS, values, strict=True):
                c.drawRightString(x1 - 4, baseline, value)
        if extra is not None:
            extra(c)

    return hand_slide(draw)
