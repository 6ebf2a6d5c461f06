"""A steps table whose rows are FOLDED onto two lines of cells, its header too.

A web page laying its steps out as flex rows of six cells (no ``<table>``) wraps each row, at
the printed width, onto two lines of three cells: « Etape | Descriptif | Planification » over
« Ressources à mobiliser | Porteur | Partenaires envisagés », and each step the same way, its
name, description and planning over its budget, owner and partners, a thin rule under it.
Neither table reader takes it (each header line names too few columns for a steps header).

This reader takes two header lines, one right under the other, each made of column labels
only, at the same column starts, naming different columns that together make a steps header
(:func:`sources.pdf.columns.is_header`, a step column in the first). The lines under them are
the records, down to a heading or field label, a line starting left of the table or a wide
gap; the table goes on at the next page's top when its lines start there. A record is the
lines between two row rules (the page's rule bands), else two runs of lines closer than their
spacing allows; it is cut in two at its widest line gap: the first part is read under the
first header line's columns, the rest under the second's.
"""

from __future__ import annotations

from dataclasses import dataclass

from sources.action_plan.line_kinds import _is_stop
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import column_key, is_header
from sources.pdf.content import Line, TableBlock, TableRow

_ALIGN = 3.0  # pt: the two header lines' labels start at the same column starts
_UNDER = 1.0  # of a font size: the second header line right under the first
_GAP = 3.0  # of a font size: a wider gap between two lines ends the table
_RECORD_GAP = 1.3  # of the lines' spacing: a wider gap parts two runs of lines (no rules)


@dataclass
class _Table:
    first: list[str]  # keys of the first header line's columns
    second: list[str]  # keys of the second's
    starts: list[float]  # the columns' left edges
    left: float


def _labels(line: Line) -> list[str] | None:
    keys = [column_key(s.text) for s in line.segments]
    if len(keys) < 2 or any(k is None for k in keys) or len(set(keys)) != len(keys):
        return None
    return [k for k in keys if k]


def folded_header(above: Line, below: Line) -> tuple[list[str], list[str], list[float]] | None:
    """(first keys, second keys, column starts) of two header lines folding one steps
    header, else None."""
    first, second = _labels(above), _labels(below)
    if first is None or second is None or len(first) != len(second) or "step" not in first:
        return None
    if set(first) & set(second) or is_header(first) or not is_header(first + second):
        return None
    if below.page != above.page or not 0 <= below.top - above.bottom <= _UNDER * below.size:
        return None
    starts = [s.x0 for s in above.segments]
    if any(abs(a - b.x0) > _ALIGN for a, b in zip(starts, below.segments, strict=True)):
        return None
    return first, second, starts


def _cells(lines: list[Line], table: _Table, keys: list[str]) -> dict[str, str]:
    parts: dict[str, list[str]] = {}
    for line in lines:
        for seg in line.segments:
            col = max((i for i, x in enumerate(table.starts) if x <= seg.x0 + _ALIGN), default=0)
            parts.setdefault(keys[col], []).append(seg.text)
    return {k: join_wrapped(v) for k, v in parts.items()}


class FoldedRows:
    """Call on each page's lines (reading order); returns the lines left and the tables read."""

    def __init__(self) -> None:
        self.table: _Table | None = None  # a table open at the last page's foot

    def __call__(self, lines: list[Line], page: int) -> tuple[list[Line], list[TableBlock]]:
        blocks: list[TableBlock] = []
        used: set[int] = set()
        table, self.table = self.table, None
        if table is not None:  # the table going on at the page's top
            end = self._body_end(lines, 0, table)
            if end:
                blocks.append(self._block(lines[:end], table, page))
                used |= {id(ln) for ln in lines[:end]}
                self.table = table if end == len(lines) else None
        i = 0
        while i + 1 < len(lines):
            found = None if id(lines[i]) in used else folded_header(lines[i], lines[i + 1])
            if found is None:
                i += 1
                continue
            head = lines[i]
            new = _Table(found[0], found[1], found[2], min(head.x0, lines[i + 1].x0))
            end = self._body_end(lines, i + 2, new)
            if end == i + 2 == len(lines):  # the header ends the page: its rows on the next
                used |= {id(lines[i]), id(lines[i + 1])}
                self.table = new
                break
            if end == i + 2:
                i += 1
                continue
            blocks.append(self._block(lines[i + 2 : end], new, page, head.top))
            used |= {id(ln) for ln in lines[i:end]}
            self.table = new if end == len(lines) else None
            i = end
        if not used:
            return lines, []
        return [ln for ln in lines if id(ln) not in used], blocks

    @staticmethod
    def _body_end(lines: list[Line], start: int, table: _Table) -> int:
        end = start
        while end < len(lines):
            line = lines[end]
            if _is_stop(line) or line.x0 < table.left - _ALIGN:
                break
            if end + 1 < len(lines) and folded_header(line, lines[end + 1]) is not None:
                break
            if end > start and line.top - lines[end - 1].bottom > _GAP * line.size:
                break
            end += 1
        return end

    @staticmethod
    def _records(lines: list[Line]) -> list[list[Line]]:
        if all(ln.band is not None for ln in lines):
            out: list[list[Line]] = []
            for line in lines:
                if out and out[-1][-1].band == line.band:
                    out[-1].append(line)
                else:
                    out.append([line])
            return out
        steps = [b.top - a.top for a, b in zip(lines, lines[1:], strict=False)]
        pitch = min(steps) if steps else 0.0
        parts: list[list[Line]] = []
        for index, line in enumerate(lines):
            if parts and line.top - lines[index - 1].top <= _RECORD_GAP * pitch:
                parts[-1].append(line)
            else:
                parts.append([line])
        return [sum(parts[k : k + 2], []) for k in range(0, len(parts), 2)]

    def _block(
        self, lines: list[Line], table: _Table, page: int, top: float | None = None
    ) -> TableBlock:
        keys = table.first + table.second
        block = TableBlock(page, lines[0].top if top is None else top, lines[-1].bottom, keys, True)
        block.ncols = len(keys)
        for record in self._records(lines):
            gaps = [b.top - a.bottom for a, b in zip(record, record[1:], strict=False)]
            cut = 1 + max(range(len(gaps)), key=gaps.__getitem__) if gaps else len(record)
            cells = {k: "" for k in keys}
            cells.update(_cells(record[:cut], table, table.first))
            cells.update(_cells(record[cut:], table, table.second))
            block.rows.append(TableRow(page, record[0].top, dict(cells)))
        return block
