"""A DROPDOWN'S SOURCE LIST printed beside a sheet's tables, set aside.

A spreadsheet whose cells offer a list of choices (Excel's and Calc's « Validation des
données › Autoriser : Liste ») takes the choices from a range of cells. A template with no
« Listes » sheet of its own types that range in the same sheet, in a column right of the
tables past an empty spacer column, under the label of the column it serves
(« Planification », « Porteur ») and often a caption (« Listes de choix — ne pas effacer »).
Printed with the sheet (nothing hides it, no print area), each list cell stands level with
whatever row of the sheet it shares — a steps header, a step row, a fiche's heading or a field
row — and read as lines its values join those rows (« FICHE 1.1.2 2021 », a field's value
ending in « 2019 »), the list's label taken for one more column of a steps header.

Told by drawing: a ruled grid ONE column wide (its rules span just that column, no rule runs
down inside it), of :data:`MIN_CELLS` cells or more, whose first cell holds a table's column
label alone; another grid's rules end left of it, across a gutter no glyph crosses; and it
is no column of a table beside it — the rule at that grid's right edge does not run down
level with the list from its top to its bottom (a table whose last column stands apart behind
a spacer column keeps both sides ruled alongside, row for row). The list's glyphs and
strokes, and a caption's glyphs right above it in its column, are set aside before the page
is read: a list of choices is no step, no field and no part of the row it stands level with.
"""

from __future__ import annotations

from typing import Any

from sources.pdf.columns import column_key
from sources.pdf.watermark import without_objects

MIN_CELLS = 3  # a list's label and two choices at least
_MIN_RULE = 20.0  # pt: a cell's rule (a one-column list is narrow, a hair is no rule)
_SAME = 1.5  # pt: rules ending together, strokes level with each other
_MIN_GUTTER = 1.0  # pt: the spacer column between the tables and the list, at least
_LABEL_WORDS = 4  # a column label's words at most (« Ressources à mobiliser »)
_CAPTION = 2.5  # of the label's type size: how far above the list its caption stands
_OVERFLOW = 1.0  # of the type size: a gap past the list's edge a run-on value still crosses


def _level(a: float, b: float) -> bool:
    return abs(a - b) <= _SAME


def _rules(page: Any) -> list[tuple[float, float, float]]:
    """The page's horizontal strokes at least :data:`_MIN_RULE` wide, (y, x0, x1), a rect's
    edge and a stroke drawn over it counted once."""
    out: list[tuple[float, float, float]] = []
    for e in sorted(
        (float(e["top"]), float(e["x0"]), float(e["x1"]))
        for e in page.edges
        if e.get("orientation") == "h" and e["x1"] - e["x0"] >= _MIN_RULE
    ):
        if not any(
            _level(e[0], o[0]) and _level(e[1], o[1]) and _level(e[2], o[2])
            for o in reversed(out[-8:])  # (the rules just above, level ones among them)
        ):
            out.append(e)
    return out


def _covered(spans: list[tuple[float, float]], top: float, bottom: float) -> bool:
    """Do the vertical ``spans`` (top, bottom) run down from ``top`` to ``bottom`` unbroken?"""
    reach = top
    for t, b in sorted(spans):
        if t > reach + _SAME:
            break
        reach = max(reach, b)
    return reach >= bottom - _SAME


def _columns(
    rules: list[tuple[float, float, float]], verticals: list[tuple[float, float, float]]
) -> list[tuple[float, float, float, float, list[float]]]:
    """One-column ruled grids: (x0, x1, top, bottom, row rules' y), each a run of rules
    sharing both ends whose sides are ruled down from each rule to the next."""
    groups: list[list[tuple[float, float, float]]] = []
    for rule in rules:
        group = next(
            (g for g in groups if _level(g[0][1], rule[1]) and _level(g[0][2], rule[2])), None
        )
        if group is None:
            groups.append([rule])
        else:
            group.append(rule)
    out: list[tuple[float, float, float, float, list[float]]] = []
    for group in groups:
        if len(group) < MIN_CELLS + 1:
            continue
        x0, x1 = group[0][1], group[0][2]
        left = [(t, b) for x, t, b in verticals if _level(x, x0)]
        right = [(t, b) for x, t, b in verticals if _level(x, x1)]
        run = [group[0][0]]
        for y, _, _ in group[1:] + [(float("inf"), 0.0, 0.0)]:
            if y != float("inf") and _covered(left, run[-1], y) and _covered(right, run[-1], y):
                run.append(y)
                continue
            if len(run) >= MIN_CELLS + 1:
                out.append((x0, x1, run[0], run[-1], run))
            run = [y]
    return out


