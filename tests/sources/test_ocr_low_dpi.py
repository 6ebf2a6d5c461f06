"""OCR rules drawn from low-resolution, heavily compressed scans (issue 13, twentieth pass:
``grid_150_penche``, 150 dpi, 2° askew, JPEG quality 35): hand-made hOCR, blobs and images
with asserted values; no Tesseract needed."""

from __future__ import annotations

from typing import Any

from sources import ocr
from sources.ocr_repair import Blob
from sources.ocr_reread import reread_garbled_lines
from sources.ocr_words import small_initial

_PAGE = """<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><body>
<div class='ocr_page' title='bbox 0 0 1240 1754'>
 <span class='ocr_line' title="bbox 100 100 700 140; baseline 0 -8; x_size 30; x_descenders 8">
  <span class='ocrx_word' title='bbox 100 105 220 135; x_wconf 96'>Contexte</span>
 </span>
 <span class='ocr_line' title="bbox 100 200 560 240; baseline 0 -8; x_size 30; x_descenders 8">
  <span class='ocrx_word' title='bbox 100 205 300 240; x_wconf 91'>FICHE</span>
  <span class='ocrx_word' title='bbox 330 205 560 240; x_wconf 32'>ZL.4.1</span>
 </span>
</div></body></html>"""


def _sparse(text: str, conf: int) -> str:
    """hOCR of a band's crop read in sparse mode: « FICHE » and the code (crop pixels; the
    crop starts 13 px left of and above the band, a third of its height)."""
    return (
        "<html xmlns='http://www.w3.org/1999/xhtml'><body><div class='ocr_page' "
        "title='bbox 0 0 486 66'>"
        "<span class='ocr_line' title='bbox 13 13 473 53; baseline 0 -6; x_size 30'>"
        "<span class='ocrx_word' title='bbox 13 18 213 53; x_wconf 90'>FICHE</span>"
        f"<span class='ocrx_word' title='bbox 243 18 473 53; x_wconf {conf}'>{text}</span>"
        "</span></div></body></html>"
    )


def _thresholded(crop: Any) -> Any:
    """A stand-in for the Sauvola threshold: the crop in black and white, marked by its
    pixel 0 set to pure black (the grey crop's paper is 226)."""
    out = crop.point(lambda v: 0 if v < 128 else 255)
    out.putpixel((0, 0), 0)
    return out


def test_band_the_grey_crop_misreads_is_read_thresholded() -> None:
    """« FICHE 1.4.1 » read « ZL.4.1 » at 32 % on grain and JPEG blocks, and again in the
    grey crop: the thresholded crop reads « 1.4.1 » at 95 %, which is taken (the fiche was
    lost with its code)."""
    from PIL import Image

    page = Image.new("L", (1240, 1754), 226)
    seen: list[str] = []

    def read(crop: Any, psm: int) -> str:
        binary = crop.getpixel((0, 0)) == 0
        seen.append("seuillée" if binary else "gris")
        return _sparse("1.4.1", 95) if binary else _sparse("ZL.4.1", 30)

    out = reread_garbled_lines(page, _PAGE, read, _thresholded)
    assert seen == ["gris", "seuillée"]
    words = ocr.hocr_words(out, 1.0)
    assert [w["text"] for w in words] == ["Contexte", "FICHE", "1.4.1"]
    code = words[2]
    assert (code["x0"], code["x1"]) == (330, 560)  # back in page coordinates


def test_thresholded_crop_is_not_read_when_the_grey_one_reads_better() -> None:
    from PIL import Image

    page = Image.new("L", (1240, 1754), 226)
    seen: list[str] = []

    def read(crop: Any, psm: int) -> str:
        seen.append("seuillée" if crop.getpixel((0, 0)) == 0 else "gris")
        return _sparse("1.4.1", 93)

    out = reread_garbled_lines(page, _PAGE, read, _thresholded)
    assert seen == ["gris"]
    assert [w["text"] for w in ocr.hocr_words(out, 1.0)] == ["Contexte", "FICHE", "1.4.1"]


def test_thresholded_reading_no_better_keeps_the_first_reading() -> None:
    from PIL import Image

    page = Image.new("L", (1240, 1754), 226)
    out = reread_garbled_lines(page, _PAGE, lambda crop, psm: _sparse("ZL.4.l", 20), _thresholded)
    assert out == _PAGE
    # without a threshold (a page already thresholded) the band is read once, as before
    calls: list[int] = []
    reread_garbled_lines(page, _PAGE, lambda crop, psm: calls.append(psm) or _sparse("Z", 9))
    assert len(calls) == 1


