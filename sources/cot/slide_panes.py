"""Slides printed several to a sheet (« 4 pages par feuille »): each slide read on its own.

A deck printed four slides a sheet (a PDF viewer's « Pages par feuille : 4 », PDFium's
``FPDF_ImportNPagesToOne``) sets 2 × 2 slides on one landscape sheet, each on its own white
background box. Read as one page, the two slides side by side share visual lines: « Rappel
des résultats de l'audit CAE » beside « Résultat de l'audit Eci », then « Score 23,3 % » beside
« Score 15,1 % », and the ECI slide's score is taken for the one after the CAE mention. The
slides' own background boxes tell them apart: two or more filled boxes of one size, each of a
slide's shape (4:3 to 16:9, at most about half the sheet each way), not overlapping, holding
(nearly) every word of the sheet. Each pane is then read in turn, row by row, left to right.

A handout (« 6 diapositives par page ») sets its slides in two columns: a table's rows on one
slide stand level with another slide's paragraphs in the other column, and the sheet's visual
lines run across both. The lines a table uses are the table's in ITS pane only
(:func:`panes_holding`): the other slide's text on them is read as its own.
"""

from __future__ import annotations

Box = tuple[float, float, float, float]

_ASPECT = (1.2, 1.9)  # width / height of a slide: 4:3 to 16:9 and a margin
_SAME = 2.0  # pt: two boxes of one size
_SHARE = 0.9  # of the sheet's words inside the panes


def slide_panes(
    rects: list[Box], words: list[tuple[float, float]], width: float, height: float
) -> list[Box]:
    """The slide panes of a sheet (``words``: each word's centre), in reading order; [] when
    the sheet is one slide."""
    boxes: list[Box] = []
    for box in sorted(rects):
        if any(all(abs(u - v) <= _SAME for u, v in zip(box, b, strict=True)) for b in boxes):
            continue  # the same box drawn twice (a background and its frame)
        w, h = box[2] - box[0], box[3] - box[1]
        if h <= 0 or not _ASPECT[0] <= w / h <= _ASPECT[1]:
            continue
        if not (0.25 * width <= w <= 0.6 * width or 0.25 * height <= h <= 0.6 * height):
            continue
        if w > 0.6 * width and h > 0.6 * height:
            continue
        boxes.append(box)
    if len(boxes) < 2:
        return []
    size = max(
        {(round(b[2] - b[0]), round(b[3] - b[1])) for b in boxes},
        key=lambda s: sum(
            abs(b[2] - b[0] - s[0]) <= _SAME and abs(b[3] - b[1] - s[1]) <= _SAME for b in boxes
        ),
    )
    panes = [
        b
        for b in boxes
        if abs(b[2] - b[0] - size[0]) <= _SAME and abs(b[3] - b[1] - size[1]) <= _SAME
    ]
    if len(panes) < 2 or any(_overlap(a, b) for i, a in enumerate(panes) for b in panes[i + 1 :]):
        return []
    inside = sum(any(_holds(p, x, y) for p in panes) for x, y in words)
    if not words or inside < _SHARE * len(words):
        return []
    return sorted(panes, key=lambda p: (round(p[1]), p[0]))


def _overlap(a: Box, b: Box) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 1.0 and min(a[3], b[3]) - max(a[1], b[1]) > 1.0


def _holds(box: Box, x: float, y: float) -> bool:
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def pane_of(panes: list[Box], x: float, y: float) -> int | None:
    """Index of the pane holding the point (``None``: in none)."""
    return next((i for i, pane in enumerate(panes) if _holds(pane, x, y)), None)


def panes_holding(panes: list[Box], points: list[tuple[float, float]]) -> set[int] | None:
    """Indexes of the panes holding ``points`` (a table's row labels' centres); ``None`` when
    some point lies in no pane (the table's place unknown: every pane may hold it)."""
    held = {pane_of(panes, x, y) for x, y in points}
    if None in held:
        return None
    return {i for i in held if i is not None}
