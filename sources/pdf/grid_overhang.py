"""A MERGED CELL'S TEXT PRINTED OVER THE GRID on the page a table goes on: a spreadsheet
prints the text of a cell merged down several rows from the cell's top, so when the page
break cuts the merged cell, its text may be set on the next page ABOVE the grid's first
rule, in the cell's column, from its left side (Calc prints it into the top margin), the
cell above the break left empty.

The ruled reading, which keeps only text inside drawn cells, loses those lines, and the page
then reads by geometry, which guesses the merged cells. Where the first grid of a page goes
on from a table left open on the page before, whose last row left a column's cell EMPTY, and
lines stand right over the grid's top rule within the side rules of that column, set from
its left side, they are made the grid's first row — a row of that cell only, the rest of the
step cut by the break (the sheet reader joins it to it). A page header over the grid (a
sheet's name) stands over a column whose cell above the break holds text: left alone.
"""

from __future__ import annotations

from sources.pdf.content import Line, TableBlock, TableRow

_GAP = 1.5  # of a line's height: the gap between two lines (or the last and the rule) at most
_FIRST_GAP = 8.0  # of a line's height: between the lowest line and the top rule (a margin)
_SIDE = 1.0  # pt: a line stands inside a column's side rules within this
_PADDING = 6.0  # pt: a cell's text starts this near its left rule at most


def lift_overhang(table: TableBlock, lines: list[Line], previous: TableBlock) -> list[Line]:
    """Make the lines right over ``table``'s top rule, within one of its columns, its first
    row, when ``previous`` (the table it goes on from) left that column's cell empty in its
    last row; the lines so read are returned."""
    if table.has_header or len(table.bounds) != len(table.keys) + 1 or not table.rows:
        return []  # (a header repeated over the grid: what stands over it is no cell's)
    last = previous.rows[-1].cells if previous.rows else {}
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
                if table.bounds[i] - _SIDE <= line.x0 <= table.bounds[i] + _PADDING
                and line.x1 <= table.bounds[i + 1] + _SIDE
            ),
            None,
        )  # (set from the cell's left side as its text below: a centred page header is not)
        if inside is None or (column is not None and inside != column) or line.bold:
            break  # (a bold line over a grid: a heading, « (suite) »)
        column = inside
        taken.append(line)
        edge = line.top
    if not taken or column is None:
        return []
    if (last.get(table.keys[column]) or "").strip():
        return []  # the cell printed its text above the break: the lines are no rest of it
    taken.reverse()
    key = table.keys[column]
    cells: dict[str, str | None] = {k: "" for k in table.keys}
    cells[key] = "\n".join(ln.text for ln in taken)
    table.rows.insert(0, TableRow(table.page, taken[0].top, cells))
    table.top = taken[0].top
    return taken
