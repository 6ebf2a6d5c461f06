"""Light cell fills on a scanned page (zebra rows, shaded cells) as pdfplumber-like edges.

On a text PDF a table drawn with zebra rows and no rules still has row boundaries: every
filled rectangle is in pdfplumber's ``page.edges`` (its top and bottom), and the layout code
cuts rows on them. On a scan the fills are only a lighter grey than the paper
(~240 on 254): :func:`sources.ocr.image_rules` looks for ink (darker than 170) and sees none,
so every row of a Writer table « zebra, no rule » was read as one row (0 of 35 steps on the
scanned producer plan). This module finds the fills on the image and gives their top and
bottom edges, as pdfplumber does for the rectangles.

A fill is a band of at least :data:`MIN_FILL_PT` whose rows hold a run darker than the paper
over at least :data:`MIN_WIDTH_SHARE` of the page width, on a copy reduced 4× (JPEG noise is
averaged out; word spaces, even reduced, stay paper-white and cut text lines, so text never
makes such a run). Dark bands (header rows in ink colours) are left to ``image_rules``.
"""

from __future__ import annotations

import math
from typing import Any

MIN_FILL_PT = 4.0  # thinner: a rule, found as ink by image_rules
MIN_WIDTH_SHARE = 0.4  # as the layout code's rules that cut field grids into bands
_MAX_PIECE = 0.3  # share of the page width: the layout code's page-wide rules are ≥ 0.4
MIN_COLUMNS = 3  # words side by side in a fill: a table row
_REDUCE = 4
_BELOW_PAPER = 4  # grey levels under the paper's level that are a fill, not paper
_DARK = 170  # a band this dark is ink (image_rules)


def _columns(words: list[dict[str, Any]], top: float, bottom: float, gap: float = 8.0) -> int:
    """Groups of words side by side between ``top`` and ``bottom`` (gaps over ``gap`` pt)."""
    spans = sorted(
        (w["x0"], w["x1"]) for w in words if top <= (w["top"] + w["bottom"]) / 2 <= bottom
    )
    groups, right = 0, None
    for x0, x1 in spans:
        if right is None or x0 - right > gap:
            groups += 1
            right = x1
        else:
            right = max(right, x1)
    return groups


def _opens_page(words: list[dict[str, Any]], top: float, page_height: float) -> bool:
    """No word above ``top`` but the running header (the top tenth of the page)."""
    return not any(w["bottom"] <= top + 1 and w["top"] > 0.1 * page_height for w in words)


_BELOW_LINES = 12  # an unfilled table row under a fill starts within so many lines of it


def _table_below(words: list[dict[str, Any]], bottom: float, x0: float, x1: float) -> bool:
    """Words in three columns or more right under ``bottom`` within the fill's width: the
    next row of the table (unfilled in a zebra; its centred cells start a few lines down)."""
    below = bottom + _BELOW_LINES * _line_height(words)
    inside = [w for w in words if w["x0"] >= x0 - 1 and w["x1"] <= x1 + 1]
    return _columns(inside, bottom, below) >= MIN_COLUMNS


