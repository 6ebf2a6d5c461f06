"""ROWS SHADED BY PARAGRAPH BACKGROUNDS: a borderless steps table whose every other step was
shaded with « Format › Paragraphe › Arrière-plan » (the cursor in the cells), so each cell's
paragraphs print as bands hugging their own lines, of very different heights, the unshaded
steps between them with no fill and no rule. The bands' tops line up across the row and read
as a rule above the shaded step; nothing marks where the unshaded step under it begins.

A row whose bands start together across most of the table's width (or, the rest of a row cut
by the page break, hold every piece of its first line) ends where the last of them ends: a
line below every one of them, itself on no fill, opens the next row.
"""

from __future__ import annotations

from sources.pdf.content import Line

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_SHARE = 0.6  # of the table's width: the bands starting with a row must cover this much
_LEVEL = 2.0  # pt: band tops this close start together
_ABOVE = 6.0  # pt: how far above its first line a row's bands may start


def row_bands(fills: list[Box], first: Line, left: float, right: float) -> list[Box]:
    """The bands starting with the row whose first line is ``first`` (within the table's
    ``left``–``right``), when together they span most of the table's width; else none."""
    near = [
        f
        for f in fills
        if first.top - _ABOVE <= f[1] <= first.top + 1.0 and f[2] > left and f[0] < right
    ]
    if not near:
        return []
    top = min(f[1] for f in near)
    level = [f for f in near if f[1] - top <= _LEVEL]
    width = sum(min(f[2], right) - max(f[0], left) for f in level)
    if width >= _SHARE * (right - left):
        return level
    # the rest of a shaded row cut by the page break: its few bands hold every piece of it
    held = all(
        any(f[0] - 1.0 <= s.x0 and s.x1 <= f[2] + 1.0 for f in level) for s in first.segments
    )
    return level if held and first.segments else []


def below_bands(line: Line, bands: list[Box], fills: list[Box]) -> bool:
    """Does ``line`` stand under every one of the row's ``bands``, on no fill of its own?"""
    if not bands or line.top < max(b[3] for b in bands) - 0.5:
        return False
    return not any(
        f[1] - 1.0 <= line.top and line.bottom <= f[3] + 1.0 and f[0] < line.x1 and line.x0 < f[2]
        for f in fills
    )
