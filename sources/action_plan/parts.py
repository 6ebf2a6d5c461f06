"""Steps tables split in two parts joined on their step column.

A sheet may print its steps twice: a first table « Etape | Descriptif » (the steps' names and
descriptions), then, under a heading of its own, the same steps again with their details
(« Etape | Planification | Ressources | Porteur | Partenaires »). Both list the same step
names down their first column, in the same order: they are ONE table joined on that column,
each step taking its cells from both. Tables whose step columns differ are never joined.
"""

from __future__ import annotations

from sources.pdf.content import TableRow
from sources.values import fold


def _key(text: str | None) -> str:
    """A step name compared across the two parts: folded, spaces and hyphens ignored (a
    name wrapped differently in columns of different widths)."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


def _part_keys(part: list[TableRow]) -> list[str]:
    """The part's columns other than the step's (« description », perhaps « planning »)."""
    keys = dict.fromkeys(k for r in part for k in r.cells if k != "step")
    return list(keys) or ["description"]


def join_part(rows: list[TableRow], part: list[TableRow]) -> bool:
    """Give each step row of ``rows`` the cells (description, perhaps planning) of the
    ``part`` row naming the same step; True when joined. Joined only when both list exactly
    the same step names in the same order (every name known, none repeated) and no row of
    ``rows`` has a value of its own in the part's columns; otherwise nothing changes."""
    body = [r for r in rows if not r.group]
    names = [_key(r.cells.get("step")) for r in body]
    if not body or len(part) != len(body) or not all(names) or len(set(names)) != len(names):
        return False
    if names != [_key(r.cells.get("step")) for r in part]:
        return False
    keys = _part_keys(part)
    if any((r.cells.get(k) or "").strip() for r in body for k in keys):
        return False
    for row, other in zip(body, part, strict=True):
        for key in keys:
            row.cells[key] = other.cells.get(key) or ""
    return True


def extend_part(part: list[TableRow], more: list[TableRow]) -> None:
    """``more``, the rows of a part going on on the next page, added to ``part``; its first
    row with no step name is the rest of the row cut by the page break: its cells go on the
    last row's."""
    rows = list(more)
    if rows and part and not (rows[0].cells.get("step") or "").strip():
        last, rest = part[-1].cells, rows.pop(0).cells
        for key in _part_keys(part):
            more_text = rest.get(key) or ""
            last[key] = " ".join(x for x in (last.get(key), more_text) if x)
    part.extend(rows)
