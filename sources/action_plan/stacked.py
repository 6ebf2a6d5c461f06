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

Records may also set each LABEL OVER ITS VALUE (a web page's cards: « Etape » over the step's
name, « Descriptif » over the description, label-over-value pairs side by side read as two
columns), :func:`_over_run`; and cards laid SIDE BY SIDE (a CSS grid) are read card by card,
row by row, before any record is read (:func:`cards_in_order`). Each such record is a whole
row (``TableBlock.whole_rows``): never the rest of a row cut by a page break.

A record may also be a BOX closed by a STRIP (a web page's step box: a kicker « Étape k »
over the step's name, its description paragraphs with no label, then the other columns as
labels over values on a filled band set in from the box's edge by its padding,
:func:`_strip_inside`); the name and the unlabelled description under one step label are
told by their faces (:func:`_name_then_description`). A strip cut in two by text-column
order is put back together before any record is read (:func:`strips_in_order`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from sources.action_plan.line_kinds import _classify
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import ends_cut, is_header, join_label_line, label_key
from sources.pdf.content import Line, Segment, TableBlock, TableRow

_FOOT = 0.8  # of the page's height: text reaching below runs to the page's foot
_MAX_LABEL_WORDS = 5
_MAX_LABEL_CHARS = 48
_ALIGN = 3.0  # pt: labels at one left edge, values at one value edge
_Part = tuple[str, float, float, float]  # text, x0, x1, font size
# a line whose top lies this share of its size under the top of the line before is the
# next line of the record, though the box of the line before reaches into it (a scan's
# line box stretched by the taller words of the card beside, read on one OCR line)
_NEXT_LINE = 0.5


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
    key = _segment_label(seg.text)
    if key is None:
        return None
    if len(line.segments) > 1 and line.segments[1].x0 - seg.x1 < 0.8 * line.size:
        return None
    kind = _classify(line)
    if kind is not None and kind.kind != "field":  # a sheet heading, an axis, the steps heading
        return None
    return key


def _segment_label(text: str) -> str | None:
    """Column key of a segment that is a steps column label alone (« Ressources à
    mobiliser », « Porteur : »): short, capitalised, no closing punctuation. Else None."""
    text = text.strip().rstrip(":").strip()
    if (
        not text[:1].isupper()
        or len(text) > _MAX_LABEL_CHARS
        or len(text.split()) > _MAX_LABEL_WORDS
        or text[-1:] in ".;,!?"
    ):
        return None
    key = label_key(text)
    return None if key == "no" else key


class StackedSteps:
    """Runs of stacked step records read into steps tables, page after page.

    Call on each page's lines: returns the lines left and the tables read. A run reaching the
    bottom of a page keeps its last step (its cells may go on at the top of the next page, a
    value wrapped over the break included) until the next page has been read; call
    :meth:`flush` at the end. Likewise, under the steps heading, a record of labels over
    values (a step box) left unfinished by text running to the page's foot (``height``
    given) waits, its lines held, to be read on with the next page's top; call
    :meth:`flush_lines` at the end for lines still held."""

    def __init__(self) -> None:
        self.open: _Run | None = None  # a run reaching the bottom of the page before
        self.cut: list[Line] = []  # a box cut by the page break before, its lines so far
        self.under_steps = False  # a steps heading read, no other heading nor field since

    def __call__(
        self, lines: list[Line], page: int, height: float | None = None
    ) -> tuple[list[Line], list[TableBlock]]:
        left: list[Line] = []
        blocks: list[TableBlock] = []
        held, self.open = self.open, None
        run: _Run | None = None
        if held is not None:
            run = _Run(held.label_x, held.value_x, held.first_key, continued=True)
            run.rows = held.rows[-1:]
        cut, self.cut = self.cut, []
        # the page's text runs down to its foot (``height``: the page's): a box there may be
        # cut by the page break
        at_foot = height is not None and max((ln.bottom for ln in lines), default=0.0) >= (
            _FOOT * height
        )
        lines = cut + strips_in_order(cards_in_order(lines))
        index = 0
        while index < len(lines):
            line = lines[index]
            index += 1
            if run is not None and self._extends(run, line):
                continue
            if run is not None:
                left += self._close(run, blocks, page, left, at_bottom=False)
            run = None
            # under the steps heading, a box cut by the page break (its strip, or the
            # strip's values, still to come) waits for the next page's top, where it goes on
            open_end = [False] if at_foot and self.under_steps and lines[-1].page == page else None
            over = _over_run(lines, index - 1, self.under_steps, open_end)
            if open_end is not None and open_end[0]:
                count = over[0] if over is not None else 0
                self.cut = lines[index - 1 + count :]
                lines = lines[: index - 1 + count]
                if over is None:
                    break
            if over is not None:  # one record (a card) of labels over their values
                count, rows = over
                index += count - 1
                block = _block(rows, page, open_at_bottom=False)
                block.whole_rows = True
                blocks.append(block)
                continue
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

    def flush_lines(self) -> list[Line]:
        """The lines of a box cut by a page break that never came: given back as read."""
        cut, self.cut = self.cut, []
        return cut

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
        seg = line.segments[0]
        if run.lines:
            prev = run.lines[-1]
            gap = line.top - prev.bottom
            if prev.page != line.page or gap > _FAR * line.size:
                return False
            if gap > 3 * line.size and not _next_label(run, line, seg):
                return False  # (a cell grown taller than its text, Calc's estimated row
                # height: the same record's next label may stand further down)
        key = record_label(line) if abs(seg.x0 - run.label_x) <= _ALIGN else None
        if key is not None:
            value = line.segments[1:]
            if value and run.value_x is not None and not _at_value_edge(run.value_x, value):
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
            if value and run.value_x is not None and not _at_value_edge(run.value_x, value):
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


_FAR = 8.0  # line sizes: the widest gap over a tall cell to the same record's next label


def _next_label(run: _Run, line: Line, seg: Segment) -> bool:
    """Is ``line`` the next label of the record being read (at the labels' edge, a key the
    record has not had yet, not the key records start with)?"""
    if abs(seg.x0 - run.label_x) > _ALIGN or not run.rows:
        return False
    key = record_label(line)
    return key is not None and key != run.first_key and key not in run.rows[-1].cells


# a value typed as a number (« 2019 », « 15000 », « 5 000 € »): a spreadsheet keeps it
# right-aligned in its cell, right of the value edge the texts start at
_NUMBER_RE = re.compile(r"[\d][\d\s.,]*(?:\s?(?:€|k€|%))?")


def _at_value_edge(value_x: float, value: list[Segment]) -> bool:
    """Does a label's ``value`` stand in the record's value column (starting at its edge
    ``value_x``; or, a lone number, right of it: a spreadsheet's number right-aligned)?"""
    first = value[0]
    if abs(first.x0 - value_x) <= _ALIGN:
        return True
    return len(value) == 1 and first.x0 > value_x and bool(_NUMBER_RE.fullmatch(first.text.strip()))


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


# ---------------------------------------------------------------- labels over their values
def label_group(line: Line) -> list[tuple[str, float]] | None:
    """Columns named by a line of labels ALONE, their values on the lines below (« Descriptif »
    alone; « Planification » and « Ressources à mobiliser » side by side): (key, left edge)
    of each segment, every segment a steps column label (:func:`_segment_label`), no two
    naming one column, the line no sheet heading. Else None."""
    keys = _labels_alone(line)
    if keys is None or len(set(keys)) != len(keys):
        return None
    kind = _classify(line)
    if kind is not None and kind.kind != "field":  # a sheet heading, the steps heading
        return None
    return [(key, seg.x0) for key, seg in zip(keys, line.segments, strict=True)]


def _labels_alone(line: Line) -> list[str] | None:
    """Column key of each segment of a line made of steps column labels only, else None."""
    keys = [_segment_label(seg.text) for seg in line.segments]
    return None if any(k is None for k in keys) else keys  # type: ignore[return-value]


def _column_of(cols: list[tuple[str, float]], x0: float) -> str:
    """The column whose label starts last at or left of ``x0`` (the first one else)."""
    key = cols[0][0]
    for k, x in cols:
        if x - _ALIGN <= x0:
            key = k
    return key


def _pieces(seg: Segment, cols: list[tuple[str, float]]) -> list[tuple[str, Segment]]:
    """A value segment cut where its words start under another label: two values side by
    side set closer than a segment gap (« GACdG : Service prévention et » and « Trigone »)
    are two cells."""
    if len(cols) == 1 or len(seg.words) < 2:
        return [(_column_of(cols, seg.x0), seg)]
    out: list[tuple[str, list[tuple[float, float, str]]]] = []
    for word in seg.words:
        key = _column_of(cols, word[0])
        if out and out[-1][0] == key:
            out[-1][1].append(word)
        else:
            out.append((key, [word]))
    if len(out) == 1:
        return [(out[0][0], seg)]
    return [
        (key, Segment(ws[0][0], ws[-1][1], " ".join(w[2] for w in ws), seg.bold, ws))
        for key, ws in out
    ]


def _over_run(
    lines: list[Line], start: int, under_steps: bool, open_end: list[bool] | None = None
) -> tuple[int, list[_Row]] | None:
    """Step records written as LABELS OVER THEIR VALUES from ``lines[start]`` (a web page's
    cards, a form): lines of labels alone (:func:`label_group`) at one left edge, each
    followed by its values — a value line's segments go to the label they start under, so
    two label-over-value pairs side by side are two columns —, an empty value leaving its
    label with nothing under it. A label group repeating a column already read (or the
    first label) starts the next record; a line of labels right under labels naming the
    same columns, no value read yet, is their value (a step named « Actions de
    sensibilisation »). The run ends at a line left of the labels, a label group at another
    edge, a line above the one before (the next card beside) or a wide gap.

    Returns (lines read, records) when the labels name a steps table (:func:`is_header`, a
    step label among them, three labels at least) and the records are under the steps
    heading or several; None when a value line opens with a label beside a value (records of
    « label | value » lines, :class:`StackedSteps`' own) or no value was read.

    A record may go on over a page break (``lines`` holding the end of one page then the top
    of the next: a box cut by the break), unless a heading or field label opens the next
    page. ``open_end`` (a one-item list, set to True): the lines end inside a record begun on
    their last page whose labels do not yet name a steps table or whose last labels have no
    value — the records before it are returned, it is left out for the caller to hold."""
    first = label_group(lines[start])
    if first is None:
        return None
    label_x, first_key = first[0][1], first[0][0]
    rows: list[_Row] = []
    cols: list[tuple[str, float]] = []
    labels: list[str] = []
    empty = True  # nothing read under the current label group yet
    values = 0
    faces: dict[int, list[tuple[bool, float]]] = {}  # id of a row → faces of its step lines
    kicker = False  # the last label group a numbered legend (« Étape 1 sur 2 »)
    row_starts: list[int] = []  # index of each record's first line
    end = start
    for j in range(start, len(lines)):
        line = lines[j]
        if j > start:
            prev = lines[j - 1]
            gap = line.top - prev.bottom
            if line.page == prev.page + 1:  # a box cut by the page break goes on at the
                if _classify(line) is not None and not _goes_on(line, rows):  # next page's
                    break  # top, unless a heading is there
            elif line.page != prev.page or gap > 3 * line.size:
                break
            elif gap < -0.5 * line.size and line.top - prev.top < _NEXT_LINE * line.size:
                break  # a line above the one before: the next card beside
        group = label_group(line)
        if group is not None and abs(group[0][1] - label_x) > _ALIGN:
            if not _strip_inside(group, line, label_x, rows, empty):
                break
        named = {k for k, _ in cols}
        # « Étape 1 sur 2 » (a form section's legend) over the « Etape » label itself: the
        # legend numbers the record, the label under it opens it
        relabel = empty and kicker and group is not None and _bare_labels(line)
        if group is not None and (
            relabel or not (empty and cols and {k for k, _ in group} <= named)
        ):
            keys = [k for k, _ in group]
            row = rows[-1] if rows else None
            if relabel and row is not None and set(keys) <= set(row.cells):
                pass  # the record the legend opened
            elif (
                row is None
                or any(k in row.cells for k in keys)
                or (first_key in keys and row.cells)
            ):
                row = _Row(line.page, line.top)
                rows.append(row)
                row_starts.append(j)
            for key in keys:
                row.cells[key] = []
            row.last = keys[-1]
            cols, empty = group, True
            kicker = _numbered_label(line)
            labels += keys
        else:
            if not cols or line.segments[0].x0 < label_x - _ALIGN:
                break
            if rows and _record_title(lines, j, first_key, empty):
                end = j + 1  # the next record's title over its labels (an expanded record)
                continue
            if rows and j + 1 == len(lines) and _title_at_foot(lines, j, empty):
                break  # the next record's title, its labels atop the next page: left out
            segs = line.segments
            if (
                len(segs) > 1
                and record_label(line) is not None
                and _segment_label(segs[1].text) is None
                and not any(abs(segs[1].x0 - x) <= _ALIGN for _, x in cols)
            ):  # « Porteur   GACdG »: a label beside its value, off the labels' columns (a
                # value « Responsable du service » beside the next pair's value is no label)
                return None
            by_key: dict[str, list[Segment]] = {}
            for seg in segs:
                for key, piece in _pieces(seg, cols):
                    by_key.setdefault(key, []).append(piece)
            for key, group_segs in by_key.items():
                rows[-1].cells[key].append(_part(group_segs, line))
                if key == "step":
                    faces.setdefault(id(rows[-1]), []).append(
                        (all(s.bold for s in group_segs), line.size)
                    )
            empty = False
            values += 1
        end = j + 1
    if open_end is not None and end == len(lines) and values and rows:
        # the page's text ends inside a step's record (its strip, or the strip's values,
        # still to come): the records before it are read, it waits for the next page
        last = list(rows[-1].cells)
        begun = lines[row_starts[-1]].page == lines[-1].page  # not held once already
        # (or without labels the records before it had: the rest of it atop the next page)
        short = len(rows) > 1 and bool(set(rows[-2].cells) - set(last))
        if begun and "step" in last and (empty or short or not is_header(last)):
            open_end[0] = True
            rows, end = rows[:-1], row_starts[-1]
            labels = [k for row in rows for k in row.cells]
            if not rows:
                return None
    if not values or "step" not in labels or len(labels) < 3 or not is_header(labels):
        return None
    if not under_steps and len(rows) < 2:
        return None
    for row in rows:
        _name_then_description(row, faces.get(id(row), []))
    return end - start, rows


_NUMBERED_RE = re.compile(r"^\s*\S+\s+\d{1,3}(?:\s*(?:sur|/)\s*\d{1,3})?\s*:?\s*$", re.I)


def _numbered_label(line: Line) -> bool:
    """``line`` is one label followed by a record number (« Étape 1 sur 2 », « Étape 3 »)."""
    return len(line.segments) == 1 and bool(_NUMBERED_RE.match(line.segments[0].text))


def _bare_labels(line: Line) -> bool:
    """``line`` holds labels without a digit (« Etape », « Etape | Descriptif »)."""
    return not any(ch.isdigit() for ch in line.text)


def _goes_on(line: Line, rows: list[_Row]) -> bool:
    """Is ``line`` (atop the next page) the next label of the record cut by the page break:
    labels of columns the record has not read yet, after a value (« Porteur » is a fiche's
    field label too, but not under a record still missing its owner)?"""
    group = label_group(line)
    if group is None or not rows or not rows[-1].cells:
        return False
    row = rows[-1]
    return not any(k in row.cells for k, _ in group) and bool(row.cells.get(row.last or ""))


def _title_at_foot(lines: list[Line], j: int, under_label: bool) -> bool:
    """Is the last line read, ``lines[j]``, set apart from the value before it (bolder or
    larger, below a wider gap than the record's lines): the next record's title, its labels
    on the next page?"""
    line, before = lines[j], lines[j - 1]
    return (
        not under_label
        and line.page == before.page
        and ((line.bold and not before.bold) or line.size > before.size + 0.5)
        and line.top - before.bottom > before.size
    )


def _record_title(lines: list[Line], j: int, first_key: str, under_label: bool) -> bool:
    """Is ``lines[j]`` the TITLE of the next record, printed over its labels (a database's
    expanded record: the primary field, the step's name, set bold and larger on top, then
    listed again among the fields)? It stands right over a label group opening a record
    (with the first label) and reads as the value under the next step label, or, on the
    same page, is set apart — bolder or larger than the value line before it (not told
    after a label left empty: a value is larger than its label)."""
    if j + 1 >= len(lines) or j == 0:
        return False
    line, after, before = lines[j], lines[j + 1], lines[j - 1]
    group = label_group(after)
    if group is None or first_key not in {k for k, _ in group}:
        return False
    value = lines[j + 2] if j + 2 < len(lines) else None
    if group[0][0] == "step" and value is not None and value.text == line.text:
        return True  # (a title at a page's foot, its record on the next page, too)
    return (
        not under_label
        and after.page == line.page
        and ((line.bold and not before.bold) or line.size > before.size + 0.5)
    )


def _strip_inside(
    group: list[tuple[str, float]], line: Line, label_x: float, rows: list[_Row], empty: bool
) -> bool:
    """Is the label group ``group`` a STRIP of the record read so far, set in from its
    labels' edge (labels over values on a filled band with its own padding: « Planification |
    Ressources à mobiliser | Porteur | Partenaires envisagés » under a step's text)? Its
    first label a little right of the record's edge (up to three times its size), the
    record's step read with a value, none of its labels a step nor a column the record
    already has."""
    if not rows or empty or not 0 < group[0][1] - label_x <= 3 * line.size:
        return False
    row = rows[-1]
    if not row.cells.get("step"):
        return False
    return all(key != "step" and key not in row.cells for key, _ in group)


def _name_then_description(row: _Row, faces: list[tuple[bool, float]]) -> None:
    """A record with no description label (« Etape 1 » over the step's name, its description
    paragraphs right under it, unlabelled): the step's value lines after its name set in a
    lighter face (the name bold and these plain, or these a point smaller at least) are its
    description. A name and text in one face stay the step's value."""
    parts = row.cells.get("step") or []
    if "description" in row.cells or len(parts) < 2 or len(faces) != len(parts):
        return
    bold, size = faces[0]
    cut = next(
        (
            i
            for i, (b, s) in enumerate(faces)
            if i and ((bold and not b) or s <= size - 1) and not (b and not bold)
        ),
        None,
    )
    if cut is None or any(b != faces[cut][0] for b, _ in faces[cut:]):
        return
    row.cells["step"], row.cells["description"] = parts[:cut], parts[cut:]


_CARD_SHARE = 0.25  # cards side by side: each column a quarter of the text block at least


def cards_in_order(lines: list[Line]) -> list[Line]:
    """Step records set as CARDS SIDE BY SIDE (a CSS grid of two or three cards per row)
    read card by card, in the page's order: row by row, left to right.

    Cards are found by their step labels alone (« Etape » over the step's name): two of them
    at one height, a quarter of the text block apart at least, show the grid; the columns
    start at the step labels' left edges. From a step label on, the lines lying each inside
    one column (no segment left of the first column nor crossing a column's start: a
    heading, a field or a paragraph across the page ends the grid) are cut at the columns;
    each card runs down its column to the next step label of that column. Lines outside the
    grid keep their order; the cards take the place of the grid's first line. Lines already
    put in two-column order by :func:`~sources.pdf.flow.two_column_order` are read the same
    (their geometry, not their order, decides)."""
    anchors = [
        (seg.x0, line.top, line)
        for line in lines
        if (keys := _labels_alone(line)) is not None
        for key, seg in zip(keys, line.segments, strict=True)
        if key == "step"
    ]
    if len(anchors) < 2:
        return lines
    span = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    if not any(
        abs(a[1] - b[1]) <= 2 and b[0] - a[0] >= _CARD_SHARE * span
        for a in anchors
        for b in anchors
    ):
        return lines
    starts: list[float] = []
    for x in sorted(a[0] for a in anchors):
        if not starts or x - starts[-1] > _ALIGN:
            starts.append(x)
    if any(b - a < _CARD_SHARE * span for a, b in zip(starts, starts[1:], strict=False)):
        return lines

    def column(seg: Segment) -> int | None:
        index = None
        for i, x in enumerate(starts):
            if x - _ALIGN <= seg.x0:
                index = i
        if index is None or (index + 1 < len(starts) and seg.x1 > starts[index + 1] - _ALIGN):
            return None
        return index

    def fits(line: Line) -> bool:
        return all(column(seg) is not None for seg in line.segments)

    anchor_ids = {id(a[2]) for a in anchors}
    regions: list[list[Line]] = []
    current: list[Line] | None = None
    for line in sorted(lines, key=lambda ln: ln.top):
        if current is not None and fits(line):
            current.append(line)
            continue
        if current is not None:
            regions.append(current)
            current = None
        if id(line) in anchor_ids and fits(line):
            current = [line]
    if current is not None:
        regions.append(current)
    placed: dict[int, list[Line]] = {}  # id of a region's first line in reading order → cards
    taken: set[int] = set()
    for region in regions:
        ids = {id(ln) for ln in region}
        first = next(ln for ln in lines if id(ln) in ids)
        placed[id(first)] = _cards(region, column)
        taken |= ids
    out: list[Line] = []
    for line in lines:
        if id(line) in placed:
            out += placed[id(line)]
        elif id(line) not in taken:
            out.append(line)
    for index, line in enumerate(out):
        line.seq = index
    return out


def _cards(region: list[Line], column: Callable[[Segment], int | None]) -> list[Line]:
    """The lines of a grid of cards (top to bottom), cut at the columns, card after card."""
    by_column: dict[int, list[Line]] = {}
    for line in region:
        parts: dict[int, list[Segment]] = {}
        for seg in line.segments:
            parts.setdefault(column(seg) or 0, []).append(seg)
        for col, segs in parts.items():
            by_column.setdefault(col, []).append(_cut(line, segs))
    cards: list[tuple[float, int, list[Line]]] = []  # top, column, lines
    for col, col_lines in by_column.items():
        for line in col_lines:
            keys = _labels_alone(line)
            if (keys is not None and "step" in keys) or not cards or cards[-1][1] != col:
                cards.append((line.top, col, [line]))
            else:
                cards[-1][2].append(line)
    tops = sorted({top for top, _, _ in cards})
    row_of: dict[float, int] = {}
    row = 0
    for before, top in zip([None, *tops], tops, strict=False):
        row += before is not None and top - before > 2  # cards of one grid row: one height
        row_of[top] = row
    cards.sort(key=lambda c: (row_of[c[0]], c[1]))
    return [line for _, _, card in cards for line in card]


def strips_in_order(lines: list[Line]) -> list[Line]:
    """A STRIP of labels over their values cut in two by text-column order
    (:func:`~sources.pdf.flow.two_column_order` reads « Planification | Ressources à
    mobiliser » and their values, then, later, « Porteur | Partenaires envisagés » and theirs)
    put back together: a line of labels alone and a later one at the same height on its
    right, naming other columns (no step label in either, the right one at no step label's
    edge: two cards side by side stay two cards), each followed by its value lines (close
    under it, within its side) — the lines of one height joined into one line, in the place
    of the left part. Other lines keep their order."""
    out = list(lines)
    step_x = [
        seg.x0
        for line in out
        if (keys := _labels_alone(line)) is not None
        for key, seg in zip(keys, line.segments, strict=True)
        if key == "step"
    ]
    i = 0
    while i < len(out):
        left_group = label_group(out[i])
        if left_group is None or any(k == "step" for k, _ in left_group):
            i += 1
            continue
        right = _strip_right(out, i, left_group, step_x)
        if right is None:
            i += 1
            continue
        a = out[i]
        left_part = _under(out, i, a.x0 - _ALIGN, out[right].x0 - _ALIGN)
        right_part = _under(out, right, out[right].x0 - _ALIGN, float("inf"))
        if max(left_part) >= right:
            i += 1
            continue
        by_top: list[list[Line]] = []
        for line in sorted((out[k] for k in left_part + right_part), key=lambda ln: ln.top):
            if by_top and abs(line.top - by_top[-1][0].top) <= 1:
                by_top[-1].append(line)
            else:
                by_top.append([line])
        joined = [_joined(group) for group in by_top]
        drop = set(left_part) | set(right_part)
        out = out[:i] + joined + [ln for k, ln in enumerate(out) if k > i and k not in drop]
        i += len(joined)
    return out


def _strip_right(
    lines: list[Line], i: int, group: list[tuple[str, float]], step_x: list[float]
) -> int | None:
    """Index of the right part of the strip whose left part is the labels ``lines[i]``."""
    a = lines[i]
    keys = {k for k, _ in group}
    for j in range(i + 1, len(lines)):
        b = lines[j]
        if b.page != a.page or abs(b.top - a.top) > 1 or b.x0 <= a.x1:
            continue
        other = label_group(b)
        if other is None or any(k == "step" or k in keys for k, _ in other):
            continue
        if any(abs(b.x0 - x) <= _ALIGN for x in step_x):
            continue
        return j
    return None


def _under(lines: list[Line], i: int, x_min: float, x_max: float) -> list[int]:
    """Indices of ``lines[i]`` and of the lines following it in order that lie close under
    it, each within ``x_min``–``x_max``."""
    out = [i]
    for j in range(i + 1, len(lines)):
        line, prev = lines[j], lines[out[-1]]
        gap = line.top - prev.bottom
        if line.page != prev.page or not 0 <= gap <= 1.5 * line.size:
            break
        if line.x0 < x_min or line.x1 > x_max:
            break
        out.append(j)
    return out


def _joined(group: list[Line]) -> Line:
    """Lines of one height side by side as one line, their segments left to right."""
    if len(group) == 1:
        return group[0]
    segs = sorted((s for ln in group for s in ln.segments), key=lambda s: s.x0)
    first = min(group, key=lambda ln: ln.x0)
    return replace(
        first,
        top=min(ln.top for ln in group),
        bottom=max(ln.bottom for ln in group),
        x0=segs[0].x0,
        x1=max(s.x1 for s in segs),
        bold=all(s.bold for s in segs),
        segments=segs,
    )


def _cut(line: Line, segs: list[Segment]) -> Line:
    """The part of ``line`` made of ``segs``."""
    if len(segs) == len(line.segments):
        return line
    return Line(
        line.page,
        line.top,
        line.bottom,
        segs[0].x0,
        max(s.x1 for s in segs),
        line.size,
        all(s.bold for s in segs),
        segs,
        line.band,
        line.seq,
    )
