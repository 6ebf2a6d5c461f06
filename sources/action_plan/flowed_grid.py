"""A steps table laid out as a grid of boxes that FLOW a fixed number a row.

A page builder's « grille » block (CSS ``grid-template-columns: repeat(auto-fill, …)``) puts
the six column labels then each step's six values as boxes of one list. On the editor's wide
screen the grid takes six columns and looks like a table; printed narrower it takes fewer
(four), so the boxes flow: the first row holds four labels, the second the last two labels
then the first step's name and description, the third that step's other four values, and so
on — a step over two or three rows, its label boxes standing over other labels' values.

This reader takes a header of column labels (a line of labels, or the rowless table the page
reader made of it) followed, right under it, by a row of boxes whose first boxes are the
labels the header lacked. The boxes are read row by row, column by column (a row: the lines
between two wider gaps than a box's line spacing), each column's lines one box; the labels
counted, the values are cut into steps of that many, in the labels' order. Trailing empty
slots of the last row are no boxes. A row cut by a page break goes on at the next page's top
(the page ended within a line or two of its foot), its column's lines joined to the same box.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sources.action_plan.line_kinds import _is_stop
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import column_key, is_header
from sources.pdf.content import Line, TableBlock, TableRow

_ALIGN = 6.0  # pt: a box's text starts within this of its column's start
_ROW_GAP = 0.8  # of a font size: a wider white gap between two lines parts two grid rows
_LEFT = 2.0  # pt: a line starting further left than the boxes' text is out of the grid
_TOP = 1.5  # pt: a row cut by a page break goes on at the page's topmost line place (a new
#   row's box starts lower, by its border and padding)
_END_GAP = 3.5  # of a font size: a wider gap ends the grid
_FOOT = 1.2  # of a font size: a page's last line this close to the lowest line's place (on
#   any page so far, the next one included) leaves its row cut by the page break


@dataclass
class _Grid:
    starts: list[float]  # the columns' left edges
    left: float
    header: list[str]  # the header's keys (the first grid row's labels)
    labels: list[str] = field(default_factory=list)  # every label, once known
    boxes: list[tuple[int, float, list[str]]] = field(default_factory=list)  # (page, top, lines)
    row: list[tuple[int, float, list[str]]] | None = None  # the row open at the page's foot
    foot: float = 0.0  # that page's last line's bottom
    size: float = 0.0  # that row's font size


def _header_keys(texts: list[str]) -> list[str] | None:
    keys = [column_key(t) for t in texts]
    if len(keys) < 2 or any(k is None for k in keys) or len(set(keys)) != len(keys):
        return None
    return [k for k in keys if k]


def _column(grid: _Grid, x0: float) -> int:
    return max((i for i, x in enumerate(grid.starts) if x <= x0 + _ALIGN), default=0)


def _rows(lines: list[Line]) -> list[list[Line]]:
    """Lines cut into grid rows at white gaps wider than a box's line spacing leaves."""
    rows: list[list[Line]] = []
    for index, line in enumerate(lines):
        if rows and line.top - lines[index - 1].bottom <= _ROW_GAP * line.size:
            rows[-1].append(line)
        else:
            rows.append([line])
    return rows


def _boxes(grid: _Grid, row: list[Line]) -> list[tuple[int, float, list[str]]]:
    parts: list[list[str]] = [[] for _ in grid.starts]
    for line in row:
        for seg in line.segments:
            parts[_column(grid, seg.x0)].append(seg.text)
    return [(row[0].page, row[0].top, p) for p in parts]


