"""A scanned sheet printed « 2 pages par feuille » cut into its two pages before it is read
(:mod:`sources.ocr_nup`), and a landscape page (a wide table, two text columns) left whole.
Hand-made sheets."""

from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from sources import ocr
from sources.ocr_nup import reduction, sheet_halves, split_sheet
from sources.pdf.scans import ocr_scanned_pages
from tests.sources.ocr_fonts import serif_font

DPI = 150
PPP = 72.0 / DPI  # points per pixel
A4 = (1240, 1754)  # portrait A4 at 150 dpi (pixels)
MM = DPI / 25.4

needs_ocr = pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract (fra) absent")

FIRST = [
    "FICHE 1.1.2",
    "Objectif opérationnel : étendre la démarche",
    "Contexte : mobiliser les acteurs du territoire",
    "autour de l'économie circulaire.",
]
SECOND = [
    "Indicateurs : nombre de structures engagées",
    "Publics cibles : entreprises, associations",
    "Partenaires envisagés : chambres consulaires",
]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return serif_font(size)


def _portrait(lines: list[str], number: int) -> Image.Image:
    """An A4 portrait page: a running header, 14 pt lines (29 px at 150 dpi), « Page n / 2 »
    in its footer, 20 mm margins."""
    page = Image.new("L", A4, 255)
    draw = ImageDraw.Draw(page)
    left = int(20 * MM)
    draw.text((left, int(12 * MM)), "Grand Auch - Programme d'actions", fill=60, font=_font(20))
    for n, text in enumerate(lines):
        draw.text((left, int(40 * MM) + 60 * n), text, fill=20, font=_font(29))
    draw.text(
        (A4[0] // 2 - 60, A4[1] - int(12 * MM)), f"Page {number} / 2", fill=60, font=_font(20)
    )
    return page


def _two_up(pages: list[Image.Image]) -> Image.Image:
    """Pages printed two per A4 landscape sheet: each reduced to 70.7 %, centred in its half."""
    sheet = Image.new("L", (A4[1], A4[0]), 245)
    half = A4[1] // 2
    for n, page in enumerate(pages):
        small = page.resize((int(page.width * 0.7071), int(page.height * 0.7071)), Image.LANCZOS)
        sheet.paste(small, (n * half + (half - small.width) // 2, (A4[0] - small.height) // 2))
    return sheet


def _landscape_table() -> Image.Image:
    """An A4 landscape page holding one wide ruled table across its middle."""
    page = Image.new("L", (A4[1], A4[0]), 245)
    draw = ImageDraw.Draw(page)
    left, right = int(20 * MM), A4[1] - int(20 * MM)
    draw.text((left, int(15 * MM)), "Modalités de mise en oeuvre", fill=20, font=_font(29))
    for row in range(6):
        y = int(30 * MM) + 90 * row
        draw.line((left, y, right, y), fill=40, width=2)
        for col, text in enumerate(("Etape", "Descriptif", "Planification", "Porteur")):
            draw.text(
                (left + 10 + col * (right - left) // 4, y + 20), text, fill=20, font=_font(24)
            )
    return page


def _two_columns(gutter_mm: float = 10.0) -> Image.Image:
    """An A4 landscape page of text in two columns, 20 mm outer margins, no title across."""
    page = Image.new("L", (A4[1], A4[0]), 245)
    draw = ImageDraw.Draw(page)
    margin, gutter = int(20 * MM), int(gutter_mm * MM)
    column = (A4[1] - 2 * margin - gutter) // 2
    for side in range(2):
        x0 = margin + side * (column + gutter)
        for n in range(18):
            y = margin + 45 * n
            draw.rectangle((x0, y, x0 + column - (0 if n % 5 else 120), y + 18), fill=40)
    return page


def test_a_two_up_sheet_is_told_and_cut_into_its_pages_at_their_own_size() -> None:
    sheet = _two_up([_portrait(FIRST, 1), _portrait(SECOND, 2)])
    assert sheet_halves(sheet, PPP) == 2
    parts = split_sheet(sheet, PPP)
    assert parts is not None and len(parts) == 2
    assert reduction(sheet.width, sheet.height) == pytest.approx(0.7071, abs=0.001)
    for image, scale in parts:
        assert scale == pytest.approx(PPP / 0.7071, rel=0.002)
        # each half is a portrait A4 page again, in its own points
        assert image.width * scale == pytest.approx(595.3, abs=1.5)
        assert image.height * scale == pytest.approx(841.9, abs=1.5)
    # the left half holds the first page: its ink stops short of the cut
    left, _ = parts[0]
    assert left.getbbox() is not None


def test_a_landscape_table_with_an_empty_middle_and_one_header_is_read_whole() -> None:
    """A wide table whose column gap falls at the middle (no vertical rules, the middle
    column empty on the page), a running header on the left only: the two sides are not set
    like two pages, the page is not cut. Neither is a page printed alone on its sheet."""
    page = Image.new("L", (A4[1], A4[0]), 245)
    draw = ImageDraw.Draw(page)
    left = int(20 * MM)
    draw.text(
        (left, int(12 * MM)), "PCAET Grand Auch - Programme d'actions", fill=60, font=_font(20)
    )
    for row in range(5):
        y = int(35 * MM) + 130 * row
        draw.text((left, y), "Lancer un cycle", fill=30, font=_font(24))
        draw.text((left + 300, y), "Informer les acteurs", fill=30, font=_font(24))
        draw.text((A4[1] // 2 + 150, y), "5000 GACdG", fill=30, font=_font(24))
        draw.text((A4[1] - 500, y + 40), "Communes, CAUE", fill=30, font=_font(24))
    assert sheet_halves(page, PPP) == 0
    assert sheet_halves(_two_up([_portrait(FIRST, 1)]), PPP) == 0


def test_a_landscape_page_with_a_wide_table_or_two_columns_is_read_whole() -> None:
    assert sheet_halves(_landscape_table(), PPP) == 0
    assert split_sheet(_landscape_table(), PPP) is None
    assert sheet_halves(_two_columns(10.0), PPP) == 0  # a narrow gutter beside 20 mm margins
    assert sheet_halves(_two_columns(16.0), PPP) == 0
    # a portrait page is never a sheet of two pages
    assert sheet_halves(_portrait(FIRST, 1), PPP) == 0


def _pdf(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.convert("RGB").save(out, "PDF", resolution=DPI)
    return out.getvalue()


@needs_ocr
def test_the_two_pages_of_a_sheet_are_read_in_order_at_their_own_font_size() -> None:
    ocr.clear_cache()
    sheet = _two_up([_portrait(FIRST, 1), _portrait(SECOND, 2)])
    outcome = ocr_scanned_pages(_pdf(sheet), [0])
    page = outcome.pages[0]
    assert len(page.parts) == 2
    first, second = (" ".join(w["text"] for w in part.words) for part in page.parts)
    assert "FICHE" in first and "circulaire" in first and "consulaires" not in first
    assert "consulaires" in second and "circulaire" not in second and "FICHE" not in second
    # each page with its own footer
    assert "Page 1" in first and "Page 2" not in first and "Page 2" in second
    assert page.parts[0].size == pytest.approx((595.3, 841.9), abs=2.0)
    # the 14 pt body lines read at their size on the page, not at 70 % of it
    body = [w for w in page.parts[0].words if w["text"] == "FICHE"]
    assert body and 12.0 <= body[0]["size"] <= 16.0
    # the page text reads the first page, then the second
    text = page.text
    assert text.index("circulaire") < text.index("consulaires")
    assert any("2 pages par feuille" in issue.message for issue in outcome.issues())