def _text(chars: list[dict[str, Any]]) -> str:
    chars = sorted(chars, key=lambda c: (round(float(c["top"])), float(c["x0"])))
    words: list[str] = []
    last: dict[str, Any] | None = None
    for c in chars:
        gap = float(c["x0"]) - float(last["x1"]) if last is not None else 0.0
        size = float(c.get("size") or 1.0)
        if last is not None and (gap > 0.2 * size or not _level(c["top"], last["top"])):
            words.append(" ")
        words.append(str(c.get("text", "")))
        last = c
    return "".join(words).strip()


def choice_list_objects(page: Any) -> set[int]:
    """``id`` of the glyphs and strokes of the dropdown source lists printed beside the
    page's tables (empty when none; see the module's doc)."""
    rules = _rules(page)
    if len(rules) < MIN_CELLS + 1:
        return set()
    verticals = [
        (float(e["x0"]), float(e["top"]), float(e["bottom"]))
        for e in page.edges
        if e.get("orientation") == "v"
    ]
    drop: set[int] = set()
    for x0, x1, top, bottom, ys in _columns(rules, verticals):
        # one column: no stroke runs down inside it, no rule level with it crosses its sides
        if any(
            x0 + _SAME < x < x1 - _SAME and min(b, bottom) - max(t, top) > _SAME
            for x, t, b in verticals
        ):
            continue
        band = [r for r in rules if top - _SAME <= r[0] <= bottom + _SAME]
        if any(
            (a < x0 - _SAME or b > x1 + _SAME) and b > x0 + _SAME and a < x1 - _SAME
            for _, a, b in band
        ):
            continue
        # another grid beside it on its left, across a gutter: no cell of a row of cells
        # ruled one by one (the next column's rules start where the column's end)
        if any(
            x0 - _MIN_GUTTER < b < x0 + _SAME or x1 - _SAME < a < x1 + _MIN_GUTTER
            for _, a, b in band
            if not (_level(a, x0) and _level(b, x1))
        ):
            continue
        beside = [r for r in band if r[2] <= x0 - _MIN_GUTTER]
        if len(beside) < 2:
            continue
        edge = max(r[2] for r in beside)
        chars = [c for c in page.chars if str(c.get("text", "")).strip()]
        in_band = [c for c in chars if top < (c["top"] + c["bottom"]) / 2 < bottom]
        if any(c["x0"] < x0 - _SAME and c["x1"] > edge + _SAME for c in in_band):
            continue  # text crosses the gutter: the list's column is the page's own
        # no column of that grid: its right edge is not ruled alongside from top to bottom
        if _covered([(t, b) for x, t, b in verticals if _level(x, edge)], top, bottom):
            continue
        first = [c for c in in_band if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and c["top"] < ys[1]]
        label = _text(first)
        if not label or len(label.split()) > _LABEL_WORDS or column_key(label) is None:
            continue
        size = max(float(c.get("size") or 0.0) for c in first)
        # (the spaces between its words too)
        in_band = [c for c in page.chars if top < (c["top"] + c["bottom"]) / 2 < bottom]
        mine = [c for c in in_band if x0 <= (c["x0"] + c["x1"]) / 2 <= x1]
        # a value typed with wrap off runs on past the column's right edge
        ends = {round(float(c["top"])): float(c["x1"]) for c in sorted(mine, key=lambda c: c["x1"])}
        for c in sorted((c for c in in_band if c["x0"] > x1 - _SAME), key=lambda c: c["x0"]):
            end = ends.get(round(float(c["top"])))
            if end is not None and c["x0"] - end <= _OVERFLOW * size:
                mine.append(c)
                ends[round(float(c["top"]))] = float(c["x1"])
        # its caption: the lines right above it, in its column past the gutter
        mine += [
            c
            for c in page.chars
            if c["x0"] >= x0 - _SAME
            and top - _CAPTION * size <= c["top"]
            and c["bottom"] <= top + _SAME
        ]
        drop |= {id(c) for c in mine}
        drop |= {
            id(s)
            for s in [*page.rects, *page.lines, *getattr(page, "curves", ())]
            if x0 - _SAME <= s["x0"]
            and s["x1"] <= x1 + _SAME
            and top - _SAME <= s["top"]
            and s["bottom"] <= bottom + _SAME
        }
    return drop


def without_choice_lists(page: Any) -> Any:
    """The page without the dropdown source lists printed beside its tables (the page itself
    when none)."""
    return without_objects(page, choice_list_objects(page))
