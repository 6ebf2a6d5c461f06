"""Steps printed as CARDS with labelled CHIPS: one card per step, no table and no « Etape ».

A web page (a CMS's « fiche projet » theme, a design system's card list) prints each step
as a box: the step's name as the card's title (bold, often wrapped), its description as
plain paragraphs under it, then the other cells as small pills, each a column label in bold
followed by its value on the same pill (« Planification 2019 », « Ressources à mobiliser
18000 (financé) », « Porteur GACdG »), several pills per line, a long value wrapping inside
its pill. Cards stand in one column or in several (CSS columns, masonry): each page's cards
are read column by column, down each column, band by band (a heading across the page starts
a new band), the order a reader follows.

A chip is told by its faces: the segment's first words bold and naming a steps column
(:func:`sources.pdf.columns.label_key`), the rest plain, no colon between them (« Porteur :
X » is a pair read elsewhere). A label printed smaller than its value may stand a point or
two higher and be read as a line of its own: such a line of labels alone is paired with the
plain line level with it whose segments start right after each label. A card is its chips
with the lines right above them at the card's left edge: the title (bold) over the
description (plain); a card without a bold title is left as printed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sources.action_plan.line_kinds import _classify
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import label_key, pair_label
from sources.pdf.content import Line, Segment, TableBlock, TableRow

_CHIP_KEYS = frozenset({"planning", "budget", "owner", "partners"})
_SEPARATORS_RE = re.compile(r"\s[—–•·∙▪◦;|/-]\s|;\s")  # between pairs run on one line
_MARKER_RE = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|[ÉEée]tape\s*\d|ÉTAPE\s*\d|ETAPE\s*\d)")
_INSET = 10.0  # pt: a chip's pill sets its label this far at most right of the card's text
_AFTER = 14.0  # pt: a chip's value starts this far at most right of its label (split lines)
_LEVEL = 4.0  # pt: a label line and its value line stand this close (split lines)
_GAP = 1.2  # of a line's size: the widest gap between two lines of one card
_ROW_LEVEL = 4.0  # pt: cards whose tops differ by less stand in one row of a grid


@dataclass
class _Chip:
    key: str
    x0: float
    values: list[str]
    colon: bool = False  # a bold « Label : » then its value (a note's line, not a pill)


@dataclass
class _Card:
    x0: float  # the card's text edge
    top: float
    bottom: float
    page: int
    title: list[str] = field(default_factory=list)
    description: list[str] = field(default_factory=list)
    chips: list[_Chip] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)


def chip_cards(lines: list[Line], page: int) -> tuple[list[Line], list[TableBlock]]:
    """The page's step cards read as steps tables (one per band of cards), and the lines
    left. Pages with no chip line are returned as they are."""
    edges = _card_edges(lines)
    if not edges:
        return lines, []
    pieces_of = {id(line): _cut(line, edges) for line in lines}
    whole, lines = lines, [piece for line in lines for piece in pieces_of[id(line)]]
    chips_of: dict[int, list[_Chip]] = {}
    paired: set[int] = set()  # value lines read with the label line level with them
    for line in lines:
        chips = _chip_line(line)
        if chips is None:
            chips = _split_chip_line(line, lines)
            if chips is not None:
                paired |= {id(v) for v in _level_values(line, lines)}
        if chips:
            chips_of[id(line)] = chips
    if not chips_of:
        return whole, []
    used: set[int] = set(paired)
    cards: list[_Card] = []
    ordered = sorted(lines, key=lambda ln: ln.top)
    for line in ordered:
        if id(line) not in chips_of or id(line) in used:
            continue
        card = _card(line, ordered, chips_of, used)
        if card is not None:
            cards.append(card)
            used |= {id(ln) for ln in card.lines}
    if not cards:
        return whole, []
    left: list[Line] = []
    for line in whole:  # a line no card took stays whole
        pieces = pieces_of[id(line)]
        if any(id(piece) in used for piece in pieces):
            left += [piece for piece in pieces if id(piece) not in used]
        else:
            left.append(line)
    return left, _blocks(cards, left, page)


def _card_edges(lines: list[Line]) -> list[float]:
    """Where cards' chips start (their pills' left edge): the first chip of each chip line,
    and a chip naming a column already named on its line (the card beside, its pills on the
    same line)."""
    edges: set[float] = set()
    for line in lines:
        if _labels_alone(line) is not None:  # labels read apart from their values
            edges.add(round(line.x0, 1))
            continue
        chips = [_chip(seg) for seg in line.segments]
        if not chips or chips[0] is None:
            continue
        seen: set[str] = set()
        for chip in chips:
            if chip is None:
                break
            if not seen or chip.key in seen:
                edges.add(round(chip.x0, 1))
                seen = set()
            seen.add(chip.key)
    return sorted(edges)


def _cut(line: Line, edges: list[float]) -> list[Line]:
    """``line`` cut before each segment standing at a card's text edge right of its start
    (two cards side by side read on one line)."""
    cuts = [
        k
        for k, seg in enumerate(line.segments)
        if k > 0 and any(e - _INSET <= seg.x0 <= e + 1 for e in edges)
    ]
    if not cuts:
        return [line]
    pieces = []
    for start, end in zip([0, *cuts], [*cuts, len(line.segments)], strict=True):
        segs = line.segments[start:end]
        bold = all(seg.bold for seg in segs)
        pieces.append(replace(line, x0=segs[0].x0, x1=segs[-1].x1, segments=segs, bold=bold))
    return pieces


def _chip_line(line: Line) -> list[_Chip] | None:
    """The chips of a line whose every segment is a chip (bold label, plain value), else
    None."""
    chips = []
    for seg in line.segments:
        chip = _chip(seg)
        if chip is None:
            return None
        chips.append(chip)
    return chips


def _chip(seg: Segment) -> _Chip | None:
    """A segment « bold column label + plain value » as a chip, else None."""
    n = seg.lead_bold
    if seg.bold and seg.text.rstrip().endswith(":"):  # « Partenaires envisagés : » alone,
        key = label_key(seg.text.rstrip()[:-1])  # its value on the lines under it
        return _Chip(key, seg.x0, [], True) if key in _CHIP_KEYS else None
    if not 0 < n < len(seg.words) or seg.bold:
        return None
    label = " ".join(w[2] for w in seg.words[:n])
    value = " ".join(w[2] for w in seg.words[n:])
    colon = label.rstrip().endswith(":")
    if colon:  # « Porteur : » all bold, then its value: a note's detail line
        label = label.rstrip()[:-1]
        if _another_pair(value):
            return None  # pairs run on one line: a list item's pairs, read elsewhere
    elif value.lstrip().startswith(":"):
        return None
    key = label_key(label)
    if key not in _CHIP_KEYS:
        return None
    return _Chip(key, seg.x0, [value], colon)


def _labelled(line: Line) -> bool:
    """A line opened by a « Label : » pair naming a steps column (a form's « Etape : »)."""
    found = pair_label(line.text)
    return found is not None and found[0] is not None


def _another_pair(value: str) -> bool:
    """A value holding a further « Label : » pair after a separator."""
    return any(
        (found := pair_label(piece)) is not None and found[0] is not None
        for piece in _SEPARATORS_RE.split(value)[1:]
    )


def _labels_alone(line: Line) -> list[str] | None:
    """Column keys of a bold line of chip labels alone, else None."""
    if not line.bold:
        return None
    keys = [label_key(seg.text) for seg in line.segments]
    if not keys or any(k not in _CHIP_KEYS for k in keys):
        return None
    return [k for k in keys if k is not None]


def _level_values(line: Line, lines: list[Line]) -> list[Line]:
    """Plain lines level with ``line`` (a label line set smaller than its values), starting
    among its labels."""
    return [
        other
        for other in lines
        if other is not line
        and not other.bold
        and abs(other.top - line.top) <= _LEVEL
        and line.x0 < other.x0 <= line.x1 + _AFTER
    ]


def _split_chip_line(line: Line, lines: list[Line]) -> list[_Chip] | None:
    """The chips of a line of labels alone whose values the line builder read as a line of
    their own, level with it: each value the segment starting right after its label, every
    segment of that line a label's value."""
    keys = _labels_alone(line)
    if keys is None:
        return None
    values = [seg for other in _level_values(line, lines) for seg in other.segments]
    chips = []
    for key, seg in zip(keys, line.segments, strict=True):
        after = [v for v in values if seg.x1 - 1 <= v.x0 <= seg.x1 + _AFTER]
        if len(after) != 1:
            return None
        chips.append(_Chip(key, seg.x0, [after[0].text]))
    return chips if len(chips) == len(values) else None


def _card(
    first: Line, ordered: list[Line], chips_of: dict[int, list[_Chip]], used: set[int]
) -> _Card | None:
    """The card whose first chip line is ``first``: its chip lines and their wrapped values
    below, its title and description above, at the card's text edge."""
    x0 = first.x0
    index = ordered.index(first)
    chips = list(chips_of[id(first)])
    taken = [first]
    bottom = first.bottom
    for line in ordered[index + 1 :]:
        if line.top - bottom > _GAP * line.size:
            break
        if id(line) in used or abs(line.x0 - x0) > _INSET:
            continue  # a line of the card beside
        more = chips_of.get(id(line))
        if more is not None:
            chips += more
        elif not line.bold and _classify(line) is None:  # a value wrapped inside its pill
            target = next((c for c in reversed(chips) if abs(c.x0 - line.x0) <= 3), chips[-1])
            target.values.append(line.text)
        else:
            break
        taken.append(line)
        bottom = line.bottom
    above: list[Line] = []
    top = first.top
    for line in reversed(ordered[:index]):
        if id(line) in used or not x0 - _INSET <= line.x0 <= x0 + 1:
            continue  # a line of the card beside
        if id(line) in chips_of or top - line.bottom > _GAP * line.size:
            break  # the chips of the card above; a gap
        title_end = line.bold and above and not above[0].bold  # over the description
        if not line.text[:1].islower() and not title_end and _classify(line) is not None:
            break  # a heading, a field label (a wrapped line's lower-case rest is neither,
            # nor is a title's last line, right over plain text: a heading has a title under it)
        above.insert(0, line)
        top = line.top
    bold = [k for k, line in enumerate(above) if line.bold]
    if not bold:
        return None  # no title: left as printed
    end = bold[-1] + 1
    start = end
    while start > 0 and above[start - 1].bold:
        start -= 1
    if any(c.colon for c in chips) and (
        _MARKER_RE.match(above[start].text)  # a numbered list's item (step_list)
        or "planning" not in {c.key for c in chips}  # a date beside it (timeline_cards)
        or any(_labelled(line) for line in above[start:])  # « Etape : » (colon_records)
    ):
        return None
    card = _Card(above[start].x0, above[start].top, bottom, first.page)
    card.title = [ln.text for ln in above[start:end]]
    card.description = [ln.text for ln in above[end:]]
    card.chips = chips
    card.lines = above[start:] + taken
    return card


def _grid_rows(cards: list[_Card]) -> bool:
    """Cards standing in a GRID (rows of cards whose tops align, each row under the tallest
    card of the row above), not in columns flowing down (masonry: each card right under the
    one above it). Told by a card under a SHORT card of the row above (shorter than that
    row's tallest by two lines or more) that still starts under the tallest; where every
    card stands under its row's tallest the two read alike, and columns are kept."""
    rows: list[list[_Card]] = []
    for card in sorted(cards, key=lambda c: c.top):
        if rows and abs(card.top - rows[-1][0].top) <= _ROW_LEVEL:
            rows[-1].append(card)
        else:
            rows.append([card])
    if len(rows) < 2:
        return False
    line = min(ln.size for c in cards for ln in c.lines)
    short = False
    for above, row in zip(rows, rows[1:], strict=False):
        lowest = max(c.bottom for c in above)
        if row[0].top < lowest:
            return False  # a card starting beside a card of the row above: columns
        for card in row:
            over = [c for c in above if abs(c.x0 - card.x0) <= _INSET]
            short = short or bool(over and lowest - over[0].bottom > 2 * line)
    return short


def _blocks(cards: list[_Card], left: list[Line], page: int) -> list[TableBlock]:
    """The cards as steps tables: one per band of cards (the lines left between two cards
    of a column, or across the page between them, start a new band), each band's cards
    column by column, down each column."""

    def band(card: _Card) -> int:
        return sum(1 for ln in left if ln.bottom <= card.top)

    groups: dict[int, list[_Card]] = {}
    for card in cards:
        groups.setdefault(band(card), []).append(card)
    blocks = []
    keys = ["step", "description", "planning", "budget", "owner", "partners"]
    for _, group in sorted(groups.items()):
        columns = sorted({round(c.x0 / 20) for c in group})
        if _grid_rows(group):  # a grid: row by row, across each row
            group.sort(key=lambda c: (round(c.top / _ROW_LEVEL), c.x0))
        else:
            group.sort(key=lambda c: (columns.index(round(c.x0 / 20)), c.top))
        rows = []
        for card in group:
            cells: dict[str, str | None] = {
                "step": join_wrapped(card.title),
                "description": join_wrapped(card.description) if card.description else "",
            }
            for chip in card.chips:
                cells[chip.key] = join_wrapped(chip.values)
            rows.append(TableRow(card.page, card.top, cells))
        top = min(c.top for c in group)
        block = TableBlock(page, top, max(c.bottom for c in group), keys, False, rows)
        block.whole_rows = True
        blocks.append(block)
    return blocks
