"""The sheets a plan's TABLE OF CONTENTS lists (:mod:`sources.pdf.contents_table`).

The table's lines are set aside before the page is read: its entries name the body's headings
(« FICHE 1.1.2 Objectif opérationnel : … ......... 5 »), read as headings they would open each
sheet before its body and the body's own heading would be met as a second sheet of that code.
A sheet the table lists and the body never holds is kept as a summary entry
(``has_body=False``, with the French warning of codes seen only in a summary), placed after the
sheet listed before it, never with invented content.
"""

from __future__ import annotations

from dataclasses import dataclass

from sources.action_plan.labels import _OP_RE
from sources.action_plan.line_kinds import _classify
from sources.action_plan.sheets import _Sheet
from sources.pdf.content import Line, Segment
from sources.pdf.contents_table import ContentsEntry


@dataclass
class _Listed:
    code: str
    title: str
    page: int
    axis: str | None
    objective: tuple[str | None, str | None]


def _entry_line(entry: ContentsEntry) -> Line:
    """The entry's text as one line at its first line's place (for the heading patterns)."""
    first = entry.lines[0]
    seg = Segment(first.x0, entry.lines[-1].x1, entry.text, first.bold)
    return Line(
        first.page, first.top, first.bottom, first.x0, seg.x1, first.size, first.bold, [seg]
    )


class ContentsSheets:
    """Call on each table of contents' entries; :meth:`add_missing` at the end."""

    def __init__(self) -> None:
        self.listed: list[_Listed] = []
        self.axis: str | None = None
        self.objective: tuple[str | None, str | None] = (None, None)

    def __call__(self, entries: list[ContentsEntry]) -> None:
        for entry in entries:
            if not entry.text:
                continue
            line = _entry_line(entry)
            kind = _classify(line)
            if kind is None:
                continue
            if kind.kind == "axis":
                label = kind.rest.strip(" ,;:")
                self.axis = f"Axe {kind.code} : {label}" if label else f"Axe {kind.code}"
            elif kind.kind == "objective":
                self.objective = (kind.code, kind.rest.strip() or None)
            elif kind.kind == "fiche" and kind.code:
                op = _OP_RE.match(kind.rest)
                title = (op.group(1) if op else kind.rest).strip(" :-–")
                self.listed.append(_Listed(kind.code, title, line.page, self.axis, self.objective))

    def add_missing(self, sheets: list[_Sheet]) -> None:
        """Insert into ``sheets`` a summary sheet for each listed code no sheet holds, after
        the sheet of the code listed before it (first when none)."""
        known = {sheet.code for sheet in sheets}
        for index, item in enumerate(self.listed):
            if item.code in known:
                continue
            before = next((x.code for x in reversed(self.listed[:index]) if x.code in known), None)
            at = 0
            if before is not None:
                at = max(i for i, sheet in enumerate(sheets) if sheet.code == before) + 1
            obj_code, obj_label = item.objective
            if obj_code is None or not item.code.startswith(obj_code + "."):
                parts = item.code.split(".")
                obj_code = ".".join(parts[:-1]) if len(parts) >= 3 else None
                obj_label = None
            sheets.insert(
                at, _Sheet(item.code, item.page, item.title, item.axis, obj_code, obj_label)
            )
            known.add(item.code)
