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
"""

from __future__ import annotations

import re

from sources.pdf.content import Line
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


def without_tab_strips(lines: list[Line]) -> list[Line]:
    """``lines`` (one page, top down) without tab strips; a strip closing the page stays
    (its panel heading is on the next page: see :func:`is_tab_strip`)."""
    drop = {
        i
        for i, line in enumerate(lines[:-1])
        if len(line.segments) >= 2 and is_tab_strip(line, lines[i + 1])
    }
    return [ln for i, ln in enumerate(lines) if i not in drop] if drop else lines
