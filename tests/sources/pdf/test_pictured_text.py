"""Text printed as a picture on a text page, read by OCR (:mod:`sources.pdf.pictured_text`)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest
from pdfplumber.utils import extract_text, extract_words

from sources import ocr
from sources.pdf import pictured_text as pt
from sources.pdf.engine import iter_plumber_pages

FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_html_lavis.pdf"
needs_ocr = pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract (fra) absent")


def _char(text: str, x0: float, top: float) -> dict:
    return {"text": text, "x0": x0, "x1": x0 + 5.0, "top": top, "bottom": top + 9.0}


def test_text_pictures_keep_large_pictures_without_text_over_them() -> None:
    page = SimpleNamespace(
        width=595.0,
        height=842.0,
        picture_boxes=[
            (40.0, 40.0, 120.0, 80.0),  # a logo: too small
            (40.0, 100.0, 550.0, 300.0),  # a pasted table: kept
            (42.0, 102.0, 548.0, 298.0),  # its shadow's image under it: read once with it
            (40.0, 400.0, 550.0, 600.0),  # a banner whose title is text: the text's ground
            (0.0, 0.0, 595.0, 842.0),  # a whole page's picture under its text: a scan's
            # with a hidden OCR layer, its characters over it
        ],
        chars=[_char("T", 200.0, 450.0), _char(" ", 100.0, 200.0)]
        + [_char(ch, 40.0 + 6 * k, 20.0) for k, ch in enumerate("Fiche")],
    )
    assert pt.text_pictures(page) == [(40.0, 100.0, 550.0, 300.0)]
    page.chars = page.chars[:2]  # hardly any text: a scan, read whole by OCR elsewhere
    assert pt.text_pictures(page) == []


def test_word_chars_put_a_space_between_words_of_a_line() -> None:
    words = [
        {"text": "Publics", "x0": 50.0, "x1": 80.0, "top": 100.0, "bottom": 109.0, "size": 8.5},
        {"text": "cibles", "x0": 81.5, "x1": 104.0, "top": 100.0, "bottom": 109.0, "size": 8.5},
        {"text": "Entreprises", "x0": 50.0, "x1": 95.0, "top": 112.0, "bottom": 121.0},
    ]
    chars = pt.word_chars(words, 842.0, 3)
    assert "".join(c["text"] for c in chars) == "Publics cibles" + "Entreprises"
    assert all(c["fontname"] == pt.OCR_FONT and c["page_number"] == 3 for c in chars)
    # the gap (1.5 pt) is under pdfplumber's word tolerance: the space keeps the words apart
    assert [w["text"] for w in extract_words(chars)] == ["Publics", "cibles", "Entreprises"]
    assert chars[0]["x0"] == 50.0 and round(chars[6]["x1"], 6) == 80.0


@needs_ocr
def test_a_fields_card_printed_as_a_picture_is_read() -> None:
    data = FIXTURE.read_bytes()
    reader = pt.PictureReader(data)
    pages = iter_plumber_pages(data)
    try:
        page = next(pages)
        assert not any("Indicateurs" in c["text"] for c in page.chars)  # no text layer there
        chars = reader.chars(page, 0)
        text = extract_text(chars)
        assert "Nombre d'entreprises engagées dans des démarches d'économie circulaire" in text
        assert "Publics cibles Entreprises" in text
        assert min(c["top"] for c in chars) > 400.0  # where the card stands, below the text
        (issue,) = reader.issues()  # the ingestion report says which page was read so
        assert issue.page == 1 and issue.severity == "warning"
        assert issue.message.startswith("page 1 : texte d'une image lu par reconnaissance")
        assert 0.9 <= reader.confidence[1] <= 1.0
        page.close()
    finally:
        pages.close()
        reader.close()


def test_a_picture_that_reads_as_few_words_gives_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    noise = [
        {"text": "Il", "conf": 40.0, "x0": 1.0, "x1": 3.0, "top": 1.0, "bottom": 5.0},
        {"text": "pa", "conf": 75.0, "x0": 5.0, "x1": 9.0, "top": 1.0, "bottom": 5.0},
        {"text": "oui", "conf": 20.0, "x0": 9.0, "x1": 13.0, "top": 1.0, "bottom": 5.0},
    ]
    monkeypatch.setattr(ocr, "tesseract_hocr", lambda image, ppp: "")
    monkeypatch.setattr(ocr, "hocr_words", lambda hocr, ppp: noise)
    assert pt.picture_words(None, (0.0, 0.0, 100.0, 100.0), 0.24) == []
    sure = [dict(w, conf=90.0, text=f"mot{k}") for k, w in enumerate(noise)]
    speck = {"text": "DS", "conf": 34.0, "x0": 1.0, "x1": 3.0, "top": -4.0, "bottom": 1.0}
    monkeypatch.setattr(ocr, "hocr_words", lambda hocr, ppp: [speck, *sure])
    read = pt.picture_words(None, (10.0, 20.0, 100.0, 100.0), 0.24)
    assert [w["text"] for w in read] == ["mot0", "mot1", "mot2"]  # the shadow's speck dropped
    assert read[0]["x0"] == 11.0 and read[0]["top"] == 21.0  # moved onto the page
