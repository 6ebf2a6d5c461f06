"""Hand-placed text lines for the table-reader tests: words at given x, one line at a given top."""

from __future__ import annotations

from types import SimpleNamespace

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


def fake_grid(
    data: list[list[str | None]],
    bounds: list[float],
    top: float,
    row_height: float,
    merged: bool = False,
) -> SimpleNamespace:
    """What pdfplumber's ``find_tables`` gives for ``data`` on a grid whose column edges are
    ``bounds``: rows (with their cells), columns, the cell texts and the table's box. With
    ``merged``, a ``None`` cell is covered by the cell before it (a merged cell's box runs over
    the columns it covers, the covered cells are ``None``)."""
    rows = []
    for i, raw in enumerate(data):
        y0, y1 = top + i * row_height, top + (i + 1) * row_height
        cells: list[tuple[float, float, float, float] | None] = []
        for j in range(len(bounds) - 1):
            if merged and raw[j] is None:
                cells.append(None)
                continue
            end = j + 1
            while merged and end < len(raw) and raw[end] is None:
                end += 1
            cells.append((bounds[j], y0, bounds[end], y1))
        rows.append(SimpleNamespace(bbox=(bounds[0], y0, bounds[-1], y1), cells=cells))
    columns = [
        SimpleNamespace(bbox=(x, top, bounds[i + 1], 0.0)) for i, x in enumerate(bounds[:-1])
    ]
    return SimpleNamespace(
        extract=lambda: data,
        rows=rows,
        columns=columns,
        bbox=(bounds[0], top, bounds[-1], top + len(data) * row_height),
    )
