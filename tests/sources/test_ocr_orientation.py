"""A scanned page fed a quarter or half turn round, put upright before it is read
(:mod:`sources.ocr_orient`): Tesseract's orientation detection tells the turn, the lines'
direction (projection profiles) keeps a level page from a quarter turn, and without the
``osd`` data a sideways page is still turned the way it reads best. Hand-made pages."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from sources import ocr, ocr_orient
from sources.ocr_orient import NO_OSD_NOTE, lines_run_level, page_turn, turned
from tests.sources.ocr_fonts import serif_font

PPP = 72.0 / 200  # points per pixel: a 200 dpi scan
LINES = [
    "Objectif opérationnel : Participer à l'amélioration de la gestion",
    "et la valorisation des déchets du territoire. Les actions à",
    "développer sont les suivantes : organisation de rencontres",
    "annuelles entre entreprises engagées dans la démarche pour se",
    "faire connaître et partager leurs pratiques, puis mission de",
    "conseil auprès des communes et des services de l'agglomération.",
    "Porteur : GACdG, service prévention et collecte des déchets.",
    "Partenaires envisagés : Trigone, chambres consulaires, ADEME.",
]

needs_ocr = pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract (fra) absent")
needs_osd = pytest.mark.skipif(
    not ocr_orient.osd_available(), reason="Tesseract osd absent (tesseract-ocr-osd)"
)


def _font(size: int) -> ImageFont.FreeTypeFont:
    return serif_font(size)


def _page(width: int = 1650, height: int = 1170) -> Image.Image:
    """A page of eight 10 pt text lines at 200 dpi on grey paper, a ruled box round them."""
    image = Image.new("L", (width, height), 236)
    draw = ImageDraw.Draw(image)
    font = _font(28)
    for n, text in enumerate(LINES):
        draw.text((120, 160 + 60 * n), text, fill=30, font=font)
    draw.rectangle((90, 130, width - 90, 160 + 60 * len(LINES) + 20), outline=60, width=2)
    return image


def test_the_lines_direction_tells_a_level_page_from_a_sideways_one() -> None:
    page = _page()
    assert lines_run_level(page)
    assert lines_run_level(page.transpose(Image.Transpose.ROTATE_180))
    assert not lines_run_level(page.transpose(Image.Transpose.ROTATE_90))
    assert not lines_run_level(page.transpose(Image.Transpose.ROTATE_270))
    assert not lines_run_level(Image.new("L", (400, 600), 240))  # a blank page: no cue


def test_turned_undoes_a_feeder_s_turn_exactly() -> None:
    page = _page()
    sideways = page.transpose(Image.Transpose.ROTATE_90)  # a quarter turn counter-clockwise
    assert sideways.size == (1170, 1650)
    assert np.array_equal(np.asarray(turned(sideways, 90)), np.asarray(page))
    upside = page.transpose(Image.Transpose.ROTATE_180)
    assert np.array_equal(np.asarray(turned(upside, 180)), np.asarray(page))
    assert turned(page, 0) is page


@needs_osd
def test_tesseract_orientation_turns_sideways_and_upside_down_pages_upright() -> None:
    page = _page()
    assert page_turn(page, PPP) == (0, None)
    assert page_turn(page.transpose(Image.Transpose.ROTATE_90), PPP) == (90, None)
    assert page_turn(page.transpose(Image.Transpose.ROTATE_270), PPP) == (270, None)
    assert page_turn(page.transpose(Image.Transpose.ROTATE_180), PPP) == (180, None)


@needs_osd
def test_a_portrait_page_meant_portrait_is_never_turned_a_quarter() -> None:
    # a portrait sheet of level lines (a fiche's fields page): whatever Tesseract guesses,
    # the lines run level
    page = Image.new("L", (1170, 1650), 236)
    page.paste(_page().crop((0, 0, 1170, 800)), (0, 200))
    turn, _ = page_turn(page, PPP)
    assert turn == 0


@needs_ocr
def test_without_osd_a_sideways_page_is_turned_the_way_it_reads_best(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the osd data not installed (tesseract-ocr-osd): no orientation from Tesseract
    monkeypatch.setattr(ocr_orient, "osd_available", lambda: False)
    sideways = _page().transpose(Image.Transpose.ROTATE_90)

    def confidence(image: Image.Image, ppp: float) -> float:
        return ocr._read_confidence(image, ppp, ocr.PAGE_TIMEOUT_S)

    assert page_turn(sideways, PPP, confidence) == (90, NO_OSD_NOTE)
    assert page_turn(_page(), PPP, confidence) == (0, None)  # level lines: not even read
    assert "tesseract-ocr-osd non installé" in NO_OSD_NOTE


@needs_ocr
def test_an_unsure_quarter_turn_is_taken_when_the_page_reads_surer_turned(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a landscape page with little text on it (a table's row carried over the page break):
    # Tesseract tells the right quarter turn at a confidence of 1.03 (a sure page: 10-17)
    def confidence(image: Image.Image, ppp: float) -> float:
        return ocr._read_confidence(image, ppp, ocr.PAGE_TIMEOUT_S)

    sideways = _page().transpose(Image.Transpose.ROTATE_90)
    assert not lines_run_level(sideways)
    small, ppp = ocr_orient._reduced(sideways, PPP, 150)
    as_is, upright = confidence(small, ppp), confidence(turned(small, 90), ppp)
    assert upright > 0.8 and upright >= as_is + 0.25  # read both ways: clearly surer upright
    monkeypatch.setattr(ocr_orient, "osd_turn", lambda image, ppp: (90, 1.03))
    assert page_turn(sideways, PPP, confidence) == (90, None)
    # the wrong quarter turn told unsure: read that way the page is no surer, it is kept
    monkeypatch.setattr(ocr_orient, "osd_turn", lambda image, ppp: (270, 0.45))
    assert page_turn(sideways, PPP, confidence) == (0, None)
    # without a reader the unsure cue is not taken (as before)
    monkeypatch.setattr(ocr_orient, "osd_turn", lambda image, ppp: (90, 1.03))
    assert page_turn(sideways, PPP) == (0, None)
