"""Steps written as blocks of « Label : value » LINES, one block per step (a form's cell).

A Word « fiche action » form (a table of two columns: labels, values) may write each step in
ONE CELL as stacked paragraphs: « Etape : <name> », « Descriptif : <text> » (its further
paragraphs with no label), « Planification : 2020 », « Ressources à mobiliser : 5 000 »,
« Porteur : GACdG », « Partenaires envisagés : » (an empty value leaving its label and colon
alone). The labels are the steps table's column labels (:func:`sources.pdf.columns.
pair_label`, the question words « Quand », « Qui »… too), each opening a line at one left
edge; a line at that edge (or at the hanging edge of the value above) that opens with no
label goes on the value of the label above: a wrapped line, a further paragraph. A step label
(« Etape : ») opens the block and each step; a label coming again also starts the next step.

Text left of the labels on the block's first lines (the form's label column beside the
steps, « Modalités de mise en » / « oeuvre ») is no part of the block: it is given back as
lines of its own. A block is a steps table when each of its steps has a step label and its
labels name at least two detail columns (:func:`sources.pdf.columns.is_header`); the words of
no document are looked for. A block running down to the foot of a page keeps its last step
open: a row cut by the page break goes on with the first lines of the next page at the same
edge (« Porteur : … », « Partenaires envisagés : … » beside the empty rest of the merged
cell).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sources.action_plan.line_kinds import _classify
from sources.action_plan.stacked import _block, _Row
from sources.pdf.columns import is_header, pair_label, question_pair_label
from sources.pdf.content import Line, Segment, TableBlock

_ALIGN = 3.0  # pt: labels at one left edge
_GAP = 1.5  # line sizes: the lines of one block follow each other closely
_SIZE = 0.5  # pt: one block is set in one size
_FOOT = 0.8  # of the page's height: a block reaching below runs to the page's foot


@dataclass
class _Run:
    label_x: float
    size: float
    rows: list[_Row] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)  # the lines taken, as read
    rest: list[Line] = field(default_factory=list)  # their parts left of the labels
    labels: list[str] = field(default_factory=list)  # keys of the label lines, in order
    value_x: float | None = None  # where the last label's value starts (hanging lines)
    beside: bool = True  # every line so far has text left of the labels (a label column)
    continued: bool = False  # goes on from a block accepted on the page before


def colon_label(text: str) -> tuple[str, int] | None:
    """(column key, where the value starts) of a « Label : » opening ``text`` that names a
    steps column (« Ressources à mobiliser : 5 000 » → ``budget``); else None."""
    found = pair_label(text)
    if found is not None and found[0] is None:
        found = question_pair_label(text) or found
    if found is None or found[0] is None or found[0] == "no":
        return None
    return found[0], found[1]


def _names_no_column(text: str) -> bool:
    """``text`` opens with a « Label : » naming no steps column (« Indicateurs : »)."""
    found = pair_label(text)
    return found is not None and colon_label(text) is None


def _value_x(seg: Segment, end: int) -> float | None:
    """Left edge of the first word after the label's colon in ``seg`` (None without words
    or without a value)."""
    count = len(seg.text[:end].split())
    return seg.words[count][0] if len(seg.words) > count else None


class ColonRecords:
    """Blocks of « Label : value » step lines read into steps tables, page after page.

    Call on each page's lines (and its height): returns the lines left and the tables read.
    A block ending the page's lines and reaching its foot keeps its last step for the next
    page's first lines; call :meth:`flush` at the end (a next page that never came)."""

    def __init__(self) -> None:
        self.open: _Run | None = None  # a block running to the end of the page before

    def __call__(
        self, lines: list[Line], page: int, height: float | None = None
    ) -> tuple[list[Line], list[TableBlock]]:
        left: list[Line] = []
        blocks: list[TableBlock] = []
        run, self.open = self.open, None
        if run is not None:
            run = replace(run, rows=run.rows[-1:], lines=[], rest=[], labels=[], continued=True)
            run.beside = False
        for line in lines:
            if run is not None and self._extends(run, line):
                continue
            if run is not None:
                left += self._close(run, blocks, page, at_end=False)
            run = self._start(line)
            if run is None:
                left.append(line)
        if run is not None:
            # a block running down to the page's foot (``height``: the page's) may go on
            at_end = height is None or (bool(run.lines) and run.lines[-1].bottom >= _FOOT * height)
            left += self._close(run, blocks, page, at_end=at_end)
        return left, blocks

    def flush(self) -> list[TableBlock]:
        """The last step kept for a next page that never came."""
        held, self.open = self.open, None
        if held is None or not held.rows:
            return []
        block = _block(held.rows[-1:], held.rows[-1].page, open_at_bottom=False)
        block.whole_rows = True
        return [block]

    # ---------------------------------------------------------------- helpers
    def _start(self, line: Line) -> _Run | None:
        """A block opened by ``line``: a segment opening with a steps column label, the
        segments left of it (a label column) apart."""
        for seg in line.segments:
            found = colon_label(seg.text)
            if found is None:
                continue
            if found[0] != "step":
                return None
            run = _Run(seg.x0, line.size)
            return run if self._extends(run, line) else None
        return None

    @staticmethod
    def _extends(run: _Run, line: Line) -> bool:
        """Add ``line`` to ``run`` when it is the block's next label line or a line going on
        with the value above, close under the line before (or the first lines of the page
        after a block left open)."""
        if abs(line.size - run.size) > _SIZE:
            return False
        if run.lines:
            prev = run.lines[-1]
            if prev.page != line.page or not 0 <= line.top - prev.bottom <= _GAP * line.size:
                return False
        index = next(
            (i for i, s in enumerate(line.segments) if abs(s.x0 - run.label_x) <= _ALIGN), None
        )
        hanging = False
        if index is None and run.value_x is not None:
            index = next(
                (i for i, s in enumerate(line.segments) if abs(s.x0 - run.value_x) <= _ALIGN),
                None,
            )
            hanging = index is not None
        if index is None:
            return False
        before, segs = line.segments[:index], line.segments[index:]
        if before and not (run.beside and not run.continued):
            return False  # text in the label column beside a later line: a next form row
        part = replace(line, segments=segs, x0=segs[0].x0, bold=all(s.bold for s in segs))
        kind = _classify(part)
        text = part.text
        found = None if hanging else colon_label(segs[0].text)
        row = run.rows[-1] if run.rows else None
        if found is not None:
            if kind is not None and kind.kind != "field":  # « Action 2.1 : … », a heading
                return False
            key, end = found
            if row is None or key in row.cells or key == "step":
                row = _Row(line.page, line.top)
                run.rows.append(row)
            value = text[end:].strip()
            row.cells[key] = [(value, segs[0].x0, segs[-1].x1, line.size)] if value else []
            row.last = key
            run.labels.append(key)
            run.value_x = _value_x(segs[0], end)
        else:
            if row is None or row.last is None or kind is not None or _names_no_column(text):
                return False
            row.cells[row.last].append((text, segs[0].x0, segs[-1].x1, line.size))
        run.beside = run.beside and bool(before)
        run.lines.append(line)
        if before:
            run.rest.append(
                replace(
                    line,
                    segments=before,
                    x1=before[-1].x1,
                    bold=all(s.bold for s in before),
                )
            )
        return True

    def _close(self, run: _Run, blocks: list[TableBlock], page: int, *, at_end: bool) -> list[Line]:
        """Keep ``run`` as a steps table when it is one, its label column's lines given back;
        else give its lines back as read. ``at_end``: the block runs to the end of the page,
        its last step kept open for the next page's first lines."""
        if not self._accepted(run, at_end):
            return run.lines
        rows = run.rows
        if at_end:
            rows, self.open = rows[:-1], run
        if rows:
            block = _block(rows, page, open_at_bottom=False)
            block.whole_rows = True  # each step whole (a cut one was joined here)
            blocks.append(block)
        return run.rest

    @staticmethod
    def _accepted(run: _Run, at_end: bool) -> bool:
        """A steps table: each step has a step label, the labels name two detail columns
        (three label lines at least); or the rest of a block accepted on the page before; or,
        running to the page's end, a step label and one more (the rest on the next page)."""
        if run.continued:
            return True
        if not run.rows or any("step" not in r.cells for r in run.rows):
            return False
        if is_header(run.labels) and len(run.labels) >= 3:
            return True
        return at_end and len(set(run.labels)) >= 2
