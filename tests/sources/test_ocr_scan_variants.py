"""OCR on scans of tuned producer plans made differently (grey paper, skew, grain, JPEG).

Issue 13, fifth pass: three new scan variants of tuned producer layouts
(``scripts/measure_ocr_variants.py``) lost rows and fiches for reasons fixed generally:
a header row printed light on a dark fill (Tesseract dropped « Etape »), one printed line cut
by Tesseract into lines of different font heights, letters read for digits in a fiche code
(« FICHE L.L.5 »), a thousands space dropped (« 5000 » for « 5 000 »), an objective code
printed alone misread (« 23 » for « 1.3 »), and lines taken twice by the second reading.
Unit tests run everywhere; the scan test needs Tesseract.
"""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from sources import ocr
from sources.action_plan import parse_action_plan
from sources.pdf.lines import words_to_lines
from tests.sources.test_ocr import _bold_serif_font, _crop_hocr, needs_ocr

SHA = "0123456789abcdef" * 4


# --------------------------------------------------------------------------- dark fills


def _header_band_page() -> object:
    """A 300 dpi page on grey paper (225): a dark header row (fill 90) holding light words
    (235), and a solid black band with nothing in it."""
    from PIL import Image, ImageDraw

    image = Image.new("L", (2480, 1200), 225)
    draw = ImageDraw.Draw(image)
    draw.rectangle((200, 300, 2280, 420), fill=90)
    for x in (240, 700, 1500, 1900):  # words: light strokes on the fill
        for dx in range(0, 160, 24):
            draw.rectangle((x + dx, 340, x + dx + 8, 380), fill=235)
    draw.rectangle((200, 800, 2280, 880), fill=20)
    return image


def test_light_words_on_a_dark_fill_become_dark_words_on_paper() -> None:
    from sources.ocr_invert import invert_dark_fills

    image = _header_band_page()
    out, inverted = invert_dark_fills(image, 0.24)
    assert inverted == 1
    grey = np.asarray(out)
    assert grey[360, 244] == 0  # a letter stroke: ink
    assert grey[310, 600] == 225  # the fill: paper
    assert grey[360, 600] == 225
    assert (grey[800:880, 200:2280] == 20).all()  # a solid band has no letters: untouched
    assert (grey[100:250] == 225).all()  # no frame drawn around the band
    assert (grey[430:700] == 225).all()


def test_a_page_without_dark_fill_is_left_as_is() -> None:
    from PIL import Image, ImageDraw

    from sources.ocr_invert import invert_dark_fills

    image = Image.new("L", (2480, 1200), 250)
    ImageDraw.Draw(image).rectangle((300, 300, 340, 340), fill=0)  # a big bullet, not a band
    out, inverted = invert_dark_fills(image, 0.24)
    assert inverted == 0 and out is image


# --------------------------------------------------------------------------- split lines

_SPLIT_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 200 500 1500 545; baseline 0 -10; x_size 36; x_descenders 8">
  <span class='ocrx_word' title='bbox 200 500 340 535; x_wconf 95'>Etape</span>
  <span class='ocrx_word' title='bbox 700 500 900 535; x_wconf 95'>Descriptif</span>
  <span class='ocrx_word' title='bbox 1300 500 1500 535; x_wconf 95'>Planification</span>
 </span>
 <span class='ocr_line' title="bbox 1800 508 1950 537; baseline 0 -2; x_size 27; x_descenders 6">
  <span class='ocrx_word' title='bbox 1800 508 1950 535; x_wconf 95'>Porteur</span>
 </span>
 <span class='ocr_line' title="bbox 2000 540 2200 580; baseline 0 -5; x_size 27; x_descenders 6">
  <span class='ocrx_word' title='bbox 2000 548 2200 575; x_wconf 95'>mobiliser</span>
 </span>
