"""Sidenotes: numbered notes set in a margin column beside the text, and their calls.

A long-read template (Tufte-style sidenotes, a report's « notes en marge ») floats each note
into a column right of the text block, smaller and level with its call — a small raised number
glued after a label or heading (« Indicateurs¹ »). Read as lines, the note's lines join the
text's lines they sit beside (« Indicateurs | Valeurs de référence … »): a field's value
becomes the note, the note's lines go into the next field.

A note is told by all of this: its first line opens with a number set smaller than the body
text, right of (and level with or lower than) a call of the same number — a small number in
the text — by a gutter; every note's number starts at one x, the margin column's edge, where
no word of body size starts; the note's words lie in that column, and its lines run on close
under its first. Such notes and their calls are no text of the page's flow. Side text with no
matching call (a two-column layout's values, a sidebar) is left alone.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

_GUTTER = 8.0  # pt between a call and its note's number, at least
_ALIGNED = 3.0  # pt: the notes' numbers start at one x
_SMALLER = 0.5  # pt: a note's type is smaller than the body's by this much at least
_CALL = 0.85  # of the body size: a call's size at most
_SAME_LINE = 0.6  # of the size: words this close in height are one line of a note
_NOTE_GAP = 1.6  # of the size: a wider gap between lines starts a new note (or ends one)


def side_note_words(words: list[dict[str, Any]]) -> set[int]:
    """Indices of ``words`` (a page's upright words) that are sidenotes or their calls."""
    if len(words) < 10:
        return set()
    sizes = Counter(round(float(w.get("size") or 0.0), 1) for w in words)
    body = max(sizes, key=lambda s: (sizes[s], s))
    if body <= 0:
        return set()
    numbers: dict[str, list[int]] = {}  # small numbers, by their digits
    for i, w in enumerate(words):
        text = str(w["text"])
        if 1 <= len(text) <= 3 and text.isdigit() and _size(w) <= _CALL * body:
            numbers.setdefault(text, []).append(i)
    # a note's number: right of a call of the same number by a gutter, level with it or lower
    openers = {
        j: i
        for found in numbers.values()
        for i in found
        for j in found
        if float(words[j]["x0"]) >= float(words[i]["x1"]) + _GUTTER
        and float(words[j]["top"]) >= float(words[i]["top"]) - _SAME_LINE * _size(words[i])
    }
    if not openers:
        return set()
    edge = min(float(words[j]["x0"]) for j in openers)
    if any(abs(float(words[j]["x0"]) - edge) > _ALIGNED for j in openers):
        return set()  # the notes' numbers stand in one column
    if any(float(w["x0"]) >= edge - 1.0 and _size(w) > body - _SMALLER for w in words):
        return set()  # body text in that column: no margin column of notes
    side = [i for i, w in enumerate(words) if float(w["x0"]) >= edge - 1.0]
    out: set[int] = set()
    for _number, note in _notes(words, side):
        if note[0] in openers:
            out.update(note)
            out.add(openers[note[0]])
    return out


def _size(word: dict[str, Any]) -> float:
    return float(word.get("size") or 0.0)


def _notes(words: list[dict[str, Any]], side: list[int]) -> list[tuple[str, list[int]]]:
    """The side words cut into notes: lines top-down, a note opening at a line whose first
    word is a number, running on while lines follow closely; lines before the first
    numbered one belong to no note."""
    order = sorted(side, key=lambda i: (float(words[i]["top"]), float(words[i]["x0"])))
    lines: list[list[int]] = []
    for i in order:
        w = words[i]
        size = float(w.get("size") or 1.0)
        if lines and abs(float(words[lines[-1][0]]["top"]) - float(w["top"])) <= _SAME_LINE * size:
            lines[-1].append(i)
        else:
            lines.append([i])
    notes: list[tuple[str, list[int]]] = []
    last_bottom = None
    for line in lines:
        line.sort(key=lambda i: float(words[i]["x0"]))
        first = words[line[0]]
        size = float(first.get("size") or 1.0)
        text = str(first["text"])
        gap = None if last_bottom is None else float(first["top"]) - last_bottom
        if 1 <= len(text) <= 3 and text.isdigit():
            notes.append((text, list(line)))
        elif notes and gap is not None and gap <= _NOTE_GAP * size:
            notes[-1][1].extend(line)
        else:
            notes.append(("", []))  # side text that is no note: closes the note above
        last_bottom = max(float(words[i]["bottom"]) for i in line)
    return [(n, idx) for n, idx in notes if n]


__all__ = ["side_note_words"]
