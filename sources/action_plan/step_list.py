"""Steps written as a NUMBERED LIST under the steps heading, with no table at all.

A common Word/Writer way to write a sheet's steps without a table: under « Modalités de mise
en oeuvre » each step is an item of an automatically numbered list (« 1. », « 2. »…), its
name the item's first line (its bold run when bold), then its description paragraphs at the
item's text edge, then a paragraph of « Label : valeur » pairs giving its other cells
(« Planification : 2020 — Ressources à mobiliser : 5 000 — Porteur : … — Partenaires : … »),
the pairs separated by a dash, a semicolon, a bullet or a line break, an empty value leaving
its label alone. The labels are the steps table's column labels (:mod:`sources.pdf.columns`).
Such a list becomes a :class:`TableBlock` like any steps table; a numbered list that is not
under the steps heading, or whose items carry no labelled pairs, is left as text.

A TIMELINE is the same list with, instead of a number, each step's planning printed alone
in a column left of the items' text (a web page's vertical timeline: « 2019 » beside the
step name, no « Planification » label): an item starts at a line whose first segment, left
of the items' text edge, reads as a period (:func:`reads_as_period`: years, « 2020 et + »,
months, quarters…) and whose next segment starts the item's text. That value is the step's
planning, its wrapped rest (« - 2020 » under « 2019 ») read in the same column. A short
value there that reads as no period (a number, a word) starts no item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sources.action_plan.line_kinds import _classify
from sources.action_plan.sheets import _join_parts, _Part
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import pair_label
from sources.pdf.content import Line, TableBlock, TableRow
from sources.values import fold

_ALIGN = 3.0  # pt: items' numbers at one edge, their text at one edge
_DETAIL_KEYS = frozenset(("planning", "budget", "owner", "partners"))
_MARKER_RE = re.compile(r"^(\d{1,2})([.)])$")  # « 1. » alone in its segment (a tab after it)
_MARKER_START_RE = re.compile(r"^(\d{1,2})([.)])\s+(?=\S)")  # « 1. Nom » in one segment
# between two pairs: a dash or en dash set off by spaces, a semicolon, a bullet, a bar, or the
# end of a line (pairs on lines of their own); kept so a value holding one is rebuilt whole
_SEPARATOR_RE = re.compile(r"(\s+[—–-]\s+|\s*[—–]\s*|\s*[;•·▪|]\s*|\s*\n\s*)")


_MONTHS = frozenset(
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre "
    "janv fevr fev avr juil sept oct nov dec".split()
)
# words a period may hold besides years and months: quarters, halves, seasons, connectors
_PERIOD_WORDS = frozenset(
    "et a au aux de du d des en fin debut mi partir depuis jusqu jusqu'a jusqu'en puis "
    "des l la le an ans annee annees trimestre semestre printemps ete automne hiver "
    "t1 t2 t3 t4 s1 s2 + - / – — ...".split()
)
_PERIOD_TOKEN_RE = re.compile(r"[+/–—-]|[^\s+/–—-]+")


def reads_as_period(text: str) -> bool:
    """Does ``text`` (a short value printed alone, without label) read as a period: a year
    (2000–2060) or a month, with nothing but other years, months, quarters, seasons and
    connecting words (« 2020 et + », « 2019 - 2020 », « mars 2021 », « T2 2024 », « à partir
    de 2023 »)? A figure (« 5 000 », « 18 »), a name or a sentence is none."""
    if not text.strip() or len(text) > 32:
        return False
    tokens = _PERIOD_TOKEN_RE.findall(fold(text).replace("'", " "))
    if not tokens or len(tokens) > 7:
        return False
    anchored = False
    for token in tokens:
        if re.fullmatch(r"20[0-6]\d", token) or token in _MONTHS:
            anchored = True
        elif not (token in _PERIOD_WORDS or re.fullmatch(r"\d{2}", token)):
            return False
    return anchored


def pair_key(text: str) -> str | None:
    """Column key of the « Label : » opening ``text`` (« Ressources à mobiliser : 5 000 »
    → ``budget``): a short label naming a steps column, followed by a colon. Else None."""
    found = pair_label(text)
    return None if found is None or found[0] == "no" else found[0]


def labelled_pairs(text: str) -> list[tuple[str, str]] | None:
    """The « Label : valeur » pairs of ``text`` (its lines joined by line breaks), in their
    order: cut at a separator followed by a steps-column label and a colon, so a separator
    inside a value (« 2019 - 2020 », « GACdG : Service… ») stays in it; a value's wrapped
    lines joined. None when ``text`` does not start with such a label."""
    pieces = _SEPARATOR_RE.split(text)
    pairs: list[tuple[str, list[str]]] = []
    pending = ""  # a separator met inside the current value
    for index, piece in enumerate(pieces):
        if index % 2:  # a separator
            pending += piece
            continue
        if (
            index + 2 < len(pieces)
            and "\n" in pieces[index + 1]
            and piece.strip()
            and pair_key(piece) is None
            and pair_key(f"{piece} {pieces[index + 2].lstrip()}") is not None
        ):  # « Partenaires » / « envisagés : … »: a label wrapped at the line end
            pieces[index + 2] = f"{piece} {pieces[index + 2].lstrip()}"
            pieces[index + 1] = ""
            continue
        key = pair_key(piece) if piece.strip() else None
        if key is not None:
            value = piece[piece.index(":") + 1 :]
            pairs.append((key, [value]))
        elif not pairs:
            if piece.strip():
                return None
        else:
            pairs[-1][1].append(pending + piece)
        pending = ""
    out: list[tuple[str, str]] = []
    for key, parts in pairs:
        value = "".join(parts)
        lines = [" ".join(ln.split()) for ln in value.split("\n")]
        text_value = join_wrapped([ln for ln in lines if ln]) if any(lines) else ""
        out.append((key, text_value.strip(" —–-;•·▪|")))
    return out or None


def _detail_keys(text: str) -> set[str]:
    pairs = labelled_pairs(text) or []
    return {k for k, _ in pairs} & _DETAIL_KEYS


@dataclass
class _Item:
    page: int
    top: float
    name: list[Line] = field(default_factory=list)
    name_text: list[str] = field(default_factory=list)
    description: list[Line] = field(default_factory=list)
    details: list[Line] = field(default_factory=list)
    state: str = "name"  # name | description | details
    marker: list[str] = field(default_factory=list)  # a timeline's period, as printed


@dataclass
class _Run:
    item_x: float
    body_x: float  # left edge of the items' lines (their text edge under a hanging number)
    punct: str
    bold: bool  # the items' numbers in bold
    next_no: int
    lines: list[Line] = field(default_factory=list)
    items: list[_Item] = field(default_factory=list)
    period: bool = False  # a timeline: each item opened by its period in a left column


def _item_start(line: Line) -> tuple[int, str, float, str, bool] | None:
    """(number, its punctuation, left edge of the item's text, the text, hanging) of a line
    opening a numbered item, else None."""
    seg = line.segments[0]
    match = _MARKER_RE.match(seg.text.strip())
    if match and len(line.segments) > 1:
        rest = line.segments[1:]
        return int(match[1]), match[2], rest[0].x0, " ".join(s.text for s in rest), True
    match = _MARKER_START_RE.match(seg.text)
    if match:
        text = line.text[match.end() :]
        x = seg.words[1][0] if len(seg.words) > 1 else seg.x0
        return int(match[1]), match[2], x, text, False
    return None


def _period_start(line: Line) -> tuple[str, float, str] | None:
    """(period, left edge of the item's text, the text) of a timeline line: its first
    segment alone left of the rest, reading as a period (:func:`reads_as_period`), the rest
    the item's text. Else None."""
    if len(line.segments) < 2:
        return None
    first, rest = line.segments[0], line.segments[1:]
    if first.x1 > rest[0].x0 - 0.5 * line.size or not reads_as_period(first.text):
        return None
    return first.text.strip(), rest[0].x0, " ".join(s.text for s in rest)


def _without_first(line: Line) -> Line:
    """``line`` without its first segment (a timeline's period column)."""
    rest = line.segments[1:]
    return replace(line, segments=rest, x0=rest[0].x0, bold=all(s.bold for s in rest))


class ListedSteps:
    """Numbered lists of steps under the steps heading, read into steps tables, page after
    page. Call on each page's lines: returns the lines left and the tables read. A list
    reaching the bottom of a page is kept (its last step may go on at the top of the next
    page) until the next page has been read; call :meth:`flush` at the end."""

    def __init__(self) -> None:
        self.heading = False  # under a steps heading (no other heading nor field since)
        self.open: _Run | None = None

    def __call__(self, lines: list[Line], page: int) -> tuple[list[Line], list[TableBlock]]:
        left: list[Line] = []
        blocks: list[TableBlock] = []
        run, self.open = self.open, None
        for line in lines:
            if run is not None and self._extends(run, line):
                continue
            if run is not None:
                left += self._close(run, blocks, page)
                run = None
            kind = _classify(line)
            if kind is not None:
                self.heading = kind.kind == "impl"
            start = _item_start(line) if self.heading and kind is None else None
            period = _period_start(line) if self.heading and kind is None else None
            if start is None and period is not None:
                run = _Run(line.segments[0].x0, period[1], "", line.segments[0].bold, 0)
                run.period = True
                self._extends(run, line)
                continue
            if start is None:
                left.append(line)
                continue
            number, punct, text_x, text, hanging = start
            run = _Run(
                line.segments[0].x0,
                text_x if hanging else line.segments[0].x0,
                punct,
                line.segments[0].bold,
                number,
            )
            self._extends(run, line)
        if run is not None:
            self.open = run  # its last step may go on at the top of the next page
        return left, blocks

    def flush(self) -> tuple[list[Line], list[TableBlock]]:
        """The list kept for a next page that never came."""
        run, self.open = self.open, None
        if run is None:
            return [], []
        blocks: list[TableBlock] = []
        left = self._close(run, blocks, run.lines[-1].page)
        return left, blocks

    # ---------------------------------------------------------------- helpers
    def _extends(self, run: _Run, line: Line) -> bool:
        """Add ``line`` to ``run``: the next item, or the current item's name, description
        or labelled-pairs line."""
        prev = run.lines[-1] if run.lines else None
        if prev is not None and prev.page == line.page and line.top - prev.bottom > 3 * line.size:
            return False
        if prev is not None and line.page not in (prev.page, prev.page + 1):
            return False
        if run.period:
            if run.items and self._marker_goes_on(run, run.items[-1], line):
                run.items[-1].marker.append(line.segments[0].text.strip())
                if self._add(run, _without_first(line)):
                    run.lines.append(line)
                    return True
                run.items[-1].marker.pop()
                return False
            period = _period_start(line)
            if period is not None and abs(period[1] - run.body_x) <= _ALIGN:
                item = _Item(line.page, line.top, marker=[period[0]])
                item.name.append(line)
                item.name_text.append(period[2])
                run.items.append(item)
                run.lines.append(line)
                return True
        start = None if run.period else _item_start(line)
        if (
            start is not None
            and start[0] == run.next_no
            and start[1] == run.punct
            and abs(line.segments[0].x0 - run.item_x) <= _ALIGN
            and line.segments[0].bold == run.bold
        ):
            item = _Item(line.page, line.top)
            item.name.append(line)
            item.name_text.append(start[3])
            run.items.append(item)
            run.next_no += 1
            run.lines.append(line)
            return True
        if self._add(run, line):
            run.lines.append(line)
            return True
        return False

    @staticmethod
    def _marker_goes_on(run: _Run, item: _Item, line: Line) -> bool:
        """Is ``line`` the next line of ``item`` opening with the wrapped rest of its period
        (« - 2020 » under « 2019 ») in the period column, the rest at the items' text edge?"""
        if len(line.segments) < 2 or not item.marker or line.page != run.lines[-1].page:
            return False
        prev = run.lines[-1]  # the item's line above holds its period so far
        if prev.segments[0].x1 >= run.body_x - 0.5 * prev.size or prev.top < item.top:
            return False
        first, second = line.segments[0], line.segments[1]
        return (
            first.x1 < run.body_x - 0.5 * line.size
            and abs(second.x0 - run.body_x) <= _ALIGN
            and line.top - run.lines[-1].bottom <= 0.8 * line.size
            and reads_as_period(" ".join([*item.marker, first.text]))
        )

    def _add(self, run: _Run, line: Line) -> bool:
        """Add ``line`` to the current item: its name, description or labelled-pairs line."""
        if not run.items or line.x0 < run.body_x - _ALIGN:
            return False
        item = run.items[-1]
        kind = _classify(line)
        if kind is not None and kind.kind != "field":  # a heading ends the list
            return False
        if item.state == "details" and self._goes_on(run, item, line):
            item.details.append(line)
        elif _detail_keys(line.text):  # a labelled-pairs line
            item.state = "details"
            item.details.append(line)
        elif kind is not None:  # a field label
            return False
        elif (
            item.state == "name"
            and item.name[0].bold
            and line.bold
            and abs(line.size - item.name[0].size) <= 0.3
        ):  # a bold name wrapped
            item.name.append(line)
            item.name_text.append(line.text)
        else:
            item.state = "description" if item.state == "name" else item.state
            item.description.append(line)
        return True

    @staticmethod
    def _goes_on(run: _Run, item: _Item, line: Line) -> bool:
        """Is ``line`` the next line of the item's labelled-pairs paragraph: at its edge, in
        its size, close under it (or at the top of the next page), and a pair of its own
        (pairs on lines of their own) or the wrapped rest of a pair (the line above full, ended
        by a label, its colon or a separator, or this one going on in lower case)?"""
        prev = item.details[-1]
        if abs(line.size - prev.size) > 0.3 or abs(line.x0 - item.details[0].x0) > _ALIGN:
            return False
        if line.page == prev.page and line.top - prev.bottom > 0.8 * line.size:
            return False
        if pair_key(line.text) is not None or line.text[:1].islower():
            return True
        if re.search(r"[:—–;•·|-]\s*$", prev.text):
            return True
        right = max(ln.x1 for ln in run.lines + [line])
        first = line.segments[0].words[0] if line.segments[0].words else None
        width = first[1] - first[0] if first else 0.5 * line.size * len(line.text.split()[0])
        return prev.x1 + width + 2 * line.size >= right

    @staticmethod
    def _close(run: _Run, blocks: list[TableBlock], page: int) -> list[Line]:
        """Keep ``run`` as a steps table when its items carry labelled pairs naming two detail
        columns or more (at least one item); else give its lines back."""
        texts = ["\n".join(ln.text for ln in it.details) for it in run.items]
        if not any(len(_detail_keys(t)) >= 2 for t in texts):
            return run.lines
        rows: list[TableRow] = []
        for item, text in zip(run.items, texts, strict=True):
            cells: dict[str, str | None] = {"step": join_wrapped(item.name_text).strip()}
            description = _join_parts(
                [_Part(ln.page, ln.top, ln.x0, ln.x1, ln.text) for ln in item.description]
            )
            cells["description"] = description or ""
            if item.marker:  # a timeline's period, printed without its label
                cells["planning"] = " ".join(item.marker)
            for key, value in labelled_pairs(text) or []:
                if key == "description" and cells["description"]:
                    cells[key] = f"{cells[key]}\n{value}" if value else cells[key]
                elif key == "step" and cells["step"]:
                    continue
                elif cells.get(key):
                    cells[key] = f"{cells[key]} {value}".strip()
                else:
                    cells[key] = value
            rows.append(TableRow(item.page, item.top, cells))
        keys = list(dict.fromkeys(k for r in rows for k in r.cells))
        top = rows[0].top if rows[0].page == page else 0.0
        blocks.append(TableBlock(page, top, top, keys, False, rows))
        return []
