"""ROWS RULED ABOVE AND UNDER ONLY, going on from a grid: their column rules added.

A steps table whose rows were pasted from several sources keeps each pasted cell's own
borders (Word's « Coller › Fusionner le tableau »): a row from a list-style table has a rule
above and under each cell and none at its sides. Where such a row ends a grid (or opens it),
the grid's column rules stop at the last (first) full-width rule and pdfplumber's ``lines``
strategy, which needs four sides, leaves the row out: its cells are read as text lines under
the table, the step lost.

Where four column rules or more of one grid end at one height on a full-width rule (its
left and right sides included; not where the next row's side rules start: cells ruled one
by one), the full-width rules that follow below it, each spanning the
grid's width to two points, chained one under the next, are that grid's rows: the column
rules are added down to the last of them. A chain stops at a rule that is not full-width,
or where a word between two rules stands across a column's place (text of another layout:
a paragraph, a heading, a fields table under the steps), at a rule opening another grid
(side rules starting there at other places), or where column rules stand
between two rules at some of the grid's columns only, or elsewhere (another grid: a fields
table's label | value rows; a row ruled at its sides has a rule at every column).

A LAST ROW WITH NO BORDER AT ALL (pasted from an e-mail) hangs under the grid's last
full-width rule: the text lines right under it (the first within a line and a half), one
after the other with no blank between, every word inside a column and none across a column's
place, the first with words in the first column and another one (a step's name and a
value), are that row: the column rules run down to its last line and a rule closes it
there — provided nothing is drawn there (dotted rules, fills: rules of another kind), no
rule but at every column (a row ruled at its sides under
it), none at some columns only (a fields table's label | value rows), and no full-width
rule right under its text (a row with borders of its own, its text cut by a wide gap). (A
heading under the table, which fits the first column, is cut off by the page reader's
stops.)
"""

from __future__ import annotations

from typing import Any

from sources.pdf.rules import horizontal_rules, vertical_rules

_TOL = 2.0  # pt: a rule's end this close to a column's side reaches it
_RULED_UNDER = 12.0  # pt: a full-width rule this close under a row's text is its border
_SIDE_PADDING = 6.0  # pt: side rules ending this far under a borderless row's text close it
_ROW_END = 0.8  # line heights: the blank at least under a borderless row's last line
_BLANK_LINES = 2.0  # line heights: a wider blank between a band's lines is no cell's
_MIN_COLUMNS = 4  # column rules ending at one height, at least (a steps grid, no fields one)


