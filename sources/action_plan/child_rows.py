"""A steps table whose last columns a responsive table moved into a CHILD ROW under each row.

A web page's table plug-in (DataTables Responsive, Bootstrap-Table's card view, Tabulator's
collapse) hides the columns that do not fit the screen and lists them under each row as
« Label value » lines, one per hidden column, the label being that column's header (bold), the
value beside it on the same line; a hidden column's empty cell keeps its label alone. Printed,
the table's header names only the columns still shown (« Etape | Descriptif | Planification »),
too few for a steps header (:func:`sources.pdf.columns.is_header`), so neither table reader
takes it: its rows stand as plain lines.

This reader takes such a header — one line whose every segment names a column, a step column
among them — when the lines under it hold, at the table's left edge, lines opening with a bold
detail label the header does not name, and when the header's columns and those labels together
name a steps table. Each row is its lines cut at the header's column starts, then its child
lines; a row ends with its child lines (the next line that is no child line opens the next
row). A value wrapping onto a line of its own (closer to it than the child lines stand apart)
goes on that value. The table ends at a line starting left of it, a heading or field label, or
a wide gap. A row the page's foot cuts goes on at the next page's top (the header repeated or
not): its cells' lines and its child lines are joined to it there.

A utility-CSS page (Tailwind UI's « stacked columns on mobile ») prints the hidden columns
INSIDE each row's first cell instead: under the bold step name, « Label : value » lines in
another colour, not bold (a label closed by its colon, two hidden columns at least under the
header so that one note under a table is no child line), beside the description's lines. A
line right of the first column, as close to the line above as a wrapped line, goes on the
row's cells between its child lines; a child value wraps in the first column only; a bold
child label starts with a capital (a step name going on, « responsables dans les
politiques », is no « Responsables » label).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sources.action_plan.line_kinds import _is_stop
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import column_key, is_header, label_key, pair_label
from sources.pdf.content import Line, Segment, TableBlock, TableRow

_DETAILS = ("planning", "budget", "owner", "partners")
_EDGE = 3.0  # pt: a child line starts this close to the table's left edge
_LEFT = 6.0  # pt: a cell's text starts at most this far left of its header label
_WRAP = 0.5  # of a font size: a value's wrapped line stands closer than this to the one above
_GAP = 3.0  # of a font size: a wider gap between two lines ends the table


@dataclass
class _Row:
    page: int
    top: float
    cells: dict[str, list[str]] = field(default_factory=dict)
    details: dict[str, list[str]] = field(default_factory=dict)
    last: str | None = None  # the child key the last child line gave

    def as_row(self, keys: list[str]) -> TableRow:
        out: dict[str, str | None] = {}
        for key in keys:
            parts = self.cells.get(key) or self.details.get(key) or []
            out[key] = join_wrapped(parts) if parts else ""
        return TableRow(self.page, self.top, out)


@dataclass
class _Table:
    keys: list[str]  # the header's keys, then the child lines' keys as met
    starts: list[float]  # the header's column starts
    left: float
    hidden: frozenset[str]  # detail keys the header does not name


def _header(line: Line) -> tuple[list[str], list[float]] | None:
    """(keys, starts) of a header line naming a step column and too few columns for a steps
    header on its own; None otherwise."""
    segs = line.segments
    if len(segs) < 2:
        return None
    keys = [column_key(s.text) for s in segs]
    if any(k is None for k in keys) or "step" not in keys or len(set(keys)) != len(keys):
        return None
    if is_header(keys):  # the table readers take it
        return None
    return [k for k in keys if k], [s.x0 for s in segs]


def _label_words(seg: Segment) -> int:
    """How many words open ``seg`` in bold: a child line's label."""
    if seg.lead_bold:
        return seg.lead_bold
    return len(seg.text.split()) if seg.bold else 0


