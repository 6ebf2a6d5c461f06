"""Steps printed as a TIMELINE: one card per step along a line, the step's date beside it.

A site's « chronologie » block (a WordPress timeline plug-in, a CMS's « frise ») prints
each step as a card hung on a vertical line, cards in one column or alternating left and
right, each under the one before: the card holds the step's name in bold, its description
as plain paragraphs, then « Label : valeur » lines for the other columns (« Ressources à
mobiliser : 5 000 », « Porteur : GACdG »), a long value wrapping at the card's edge. The
planning is printed OUTSIDE the card, with no label: the step's date, level with the card's
top, on the other side of the line.

A timeline is read under a steps heading (« Modalités de mise en œuvre »), on from the page
before while no other heading came: its CARDS are the runs of lines at one left edge
opening on a bold name (:func:`_card_columns`); its DATES the periods printed alone
(:func:`~sources.action_plan.step_list.reads_as_period`) at no card's edge, each given to
the card whose top it stands level with. Every line of the region must belong to a card or
be a date, each card must hold a detail pair and one date at least must be placed;
otherwise the lines are left as printed. Cards are read top to bottom, the timeline's
order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sources.action_plan.line_kinds import _classify
from sources.action_plan.step_list import reads_as_period
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import pair_label
from sources.pdf.content import Line, Segment, TableBlock, TableRow

_DETAIL_KEYS = frozenset(("budget", "owner", "partners"))
_PAIR_KEYS = frozenset(("description", "planning", "budget", "owner", "partners"))
_HEADINGS = frozenset(("fiche", "axis", "objective", "objective_code", "op", "stakes"))
_EDGE = 2.0  # pt: the lines of one card start this close to its left edge
_LEVEL = 6.0  # pt: a date stands this close at most to its card's top
_KEYS = ["step", "description", "planning", "budget", "owner", "partners"]
_SEPARATOR_RE = re.compile(r"\s+[·•|]\s+")  # pairs set on one line, a middle dot between


@dataclass
class _Card:
    x0: float
    top: float
    name: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    pairs: list[list[str]] = field(default_factory=list)  # [key, value lines…]
    date: str = ""


class StepsRegions:
    """The page's runs of lines under a steps heading (« Modalités de mise en œuvre ») down
    to the next heading, on from the page before while no other heading came (a steps
    heading at a page's foot: its steps on the next page's top). Call on each page's lines:
    the regions, each the indexes of its lines."""

    def __init__(self) -> None:
        self.under_steps = False  # a steps heading read, no other heading since

    def __call__(self, lines: list[Line]) -> list[list[int]]:
        regions: list[list[int]] = []
        current: list[int] | None = [] if self.under_steps else None
        for j in sorted(range(len(lines)), key=lambda j: lines[j].top):
            kind = _classify(lines[j])
            if kind is not None and kind.kind == "impl":
                if current:
                    regions.append(current)
                current = []
                continue
            if kind is not None and kind.kind in _HEADINGS:
                if current:
                    regions.append(current)
                current = None
                continue
            if current is not None:
                current.append(j)
        if current:
            regions.append(current)
        self.under_steps = current is not None
        return regions


class TimelineCards:
    """Timelines read into steps tables, page after page. Call on each page's lines: returns
    the lines left and the tables read."""

    def __init__(self) -> None:
        self.regions = StepsRegions()

    def __call__(self, lines: list[Line], page: int) -> tuple[list[Line], list[TableBlock]]:
        regions = self.regions(lines)
        used: set[int] = set()
        blocks: list[TableBlock] = []
        for region in regions:
            block = _timeline([lines[j] for j in region], page)
            if block is not None:
                blocks.append(block)
                used |= set(region)
        if not blocks:
            return lines, []
        return [ln for j, ln in enumerate(lines) if j not in used], blocks


def _timeline(lines: list[Line], page: int) -> TableBlock | None:
    """The steps table of one region's lines read as a timeline, or None when they are no
    timeline."""
    segs = [(ln.top, s) for ln in lines for s in ln.segments if s.text.strip()]
    edges = _card_columns(segs)
    if not edges:
        return None
    dates: list[tuple[float, str]] = []
    by_edge: dict[float, list[tuple[float, Segment]]] = {e: [] for e in edges}
    for line in lines:
        last: Segment | None = None  # the line's last segment at a card's edge
        for seg in line.segments:
            if not seg.text.strip():
                continue
            edge = next((e for e in edges if abs(seg.x0 - e) <= _EDGE), None)
            if edge is not None:
                last = Segment(seg.x0, seg.x1, seg.text, seg.bold)
                by_edge[edge].append((line.top, last))
            elif last is not None and last.text.rstrip().endswith(":"):
                last.text, last.x1 = f"{last.text} {seg.text}", seg.x1  # « Label : » | value
            elif reads_as_period(seg.text):
                dates.append((line.top, seg.text.strip()))
            else:
                return None  # text at no card's edge: no timeline
    cards: list[_Card] = []
    for edge, column in by_edge.items():
        column.sort(key=lambda item: item[0])
        for top, seg in column:
            if not _add(cards, edge, top, seg):
                return None
    if not cards or any(not c.name or not {p[0] for p in c.pairs} & _DETAIL_KEYS for c in cards):
        return None
    placed = 0
    for top, text in dates:
        card = min(cards, key=lambda c: abs(c.top - top))
        if abs(card.top - top) > _LEVEL or card.date:
            return None  # a period standing by no card's top: no timeline's date
        card.date, placed = text, placed + 1
    if not placed:
        return None
    cards.sort(key=lambda c: c.top)
    rows = [TableRow(page, c.top, _cells(c)) for c in cards]
    bottom = max(ln.bottom for ln in lines)
    block = TableBlock(page, cards[0].top, bottom, list(_KEYS), False, rows)
    block.whole_rows = True  # each card a whole step
    return block


def _card_columns(segs: list[tuple[float, Segment]]) -> list[float]:
    """Left edges of the cards: those of their names' lines (:func:`_name_line`), each
    edge once."""
    edges: list[float] = []
    for _, seg in segs:
        if not _name_line(seg):
            continue
        if not any(abs(seg.x0 - e) <= _EDGE for e in edges):
            edges.append(seg.x0)
    return edges


def _name_line(seg: Segment) -> bool:
    """A line of a card's name: bold, no period, no « Label : » naming a column (a name may
    end on a colon, « Réaliser une étude d'opportunité : »)."""
    if not seg.bold or reads_as_period(seg.text):
        return False
    found = pair_label(seg.text)
    return found is None or found[0] is None


