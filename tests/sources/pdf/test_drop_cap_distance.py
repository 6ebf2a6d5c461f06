"""A one-glyph text object set a fixed distance before the rest of its word (Writer's one-line
drop cap, « lettrine »): one word with PDFium as with pdfminer, while a one-glyph object
followed by a real space stays a word of its own (sources.pdf.pdfium_chars._set_apart)."""

from __future__ import annotations

import io

import pytest

from sources.pdf.engine import ENGINE_ENV, ENGINES, iter_plumber_pages


def _page() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, 842.0))
    c.setFont("Times-Roman", 9.5)
    width = c.stringWidth
    for y, first, rest in ((800, "G", "ACdG"), (780, "i", "nterne"), (760, "1", "5000")):
        c.drawString(60, y, first)  # the drop cap, its own text object
        c.drawString(60 + width(first, "Times-Roman", 9.5) + 2.83, y, rest)  # 0.1 cm apart
    c.drawString(60, 740, "à ")  # a one-glyph word and its real space
    c.drawString(60 + width("à ", "Times-Roman", 9.5), 740, "définir")
    c.showPage()
    c.save()
    return buffer.getvalue()


@pytest.mark.parametrize("engine", ENGINES)
def test_drop_cap_set_apart_is_one_word(engine: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    page = next(iter_plumber_pages(_page(), max_pages=1))
    try:
        words = [w["text"] for w in page.extract_words()]
    finally:
        page.close()
    assert words == ["GACdG", "interne", "15000", "à", "définir"]
