"""Dot leaders drawn as text objects of their own, told apart from a sentence's full stop.

Writer draws a tab's dot fill (« Remplissage : ....... », a form template's tab to the cell's
edge) as a text object of dots alone, right after the text object of the words before the
tab. Its first dot touches the last glyph, at the same pitch as the sentence's own full stop:
in the text, « du soutien. » + leader and « (financé) » + leader both read « ….......... »,
and no rule on the text can say which dot is the sentence's. The text objects can: the
sentence's stop is in the words' object, the leader's dots in their own.

On a page that shows such leaders (three dot-only objects of four dots at least), a dot-only
text object whose first dot touches, on its baseline, a glyph of another object is a leader:
a blank is put before it, so the leader is a word of its own (« soutien. » then « ……… »,
« (financé) » then « . »). The leader stays in the text — a list drawn with leaders between
its labels and values is read by them (:mod:`sources.action_plan.leader_lines`) —, and a
cell's trailing leader goes with :func:`sources.pdf.cells.without_leaders` (a run of dots, or
one to three dots after a blank). PDFium gives each character's text object; pdfminer does
not, so the reference engine keeps the sentence's stop and the leader together.
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
    """``chars`` with a blank put between each leader text object and the words it follows
    (``objects``: a character's text object by the character's ``id``)."""
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
    starts: set[int] = set()
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
            starts.add(idx[0])
    if not starts:
        return chars
    out: list[dict[str, Any]] = []
    for i, char in enumerate(chars):
        if i in starts:  # a blank between the words and their leader: two words
            before = out[-1]
            start = min(float(before["x1"]), float(char["x0"]))  # never right of the dot
            space = {**char, "text": " ", "x0": start, "x1": float(char["x0"])}
            space["width"] = space["adv"] = max(0.0, space["x1"] - space["x0"])
            space["leader_break"] = True  # no phantom space (sources.pdf.phantom_spaces)
            out.append(space)
        out.append(char)
    return out


__all__ = ["without_leader_objects"]
