"""Text painted white on white paper (sources.pdf.unseen_text): a spreadsheet's helper column
of fiche codes in a white font is set aside; white text on a coloured band, on a picture or
on a gradient, hollow letters (white inside, stroked black), an OCR layer drawn invisible, a
white shadow under dark text and a run off the sheet's edge are kept. Pages drawn with reportlab, read through the engine's pages."""

from __future__ import annotations

import io

import pytest

from sources.pdf.engine import iter_plumber_pages

HEIGHT = 842.0


def _page() -> bytes:
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFont("Helvetica", 9)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(43, HEIGHT - 100, "Contexte L'agglomération mène une opération test")
    c.setFillColorRGB(1, 1, 1)
    c.setFont("Helvetica", 8)
    c.drawString(520, HEIGHT - 100, "1.1.1")  # the helper column, white on the paper
    c.drawString(520, HEIGHT - 112, "1.1.2")
    # a heading band: white on dark blue
    c.setFillColorRGB(0.12, 0.3, 0.47)
    c.rect(40, HEIGHT - 160, 500, 16, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.drawString(43, HEIGHT - 156, "FICHE 2.4.1 Expérimenter")
    # white on a photograph
    c.drawImage(ImageReader(Image.new("RGB", (40, 10), (90, 40, 20))), 40, HEIGHT - 220, 200, 30)
    c.setFillColorRGB(1, 1, 1)
    c.drawString(43, HEIGHT - 205, "Légende sur la photo")
    # a white text-shadow 0.75 pt under dark text, drawn first: the text is read (once); an
    # embedded font (reportlab's own Vera), as a browser embeds its fonts
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("Vera", "Vera.ttf"))
    c.setFont("Vera", 9)
    c.setFillColorRGB(1, 1, 1)
    c.drawString(43, HEIGHT - 340.75, "Ombrage portée")
    c.setFillColorRGB(0.2, 0.2, 0.2)
    c.drawString(43, HEIGHT - 340, "Ombrage portée")
    # a white title on a dark band, run off the sheet's left edge (a slide's title overflowing
    # its box): its first glyph on no paper, left to the reader
    c.setFillColorRGB(0, 0.32, 0.55)
    c.rect(0, HEIGHT - 386, 300, 18, stroke=0, fill=1)
    c.setFillColorRGB(1, 1, 1)
    c.drawString(-10, HEIGHT - 380, "Orientations")
    # hollow letters: white inside, stroked black (Word's « Contour »)
    t = c.beginText(43, HEIGHT - 260)
    t.setFont("Helvetica-Bold", 9)
    t.setTextRenderMode(2)
    c.setStrokeColorRGB(0, 0, 0)
    t.textOut("Étapes")
    c.drawText(t)
    # an OCR layer: invisible on purpose, kept
    t = c.beginText(43, HEIGHT - 300)
    t.setFont("Helvetica", 9)
    t.setTextRenderMode(3)
    t.textOut("Texte reconnu")
    c.drawText(t)
    c.save()
    return buffer.getvalue()


def _words(monkeypatch: pytest.MonkeyPatch, engine: str) -> list[str]:
    monkeypatch.setenv("COPDIAG_PDF_ENGINE", engine)
    out: list[str] = []
    for page in iter_plumber_pages(_page()):
        out += [w["text"] for w in page.extract_words()]
        page.close()
    return out


def test_white_glyphs_on_white_paper_are_set_aside(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _words(monkeypatch, "pdfium")
    assert "1.1.1" not in words and "1.1.2" not in words
    assert words[:7] == ["Contexte", "L'agglomération", "mène", "une", "opération", "test"] + [
        "FICHE"
    ]
    for kept in ("Expérimenter", "photo", "Étapes", "reconnu", "Ombrage", "Orientations"):
        assert kept in words, kept
    assert words.count("portée") == 1  # the shadow set aside as a copy, the text kept


def test_pdfminer_pages_keep_every_glyph(monkeypatch: pytest.MonkeyPatch) -> None:
    """pdfminer does not say how a glyph is painted: nothing is guessed away."""
    words = _words(monkeypatch, "pdfplumber")
    assert "1.1.1" in words and "Étapes" in words and "reconnu" in words
