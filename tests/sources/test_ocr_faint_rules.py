"""Faint row rules of a photographed page (:mod:`sources.ocr_faint_rules`): a thin grey line a
few grey levels under the paper on both sides is a row rule, joined across the part a
reflection washed out; a tinted row's edge (darker on one side only) and lines of text are
no rule. Hand-made pages at 300 dpi, as the page reader renders a scan."""

from __future__ import annotations

import numpy as np
from PIL import Image
from scipy import ndimage

from sources.ocr import light_rules
from sources.ocr_faint_rules import faint_row_rules, with_faint_row_rules

W, H = 2481, 1200  # the top of an A4 page at 300 dpi
PT = 72.0 / 300.0  # points per pixel
PAPER = 214


def _page() -> np.ndarray:
    """Grey paper lit unevenly (lighter to the left), grain, and six lines of « text »."""
    rng = np.random.default_rng(7)
    grey = np.tile(np.linspace(PAPER + 10, PAPER - 10, W), (H, 1))
    for n in range(6):  # strokes 4 px wide, 12 px apart: letters, with their gaps
        top = 80 + 40 * n
        for x in range(280, 2150, 12):
            grey[top : top + 30, x : x + 4] = 60
            grey[top + 14 : top + 17, x : x + 10] = 60  # a bar across each « letter »
    return grey + rng.normal(0.0, 2.0, grey.shape)


def _rule(grey: np.ndarray, row: int, x0: int, x1: int, depth: float) -> None:
    """A thin rule ``depth`` grey levels under the paper, blurred as a phone photo is."""
    line = np.zeros(grey.shape)
    line[row : row + 2, x0:x1] = depth
    grey -= ndimage.gaussian_filter(line, 1.5)  # 2 px at 300 dpi: a 0.5 pt rule, soft


def _image(grey: np.ndarray) -> Image.Image:
    return Image.fromarray(np.clip(grey, 0, 255).astype("uint8"), mode="L")


def test_a_faint_grey_row_rule_is_found() -> None:
    grey = _page()
    _rule(grey, 500, 260, 2180, 22.0)  # 22 levels at its middle row, ~12 once blurred
    dip = float(PAPER - grey[495:506, 1200:1210].mean(axis=1).min())
    assert 8.0 <= dip <= 16.0
    image = _image(grey)
    # the light-rule finder (30 levels under the paper around) does not see it
    assert [e for e in light_rules(image, PT, []) if e["orientation"] == "h"] == []
    found = faint_row_rules(image, PT)
    assert len(found) == 1
    rule = found[0]
    assert abs(rule["top"] - 500.5 * PT) <= 0.6
    assert abs(rule["x0"] - 260 * PT) <= 2.0 and abs(rule["x1"] - 2180 * PT) <= 2.0


def test_a_rule_washed_out_in_its_middle_is_one_rule() -> None:
    grey = _page()
    _rule(grey, 700, 260, 2180, 22.0)
    grey[600:800, 1100:1400] += (PAPER + 30 - grey[600:800, 1100:1400]) * 0.9  # a reflection
    found = faint_row_rules(_image(grey), PT)
    assert len(found) == 1
    assert found[0]["x0"] <= 262 * PT and found[0]["x1"] >= 2178 * PT


def test_a_tinted_rows_edge_and_text_lines_are_no_rule() -> None:
    grey = _page()
    grey[400:800, 260:2180] -= 9  # a tinted row: its top and bottom are steps, not ridges
    assert faint_row_rules(_image(grey), PT) == []


def test_a_rule_already_found_is_not_added_twice_and_its_pieces_give_way() -> None:
    grey = _page()
    _rule(grey, 500, 260, 2180, 22.0)
    _rule(grey, 900, 260, 2180, 22.0)
    y1, y2 = 500.5 * PT, 900.5 * PT
    whole = {"orientation": "h", "x0": 260 * PT, "x1": 2180 * PT, "top": y1, "bottom": y1}
    piece = {"orientation": "h", "x0": 800 * PT, "x1": 1200 * PT, "top": y2, "bottom": y2}
    rules = with_faint_row_rules(_image(grey), PT, [whole, piece])
    tops = sorted(e["top"] for e in rules)
    assert len(tops) == 2  # the piece replaced by the whole rule
    assert abs(tops[0] - y1) < 1e-9 and abs(tops[1] - y2) <= 0.6
    assert whole in rules
    assert max(e["x1"] - e["x0"] for e in rules if abs(e["top"] - y2) < 1) > 400
