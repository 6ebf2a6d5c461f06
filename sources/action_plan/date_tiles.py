"""Steps printed as an events AGENDA: each step's planning in a DATE TILE at its left.

A site's events template (a CMS's « agenda ») prints each step as an event: at the left a
small tile whose top band names the column (« Planification », in small bold type) over the
step's period in large type (« 2020 », « 2020 et + »), at the right the step's name in bold,
level with the tile's top, its description under it, then « label | value » details. Read
line by line, the tile's label stands alone on a line of its own (or opens the name's line)
and the period opens the description's first line.

:func:`date_tiles` rewrites each such event as a timeline item (:mod:`.step_list`): the period
set before the name, the description's first line without it, the tile's label left out (it
labels the period it stands over, no value of its own). An event whose tile holds no period
is left as printed.
"""

from __future__ import annotations

from dataclasses import replace

from sources.action_plan.stacked import label_group
from sources.action_plan.step_list import reads_as_period
from sources.pdf.content import Line, Segment

_ALIGN = 3.0  # pt: the name and the description start at one edge


def _tile_label(line: Line) -> Segment | None:
    """The planning column's label opening ``line`` (alone on it, or before the name)."""
    first = line.segments[0]
    alone = replace(line, x1=first.x1, segments=[first])
    group = label_group(alone)
    if group is None or [key for key, _ in group] != ["planning"]:
        return None
    return first


def _period_under(label: Segment, name_x: float, line: Line, above: Line | None) -> bool:
    """``line`` opens with a period centred under the tile's ``label`` (its x-range over the
    label's), close under ``above`` (None: at the top of the page after the label's); the
    rest of it, if any, at the name's edge."""
    first = line.segments[0]
    return (
        (above is None or line.page == above.page)
        and (above is None or 0 <= line.top - above.bottom <= 1.5 * line.size)
        and first.x0 < label.x1
        and first.x1 > label.x0
        and first.x1 < name_x - 0.5 * line.size
        and reads_as_period(first.text)
        and (len(line.segments) == 1 or abs(line.segments[1].x0 - name_x) <= _ALIGN)
    )


def _event_at(out: list[Line], index: int) -> tuple[Segment, Line, int, int] | None:
    """(tile label, name line, indexes of the first and the last of their lines) of the event
    whose tile label
    opens ``out[index]``: the name on the label's line, or a bold line level with it at its
    right just before or after it. Else None."""
    line = out[index]
    label = _tile_label(line)
    if label is None:
        return None
    if len(line.segments) > 1:  # the name on the label's line
        name = replace(line, x0=line.segments[1].x0, segments=line.segments[1:])
        return (label, name, index, index) if label_group(name) is None else None
    for j in (index - 1, index + 1):
        if (
            0 <= j < len(out)
            and out[j].page == line.page
            and out[j].bold
            and out[j].x0 > label.x1
            and abs(out[j].top - line.top) <= 0.6 * out[j].size
            and label_group(out[j]) is None  # another column's label: a grid of labels
        ):
            return label, out[j], min(index, j), max(index, j)
    return None


def _opened(label: Segment, name: Line, out: list[Line], below: int) -> tuple[Line, list[Line]]:
    """The event's name line opened by its period (``out[below]``'s first segment, with the
    period's wrapped rest printed lower in the tile), and the lines from ``below`` on that
    remain (the description's, without the period); the tile's lines taken out of ``out``."""
    first = out[below].segments[0]
    parts = [first.text.strip()]
    j = below + 1
    while j < len(out) and j <= below + 6 and out[j].page == out[below].page:
        nxt = out[j]
        seg = nxt.segments[0]
        in_tile = seg.x0 < label.x1 and seg.x1 > label.x0 and seg.x1 < name.x0
        if in_tile and len(nxt.segments) == 1 and reads_as_period(" ".join([*parts, seg.text])):
            parts.append(seg.text.strip())  # « 2019 » then « - 2020 » lower in the tile
            del out[j]
            continue
        if in_tile or nxt.bold or seg.x0 < name.x0 - _ALIGN:
            break
        j += 1  # a description line beside the tile
    text = " ".join(parts)
    tile = Segment(first.x0, first.x1, text, first.bold, [(first.x0, first.x1, text)])
    opened = replace(name, x0=tile.x0, segments=[tile, *name.segments])
    rest = out[below]
    kept = []
    if len(rest.segments) > 1:
        segs = rest.segments[1:]
        kept = [replace(rest, x0=segs[0].x0, segments=segs, bold=all(s.bold for s in segs))]
    return opened, kept


class DateTiles:
    """Agenda events rewritten as timeline items, page after page (:func:`date_tiles`); an
    event whose name and tile label end a page, its period opening the next page's first
    line, is read there (the name kept at its own page and place). Call :meth:`flush` at
    the end."""

    def __init__(self) -> None:
        self.held: tuple[Segment, Line, list[Line]] | None = None  # label, name, their lines

    def __call__(self, lines: list[Line]) -> list[Line]:
        out = list(lines)
        held, self.held = self.held, None
        if held is not None:
            label, name, printed = held
            if out and _period_under(label, name.x0, out[0], None):
                opened, kept = _opened(label, name, out, 0)
                out[0:1] = [opened, *kept]
            else:
                out[0:0] = printed  # no period came: the lines as printed
        index = 0
        while index < len(out):
            found = _event_at(out, index)
            if found is None:
                index += 1
                continue
            label, name, start, later = found
            below = later + 1
            if below >= len(out):  # the event's name and tile at the page's foot
                self.held = (label, name, out[start:])
                del out[start:]
                break
            if not _period_under(label, name.x0, out[below], out[later]):
                index += 1
                continue
            opened, kept = _opened(label, name, out, below)
            out[start : below + 1] = [opened, *kept]
            index = start + 1 + len(kept)
        return out

    def flush(self) -> list[Line]:
        """The lines of an event held for a next page that never came, as printed."""
        held, self.held = self.held, None
        return held[2] if held is not None else []


def date_tiles(lines: list[Line]) -> list[Line]:
    """``lines`` with each agenda event (tile label, bold name level with it, period under the
    label opening the description's first line) rewritten as a timeline item: « period | name »
    then the description's lines. Other lines unchanged (one page, nothing held)."""
    tiles = DateTiles()
    out = tiles(lines)
    return out + tiles.flush()
