"""A web page's tab strip printed above its panels: navigation, set aside.

A fiche published in a tabbed view (« Présentation | Suivi et évaluation | Mise en œuvre »)
is printed with every panel shown one after the other (a print stylesheet opening them all),
each under its own heading, the tab strip still printed above the first: a line of short
labels, each in its own tab box. Read as text, the strip is a line of two or three segments
that lands in the field before it or opens a label/value grid of its own.

A TAB STRIP is a line of two to eight short segments (five words at most, no digit, each
capitalised and ending a word), all different, followed at once (within two line heights, or
as the next page's first line) by a line standing alone that repeats one of them: the open
tab's panel heading. A table's header row is followed by its cells, a run of chips by the next
field, a table's cut lines (« l'Economie | économique d'une … ») are no labels: none is
taken. Bullets a
tab's box may be read as (« • Présentation ») are not part of its label.

A strip whose panels carry no heading of their own (a design system's « onglets »: the tab
names the panel, nothing repeats it) is told by its drawing instead: each label in a box of
its own — the selected tab white under a coloured line, the others shaded buttons —, the
boxes level, as tall as one another, side by side with a narrow gap between each two. A
table's header cells meet one another (no gap) and hold column labels: never a strip.
"""

from __future__ import annotations

import re
from typing import Any

from sources.pdf.columns import column_key
from sources.pdf.content import Line, Segment
from sources.values import fold

_BULLETS = "•◦▪▸►‣·-–"
_MAX_WORDS = 5
_MAX_TABS = 8
_DIGIT_RE = re.compile(r"\d")
# words a label does not end with: a line of a cell cut before its next word
_OPEN_ENDS = frozenset(
    "et ou de des du la le les a au aux en pour sur par avec dans d l un une".split()
)


def _label(text: str) -> str:
    """A tab's label, folded, without the bullet its box may be read as."""
    return fold(text.strip().lstrip(_BULLETS).strip())


def _capitalised(text: str) -> bool:
    """A tab's label starts with a capital letter (after its bullet) and ends a word, no
    conjunction nor preposition (« Sociale et »: a cell's line cut before its next word)."""
    label = text.strip().lstrip(_BULLETS).strip()
    if not label or not label[0].isupper() or not label[-1].isalnum():
        return False
    return fold(label).split()[-1] not in _OPEN_ENDS


def _tabs(line: Line) -> list[str] | None:
    """The line's tab labels, or None when it cannot be a tab strip."""
    if not 2 <= len(line.segments) <= _MAX_TABS:
        return None
    labels = [_label(s.text) for s in line.segments]
    if any(not label or len(label.split()) > _MAX_WORDS for label in labels):
        return None
    if any(_DIGIT_RE.search(s.text) for s in line.segments) or len(set(labels)) < len(labels):
        return None
    if not all(_capitalised(s.text) for s in line.segments):
        return None  # a table row's cut lines (« l'Economie | économique d'une … »)
    return labels


def is_tab_strip(line: Line, following: Line | None) -> bool:
    """``line`` is a tab strip when ``following`` (the next line, this page's or the next
    page's first) stands alone and repeats one of its labels."""
    labels = _tabs(line)
    if labels is None or following is None or len(following.segments) != 1:
        return False
    if following.page == line.page and following.top - line.bottom > 2 * max(line.size, 1.0):
        return False
    return _label(following.text) in labels


_BOX_SLACK = 1.0  # pt: a label lies in its box within this
_LEVEL = 1.5  # pt: the boxes' tops and bottoms agree within this
_GAP = (0.8, 12.0)  # pt: the white between two tabs' boxes (cells meet: no gap)


def _box_of(seg: Segment, line: Line, rects: list[dict[str, Any]]) -> tuple[float, ...] | None:
    """The smallest filled box holding ``seg`` (on ``line``) and no more than a tab's room
    around it, else None."""
    best: tuple[float, ...] | None = None
    for r in rects:
        if not r.get("fill"):
            continue
        x0, top, x1, bottom = (float(r[k]) for k in ("x0", "top", "x1", "bottom"))
        if not (
            x0 - _BOX_SLACK <= seg.x0
            and seg.x1 <= x1 + _BOX_SLACK
            and top - _BOX_SLACK <= line.top
            and line.bottom <= bottom + _BOX_SLACK
        ):
            continue
        if bottom - top > 3 * line.size or x1 - x0 > seg.x1 - seg.x0 + 6 * line.size:
            continue
        if best is None or (x1 - x0) * (bottom - top) < (best[2] - best[0]) * (best[3] - best[1]):
            best = (x0, top, x1, bottom)
    return best


def is_boxed_strip(line: Line, rects: list[dict[str, Any]]) -> bool:
    """``line`` is a tab strip drawn as boxes (module doc)."""
    if _tabs(line) is None or sum(bool(column_key(s.text)) for s in line.segments) >= 2:
        return False  # (one tab may be named as a column: « Modalités de mise en oeuvre »)
    boxes = [_box_of(seg, line, rects) for seg in line.segments]
    if any(b is None for b in boxes):
        return False
    found = [b for b in boxes if b is not None]
    if any(abs(b[1] - found[0][1]) > _LEVEL or abs(b[3] - found[0][3]) > _LEVEL for b in found):
        return False
    return all(_GAP[0] <= b[0] - a[2] <= _GAP[1] for a, b in zip(found, found[1:], strict=False))


def without_tab_strips(lines: list[Line], page: Any = None) -> list[Line]:
    """``lines`` (one page, top down) without tab strips; a strip closing the page stays
    (its panel heading is on the next page: see :func:`is_tab_strip`) unless drawn as boxes
    (``page``'s rects: :func:`is_boxed_strip`)."""
    rects = list(getattr(page, "rects", ())) if page is not None else []
    drop = {
        i
        for i, line in enumerate(lines)
        if len(line.segments) >= 2
        and (
            (i + 1 < len(lines) and is_tab_strip(line, lines[i + 1]))
            or (rects and is_boxed_strip(line, rects))
        )
    }
    return [ln for i, ln in enumerate(lines) if i not in drop] if drop else lines
