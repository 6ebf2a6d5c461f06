"""Rectangles turned an angle (sources.pdf.turned_shapes): masking-tape strips laid over a
slide (cot000_pptxadhesif's, as Impress prints them) are no boxes; the title bar, a rounded
box, a disc, a note turned two degrees and a slanted header parallelogram are not turned
rectangles."""

from __future__ import annotations

import math

from sources.pdf.turned_shapes import is_turned_rectangle


def _curve(pts: list[tuple[float, float]]) -> dict[str, object]:
    return {"object_type": "curve", "fill": True, "pts": pts}


def _turned(cx: float, cy: float, w: float, h: float, degrees: float) -> list[tuple[float, float]]:
    a = math.radians(degrees)
    corners = [(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2)]
    pts = [
        (cx + x * math.cos(a) - y * math.sin(a), cy + x * math.sin(a) + y * math.cos(a))
        for x, y in corners
    ]
    return [*pts, pts[0]]


def test_tape_strips_are_turned_rectangles() -> None:
    # slide 8 of cot000_pptxadhesif: each strip starts at a side's middle, as printed
    left = [(40.3, 67.0), (1.0, 94.5), (-11.6, 76.5), (67.0, 21.4), (79.6, 39.4), (40.3, 67.0)]
    right = [
        (679.7, 67.0),
        (640.4, 39.4),
        (653.0, 21.4),
        (731.6, 76.5),
        (719.0, 94.5),
        (679.7, 67.0),
    ]
    assert is_turned_rectangle(_curve(left))
    assert is_turned_rectangle(_curve(right))
    assert is_turned_rectangle(_curve(_turned(300, 200, 96, 22, 15)))


def test_boxes_that_hold_text_are_not() -> None:
    bar = [(360.0, 43.9), (0.0, 43.9), (0.0, 0.0), (719.9, 0.0), (719.9, 43.9), (360.0, 43.9)]
    assert not is_turned_rectangle(_curve(bar))
    # a rounded box: its corners' curves folded to their ends (eight points)
    rounded = [
        (10, 0),
        (90, 0),
        (100, 10),
        (100, 40),
        (90, 50),
        (10, 50),
        (0, 40),
        (0, 10),
        (10, 0),
    ]
    assert not is_turned_rectangle(_curve(rounded))
    diamond = [(50, 0), (100, 50), (50, 100), (0, 50), (50, 0)]
    assert is_turned_rectangle(_curve(diamond))  # a square turned 45°, straight sides
    disc = {**_curve(diamond), "curved": True}  # four Béziers: their ends make that diamond
    assert not is_turned_rectangle(disc)
    plumber_disc = {
        **_curve(diamond),
        "path": [("m", (50, 0)), ("c", (77, 0), (100, 23), (100, 50))],
    }
    assert not is_turned_rectangle(plumber_disc)
    assert not is_turned_rectangle(_curve(_turned(300, 200, 160, 60, 2)))  # a note, 2°
    slanted = [(20, 0), (120, 0), (100, 30), (0, 30), (20, 0)]  # a slanted header cell
    assert not is_turned_rectangle(_curve(slanted))
