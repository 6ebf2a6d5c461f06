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


def _blended_page() -> bytes:
    """A hand-written PDF as Chromium prints CSS ``mix-blend-mode: difference``: the page's
    content in an isolated transparency group, in it the white ground the browser paints, a
    white line in a group of its own drawn under ``/BM /Difference`` (black on that ground),
    then a white line in the normal mode (white on white) and a black one."""
    heading = b"BT /F1 11 Tf 1 1 1 rg 43 742 Td (Objectif strat\xe9gique : Dynamiser) Tj ET"
    body = (
        b"1 1 1 rg 0 0 595 842 re f q /Blend gs /Heading Do Q BT /F1 11 Tf 1 1 1 rg 43 700 Td (Cellule cachee 1.1.1) Tj"
        b" ET BT /F1 11 Tf 0 0 0 rg 43 660 Td (Texte noir) Tj ET"
    )
    content = b"/Body Do"
    group = b"/Group << /Type /Group /S /Transparency /I true >>"

    def form(resources: bytes, data: bytes) -> bytes:
        return (
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] "
            + group
            + b" /Resources "
            + resources
            + b" /Length %d >>\nstream\n" % len(data)
            + data
            + b"\nendstream"
        )

    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources"
        b" << /XObject << /Body 8 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /ExtGState /BM /Difference >>",
        form(b"<< /Font << /F1 5 0 R >> >>", heading),
        form(
            b"<< /Font << /F1 5 0 R >> /ExtGState << /Blend 6 0 R >> /XObject << /Heading"
            b" 7 0 R >> >>",
            body,
        ),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def test_white_glyphs_blended_dark_are_seen(monkeypatch: pytest.MonkeyPatch) -> None:
    """White under a « difference » blend prints black on white paper: the renderer says so
    (the text object itself does not); white in the normal mode is still set aside."""
    monkeypatch.setenv("COPDIAG_PDF_ENGINE", "pdfium")
    words: list[str] = []
    for page in iter_plumber_pages(_blended_page()):
        words += [w["text"] for w in page.extract_words()]
        page.close()
    assert words == ["Objectif", "stratégique", ":", "Dynamiser", "Texte", "noir"]