def _line_height(words: list[dict[str, Any]]) -> float:
    """Median height of the page's words (pt); 10 without words."""
    heights = sorted(w["bottom"] - w["top"] for w in words)
    return heights[len(heights) // 2] if heights else 10.0


def _exact_rows(full: Any, first: int, last: int, x0: int, x1: int, paper: int) -> tuple[int, int]:
    """Top and bottom pixel rows of a fill found on the reduced copy, at full resolution: rows
    whose median grey (text ink never covers half a row) is nearer the fill's than the
    paper's. The reduced copy blurs the boundary by up to one reduced pixel, enough to put
    the top of the next row's first text line on the wrong side of the edge."""
    import numpy as np

    r = _REDUCE
    lo, hi = max(0, (first - 1) * r), min(full.shape[0], (last + 2) * r)
    medians = np.median(full[lo:hi, x0 * r : x1 * r], axis=1)
    inner = medians[r : len(medians) - r] if len(medians) > 2 * r else medians
    level = float(np.median(inner))
    filled = np.nonzero(medians <= (level + paper) / 2)[0]
    if not len(filled):
        return first * r, (last + 1) * r
    return lo + int(filled[0]), lo + int(filled[-1]) + 1


def fill_edges(
    image: Any, points_per_px: float, words: list[dict[str, Any]] | None = None
) -> list[dict[str, Any]]:
    """Top and bottom edges of the light fills of a page image (PDF points, top-left origin).

    With ``words`` (the page's OCR words), only fills holding words in three columns or more
    are kept: rows of an implementation table, not a label/value field grid nor a shaded
    paragraph, whose lines the layout code groups by the rules between them."""
    import numpy as np
    from PIL import Image

    grey = image.convert("L")
    small = np.asarray(
        grey.resize((max(1, grey.width // _REDUCE), max(1, grey.height // _REDUCE)), Image.BOX),
        dtype=np.int16,
    )
    if small.size == 0:
        return []
    paper = int(np.percentile(small, 90))
    mask = small <= paper - _BELOW_PAPER
    min_run = MIN_WIDTH_SHARE * small.shape[1]
    steps = np.diff(np.pad(mask, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    rows, starts = np.nonzero(steps == 1)
    _, ends = np.nonzero(steps == -1)
    keep = (ends - starts) >= min_run
    bands: list[list[int]] = []  # [first row, last row, x0, x1]
    for row, x0, x1 in zip(
        rows[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True
    ):
        if bands and row - bands[-1][1] <= 1 and x0 < bands[-1][3] and x1 > bands[-1][2]:
            band = bands[-1]
            band[1], band[2], band[3] = row, min(band[2], x0), max(band[3], x1)
        else:
            bands.append([row, row, x0, x1])
    scale = _REDUCE * points_per_px
    full = np.asarray(grey, dtype=np.int16)
    page_width = grey.width * points_per_px
    edges: list[dict[str, Any]] = []
    found: list[tuple[int, int, float, float, bool]] = []  # x0, x1, top, bottom, a table row
    for first, last, x0, x1 in bands:
        if (last + 1 - first) * scale < MIN_FILL_PT:
            continue
        if float(small[first : last + 1, x0:x1].mean()) < _DARK:
            continue
        top, bottom = (v * points_per_px for v in _exact_rows(full, first, last, x0, x1, paper))
        row = words is None or _columns(words, top, bottom) >= MIN_COLUMNS
        found.append((x0, x1, top, bottom, row))
    rows = [(x0, x1) for x0, x1, _, _, row in found if row]
    page_height = grey.height * points_per_px
    for x0, x1, top, bottom, row in found:
        if not row and not (
            (
                any(abs(x0 - a) <= 1 and abs(x1 - b) <= 1 for a, b in rows)
                or _table_below(words or [], bottom, x0 * scale, x1 * scale)
            )
            and _opens_page(words or [], top, page_height)
            and bottom - top >= 2.2 * _line_height(words or [])
        ):
            continue  # a shaded label/value band, unless it is the end of a table row cut by
            # the page break (its last description lines only): the page's first content,
            # as wide as the filled rows of words in three columns below it (or above an
            # unfilled row of words in three columns, the next row of a zebra), two lines
            # tall at least (one line is the rest of a header row, « mobiliser envisagés »)
        # one edge piece per ~cell, as Writer draws each cell's background as its own
        # rectangle: a table rule to the row reader, not a page-wide rule cutting field bands
        n_pieces = max(1, math.ceil((x1 - x0) * scale / (_MAX_PIECE * page_width)))
        step = (x1 - x0) * scale / n_pieces
        for y in (top, bottom):
            for i in range(n_pieces):
                a = x0 * scale + i * step
                edges.append({"orientation": "h", "x0": a, "x1": a + step, "top": y, "bottom": y})
    return edges
