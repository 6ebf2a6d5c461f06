"""PICTOGRAM HEADERS: a progress table whose number columns are headed by a pictogram alone
(« ⚑ », « ✔ », « ◔ »), their labels given only in a legend line near the table (« ⚑ Points
restants   ✔ % Réalisé   ◔ % Programmé »). Read as printed, the header names no column and
the table is not found.

A legend line holds two pictograms or more, each followed by words naming a column; every
other line of the page holding two of those pictograms or more has each of them read as the
word of its label that names the column (« restants », « Réalisé », « Programmé »), in the
pictogram's place. A pictogram alone in a line's cells that no legend names stays as printed
(a row's marker: « ▼ », « ▶ »).
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from sources.cot.pages import _Page, _Word, with_words
from sources.values import fold

_STEMS = ("restant", "realise", "programme")


def _pictogram(text: str) -> bool:
    """One symbol glyph (no letter, digit nor punctuation a figure uses)."""
    return len(text) == 1 and unicodedata.category(text)[0] == "S" and text not in "%+<>=$€"


def _legend(line: list[_Word]) -> dict[str, str]:
    """Pictogram → the word naming its column, when ``line`` is a legend (two entries or
    more)."""
    entries: dict[str, str] = {}
    index = 0
    while index < len(line):
        word = line[index]
        if not _pictogram(word.text):
            index += 1
            continue
        label: list[_Word] = []
        index += 1
        while index < len(line) and not _pictogram(line[index].text):
            label.append(line[index])
            index += 1
        named = [w for w in label if fold(w.text).startswith(_STEMS)]
        if len(named) == 1:
            entries[word.text] = named[0].text
    return entries if len(entries) >= 2 else {}


def with_legend_keys(page: _Page) -> _Page:
    """``page`` with its header pictograms read as the words its legend gives them."""
    if not any(_pictogram(w.text) for w in page.words):
        return page  # (the cheap test first)
    keys: dict[str, str] = {}
    legends: set[int] = set()
    for index, line in enumerate(page.lines):
        found = _legend(line)
        if found:
            keys.update(found)
            legends.add(index)
    if not keys:
        return page
    changed: dict[int, _Word] = {}
    for index, line in enumerate(page.lines):
        if index in legends:
            continue
        marks = [w for w in line if w.text in keys]
        if len(marks) >= 2:
            changed.update({id(w): replace(w, text=keys[w.text]) for w in marks})
    return with_words(page, changed)
