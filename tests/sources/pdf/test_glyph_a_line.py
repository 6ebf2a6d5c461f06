"""Pages PDFium's text page cuts a glyph a line (Chromium's landscape named pages: each glyph
its own text object, a generated line break after each): the fast text is rebuilt from the
characters' boxes (sources.pdf.opening._rebuilt_text) and the page is read by pdfplumber,
which keeps the spaces PDFium drops there (sources.pdf.pdfium_chars). Checked on a real
Chromium print of the producer corpus; negative: an ordinary page keeps PDFium's text and
reading."""

from __future__ import annotations

from pathlib import Path

from sources.pdf.engine import iter_plumber_pages
from sources.pdf.opening import _char_a_line, open_fast_text
from sources.pdf.pdfium_page import PdfiumPage

PRODUCERS = Path(__file__).resolve().parents[2] / "fixtures" / "producers"
PAYSAGE = PRODUCERS / "plan_html_paysage.pdf"  # pages 2, 12, 14… cut a glyph a line


def test_the_fast_text_of_a_glyph_a_line_page_is_rebuilt() -> None:
    texts, _ = open_fast_text(PAYSAGE.read_bytes())
    lines = texts[1].splitlines()
    assert lines[0] == "Etape Descriptif Planification Ressources à Porteur Partenaires"
    assert lines[2].startswith("Lancer une phase test d'un Les actions à développer sont")
    assert not _char_a_line(texts[1])
    assert _char_a_line("\n".join("Etape Descriptif Planification Ressources"))


def test_such_a_page_is_read_by_pdfplumber_with_its_spaces() -> None:
    kinds = []
    for index, page in enumerate(iter_plumber_pages(PAYSAGE.read_bytes(), max_pages=4)):
        kinds.append(isinstance(page, PdfiumPage))
        if index == 1:
            text = "".join(c["text"] for c in page.chars if 185 < c["top"] < 188)
            assert "d'engagement de la collectivité" in text
        page.close()
    # negative: the portrait pages 1 and 3 stay PDFium's (page 4 is read by PDFium too)
    assert kinds == [True, False, True, True]
