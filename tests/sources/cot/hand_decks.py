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
