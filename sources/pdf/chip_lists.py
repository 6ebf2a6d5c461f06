"""Tag chips: a list of names printed as rounded filled boxes, one name a box, no comma.

A design system's « tags » (the French State's DSFR ``fr-tag``, Bootstrap's badges, a
SharePoint person field) split a cell's names into chips stacked under each other or set
side by side: « Chambres consulaires » in one chip, « acteurs du secteur … » in the next,
nothing between them but the chips' margins. Read as text, the names run together. Each chip
of such a LIST gets a bullet « • » before its first word, so the cell reads as a bulleted
list of names (:func:`sources.values.bulleted_names`).

A chip is a filled ROUNDED shape (a path, not a rectangle: a table's cell fills are
rectangles and abut) no taller than :data:`_MAX_LINES` text lines and no wider than a third
of the page, holding whole words. Chips are a list only two or more together: one under the
other at the same left edge, or one after the other on a line, apart by a visible gap (more
than half a point and less than a text line). A lone chip (one owner, a status) is left as
printed, and so is a chip opening with a column label (« Planification 2019 »: a card's
labelled badge).
"""

from __future__ import annotations

from typing import Any

from sources.pdf.columns import column_key

_MAX_LINES = 5  # text lines a chip may hold
_GAP = (0.5, 1.2)  # between two chips of a list: from half a point to this many text lines
_PITCH = 1.5  # pt: the lines of one highlighted text are this evenly spaced


def _chips(curves: list[dict[str, Any]], width: float) -> list[dict[str, Any]]:
    """Rounded filled shapes of a chip's size, none nested in another or holding one (a
    badge's value pill inside its labelled pill is part of a badge, no tag)."""
    shapes = [
        c
        for c in curves
        if c.get("fill")
        and 2.0 < c["x1"] - c["x0"] <= width / 3
        and 4.0 < c["bottom"] - c["top"]
        and len(c.get("pts") or ()) >= 8  # a rounded outline: many points, never a box's 4-5
    ]
    return [a for a in shapes if not any(b is not a and _overlap(a, b) for b in shapes)]


def _overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        a["x0"] < b["x1"]
        and b["x0"] < a["x1"]
        and a["top"] < b["bottom"]
        and b["top"] < a["bottom"]
    )


def _labelled(words: list[dict[str, Any]]) -> bool:
    """A chip opening with a column label (« Planification 2019 », « Porteur GACdG »): a
    card's labelled badge, each a detail of its own, no tag of a list of names."""
    top = min(w["top"] for w in words)
    first = sorted((w for w in words if w["top"] - top <= 2.0), key=lambda w: w["x0"])
    texts = [w["text"] for w in first[:3]]
    return any(column_key(" ".join(texts[:n])) for n in range(1, len(texts) + 1))


def mark_chip_lists(
    words: list[dict[str, Any]], curves: list[dict[str, Any]], width: float
) -> list[dict[str, Any]]:
    """``words`` with a « • » word before the first word of each chip of a chip list."""
    shapes = _chips(curves, width) if curves else []
    if len(shapes) < 2:
        return words
    held: dict[int, list[dict[str, Any]]] = {}
    for k, shape in enumerate(shapes):
        inside = [
            w
            for w in words
            if shape["x0"] - 0.5 <= w["x0"]
            and w["x1"] <= shape["x1"] + 0.5
            and shape["top"] - 0.5 <= w["top"]
            and w["bottom"] <= shape["bottom"] + 0.5
        ]
        if inside and not _labelled(inside):
            size = max(float(w.get("size") or 9.0) for w in inside)
            if shape["bottom"] - shape["top"] <= _MAX_LINES * 1.5 * size:
                held[k] = inside
    listed: set[int] = set()
    keys = sorted(held)
    for a in keys:
        for b in keys:
            if b <= a:
                continue
            sa, sb = shapes[a], shapes[b]
            size = float(held[a][0].get("size") or 9.0)
            low, high = _GAP[0], _GAP[1] * 1.5 * size
            stacked = abs(sa["x0"] - sb["x0"]) <= 1.5 and (
                low <= sb["top"] - sa["bottom"] <= high or low <= sa["top"] - sb["bottom"] <= high
            )
            in_line = abs(sa["top"] - sb["top"]) <= 1.5 and (
                low <= sb["x0"] - sa["x1"] <= high or low <= sa["x0"] - sb["x1"] <= high
            )
            if stacked or in_line:
                listed |= {a, b}
    listed -= _wrapped_lines(shapes, held, listed)
    if not listed:
        return words
    out = list(words)
    for k in sorted(listed):
        top = min(w["top"] for w in held[k])
        first = min((w for w in held[k] if w["top"] - top <= 2.0), key=lambda w: w["x0"])
        size = float(first.get("size") or 9.0)
        # inside the chip, before its first word: never left of the cell the chip stands in
        x0 = max(float(shapes[k]["x0"]) + 0.2, first["x0"] - 0.7 * size)
        out.append({**first, "text": "•", "x0": x0, "x1": min(first["x0"], x0 + 0.35 * size)})
    return out


