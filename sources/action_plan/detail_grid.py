"""A step's DETAILS GRID: a small table of « label | value » pairs printed under a step
written as text (a run-in paragraph, a numbered item), giving that step's other columns.

A word processor's way of setting a step's details without a steps table: two rows of four
cells, « Planification | 2020 | Ressources à mobiliser | 5 000 » then « Porteur | GACdG |
Partenaires envisagés | CCI » (or one pair per row). The labels are the steps table's column
labels (:mod:`sources.pdf.columns`), each at a label edge, its value in the cell at its right;
a label may wrap in its narrow cell (« Ressources à » / « mobiliser »), a value on lines of
its own at its value edge, an empty value leaves its cell empty.

The grid is read from the lines' GEOMETRY, not their order: text columns
(:func:`~sources.pdf.flow.two_column_order`) may give a grid's left pairs before its right
ones, and a page break may cut the grid between its rows (its lines then on two pages).
"""

from __future__ import annotations

from sources.action_plan.stacked import _label_goes_on, _segment_label, record_label
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import join_label_line
from sources.pdf.content import Line, Segment

_ALIGN = 3.0  # pt: labels at one edge, values at one edge
# the columns a details grid may give (the step's name is the text above it, never a pair)
GRID_KEYS = frozenset(("description", "planning", "budget", "owner", "partners"))


def grid_row(line: Line, *, open_grid: bool = False) -> str | None:
    """Column key of a line opening a row of a details grid: its first segment a details
    column label alone (:func:`~sources.action_plan.stacked.record_label`), a value beside
    a label on the line. A line of labels alone (« Planification | Ressources à mobiliser »:
    labels over their values, a card's) opens none, but goes on a grid already open
    (``open_grid``: a row whose values are all empty). Else None."""
    key = record_label(line)
    if key not in GRID_KEYS:
        return None
    if not open_grid and len(_labels(line)) == len(line.segments):
        return None
    return key


def _labels(line: Line) -> dict[int, str]:
    """Index → column key of the label segments of ``line``: its first segment when it opens
    a row, and any later one reading as a details label in the first label's face (bold or
    not: a value is set in another face, or is no label)."""
    first = record_label(line)
    if first not in GRID_KEYS:
        return {}
    out = {0: first}
    face = line.segments[0].bold
    for index, seg in enumerate(line.segments[1:], start=1):
        key = _segment_label(seg.text)
        if key in GRID_KEYS and seg.bold == face and key not in out.values():
            out[index] = key
    return out


def _edges(grid: list[Line]) -> tuple[list[float], list[float]]:
    """Label edges and value edges of the grid read so far: where its labels start, where the
    segments right after a label start."""
    labels: list[float] = []
    values: list[float] = []
    for line in grid:
        found = _labels(line)
        for index, seg in enumerate(line.segments):
            if index in found:
                labels.append(seg.x0)
            elif index - 1 in found:
                values.append(seg.x0)
    return labels, values


def _goes_on_label(grid: list[Line], seg: Segment) -> bool:
    """Is ``seg`` the wrapped rest of a label of the grid set at its edge (« mobiliser »
    under « Ressources à »)?"""
    for line in grid:
        for index, key in _labels(line).items():
            label = line.segments[index]
            if abs(label.x0 - seg.x0) <= _ALIGN and _label_goes_on(
                label.text.strip().rstrip(":").strip(), key, seg.text
            ):
                return True
    return False


def grid_goes_on(grid: list[Line], line: Line) -> bool:
    """Is ``line`` part of the details grid whose lines so far are ``grid``: a row of its own
    (:func:`grid_row`) close under it, or a wrapped value or label — each segment at one of
    the grid's value edges, or at a label edge going on with that label — within the grid's
    height or right under it; or on the next page (a grid cut between its rows by the page
    break)."""
    same = [g for g in grid if g.page == line.page]
    row = grid_row(line, open_grid=True) is not None
    if same:
        if line.top > max(g.bottom for g in same) + (1.5 if row else 0.8) * line.size:
            return False
    elif line.page != grid[-1].page + 1:
        return False
    if row:
        return True
    labels, values = _edges(grid)
    for seg in line.segments:
        if any(abs(seg.x0 - x) <= _ALIGN for x in values):
            continue
        if any(abs(seg.x0 - x) <= _ALIGN for x in labels) and _goes_on_label(grid, seg):
            continue
        return False
    return True


def grid_pairs(grid: list[Line]) -> list[tuple[str, str]]:
    """(column key, value) of each pair of a details grid, in reading order (row by row, left
    to right), a value's wrapped lines joined, an empty value ``""``. Each segment goes to
    the column whose label edge is the last at or left of it, in that column to the label
    last read above it (pages, then heights: the lines' order is not trusted)."""
    cells: list[tuple[int, float, Segment, str | None]] = []
    label_x: list[float] = []
    for line in grid:
        found = _labels(line)
        for index, seg in enumerate(line.segments):
            key = found.get(index)
            if key is not None and not any(abs(seg.x0 - x) <= _ALIGN for x in label_x):
                label_x.append(seg.x0)
            cells.append((line.page, line.top, seg, key))
    if not label_x:
        return []
    label_x.sort()
    current: dict[int, list] = {}  # column → [key, label text, value parts, (page, top, col)]
    pairs: list[list] = []
    early: dict[int, list[str]] = {}  # values read above their column's first label
    for page, top, seg, key in sorted(cells, key=lambda c: (c[0], c[1], c[2].x0)):
        col = max((i for i, x in enumerate(label_x) if x - _ALIGN <= seg.x0), default=0)
        pair = current.get(col)
        if key is not None:
            label = seg.text.strip().rstrip(":").strip()
            pair = [key, label, early.pop(col, []), (page, top, col)]
            current[col] = pair
            pairs.append(pair)
        elif pair is None:  # a value set higher than its label (centred in its cell)
            early.setdefault(col, []).append(seg.text)
        elif abs(seg.x0 - label_x[col]) <= _ALIGN and _label_goes_on(pair[1], pair[0], seg.text):
            pair[1] = join_label_line(pair[1], seg.text.strip().rstrip(":").strip())
        else:
            pair[2].append(seg.text)
    pairs.sort(key=lambda p: p[3])
    return [(key, join_wrapped(parts) if parts else "") for key, _, parts, _ in pairs]
