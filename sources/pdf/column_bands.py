"""A page set in THREE OR MORE newspaper columns (CSS ``columns: 3`` with a ``column-rule``)
whose tables and some blocks span the whole width (``column-span: all``): the page is read
band by band, top to bottom; a band of text set in the columns (the headings and paragraphs
between two full-width tables, balanced over the columns) is read column by column, the left
one first, each as a page of its own; a full-width band (a table, a paragraph across the
gutters) is read as a page.

Why: a browser balances the text between two spanning blocks over the columns, so a
heading's lines may stand in two or three columns side by side at the same heights; read
line by line across the page, the columns' lines interleave. The column rules tell where
the gutters are but not where the columns are: Chromium draws them through the full-width
tables, into the margins and on a band other than their own, and draws none on some pages
whose top band goes on from the page before. So the gutters are learnt from a box of
column rules that stands clear of text and drawn rules (:func:`gutters`), remembered for the
document's later pages (:class:`ColumnBands`), and the bands are found from the text and the
drawing: a full-width band is where a character or a drawn rule or box crosses a gutter, or a
table's cell border meeting such a rule runs; the rest, holding text in two columns or more,
is in columns. The column rules themselves are dropped from every band (inside a table they
would read as one more column rule of it).
"""

from __future__ import annotations

from typing import Any

from sources.pdf.text_columns import Box, RegionPage

_THIN = 2.0  # pt: a rule's greatest width
_MIN_RULE = 24.0  # pt: a column rule's least length (two lines of text)
_SAME = 2.0  # pt: two rules at the same place, two spans the same
_SPACING = 2.0  # pt: gutters equally spaced, at most this apart
_EDGE = (0.8, 1.05)  # of the gutters' spacing: the text block's edge to the nearest gutter
_NEAR = 2.0  # pt: a character this close to a gutter's middle crosses it (text keeps g/2 off)
_MEET = 3.0  # pt: a cell border ending this close to a rule across a gutter meets it
_COLUMN = 12.0  # em of the body text: a newspaper column's least width (with its gutter)
_BACKGROUND = 0.8  # of the page's height: a box as tall is a page background, not a band


def gutters(page: Any) -> list[float] | None:
    """The x of the gutters of a box of three or more text columns on ``page``, or None.

    A box of columns has one rule per gutter (two at least), thin and vertical, all with the
    same top and bottom, equally spaced, the text block's edges as far from the outer ones as
    a column and half a gutter (a table's inner column rules are not equally spaced from
    the page's edges), a column twelve ems wide at least; no character and no drawn rule or box crosses or meets them (a table's
    rules meet its row rules)."""
    chars = [c for c in page.chars if str(c.get("text", "")).strip()]
    if not chars:
        return None
    block0 = min(float(c["x0"]) for c in chars)
    block1 = max(float(c["x1"]) for c in chars)
    spans: dict[tuple[int, int], list[float]] = {}
    for obj in _objects(page):
        x0, x1 = float(obj["x0"]), float(obj["x1"])
        top, bottom = float(obj["top"]), float(obj["bottom"])
        if x1 - x0 > _THIN or bottom - top < _MIN_RULE:
            continue
        spans.setdefault((round(top), round(bottom)), []).append((x0 + x1) / 2)
    for (top, bottom), found in spans.items():
        xs = _distinct(found)
        if len(xs) < 2 or not _regular(xs, block0, block1, _body_size(chars)):
            continue
        if _clear(page, chars, xs, top, bottom):
            return xs
    return None


def _objects(page: Any) -> list[dict[str, Any]]:
    return [*page.rects, *page.lines, *page.curves]


def _distinct(xs: list[float]) -> list[float]:
    out: list[float] = []
    for x in sorted(xs):
        if not out or x - out[-1] > _SAME:
            out.append(x)
    return out