def _wrapped_lines(
    shapes: list[dict[str, Any]], held: dict[int, list[dict[str, Any]]], listed: set[int]
) -> set[int]:
    """Chips that are the LINES OF HIGHLIGHTED TEXT (a ``<mark>`` whose box is cloned on
    every line it wraps onto: a pill a line). A stack of pills at one left edge, each one
    line, the next pill's first word too wide to have stood after each pill within the
    stack's widest line, is a text wrapped at its column (a short name on a chip is followed
    by a name that would have fitted beside it). Two such stacks of three lines or more on
    the page: the document sets its cells' lines so, every chip of the page is a line's
    highlight; else only those stacks are."""
    stacks: list[list[int]] = []
    pitch: list[float] = []  # each stack's gap between its lines (the first two's)
    for k in sorted(listed, key=lambda k: (round(shapes[k]["x0"]), shapes[k]["top"])):
        last = stacks[-1][-1] if stacks else None
        gap = shapes[k]["top"] - shapes[last]["bottom"] if last is not None else -1.0
        if (
            last is not None
            and abs(shapes[k]["x0"] - shapes[last]["x0"]) <= 1.5
            and 0 < gap <= shapes[last]["bottom"] - shapes[last]["top"]
            and (len(stacks[-1]) < 2 or abs(gap - pitch[-1]) <= _PITCH)
        ):
            if len(stacks[-1]) == 1:
                pitch[-1] = gap
            stacks[-1].append(k)
        else:  # (a wider gap: the next cell's lines, under the same left edge)
            stacks.append([k])
            pitch.append(0.0)
    stacks = [stack for stack in stacks if len(stack) >= 2]
    wrapped = [stack for stack in stacks if _wraps(stack, shapes, held)]
    if sum(1 for stack in wrapped if len(stack) >= 3) >= 2:
        return set(listed)
    return {k for stack in wrapped for k in stack}


def _wraps(
    stack: list[int], shapes: list[dict[str, Any]], held: dict[int, list[dict[str, Any]]]
) -> bool:
    """Is each pill of ``stack`` one line, most of them of several words, the next one's first
    word too wide to have stood after it within the stack's widest line?"""
    if 2 * sum(1 for k in stack[:-1] if len(held[k]) >= 2) < len(stack) - 1:
        return False  # a word a chip: names, a line of text holds several words
    right = max(float(w["x1"]) for k in stack for w in held[k])  # the widest line's text
    for a, b in zip(stack, stack[1:], strict=False):
        tops = [float(w["top"]) for w in held[a]]
        if max(tops) - min(tops) > 0.5 * float(held[a][0].get("size") or 9.0):
            return False  # two lines: a chip holding a wrapped name
        top = min(w["top"] for w in held[b])
        first = min((w for w in held[b] if w["top"] - top <= 2.0), key=lambda w: w["x0"])
        size = float(first.get("size") or 9.0)
        room = right - max(float(w["x1"]) for w in held[a]) - 0.25 * size  # after a space
        if float(first["x1"]) - float(first["x0"]) <= room:
            return False
    return True
