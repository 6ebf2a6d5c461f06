"""« IDEM » FOR A VALUE REPEATING THE ONE ABOVE: an agent filling a steps table types « idem »
(or « id. », or the ditto mark « 〃 ») where a step's planning, budget, owner or partners are
the same as the step above. The word stands for that value: it is read as the value of the
same column in the row above, in the same fiche (itself perhaps an « idem » already read).
A first row's « idem » has nothing above it and stays as printed.
"""

from __future__ import annotations

import re

from sources.pdf.content import TableRow

_DITTO_RE = re.compile(r"^\s*(?:idem|id\.|〃|″|'')\s*\.?\s*$", re.IGNORECASE)
_KEYS = ("planning", "budget", "owner", "partners", "description")


def resolve_ditto(rows: list[TableRow]) -> int:
    """Each « idem » of ``rows`` (one fiche's steps, in order) replaced, in place, by the
    value above it in its column; returns how many were read so."""
    done = 0
    above: dict[str, str] = {}
    for row in rows:
        if row.group:
            continue
        for key in _KEYS:
            text = row.cells.get(key)
            if text and _DITTO_RE.match(text) and above.get(key):
                row.cells[key] = above[key]
                done += 1
            elif text:
                above[key] = text
    return done