def _child(
    line: Line, left: float, hidden: frozenset[str], limit: float | None = None
) -> tuple[str, str] | None:
    """(key, value) of a child line: at the table's left edge, a bold label naming a hidden
    detail column, then its value (empty when the label stands alone); or any label closed
    by a colon (« Porteur : GACdG ») in the first column, left of ``limit`` (the other
    columns' text level with it is theirs: :func:`_beside_child`)."""
    if abs(line.x0 - left) > _EDGE or not line.segments:
        return None
    first = line.segments[0]
    n = _label_words(first)
    words = first.text.split()
    if not n:
        text = " ".join(s.text for s in line.segments if limit is None or s.x0 < limit)
        paired = pair_label(text)
        if paired is None or paired[0] not in hidden:
            return None
        return str(paired[0]), " ".join(text[paired[1] :].split())
    if n > 4 or words[0][:1].islower():  # a label is its header's text, capitalised
        return None  # (« responsables dans les politiques »: a bold step name going on)
    key = label_key(" ".join(words[:n]))
    if key not in hidden:
        return None
    rest = " ".join(words[n:] + [s.text for s in line.segments[1:]])
    return key, " ".join(rest.split())


def _limit(table: _Table) -> float | None:
    """Where the first column's text ends: the second column's start."""
    return table.starts[1] - _LEFT if len(table.starts) > 1 else None


def _beside_child(line: Line, table: _Table) -> dict[str, str]:
    """The other columns' text level with a « Label : value » child line in the first
    column (a description's line printed at the same height)."""
    limit = _limit(table)
    if limit is None or _label_words(line.segments[0]):
        return {}
    rest = [s for s in line.segments if s.x0 >= limit]
    return _cells(replace(line, segments=rest), table) if rest else {}


def _cells(line: Line, table: _Table) -> dict[str, str]:
    """The line's words cut at the header's column starts."""
    out: dict[str, list[str]] = {}
    header = table.keys[: len(table.starts)]
    for seg in line.segments:
        words = seg.words or [(seg.x0, seg.x1, seg.text)]
        for x0, _x1, text in words:
            col = 0
            for i, start in enumerate(table.starts):
                if x0 >= start - _LEFT:
                    col = i
            out.setdefault(header[col], []).append(text)
    return {k: " ".join(v) for k, v in out.items()}


