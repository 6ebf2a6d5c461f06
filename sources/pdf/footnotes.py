"""Footnote calls: a small number raised above the baseline, glued to the word it follows.

A word processor's footnote (Writer's ``text:note``, Word's footnote reference) prints its
call as a superscript number glued to the end of a heading or a label (« Modalités de mise
en oeuvre¹ », « Ressources à mobiliser² »). Read as plain digits the call makes the label
another word (« oeuvre1 »): the call is told by its typography — a size well under the
word's and a baseline raised above the word's — kept as superscript digits in the text
(« m² » stays a unit), and left out when a label or heading is matched. The notes
themselves, at the page's foot under the separator rule, are no text of the page's flow.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from sources.pdf.content import Line
from sources.pdf.rules import horizontal_rules

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_TO_SUPERSCRIPT = str.maketrans("0123456789", _SUPERSCRIPTS)
_FROM_SUPERSCRIPT = str.maketrans(_SUPERSCRIPTS, "0123456789")
_ANY_CALL_RE = re.compile(f"[{_SUPERSCRIPTS}]")
_CALLS_RE = re.compile(f"(?<=\\S)[{_SUPERSCRIPTS}]+(?=[\\s:.,;)]|$)")
_SMALL = 0.8  # the call's size at most this much of the word's
_RAISED = 0.2  # its bottom above the word's by at least this much of the word's size


# a lower-case roman numeral up to 399 (Writer's default endnote numbering: i, ii … xii)
_ROMAN_RE = re.compile(r"(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(text: str) -> int | None:
    """The value of ``text``, a lower-case roman numeral (« xii » → 12), else None."""
    if not text or _ROMAN_RE.fullmatch(text) is None:
        return None
    values = [_ROMAN[ch] for ch in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def is_call(word: dict[str, Any], call: dict[str, Any]) -> bool:
    """Is ``call`` (a word glued after ``word``) a footnote call: one to three digits, or a
    lower-case roman numeral (an endnote's), set smaller than ``word`` and raised above its
    baseline (a subscript, « CO₂ », sits lower; a superscript ordinal, « 1er », « XXe », is
    letters that make no numeral)?"""
    text = str(call.get("text", ""))
    if not ((1 <= len(text) <= 3 and text.isdigit()) or roman_value(text) is not None):
        return False
    size, word_size = float(call.get("size") or 0.0), float(word.get("size") or 0.0)
    if not 0 < size <= _SMALL * word_size:
        return False
    return float(call["bottom"]) <= float(word["bottom"]) - _RAISED * word_size


def as_call(digits: str) -> str:
    """``digits`` (or a roman numeral: its number) as superscript digits: the call stays in
    the text, apart from the word."""
    roman = None if digits.isdigit() else roman_value(digits)
    return (str(roman) if roman is not None else digits).translate(_TO_SUPERSCRIPT)


def mark_calls(chars: list[dict[str, Any]]) -> None:
    """The characters of footnote calls in ``chars`` (a page's, in drawing order) given
    their superscript digit, in place: a grid cell's text, read from the characters, then
    holds « Etape¹ » as the page's lines do, and its label is matched without the call.
    One pass; a call's later digits follow its first one at its size and height."""
    prev: dict[str, Any] | None = None
    called: dict[str, Any] | None = None  # the last character marked, for a call's next digit
    for char in chars:
        text = char.get("text", "")
        if len(text) == 1 and "0" <= text <= "9" and prev is not None:
            glued = -0.5 <= float(char["x0"]) - float(prev["x1"]) <= 1.0
            if glued and prev is called and abs(float(char["top"]) - float(prev["top"])) < 0.5:
                char["text"] = as_call(text)
                called = char
            elif glued and prev.get("text", " ").strip() and is_call(prev, char):
                char["text"] = as_call(text)
                called = char
        prev = char


def without_calls(text: str) -> str:
    """``text`` without the footnote calls glued to its words (for label matching)."""
    if not _ANY_CALL_RE.search(text):
        return text
    return _CALLS_RE.sub("", text)


_NOTE_START_RE = re.compile(f"^(?:\\d{{1,3}}|[{_SUPERSCRIPTS}]{{1,3}}|\\*{{1,3}})(?:\\s|$)")
_NOTES_ZONE = 0.6  # of the page's height: notes sit below, at the page's foot
_SEPARATOR_SHARE = 0.5  # a separator rule is at most this share of the text's width
_SEPARATOR_GAP = 2.5  # the first note's top within this many of its own sizes under the rule


def _opens_note(line: Line, body: float) -> bool:
    """A line set smaller than the page's body text starting with a note's number."""
    return line.size < body - 0.5 and bool(_NOTE_START_RE.match(line.text))


def footnote_lines(lines: list[Line], page: Any, height: float) -> set[int]:
    """Indexes in ``lines`` of the page's footnotes: under a short separator rule drawn from
    the text's left edge in the page's lower part (a word processor's footnote separator),
    the first line under it opening a note — a number, smaller than the body text — and
    every line below it set no larger than the notes. Footnotes are no text of the page's
    flow: neither the last field's value nor a table's last row, and a table they follow
    still runs to the page's foot. The rules are looked at only when such a line exists."""
    if len(lines) < 2:
        return set()
    sizes = Counter(round(ln.size, 1) for ln in lines)
    body = max(sizes, key=lambda s: (sizes[s], s))
    starts = [
        i for i, ln in enumerate(lines) if ln.top >= _NOTES_ZONE * height and _opens_note(ln, body)
    ]
    if not starts:
        return set()
    left = min(ln.x0 for ln in lines)
    width = max(ln.x1 for ln in lines) - left
    separators = [
        y
        for y, x0, x1 in horizontal_rules(page, 10.0)
        if y >= _NOTES_ZONE * height
        and abs(x0 - left) <= 6.0
        and x1 - x0 <= _SEPARATOR_SHARE * width
    ]
    for y in separators:
        under = [i for i, ln in enumerate(lines) if ln.top >= y - 1.0]
        if not under:
            continue
        first = min(under, key=lambda i: lines[i].top)
        note = lines[first]
        if first not in starts or note.top - y > _SEPARATOR_GAP * note.size:
            continue
        return {i for i in under if lines[i].size <= note.size + 0.5}
    return set()


# an endnote's number opening its line: a roman numeral (Writer's default) or superscript digits
_ENDNOTE_RE = re.compile(f"^([ivxlc]{{1,8}}|[{_SUPERSCRIPTS}]{{1,3}})\\s+\\S")
_ENDNOTES = 3  # notes numbered in sequence on a page, at least


def endnote_lines(lines: list[Line]) -> set[int]:
    """Indexes in ``lines`` of an ENDNOTES page: every line of the page a note (its number, a
    roman numeral or superscript digits, then its text) or a note's further line, no larger
    than the notes, the notes numbered in sequence, three at least. A word processor prints
    them after the document's last page, under no separator rule; read as text they would
    go on the last fiche's steps table or field."""
    if len(lines) < _ENDNOTES:
        return set()
    numbers: list[int] = []
    notes: list[Line] = []
    for ln in lines:
        match = _ENDNOTE_RE.match(ln.text)
        if match is None:
            continue
        mark = match.group(1)
        number = roman_value(mark) if mark[0].isalpha() else int(mark.translate(_FROM_SUPERSCRIPT))
        if number is None:
            return set()  # letters that make no numeral: a line of text
        numbers.append(number)
        notes.append(ln)
    if len(numbers) < _ENDNOTES or any(
        b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)
    ):
        return set()
    size = max(ln.size for ln in notes)
    if any(ln.top < notes[0].top or ln.size > size + 0.5 for ln in lines):
        return set()  # text above the first note, or larger: a page of the flow
    return set(range(len(lines)))
