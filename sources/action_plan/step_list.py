"""Steps written as a NUMBERED LIST under the steps heading, with no table at all.

A common Word/Writer way to write a sheet's steps without a table: under « Modalités de mise
en oeuvre » each step is an item of an automatically numbered list (« 1. », « 2. »…), its
name the item's first line (its bold run when bold), then its description paragraphs at the
item's text edge, then a paragraph of « Label : valeur » pairs giving its other cells
(« Planification : 2020 — Ressources à mobiliser : 5 000 — Porteur : … — Partenaires : … »),
the pairs separated by a dash, a semicolon, a bullet or a line break, an empty value leaving
its label alone. The labels are the steps table's column labels (:mod:`sources.pdf.columns`),
or the question words « Quand », « Combien », « Qui », « Avec qui » standing alone as a label.
Such a list becomes a :class:`TableBlock` like any steps table; a numbered list that is not
under the steps heading, or whose items carry no labelled pairs, is left as text.

A TIMELINE is the same list with, instead of a number, each step's planning printed alone
in a column left of the items' text (a web page's vertical timeline: « 2019 » beside the
step name, no « Planification » label): an item starts at a line whose first segment, left
of the items' text edge, reads as a period (:func:`reads_as_period`: years, « 2020 et + »,
months, quarters…) and whose next segment starts the item's text. That value is the step's
planning, its wrapped rest (« - 2020 » under « 2019 ») read in the same column. A short
value there that reads as no period (a number, a word) starts no item.

A RUN-IN list has no marker at all: each step is a paragraph opened by its name in bold,
ended by a dash or a colon, its first description paragraph going on in the same paragraph
(:func:`runin_start`; a name too long for one line wrapped over a bold line above), its other
description paragraphs under it; then a DETAILS GRID of « label | value » cells gives its
other columns (:mod:`sources.action_plan.detail_grid`, also after a numbered or timeline
item). A grid closes its item: after it, only the next step goes on the list. Like any list,
it is kept only under the steps heading and when its items carry detail pairs.

A LEADER list sets each step as a table of contents is set: its name, a dot leader, a value
at the right margin (the column a COLUMN HEAD line above names there, « Planification »; a
period without one), its description under it, then detail lines « label ........ value »
(:mod:`sources.action_plan.leader_lines`; a name too long for one line wrapped over bold
lines above, a value wrapped at its tab stop). Detail lines end an item: after them, only the
next step goes on the list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from sources.action_plan.detail_grid import grid_goes_on, grid_pairs, grid_row
from sources.action_plan.leader_lines import column_head, leader_pair, leader_step, opens_bold
from sources.action_plan.line_kinds import _classify
from sources.action_plan.sheets import _join_parts, _Part
from sources.action_plan.stacked import label_group
from sources.pdf.cells import join_wrapped
from sources.pdf.columns import pair_label, question_pair_label
from sources.pdf.content import Line, Segment, TableBlock, TableRow
from sources.values import fold

_ALIGN = 3.0  # pt: items' numbers at one edge, their text at one edge
_LIST_BULLETS = frozenset("•·▪◦‣-–")  # a bullet alone in a pair line's first segment
_DETAIL_KEYS = frozenset(("planning", "budget", "owner", "partners"))
_MARKER_RE = re.compile(r"^(\d{1,2})([.)])$")  # « 1. » alone in its segment (a tab after it)
_MARKER_START_RE = re.compile(r"^(\d{1,2})([.)])\s+(?=\S)")  # « 1. Nom » in one segment
# « Étape 1 – Nom », « Etape 2 : Nom », « ÉTAPE 3. Nom »: a numbered step heading
_STEP_WORD_RE = re.compile(
    r"^(?:[ÉEée]tape|ÉTAPE|ETAPE)\s*(?:n\s*[°o.º]\s*)?(\d{1,2})\s*([–—:.)-])\s+(?=\S)"
)
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
_RUNIN_DASHES = frozenset("—–-")
_MAX_NAME_WORDS = 25


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
    if found is not None and found[0] is None:  # « Qui : », « Quand : »: question-word labels
        found = question_pair_label(text) or found
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
    state: str = "name"  # name | description | details | grid | leaders
    marker: list[str] = field(default_factory=list)  # a timeline's period, as printed
    grid: list[Line] = field(default_factory=list)  # lines of its details grid
    pairs: list[tuple[str, str]] = field(default_factory=list)  # read across leader dots
    leader_lines: list[Line] = field(default_factory=list)  # its detail lines with leaders


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
    runin: bool = False  # each item opened by a bold run-in name (no marker)
    leaders: bool = False  # each item opened by a name, a dot leader and a value
    value_key: str | None = None  # the column of the value after a name's leader


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
    match = _STEP_WORD_RE.match(seg.text)
    if match:  # the step word, its number and the dash are the marker
        text = line.text[match.end() :]
        marker = len(seg.text[: match.end()].split())
        x = seg.words[marker][0] if len(seg.words) > marker else seg.x0
        return int(match[1]), match[2], x, text, False
    return None


def _bare_item_start(line: Line, number: int) -> tuple[float, str, bool] | None:
    """(left edge of the item's text, the text, hanging) of a line opening item ``number``
    with its marker's punctuation lost (« 4 Créer… » for « 4. Créer… »: OCR drops a period
    after a digit), else None. Only looked for where that very number is due next."""
    seg = line.segments[0]
    if seg.text.strip() == str(number) and len(line.segments) > 1:
        rest = line.segments[1:]
        return rest[0].x0, " ".join(s.text for s in rest), True
    match = re.match(rf"^{number}\s+(?=[^\W\d])", seg.text)
    if match and len(seg.words) > 1:
        return seg.words[1][0], line.text[match.end() :], False
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


def _under_labels(above: Line, line: Line) -> bool:
    """Is ``line`` a line of values right under ``above``, a line of labels alone (labels
    over their values: a period there is a « Planification » value, no timeline's marker),
    its first segment starting at one of their left edges?"""
    group = label_group(above)
    return (
        group is not None
        and above.page == line.page
        and 0 <= line.top - above.bottom <= 1.5 * line.size
        and any(abs(line.segments[0].x0 - x) <= _ALIGN for _, x in group)
    )


def _without_first(line: Line) -> Line:
    """``line`` without its first segment (a timeline's period column)."""
    rest = line.segments[1:]
    return replace(line, segments=rest, x0=rest[0].x0, bold=all(s.bold for s in rest))


def runin_start(line: Line, wrapped: bool = False) -> tuple[str, float, str] | None:
    """(name, left edge of the text after it, that text) of a line opening a RUN-IN step: its
    first words set in bold, starting with a capital or a digit, ended by a dash or a colon
    (bold or not), plain text after it (the first description paragraph; none after a dash
    ending the line). No bold start, no dash nor colon right after the bold words, a whole
    bold line going on after them (a heading « Nom : sous-titre »), or a bold « Titre : »
    alone (a heading introducing what follows): None. ``wrapped``: the name's first line is
    the line above (this one may start in lower case)."""
    seg = line.segments[0]
    words = seg.words
    lead = seg.lead_bold
    if not words or not 0 < lead <= len(words):
        return None
    name = [w[2] for w in words[:lead]]
    rest = list(words[lead:])
    if name[-1] in _RUNIN_DASHES or name[-1] == ":":
        sep, name = name[-1], name[:-1]
    elif name[-1].endswith(":") and len(name[-1]) > 1:
        sep, name = ":", [*name[:-1], name[-1][:-1]]
    elif rest and (rest[0][2] in _RUNIN_DASHES or rest[0][2] == ":"):
        sep, rest = rest[0][2], rest[1:]
    else:
        return None
    capital = name[0][:1].isupper() or name[0][:1].isdigit() if name else False
    if not name or len(name) > _MAX_NAME_WORDS or not (capital or wrapped):
        return None
    texts = [w[2] for w in rest] + [s.text for s in line.segments[1:]]
    if not texts and sep == ":":
        return None
    x = rest[0][0] if rest else line.segments[1].x0 if len(line.segments) > 1 else line.x1
    return " ".join(name), x, " ".join(texts)


def _name_above(above: Line, line: Line) -> bool:
    """Is ``above`` the first line of the bold name ``line`` opens with (a name too long for
    one line): one bold segment at its left edge, in its size, right above it, no heading
    nor field label, starting with a capital or a digit, not ended by a colon or a full
    stop?"""
    return (
        above.page == line.page
        and (above.text[:1].isupper() or above.text[:1].isdigit())
        and len(above.segments) == 1
        and above.bold
        and abs(above.x0 - line.x0) <= _ALIGN
        and abs(above.size - line.size) <= 0.3
        and 0 <= line.top - above.bottom <= 0.8 * line.size
        and not above.text.rstrip().endswith((":", "."))
        and _classify(above) is None
    )


def _rest_line(line: Line, x: float, text: str) -> Line:
    """The part of ``line`` from ``x`` on, as one plain segment reading ``text``."""
    return replace(line, x0=x, bold=False, segments=[Segment(x, line.x1, text, False)])


def _leader_start(
    line: Line, value_key: str | None, wrapped: bool = False
) -> tuple[str, str, str] | None:
    """(name, column key, value) of a line opening a step set with a dot leader
    (:func:`~sources.action_plan.leader_lines.leader_step`): the value is the column
    ``value_key`` (named by a column head); without a column head, the name opens in bold
    and the value reads as a period (the planning). ``wrapped``: the name's first words are
    on lines above."""
    found = leader_step(line, wrapped)
    if found is None:
        return None
    name, value = found
    if value_key is None:
        if not opens_bold(line) or not reads_as_period(value):
            return None
        value_key = "planning"
    return name, value_key, value


def _leader_names(
    lines: list[Line], index: int, value_key: str | None
) -> tuple[list[Line], tuple[str, str, str]] | None:
    """The lines of a step's name set with a dot leader starting at ``lines[index]``: that
    line, or bold lines wrapped over the line holding the leader (at most two above it), and
    what :func:`_leader_start` reads on the last. Else None."""
    for count in range(3):
        if index + count >= len(lines):
            return None
        line = lines[index + count]
        if count and not _name_above(lines[index + count - 1], line):
            return None
        found = _leader_start(line, value_key, wrapped=count > 0)
        if found is not None:
            return lines[index : index + count + 1], found
        if _classify(line) is not None:
            return None
    return None


def _head_above(head: Line, line: Line) -> str | None:
    """The column ``head`` (a column head right above ``line``, on its page) names at the
    right of the step names (:func:`~sources.action_plan.leader_lines.column_head`)."""
    if head.page != line.page or not 0 <= line.top - head.bottom <= 3 * line.size:
        return None
    return column_head(head)


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
        taken: set[int] = set()  # lines read ahead of their turn (a details grid's)
        for index, line in enumerate(lines):
            if id(line) in taken:
                continue
            if run is not None and run.leaders and self._next_leader(run, lines, index, taken):
                continue
            if run is not None and self._extends(run, line):
                self._gather_grid(run, lines[index + 1 :], taken)
                continue
            if run is not None:
                left += self._close(run, blocks, page)
                run = None
            kind = _classify(line)
            if kind is not None:
                self.heading = kind.kind == "impl"
            start = _item_start(line) if self.heading and kind is None else None
            period = _period_start(line) if self.heading and kind is None else None
            if period is not None and left and _under_labels(left[-1], line):
                period = None  # a value under its « Planification » label: no timeline
            if start is None and period is not None:
                run = _Run(line.segments[0].x0, period[1], "", line.segments[0].bold, 0)
                run.period = True
                self._extends(run, line)
                continue
            if self.heading and kind is None and start is None and period is None:
                head = _head_above(left[-1], line) if left else None
                opened = _leader_names(lines, index, head)
                if opened is not None:
                    run = _Run(line.x0, line.x0, "", False, 0, leaders=True, value_key=head)
                    if head is not None:
                        run.lines.append(left.pop())  # the column head
                    self._leader_item(run, *opened)
                    taken.update(id(ln) for ln in opened[0][1:])
                    continue
            runin, above = None, None
            if self.heading and kind is None and start is None:
                above = left[-1] if left and _name_above(left[-1], line) else None
                runin = runin_start(line, above is not None)
            if runin is not None:
                run = _Run(line.x0, line.x0, "", False, 0, runin=True)
                if above is not None:
                    left.pop()
                self._runin_item(run, line, runin, above)
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
    @staticmethod
    def _runin_item(
        run: _Run, line: Line, found: tuple[str, float, str], above: Line | None
    ) -> None:
        """Open the run-in item ``line`` starts (``found``: its name, the left edge and text
        of what follows it; ``above``: the first line of its name, wrapped)."""
        name, x, rest = found
        first = above or line
        item = _Item(first.page, first.top, state="description")
        if above is not None:
            item.name.append(above)
            item.name_text.append(above.text)
            run.lines.append(above)
        item.name.append(line)
        item.name_text.append(name)
        if rest:
            item.description.append(_rest_line(line, x, rest))
        run.items.append(item)
        run.lines.append(line)

    @staticmethod
    def _leader_item(run: _Run, names: list[Line], found: tuple[str, str, str]) -> None:
        """Open the item whose name (``names``: its lines, the last holding the leader) and
        first value ``found`` reads."""
        name, key, value = found
        item = _Item(names[0].page, names[0].top, state="description")
        item.name = list(names)
        item.name_text = [ln.text for ln in names[:-1]] + [name]
        item.pairs.append((key, value))
        run.items.append(item)
        run.lines.extend(names)

    def _next_leader(self, run: _Run, lines: list[Line], index: int, taken: set[int]) -> bool:
        """Open the next item of a leader list at ``lines[index]`` (its name at the items'
        edge, close under the list), or take a column head repeated there. The lines read are
        added to ``taken``."""
        line = lines[index]
        if abs(line.x0 - run.item_x) > _ALIGN or not self._follows(run, line):
            return False
        if run.value_key is not None and column_head(line) == run.value_key:
            run.lines.append(line)  # the column head repeated (a new page)
            return True
        opened = _leader_names(lines, index, run.value_key)
        if opened is None:
            return False
        self._leader_item(run, *opened)
        taken.update(id(ln) for ln in opened[0][1:])
        return True

    @staticmethod
    def _follows(run: _Run, line: Line) -> bool:
        """Is ``line`` close enough under the list's last line (same page, or the next) to
        go on it?"""
        prev = run.lines[-1] if run.lines else None
        if prev is None:
            return True
        if prev.page == line.page and line.top - prev.bottom > 3 * line.size:
            return False
        return line.page in (prev.page, prev.page + 1)

    @staticmethod
    def _gather_grid(run: _Run, rest: list[Line], taken: set[int]) -> None:
        """After a line added to an item's details grid, the grid's other lines on the page
        read at once in the page's geometry (top to bottom), whatever their place in
        ``rest`` (the lines still to read): text columns may give the grid's left pairs,
        then a heading below it, then its right pairs. Stops at the first line below that
        is no part of the grid; the lines read are added to ``taken``."""
        item = run.items[-1] if run.items else None
        if item is None or not item.grid or item.grid[-1] is not run.lines[-1]:
            return
        page = item.grid[-1].page
        top = min(ln.top for ln in item.grid if ln.page == page) - 1
        ahead = [ln for ln in rest if ln.page == page and ln.top >= top and id(ln) not in taken]
        for line in sorted(ahead, key=lambda ln: (ln.top, ln.x0)):
            kind = _classify(line)
            if (kind is not None and kind.kind != "field") or not grid_goes_on(item.grid, line):
                return
            item.grid.append(line)
            run.lines.append(line)
            taken.add(id(line))

    def _extends(self, run: _Run, line: Line) -> bool:
        """Add ``line`` to ``run``: the next item, or the current item's name, description
        or labelled-pairs line."""
        prev = run.lines[-1] if run.lines else None
        if not self._follows(run, line):
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
        if run.runin and abs(line.x0 - run.body_x) <= _ALIGN and _classify(line) is None:
            item = run.items[-1] if run.items else None
            above = None
            if item is not None and item.description and item.description[-1] is prev:
                above = prev if prev is not None and _name_above(prev, line) else None
            found = runin_start(line, above is not None)
            if found is not None:
                if above is not None and item is not None:
                    item.description.pop()
                    run.lines.pop()
                self._runin_item(run, line, found, above)
                return True
        start = None if run.period or run.runin else _item_start(line)
        if (
            start is None
            and not run.period
            and not run.runin
            and run.punct
            and run.items
            and run.items[-1].state in ("details", "grid", "leaders")
        ):
            # the due number without its punctuation, the item before it complete (its
            # details read): a marker whose period OCR lost
            bare = _bare_item_start(line, run.next_no)
            if bare is not None and (not bare[2] or abs(bare[0] - run.body_x) <= _ALIGN):
                start = (run.next_no, run.punct, bare[0], bare[1], bare[2])
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
        if item.state == "leaders" and self._leader_goes_on(item, line):
            key, value = item.pairs[-1]
            item.pairs[-1] = (key, join_wrapped([value, line.text]) if value else line.text)
            item.leader_lines.append(line)
        elif (pair := leader_pair(line)) is not None:  # « Porteur ........ GACdG »
            item.state = "leaders"
            item.pairs.append(pair)
            item.leader_lines.append(line)
        elif item.state == "details" and self._goes_on(run, item, line):
            item.details.append(line)
        elif item.state == "grid" and grid_goes_on(item.grid, line):
            item.grid.append(line)
        elif _detail_keys(line.text):  # a labelled-pairs line
            item.state = "details"
            item.details.append(line)
        elif item.state != "grid" and grid_row(line) is not None:  # a details grid
            item.state = "grid"
            item.grid.append(line)
        elif item.state in ("grid", "leaders"):  # after its grid or its detail lines, only
            # the next item goes on the list
            return False
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
    def _leader_goes_on(item: _Item, line: Line) -> bool:
        """Is ``line`` the wrapped rest of the value of the item's last detail line: in its
        size, indented past the label's edge (the value's tab stop), close under it or at the
        top of the next page, no detail line of its own?"""
        prev = item.leader_lines[-1]
        if abs(line.size - prev.size) > 0.3 or line.x0 <= prev.x0 + _ALIGN:
            return False
        if line.page == prev.page:
            close = 0 <= line.top - prev.bottom <= 0.8 * line.size
        else:
            close = line.page == prev.page + 1
        return close and leader_pair(line) is None

    @staticmethod
    def _goes_on(run: _Run, item: _Item, line: Line) -> bool:
        """Is ``line`` the next line of the item's labelled-pairs paragraph: at its edge, in
        its size, close under it (or at the top of the next page), and a pair of its own
        (pairs on lines of their own) or the wrapped rest of a pair (the line above full, ended
        by a label, its colon or a separator, or this one going on in lower case or after a
        dash)?"""
        prev = item.details[-1]
        first = item.details[0]
        edges = [first.x0]
        if len(first.segments) > 1 and first.segments[0].text.strip() in _LIST_BULLETS:
            edges.append(first.segments[1].x0)  # a bulleted pair's text edge: its wrapped rest
        if abs(line.size - prev.size) > 0.3 or min(abs(line.x0 - x) for x in edges) > _ALIGN:
            return False
        if line.page == prev.page and line.top - prev.bottom > 0.8 * line.size:
            return False
        if pair_key(line.text) is not None or line.text[:1].islower():
            return True
        if line.text[:1] in "-–—+/&":  # « - 2020 » under « Planification : 2019 »: its value
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
        columns or more (at least one item); else give its lines back. A run-in list's last
        items carrying no pairs at all (a bold « Nota — … » after the last step's details)
        are no steps: their lines are given back."""
        texts = ["\n".join(ln.text for ln in it.details) for it in run.items]
        found = [
            it.pairs + (labelled_pairs(t) or []) + grid_pairs(it.grid)
            for t, it in zip(texts, run.items, strict=True)
        ]
        if not any(len({k for k, _ in p} & _DETAIL_KEYS) >= 2 for p in found):
            return run.lines
        given: list[Line] = []
        if run.runin and not found[-1]:
            kept = max(i for i, p in enumerate(found) if p) + 1
            start = next(i for i, ln in enumerate(run.lines) if ln is run.items[kept].name[0])
            given = run.lines[start:]
            found = found[:kept]
        rows: list[TableRow] = []
        for item, pairs in zip(run.items, found, strict=False):
            cells: dict[str, str | None] = {"step": join_wrapped(item.name_text).strip()}
            description = _join_parts(
                [_Part(ln.page, ln.top, ln.x0, ln.x1, ln.text) for ln in item.description]
            )
            cells["description"] = description or ""
            if item.marker:  # a timeline's period, printed without its label
                cells["planning"] = " ".join(item.marker)
            for key, value in pairs:
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
        block = TableBlock(page, top, top, keys, False, rows)
        block.whole_rows = run.runin or run.leaders  # each item a whole step, never the
        # rest of a row
        blocks.append(block)
        return given
