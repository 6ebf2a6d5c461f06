"""A steps table told by BANDED COLUMNS only: no border anywhere, every other column's cells
filled (« colonnes à bandes », a word processor's table style), nothing drawn between two
steps but the fills' own edges. pdfplumber's ``lines`` strategy sees the filled columns'
cells and none of the unfilled ones (their sides and the rows' edges are drawn only where
a fill is), so half the columns read empty.

Where two filled columns or more ("pillars") run side by side with the SAME row edges, under
a header row of fills of another colour spanning them, the pillars' row edges are drawn
across the header's width and the columns' sides down it, for the grid finder: the unfilled
cells get the edges their neighbours show. The pillars' own first row counts as that header
when it is filled across the table and the row under it is not (rows banded too, with the
same tint: the header's colour and the bands' alike). Without such a header the table's outer
unfilled columns are not known, and nothing is drawn.
"""

from __future__ import annotations

from typing import Any

_TOUCH = 1.5  # pt: two fills this close abut (a row's edge, a header's cells)
_MIN_GAP = 8.0  # pt: an unfilled column between two pillars is at least this wide
_PALE_WHITE = 0.98  # a fill this light in every component is the page's ground


def _filled(rect: dict[str, Any]) -> bool:
    if not rect.get("fill") or rect["x1"] - rect["x0"] < 8 or rect["bottom"] - rect["top"] < 6:
        return False
    colour = rect.get("non_stroking_color")
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not colour:
        return True
    if len(colour) == 4:  # CMYK: no ink is white
        return any(float(c) > 1 - _PALE_WHITE for c in colour)
    return any(float(c) < _PALE_WHITE for c in colour)


def _chains(fills: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Runs of fills of one width and colour stacked edge to edge, top to bottom (a header
    cell of another colour over a pillar is no part of it)."""
    columns: dict[tuple[int, int, str], list[dict[str, Any]]] = {}
    for r in fills:
        key = (round(r["x0"]), round(r["x1"]), str(r.get("non_stroking_color")))
        columns.setdefault(key, []).append(r)
    chains: list[list[dict[str, Any]]] = []
    for cells in columns.values():
        cells.sort(key=lambda r: r["top"])
        run = [cells[0]]
        for cell in cells[1:]:
            if abs(cell["top"] - run[-1]["bottom"]) <= _TOUCH:
                run.append(cell)
            else:
                chains.append(run)
                run = [cell]
        chains.append(run)
    return chains


def _edges(chain: list[dict[str, Any]]) -> list[float]:
    return [chain[0]["top"], *(c["bottom"] for c in chain)]


def _same_edges(a: list[float], b: list[float]) -> bool:
    return len(a) == len(b) and all(abs(x - y) <= _TOUCH for x, y in zip(a, b, strict=True))


def _header(fills: list[dict[str, Any]], top: float, x0: float, x1: float) -> list[dict[str, Any]]:
    """The fills of a header row standing on ``top``, abutting each other and spanning
    ``x0``–``x1`` at least; else []."""
    row = sorted((r for r in fills if abs(r["bottom"] - top) <= _TOUCH), key=lambda r: r["x0"])
    best: list[dict[str, Any]] = []
    run: list[dict[str, Any]] = []
    for r in row:
        if run and r["x0"] - run[-1]["x1"] <= _TOUCH:
            run.append(r)
        else:
            run = [r]
        if run[0]["x0"] <= x0 + _TOUCH and run[-1]["x1"] >= x1 - _TOUCH:
            best = list(run)
    return best


def _first_row_header(
    fills: list[dict[str, Any]], edges: list[float], pillars: list[list[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """The pillars' own first row as the header when it is filled ACROSS the table (the
    unfilled columns' cells too) while the row under it is not: a header of the bands' own
    colour (a translucent tint over a solid header prints the same colour); else []."""
    if len(edges) < 3:
        return []
    x0, x1 = pillars[0][0]["x0"], pillars[-1][0]["x1"]
    first = [r for r in fills if abs(r["top"] - edges[0]) <= _TOUCH]
    header = _header(first, edges[1], x0, x1)
    if not header:
        return []
    second = [r for r in fills if abs(r["top"] - edges[1]) <= _TOUCH]
    return [] if _header(second, edges[2], x0, x1) else header


def pillar_lines(page: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Horizontal and vertical edges to add to a page's banded-column tables."""
    fills = [r for r in getattr(page, "rects", ()) if _filled(r)]
    if len(fills) < 2:
        return [], []
    chains = _chains(fills)
    horizontals: list[dict[str, Any]] = []
    verticals: list[dict[str, Any]] = []
    used: set[int] = set()
    for i, chain in enumerate(chains):
        if i in used:
            continue
        edges = _edges(chain)
        group = [
            j
            for j, other in enumerate(chains)
            if j not in used and _same_edges(edges, _edges(other))
        ]
        if len(group) < 2:
            continue
        pillars = sorted((chains[j] for j in group), key=lambda c: c[0]["x0"])
        gaps = [b[0]["x0"] - a[0]["x1"] for a, b in zip(pillars, pillars[1:], strict=False)]
        if not any(g >= _MIN_GAP for g in gaps):
            continue  # fills side by side: one banded row, no unfilled column between
        x0, x1 = pillars[0][0]["x0"], pillars[-1][0]["x1"]
        header = _header(fills, edges[0], x0, x1) or _first_row_header(fills, edges, pillars)
        if not header:
            continue  # no header row of fills over them: the table's outer unfilled columns
            # (left of the first pillar, right of the last) are not known
        used.update(group)
        top = edges[0]
        if header:
            x0, x1 = min(x0, header[0]["x0"]), max(x1, header[-1]["x1"])
            top = min(r["top"] for r in header)
        bottom = edges[-1]
        for y in edges:
            horizontals.append(_edge("h", x0, y, x1, y))
        xs = {x0, x1, *(c[0]["x0"] for c in pillars), *(c[0]["x1"] for c in pillars)}
        xs |= {r["x0"] for r in header} | {r["x1"] for r in header}
        for x in sorted(xs):
            verticals.append(_edge("v", x, top, x, bottom))
    return horizontals, verticals


def _edge(orientation: str, x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {
        "object_type": "pillar_edge",
        "orientation": orientation,
        "x0": float(x0),
        "x1": float(x1),
        "top": float(top),
        "bottom": float(bottom),
        "width": float(x1 - x0),
        "height": float(bottom - top),
    }
