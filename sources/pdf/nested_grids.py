"""A steps table nested in an outer grid that gives a column to every row inside it.

A word processor's plan may group its steps by a value: an OUTER table « Planification |
Étapes prévues », one outer row a run of steps sharing a planning value, the value written
once in the outer row's first cell and the steps as a NESTED table (its own header) in the
other cell. Read alone, the nested table has no planning column: the value beside it would be
lost, or read as text.

The outer grid is told by its geometry, never by its words: a grid one of whose cells holds
another grid found on the page. Each of its other columns whose header names a steps column
the nested grid lacks (``sources.pdf.columns``) gives that outer row's cell to every row of the
nested grid, as a group row over them. An outer row cut by a page break prints its cell empty
on the next page: there the value of the row it goes on stays in force.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sources.pdf.cells import join_wrapped
from sources.pdf.columns import label_key
from sources.pdf.content import TableBlock, TableRow

Box = tuple[float, float, float, float]
_TOL = 2.0  # pt


def _box(bbox: Any) -> Box:
    return (float(bbox[0]), float(bbox[1]), float(bbox[2]), float(bbox[3]))


def _inside(inner: Box, outer: Box) -> bool:
    return (
        inner[0] >= outer[0] - _TOL
        and inner[1] >= outer[1] - _TOL
        and inner[2] <= outer[2] + _TOL
        and inner[3] <= outer[3] + _TOL
    )


# a cell holding a nested grid, a column key, the outer row's value in that column, whether
# the row is the grid's first body row on the page, the boxes whose words are no text
Outer = tuple[Box, str, str, bool, list[Box]]


def outer_cells(found: list[tuple[Any, list[list[str | None]]]]) -> list[Outer]:
    """Every (cell holding a nested grid, key, value, first row, boxes aside) of the page's
    outer grids (``found``: the page's grids and their cell texts), for each column whose
    header names a steps column; the boxes aside are the value's cell and the outer header
    row, whose words are read as the value, not as text."""
    boxes = [_box(table.bbox) for table, _ in found]
    out: list[Outer] = []
    for index, (table, data) in enumerate(found):
        others = [b for k, b in enumerate(boxes) if k != index]
        if not others or not data:
            continue
        rows = table.rows
        header = [label_key(c) if c else None for c in data[0]]
        has_header = any(header)
        first_body = 1 if has_header else 0
        for r in range(first_body, min(len(rows), len(data))):
            cells = rows[r].cells
            holders = [
                c
                for c, cell in enumerate(cells)
                if cell is not None and any(_inside(b, tuple(cell)) for b in others)
            ]
            if not holders:
                continue
            for c in holders:
                for j, key in enumerate(header):
                    if key is None or j == c or j >= len(data[r]):
                        continue
                    value = " ".join((data[r][j] or "").split())
                    aside = [_box(cells[j])] if cells[j] is not None else []
                    if has_header:
                        aside.append(_box(rows[0].bbox))
                    out.append((_box(cells[c]), key, value, r == first_body, aside))
    return out


def fill_from_outer(blocks: list[TableBlock], cells: list[Outer]) -> None:
    """Open each block nested in an outer cell with a GROUP ROW giving the outer row's values
    for the columns it lacks (:attr:`TableRow.group`: the sheet reader gives them to the rows
    under it, up to the next group row). An outer row cut by the page break (its cell empty
    on the page's first body row) gives none: the value in force goes on, and the block's first
    row may still be the rest of a row cut by the break."""
    for block in blocks:
        if not block.bounds:
            continue
        box = (block.bounds[0], block.top, block.bounds[-1], block.bottom)
        used = [o for o in cells if o[1] not in block.keys and _inside(box, o[0])]
        given = {key: value for _, key, value, first, _ in used if value or not first}
        if given:
            block.rows.insert(0, TableRow(block.page, block.top, given, group=True))
        for *_, aside in used:  # the outer header's and the value cells' words: no text
            block.aside += [b for b in aside if b not in block.aside]


def _glued(text: str, at_edge: Callable[[int], bool]) -> str:
    """``text``'s lines, a line cut at its narrow cell's edge joined to the one above (the
    other line breaks kept: a value's paragraphs)."""
    lines = [ln for ln in text.split("\n") if ln.strip()]
    out = lines[:1]
    for k in range(1, len(lines)):
        if at_edge(k):
            out[-1] = join_wrapped([out[-1], lines[k]], [False, True])
        else:
            out.append(lines[k])
    return "\n".join(out)


def with_nested_cells(
    table: Any,
    data: list[list[str | None]],
    found: list[Any],
    edges: Callable[[Any], Callable[[int, int], Callable[[int], bool]]] | None = None,
) -> list[list[str | None]]:
    """``data`` (``table``'s cell texts) with each ONE-ROW grid nested in one of its cells
    read into the columns its own cells stand under: a record's « Porteur | Partenaires »
    pasted as a small table into the last cell, whose header row the grid finder read as
    columns of their own (the header's nested labels) while the body's nested grids stand
    apart. The holding cell is emptied (its text is the nested cells' run together). A nested
    grid whose cells do not fall under distinct columns other than the holding one is left.
    ``edges``: for a nested grid, where its cells' lines are words cut at the cell's edge (the
    nested cells are narrow; the outer grid's own cells are read so by the grid reader)."""
    outer = _box(table.bbox)
    inner = [t for t in found if t is not table and _box(t.bbox) != outer]
    inner = [t for t in inner if _inside(_box(t.bbox), outer)]
    if not inner:
        return data
    xs = [float(c.bbox[0]) for c in table.columns] + [outer[2]]
    out = data
    for nested in inner:
        box = _box(nested.bbox)
        if len(nested.rows) != 1 or len(nested.rows[0].cells) < 2:
            continue  # one row of two cells at least: a record's cells, not a box
        for r, row in enumerate(table.rows[: len(data)]):
            holder = next(
                (
                    j
                    for j, cell in enumerate(row.cells)
                    if cell is not None and _inside(box, _box(cell))
                ),
                None,
            )
            if holder is None:
                continue
            texts = nested.extract()[0]
            targets = []
            for cell in nested.rows[0].cells:
                middle = (float(cell[0]) + float(cell[2])) / 2 if cell is not None else -1.0
                targets.append(
                    next((j for j in range(len(xs) - 1) if xs[j] <= middle < xs[j + 1]), None)
                )
            if None in targets or holder in targets or len(set(targets)) != len(targets):
                break
            if out is data:
                out = [list(row_) for row_ in data]
            cut = edges(nested) if edges is not None else None
            for k, (j, text) in enumerate(zip(targets, texts, strict=True)):
                out[r][j] = _glued(text, cut(0, k)) if cut is not None and text else text or ""
            out[r][holder] = ""
            break
    return out
