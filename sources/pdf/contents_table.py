"""A TABLE OF CONTENTS is navigation, not content: its entries are found and set aside.

A word processor's automatic table of contents (Word « Références › Table des matières »,
Writer « Index et tables ») prints one ENTRY per heading of the body: the heading's text, a tab
to a RIGHT-ALIGNED tab stop at the text's right edge, most often with a LEADER (dots, dashes,
an underscore line), then the number of the page the heading prints on. A long entry wraps
under itself, its number on its last line. Read as content, each entry would be a heading of
its own (a sheet heading met before the sheet, then met again in the body).

A page holds a table of contents when at least :data:`_MIN_ENTRIES` of its lines end in a page
number (1 to 999) set after a leader of four characters or more, or alone in a segment of its
own after a wide gap (a tab stop without leader), with:

* the numbers' right edges aligned (one right tab stop) — numbers ragged at the right end of
  running text are no page numbers;
* the numbers never going down in reading order (the body's order);
* most entries' first words (two at least) recurring in the pages after it (the headings it
  lists).

Its lines run from the first entry to the last numbered line: the lines between two numbered
lines are the first lines of a wrapped entry; a line right above the first numbered line, at its
indent, in its size and closer than a line's gap, is the first line of that entry. A title over
the table (« Sommaire ») stays a line of the page. A table of contents spanning pages goes on
on the page after one holding a table: there one entry at the same tab stop is enough, its
number not below the last one (:class:`ContentsPages`).

A TABLE OF CONTENTS WITHOUT PAGE NUMBERS is printed by a browser from a web page or a
converter's HTML (pandoc's ``--toc``, a CMS's « Sommaire » block, a wiki's contents box): one
LINK per heading of the body, nested lists, no leader, no number — a page has no page number
to give. Read as content its entries would open every sheet ahead of its body
(:func:`heading_entries`). Its entries are told by what they repeat: each starts like a LINE
of a later page (the heading it links to, :class:`LineStarts`), a long entry wrapping under
itself (its lines together found again later). A page holds such a table when a run of such
lines, one segment each in one type size, holds at least :data:`_MIN_ENTRIES` entries found
again on EXACTLY ONE later line, those lines on as many different pages, in the run's order:
a body's headings are printed once each, page after page, while repeated labels (« Contexte »)
recur on every sheet and text copied between two sheets recurs on one page. It goes on at the
top of the page after, where one such entry is then enough.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from sources.pdf.content import Line
from sources.values import fold

_MIN_ENTRIES = 3
_MAX_PAGE_NO = 999
_ALIGN_TOL = 3.0  # pt: the numbers' right edges, right-aligned on one tab stop
_FIRST_WORDS = 6  # words of an entry looked for in the pages after the table
# a page number closing a line after a leader: four leader characters or more (a single
# space allowed between them), glued to the words before or not
_LEADER_NO_RE = re.compile(r"^(.*?)\s*[.·…_\-‒–—](?:\s?[.·…_\-‒–—]){3,}\s*(\d{1,3})$")
_NUMBER_RE = re.compile(r"^\d{1,3}$")
# a table's title, never the first line of its first entry
_TITLES = {"sommaire", "table des matieres", "contents", "table of contents", "index"}


@dataclass
class ContentsEntry:
    """One entry of a table of contents: its lines' text without leader nor page number."""

    text: str
    page_no: int | None  # None: a line of the table with no page number (a group title)
    lines: list[Line]


def _numbered(line: Line) -> tuple[str, int] | None:
    """(text before, page number) of a line ending in a page number set after a leader or
    alone after a wide gap (a segment of its own); else None."""
    text = line.text.rstrip()
    match = _LEADER_NO_RE.match(text)
    if match:
        before, number = match.group(1).strip(), int(match.group(2))
    elif len(line.segments) >= 2 and _NUMBER_RE.match(line.segments[-1].text.strip()):
        before = " ".join(s.text for s in line.segments[:-1]).strip()
        number = int(line.segments[-1].text)
        if not re.search(r"[^\W\d_]", before):  # a row of figures, no entry's text
            return None
    else:
        return None
    if not 1 <= number <= _MAX_PAGE_NO:
        return None
    return before, number


def _aligned(numbered: dict[int, tuple[str, int]], lines: list[Line]) -> list[int]:
    """Indexes of the numbered lines sharing the most common right edge (one tab stop)."""
    best: list[int] = []
    for index in numbered:
        edge = lines[index].x1
        group = [i for i in numbered if abs(lines[i].x1 - edge) <= _ALIGN_TOL]
        if len(group) > len(best):
            best = group
    return sorted(best)


def _wraps_into(above: Line, line: Line) -> bool:
    """Is ``above`` the first line of the entry whose last line is ``line`` (same indent,
    same size, closer than a line's gap)?"""
    return (
        above.page == line.page
        and abs(above.x0 - line.x0) <= 2.0
        and abs(above.size - line.size) <= 0.5
        and 0 <= line.top - above.bottom < 0.6 * line.size
    )


