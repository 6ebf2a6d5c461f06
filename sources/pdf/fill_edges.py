"""A header label running past its filled cell into the next one: two texts glued into one
word across the edge of two abutting cell fills.

A web table's header cells are often filled boxes side by side (a design system's grey
header row) with ``table-layout: fixed``: a label wider than its cell (« Planification »)
runs on over the next cell's fill, whose own label (« Ressources ») starts at that cell's
padding — a glyph or so after the first label's last letter, or even under it. The word
grouping glues them (« PlanificationRessources »). Where a word crosses the edge between two
fills of one row of the same height, it is cut before the first glyph past the edge that
starts a new text: a glyph starting inside the one before it, or apart from it by more than
letter spacing. A long label running into an EMPTY cell has no such glyph and stays whole.
"""

from __future__ import annotations

from typing import Any

_TOUCH = 0.6  # pt: two fills this close side by side abut
_LEVEL = 1.0  # pt: fills of one row share their top and bottom within this
_SPLIT_GAP = 0.15  # of the font size: a wider gap between glyphs starts a new text
_OVERLAP = 0.3  # pt: a glyph starting this far inside the one before starts a new text


def fill_edges(rects: list[dict[str, Any]]) -> list[tuple[float, float, float]]:
    """(x, top, bottom) of each edge between two filled boxes side by side in one row."""
    fills = sorted(
        (r for r in rects if r.get("fill") and 6.0 <= r["bottom"] - r["top"] <= 90.0),
        key=lambda r: (round(r["top"]), r["x0"]),
    )
    edges: list[tuple[float, float, float]] = []
    for a in fills:
        for b in fills:
            if (
                b is not a
                and abs(b["x0"] - a["x1"]) <= _TOUCH
                and abs(b["top"] - a["top"]) <= _LEVEL
                and abs(b["bottom"] - a["bottom"]) <= _LEVEL
            ):
                edges.append((float(a["x1"]), float(a["top"]), float(a["bottom"])))
    return edges


def split_at_fill_edges(
    words: list[dict[str, Any]], chars: list[dict[str, Any]], rects: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``words`` with each word glued across a fill edge cut there (see the module's doc)."""
    edges = fill_edges(rects) if len(rects) >= 2 else []
    if not edges:
        return words
    out: list[dict[str, Any]] = []
    for word in words:
        middle = (word["top"] + word["bottom"]) / 2
        cut = next(
            (
                x
                for x, top, bottom in edges
                if top <= middle <= bottom and word["x0"] < x - 1.0 and word["x1"] > x + 1.0
            ),
            None,
        )
        out.extend([word] if cut is None else _cut(word, cut, chars))
    return out


def _cut(word: dict[str, Any], edge: float, chars: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``word`` cut before its first glyph past ``edge`` starting a new text, else whole."""
    glyphs = sorted(
        (
            c
            for c in chars
            if abs(c["top"] - word["top"]) <= 0.5
            and c["x0"] >= word["x0"] - 0.1
            and c["x1"] <= word["x1"] + 0.1
            and not c["text"].isspace()
        ),
        key=lambda c: c["x0"],
    )
    if "".join(c["text"] for c in glyphs) != word["text"]:
        return [word]  # the glyphs do not spell the word: left as read
    for i in range(1, len(glyphs)):
        before, glyph = glyphs[i - 1], glyphs[i]
        size = float(glyph.get("size") or (glyph["bottom"] - glyph["top"]))
        new_text = (
            glyph["x0"] < before["x1"] - _OVERLAP or glyph["x0"] - before["x1"] > _SPLIT_GAP * size
        )
        if glyph["x0"] >= edge - 0.5 and new_text:
            left = "".join(c["text"] for c in glyphs[:i])
            right = "".join(c["text"] for c in glyphs[i:])
            return [
                {**word, "text": left, "x1": float(before["x1"])},
                {**word, "text": right, "x0": float(glyph["x0"])},
            ]
    return [word]
