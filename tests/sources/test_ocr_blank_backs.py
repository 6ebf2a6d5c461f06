"""A scanned page with no print on it (a sheet's blank back scanned recto-verso, the front
faintly seen through) is an empty page: not given to Tesseract, not among the pages a running
header is counted on (:mod:`sources.ocr_blank`, :mod:`sources.pdf.running`). Hand-made pages."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from sources import ocr
from sources.ocr_blank import blank_page, ink_cells
from sources.pdf.scans import ocr_scanned_pages
from tests.sources.ocr_fonts import serif_font

DPI = 200
PPP = 72.0 / DPI
A4 = (1654, 2339)  # portrait A4 at 200 dpi

needs_ocr = pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract (fra) absent")

LINES = [
    "FICHE 1.1.2 Étendre la démarche d'écologie industrielle",
    "Contexte : mobiliser les acteurs du territoire autour",
    "de l'économie circulaire et des déchets des entreprises.",
    "Porteur : GACdG, service prévention des déchets.",
]


def _front(paper: int = 238, ink: int = 25) -> Image.Image:
    """An A4 page: a dark heading band, four 12 pt lines, a ruled box, a page number."""
    page = Image.new("L", A4, paper)
    draw = ImageDraw.Draw(page)
    draw.rectangle((140, 200, A4[0] - 140, 280), fill=ink + 30)
    for n, text in enumerate(LINES):
        draw.text((160, 330 + 70 * n), text, fill=ink, font=serif_font(33))
    draw.rectangle((140, 310, A4[0] - 140, 650), outline=ink + 40, width=2)
    draw.text((A4[0] // 2, A4[1] - 150), "3", fill=ink, font=serif_font(28))
    return page


def _grain(image: Image.Image, sigma: float, seed: int) -> Image.Image:
    rng = np.random.default_rng(seed)
    pixels = np.asarray(image, dtype=np.float32) + rng.normal(
        0.0, sigma, (image.height, image.width)
    )
    return Image.fromarray(np.clip(pixels, 0, 255).astype("uint8"), mode="L")


def _back(front: Image.Image, strength: float, paper: int = 238) -> Image.Image:
    """The blank back of ``front``'s sheet: paper, the front's print seen through it
    (mirrored, blurred 2 px, ``strength`` of its contrast), grain."""
    seen = ImageOps.mirror(front).filter(ImageFilter.GaussianBlur(2))
    through = paper - strength * (paper - np.asarray(seen, dtype=np.float32))
    image = Image.fromarray(np.clip(through, 0, 255).astype("uint8"), mode="L")
    return _grain(image, 3.0, 7)


def test_a_blank_back_with_the_front_seen_through_holds_no_print() -> None:
    front = _front()
    back = _back(front, 0.10)
    darkest = 238 - int(np.asarray(back.filter(ImageFilter.BoxBlur(3))).min())
    assert 12 <= darkest <= 30  # the heading band seen through, a few grey levels
    assert ink_cells(back, PPP) == 0
    assert blank_page(back, PPP)
    assert blank_page(Image.new("L", A4, 250), PPP)  # bare white paper


def test_print_is_never_taken_for_a_blank_page() -> None:
    assert not blank_page(_grain(_front(), 3.0, 1), PPP)
    # a copier low on toner: ink no darker than grey 150 on grey paper 225
    faded = _grain(_front(paper=225, ink=150), 3.0, 2)
    assert ink_cells(faded, PPP) > 300
    assert not blank_page(faded, PPP)
    # a page holding nothing but its number, 10 pt
    alone = Image.new("L", A4, 240)
    ImageDraw.Draw(alone).text((800, 2200), "12", fill=40, font=serif_font(28))
    assert not blank_page(alone, PPP)
    # show-through three times as strong as a sheet of office paper lets through
    assert not blank_page(_back(_front(), 0.45), PPP)


def _pdf(pages: list[Image.Image]) -> bytes:
    out = io.BytesIO()
    pages[0].save(out, format="PDF", resolution=DPI, save_all=True, append_images=pages[1:])
    return out.getvalue()


@needs_ocr
def test_a_blank_back_is_read_as_an_empty_page() -> None:
    front = _grain(_front(), 3.0, 3)
    data = _pdf([front, _back(_front(), 0.10), front])
    outcome = ocr_scanned_pages(data, [0, 1, 2])
    assert sorted(outcome.pages) == [0, 2]  # the back holds no word
    assert outcome.tried == [0, 1, 2] and not outcome.unread
    blank = ocr.ocr_page(data, 1)
    assert blank.words == [] and blank.rules == []
    assert "FICHE" in outcome.pages[0].text