</div></body></html>"""


def test_lines_cut_out_of_one_printed_line_are_one_line_again() -> None:
    """« Porteur » read as a line of its own, with a font height a quarter smaller: same
    baseline, so the same top as its row; « mobiliser », a line lower, stays apart."""
    words = ocr.hocr_words(_SPLIT_HOCR, 0.24)
    lines = words_to_lines(words, 1)
    assert [[s.text for s in ln.segments] for ln in lines] == [
        ["Etape", "Descriptif", "Planification", "Porteur"],
        ["mobiliser"],
    ]
    tops = {w["text"]: w["top"] for w in words}
    assert tops["Porteur"] == pytest.approx(tops["Etape"])
    assert tops["mobiliser"] > tops["Etape"] + 5


def test_a_line_of_one_mark_is_a_speck() -> None:
    hocr = _SPLIT_HOCR.replace(">Porteur<", ">;<")
    assert [w["text"] for w in ocr.hocr_words(hocr, 0.24)] == [
        "Etape",
        "Descriptif",
        "Planification",
        "mobiliser",
    ]


# --------------------------------------------------------------------------- codes, amounts


def _words(*texts: str, top: float = 100.0) -> list[dict]:
    out, x = [], 50.0
    for text in texts:
        out.append({"text": text, "x0": x, "x1": x + 6 * len(text), "top": top, "bottom": top + 9})
        x += 6 * len(text) + 3
    return out


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("FICHE", "L.L.5"), "1.1.5"),
        (("Fiche", "I.2.l"), "1.2.1"),
        (("ACTION", "1.O.3"), "1.0.3"),
        (("FICHE", "1.1.5"), "1.1.5"),  # read right
        (("Budget", "I.2.l"), "I.2.l"),  # not after a fiche heading word
        (("FICHE", "Lot"), "Lot"),  # not shaped like a code
        (("FICHE", "2021"), "2021"),
    ],
)
def test_letters_read_for_digits_in_a_fiche_code(texts: tuple[str, str], expected: str) -> None:
    from sources.ocr_repair import repaired_heading_codes

    words = _words(*texts)
    repaired_heading_codes(words)
    assert words[1]["text"] == expected


def test_a_code_on_the_next_line_is_not_a_fiche_code() -> None:
    from sources.ocr_repair import repaired_heading_codes

    words = _words("FICHE") + _words("I.2", top=130.0)
    assert repaired_heading_codes(words) == 0 and words[1]["text"] == "I.2"


def _amount_image(printed: str, read: str) -> tuple[object, dict]:
    from PIL import Image, ImageDraw

    font = _bold_serif_font(40)
    image = Image.new("L", (900, 120), 250)
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), printed, font=font, fill=30)
    x0, top, x1, bottom = draw.textbbox((40, 30), printed, font=font)
    ppp = 0.24
    word = {"text": read, "x0": x0 * ppp, "x1": x1 * ppp, "top": (top - 4) * ppp}
    word["bottom"] = (bottom + 6) * ppp
    return image, word


@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("5 000", "5000", "5 000"),  # the thousands space Tesseract dropped
        ("25 000", "25000", "25 000"),
        ("15000", "15000", "15000"),  # printed without a space: as read
        ("2020", "2020", "2020"),
        ("5  00", "5000", "5000"),  # the image does not show these digits: as read
    ],
)
def test_thousands_space_is_put_back_only_where_printed(printed, read, expected) -> None:
    from sources.ocr_repair import repair_words

    image, word = _amount_image(printed, read)
    repair_words(image, [word], 0.24)
    assert word["text"] == expected


# --------------------------------------------------------------------------- second reading

_CODE_HOCR = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' title='bbox 0 0 2480 3508'>
 <span class='ocr_line' title="bbox 240 1279 308 1317; baseline 0 -4; x_size 40; x_descenders 8">
  <span class='ocrx_word' title='bbox 240 1279 308 1317; x_wconf CONF'>23</span>
 </span>
 <span class='ocr_line' title="bbox 240 1400 1500 1440; baseline 0 -8; x_size 36; x_descenders 8">
  <span class='ocrx_word' title='bbox 240 1400 600 1440; x_wconf 95'>Objectif</span>
 </span>
</div></body></html>"""


def test_a_short_number_alone_read_unsure_is_read_again() -> None:
    """An objective code printed alone (« 1.3 ») read « 23 » at 55 % in the page: its band,
    cropped with a margin of its height, read again gives « 1.3 » at 93 %, which replaces
    it; read at 96 % it is not read again."""
    from PIL import Image

    from sources.ocr_reread import reread_garbled_lines

    image = Image.new("L", (2480, 3508), 255)
    crops: list[tuple[int, int]] = []
    again = _crop_hocr([("1.3", (38, 38, 106, 76), 93)])  # crop origin (202, 1241)

    def read(crop: object, psm: int) -> str:
        crops.append(crop.size)
        return again

    out = reread_garbled_lines(image, _CODE_HOCR.replace("CONF", "55"), read)
    assert crops == [(308 + 38 - 202, 1317 + 38 - 1241)]
    assert [w["text"] for w in ocr.hocr_words(out, 1.0)] == ["1.3", "Objectif"]
    sure = _CODE_HOCR.replace("CONF", "96")
    assert reread_garbled_lines(image, sure, lambda c, p: pytest.fail("read")) == sure


