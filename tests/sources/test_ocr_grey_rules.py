"""Thin grey grid rules on a greyed page read without threshold (a Writer grid's grey rules,
~180, on paper of 236): over the ink level, so :func:`sources.ocr.image_rules` misses them;
the page's rules then take the light rules too, and the row under a group row's pale fill
is cut. Flat specks read as a letter on a rule are dropped (:func:`sources.ocr.drop_flat_specks`).
Hand-made pages and words."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from sources import ocr

_EMPTY_HOCR = (
    "<html xmlns='http://www.w3.org/1999/xhtml'><body>"
    "<div class='ocr_page' title='bbox 0 0 1200 1600'></div></body></html>"
)


def _grey_grid() -> Image.Image:
    """Paper 236 with a pale fill (226) band and a grid of 1 px rules at grey 180: three row
    rules across 100..1100 px (y 400, 440, 700), column rules at x 100, 600, 1100."""
    page = np.full((1600, 1200), 236, dtype=np.uint8)
    page[401:440, 101:1100] = 226  # a group row's pale fill
    for y in (400, 440, 700):
        page[y, 100:1101] = 180
    for x in (100, 600, 1100):
        page[400:701, x] = 180
    page[560, 200:500] = 180  # a short light run inside a row (a highlighter stroke's edge)
    return Image.fromarray(page, mode="L")


def test_image_rules_miss_grey_rules_over_the_ink_level() -> None:
    assert not ocr.image_rules(_grey_grid(), 0.36)


def test_a_grey_page_reads_its_light_grid_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_hocr", lambda *a, **k: _EMPTY_HOCR)
    image = _grey_grid()
    assert not ocr.needs_binarize(image)  # read as a grey page, no threshold
    result = ocr._read_upright(image, 0.36, ("x", 0, 200, "auto", True, True), 10.0)
    rows = sorted(
        round(r["top"] / 0.36)
        for r in result.rules
        if r["orientation"] == "h" and r["x1"] - r["x0"] >= 0.9 * 1000 * 0.36
    )
    assert len(rows) == 3  # the rule under the pale fill too
    assert all(abs(a - b) <= 1 for a, b in zip(rows, (400, 440, 700), strict=True))
    # the short run is no row rule: it would cut the row in two
    assert not [r for r in result.rules if r["orientation"] == "h" and 550 < r["top"] / 0.36 < 570]


def _word(text: str, top: float, bottom: float, conf: float) -> dict[str, object]:
    return {
        "text": text,
        "x0": 433.0,
        "x1": 439.0,
        "top": top,
        "bottom": bottom,
        "size": 9.5,
        "conf": conf,
    }


def test_flat_specks_on_a_rule_are_dropped() -> None:
    speck = _word("a", 757.0, 757.2, 52.0)
    letter = _word("a", 745.0, 752.0, 52.0)  # a short word as tall as its letters
    sure = _word("à", 757.0, 757.2, 96.0)  # read surely: kept
    longer = _word("GACdG", 757.0, 757.2, 52.0)  # a word, not a speck: kept
    assert ocr.drop_flat_specks([speck, letter, sure, longer]) == [letter, sure, longer]
