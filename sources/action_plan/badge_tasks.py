"""Steps printed as a TASK LIST whose values are BADGES told by a SYMBOL, no column label.

A project-management tool's « Liste » view (Asana, monday, Notion and the like, printed from
the browser) sets each step as a task: a checkbox and the step's name, then on the same line
one rounded badge per value — its column told only by an icon (a clock for the planning,
coins for the resources, linked rings for the partners) or, for the owner, by an avatar
holding the owner's initials (« GA » before « GACdG ») —, the badges wrapping onto the next
lines, then the description under the task in a smaller, greyer type. The column labels are
never printed.

Under a steps heading (:class:`~sources.action_plan.timeline_cards.StepsRegions`), a TASK
opens on a line whose first segment is no badge and which holds badges after it; its next
lines are badges (a line opening with one), a badge's value wrapped (a line starting where
the last badge started) or the description; the next task line closes it. A region holding
no task is left as printed; lines above its first task (a count « 5 tâches ») too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sources.action_plan.timeline_cards import StepsRegions
from sources.pdf.cells import join_wrapped
from sources.pdf.content import Line, Segment, TableBlock, TableRow

# the icons a badge's column is told by (the tools' usual glyphs for a date, money, people)
_SYMBOLS: dict[str, str] = {
    **dict.fromkeys("◷◴◵◶⏱⌚⏰🕒📅🗓⌛", "planning"),
    **dict.fromkeys("⛁€💶💰💵¤", "budget"),
    **dict.fromkeys("👤", "owner"),
    **dict.fromkeys("⚭⚯🤝👥", "partners"),
}
_LEAD_RE = re.compile(r"^[•·\s]*(\S)\s+(.+)$")  # « • ◷ 2020 »: a dot, the icon, the value
_AVATAR_RE = re.compile(r"^(\S{1,3})(?:\s+(.+))?$")  # « GA GACdG »: initials, the owner
_EDGE = 1.5  # pt: a badge's wrapped line starts where the badge started
_KEYS = ["step", "description", "planning", "budget", "owner", "partners"]


@dataclass
class _Task:
    top: float
    name: str
    badges: list[list[str]] = field(default_factory=list)  # [key, value lines…]
    # each badge's place: (index in ``badges``, x0, x1, top of its last line)
    spans: list[tuple[int, float, float, float]] = field(default_factory=list)
    description: list[str] = field(default_factory=list)


def _initials(value: str) -> set[str]:
    """The avatar initials a tool may draw for ``value``, in capitals: its first two words'
    first characters (words cut at spaces, or at spaces, hyphens and colons), its first two
    letters."""
    out = {value[:2].upper()}
    for words in (value.split(), [w for w in re.split(r"[\s\-:,]+", value) if w]):
        if len(words) >= 2:
            out.add((words[0][0] + words[1][0]).upper())
    return out


def _avatar(text: str) -> bool:
    """Initials as an avatar prints them: one to three characters, a capital among them."""
    return any(ch.isupper() for ch in text)


def _badges(segs: list[Segment]) -> list[tuple[str, str, float]] | None:
    """Every segment of ``segs`` read as a badge: (key, value, x0), an avatar's initials and
    the owner's name as two segments or one; None when one segment is no badge."""
    out: list[tuple[str, str, float]] = []
    k = 0
    while k < len(segs):
        seg = segs[k]
        text = seg.text.strip()
        lead = _LEAD_RE.match(text)
        if lead is not None and lead.group(1) in _SYMBOLS:
            out.append((_SYMBOLS[lead.group(1)], lead.group(2).strip(), seg.x0))
            k += 1
            continue
        avatar = _AVATAR_RE.match(text)
        if avatar is not None:
            value = avatar.group(2)
            if value is None and k + 1 < len(segs):
                value, k = segs[k + 1].text.strip(), k + 1
            if value and _avatar(avatar.group(1)) and avatar.group(1) in _initials(value):
                out.append(("owner", value, seg.x0))
                k += 1
                continue
        return None
    return out


def _tasks(lines: list[Line]) -> tuple[list[_Task], int] | None:
    """The region's tasks and the index of the first task line, or None."""
    tasks: list[_Task] = []
    first: int | None = None
    for j, line in enumerate(lines):
        segs = line.segments
        opening = _badges(segs[1:]) if len(segs) > 1 else None
        if opening and _badges(segs[:1]) is None:
            task = _Task(line.top, segs[0].text.strip())
            _add(task, opening, segs[1:], line.top)
            tasks.append(task)
            first = j if first is None else first
            continue
        if not tasks:
            continue  # above the first task (a count of the tasks): left as printed
        task = tasks[-1]
        more = _badges(segs)
        wrapped = _wrapped(task, line)
        if more and not task.description:
            _add(task, more, segs, line.top)
        elif not task.description and wrapped is not None:
            index, x0, x1, _ = task.spans[wrapped]
            task.badges[index].append(line.text.strip())  # a badge's value wrapped
            task.spans[wrapped] = (index, x0, x1, line.top)
        else:
            task.description.append(line.text.strip())
    if not tasks or first is None:
        return None
    return tasks, first


def _add(
    task: _Task, badges: list[tuple[str, str, float]], segs: list[Segment], top: float
) -> None:
    """Badges read on a line added to ``task``, each with its place."""
    ends = [s.x1 for s in segs]
    for key, value, x0 in badges:
        x1 = max((e for e in ends if e > x0), default=x0)
        x1 = min((e for e in ends if e > x0), default=x1)
        task.badges.append([key, value])
        task.spans.append((len(task.badges) - 1, x0, x1, top))


def _wrapped(task: _Task, line: Line) -> int | None:
    """The badge (its index in ``spans``) whose value ``line`` goes on: a line starting
    where a badge of the line above starts, its padding and icon allowed for (a long value
    wraps inside its badge), else None — the description is indented further."""
    if len(line.segments) != 1:
        return None
    above = max((t for *_, t in task.spans), default=None)
    if above is None or not 0.0 < line.top - above <= 2.0 * line.size:
        return None
    for n, (_, x0, x1, top) in enumerate(task.spans):
        if top == above and x0 - _EDGE <= line.x0 <= min(x1, x0 + 0.6 * line.size):
            return n
    return None


def _cells(task: _Task) -> dict[str, str | None]:
    cells: dict[str, str | None] = dict.fromkeys(_KEYS, "")
    cells["step"] = task.name
    cells["description"] = join_wrapped(task.description) if task.description else ""
    for key, *values in task.badges:
        text = join_wrapped(values)
        cells[key] = f"{cells[key]}\n{text}" if cells.get(key) else text
    return cells


class BadgeTasks:
    """Task lists read into steps tables, page after page. Call on each page's lines:
    returns the lines left and the tables read."""

    def __init__(self) -> None:
        self.regions = StepsRegions()

    def __call__(self, lines: list[Line], page: int) -> tuple[list[Line], list[TableBlock]]:
        used: set[int] = set()
        blocks: list[TableBlock] = []
        for region in self.regions(lines):
            ordered = sorted(region, key=lambda j: (lines[j].top, lines[j].x0))
            found = _tasks([lines[j] for j in ordered])
            if found is None:
                continue
            tasks, first = found
            rows = [TableRow(page, t.top, _cells(t)) for t in tasks]
            bottom = max(lines[j].bottom for j in ordered)
            block = TableBlock(page, tasks[0].top, bottom, list(_KEYS), False, rows)
            block.whole_rows = True  # each task a whole step
            blocks.append(block)
            used |= set(ordered[first:])
        if not blocks:
            return lines, []
        return [ln for j, ln in enumerate(lines) if j not in used], blocks