def _add(cards: list[_Card], edge: float, top: float, seg: Segment) -> bool:
    """``seg`` added to the column's cards: a bold line opens a card (after a card with text
    under its name) or goes on its name; a pair, a pair's wrapped value or a description
    line follow. False for text before any card."""
    mine = [c for c in cards if c.x0 == edge]
    card = mine[-1] if mine else None
    found = pair_label(seg.text)
    key = found[0] if found is not None else None
    if _name_line(seg):
        if card is None or card.pairs or card.description:
            cards.append(_Card(edge, top, [seg.text]))
        else:
            card.name.append(seg.text)
        return True
    if card is None:
        return False
    if key in _PAIR_KEYS and found is not None:
        for piece in _SEPARATOR_RE.split(seg.text):  # « … : 5 000 · Porteur : GACdG »
            more = pair_label(piece)
            if more is not None and more[0] in _PAIR_KEYS:
                card.pairs.append([str(more[0]), piece[more[1] :].strip()])
            elif card.pairs:
                card.pairs[-1][-1] = f"{card.pairs[-1][-1]} · {piece}".strip()
    elif card.pairs:
        card.pairs[-1].append(seg.text)  # a value wrapped at the card's edge
    else:
        card.description.append(seg.text)
    return True


def _cells(card: _Card) -> dict[str, str | None]:
    cells: dict[str, str | None] = {
        "step": join_wrapped(card.name),
        "description": join_wrapped(card.description) if card.description else "",
        "planning": card.date,
    }
    for key, *values in card.pairs:
        cells[key] = join_wrapped([v for v in values if v])
    return cells