def _body_size(chars: list[dict[str, Any]]) -> float:
    sizes = sorted(float(c.get("size", 0.0)) for c in chars)
    return sizes[len(sizes) // 2]


def _regular(xs: list[float], block0: float, block1: float, size: float) -> bool:
    """Gutters equally spaced, the text block's edges a column and half a gutter away, the
    columns wide enough for running text (a table's equal columns with rules between them
    only, no row rule, are narrower)."""
    steps = [b - a for a, b in zip(xs, xs[1:], strict=False)]
    if max(steps) - min(steps) > _SPACING or min(steps) < _COLUMN * size:
        return False
    step = sum(steps) / len(steps)
    return all(
        _EDGE[0] * step <= edge <= _EDGE[1] * step for edge in (xs[0] - block0, block1 - xs[-1])
    )


def _clear(
    page: Any, chars: list[dict[str, Any]], xs: list[float], top: float, bottom: float
) -> bool:
    """No character along the rules crosses one, no drawn rule or box meets one."""
    for c in chars:
        if float(c["bottom"]) > top and float(c["top"]) < bottom and _crosses(c, xs, _NEAR):
            return False
    for obj in _objects(page):
        if float(obj["x1"]) - float(obj["x0"]) <= _THIN:
            continue
        if float(obj["bottom"]) >= top - _MEET and float(obj["top"]) <= bottom + _MEET:
            if _crosses(obj, xs, _MEET):
                return False
    return True


def _crosses(obj: dict[str, Any], xs: list[float], near: float) -> bool:
    return any(float(obj["x0"]) < x + near and float(obj["x1"]) > x - near for x in xs)


def _at_gutter(obj: dict[str, Any], xs: list[float]) -> bool:
    """A column rule: thin, vertical, standing on a gutter."""
    x0, x1 = float(obj["x0"]), float(obj["x1"])
    return x1 - x0 <= _THIN and any(abs((x0 + x1) / 2 - x) <= _SAME for x in xs)


def band_regions(page: Any, xs: list[float]) -> list[tuple[Box, bool]]:
    """``page``'s reading regions for the gutters ``xs``, in reading order, each with whether
    it is a column of a band in columns (module docstring)."""
    width, height = float(page.width), float(page.height)
    spanning: list[tuple[float, float]] = []
    chars = [c for c in page.chars if str(c.get("text", "")).strip()]
    for c in chars:
        if _crosses(c, xs, _NEAR):
            spanning.append((float(c["top"]), float(c["bottom"])))
    across: list[dict[str, Any]] = []
    for obj in _objects(page):
        if _at_gutter(obj, xs) or float(obj["x1"]) - float(obj["x0"]) <= _THIN:
            continue
        if float(obj["bottom"]) - float(obj["top"]) >= _BACKGROUND * height:
            continue
        if _crosses(obj, xs, 0.0):
            across.append(obj)
            spanning.append((float(obj["top"]), float(obj["bottom"])))
    for obj in _objects(page):  # a table's cell borders, meeting its rules across a gutter
        x0, x1 = float(obj["x0"]), float(obj["x1"])
        if x1 - x0 > _THIN or _at_gutter(obj, xs):
            continue
        top, bottom = float(obj["top"]), float(obj["bottom"])
        if any(
            float(a["x0"]) - _MEET <= x0 <= float(a["x1"]) + _MEET
            and (
                abs(float(a["top"]) - top) <= _MEET
                or abs(float(a["bottom"]) - bottom) <= _MEET
                or abs(float(a["bottom"]) - top) <= _MEET
                or abs(float(a["top"]) - bottom) <= _MEET
            )
            for a in across
        ):
            spanning.append((top, bottom))
    bands: list[tuple[float, float, bool]] = []  # top, bottom, in columns
    cursor = 0.0
    for top, bottom in _merged(spanning):
        if top > cursor:
            bands.append((cursor, top, _in_columns(chars, xs, cursor, top)))
        bands.append((max(top, cursor), bottom, False))
        cursor = max(cursor, bottom)
    if cursor < height:
        bands.append((cursor, height, _in_columns(chars, xs, cursor, height)))
    out: list[tuple[Box, bool]] = []
    full: tuple[float, float] | None = None
    edges = [0.0, *xs, width]
    for top, bottom, columned in bands:
        if not columned:
            full = (full[0] if full else top, bottom)
            continue
        if full is not None:
            out.append(((0.0, full[0], width, full[1]), False))
            full = None
        out += [((a, top, b, bottom), True) for a, b in zip(edges, edges[1:], strict=False)]
    if full is not None:
        out.append(((0.0, full[0], width, full[1]), False))
    return out


def _merged(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    out: list[tuple[float, float]] = []
    for top, bottom in sorted(spans):
        if out and top <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], bottom))
        else:
            out.append((top, bottom))
    return out


def _in_columns(chars: list[dict[str, Any]], xs: list[float], top: float, bottom: float) -> bool:
    """Text in two columns or more between ``top`` and ``bottom``."""
    columns = {
        sum(1 for x in xs if (float(c["x0"]) + float(c["x1"])) / 2 > x)
        for c in chars
        if top <= (float(c["top"]) + float(c["bottom"])) / 2 < bottom
    }
    return len(columns) >= 2


class BandPage(RegionPage):
    """A band or a column of a page in columns, seen as a page, without the column rules."""

    def __init__(self, page: Any, box: Box, xs: list[float]) -> None:
        super().__init__(page, box)
        for kind in ("rect", "line", "curve"):
            self._objects[kind] = [o for o in self._objects[kind] if not _at_gutter(o, xs)]


class ColumnBands:
    """The gutters of the document's columns met so far (module docstring): a page whose top
    band goes on from the page before may have no column rule of its own."""

    def __init__(self) -> None:
        self.gutters: list[float] | None = None
        self.width = 0.0  # the page width they were met on

    def views(self, page: Any) -> list[Any] | None:
        """``page`` read band by band (:func:`band_regions`) when the document is set in
        columns and this page holds a band in columns, else None."""
        found = gutters(page)
        if found is not None:
            self.gutters, self.width = found, float(page.width)
        xs = self.gutters
        if xs is None or abs(float(page.width) - self.width) > _SAME:
            return None
        regions = band_regions(page, xs)
        if not any(columned for _, columned in regions):
            if not any(_at_gutter(o, xs) for o in _objects(page)):
                return None
            regions = [((0.0, 0.0, float(page.width), float(page.height)), False)]
        views = [BandPage(page, box, xs) for box, _ in regions]
        return [view for view in views if view.chars]
