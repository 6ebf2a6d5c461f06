"""Steps printed as STACKED records (« cards »): one block of « column label | value » lines
per step instead of a table row.

A responsive web page prints its steps ``<table>`` so on a narrow width (header hidden, each
cell a line whose column label is printed at its left), and some Word templates write each
step as such a block. The labels are the steps table's column labels
(:mod:`sources.pdf.columns`), each the first segment of its line at one left edge, the values
at one value edge to their right; a value wraps on lines starting at the value edge, a label
may wrap in a narrow label column, and an empty cell keeps its label alone. A label coming
again (or the block's first label) starts the next step. Such a run of lines becomes a
:class:`TableBlock` like any steps table.

A step may also be NAMED BY A HEADING instead of a « Etape » label (a web page's ``<h5>``
over a ``<dl>`` of the other cells, a Word heading over a two-column table): under the steps
heading, an emphasised line (bold, or larger than the labels) just above a record, at the
labels' side, is the step's name when the record's own labels name a steps table (the
description and two detail columns).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sources.action_plan.line_kinds import _classify
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import ends_cut, is_header, join_label_line, label_key
from sources.pdf.content import Line, TableBlock, TableRow

_MAX_LABEL_WORDS = 5
_MAX_LABEL_CHARS = 48
_ALIGN = 3.0  # pt: labels at one left edge, values at one value edge
_Part = tuple[str, float, float, float]  # text, x0, x1, font size


@dataclass
class _Row:
    page: int
    top: float
    cells: dict[str, list[_Part]] = field(default_factory=dict)
    last: str | None = None  # the key whose value the next wrapped line goes on
    name: list[str] = field(default_factory=list)  # lines of a heading naming the step


@dataclass
class _Run:
    label_x: float
    value_x: float | None
    first_key: str
    lines: list[Line] = field(default_factory=list)
    rows: list[_Row] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)  # keys of the label lines, in order
    label_text: str = ""  # the last label, its wrapped lines joined
    continued: bool = False  # goes on from a run accepted on the page before
    under_steps: bool = False  # started under a steps heading (no other heading since)


def record_label(line: Line) -> str | None:
    """Column key of a line opening a stacked cell: its first segment is a steps column label
    alone (« Ressources à mobiliser », « Porteur : »), its value in the segments after a gap
    (or none: an empty cell keeping its label). Else None."""
    seg = line.segments[0]
    text = seg.text.strip().rstrip(":").strip()
    if (
        not text[:1].isupper()
        or len(text) > _MAX_LABEL_CHARS
        or len(text.split()) > _MAX_LABEL_WORDS
        or text[-1:] in ".;,!?"
    ):
        return None
    if len(line.segments) > 1 and line.segments[1].x0 - seg.x1 < 0.8 * line.size:
        return None
    key = label_key(text)
    if key is None or key == "no":
        return None
    kind = _classify(line)
    if kind is not None and kind.kind != "field":  # a sheet heading, an axis, the steps heading
        return None
    return key


class StackedSteps:
    """Runs of stacked step records read into steps tables, page after page.

    Call on each page's lines: returns the lines left and the tables read. A run reaching the
    bottom of a page keeps its last step (its cells may go on at the top of the next page, a
    value wrapped over the break included) until the next page has been read; call
    :meth:`flush` at the end."""

    def __init__(self) -> None:
        self.open: _Run | None = None  # a run reaching the bottom of the page before
        self.under_steps = False  # a steps heading read, no other heading nor field since

    def __call__(self, lines: list[Line], page: int) -> tuple[list[Line], list[TableBlock]]:
        left: list[Line] = []
        blocks: list[TableBlock] = []
        held, self.open = self.open, None
        run: _Run | None = None
        if held is not None:
            run = _Run(held.label_x, held.value_x, held.first_key, continued=True)
            run.rows = held.rows[-1:]
        for line in lines:
            if run is not None and self._extends(run, line):
                continue
            if run is not None:
                left += self._close(run, blocks, page, left, at_bottom=False)
            run = None
            key = record_label(line)
            if key is None:
                self._note(line)
                left.append(line)
                continue
            run = _Run(line.segments[0].x0, None, key, under_steps=self.under_steps)
            self._extends(run, line)
        if run is not None:
            left += self._close(run, blocks, page, left, at_bottom=True)
        return left, blocks

    def flush(self) -> list[TableBlock]:
        """The last step kept for a next page that never came."""
        held, self.open = self.open, None
        if held is None or not held.rows:
            return []
        return [_block(held.rows[-1:], held.rows[-1].page, open_at_bottom=False)]

    # ---------------------------------------------------------------- helpers
    def _note(self, line: Line) -> None:
        """Follow the sheet's sections: a steps heading opens the steps, any other heading or
        field label closes them."""
        kind = _classify(line)
        if kind is not None:
            self.under_steps = kind.kind == "impl"

    @staticmethod
    def _extends(run: _Run, line: Line) -> bool:
        """Add ``line`` to ``run`` when it is the run's next label line or a wrapped value
        line, close under the line before."""
        if run.lines:
            prev = run.lines[-1]
            if prev.page != line.page or line.top - prev.bottom > 3 * line.size:
                return False
        seg = line.segments[0]
        key = record_label(line) if abs(seg.x0 - run.label_x) <= _ALIGN else None
        if key is not None:
            value = line.segments[1:]
            if value and run.value_x is not None and abs(value[0].x0 - run.value_x) > _ALIGN:
                return False
            if value and run.value_x is None:
                run.value_x = value[0].x0
            row = run.rows[-1] if run.rows else None
            if row is None or key in row.cells or (key == run.first_key and row.cells):
                row = _Row(line.page, line.top)
                run.rows.append(row)
            row.cells[key] = [_part(value, line)] if value else []
            row.last = key
            run.labels.append(key)
            run.label_text = seg.text.strip().rstrip(":").strip()
            run.lines.append(line)
            return True
        row = run.rows[-1] if run.rows else None
        if (
            row is not None
            and row.last is not None
            and abs(seg.x0 - run.label_x) <= _ALIGN
            and _label_goes_on(run.label_text, row.last, seg.text)
        ):  # « Ressources à » / « mobiliser »: a label wrapped in a narrow label column
            value = line.segments[1:]
            if value and run.value_x is not None and abs(value[0].x0 - run.value_x) > _ALIGN:
                return False
            if value:
                run.value_x = value[0].x0 if run.value_x is None else run.value_x
                row.cells[row.last].append(_part(value, line))
            run.label_text = join_label_line(run.label_text, seg.text.strip().rstrip(":"))
            run.lines.append(line)
            return True
        if (
            run.value_x is None
            or row is None
            or row.last is None
            or not run.value_x - _ALIGN <= seg.x0 <= run.value_x + 4 * line.size
        ):
            return False
        row.cells[row.last].append(_part(line.segments, line))
        run.lines.append(line)
        return True

    def _close(
        self, run: _Run, blocks: list[TableBlock], page: int, before: list[Line], *, at_bottom: bool
    ) -> list[Line]:
        """Keep ``run`` as a table when it is one (else give its lines back). ``before``: the
        lines given back so far, ending with the line just above the run (a heading naming its
        step is taken from them)."""
        heading = _heading_above(run, before)
        if not self._accepted(run, at_bottom, named=bool(heading)):
            return run.lines
        if heading:
            del before[-len(heading) :]
            row = run.rows[0]
            row.name = [ln.text for ln in heading]
            row.page, row.top = heading[0].page, heading[0].top
        rows = run.rows
        if at_bottom:
            rows, self.open = rows[:-1], run
        if rows:
            blocks.append(_block(rows, page, open_at_bottom=at_bottom))
        return []

    @staticmethod
    def _accepted(run: _Run, at_bottom: bool, *, named: bool = False) -> bool:
        """A steps table: its labels name a step or description column and two detail
        columns, on at least three label lines and with values at one edge; or the rest of a
        run from the page before (its kept step at least); or, reaching the page bottom, a
        step's name and one more cell (the rest on the next page). ``named``: a heading above
        the run names its one step (the labels then name a steps table without it; at the page
        bottom, they name its description at least)."""
        if run.continued:
            return True
        if run.value_x is None or ("step" not in run.labels and not named):
            return False
        if is_header(list(run.labels)) and len(run.labels) >= 3:
            return True
        if named and "step" not in run.labels:
            return at_bottom and "description" in run.labels
        return at_bottom and len(set(run.labels)) >= 2


_MAX_HEADING_LINES = 3


def _heading_above(run: _Run, before: list[Line]) -> list[Line]:
    """The lines of a heading naming the one step of ``run`` (a record with no step label),
    taken from the end of ``before``: under a steps heading, close above the record's first
    label, one segment at the labels' side (left of the value column), no field label nor
    sheet heading nor line ending in a colon, emphasised (bold, or larger than the label line); wrapped on up to three
    lines of one style at one left edge. Else no lines."""
    if run.continued or not run.under_steps or "step" in run.labels or len(run.rows) != 1:
        return []
    if not run.lines or run.value_x is None:
        return []
    below = run.lines[0]
    out: list[Line] = []
    for line in reversed(before):
        gap = below.top - line.bottom
        limit = (1.5 if not out else 0.8) * max(line.size, below.size)
        if line.page != below.page or not -0.3 * line.size <= gap <= limit:
            break
        if (
            len(line.segments) != 1
            or not run.label_x - _ALIGN <= line.x0 < run.value_x - _ALIGN
            or _classify(line) is not None
            or line.text.rstrip().endswith(":")  # a sentence introducing what follows
        ):
            break
        if out and (
            abs(line.x0 - out[-1].x0) > _ALIGN
            or line.bold != out[-1].bold
            or abs(line.size - out[-1].size) > 0.3
        ):
            break
        if not out and not (line.bold or line.size >= run.lines[0].size + 1):
            return []
        out.append(line)
        below = line
    return out[::-1] if len(out) <= _MAX_HEADING_LINES else []


def _label_goes_on(label: str, key: str, more: str) -> bool:
    """Is ``more`` (a line at the labels' edge) the next line of the label ``label`` of
    column ``key``: a few words going on in lower case or after a word cut by a hyphen, the
    label read with them naming the same column?"""
    more = more.strip().rstrip(":").strip()
    if not more or len(more.split()) > 3 or len(more) > 30:
        return False
    if not (more[:1].islower() or ends_cut(label)):
        return False
    return label_key(join_label_line(label, more)) == key


def _part(segs: list, line: Line) -> _Part:
    return (" ".join(s.text for s in segs), segs[0].x0, segs[-1].x1, line.size)


def _block(rows: list[_Row], page: int, *, open_at_bottom: bool) -> TableBlock:
    """The rows as a steps table: each cell's lines joined as a wrapped cell's (a word cut
    at the value column's right edge rejoined)."""
    parts = [p for r in rows for ps in r.cells.values() for p in ps]
    left = min((p[1] for p in parts), default=0.0)
    right = max((p[2] for p in parts), default=0.0)
    keys: list[str] = []
    out: list[TableRow] = []
    for row in rows:
        cells: dict[str, str | None] = {"step": join_wrapped(row.name)} if row.name else {}
        keys += ["step"] if row.name and "step" not in keys else []
        for key, ps in row.cells.items():
            keys += [key] if key not in keys else []
            edges = [False] + [
                a[2] >= right - 0.6 * b[3] and b[1] <= left + 0.6 * b[3]
                for a, b in zip(ps, ps[1:], strict=False)
            ]
            cells[key] = join_wrapped([p[0] for p in ps], edges) if ps else ""
        out.append(TableRow(row.page, row.top, cells))
    top = rows[0].top if rows[0].page == page else 0.0
    return TableBlock(page, top, top, keys, False, out, open_at_bottom=open_at_bottom)
