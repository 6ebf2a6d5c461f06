"""A CMS book's page navigation printed after each page of it: page furniture, set aside.

A Drupal « livre » (and other CMS books) prints at the foot of each of its pages the links to
its neighbours: « ‹ » and the previous page's title at the left, « Haut » in the middle, the
next page's title and « › » at the right, each title wrapping over two or three lines. Printed
whole, the book repeats that navigation after every fiche: its titles are the neighbouring
fiches' headings (« ‹ FICHE 1.2.1 Objectif opérationnel : … »), read as text they would open
fiches or go on the last steps row.

A navigation block starts on a line opening with « ‹ », or holding a « Haut » link and ending
with « › »; it goes on over the next lines (four at most, each within two line heights of the
one before) until a line ending with « › ». A line opening with « ‹ » that no « › » and no
« Haut » follows is kept (a text's own quote).
"""

from __future__ import annotations

from sources.pdf.content import Line

_PREV, _NEXT = "‹", "›"
_UP = frozenset({"haut", "haut de page", "retour en haut", "up", "top"})
_MAX_LINES = 4


def _up(line: Line) -> bool:
    return any(s.text.strip().lower() in _UP for s in line.segments)


def _ends_next(line: Line) -> bool:
    return line.segments[-1].text.rstrip().endswith(_NEXT)


def _block(lines: list[Line], i: int) -> int:
    """Lines of the navigation block starting at ``lines[i]`` (0: none)."""
    first = lines[i]
    opens = first.segments[0].text.lstrip().startswith(_PREV)
    if not opens and not (_up(first) and _ends_next(first)):
        return 0
    up = _up(first)
    for k in range(i, min(i + _MAX_LINES, len(lines))):
        line = lines[k]
        if k > i and (line.page != first.page or line.top - lines[k - 1].bottom > 2 * first.size):
            break
        if _ends_next(line):
            return k - i + 1
    return 1 if up else 0


def without_book_navigation(lines: list[Line]) -> list[Line]:
    """``lines`` (one page, top down) without a CMS book's navigation blocks."""
    if not any(_PREV in ln.text or _NEXT in ln.text for ln in lines):
        return lines
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        n = _block(lines, i)
        if n:
            drop.update(range(i, i + n))
            i += n
        else:
            i += 1
    return [ln for k, ln in enumerate(lines) if k not in drop] if drop else lines
