"""A MERGED CELL'S TEXT PRINTED OVER THE GRID on the page a table goes on: a spreadsheet
prints the text of a cell merged down several rows from the cell's top, so when the page
break cuts the merged cell, the lines that do not fit above the break are set on the next
page ABOVE its first rule, in the cell's column (Calc prints into the top margin).

The ruled reading, which keeps only text inside drawn cells, loses those lines, and the page
then reads by geometry, which guesses the merged cells. Where the first grid of a page goes
on from a table left open on the page before and lines stand right over its top rule, each
within the side rules of ONE of its columns, they are made the grid's first row — a row of
that cell only, the rest of the step cut by the break (the sheet reader joins it to it).
"""

from __future__ import annotations

from sources.pdf.content import Line, TableBlock, TableRow

_GAP = 1.5  # of a line's height: the gap between two lines (or the last and the rule) at most
_FIRST_GAP = 8.0  # of a line's height: between the lowest line and the top rule (a margin)
_SIDE = 1.0  # pt: a line stands inside a column's side rules within this


def lift_overhang(table: TableBlock, lines: list[Line]) -> list[Line]:
    """Make the lines right over ``table``'s top rule, within one of its columns, its first
    row; the lines so read are returned (taken out of the page's lines by the caller)."""
    if table.has_header or len(table.bounds) != len(table.keys) + 1 or not table.rows:
        return []  # (a header repeated over the grid: what stands over it is no cell's)
    above = sorted((ln for ln in lines if ln.bottom <= table.top + 1), key=lambda ln: ln.top)
    taken: list[Line] = []
    edge = table.top
    column: int | None = None
    for line in reversed(above):
        height = max(line.bottom - line.top, 1.0)
        if edge - line.bottom > (_GAP if taken else _FIRST_GAP) * height:
            break
        inside = next(
            (
                i
                for i in range(len(table.keys))
                if table.bounds[i] - _SIDE <= line.x0 and line.x1 <= table.bounds[i + 1] + _SIDE
            ),
            None,
        )
        if inside is None or (column is not None and inside != column) or line.bold:
            break  # (a bold line over a grid: a heading, « (suite) »)
        column = inside
        taken.append(line)
        edge = line.top
    if not taken or column is None:
        return []
    taken.reverse()
    key = table.keys[column]
    cells: dict[str, str | None] = {k: "" for k in table.keys}
    cells[key] = "\n".join(ln.text for ln in taken)
    table.rows.insert(0, TableRow(table.page, taken[0].top, cells))
    table.top = taken[0].top
    return taken
