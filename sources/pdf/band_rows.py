"""Band rows of a steps table with no step column: a row standing alone across the table
(one cell merged over every column, or its text alone on a fill spanning the table, or a
bold line alone), printed as a title over the row(s) of cells under it.

A table whose header names no step column may print each step's name that way (« <th
colspan> » on a coloured band over the step's cells). The table readers only MARK such rows
(:attr:`~sources.pdf.content.TableRow.band`); whether a band names the single row under it
or titles a group of rows is decided by the sheet reader over the whole table
(:mod:`sources.action_plan.band_names`), never row by row.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.content import Line
from sources.pdf.flow import filled_panels

Box = tuple[float, float, float, float]


def spanning_fills(page: Any, bounds: list[float]) -> list[Box]:
    """Filled rectangles reaching into every column of a table with column ``bounds``: from
    the first column's left half to past the middle of the last column. One rectangle: cells
    filled one by one (a header's cells, a zebra row of cells) are no merged band."""
    if len(bounds) < 3:
        return []
    first_mid = (bounds[0] + bounds[1]) / 2
    last_mid = (bounds[-2] + bounds[-1]) / 2
    return [
        box
        # a scan's dark fills are seen on its image (:class:`~sources.pdf.scans.OcrPage`)
        for box in filled_panels(getattr(page, "rects", None) or getattr(page, "fills", None) or [])
        if box[0] <= first_mid and box[2] >= last_mid
    ]


def _on_fill(group: list[Line], box: Box) -> bool:
    return all(box[1] - 1 <= ln.top and ln.bottom <= box[3] + 1 for ln in group)


def is_band(
    group: list[Line], bounds: list[float], fills: list[Box], body: list[Line], dark: bool = False
) -> bool:
    """Is a row of lines (``group``) a band across its table (column ``bounds``)? Either its
    lines, each one run of words starting in the first column (a name running past that
    column's bound stays one run), sit on one fill reaching every column that holds no line
    of another row (a band, not a background behind the whole table); or its text lies in the
    first column alone, all bold, while the table's other rows are not (a bold title alone
    between rules). ``dark``: the fills are a scan's dark bands (light letters, never a
    zebra row's tint): a name there may be read in pieces (a letter lost in a pale streak
    splits its run), so its lines need only start in the first column."""
    if not group or len(bounds) < 3:
        return False
    ids = {id(ln) for ln in group}
    others = [ln for ln in body if id(ln) not in ids]
    one_run = all((dark or len(ln.segments) == 1) and ln.segments[0].x0 < bounds[1] for ln in group)
    if one_run and any(
        _on_fill(group, box) and not any(_on_fill([ln], box) for ln in others) for box in fills
    ):
        return True
    first_only = all(seg.x1 <= bounds[1] + 1 for ln in group for seg in ln.segments)
    return first_only and all(ln.bold for ln in group) and any(not ln.bold for ln in others)
