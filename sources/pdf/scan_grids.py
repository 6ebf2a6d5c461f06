"""Ruled grids on a scanned page, from the rules seen on its image and its OCR words.

pdfplumber's table finder follows vector rules; a scan has none, so its tables are read from
the words' geometry (:mod:`sources.pdf.geometry_tables`), which reads a grid the usual way
round (a header row over rows). A TRANSPOSED steps grid (steps as columns, the column labels
down its first column) needs its cells: here the grid's column bounds are the long vertical
rules the image shows (pieces broken by JPEG, skew or crossings joined per position) and its
row bounds the horizontal rules across most of its width; each OCR word goes to the cell its
middle falls in. The cells are read as :func:`sources.pdf.ruled_tables._transposed_at` reads
a text PDF's grid.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Any

from sources.pdf.cells import _clean_cell
from sources.pdf.content import GridPiece, TableBlock
from sources.pdf.lines import words_to_lines
from sources.pdf.ruled_tables import _header_at, _transposed_at, _transposed_cells_block

_SAME_POS_PT = 3.0  # rule pieces this close across are one rule
_JOIN_GAP_PT = 6.0  # pieces of one rule this close along it are joined
_MIN_PIECE_PT = 5.0
_MIN_COLUMN_SHARE = 0.5  # a column rule runs down this share of the grid at least
_MIN_ROW_SHARE = 0.6  # a row rule runs across this share of the grid at least
_MIN_HEIGHT_PT = 30.0


def _lines_of(pieces: list[tuple[float, float, float]]) -> list[tuple[float, float, float, float]]:
    """Rule pieces (position across, start, end along) grouped per position: (position,
    start, end, length covered)."""
    out: list[tuple[float, float, float, float]] = []
    group: list[tuple[float, float, float]] = []
    for piece in sorted(pieces) + [(float("inf"), 0.0, 0.0)]:
        if group and piece[0] - group[-1][0] > _SAME_POS_PT:
            merged: list[list[float]] = []
            for _, a, b in sorted(group, key=lambda p: p[1]):
                if merged and a <= merged[-1][1] + _JOIN_GAP_PT:
                    merged[-1][1] = max(merged[-1][1], b)
                else:
                    merged.append([a, b])
            covered = sum(b - a for a, b in merged)
            pos = sorted(p for p, _, _ in group)[len(group) // 2]
            out.append((pos, merged[0][0], max(b for _, b in merged), covered))
            group = []
        group.append(piece)
    return out


def _covered(spans: list[tuple[float, float]], lo: float, hi: float) -> float:
    """Length of [lo, hi] the spans cover."""
    total, reach = 0.0, lo
    for a, b in sorted(spans):
        a, b = max(a, reach), min(b, hi)
        if b > a:
            total += b - a
            reach = b
    return total


def grids_of(rules: list[dict[str, Any]]) -> list[tuple[list[float], list[float]]]:
    """The ruled grids of a scanned page: (column bounds, row bounds), top to bottom."""
    vertical = _lines_of(
        [
            (r["x0"], r["top"], r["bottom"])
            for r in rules
            if r["orientation"] == "v" and r["bottom"] - r["top"] >= _MIN_PIECE_PT
        ]
    )
    horizontal = [
        (r["top"], r["x0"], r["x1"])
        for r in rules
        if r["orientation"] == "h" and r["x1"] - r["x0"] >= _MIN_PIECE_PT
    ]
    vertical = [v for v in vertical if v[3] >= _MIN_HEIGHT_PT]
    grids: list[tuple[list[float], list[float]]] = []
    used: set[int] = set()
    for i, (_, top, bottom, _) in sorted(enumerate(vertical), key=lambda iv: -iv[1][3]):
        if i in used:
            continue
        height = bottom - top
        members = [
            j
            for j, (_, t, b, covered) in enumerate(vertical)
            if j not in used
            and min(b, bottom) - max(t, top) >= _MIN_COLUMN_SHARE * height
            and covered >= _MIN_COLUMN_SHARE * height
        ]
        if len(members) < 4:
            continue
        xs = sorted(vertical[j][0] for j in members)
        # the grid's extent: its column rules' (a rule broken across a filled row starts lower)
        top = min(vertical[j][1] for j in members)
        bottom = max(vertical[j][2] for j in members)
        rows: list[float] = []
        by_y: dict[float, list[tuple[float, float]]] = {}
        for y, a, b in sorted(horizontal):
            if top - _SAME_POS_PT <= y <= bottom + _SAME_POS_PT:
                key = next((k for k in by_y if abs(k - y) <= _SAME_POS_PT), y)
                by_y.setdefault(key, []).append((a, b))
        for y, spans in sorted(by_y.items()):
            if _covered(spans, xs[0], xs[-1]) >= _MIN_ROW_SHARE * (xs[-1] - xs[0]):
                rows.append(y)
        if len(rows) < 3:
            continue
        used.update(members)
        grids.append((xs, rows))
    return sorted(grids, key=lambda g: g[1][0])


def cells_of(
    words: list[dict[str, Any]], xs: list[float], ys: list[float], page_no: int
) -> list[list[str | None]]:
    """The grid's cell texts (each cell's OCR words as lines, wrapped lines joined)."""
    found: dict[tuple[int, int], list[dict[str, Any]]] = {}
    for word in words:
        mx, my = (word["x0"] + word["x1"]) / 2, (word["top"] + word["bottom"]) / 2
        if not (xs[0] < mx < xs[-1] and ys[0] < my < ys[-1]):
            continue
        found.setdefault((bisect_right(ys, my) - 1, bisect_right(xs, mx) - 1), []).append(word)
    cells: list[list[str | None]] = []
    for r in range(len(ys) - 1):
        row: list[str | None] = []
        for c in range(len(xs) - 1):
            lines = words_to_lines(found.get((r, c), []), page_no)
            row.append(_clean_cell("\n".join(ln.text for ln in lines)))
        cells.append(row)
    return cells


def transposed_scan_tables(
    rules: list[dict[str, Any]], words: list[dict[str, Any]], page_no: int
) -> list[TableBlock]:
    """The TRANSPOSED steps grids of a scanned page (steps as columns), read as rows."""
    blocks = []
    for xs, ys in grids_of(rules):
        cells = cells_of(words, xs, ys, page_no)
        if _header_at(cells) is not None:
            continue  # a header row over rows: the usual way round, read from geometry
        found = _transposed_at(cells)
        if found is None:
            continue
        start, keys = found
        piece = GridPiece(page_no, ys[start], ys[-1], xs, cells[start:])
        block = _transposed_cells_block(piece, cells[start:], keys)
        blocks.append(block)
    return blocks
