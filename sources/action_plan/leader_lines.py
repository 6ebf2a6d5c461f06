"""Steps set on TAB STOPS WITH LEADER DOTS, as a table of contents is set, with no table.

A Word/Writer way of laying out a sheet's steps: under the steps heading, a COLUMN HEAD line
of steps column labels (« Etape » … « Planification » at the right margin), then for each
step its name followed by a tab with a dot leader running to a value at the right margin
(« Lancer une phase test ........ 2019 »), its description under it, then DETAIL LINES
« Ressources à mobiliser ........ 18000 (financé) », « Porteur ........ GACdG », each a
steps column label, a dotted tab, its value (wrapped lines at the tab stop; an empty value
leaves the dots alone).

A LEADER is a run of full stops, middle dots (Word's other dotted leader) or ellipsis
characters (four dots or more, a single space allowed between them); text extraction glues it to the words on both sides
(« Porteur..........GACdG »), or gives it as a segment of its own. It separates a label from
its value, or a step's name from the value of the column its column head names at the right
(« Planification »: without a column head, a value reading as a period is the planning).
The labels are the steps table's column labels (:func:`sources.action_plan.stacked.
_segment_label`), never words of one document. Three dots in a text (« associations... »)
are no leader.
"""

from __future__ import annotations

import re

from sources.action_plan.detail_grid import GRID_KEYS
from sources.action_plan.stacked import _segment_label, label_group
from sources.pdf.content import Line

# four dots or more (« … » counting three), a single space allowed between them
_LEADER_RE = re.compile(r"\s*[.·…](?:\s?[.·…])+\s*")
_MIN_DOTS = 4
_MAX_VALUE_CHARS = 40  # the value at the end of a step's name line: a period, an amount
_MAX_NAME_WORDS = 25


def split_leader(text: str) -> tuple[str, str] | None:
    """(text before, text after) the first leader of ``text``, stripped; None without a
    leader or with nothing before it."""
    for match in _LEADER_RE.finditer(text):
        run = match.group().replace(" ", "")
        if len(run) + 2 * run.count("…") < _MIN_DOTS:
            continue
        before, after = text[: match.start()].strip(), text[match.end() :].strip()
        return (before, after) if before else None
    return None


def leader_pair(line: Line) -> tuple[str, str] | None:
    """(column key, value) of a detail line: a steps details column label, a leader, its
    value (empty when the dots end the line). Else None."""
    found = split_leader(line.text)
    if found is None:
        return None
    key = _segment_label(found[0])
    if key not in GRID_KEYS:
        return None
    return key, found[1]


def column_head(line: Line) -> str | None:
    """Column key of the value printed after a step name's leader, named by ``line``, a
    column head of steps column labels alone (« Etape » … « Planification »): its label
    at the right of the name's. Else None."""
    group = label_group(line)
    if group is None or len(group) < 2 or group[0][0] != "step":
        return None
    return group[-1][0]


def leader_step(line: Line, wrapped: bool = False) -> tuple[str, str] | None:
    """(name, value) of a line that may open a step: a name starting with a capital or a
    digit (any word when ``wrapped``: its first words on lines above), a leader, a short
    value at the line's end. A details label before the leader, a name too long, a value
    too long or none: None. Which column the value fills is the caller's (a column head's
    label, or a period's look)."""
    found = split_leader(line.text)
    if found is None:
        return None
    name, value = found
    if not value or len(value) > _MAX_VALUE_CHARS or _segment_label(name) is not None:
        return None
    capital = name[:1].isupper() or name[:1].isdigit()
    if not (capital or wrapped) or len(name.split()) > _MAX_NAME_WORDS:
        return None
    return name, value


def opens_bold(line: Line) -> bool:
    """Does ``line`` open with words set in bold (a step's name)?"""
    seg = line.segments[0]
    return seg.bold or seg.lead_bold >= 1
