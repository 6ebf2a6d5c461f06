"""Group headings of a list view grouped by a column: « ⊟ Planification : 2019 (2) ».

An intranet's list (SharePoint's « Regrouper par », a project tool's grouped view, a spreadsheet
filter's subtotal view) prints, before each run of rows sharing a value of the grouped column,
a row of its own across the table: a collapse toggle (« ⊟ », « ▾ »), the column's label, a
colon, the value, and the run's number of rows in brackets. The value is usually written again
in its column on every row of the run.

Such a line is no step: the table readers cut a row before and after it (its rule above it
only, or none, would else join it to the step under it) and the sheet reader keeps it as a
group row (:func:`sources.action_plan.pair_cells.as_group`), never as cells. A « Label :
value » alone is only taken so when it carries the toggle or the count: without them, a line
reading « Planification : 2020 » in a table that has that column may be a cell's text.
"""

from __future__ import annotations

import re

from sources.pdf.columns import pair_label
from sources.pdf.icons import is_icon_char

_COUNT_RE = re.compile(r"\s*\(\s*\d{1,4}\s*\)\s*$")
_TOGGLES = frozenset("⊟⊞▾▸▿▹▼►▶▲△▽◂◃−–+-")
_GROUPED = frozenset(("planning", "budget", "owner", "partners"))


def list_group(text: str | None) -> tuple[str, str] | None:
    """(column key, value) of a grouped view's heading — « [toggle] Label : value [(n)] »
    with the toggle or the count — whose label names a detail column; the value may be empty
    (« ⊟ Planification :  (1) »: the run's steps have none). None for any other text."""
    rest = " ".join((text or "").split())
    toggle = bool(rest) and (rest[0] in _TOGGLES or is_icon_char(rest[0]))
    if toggle:
        rest = rest[1:].lstrip()
    count = _COUNT_RE.search(rest)
    if count is not None:
        rest = rest[: count.start()]
    if not (toggle or count) or ":" not in rest:
        return None
    found = pair_label(rest)
    if found is None or found[0] not in _GROUPED:
        return None
    value = rest[found[1] :].strip()
    if "(" in value or len(value.split()) > 8:
        return None  # a sentence, not a grouped value
    return found[0], value
