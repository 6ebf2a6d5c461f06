"""A fiche's FIELDS AS ONE ROW of a table under a header row of their labels (a CMS's « Tableau »
display of the fiche's fields: « Contexte | Objectifs et résultats attendus | Indicateurs |
Publics cibles | Prise en compte de l'EES | Liens avec les objectifs réglementaires » over one
row of six values). Read line by line, each printed line mixes the six values (« d'économie
circulaire … Une d'optimisations d'entreprises »): no label stands beside its value.

The HEADER is a line of three or more segments whose columns, with the lines wrapped under it
at the same starts (« Objectifs et » / « résultats attendus »), name three fields or more. The
VALUES are the lines under it, up to a gap of two line pitches or a line starting left of the
first column: each word goes to the column it starts in, a column's lines joined into its
paragraphs. The block is given back STACKED — each label on a line of its own, its value's
paragraphs under it — as a fiche printing its fields one under another reads.
"""

from __future__ import annotations

from bisect import bisect_right

from sources.action_plan.labels import _field_key
from sources.pdf.cells import join_wrapped
from sources.pdf.content import Line, Segment

_MIN_FIELDS = 3
_ALIGN = 3.0  # pt: a wrapped label line's segment starts at its column's start
_GAP = 2.0  # line pitches: the gap that ends the values
_NEW_PARAGRAPH = 1.15  # of a column's usual pitch: a line this far below opens a paragraph


def _starts_at(line: Line, starts: list[float]) -> bool:
    return all(any(abs(s.x0 - x) <= _ALIGN for x in starts) for s in line.segments)


def _words(line: Line) -> list[tuple[float, str]]:
    """The line's words (left edge, text), a segment without its words as one."""
    return [
        (x0, text)
        for seg in line.segments
        for x0, _x1, text in (seg.words or [(seg.x0, seg.x1, seg.text)])
    ]


def _header(lines: list[Line], i: int) -> int | None:
    """The index after the header lines opening at ``lines[i]`` (its wrapped lines under it,
    in its weight, starting at its segments' starts), or None when it cannot be a header."""
    first = lines[i]
    if len(first.segments) < _MIN_FIELDS - 1 or not first.bold:
        return None
    starts = [s.x0 for s in first.segments]
    j = i + 1
    while (
        j < len(lines)
        and lines[j].page == first.page
        and lines[j].top - lines[j - 1].bottom <= 0.5 * first.size
        and lines[j].bold == first.bold  # (the header's labels in their own weight)
        and _starts_at(lines[j], starts)
        and len(lines[j].segments) < len(starts)
    ):
        j += 1
    return j


def _columns(lines: list[Line]) -> list[float]:
    """Column starts: the left edges of segments shared by two lines or more of the block, or
    starting a segment of its header's first line (a header's labels glued across narrow gaps
    still start their values' columns; a row's rest on the next page may leave a column
    empty under its repeated header)."""
    heads = [s.x0 for s in lines[0].segments] if lines else []
    edges = sorted(s.x0 for line in lines for s in line.segments)
    clusters: list[list[float]] = []
    for x in edges:
        if clusters and x - clusters[-1][-1] <= _ALIGN:
            clusters[-1].append(x)
        else:
            clusters.append([x])
    return [c[0] for c in clusters if len(c) >= 2 or any(x in heads for x in c)]


def _labels(header: list[Line], starts: list[float]) -> list[str]:
    """Each column's label: the header lines' words by the column they start in."""
    labels = ["" for _ in starts]
    for line in header:
        for x0, text in _words(line):
            n = max(0, bisect_right(starts, x0 + _ALIGN) - 1)
            if n >= len(labels):
                continue
            labels[n] = f"{labels[n]} {text}".strip()
    return labels