def _recur(entries: list[ContentsEntry], later: str, least: int) -> bool:
    """Do most entries' first words (two at least; one for ``least`` 1, a table going on)
    recur in ``later`` (the folded text of the pages after the table)?"""
    padded = f" {later} "
    found = 0
    for entry in entries:
        words = fold(entry.text).split()[:_FIRST_WORDS]
        if words and f" {' '.join(words)} " in padded:
            found += 1
    if least == 1:  # a table going on from the page before: one heading found is enough
        return found >= 1
    return found >= 2 and 2 * found > len(entries)


def contents_entries(
    lines: list[Line], later: Callable[[], str], going_on: tuple[float, int] | None = None
) -> list[ContentsEntry]:
    """The entries of the table of contents on a page (``lines`` in reading order; ``later``
    gives the folded text of the pages after it), or [] when the page holds none.
    ``going_on``: (tab stop, last page number) of a table of contents filling the page before,
    which one entry at that tab stop goes on."""
    numbered = {i: found for i, line in enumerate(lines) if (found := _numbered(line))}
    if going_on is not None:
        stop, last = going_on
        ends = [i for i in sorted(numbered) if abs(lines[i].x1 - stop) <= _ALIGN_TOL]
        least, numbers = 1, [last] + [numbered[i][1] for i in ends]
    else:
        ends = _aligned(numbered, lines) if len(numbered) >= _MIN_ENTRIES else []
        least, numbers = _MIN_ENTRIES, [numbered[i][1] for i in ends]
    if len(ends) < least:
        return []
    if any(b < a for a, b in zip(numbers, numbers[1:], strict=False)):
        return []
    entries: list[ContentsEntry] = []
    first = ends[0]
    while (
        first > 0
        and first - 1 not in numbered
        and _wraps_into(lines[first - 1], lines[first])
        and fold(lines[first - 1].text) not in _TITLES
    ):
        first -= 1
    start = first
    for end in ends:
        begin = end
        while (
            begin > start
            and begin - 1 not in numbered
            and _wraps_into(lines[begin - 1], lines[begin])
        ):
            begin -= 1
        for index in range(start, begin):  # a line of the table of no entry of its own
            # (a group title without a number, a number off the tab stop)
            before = numbered[index][0] if index in numbered else lines[index].text
            entries.append(ContentsEntry(" ".join(before.split()), None, [lines[index]]))
        own = lines[begin : end + 1]
        texts = [ln.text for ln in own[:-1]] + [numbered[end][0]]
        entries.append(ContentsEntry(" ".join(" ".join(texts).split()), numbered[end][1], own))
        start = end + 1
    listed = [e for e in entries if e.page_no is not None]
    if 2 * (len(entries) - len(listed)) > len(listed):  # text between a few numbered lines
        return []
    if not _recur(listed, later(), least):
        return []
    return entries


def without_contents(lines: list[Line], entries: list[ContentsEntry]) -> list[Line]:
    """``lines`` less those of the table of contents' ``entries``."""
    taken = {id(ln) for entry in entries for ln in entry.lines}
    return [ln for ln in lines if id(ln) not in taken]


class PagesAfter:
    """The folded text of the pages after a page (``texts``: each page's text), each page
    folded once and only when a page may hold a table of contents."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._folded: dict[int, str] = {}

    def __call__(self, index: int) -> str:
        """The folded text of the pages after page ``index`` (0-based)."""
        for i in range(index + 1, len(self.texts)):
            if i not in self._folded:
                self._folded[i] = fold(self.texts[i])
        return " ".join(self._folded[i] for i in range(index + 1, len(self.texts)))


class ContentsPages:
    """Call on each page's lines, in page order: the entries of the page's table of contents,
    with page numbers or without (:func:`heading_entries`). A table of contents spanning
    pages goes on on a page after a page holding one: there one entry at the same tab stop,
    its number not below the last one, is enough; without numbers, one entry opening the
    page after a table reaching the foot of the page before."""

    def __init__(self, texts: list[str]) -> None:
        self.after = PagesAfter(texts)
        self.starts = LineStarts(texts)
        self.going_on: tuple[float, int] | None = None
        self.headings_on = False  # a table without page numbers reached the page's foot

    def __call__(self, lines: list[Line], index: int) -> list[ContentsEntry]:
        """The entries on page ``index`` (0-based), [] when it holds none."""
        later = partial(self.after, index)
        entries = contents_entries(lines, later, self.going_on) if self.going_on else []
        entries = entries or contents_entries(lines, later)
        numbered = [e for e in entries if e.page_no is not None]
        self.going_on = None
        if numbered:
            stops = sorted(e.lines[-1].x1 for e in numbered)
            self.going_on = (stops[len(stops) // 2], numbered[-1].page_no or 0)
        going_on, self.headings_on = self.headings_on, False
        if not entries and lines:
            entries = heading_entries(lines, index, self.starts, later, going_on)
            last = max(lines, key=lambda ln: ln.bottom)
            self.headings_on = bool(entries) and entries[-1].lines[-1] is last
        return entries


class LineStarts:
    """The pages (0-based) on which a line starts with given words: every line of every page,
    folded, indexed by its first one to :data:`_FIRST_WORDS` words, built once when first
    asked."""

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self._pages: dict[str, list[int]] | None = None

    def pages(self, key: str) -> list[int]:
        """The pages holding a line whose folded words start with ``key`` (one per line, in
        page order)."""
        if not key:
            return []
        if self._pages is None:
            self._pages = {}
            for index, text in enumerate(self.texts):
                for key in _line_starts(text.splitlines()):
                    self._pages.setdefault(key, []).append(index)
        return self._pages.get(key, [])


def _key(line: Line) -> str:
    """The first words of ``line`` a later line must start with to be its heading."""
    return " ".join(fold(line.text).split()[:_FIRST_WORDS])


def _starts_here(lines: list[Line]) -> dict[str, list[int]]:
    """The page's lines (their places in ``lines``) by their first one to
    :data:`_FIRST_WORDS` folded words, as :class:`LineStarts` indexes the document's."""
    out: dict[str, list[int]] = {}
    texts = [line.text for line in lines]
    for j in range(len(texts)):
        for key in _line_starts(texts[j : j + 2], first=True):
            out.setdefault(key, []).append(j)
    return out


