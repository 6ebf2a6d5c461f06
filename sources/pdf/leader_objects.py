"""Dot leaders drawn as text objects of their own, told apart from a sentence's full stop.

Writer draws a tab's dot fill (« Remplissage : ....... », a form template's tab to the cell's
edge) as a text object of dots alone, right after the text object of the words before the
tab. Its first dot touches the last glyph, at the same pitch as the sentence's own full stop:
in the text, « du soutien. » + leader and « (financé) » + leader both read « ….......... »,
and no rule on the text can say which dot is the sentence's. The text objects can: the
sentence's stop is in the words' object, the leader's dots in their own.

On a page that shows such leaders (three dot-only objects of four dots at least), a dot-only
text object whose first dot touches, on its baseline, a glyph of another object is a leader:
its characters are taken off. A dotted line standing alone (an empty value) is left to
:func:`sources.pdf.cells.without_leaders`. PDFium gives each character's text object;
pdfminer does not, so the reference engine keeps the leader's dots.
"""

from __future__ import annotations

from typing import Any

_LEADER_PAGE = 3  # dot-only objects of 4 dots or more on a page using leader objects
_LEADER_DOTS = 4
_TOUCH = 1.0  # pt between the last glyph and the leader's first dot, at most
_BASELINE = 0.5


def without_leader_objects(
    chars: list[dict[str, Any]], objects: dict[int, int]
) -> list[dict[str, Any]]:
    """``chars`` without the dots of leader text objects (``objects``: a character's text
    object by the character's ``id``)."""
    runs: dict[int, list[int]] = {}
    for i, char in enumerate(chars):
        obj = objects.get(id(char))
        if obj:
            runs.setdefault(obj, []).append(i)
    dotted = {
        obj: idx
        for obj, idx in runs.items()
        if all(chars[i]["text"] in ". " for i in idx) and any(chars[i]["text"] == "." for i in idx)
    }
    long_runs = sum(
        sum(chars[i]["text"] == "." for i in idx) >= _LEADER_DOTS for idx in dotted.values()
    )
    if long_runs < _LEADER_PAGE:
        return chars
    drop: set[int] = set()
    for obj, idx in dotted.items():
        first = chars[idx[0]]
        if first["text"] != "." or idx[0] == 0:
            continue
        before = chars[idx[0] - 1]
        if objects.get(id(before)) == obj or before["text"] == " ":
            continue
        if abs(before["matrix"][5] - first["matrix"][5]) > _BASELINE:
            continue
        if -_TOUCH <= first["x0"] - before["x1"] <= _TOUCH:
            drop.update(idx)
    if not drop:
        return chars
    return [c for i, c in enumerate(chars) if i not in drop]


__all__ = ["without_leader_objects"]