def test_a_line_outside_the_band_is_not_taken_twice() -> None:
    """The crop of a band takes in part of the line below; read again, that line is in the
    new reading too, its centre inside the band: it must not be added beside the first
    reading of it."""
    from PIL import Image

    from sources.ocr_reread import reread_garbled_lines

    hocr = _CODE_HOCR.replace("CONF", "55")
    hocr = hocr.replace("bbox 240 1400 1500 1440", "bbox 240 1318 600 1338")
    hocr = hocr.replace("bbox 240 1400 600 1440", "bbox 240 1318 600 1338")
    again = _crop_hocr([("1.3", (38, 38, 106, 76), 93), ("Objectif", (38, 63, 398, 89), 95)])
    image = Image.new("L", (2480, 3508), 255)
    out = reread_garbled_lines(image, hocr, lambda c, p: again)
    assert [w["text"] for w in ocr.hocr_words(out, 1.0)] == ["1.3", "Objectif"]


# --------------------------------------------------------------------------- a real scan


@cache
def _stripes_scan_pages() -> bytes:
    """Pages 6-7 of the Chromium « stripes » plan (tuned), scanned on grey paper (225) at
    200 dpi, 0.8° askew, with grain and JPEG quality 60 (variant ``stripes_gris_200``)."""
    from tests.generators.scans import scan_pdf
    from tests.sources.pdf.test_producers import PRODUCERS

    path = PRODUCERS / "plan_html_stripes.pdf"
    if not path.exists():
        pytest.skip("PDF de producteur absent : plan_html_stripes.pdf")
    return scan_pdf(
        path.read_bytes(), [5, 6], dpi=200, paper=225, skew_deg=0.8, grain=5.0, quality=60
    )


@needs_ocr
def test_grey_scan_with_dark_header_reads_every_step() -> None:
    """Fiche 1.2.1 of the stripes plan: header row light on dark grey, zebra rows, grey
    paper. Before the fifth pass « Etape » was not read and the step and its description
    came out as one cell (0 of 35 rows of the plan); now every step label, planning,
    budget and owner as in the seed."""
    from tests.sources.action_plan.test_action_plan_seed001 import seed_fiches

    doc = parse_action_plan(_stripes_scan_pages(), "plans/scan_gris.pdf", SHA)
    action = next(a for a in doc.actions if a.action_code == "1.2.1")
    steps = [s for s in doc.steps if s.action_id == action.action_id]
    fiche = next(f for f in seed_fiches() if f.code == "1.2.1")
    got = [(s.step.casefold(), s.planning_label, s.budget_label, s.owner) for s in steps]
    want = [(w.step.casefold(), w.planning, w.resources, w.owner) for w in fiche.steps]
    assert got == want


