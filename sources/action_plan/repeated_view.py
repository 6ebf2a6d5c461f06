"""Steps printed a second time under their table: a responsive page's other view, set aside.

A web page's theme may write each steps table twice — a desktop ``<table>`` and a mobile
list of cards — and switch between them by media queries that print gets wrong: both are
printed, the table then, right under it, every step again as a card (its name on a line,
then « Descriptif : … », « Planification : 2019 », « Porteur : … » lines). The cards say
nothing the table has not said; read as steps they would double every step (or, where a
description holds a numbered list, be read as other steps).

A CARD here is a line (or up to three wrapped lines) whose text is the step name of a row of
a steps table read on this page or on the last pages that had one, then lines each of whose
words is a word of that same row (a « Label : » opening a line aside) — one of them at least
opening with a steps column's label. A run of such cards is set aside when it ends where
something else begins: the page's end, or a heading or field label (the next fiche). A card
with one word the row lacks is no repeat: the run is kept, read as before. The lines set
aside are counted in an information issue naming the page.
"""

from __future__ import annotations

import re

from sources.action_plan.colon_records import colon_label
from sources.action_plan.line_kinds import _classify
from sources.pdf.content import Line, TableBlock
from sources.records import ParseIssue
from sources.values import fold

_WORD_RE = re.compile(r"[a-z0-9%€]+")
_NAME_LINES = 3  # a card's name wraps on this many lines at most
_PAGES = 2  # rows of the tables of the last pages holding one are looked for


def _words(text: str) -> set[str]:
    return set(_WORD_RE.findall(fold(text)))


class RepeatedViews:
    """Per document: sets aside the cards repeating the steps of tables read just before."""

    def __init__(self) -> None:
        self._recent: list[list[tuple[str, set[str]]]] = []  # per page with a steps table
        self._dropped: dict[int, int] = {}  # page → lines set aside

    def __call__(self, lines: list[Line], tables: list[TableBlock], page: int) -> list[Line]:
        rows = [
            (
                fold(row.cells.get("step") or ""),
                _words(" ".join(v for v in row.cells.values() if v)),
            )
            for table in tables
            if "step" in table.keys
            for row in table.rows
            if (row.cells.get("step") or "").strip()
        ]
        if rows:
            self._recent = [*self._recent, rows][-_PAGES:]
        known = [r for page_rows in self._recent for r in page_rows]
        if not known or not lines:
            return lines
        drop = _repeats(lines, known)
        if not drop:
            return lines
        self._dropped[page] = self._dropped.get(page, 0) + len(drop)
        return [line for k, line in enumerate(lines) if k not in drop]

    def issues(self) -> list[ParseIssue]:
        """One information issue for the document: the lines set aside, the pages named."""
        if not self._dropped:
            return []
        pages = sorted(self._dropped)
        where = f"page {pages[0]}" if len(pages) == 1 else f"pages {', '.join(map(str, pages))}"
        return [
            ParseIssue(
                "info",
                f"Étapes imprimées une seconde fois sous leur tableau (autre vue d'une page "
                f"web) : {sum(self._dropped.values())} lignes ignorées ({where}), les "
                f"tableaux étant lus",
                page=pages[0],
            )
        ]


def _card_name(lines: list[Line], i: int, known: list[tuple[str, set[str]]]) -> tuple[int, int]:
    """(row index, first line after the name) when a card's name starts at line ``i``;
    (-1, i) otherwise."""
    text = ""
    for k in range(i, min(i + _NAME_LINES, len(lines))):
        text = fold(f"{text} {lines[k].text}")
        if not text:
            break
        matches = [n for n, (name, _) in enumerate(known) if name == text]
        if matches:
            return matches[0], k + 1
        if not any(name.startswith(text + " ") for name, _ in known):
            break
    return -1, i


def _repeats_row(line: Line, words: set[str]) -> tuple[bool, bool]:
    """(every word of the line is one of the row's, the line opens with a column label)."""
    text = line.text
    label = colon_label(text)
    value = text[label[1] :] if label is not None else text
    return _words(value) <= words, label is not None


def _repeats(lines: list[Line], known: list[tuple[str, set[str]]]) -> set[int]:
    """Indexes of the lines of the runs of cards repeating ``known`` rows (module docstring)."""
    drop: set[int] = set()
    i = 0
    while i < len(lines):
        j, run = i, 0
        while True:
            row, k = _card_name(lines, j, known)
            if row < 0:
                break
            labelled = False
            while k < len(lines) and _card_name(lines, k, known)[0] < 0:
                same, opens = _repeats_row(lines[k], known[row][1])
                if not same:
                    break
                labelled = labelled or opens
                k += 1
            if not labelled:
                break
            j, run = k, run + 1
        if run and (j == len(lines) or _classify(lines[j]) is not None):
            drop.update(range(i, j))
            i = j
        else:
            i += 1
    return drop
