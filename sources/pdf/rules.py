"""Horizontal and vertical rules of a page (strokes and rectangle edges), for table geometry."""

from __future__ import annotations

from typing import Any


def horizontal_rules(page: Any, min_width: float) -> list[tuple[float, float, float]]:
    """Horizontal strokes and rectangle edges at least ``min_width`` wide: (y, x0, x1)."""
    rules: list[tuple[float, float, float]] = []
    for edge in page.edges:
        if edge.get("orientation") != "h":
            continue
        if edge["x1"] - edge["x0"] >= min_width:
            rules.append((float(edge["top"]), float(edge["x0"]), float(edge["x1"])))
    rules.sort()
    merged: list[tuple[float, float, float]] = []
    for rule in rules:
        if merged and abs(rule[0] - merged[-1][0]) < 1.5:
            last = merged[-1]
            merged[-1] = (last[0], min(last[1], rule[1]), max(last[2], rule[2]))
        else:
            merged.append(rule)
    return merged


_CAP_SHARE = 0.25  # of a line's size: the top of its box the capitals' tops stand in


def under_rule(line: Any, ocr: bool = False) -> float:
    """The lowest y at which a horizontal rule still stands ABOVE ``line``: its box's top plus
    a quarter of its size. A word processor's exact line spacing (« Exactement 9 pt » on 9 pt
    type) sets a cell's top border across the top of its first line's glyph box, through the
    capitals' tops; a rule lower than that crosses the letters (a strike-through) or stands
    under them. An OCR line's box is Tesseract's estimate: there, a point below its top."""
    return float(line.top) + (1.0 if ocr else max(1.0, _CAP_SHARE * float(line.size)))


def _table_rules(
    page: Any, left: float, right: float, min_share: float
) -> list[tuple[float, list[tuple[float, float]]]]:
    """Horizontal rules across a table spanning ``left``-``right``: (y, covered x intervals).

    A rule interrupted where cells are merged (no border under a merged cell) still counts
    when its pieces cover ``min_share`` of the width; the intervals tell which columns it
    separates.
    """
    from sources.pdf.line_fills import line_fills

    # (the edges of highlights behind lines of text are no rules: sources.pdf.line_fills)
    marks = [(h["x0"], h["top"], h["x1"], h["bottom"]) for h in line_fills(page)]
    strokes = sorted(
        (float(e["top"]), float(e["x0"]), float(e["x1"]))
        for e in page.edges
        if e.get("orientation") == "h" and not _on_mark(e, marks)
    )
    rows: list[tuple[float, list[tuple[float, float]]]] = []
    for y, x0, x1 in strokes:
        x0, x1 = max(x0, left), min(x1, right)
        if x1 - x0 < 1:
            continue
        if rows and abs(y - rows[-1][0]) < 1.5:
            rows[-1][1].append((x0, x1))
        else:
            rows.append((y, [(x0, x1)]))
    out = []
    for y, pieces in rows:
        union: list[tuple[float, float]] = []
        for a, b in sorted(pieces):
            if union and a <= union[-1][1] + 1:
                union[-1] = (union[-1][0], max(union[-1][1], b))
            else:
                union.append((a, b))
        if sum(b - a for a, b in union) >= min_share * (right - left):
            out.append((y, union))
    return out


def _on_mark(edge: dict[str, Any], marks: list[tuple[float, float, float, float]]) -> bool:
    """Is ``edge`` the top or bottom side of one of the highlight boxes ``marks``?"""
    return any(
        x0 - 0.5 <= edge["x0"]
        and edge["x1"] <= x1 + 0.5
        and (abs(edge["top"] - top) <= 0.5 or abs(edge["top"] - bottom) <= 0.5)
        for x0, top, x1, bottom in marks
    )


def vertical_rules(page: Any, min_height: float) -> list[tuple[float, float, float]]:
    """Vertical strokes/rect edges at least ``min_height`` tall: (x, top, bottom)."""
    out = []
    for edge in page.edges:
        if edge.get("orientation") == "v" and edge["bottom"] - edge["top"] >= min_height:
            out.append((float(edge["x0"]), float(edge["top"]), float(edge["bottom"])))
    return sorted(out)
