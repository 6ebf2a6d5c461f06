"""Text drawn outside its clipping path is not printed (sources.pdf.clipped_text): a
spreadsheet's text box anchored in a row of the next page, printed below this page's last
row outside the print range's clip. Set aside on both engines; text inside its clip, and
text with no clip, stay. Drawn with reportlab (a clip path, then text)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest

from sources.pdf.clipped_text import hidden_text_boxes

HEIGHT = 842.0


def _page() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFont("Helvetica", 9)
    c.drawString(43, HEIGHT - 60, "Titre sans découpe")
    c.saveState()
    path = c.beginPath()
    path.rect(42, HEIGHT - 779, 505, 736)  # the print range: y 43 to 779 from the top
    c.clipPath(path, stroke=0, fill=0)
    c.drawString(133, HEIGHT - 700, "Texte dans la zone imprimée")
    c.drawString(133, HEIGHT - 790, "Réaliser un programme d'animation")  # below the clip
    c.restoreState()
    c.save()
    return buffer.getvalue()


def test_the_text_outside_its_clip_is_found() -> None:
    doc = pdfium.PdfDocument(_page())
    try:
        boxes = hidden_text_boxes(doc[0])
    finally:
        doc.close()
    assert len(boxes) == 1
    x0, top, x1, bottom = boxes[0]
    assert 133 <= x0 <= 135 and 780 <= top <= 790 <= bottom <= 795


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_both_engines_read_the_page_without_it(monkeypatch, engine: str) -> None:
    from sources.pdf.engine import iter_plumber_pages

    monkeypatch.setenv("COPDIAG_PDF_ENGINE", engine)
    pages = list(iter_plumber_pages(_page()))
    try:
        text = pages[0].extract_text()
    finally:
        for page in pages:
            page.close()
    assert "Titre sans découpe" in text
    assert "Texte dans la zone imprimée" in text
    assert "programme" not in text
