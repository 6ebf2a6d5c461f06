"""A scanned page whose declared size is no paper's (images wrapped into a PDF by a converter
that takes them for 96 dpi) is read in the points of the paper its pixels imply
(:mod:`sources.ocr_paper`): font sizes and margins come out as printed. Hand-made pages."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw

from sources import ocr
from sources.ocr_paper import implied_paper, paper_factor
from sources.pdf.scans import ocr_scanned_pages
from tests.sources.ocr_fonts import serif_font

A4_PT = (595.28, 841.89)

needs_ocr = pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract (fra) absent")


def test_a_page_sized_from_its_pixels_at_96_dpi_is_taken_for_a4() -> None:
    # an A4 landscape page scanned at 200 dpi (2339 × 1653 px) taken for 96 dpi
    factor = implied_paper(1754.25, 1239.75, (2339, 1653))
    assert factor == pytest.approx(841.89 / 1754.25, rel=1e-3)
    # the same at 300 dpi: 3508 × 2480 px, 2631 × 1860 pt, A4 still (300 dpi)
    assert implied_paper(2631.0, 1860.0, (3508, 2480)) == pytest.approx(841.89 / 2631.0, rel=1e-3)
    # a US Letter page at 150 dpi (1275 × 1650 px) taken for 72 dpi: 1275 × 1650 pt
    assert implied_paper(1275.0, 1650.0, (1275, 1650)) == pytest.approx(792.0 / 1650.0, rel=1e-3)
    # a phone photo (4:3, 3024 × 4032 px) at 96 dpi: A4 by its long side (345 dpi)
    assert implied_paper(2268.0, 3024.0, (3024, 4032)) == pytest.approx(841.89 / 3024.0, rel=1e-3)


def test_pages_of_a_plausible_size_or_too_few_pixels_are_left_as_declared() -> None:
    assert implied_paper(*A4_PT, (1654, 2339)) is None
    assert implied_paper(841.89, 1190.55, (2339, 3307)) is None  # A3
    assert implied_paper(1000.0, 1400.0, (1000, 1400)) is None  # 1.18 A3: a poster proof
    # a big page of few pixels (a plan drawn at 23 dpi, 68 dpi even as A5): no scan
    assert implied_paper(1754.25, 1239.75, (560, 396)) is None
    # but as many pixels as an A5 scan at 118 dpi: A5
    assert implied_paper(1754.25, 1239.75, (974, 689)) == pytest.approx(595.28 / 1754.25, rel=1e-3)


def _image_pdf(image: Image.Image, resolution: float) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PDF", resolution=resolution)
    return out.getvalue()


def _landscape_page() -> Image.Image:
    """An A4 landscape page at 200 dpi: a 12 pt heading and 9 pt lines, 20 mm margins."""
    page = Image.new("L", (2339, 1654), 246)
    draw = ImageDraw.Draw(page)
    draw.text((157, 157), "FICHE 1.1.1 Créer un réseau d'entreprises", fill=20, font=serif_font(33))
    for n, text in enumerate(
        (
            "Contexte : mobiliser les acteurs du territoire autour de l'économie",
            "circulaire, dans la suite des rencontres organisées en 2019.",
        )
    ):
        draw.text((157, 260 + 45 * n), text, fill=20, font=serif_font(25))
    return page


def test_the_factor_is_read_from_the_page_s_image() -> None:
    page = _landscape_page()
    for resolution, factor in ((96, 96 / 200), (200, 1.0), (72, 72 / 200)):
        doc = pdfium.PdfDocument(_image_pdf(page, resolution))
        try:
            assert paper_factor(doc[0]) == pytest.approx(factor, rel=2e-3)
        finally:
            doc.close()


@needs_ocr
def test_a_96_dpi_page_is_read_at_its_paper_s_size() -> None:
    data = _image_pdf(_landscape_page(), 96)
    outcome = ocr_scanned_pages(data, [0])
    page = outcome.pages[0]
    assert page.size == pytest.approx((842.0, 595.5), abs=2.0)  # A4 landscape, not 1754 pt
    heading = [w for w in page.words if w["text"] == "FICHE"]
    assert heading and heading[0]["x0"] == pytest.approx(56.5, abs=3.0)  # 20 mm margin
    body = [w for w in page.words if w["text"].startswith("circulaire")]
    assert body and 7.0 <= body[0]["size"] <= 11.0  # 9 pt type, not 19
    assert outcome.issues()[-1].message.startswith("pages scannées déclarées bien plus grandes")
