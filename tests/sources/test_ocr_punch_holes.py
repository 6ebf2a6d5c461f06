"""Punch holes in a scanned sheet's side margin painted with the paper's grey
(:mod:`sources.ocr_holes`); a grey fill's end, a dark fill reaching into the margin, a dark
border along the sheet's edge, a bullet and a square box stay. Hand-made pages."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from sources.ocr_holes import punch_holes, remove_punch_holes

W, H = 1240, 1754  # an A4 page at 150 dpi
PT = 72.0 / 150.0  # points per pixel
MM = 150 / 25.4


def _page() -> Image.Image:
    """Grey paper (232) with text strokes (40) from x 150 to 1100."""
    grey = np.full((H, W), 232, dtype=np.uint8)
    for n in range(20):
        top = 150 + 60 * n
        for x in range(150, 1100, 14):
            grey[top : top + 24, x : x + 3] = 40
    return Image.fromarray(grey, mode="L")


def _disc(image: Image.Image, cx: float, cy: float, diameter_mm: float, level: int) -> None:
    r = diameter_mm * MM / 2
    ImageDraw.Draw(image).ellipse((cx - r, cy - r, cx + r, cy + r), fill=level)


def test_two_punch_holes_in_the_left_margin_are_painted_as_paper() -> None:
    page = _page()
    for cy in (H / 2 - 80 * MM / 2, H / 2 + 80 * MM / 2):
        _disc(page, 12 * MM, cy, 6.0, 35)
    assert len(punch_holes(page, PT)) == 2
    out, count = remove_punch_holes(page, PT)
    assert count == 2
    margin = np.asarray(out)[:, : int(25 * MM)]
    assert margin.min() >= 200  # no dark disc left
    assert (np.asarray(out)[150:174, 150:153] == 40).all()  # the text kept


def test_prints_and_borders_that_are_no_holes_stay() -> None:
    page = _page()
    draw = ImageDraw.Draw(page)
    draw.rectangle((W - 60, 400, W - 10, 450), fill=40)  # a square box: filled as a rectangle
    draw.rectangle((W - 140, 700, W - 80, 760), fill=120)  # a grey fill
    _disc(page, 12 * MM, 900, 6.0, 140)  # a light grey disc: no hole's dark
    draw.rectangle((0, 0, 20, H - 1), fill=30)  # a dark border along the edge
    _disc(page, 10, 1300, 6.0, 35)  # a disc touching that border
    _disc(page, 12 * MM, 1500, 1.2, 35)  # a bullet, too small
    # a dark header fill reaching into the margin band, slanted (a skewed page)
    draw.polygon([(120, 1600), (900, 1590), (900, 1640), (120, 1650)], fill=40)
    assert punch_holes(page, PT) == []
    out, count = remove_punch_holes(page, PT)
    assert out is page and count == 0


def test_a_hole_punched_across_a_tables_rules_is_found_and_the_rules_stay() -> None:
    """A table reaching into the margin band: the hole sits on its top rule and its left rule
    (one dark blob with them, no disc) — found once the rules are opened away; the rules
    outside the hole's box are kept."""
    page = _page()
    draw = ImageDraw.Draw(page)
    left, top = round(10 * MM), 600
    draw.rectangle((left, top, 1150, top + 2), fill=40)  # the table's top rule
    draw.rectangle((left, top, left + 1, 1300), fill=40)  # its left rule
    _disc(page, left, top, 6.0, 35)
    holes = punch_holes(page, PT)
    assert len(holes) == 1
    x0, y0, x1, y1 = holes[0]
    assert abs((x0 + x1) / 2 - left) <= 3 and abs((y0 + y1) / 2 - top) <= 3
    assert 6.0 * MM - 4 <= x1 - x0 <= 6.0 * MM + 4
    out = np.asarray(remove_punch_holes(page, PT)[0])
    assert out[top + 60 : top + 400, left].max() <= 40  # the left rule below the hole kept
    assert out[top, 300:1100].max() <= 40  # the top rule beyond the margin kept


def test_a_dark_cell_holding_light_text_in_the_margin_band_is_no_hole() -> None:
    """A turned table's dark header cells (white years on black) standing in the margin band,
    each about as wide as a hole and filled by a disc's share once their text is counted out:
    their boxes' corners are inked, a disc's never are."""
    page = _page()
    draw = ImageDraw.Draw(page)
    for n in range(3):
        top = 400 + 80 * n
        draw.rectangle((80, top, 127, top + 58), fill=35)  # the cell (8 × 10 mm at 150 dpi)
        draw.rectangle((92, top + 8, 102, top + 48), fill=232)  # « 202 » turned, in white
        draw.rectangle((110, top + 20, 117, top + 36), fill=232)  # « 1 »
    assert punch_holes(page, PT) == []
