"""Axis headings printed as running page headers.

A word processor's header may hold a chapter field (Writer's ``text:chapter``): the title of
the axis in force, printed at the top of every page. It reads as an axis heading, which would
close the sheet going on across the page break (its steps table, its fields). An axis heading
that opens a page and names the axis already in force is that header, not a new axis: it is
dropped. A new axis (another number) keeps its heading, wherever it is printed.

A spreadsheet's page header may hold the sheet's name (« Fiche 1.2.3 »): on the page where a
fiche's steps go on, it reads as that fiche's heading over the rest of its table. A fiche
heading that opens a page, names the fiche in force and stands right above a table going on
from the page before (no header row) is that header: it is dropped too.
"""

from __future__ import annotations

from sources.action_plan.line_kinds import _classify
from sources.pdf.content import Line, TableBlock

_TOP_BAND = 0.09  # of the page's height: where running headers are printed


class RunningAxis:
    """Call on each page's lines in reading order; returns them without the running axis
    header."""

    def __init__(self) -> None:
        self.code: str | None = None  # the axis in force
        self.fiche: str | None = None  # the fiche in force

    def __call__(
        self, lines: list[Line], height: float, tables: list[TableBlock] | None = None
    ) -> list[Line]:
        out: list[Line] = []
        for index, line in enumerate(lines):
            kind = _classify(line)
            if kind is not None and kind.kind in ("axis", "fiche"):
                code = (kind.code or "").upper()
                opens = index == 0 and line.top < _TOP_BAND * height
                if kind.kind == "axis":
                    if opens and code == self.code:
                        continue
                    self.code = code
                elif opens and code == self.fiche and _over_rest(line, lines, tables or []):
                    continue  # the sheet's name over the rest of its fiche's steps
                else:
                    self.fiche = code
            out.append(line)
        return out


def _over_rest(line: Line, lines: list[Line], tables: list[TableBlock]) -> bool:
    """Is ``line`` (a page's first line) right above a table going on from the page
    before (no header of its own), no other line between them?"""
    below = lines[1].top if len(lines) > 1 else float("inf")
    return any(
        not t.has_header and t.rows and line.bottom <= t.top + 1 and t.top <= below for t in tables
    )
