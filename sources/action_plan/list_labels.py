"""AUTOMATIC LIST NUMBERS IN STEPS CELLS: a word processor's numbered list set on the cells'
paragraphs prints its labels as text — « 17. » before a description's paragraph when the
agent clicked « Numérotation » in the Descriptif cells and never restarted the list (one list
for the whole document), or « 1. », « 2. », … before every paragraph of every body cell when
the whole table body was selected and numbered (one list per table, running row by row). The
labels are no part of the values.

Told by their sequence, never by a number alone: « N. » at the start of a value or after a
blank, whose numbers run on by one from cell to cell (1, 2, 3, … in the document's reading
order, row by row and column by column), over three cells at least; a typed « 1) », a list
typed inside one cell, or a lone « 2. » in a sentence are no such run. A number continuing a
run is taken wherever it stands in the run's cells; a bare « n. » (an empty value numbered)
leaves the value empty.

A MULTI-LEVEL list (Word's outline numbering run across a table's cells: « I. » before each
step's name, « I.1. », « I.2. » before its description's paragraphs, « II. », « II.1. » …)
prints labels of several numbers, each level decimal or upper-case roman. Its labels run on
as an outline does: each one is the first child of the label before (« I. » → « I.1. »), or
the next at one of its levels (« I.2. » → « I.3. » or « II. »). Such a run is taken on the
same terms, over three cells at least — or over two when it is the same list restarted (a
table of one step: « I. », « I.1. ») as a run taken in the document, of the same numbering
kinds and standing in the same columns at the same levels; a fiche code « 1.2.3 » has no
closing full stop and is never a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sources.pdf.content import TableRow

_LEVEL = r"(?:\d{1,3}|X{0,3}(?:IX|IV|V?I{0,3}))"  # decimal, or roman up to XXXIX
_LABEL_RE = re.compile(rf"(?:(?<=\s)|^)({_LEVEL}(?:\.{_LEVEL}){{0,3}})\.(?=\s|$)")
_ROMAN = {"I": 1, "V": 5, "X": 10}
_LEAST_CELLS = 3  # cells a run of list numbers must cross


@dataclass
class _Run:
    last: tuple[int, ...]
    kinds: tuple[str, ...]  # each level's numbering: "1" decimal, "I" roman
    labels: list[tuple[int, str, int, int, int]] = field(default_factory=list)  # row, key,
    # span, level


def _label(text: str) -> tuple[tuple[int, ...], tuple[str, ...]] | None:
    """A label's numbers and each level's numbering kind; None for no list label (an empty
    level, a roman numeral written wrong)."""
    numbers: list[int] = []
    kinds: list[str] = []
    for part in text.split("."):
        if not part:
            return None
        if part.isdigit():
            numbers.append(int(part))
            kinds.append("1")
            continue
        values = [_ROMAN[ch] for ch in part]
        numbers.append(
            sum(
                -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
            )
        )
        kinds.append("I")
    return tuple(numbers), tuple(kinds)


def _places(run: _Run) -> set[tuple[int, str]]:
    """Where a run's labels stand: (level, column) pairs."""
    return {(level, key) for _, key, _, _, level in run.labels}


def _follows(last: tuple[int, ...], label: tuple[int, ...]) -> bool:
    """Does ``label`` come next after ``last`` in an outline: its first child, or the next at
    one of its levels?"""
    if label == (*last, 1):
        return True
    depth = len(label)
    return depth <= len(last) and label == (*last[: depth - 1], last[depth - 1] + 1)


def strip_list_labels(rows: list[TableRow]) -> int:
    """Remove the automatic list numbers from ``rows``' cells (in place, rows in document
    order); returns how many were removed."""
    runs: list[_Run] = []
    for r, row in enumerate(rows):
        for key, text in row.cells.items():
            if not text:
                continue
            for m in _LABEL_RE.finditer(text):
                label = _label(m.group(1))
                if label is None:
                    continue
                numbers, kinds = label
                run = next(
                    (
                        x
                        for x in reversed(runs)
                        if _follows(x.last, numbers)
                        and x.kinds[: len(kinds)] == kinds[: len(x.kinds)]
                    ),
                    None,
                )
                if run is None and numbers == (1,):
                    run = _Run((), kinds)
                    runs.append(run)
                if run is not None:
                    run.last = numbers
                    if len(kinds) > len(run.kinds):
                        run.kinds = kinds
                    run.labels.append((r, key, m.start(), m.end(), len(numbers)))
    taken: dict[tuple[int, str], list[tuple[int, int]]] = {}
    proven = [run for run in runs if len({(r, k) for r, k, _, _, _ in run.labels}) >= _LEAST_CELLS]
    shapes = [(run.kinds, _places(run)) for run in proven]
    for run in runs:
        if run not in proven and not (
            len(run.labels) >= 2
            and any(
                kinds[: len(run.kinds)] == run.kinds and _places(run) <= places
                for kinds, places in shapes
            )
        ):
            continue
        for r, key, start, end, _ in run.labels:
            taken.setdefault((r, key), []).append((start, end))
    for (r, key), spans in taken.items():
        text = rows[r].cells[key] or ""
        for start, end in sorted(spans, reverse=True):
            text = text[:start] + text[end:]
        rows[r].cells[key] = " ".join(text.split())
    return sum(len(spans) for spans in taken.values())
