"""Text leaned by a skew of its text matrix (a synthesized oblique), read upright.

A site that self-hosts only the upright faces of its webfont and sets headings in italics
gets them printed by Chromium in the upright font leaning right: the text matrix carries a
horizontal skew (``[a 0 c d]``, ``c/d`` about 0.25), as Word's and LibreOffice's synthesized
italics do. The glyphs keep their baseline, origins and advances; only their ink leans.

pdfminer bounds such a glyph by its box's two skewed corners, so each box widens by
``|c/d|`` of the font size and overlaps its neighbours, and the page's words come apart; PDFium
refused the matrix as rotated. A skew alone is read as the upright text it is: each character
from its origin over its advance, the matrix's skew dropped.
"""

from __future__ import annotations

from typing import Any

MAX_SKEW = 0.5  # |c/d| at most: a lean of about 27°, past any synthesized italic (12–14°)


def is_oblique(a: float, b: float, c: float, d: float) -> bool:
    """Whether a text matrix only leans its glyphs: upright baseline, unmirrored, a skew."""
    return abs(b) <= 1e-6 and a > 0 and d > 0 and 1e-6 < abs(c) <= MAX_SKEW * d


def straighten_oblique(chars: list[dict[str, Any]]) -> int:
    """Give pdfminer characters of leaned text their upright boxes, in place: from the
    origin, over the advance (the box's width less the skew's share of its height). Returns
    how many were straightened."""
    done = 0
    for char in chars:
        matrix = char.get("matrix")
        if not matrix or len(matrix) < 6:
            continue
        a, b, c, d, e, f = matrix
        if not is_oblique(a, b, c, d):
            continue
        width = (char["x1"] - char["x0"]) - abs(c / d) * (char["y1"] - char["y0"])
        if width < 0:
            continue
        char["x0"], char["x1"] = e, e + width
        char["width"] = width
        char["matrix"] = (a, 0.0, 0.0, d, e, f)
        done += 1
    return done