class FlowedGrid:
    """Call on each page's lines and tables; returns the lines and tables left and the steps
    tables read."""

    def __init__(self) -> None:
        self.grid: _Grid | None = None  # a grid open at the last page's foot
        self.lowest = 0.0  # the lowest line's bottom seen on any page
        self.top = 1e9  # the topmost line's top seen on any page

    def __call__(
        self, lines: list[Line], tables: list[TableBlock], page: int
    ) -> tuple[list[Line], list[TableBlock], list[TableBlock]]:
        foot = max((ln.bottom for ln in lines), default=0.0)
        used: set[int] = set()
        dropped: set[int] = set()
        blocks: list[TableBlock] = []
        grid, self.grid = self.grid, None
        if grid is not None:
            end = self._end(lines, 0, grid)
            used |= {id(ln) for ln in lines[:end]}
            blocks += self._read(grid, lines[:end], page, end == len(lines), foot, cont=True)
        i = 0
        while i < len(lines):
            line = lines[i]
            if id(line) in used:
                i += 1
                continue
            found = self._open(lines, i, tables)
            if found is None:
                i += 1
                continue
            new, first, table = found
            end = self._end(lines, first, new)
            if end <= first:
                i += 1
                continue
            if table is not None:
                dropped.add(id(table))
            used |= {id(ln) for ln in lines[i:end]}
            blocks += self._read(new, lines[first:end], page, end == len(lines), foot)
            i = end
        self.lowest = max(self.lowest, foot)
        self.top = min([self.top] + [ln.top for ln in lines[:1]])
        if not used:
            return lines, tables, []
        left = [ln for ln in lines if id(ln) not in used]
        return left, [t for t in tables if id(t) not in dropped], blocks

    def flush(self, page: int) -> list[TableBlock]:
        """The steps of a grid open at the last page's foot (``page``: that page)."""
        grid, self.grid = self.grid, None
        if grid is None:
            return []
        if grid.row is not None:
            grid.boxes.extend(grid.row)
            grid.row = None
        return self._steps(grid, page, [], final=True)

    def _open(
        self, lines: list[Line], i: int, tables: list[TableBlock]
    ) -> tuple[_Grid, int, TableBlock | None] | None:
        """(grid, index of its first body line, the header's table) when lines[i] opens a
        flowed grid, else None."""
        line = lines[i]
        keys = _header_keys([s.text for s in line.segments])
        if keys is not None and "step" in keys:
            starts = [s.x0 for s in line.segments]
            grid, first, table = _Grid(starts, min(starts), keys), i + 1, None
        else:  # the header read as a table of its own, with no row, just above the line
            table = next(
                (
                    t
                    for t in tables
                    if not t.rows
                    and t.has_header
                    and t.page == line.page
                    and t.keys[:1] == ["step"]
                    and len(t.bounds) == len(t.keys) + 1
                    and 0 <= line.top - t.bottom <= 4 * line.size
                ),
                None,
            )
            if table is None or (i and lines[i - 1].top > table.top):
                return None
            grid, first = _Grid(list(table.bounds[:-1]), table.bounds[0], list(table.keys)), i
        if len(grid.starts) < 2 or first >= len(lines):
            return None
        row = lines[first]
        if row.x0 < grid.left - _ALIGN:
            return None
        head = [column_key(s.text) for s in row.segments]
        extra: list[str] = []
        for key in head:
            if key is None or key in grid.header or key in extra:
                break
            extra.append(key)
        if not extra or len(extra) == len(head) or not is_header(grid.header + extra):
            return None
        if _column(grid, row.segments[0].x0) != 0:  # the first label in the first column
            return None
        grid.labels = grid.header + extra
        grid.left = row.x0  # the boxes' text, inside their borders
        grid.boxes = [(line.page, line.top, [k]) for k in grid.header]
        return grid, first, table

    @staticmethod
    def _end(lines: list[Line], start: int, grid: _Grid) -> int:
        end = start
        while end < len(lines):
            line = lines[end]
            if line.x0 < grid.left - _LEFT or (end > start and _is_stop(line)):
                break
            if end > start and line.top - lines[end - 1].bottom > _END_GAP * line.size:
                break
            end += 1
        return end

    def _read(
        self,
        grid: _Grid,
        lines: list[Line],
        page: int,
        open_: bool,
        foot: float,
        cont: bool = False,
    ) -> list[TableBlock]:
        rows = _rows(lines)
        if grid.row is not None:
            held, grid.row = grid.row, None
            lowest, top = max(self.lowest, foot), min(self.top, lines[0].top if lines else 0.0)
            if (
                cont
                and rows
                and grid.foot >= lowest - _FOOT * grid.size  # the last page ended at its foot
                and rows[0][0].top <= top + _TOP  # and this one goes on at its top
            ):
                for (_, _, parts), (_, _, more) in zip(held, _boxes(grid, rows[0]), strict=True):
                    parts.extend(more)
                rows = rows[1:]
            grid.boxes.extend(held)
        for index, row in enumerate(rows):
            boxes = _boxes(grid, row)
            if open_ and index == len(rows) - 1:
                grid.row = boxes  # perhaps cut by the page break: held for the next page
                grid.foot, grid.size = foot, row[-1].size
            else:
                grid.boxes.extend(boxes)
        if open_:
            self.grid = grid
        return self._steps(grid, page, lines, final=not open_)

    @staticmethod
    def _steps(grid: _Grid, page: int, lines: list[Line], final: bool) -> list[TableBlock]:
        """The steps whose boxes are all read, as a table; the rest stay in the grid."""
        n = len(grid.labels)
        boxes = grid.boxes
        if final:
            while boxes and not boxes[-1][2] and (len(boxes) - n) % n:
                boxes.pop()  # the last row's empty slots: no boxes
        whole = (len(boxes) - n) // n
        if whole <= 0:
            return []
        top, bottom = (lines[0].top, lines[-1].bottom) if lines else (0.0, 0.0)
        block = TableBlock(page, top, bottom, list(grid.labels), True)
        block.ncols = n
        block.rows_ruled = True
        for k in range(whole):
            values = boxes[n + k * n : n + (k + 1) * n]
            cells: dict[str, str | None] = {
                key: join_wrapped(parts)
                for key, (_, _, parts) in zip(grid.labels, values, strict=True)
            }
            block.rows.append(TableRow(values[0][0], values[0][1], cells))
        grid.boxes = boxes[:n] + boxes[n + whole * n :]
        return [block]
