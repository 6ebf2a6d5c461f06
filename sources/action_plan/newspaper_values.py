"""A field's value set in TWO NEWSPAPER COLUMNS beside its label, read down the first column,
then the second.

A CMS whose stylesheet gives long-text fields ``column-count: 2`` prints a fiche's value
(« Contexte », « Liens avec les objectifs ») in two halves side by side, a thin rule between
them: read line by line across, each printed line joins a line of the first half to a line of
the second and the sentences come out shuffled. The lines tell (:func:`two_column_parts`):
the value's first line holds two segments; every line's first segment starts at the left
half's edge and its second, if any, at the right half's, past the end of its first; the left half is as long as the right one or longer (it is filled first);
the left half's text fills most of its width (a label and its figure typed on a tab stop do
not). The value is then the left half's lines, then the right half's, set as one column.
"""

from __future__ import annotations

from sources.action_plan.sheets import _Part
from sources.pdf.content import Segment

_EDGE = 2.0  # pt: the lines of one half start this close
_HALF = 1.15  # of the left half's width (its edge to the right half's): the right one's widest
_FILLED = 0.6  # of a half's width: the widest left line reaches at least this far


def two_column_parts(lines: list[tuple[_Part, list[Segment]]]) -> list[_Part] | None:
    """The value's parts read as two newspaper columns (module doc), or None."""
    if len(lines) < 2 or any(len(segs) not in (1, 2) for _, segs in lines):
        return None
    if len({p.page for p, _ in lines}) != 1:
        return None  # (halves balanced on one page)
    first = lines[0][1]
    if len(first) != 2:
        return None
    left, right = first[0].x0, first[1].x0
    if right <= left:
        return None
    lefts, rights = [], []
    for part, segs in lines:
        if abs(segs[0].x0 - left) > _EDGE or segs[0].x1 > right:
            return None  # (a left-half line never reaches into the right half)
        lefts.append((part, segs[0]))
        if len(segs) == 2:
            if abs(segs[1].x0 - right) > _EDGE or segs[1].x1 - right > _HALF * (right - left):
                return None  # (the halves as wide as each other)
            rights.append((part, segs[1]))
    widest = max(s.x1 for _, s in lefts)
    if len(rights) > len(lefts) or widest - left < _FILLED * (right - left):
        return None
    shift = right - left
    out = [_Part(p.page, p.top, s.x0, s.x1, s.text, p.seq) for p, s in lefts]
    last, pitch = lefts[-1][0], _pitch([p for p, _ in lefts])
    for n, (p, s) in enumerate(rights, start=1):  # the right half set under the left one
        out.append(
            _Part(last.page, last.top + n * pitch, s.x0 - shift, s.x1 - shift, s.text, p.seq)
        )
    return out


def _pitch(parts: list[_Part]) -> float:
    """The distance between two of the value's lines (10 pt when it has one line)."""
    gaps = [b.top - a.top for a, b in zip(parts, parts[1:], strict=False) if b.top > a.top]
    return min(gaps) if gaps else 10.0