def _line_starts(texts: list[str], first: bool = False) -> list[str]:
    """Every line's first one to :data:`_FIRST_WORDS` folded words (one key per line and
    length), a short line's going on with the next line's words: a heading set as its code
    on a line of its own (« FICHE 1.1.2 » over « Objectif opérationnel : … ») starts like the
    one-line entry listing it. ``first``: the first line's keys only."""
    folded = [fold(text).split() for text in texts]
    keys: list[str] = []
    for j, words in enumerate(folded[:1] if first else folded):
        joined = words if len(words) >= _FIRST_WORDS else words + sum(folded[j + 1 : j + 2], [])
        keys.extend(" ".join(joined[:n]) for n in range(1, min(len(joined), _FIRST_WORDS) + 1))
    return keys


_SIZE_TOL = 0.6  # pt: the lines of one table of contents are set in one type size


def heading_entries(
    lines: list[Line],
    index: int,
    starts: LineStarts,
    later: Callable[[], str],
    going_on: bool = False,
) -> list[ContentsEntry]:
    """The entries (no page number) of a table of contents WITHOUT page numbers on page
    ``index`` (0-based; ``lines`` in reading order, ``starts`` the document's line starts,
    ``later`` the folded text of the pages after it), or [] when the page holds none.
    ``going_on``: the page before ended in such a table, which a run of entries opening this
    page goes on with one entry found once later."""
    found: list[list[int]] = []  # per line: the later pages a line starts like it on
    here = _starts_here(lines)
    for i, line in enumerate(lines):
        if len(line.segments) != 1:
            found.append([])
            continue
        key = _key(line)
        starting = starts.pages(key)
        # a box floated beside the page's first heading lists it: found after it on its page
        same = [index for j in here.get(key, []) if j > i]
        found.append(same + starting[bisect_right(starting, index) :])  # pages in page order
    once = [len(later_lines) == 1 for later_lines in found]
    if sum(once) < (1 if going_on else _MIN_ENTRIES):
        return []
    text = ""  # the later pages' folded text, read once a wrapped entry has to be found
    entries: list[ContentsEntry] = []
    run: list[ContentsEntry] = []
    pages: list[int] = []  # the later page of each entry of the run found once

    def close() -> None:
        nonlocal run, pages
        first = bool(run) and run[0].lines[0] is lines[0]
        least = 1 if going_on and first else _MIN_ENTRIES
        if len(set(pages)) >= least and pages == sorted(pages):
            entries.extend(run)
        run, pages = [], []

    def wraps(i: int) -> bool:  # the run's last entry wrapped under itself (lines[i])?
        nonlocal text
        line = lines[i]
        text = text or f" {later()} "
        entry = f" {fold(run[-1].text + ' ' + line.text)} "
        if (
            entry not in text
            and entry not in f" {' '.join(fold(ln.text) for ln in lines[i + 1 :])} "
        ):
            return False
        run[-1].text = " ".join(f"{run[-1].text} {line.text}".split())
        run[-1].lines.append(line)
        return True

    for i, line in enumerate(lines):
        if run and abs(line.size - run[0].lines[0].size) > _SIZE_TOL:
            close()  # another type size: the table's run ends
        if found[i]:
            # a line at its entry's indent may start a later line and still be its wrapped
            # end (« circulaire » under « … l'économie »); at another indent it is an entry
            if run and abs(line.x0 - run[-1].lines[0].x0) <= 2.0 and wraps(i):
                continue
            if run or once[i] or (going_on and i == 0):  # a run opens on a heading found
                # once (or at the page's top, going on)
                run.append(ContentsEntry(" ".join(line.text.split()), None, [line]))
                pages += found[i][:1] if once[i] else []
            continue
        if run and len(line.segments) == 1 and wraps(i):
            continue
        close()
    close()
    return entries
