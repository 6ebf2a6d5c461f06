"""Hand-placed text lines for the table-reader tests: words at given x, one line at a given top."""

from __future__ import annotations

from sources.pdf.content import Line, Segment


def hand_line(
    top: float, *words: tuple[float, float, str], size: float = 7.0, bold: bool = True
) -> Line:
    """A line of ``(x0, x1, text)`` words; words closer than 4 pt share a segment, as the
    line builder groups them."""
    segs: list[Segment] = []
    for x0, x1, text in words:
        if segs and x0 - segs[-1].x1 < 4:
            last = segs[-1]
            segs[-1] = Segment(
                last.x0, x1, f"{last.text} {text}", bold, [*last.words, (x0, x1, text)]
            )
        else:
            segs.append(Segment(x0, x1, text, bold, [(x0, x1, text)]))
    return Line(1, top, top + size, segs[0].x0, segs[-1].x1, size, bold, segs)


def never(line: Line) -> bool:
    """A running-text test that never matches."""
    return False