class ChildRows:
    """Call on each page's lines (reading order); returns the lines left and the tables read.
    Call :meth:`flush` after the last page: a row cut by the last page's foot."""

    def __init__(self) -> None:
        self.table: _Table | None = None
        self.pending: _Row | None = None  # a row the page's foot may have cut

    def __call__(self, lines: list[Line], page: int) -> tuple[list[Line], list[TableBlock]]:
        blocks: list[TableBlock] = []
        used: set[int] = set()
        pending, self.pending = self.pending, None
        if pending is not None and self.table is not None:
            start = self._going_on(lines)
            if start is None:
                blocks.append(self._block([pending], page, -1.0))
            else:
                block, end = self._read(lines, start, page, pending)
                blocks.append(block)
                used |= {id(ln) for ln in lines[:end]}
        i = 0
        while i < len(lines):
            line = lines[i]
            found = None if id(line) in used else _header(line)
            if found is None:
                i += 1
                continue
            keys, starts = found
            hidden = frozenset(_DETAILS) - set(keys)
            table = _Table(list(keys), starts, line.x0, hidden)
            if not self._has_children(lines, i + 1, table) and not self._same_header(keys):
                i += 1
                continue
            self.table = table
            block, end = self._read(lines, i + 1, page, None, header=line)
            blocks.append(block)
            used |= {id(ln) for ln in lines[i:end]}
            i = end
        if not blocks:
            return lines, []
        return [ln for ln in lines if id(ln) not in used], blocks

    def flush(self) -> list[TableBlock]:
        pending, self.pending = self.pending, None
        if pending is None or self.table is None:
            return []
        return [self._block([pending], pending.page, pending.top)]

    # ------------------------------------------------------------------ reading
    def _same_header(self, keys: list[str]) -> bool:
        """The document's child-row table header again: a table whose rows the page's foot
        cuts before their child lines (the plug-in writes every table of a page alike)."""
        seen = self.table
        return seen is not None and seen.keys[: len(seen.starts)] == keys

    def _has_children(self, lines: list[Line], start: int, table: _Table) -> bool:
        """Child lines under the header naming what it lacks: bold labels, or « Label : »
        lines of two hidden columns at least (one such line may be a note under the table)."""
        keys, paired = set(table.keys), set()
        previous = lines[start - 1]
        for line in lines[start:]:
            if self._ends(line, previous, table):
                break
            found = _child(line, table.left, table.hidden, _limit(table))
            if found is not None:
                (keys if _label_words(line.segments[0]) else paired).add(found[0])
            previous = line
        if len(paired) >= 2:
            keys |= paired
        return len(keys) > len(table.keys) and is_header(list(keys))

    def _going_on(self, lines: list[Line]) -> int | None:
        """Where the table cut at the last page's foot goes on: after its header repeated on
        top of this page, or at the page's first line when that line is a row's line or a
        child line (no header repeated); None when the page opens with something else."""
        table = self.table
        if not lines or table is None:
            return None
        first = lines[0]
        found = _header(first)
        if found is not None and found[0] == table.keys[: len(found[0])]:
            table.starts, table.left = found[1], first.x0
            return 1
        if _child(first, table.left, table.hidden) is not None:
            return 0
        if first.x0 >= table.left - _EDGE and not _is_stop(first):
            return 0
        return None

    def _ends(self, line: Line, previous: Line, table: _Table) -> bool:
        if line.top - previous.bottom > _GAP * max(line.size, 1.0):
            return True
        if line.x0 < table.left - _EDGE:
            return True
        return _child(line, table.left, table.hidden) is None and _is_stop(line)

    def _read(
        self,
        lines: list[Line],
        start: int,
        page: int,
        row: _Row | None,
        header: Line | None = None,
    ) -> tuple[TableBlock, int]:
        table = self.table
        assert table is not None
        rows: list[_Row] = []
        previous = header if header is not None else (lines[start - 1] if start else None)
        end = start
        last_child: Line | None = None
        while end < len(lines):
            line = lines[end]
            if previous is not None and self._ends(line, previous, table):
                break
            found = _child(line, table.left, table.hidden, _limit(table))
            if found is not None:
                key, value = found
                if row is None:
                    row = _Row(line.page, line.top)
                for other, text in _beside_child(line, table).items():
                    row.cells.setdefault(other, []).append(text)
                if key not in table.keys:
                    table.keys.append(key)
                row.details[key] = [value] if value else []
                row.last, last_child = key, line
            elif (
                row is not None
                and row.last is not None
                and last_child is not None
                and line.top - last_child.bottom < _WRAP * line.size
                and (len(table.starts) < 2 or line.x0 < table.starts[1] - _LEFT)
            ):
                row.details.setdefault(row.last, []).append(line.text)  # a wrapped value
                last_child = line
            elif (
                row is not None
                and row.last is not None
                and line.x0 > table.left + _EDGE
                and line.top - previous.bottom < _WRAP * line.size
            ):  # the row's other cells going on beside its child lines (one first cell)
                for key, text in _cells(line, table).items():
                    row.cells.setdefault(key, []).append(text)
            else:
                if row is not None and row.last is not None:
                    rows.append(row)
                    row = None
                if row is None:
                    row = _Row(line.page, line.top)
                for key, text in _cells(line, table).items():
                    row.cells.setdefault(key, []).append(text)
                last_child = None
            previous = line
            end += 1
        if row is not None:
            if end == len(lines):  # the page's foot: the row may go on on the next page
                self.pending = row
            else:
                rows.append(row)
        # a table going on at the page's top is read before any line of the page
        top = header.top if header is not None else -1.0
        bottom = previous.bottom if previous is not None else top
        return self._block(rows, page, top, bottom), end

    def _block(
        self, rows: list[_Row], page: int, top: float, bottom: float | None = None
    ) -> TableBlock:
        table = self.table
        assert table is not None
        keys = list(table.keys)
        out = TableBlock(page, top, top if bottom is None else bottom, keys, True)
        out.rows = [r.as_row(keys) for r in rows]
        out.ncols = len(keys)
        out.whole_rows = True  # rows cut by a page are joined here
        return out