@pytest.mark.parametrize(
    ("printed", "read", "expected"),
    [
        ("Identifier", "identifier", "Identifier"),  # capital I read as i
        ("Impliquer", "impliquer", "Impliquer"),
        ("identifier", "identifier", "identifier"),  # printed with its dot: as read
        ("initier", "initier", "initier"),
    ],
)
def test_capital_i_read_as_small_i(printed: str, read: str, expected: str) -> None:
    """Sans-serif text (what Chromium and Writer print): 10 pt at 300 dpi."""
    from pathlib import Path

    import matplotlib
    from PIL import Image, ImageDraw, ImageFont

    from sources.ocr_repair import repair_words

    font = ImageFont.truetype(
        str(Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"), 42
    )
    image = Image.new("L", (900, 120), 245)
    draw = ImageDraw.Draw(image)
    draw.text((40, 30), printed, font=font, fill=40)
    x0, top, x1, bottom = draw.textbbox((40, 30), printed, font=font)
    word = {"text": read, "x0": x0 * 0.24, "x1": x1 * 0.24, "top": (top - 4) * 0.24}
    word["bottom"] = (bottom + 6) * 0.24
    repair_words(image, [word], 0.24)
    assert word["text"] == expected


def test_speck_words_are_dropped_thin_glyphs_kept() -> None:
    hocr = _SPLIT_HOCR.replace(
        "<span class='ocrx_word' title='bbox 700 500 900 535; x_wconf 95'>Descriptif</span>",
        "<span class='ocrx_word' title='bbox 700 500 703 535; x_wconf 95'>&lt;</span>"
        "<span class='ocrx_word' title='bbox 720 500 724 535; x_wconf 95'>I</span>",
    )
    texts = [w["text"] for w in ocr.hocr_words(hocr, 0.24)]
    assert texts == ["Etape", "I", "Planification", "Porteur", "mobiliser"]


def test_fill_of_a_row_cut_by_the_page_break_gives_its_edges() -> None:
    """Writer zebra table going on from the page before: the page opens with the end of a
    filled row (its last description lines: words in one column). As wide as the filled
    rows below it, it is a table row and gives its edges (before: the next row's first lines
    were read into it); the same band below other text stays a label/value band."""
    from PIL import ImageDraw

    from sources.ocr_fills import fill_edges
    from tests.sources.test_ocr import _zebra_page

    image, words = _zebra_page()
    draw = ImageDraw.Draw(image)
    draw.rectangle((200, 500, 2280, 799), fill=238)  # the end of a row cut by the break
    draw.rectangle((610, 560, 900, 590), fill=30)
    words.append({"text": "fin", "x0": 610 * 0.24, "x1": 900 * 0.24} | {"top": 560 * 0.24})
    words[-1]["bottom"] = 590 * 0.24
    tops = sorted({round(e["top"] / 0.24) for e in fill_edges(image, 0.24, words)})
    assert tops == [500, 800, 1000, 1200, 1400, 1600]
    words.append({"text": "titre", "x0": 220 * 0.24, "x1": 500 * 0.24} | {"top": 420 * 0.24})
    words[-1]["bottom"] = 450 * 0.24  # a heading above it: not the page's first content
    tops = sorted({round(e["top"] / 0.24) for e in fill_edges(image, 0.24, words)})
    assert tops == [1000, 1200, 1400, 1600]


def test_a_dark_header_band_scanned_askew_is_still_turned_dark_on_paper() -> None:
    """A Word « Medium Shading » header (fill grey 136 on white paper), two thousand pixels
    wide and 0.6° askew: its box is tilted, not its columns' runs; its light words become
    dark words on paper. A frame drawn round a block (a picture's outline) is no band."""
    from PIL import Image, ImageDraw

    from sources.ocr_invert import dark_bands, invert_dark_fills

    image = Image.new("L", (2480, 1400), 247)
    draw = ImageDraw.Draw(image)
    draw.rectangle((200, 300, 2200, 388), fill=136)
    for x in range(240, 2150, 160):  # words: light strokes on the fill
        for dx in range(0, 120, 20):
            draw.rectangle((x + dx, 320, x + dx + 7, 368), fill=240)
    draw.rectangle((600, 900, 1600, 1300), outline=40, width=14)  # a frame, not a band
    askew = image.rotate(0.6, resample=Image.BICUBIC, fillcolor=247)
    bands = dark_bands(askew, 0.24)
    assert len(bands) == 1
    x0, top, x1, bottom = bands[0]
    assert x0 <= 210 and x1 >= 2190 and top <= 300 and bottom >= 380
    out, inverted = invert_dark_fills(askew, 0.24)
    assert inverted == 1
    grey = np.asarray(out)
    assert grey[345, 243] < 60  # a letter stroke (light before): ink now
    assert grey[345, 232] > 200  # the fill beside it: paper now


def test_only_a_long_band_is_weighed_along_its_tilt() -> None:
    """Dark parallelograms drifting their own height across (half of each box is paper): a
    long one in a grey tint (a header row scanned askew) is a band; a short one (a bold
    word's blob) is not, nor a long one in black ink (a bold title's letters closed
    together)."""
    from PIL import Image, ImageDraw

    from sources.ocr_invert import dark_bands

    image = Image.new("L", (2480, 1000), 250)
    draw = ImageDraw.Draw(image)
    draw.polygon([(100, 200), (2300, 152), (2300, 200), (100, 248)], fill=120)  # long tint
    draw.polygon([(300, 700), (540, 652), (540, 700), (300, 748)], fill=120)  # short
    draw.polygon([(100, 500), (2300, 452), (2300, 500), (100, 548)], fill=20)  # long, black
    bands = dark_bands(image, 0.24)
    assert len(bands) == 1 and bands[0][1] < 200 < bands[0][3] and bands[0][2] > 2200