def _blob(x0: int, x1: int, top: int, bottom: int = 40) -> Blob:
    return Blob(x0, x1, top, bottom, (x1 - x0) * (bottom - top) // 2)


def test_capital_is_kept_when_touching_letters_hide_the_x_height() -> None:
    """« Contexte » at 150 dpi: its letters touch in three blobs, each holding a « t » as
    tall as the « C »; no blob shows the x-height, so the « C » is not taken for « c »."""
    word = {"text": "Contexte", "conf": 96.0}
    blobs = [_blob(0, 77, 0), _blob(77, 144, 0), _blob(143, 170, 0)]
    assert small_initial(word, blobs) is None


def test_small_initial_still_found_where_the_x_height_shows() -> None:
    """« Structurante » read with a capital whose ink is x-height tall: the « t » blobs rise
    over the x-height of « r u c u r a n e », so the measure holds and the « S » is small."""
    word = {"text": "Structurante", "conf": 80.0}
    tall, x = 0, 12
    tops = [x, tall, x, x, x, tall, x, x, x, x, tall, x]
    blobs = [_blob(i * 20, i * 20 + 16, top) for i, top in enumerate(tops)]
    assert small_initial(word, blobs) == "structurante"
    # the same word printed with its capital: the first blob is as tall as the « t »
    blobs[0] = _blob(0, 16, tall)
    assert small_initial(word, blobs) is None
    # a word without tall letters keeps the old rule: « Sur » x-height tall is « sur »
    assert (
        small_initial(
            {"text": "Sur", "conf": 80.0}, [_blob(0, 16, x), _blob(20, 36, x), _blob(40, 52, x)]
        )
        == "sur"
    )


def _falling_off_page() -> Any:
    """A 300 dpi strip of page: paper 250 on the left falling to 200 on the right, a light
    grey row rule (4 px, 50 levels under the paper) at y 400, a dark header band (grey 50,
    y 100-260) with light letter-like bars in it, and a faint show-through bar."""
    import numpy as np
    from PIL import Image

    w, h = 2000, 700
    paper = np.linspace(250, 200, w)[None, :].repeat(h, axis=0)
    grey = paper.copy()
    grey[400:404, 100:1900] -= 50  # the light rule
    grey[100:260, 100:1900] = 50  # the header band
    for x in range(150, 1850, 40):  # its light letters: stems 10 px wide, 120 px tall
        grey[120:240, x : x + 10] = 235
    grey[550:556, 300:1200] -= 15  # show-through of a rule on the back: too faint
    return Image.fromarray(grey.clip(0, 255).astype("uint8"), mode="L")


def test_light_rule_broken_by_the_threshold_is_found_on_the_grey_page() -> None:
    """The row rule is found whole (its pieces from the thresholded page replaced), and
    neither the gaps between the header band's light letters nor the show-through give
    rules."""
    ppp = 0.24  # 300 dpi
    pieces = [  # what the thresholded page gave: a third of the rule, in two pieces
        {"orientation": "h", "x0": 30.0, "x1": 100.0, "top": 96.5, "bottom": 96.5},
        {"orientation": "h", "x0": 300.0, "x1": 380.0, "top": 96.0, "bottom": 96.0},
        {"orientation": "h", "x0": 24.0, "x1": 456.0, "top": 24.0, "bottom": 24.0},  # band top
    ]
    rules = ocr.light_rules(_falling_off_page(), ppp, pieces)
    light = [r for r in rules if r not in pieces]
    assert len(light) == 1
    rule = light[0]
    assert rule["orientation"] == "h"
    assert abs(rule["top"] - 402 * ppp) <= 0.5
    assert rule["x0"] <= 100 * ppp + 1 and rule["x1"] >= 1900 * ppp - 1
    assert pieces[2] in rules  # the band's edge is no piece of it: kept
    assert pieces[0] not in rules and pieces[1] not in rules
    assert not [r for r in rules if r["orientation"] == "v"]


def test_no_light_rule_on_plain_paper() -> None:
    from PIL import Image

    page = Image.new("L", (1200, 800), 230)
    found = [{"orientation": "h", "x0": 10.0, "x1": 200.0, "top": 50.0, "bottom": 50.0}]
    assert ocr.light_rules(page, 0.24, found) == found


def _two_lines(second_left: int, second_baseline: int) -> str:
    """hOCR of « Liens avec les » over « objectifs » (a wrapped label), 1 px = 1 pt."""
    return f"""<html xmlns='http://www.w3.org/1999/xhtml'><body>
<div class='ocr_page' title='bbox 0 0 600 800'>
 <span class='ocr_line' title="bbox 52 304 119 315; baseline 0 -3; x_size 8.5; x_descenders 3">
  <span class='ocrx_word' title='bbox 52 304 75 312; x_wconf 95'>Liens</span>
  <span class='ocrx_word' title='bbox 78 306 99 312; x_wconf 95'>avec</span>
  <span class='ocrx_word' title='bbox 102 304 119 312; x_wconf 95'>les</span>
 </span>
 <span class='ocr_line' title="bbox {second_left} 314 {second_left + 41} {second_baseline + 3}; baseline 0 -3; x_size 8.5; x_descenders 3">
  <span class='ocrx_word' title='bbox {second_left} 314 {second_left + 41} {second_baseline}; x_wconf 95'>objectifs</span>
 </span>
</div></body></html>"""


def test_wrapped_label_lines_stack_without_overlapping() -> None:
    """Baselines 11 pt apart, boxes 11.5 pt tall (1 pt overlap): the first line's words end where the
    second line starts (as a text PDF's font metrics), all of them, « les » included."""
    words = ocr.hocr_words(_two_lines(51, 323), 1.0)
    first, second = words[:3], words[3]
    assert second["text"] == "objectifs"
    assert [w["bottom"] for w in first] == [second["top"] - 0.5] * 3  # half a point between
    assert all(w["height"] == w["bottom"] - w["top"] for w in first)
    # the same lines in two columns apart: no line is under the other, nothing is cut
    apart = ocr.hocr_words(_two_lines(300, 323), 1.0)
    assert [w["bottom"] for w in apart[:3]] == [312 + 3] * 3


def test_band_of_stacked_lines_is_not_read_thresholded() -> None:
    """A header row with two-line labels (« Ressources à / mobiliser ») is a band of several
    lines: read thresholded, its labels came out as lines of their own and the header row
    was cut; only its grey crop is read again, as before."""
    from PIL import Image

    from tests.sources.test_ocr import _PAGE_HOCR

    page = Image.new("L", (2480, 3508), 226)
    seen: list[bool] = []

    def read(crop: Any, psm: int) -> str:
        seen.append(crop.getpixel((0, 0)) == 0)
        return _sparse("Z", 5)

    reread_garbled_lines(page, _PAGE_HOCR, read, _thresholded)
    assert seen == [False]


def _w(text: str, x0: float, x1: float, top: float, bottom: float) -> dict:
    return {"text": text, "x0": x0, "x1": x1, "top": top, "bottom": bottom, "height": bottom - top}


def test_final_words_of_a_printed_line_end_over_the_next_line() -> None:
    """Words made again from crops: « Liens avec les » over « objectifs » (0.4 pt into it)
    is cut half a point over it, and so are « Réduction … GES », on the same printed line
    (tops 0.3 pt apart) though no word lies right under « GES »; the line under them, and
    a line overlapping by more than 15 % (another row, not a wrapped label), are kept."""
    words = [
        _w("Liens", 52, 77, 299.6, 311.2),
        _w("les", 106, 119, 299.6, 311.2),
        _w("Réduction", 172, 216, 299.6, 311.0),
        _w("GES", 300, 320, 299.9, 311.2),
        _w("objectifs", 52, 92, 310.8, 321.3),
        _w("Séquestration", 172, 233, 313.4, 324.7),
        _w("titre", 400, 440, 500.0, 512.0),
        _w("sous", 400, 430, 508.0, 520.0),
    ]
    ocr.unoverlap_words(words)
    bottoms = {w["text"]: round(w["bottom"], 2) for w in words}
    assert bottoms == {
        "Liens": 310.3,
        "les": 310.3,
        "Réduction": 310.3,
        "GES": 310.3,
        "objectifs": 321.3,
        "Séquestration": 324.7,
        "titre": 512.0,
        "sous": 520.0,
    }
    assert all(w["height"] == w["bottom"] - w["top"] for w in words)
