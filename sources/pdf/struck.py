"""Text STRUCK THROUGH: deleted words a document prints crossed out, left out of what is read.

A draft exported with its tracked changes shown (Word's and Writer's « Suivi des
modifications », the default display) prints each deletion struck through in the author's
colour right before the text that replaced it (« À définir » struck, then « 2019 »
underlined, with no space between): read as text, the cell says « À définir2019 ». A
strike-through is a thin horizontal stroke drawn across the glyphs' middle, in the glyphs'
own colour, from the first struck glyph's left edge to the last one's right edge — unlike an
underline (under the glyphs), a table rule (longer than the words it passes, through no
glyph's middle) or a highlight. A browser paints a CSS ``line-through`` as a fill a stroke
high (on a diff's pale red fill, say): neither fill's sides are a vertical rule ending it.
The glyphs it crosses, where they stand amid unstruck text (a deletion beside what replaced
it), were deleted: set aside, as a watermark's are, before anything reads the page, the glyph
after them taking their place; a run struck whole (a done step crossed out) is kept.
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
# em: the glyph after a struck run is on the run's line (tops this close), and follows it
# glued (a glyph's side bearing may overlap) or after one word space (0.25–0.35 em)
_SAME_LINE = 0.2
_GLUED = 0.1
_NEXT = 0.4


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
    for x, top, bottom in _vertical_rules(page):
        ends.setdefault(round(x), []).append((top, bottom))

    def meets_rule(x: float, y: float) -> bool:
        return any(
            top - 1 <= y <= bottom + 1
            for k in (round(x) - 1, round(x), round(x) + 1)
            for top, bottom in ends.get(k, ())
        )

    return [s for s in short if not (meets_rule(s[1], s[0]) or meets_rule(s[2], s[0]))]


def _vertical_rules(page: Any) -> list[tuple[float, float, float]]:
    """The page's vertical rules (x, top, bottom): vertical lines and curves' edges, the
    sides of an outlined rectangle, and filled rectangles no wider than a stroke.

    A filled rectangle's sides are no rules: a background's edges (a diff's pale red behind
    the deleted words it ends with) or a horizontal stroke's own ends (a strike-through a
    CSS engine paints as a fill ends in two sides a stroke high)."""
    out: list[tuple[float, float, float]] = []
    for edge in page.edges:
        if edge.get("orientation") != "v" or edge.get("object_type") == "rect_edge":
            continue
        out.append((float(edge["x0"]), float(edge["top"]), float(edge["bottom"])))
    for rect in page.rects:
        x0, x1 = float(rect["x0"]), float(rect["x1"])
        top, bottom = float(rect["top"]), float(rect["bottom"])
        if bottom - top <= _THIN:
            continue  # a horizontal stroke (or a dot): its ends are no vertical rule
        if x1 - x0 <= _THIN:
            out.append(((x0 + x1) / 2, top, bottom))  # a vertical rule drawn as a fill
        elif rect.get("stroke"):
            out.extend(((x0, top, bottom), (x1, top, bottom)))  # an outlined box's sides
    return out


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
    """The page without its deletions (the page itself when it has none): a PDFium page sets
    them aside, a pdfplumber page is given as a filtered view; the glyph after each deletion
    takes its place (:func:`close_over_deletions`)."""
    from sources.pdf.watermark import without_chars_found

    def find(chars: list[dict[str, Any]]) -> list[int]:
        runs = deletions(chars, struck_chars(chars, page))
        close_over_deletions(chars, runs)
        return sorted(k for run in runs for k in run)

    return without_chars_found(page, find)


def deletions(chars: list[dict[str, Any]], struck: list[int]) -> list[list[int]]:
    """The runs of ``struck`` glyphs (indexes of ``chars``, one line's in reading order) that
    are DELETIONS: printed amid text, an unstruck glyph glued to the run or a word space from
    it on its line, before or after.

    An edit shown with its changes (a word processor's tracked changes, a wiki's or a CMS's
    revision comparison) strikes what it deleted next to what replaced it (« ~~À
    compléter~~Nombre d'entreprises », « ~~22 %~~ 27 % ») or where it stood (« Nombre
    ~~de ~~d'entreprises »): no part of the text. A run struck whole — a cell's or a list
    item's every word, nothing else on its line near it — is text crossed out as DONE (a
    tracking page's completed steps): still what the document says, kept."""
    gone = set(struck)
    runs: list[list[int]] = []
    for i in sorted(gone):
        c = chars[i]
        if runs:
            last = chars[runs[-1][-1]]
            if (
                i == runs[-1][-1] + 1
                and abs(float(c["top"]) - float(last["top"])) <= 1.0
                and float(c["x0"]) >= float(last["x0"]) - 0.5
            ):
                runs[-1].append(i)
                continue
        runs.append([i])
    out: list[list[int]] = []
    for run in runs:
        if _after(chars, run, gone) is not None or _before(chars, run, gone):
            out.append(run)
    return out


def _line_glyphs(chars: list[dict[str, Any]], run: list[int], gone: set[int]) -> list[int]:
    """Unstruck printed glyphs on ``run``'s line."""
    top = float(chars[run[-1]]["top"])
    size = float(chars[run[-1]].get("size") or 9.0)
    return [
        k
        for k, c in enumerate(chars)
        if k not in gone
        and str(c["text"]).strip()
        and abs(float(c["top"]) - top) <= _SAME_LINE * size
    ]


def _after(chars: list[dict[str, Any]], run: list[int], gone: set[int]) -> int | None:
    """The unstruck glyph that follows ``run`` glued or a word space on, if any."""
    size = float(chars[run[-1]].get("size") or 9.0)
    end = max(float(chars[k]["x1"]) for k in run)
    near = [
        k
        for k in _line_glyphs(chars, run, gone)
        if -_GLUED * size <= float(chars[k]["x0"]) - end <= _NEXT * size
    ]
    return min(near, key=lambda k: float(chars[k]["x0"])) if near else None


def _before(chars: list[dict[str, Any]], run: list[int], gone: set[int]) -> bool:
    """Is an unstruck glyph printed right before ``run`` (glued or a word space before)?"""
    size = float(chars[run[0]].get("size") or 9.0)
    start = min(float(chars[k]["x0"]) for k in run)
    return any(
        -_GLUED * size <= start - float(chars[k]["x1"]) <= _NEXT * size
        for k in _line_glyphs(chars, run, gone)
    )


def close_over_deletions(chars: list[dict[str, Any]], runs: list[list[int]]) -> None:
    """Let the glyph printed right after each deleted run take the run's place: its left
    edge moved to the run's (in place).

    A tracked change prints the deleted words, then the words replacing them, in the place
    the text had: « ~~À compléter~~Nombre d'entreprises » is the value « Nombre
    d'entreprises » set where its cell starts, and « Nombre ~~de ~~d'entreprises » one line
    of words a space apart. Setting the struck glyphs aside would leave their width as a
    gap: a value starting far right of its column's other lines (read as another column),
    or a hole in a line as wide as a tab (read as a cell's edge)."""
    gone = {k for run in runs for k in run}
    for run in runs:
        k = _after(chars, run, gone)
        if k is None:
            continue  # the run ends its line: nothing takes its place
        nxt = chars[k]
        nxt["x0"] = min(float(chars[j]["x0"]) for j in run)
        if "width" in nxt:
            nxt["width"] = float(nxt["x1"]) - nxt["x0"]
