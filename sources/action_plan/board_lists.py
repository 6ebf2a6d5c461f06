"""Steps printed as a KANBAN BOARD: one list per planning value, one card per step.

A project tool's board view (Trello, a Kanban page in an intranet) groups the steps by
their planning: a list titled by the period (« 2020 », « 2020 et + ») and the number of its
cards (« 2 »), lists side by side (three a row, a row of lists under another), each card
the step's name in bold, its description, then « Label : valeur » lines giving the other
columns (« Ressources à mobiliser : 5 000 », « Porteur : GACdG »), a long value wrapping at
the line's edge. The planning is printed only once, as the list's title.

A board is told by its TITLE LINE: every segment a period (:func:`reads_as_period`) in bold
followed by a small count, one pair a list. Its lists are the page columns starting at the
titles; its cards the lines under the title line, down to the next title line or a heading
(a fiche, an objective, « Modalités de mise en œuvre »…), cut at the lists' edges. A card
opens at a bold line after the card above had pairs or text; plain text before its first
pair is its description, a plain line after a pair without a label goes on that pair's
value. Cards are read list by list, left to right, each list down — the board's order.
A title line with no card under it is left as printed.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from sources.action_plan.line_kinds import _classify
from sources.action_plan.step_list import reads_as_period
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import pair_label
from sources.pdf.content import Line, Segment, TableBlock, TableRow

_PAIR_KEYS = frozenset(("description", "planning", "budget", "owner", "partners"))
_EDGE = 8.0  # pt: a list's cards start this far at most left of its title
_HEADINGS = frozenset(("fiche", "axis", "objective", "objective_code", "op", "impl", "stakes"))


@dataclass
class _Card:
    top: float
    name: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    pairs: list[list[str]] = field(default_factory=list)  # [key, value lines…]


def _titles(line: Line) -> list[tuple[str, float]] | None:
    """(period, left edge) of each list a board's title line heads, else None."""
    segs = line.segments
    if len(segs) < 2 or len(segs) % 2:
        return None
    out: list[tuple[str, float]] = []
    for title, count in zip(segs[::2], segs[1::2], strict=True):
        if not (title.bold and reads_as_period(title.text)):
            return None
        if not (count.text.isdigit() and len(count.text) <= 2):
            return None
        out.append((title.text, title.x0))
    return out


def board_lists(lines: list[Line], page: int) -> tuple[list[Line], list[TableBlock]]:
    """The page's boards read as steps tables, and the lines left."""
    heads: list[tuple[list[int], list[tuple[str, float]]]] = []
    for group in _level_groups(lines):  # a title line a page's side columns cut in pieces
        segs = sorted((s for j in group for s in lines[j].segments), key=lambda s: s.x0)
        titles = _titles(replace(lines[group[0]], segments=segs))
        if titles is not None:
            heads.append((group, titles))
    if not heads:
        return lines, []
    used: set[int] = set()
    blocks: list[TableBlock] = []
    heads.sort(key=lambda h: lines[h[0][0]].top)
    tops = [lines[g[0]].top for g, _ in heads]
    used = {j for g, _ in heads for j in g}
    headings = [ln.top for ln in lines if (kind := _classify(ln)) and kind.kind in _HEADINGS]
    for n, (group, titles) in enumerate(heads):
        # the board's lines: under its title line, above the next title line and the next
        # heading (by their place on the page: cards side by side come in any order)
        end = min([*tops[n + 1 : n + 2], *(t for t in headings if t > tops[n]), float("inf")])
        region = sorted(
            (j for j, ln in enumerate(lines) if tops[n] < ln.top < end and j not in used),
            key=lambda j: lines[j].top,
        )
        if not region:
            continue
        periods = [period for period, _ in titles]
        lists = _cards([lines[j] for j in region], titles, periods)
        rows = [
            TableRow(page, card.top, _cells(card, period))
            for period, cards in zip(periods, lists, strict=True)
            for card in cards
            if card.name
        ]
        if not rows:
            used -= set(group)  # a title line with no card under it: left as printed
            continue
        used |= set(region)
        keys = ["step", "description", "planning", "budget", "owner", "partners"]
        block = TableBlock(page, tops[n], lines[region[-1]].bottom, keys, False, rows)
        block.whole_rows = True  # each card a whole step
        blocks.append(block)
    return [line for j, line in enumerate(lines) if j not in used], blocks


def _level_groups(lines: list[Line]) -> list[list[int]]:
    """Indexes of the lines standing level with each other (tops within a point), each group
    in reading order: one printed line a page's side columns may have cut in pieces."""
    order = sorted(range(len(lines)), key=lambda j: lines[j].top)
    groups: list[list[int]] = []
    for j in order:
        if groups and lines[j].top - lines[groups[-1][0]].top <= 1.0:
            groups[-1].append(j)
        else:
            groups.append([j])
    return groups


def _cards(
    lines: list[Line], titles: list[tuple[str, float]], periods: list[str]
) -> list[list[_Card]]:
    """Each list's cards, from the board's lines cut at the lists' edges. A bold line going
    on a list's period before its first card (« 2019 » / « - 2020 ») is the rest of its title
    (``periods`` updated)."""
    edges = [x - _EDGE for _, x in titles]
    lists: list[list[_Card]] = [[] for _ in titles]
    for line in lines:
        for seg in line.segments:
            at = max((i for i, e in enumerate(edges) if seg.x0 >= e), default=None)
            if at is None:
                continue
            going_on = f"{periods[at]} {seg.text}"
            if not lists[at] and seg.bold and abs(seg.x0 - titles[at][1]) <= 2.0:
                if reads_as_period(going_on):
                    periods[at] = going_on
                    continue
            _add(lists[at], seg, line.top)
    return lists


def _add(cards: list[_Card], seg: Segment, top: float) -> None:
    card = cards[-1] if cards else None
    found = pair_label(seg.text)
    key = found[0] if found is not None else None
    if seg.bold and key is None:
        if card is None or card.pairs or card.description:
            cards.append(_Card(top, [seg.text]))
        else:
            card.name.append(seg.text)
    elif card is None:
        return  # text above the first card (a list's note): not read
    elif key in _PAIR_KEYS and found is not None:
        card.pairs.append([key, seg.text[found[1] :].strip()])
    elif card.pairs:
        card.pairs[-1].append(seg.text)  # a value wrapped at the card's edge
    else:
        card.description.append(seg.text)


def _cells(card: _Card, period: str) -> dict[str, str | None]:
    cells: dict[str, str | None] = {
        "step": join_wrapped(card.name),
        "description": join_wrapped(card.description) if card.description else "",
        "planning": period,
    }
    for key, *values in card.pairs:
        cells[key] = join_wrapped([v for v in values if v])
    return cells
