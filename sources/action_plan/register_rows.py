"""A register of every fiche's steps: rows naming their fiche, moved to it.

A service that filters and sorts its steps keeps them on a tab of their own (« Étapes »), one
row a step, a first column « N° fiche » giving the fiche each step belongs to, while the fiches'
tab holds a cross-reference (« Étapes : voir l'onglet Étapes ») where a steps table would be.
Printed whole, the register comes after the last fiche and reads as that fiche's table.

Rows whose « N° fiche » cell (:data:`sources.pdf.columns.COLUMN_SYNONYMS` ``fiche``) names a
fiche of the document are moved to that fiche, in the order read; a row whose cell is empty
goes with the row above (a merged cell). A row naming no fiche of the document stays where it
was read and is reported: its steps are not given to a fiche by guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sources.action_plan.labels import _norm_code
from sources.action_plan.sheets import _Sheet
from sources.pdf.content import TableRow

_CODE_RE = re.compile(
    r"^\s*(?:fiche|action|fa|n°)?\s*[.:-]?\s*(\d+(?:\s*[.,]\s*\d+)*)\s*\.?\s*$", re.I
)


@dataclass
class Moved:
    """What :func:`to_fiches` did: rows moved per fiche, rows naming an unknown fiche."""

    moved: int = 0
    unknown: list[tuple[str, str, int]] = field(default_factory=list)  # sheet, cell, page


def _code(text: str | None) -> str | None:
    match = _CODE_RE.match(" ".join((text or "").split()))
    return _norm_code(match.group(1)) if match else None


def to_fiches(sheets: list[_Sheet]) -> Moved:
    """Move every row carrying a ``fiche`` cell to the fiche it names (``sheets`` changed in
    place); the ``fiche`` cell is dropped from the rows moved."""
    out = Moved()
    if not any("fiche" in r.cells for s in sheets for r in s.rows):
        return out
    targets: dict[str, _Sheet] = {}
    for sheet in sheets:
        if sheet.has_body:
            targets.setdefault(_norm_code(sheet.code), sheet)
    for sheet in sheets:
        if not any("fiche" in r.cells for r in sheet.rows):
            continue
        kept: list[TableRow] = []
        target: _Sheet | None = None
        for row in sheet.rows:
            if "fiche" not in row.cells:
                (target.rows if target is not None else kept).append(row)
                continue
            cell = row.cells.pop("fiche")
            code = _code(cell)
            if code is None and not (cell or "").strip():
                pass  # a merged cell: the fiche of the row above
            elif code is not None and code in targets:
                target = targets[code]
            else:
                target = None
                out.unknown.append((sheet.code, " ".join((cell or "").split()), row.page))
            if target is None or target is sheet:
                kept.append(row)
            else:
                target.rows.append(row)
                out.moved += 1
        sheet.rows = kept
    return out
