"""Axis headings printed as running page headers.

A word processor's header may hold a chapter field (Writer's ``text:chapter``): the title of
the axis in force, printed at the top of every page. It reads as an axis heading, which would
close the sheet going on across the page break (its steps table, its fields). An axis heading
that opens a page and names the axis already in force is that header, not a new axis: it is
dropped. A new axis (another number) keeps its heading, wherever it is printed.
"""

from __future__ import annotations

from sources.action_plan.line_kinds import _classify
from sources.pdf.content import Line

_TOP_BAND = 0.09  # of the page's height: where running headers are printed


class RunningAxis:
    """Call on each page's lines in reading order; returns them without the running axis
    header."""

    def __init__(self) -> None:
        self.code: str | None = None  # the axis in force

    def __call__(self, lines: list[Line], height: float) -> list[Line]:
        out: list[Line] = []
        for index, line in enumerate(lines):
            kind = _classify(line)
            if kind is not None and kind.kind == "axis":
                code = (kind.code or "").upper()
                if index == 0 and line.top < _TOP_BAND * height and code == self.code:
                    continue
                self.code = code
            out.append(line)
        return out
