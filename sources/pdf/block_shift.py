"""Where a page's text block sits across the page, compared with the page before.

A document laid out for recto-verso printing (mirrored margins) sets its text block further
right on odd pages than on even ones; a scanner feeds sheets a few points apart. A
label/value grid going on past a page break has its value column where the block put it:
the x read on the page before, shifted by the blocks' difference.
"""

from __future__ import annotations

from collections import Counter

from sources.pdf.content import Line

_LEAST = 3  # lines starting at one x: a text block's left edge
_SMALLEST = 6.0  # pt: a smaller difference is no shift (a cell's padding)


def block_left(lines: list[Line]) -> float | None:
    """The text block's left edge: the smallest x (to the point) where three lines start."""
    counts = Counter(round(line.x0) for line in lines)
    edges = [x for x, n in counts.items() if n >= _LEAST]
    return float(min(edges)) if edges else None


class BlockShift:
    """Each page's text-block shift from the page before (pages given in order)."""

    def __init__(self) -> None:
        self._left: float | None = None

    def __call__(self, lines: list[Line]) -> float:
        """The x offset of this page's block from the page before's (0.0 when either is
        unknown or they differ by less than a cell's padding)."""
        left, before = block_left(lines), self._left
        self._left = left
        if left is None or before is None or abs(left - before) < _SMALLEST:
            return 0.0
        return left - before