def band_rules(page: Any) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Column rules to add down (and up) through the rule-bounded rows going on from a grid,
    and rules closing a borderless last row (module docstring), as pdfplumber edge dicts:
    (vertical, horizontal)."""
    verticals = vertical_rules(page, 8)
    if len(verticals) < _MIN_COLUMNS:
        return [], []
    horizontals = horizontal_rules(page, 3)
    if len(horizontals) < 2:
        return [], []
    words = page.extract_words(x_tolerance=2, y_tolerance=2)
    out: list[dict[str, Any]] = []
    closing: list[dict[str, Any]] = []
    for end in (2,):  # columns ending: the bands below
        for y, xs in _column_ends(verticals, end):
            left, right = xs[0], xs[-1]
            going_on = sum(
                1
                for c in xs
                if any(abs(x - c) <= _TOL and abs(v_top - y) <= _TOL for x, v_top, _ in verticals)
            )
            if 2 * going_on >= len(xs):
                continue  # the next row's side rules start there: no grid's end (cells
                # ruled one by one, a web table's)
            spans = [
                h
                for h in horizontals
                if h[1] <= left + _TOL and h[2] >= right - _TOL and h[2] - h[1] >= right - left - 1
            ]
            if not any(abs(h[0] - y) <= _TOL for h in spans):
                continue  # the grid is not closed by a full-width rule there
            below = end == 2
            chain = sorted(
                (h[0] for h in spans if (h[0] > y + _TOL if below else h[0] < y - _TOL)),
                reverse=not below,
            )
            last = y
            for rule_y in chain:
                top, bottom = (last, rule_y) if below else (rule_y, last)
                if not _fits_columns(words, top, bottom, xs):
                    break
                if _other_rule_between(horizontals, top, bottom, left, right):
                    break
                if not _columns_alike(verticals, top, bottom, xs):
                    break
                if not _opens_alike(verticals, rule_y, xs):
                    break  # the rule is another grid's top (a fields table under the steps)
                last = rule_y
            if below:
                foot = _borderless_row(words, last, xs)
                if foot is not None:
                    foot = _past_side_rules(verticals, last, foot, xs)
                if foot is not None and _drawn_inside(page, last, foot, xs):
                    foot = None  # dots, dashes or fills there: rules of their own kind
                if foot is not None and (
                    _other_rule_between(horizontals, last, foot, left, right)
                    or not _columns_alike(verticals, last, foot, xs)
                    or any(last < h[0] <= foot + _RULED_UNDER for h in spans)
                ):
                    foot = None  # rules there: another grid's rows, no borderless one;
                    # or a rule right under its text: a row of its own borders
                if foot is not None:
                    closing.append(_edge("h", left, right, foot, foot))
                    last = foot
            if last == y:
                continue
            top, bottom = (y, last) if below else (last, y)
            out += [_edge("v", x, x, top, bottom) for x in xs]
    return out, closing


def _edge(orientation: str, x0: float, x1: float, top: float, bottom: float) -> dict[str, Any]:
    return {
        "object_type": "band_edge",
        "orientation": orientation,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
    }


def _borderless_row(words: list[dict[str, Any]], rule_y: float, xs: list[float]) -> float | None:
    """The foot of a borderless last row hanging under the grid's last rule (module
    docstring), or None."""
    lines = _lines([w for w in words if float(w["top"]) > rule_y - 1])
    foot = None
    above = rule_y
    for index, line in enumerate(lines):
        top = min(float(w["top"]) for w in line)
        height = max(float(w["bottom"]) - float(w["top"]) for w in line)
        if top - above > (1.5 if index == 0 else 0.8) * height:
            break
        if not all(_inside(w, xs) for w in line):
            # the row's text must end with a blank under it (its own end), not run on into
            # a line of another layout
            return foot if top - above > _ROW_END * height else None
        if index == 0:
            columns = {_column(w, xs) for w in line}
            if 0 not in columns or len(columns) < 2:
                return None
        above = max(float(w["bottom"]) for w in line)
        foot = above + 1.5
    return foot


def _column(word: dict[str, Any], xs: list[float]) -> int:
    mid = (float(word["x0"]) + float(word["x1"])) / 2
    return sum(1 for x in xs[1:-1] if x < mid)


def _inside(word: dict[str, Any], xs: list[float]) -> bool:
    return (
        float(word["x0"]) >= xs[0] - _TOL
        and float(word["x1"]) <= xs[-1] + _TOL
        and not any(float(word["x0"]) < x < float(word["x1"]) for x in xs)
    )


def _column_ends(
    verticals: list[tuple[float, float, float]], end: int
) -> list[tuple[float, list[float]]]:
    """Heights where three column rules or more end (``end`` 2) or start (1), each with the
    rules' places."""
    groups: list[list[tuple[float, float]]] = []
    for y, x in sorted((v[end], v[0]) for v in verticals):
        if groups and y - groups[-1][-1][0] <= _TOL:
            groups[-1].append((y, x))
        else:
            groups.append([(y, x)])
    out = []
    for group in groups:
        xs = sorted({round(x, 1) for _, x in group})
        merged: list[float] = []
        for x in xs:
            if not merged or x - merged[-1] > _TOL:
                merged.append(x)
        if len(merged) >= _MIN_COLUMNS:
            out.append((sum(g[0] for g in group) / len(group), merged))
    return out


def _fits_columns(words: list[dict[str, Any]], top: float, bottom: float, xs: list[float]) -> bool:
    """Does every word between ``top`` and ``bottom`` stand inside the grid, none across a
    column's place, some there (a row; not the gap between two tables), its lines one under the other from the top (a row's cells; not a
    row's text, then a blank, then a heading over the next table)?"""
    inside = [w for w in words if top < (float(w["top"]) + float(w["bottom"])) / 2 < bottom]
    if not all(_inside(w, xs) for w in inside):
        return False
    if not inside:
        return False  # a row holds text (not the gap between two tables)
    above = top
    for line in _lines(inside):
        line_top = min(float(w["top"]) for w in line)
        height = max(float(w["bottom"]) - float(w["top"]) for w in line)
        if line_top - above > _BLANK_LINES * height:
            return False
        above = max(above, max(float(w["bottom"]) for w in line))
    return True


