"""Letters STACKED one under another (a spreadsheet's « texte vertical empilé », Calc's and
Excel's ``textRotation="255"``): a header label printed down its cell, each character upright
on a line of its own. Read as lines, each letter would be a line's word (« E | D | P | R »,
« t | e | l | e »), the header lost and the table with it.

A STACK is a run of single-character words (four letters or more, no other word beside any of
them on its line within a type size) sharing their centre (within a third of the type size),
each one type pitch below the one before (at most 1.3 times the size, the lines set solid); a
gap of two pitches is a space between two words of the label (« Ressources à mobiliser »). Each stack becomes ONE word at its first letter's place, so that the labels of
a header row stacked side by side read as one line of labels. A column of one-letter cells (a
table's « A / B / C » column) has a row's height between its letters, never one pitch.
"""

from __future__ import annotations

from typing import Any

_LEAST = 4  # letters of a stack
_PITCH = 1.3  # of the size: the largest step between two stacked letters
_SPACE = 2.6  # of the size: the largest step over a space (two pitches)
_CENTRE = 0.34  # of the size: how far two stacked letters' centres may lie apart
_SIGNS = frozenset("'’°/()-.")  # signs a stacked label may hold beside its letters


def _size(word: dict[str, Any]) -> float:
    return float(word.get("size") or 9.0)


def _centre(word: dict[str, Any]) -> float:
    return (float(word["x0"]) + float(word["x1"])) / 2


def rejoin_stacked(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``words`` (a page's) with each stack of letters made one word (see the module)."""
    singles = [
        i
        for i, w in enumerate(words)
        if len(str(w["text"])) == 1 and (str(w["text"]).isalnum() or w["text"] in _SIGNS)
    ]
    if len(singles) < _LEAST:
        return words
    singles.sort(key=lambda i: (float(words[i]["top"]), _centre(words[i])))
    used: set[int] = set()
    stacks: list[list[int]] = []
    for p, i in enumerate(singles):
        if i in used:
            continue
        stack = [i]
        for j in singles[p + 1 :]:
            if j in used:
                continue
            last = words[stack[-1]]
            size = _size(last)
            step = float(words[j]["top"]) - float(last["top"])
            if step <= 0.3 * size:
                continue
            if step > _SPACE * size:
                break
            if (
                abs(_centre(words[j]) - _centre(last)) <= _CENTRE * size
                and abs(_size(words[j]) - size) <= 0.3
            ):
                stack.append(j)
        letters = sum(str(words[k]["text"]).isalpha() for k in stack)
        if letters >= _LEAST and _solid(stack, words) and _alone(stack, words):
            stacks.append(stack)
            used.update(stack)
    if not stacks:
        return words
    joined = [_joined([words[i] for i in stack]) for stack in stacks]
    return [w for i, w in enumerate(words) if i not in used] + joined


def _alone(stack: list[int], words: list[dict[str, Any]]) -> bool:
    """No word stands beside a stacked letter on its line closer than a type size: a column
    of one-letter words opening lines of text (« à », « a ») has the line's next word a space
    away."""
    mine = set(stack)
    for i in stack:
        letter = words[i]
        size = _size(letter)
        top, x0, x1 = float(letter["top"]), float(letter["x0"]), float(letter["x1"])
        for j, other in enumerate(words):
            if j in mine or abs(float(other["top"]) - top) > 0.3 * size:
                continue
            if float(other["x0"]) < x1 + size and float(other["x1"]) > x0 - size:
                return False
    return True


def _solid(stack: list[int], words: list[dict[str, Any]]) -> bool:
    """The stack's letters one pitch apart (a space two), the pitch set solid."""
    tops = [float(words[i]["top"]) for i in stack]
    steps = [b - a for a, b in zip(tops, tops[1:], strict=False)]
    pitch = min(steps)
    size = _size(words[stack[0]])
    if pitch > _PITCH * size:
        return False
    return all(s <= 1.2 * pitch or abs(s - 2 * pitch) <= 0.3 * pitch for s in steps)


def _joined(letters: list[dict[str, Any]]) -> dict[str, Any]:
    """One word of the stacked ``letters`` (top down) at the first letter's line."""
    tops = [float(w["top"]) for w in letters]
    pitch = min(b - a for a, b in zip(tops, tops[1:], strict=False))
    text = str(letters[0]["text"])
    for before, letter in zip(letters, letters[1:], strict=False):
        gap = float(letter["top"]) - float(before["top"])
        text += (" " if gap > 1.5 * pitch else "") + str(letter["text"])
    first = letters[0]
    return {
        **first,
        "text": text,
        "x0": min(float(w["x0"]) for w in letters),
        "x1": max(float(w["x1"]) for w in letters),
    }
