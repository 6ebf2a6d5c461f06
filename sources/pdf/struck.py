"""Text STRUCK THROUGH: deleted words a document prints crossed out, left out of what is read.

A draft exported with its tracked changes shown (Word's and Writer's « Suivi des
modifications », the default display) prints each deletion struck through in the author's
colour right before the text that replaced it (« À définir » struck, then « 2019 »
underlined, with no space between): read as text, the cell says « À définir2019 ». A
strike-through is a thin horizontal stroke drawn across the glyphs' middle, in the glyphs'
own colour, from the first struck glyph's left edge to the last one's right edge — unlike an
underline (under the glyphs), a table rule (longer than the words it passes, through no
glyph's middle) or a highlight. The glyphs it crosses were deleted: set aside, as a
watermark's are, before anything reads the page.
"""

from __future__ import annotations

from typing import Any

_THIN = 1.2  # pt: a stroke's thickness at most
_END = 1.5  # pt: the stroke ends where the struck glyphs end
_SAME_COLOUR = 0.05  # per channel
# of a glyph box's height: a strike stands this far above the box's foot at least (a box runs
# a descender's depth under the baseline; an underline, single or double — an accountant's
# « souligné double » —, lies just under the baseline, within it)
_FOOT = 0.25


def struck_chars(chars: list[dict[str, Any]], page: Any) -> list[int]:
    """Indexes of ``chars`` crossed out by a strike-through stroke of ``page``."""
    strokes = _free_strokes(_strokes(page), page)
    if not strokes:
        return []
    rows: dict[int, list[int]] = {}  # glyphs by their top, 8 pt a bucket
    starts: dict[int, set[int]] = {}  # the glyphs' left edges (rounded), by the same buckets
    for i, c in enumerate(chars):
        bucket = int(c["top"]) >> 3
        rows.setdefault(bucket, []).append(i)
        starts.setdefault(bucket, set()).add(round(c["x0"]))
    found: set[int] = set()
    for y, x0, x1, colour in strokes:
        buckets = range((int(y) >> 3) - 3, (int(y) >> 3) + 1)
        edge = round(x0)
        if not any(edge + d in starts.get(b, ()) for b in buckets for d in (-1, 0, 1)):
            continue  # (a stroke starting at no glyph's left edge: a rule, told at once)
        crossed = []
        near = (k for b in buckets for k in rows.get(b, ()))
        for k in near:
            c = chars[k]
            top, bottom = float(c["top"]), float(c["bottom"])
            height = bottom - top
            mid = (float(c["x0"]) + float(c["x1"])) / 2
            if top + 0.3 * height <= y <= bottom - _FOOT * height and x0 <= mid <= x1:
                crossed.append(k)
        visible = [k for k in crossed if chars[k]["text"].strip()]
        if not visible:
            continue
        left = min(float(chars[k]["x0"]) for k in visible)
        right = max(float(chars[k]["x1"]) for k in visible)
        if abs(left - x0) > _END or abs(right - x1) > _END:
            continue  # a rule longer than the words it passes: no strike-through
        if colour is not None and not all(
            _same(chars[k].get("non_stroking_color"), colour) for k in visible
        ):
            continue
        found.update(crossed)
    return sorted(found)


def _strokes(page: Any) -> list[tuple[float, float, float, tuple[float, ...] | None]]:
    """Thin horizontal strokes (y, x0, x1, colour): lines, and rectangles a point high."""
    out: list[tuple[float, float, float, tuple[float, ...] | None]] = []
    for line in page.lines:
        if abs(float(line["top"]) - float(line["bottom"])) < 0.5:
            out.append(
                (float(line["top"]), float(line["x0"]), float(line["x1"]), _colour(line, True))
            )
    for rect in page.rects:
        height = float(rect["bottom"]) - float(rect["top"])
        if 0 < height <= _THIN and rect.get("fill"):
            y = (float(rect["top"]) + float(rect["bottom"])) / 2
            out.append((y, float(rect["x0"]), float(rect["x1"]), _colour(rect, False)))
    return [s for s in out if s[2] - s[1] >= 2.0]


def _free_strokes(
    strokes: list[tuple[float, float, float, tuple[float, ...] | None]], page: Any
) -> list[tuple[float, float, float, tuple[float, ...] | None]]:
    """The strokes that may strike words: no wider than half the page (a rule across it),
    and with no vertical rule at either end (a grid's row rule meets its column rules)."""
    if not strokes:
        return []
    width = float(page.width)
    short = [s for s in strokes if s[2] - s[1] <= 0.5 * width]
    if not short:
        return []
    ends: dict[int, list[tuple[float, float]]] = {}
    for edge in page.edges:
        if edge.get("orientation") == "v":
            ends.setdefault(round(float(edge["x0"])), []).append(
                (float(edge["top"]), float(edge["bottom"]))
            )

    def meets_rule(x: float, y: float) -> bool:
        return any(
            top - 1 <= y <= bottom + 1
            for k in (round(x) - 1, round(x), round(x) + 1)
            for top, bottom in ends.get(k, ())
        )

    return [s for s in short if not (meets_rule(s[1], s[0]) or meets_rule(s[2], s[0]))]


def _colour(obj: dict[str, Any], stroked: bool) -> tuple[float, ...] | None:
    value = obj.get("stroking_color" if stroked else "non_stroking_color")
    if (
        isinstance(value, (list, tuple))
        and value
        and all(isinstance(v, (int, float)) for v in value)
    ):
        return tuple(float(v) for v in value)
    return None


def _same(a: Any, b: tuple[float, ...]) -> bool:
    if not isinstance(a, (list, tuple)) or len(a) != len(b):
        return False
    return all(abs(float(x) - y) <= _SAME_COLOUR for x, y in zip(a, b, strict=True))


def without_struck(page: Any) -> Any:
    """The page without its struck-through glyphs (the page itself when it has none): a
    PDFium page sets them aside, a pdfplumber page is given as a filtered view."""
    from sources.pdf.watermark import without_chars_found

    return without_chars_found(page, lambda chars: struck_chars(chars, page))