def _lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    lines: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        if lines and abs(float(w["top"]) - float(lines[-1][0]["top"])) <= 2:
            lines[-1].append(w)
        else:
            lines.append([w])
    return lines


def _past_side_rules(
    verticals: list[tuple[float, float, float]], top: float, foot: float, xs: list[float]
) -> float | None:
    """``foot``, or the foot of the side rules standing beside the row when they end a little
    lower (a row ruled at its sides: its cells' bottom padding); None when they run on well
    past it (the row's text is only the top of a ruled cell: a row cut by a page break,
    lines set far apart)."""
    ends = [
        v_bottom
        for x, v_top, v_bottom in verticals
        if v_top < foot and v_bottom > top + _TOL and any(abs(x - c) <= _TOL for c in xs)
    ]
    if not ends or max(ends) <= foot + _TOL:
        return foot
    return max(ends) if max(ends) <= foot + _SIDE_PADDING else None


def _drawn_inside(page: Any, top: float, bottom: float, xs: list[float]) -> bool:
    """Is anything drawn inside the grid's width between ``top`` and ``bottom`` but side
    rules at its columns (a borderless row holds text alone)?"""
    for kind in ("rects", "lines", "curves"):
        for obj in getattr(page, kind, ()) or ():
            x0, x1 = float(obj["x0"]), float(obj["x1"])
            o_top, o_bottom = float(obj["top"]), float(obj["bottom"])
            if o_bottom <= top + _TOL or o_top >= bottom - _TOL:
                continue
            if x1 <= xs[0] - _TOL or x0 >= xs[-1] + _TOL:
                continue
            if x1 - x0 < 1.0 and any(abs(x0 - c) <= _TOL for c in xs):
                continue  # a side rule at a column
            return True
    return False


def _opens_alike(verticals: list[tuple[float, float, float]], y: float, xs: list[float]) -> bool:
    """Do the side rules starting at ``y`` (a grid opening there), if any, stand at the
    grid's every column and nowhere else?"""
    starting = [x for x, v_top, _ in verticals if abs(v_top - y) <= _TOL]
    if not starting:
        return True
    stray = any(all(abs(x - c) > _TOL for c in xs) for x in starting)
    return not stray and all(any(abs(x - c) <= _TOL for x in starting) for c in xs)


def _columns_alike(
    verticals: list[tuple[float, float, float]], top: float, bottom: float, xs: list[float]
) -> bool:
    """Are the column rules standing between ``top`` and ``bottom`` none, or the grid's
    every column rule, all over the same heights (a row ruled at its sides)?"""
    inside = {
        round(x)
        for x, v_top, v_bottom in verticals
        if min(v_bottom, bottom) - max(v_top, top) > _TOL
    }
    if not inside:
        return True
    if any(all(abs(x - c) > _TOL for c in xs) for x in inside):
        return False  # a rule at another place: another grid
    extents = []
    for c in xs:
        spans = [
            (max(v_top, top), min(v_bottom, bottom))
            for x, v_top, v_bottom in verticals
            if abs(x - c) <= _TOL and min(v_bottom, bottom) - max(v_top, top) > _TOL
        ]
        if not spans:
            return False  # a column not ruled beside the others
        extents.append((min(a for a, _ in spans), max(b for _, b in spans)))
    # a row ruled at its sides: every column's rule from one height to one height, reaching
    # the band's top or foot (a borderless row beside it); cells of their own heights
    # (inline blocks aligned on their baselines) start each at another height
    first, last = extents[0]
    alike = all(abs(a - first) <= _TOL and abs(b - last) <= _TOL for a, b in extents)
    return alike and (first <= top + _TOL or last >= bottom - _TOL)


def _other_rule_between(
    horizontals: list[tuple[float, float, float]],
    top: float,
    bottom: float,
    left: float,
    right: float,
) -> bool:
    """A rule between the two that does not span the grid (another table's)?"""
    return any(
        top + _TOL < y < bottom - _TOL and x1 - x0 > 3 and x0 < right and x1 > left
        for y, x0, x1 in horizontals
    )