def _paragraphs(printed: list[tuple[float, str]]) -> list[str]:
    """A column's printed lines (top, text) joined into its paragraphs: a line goes on the
    one above unless it stands further below it than the column's usual pitch."""
    if not printed:
        return []
    steps = sorted(b[0] - a[0] for a, b in zip(printed, printed[1:], strict=False))
    pitch = steps[(len(steps) - 1) // 2] if steps else 0.0
    out = [printed[0][1]]
    for (top_a, _), (top_b, text) in zip(printed, printed[1:], strict=False):
        if pitch and top_b - top_a > _NEW_PARAGRAPH * pitch:
            out.append(text)
        else:
            out[-1] = join_wrapped([out[-1], text])
    return out


def _value_end(lines: list[Line], j: int, left: float) -> int:
    """The index after the value lines from ``lines[j]`` on (see the module)."""
    pitch = lines[j - 1].bottom - lines[j - 1].top if j > 0 else 10.0
    k = j
    while k < len(lines):
        line = lines[k]
        before = lines[k - 1]
        if line.page != before.page or line.top - before.bottom > _GAP * max(pitch, line.size):
            break
        if line.x0 < left - _ALIGN:
            break
        k += 1
    return k


def _values(lines: list[Line], starts: list[float]) -> list[list[str]]:
    """Each column's paragraphs from the value ``lines``."""
    printed: list[list[tuple[float, str]]] = [[] for _ in starts]
    for line in lines:
        parts: list[list[str]] = [[] for _ in starts]
        for x0, text in _words(line):
            parts[max(0, bisect_right(starts, x0 + _ALIGN) - 1)].append(text)
        for n, words_in in enumerate(parts):
            if words_in:
                printed[n].append((line.top, " ".join(words_in)))
    return [_paragraphs(column) for column in printed]


def _stacked(
    first: Line, starts: list[float], labels: list[str], columns: list[list[str]]
) -> list[Line]:
    """The block as label lines each over its value's lines, at the header's top (in order)."""
    out: list[Line] = []
    x = starts[0]
    top = first.top
    step = 0.001
    for label, value in zip(labels, columns, strict=True):
        for text, bold in [(label, True), *((v, False) for v in value)]:
            seg = Segment(x, x + 5.0 * len(text), text, bold)
            out.append(
                Line(
                    first.page,
                    top,
                    top + first.size,
                    x,
                    seg.x1,
                    first.size,
                    bold,
                    [seg],
                    first.band,
                    first.seq,
                )  # fmt: skip
            )
            top += step
    return out


def stacked_field_rows(lines: list[Line]) -> list[Line]:
    """``lines`` (one page, in reading order) with each fields row under its labels' header
    given back stacked (see the module); the list itself when it holds none."""
    return FieldRows()(lines) if lines else lines


_Block = tuple[Line, list[float], list[str], list[list[str]]]  # header line, starts, labels, values


class FieldRows:
    """Call on each page's lines in turn; :meth:`flush` at the end. A fields row CUT BY A PAGE
    BREAK (its values reaching the page's last line) is held until the next page: when that
    page opens with the same labels' header (a browser repeats a table's header), the values
    under it go on the held ones (a value's paragraph cut by the break joined again) and the
    whole row is given back stacked there; else the held row is given back as it was."""

    def __init__(self) -> None:
        self.held: _Block | None = None

    def __call__(self, lines: list[Line]) -> list[Line]:
        out: list[Line] = []
        i = 0
        found = False
        while i < len(lines):
            found_here = None
            if i == 0 and self.held is not None:  # its header repeated: the held columns
                found_here = self._block(lines, i, self.held[1])
                if found_here is not None and not _same_labels(self.held[2], found_here[0][2]):
                    found_here = None
            found_here = found_here or self._block(lines, i)
            if found_here is None:
                if i == 0:
                    out += self.flush()  # the held row goes on nowhere: as it was
                out.append(lines[i])
                i += 1
                continue
            block, k = found_here
            if self.held is not None:
                if i == 0 and _same_labels(self.held[2], block[2]):
                    block = _joined(self.held, block)
                    self.held = None
                else:
                    out += self.flush()
            found = True
            if k == len(lines):  # cut by the page break: held for the next page
                self.held = block
            else:
                out += _stacked(*block)
            i = k
        return out if found or out != lines else lines

    def _block(
        self, lines: list[Line], i: int, starts: list[float] | None = None
    ) -> tuple[_Block, int] | None:
        """The fields row whose header opens at ``lines[i]`` and the index after it; ``starts``:
        its columns when known (the held row's, its header repeated)."""
        j = _header(lines, i)
        k = _value_end(lines, j, lines[i].x0) if j is not None and j < len(lines) else None
        if j is None or k is None or k == j:
            return None
        starts = starts or _columns(lines[i:k])
        labels = _labels(lines[i:j], starts) if len(starts) >= _MIN_FIELDS else []
        if sum(1 for lb in labels if _field_key(lb)) < _MIN_FIELDS:
            return None
        return (lines[i], starts, labels, _values(lines[j:k], starts)), k

    def flush(self) -> list[Line]:
        """The held row given back stacked (nothing when none is held)."""
        held, self.held = self.held, None
        return _stacked(*held) if held is not None else []


def _same_labels(a: list[str], b: list[str]) -> bool:
    return [_field_key(x) for x in a] == [_field_key(x) for x in b]


def _joined(held: _Block, more: _Block) -> _Block:
    """The held row's values with the next page's part under each (the paragraph cut by the
    break joined again)."""
    values: list[list[str]] = []
    for before, after in zip(held[3], more[3], strict=True):
        if before and after:
            values.append([*before[:-1], join_wrapped([before[-1], after[0]]), *after[1:]])
        else:
            values.append(before or after)
    return held[0], held[1], held[2], values
