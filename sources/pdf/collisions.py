"""Two texts drawn over each other on one line: a label wider than its cell running into the
next cell's label (a browser's ``table-layout: fixed`` header, « Planification » over the
start of « Ressources à mobiliser »). The word grouping glues them into one word
(« PlanificationRessources »), whose bounds then span two columns; the word is cut where the
second text's first glyph starts, so each text keeps its own place and the column edge
between them is seen.
"""

from __future__ import annotations

from collections import defaultdict
from operator import itemgetter
from typing import Any

_OVERLAP_EMS = 0.25  # a glyph starting this far (of its size) inside the previous one's box


def collision_points(chars: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """(x, top) of each glyph starting well inside the box of the glyph before it on its line
    (a quarter of its size at least: kerning never pulls a glyph back that far), and past
    that glyph's start (text written backwards is no collision)."""
    rows: dict[float, list[dict[str, Any]]] = defaultdict(list)
    last_top: object = None
    row: list[dict[str, Any]] = []
    for char in chars:
        if char.get("upright", True) and not char["text"].isspace():
            top = char["top"]
            if top != last_top:  # a line's characters come in a run: its row looked up once
                row, last_top = rows[round(float(top), 1)], top
            row.append(char)
    out: list[tuple[float, float]] = []
    for top, row in rows.items():
        # most rows come left to right already: sorted (stably, as ``sort`` would leave them)
        # is checked on the way, the row sorted only when it is not
        if not _in_order(row):
            row.sort(key=_X_KEY)
        before = row[0]
        for char in row[1:]:
            x0 = char["x0"]
            if before["x0"] < x0 < before["x1"]:
                size = float(char.get("size") or (char["bottom"] - char["top"]))
                # a glyph drawn twice a hair apart (faked bold) is no second text
                twice = char["text"] == before["text"] and x0 - before["x0"] < 0.2 * size
                if x0 < before["x1"] - _OVERLAP_EMS * size and not twice:
                    out.append((float(x0), top))
            before = char
    return out


_X_KEY = itemgetter("x0", "x1")  # a sort key read by C


def _in_order(row: list[dict[str, Any]]) -> bool:
    """Whether ``row`` is sorted by (x0, x1), ties in any order (a stable sort keeps them)."""
    prev_x0, prev_x1 = row[0]["x0"], row[0]["x1"]
    for char in row:
        x0 = char["x0"]
        if x0 < prev_x0 or (x0 == prev_x0 and char["x1"] < prev_x1):
            return False
        prev_x0, prev_x1 = x0, char["x1"]
    return True


def split_collided(
    words: list[dict[str, Any]], chars: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """``words`` with each word holding a collision point cut in two there: the left part
    ends at the last glyph starting before it, the right part starts at it."""
    points = collision_points(chars)
    if not points:
        return words
    out: list[dict[str, Any]] = []
    for word in words:
        cuts = sorted(
            x
            for x, top in points
            if abs(top - float(word["top"])) <= 1 and word["x0"] < x < word["x1"]
        )
        if not cuts:
            out.append(word)
            continue
        glyphs = sorted(
            (
                c
                for c in chars
                if abs(float(c["top"]) - float(word["top"])) <= 1
                and word["x0"] - 0.01 <= c["x0"]
                and c["x1"] <= word["x1"] + 0.01
                and not c["text"].isspace()
            ),
            key=lambda c: (c["x0"], c["x1"]),
        )
        if "".join(c["text"] for c in glyphs) != word["text"]:
            out.append(word)  # glyphs not matched one to one (ligatures...): left whole
            continue
        start = 0
        for x in [*cuts, None]:
            # a point from a glyph of another text a hair lower may fall after this word's
            # last glyph start: no glyph starts there, nothing is cut
            end = next(
                (i for i, c in enumerate(glyphs) if x is not None and c["x0"] >= x), len(glyphs)
            )
            part = glyphs[start:end]
            if part:
                out.append(_part(word, part))
            start = end
    return out


def _part(word: dict[str, Any], glyphs: list[dict[str, Any]]) -> dict[str, Any]:
    x0, x1 = float(glyphs[0]["x0"]), max(float(c["x1"]) for c in glyphs)
    return {
        **word,
        "x0": x0,
        "x1": x1,
        "width": x1 - x0,
        "text": "".join(c["text"] for c in glyphs),
    }
