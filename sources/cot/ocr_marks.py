"""Row markers and decimal commas as OCR misreads them on a slide read from its picture.

A progress table's axis rows open with « ▼ » and its sub-axis rows with « ▶ »; Tesseract has
no such glyphs and reads them as letters or bullets (« Y », « V » for the down triangle; « • »,
« p », « D », « » » for the right one), which would then open the row's label. It also reads
a decimal comma as « ; » now and then (« 15;9 »), and the three full stops ending a label
cut short as « … » or « .…. »; a « % » after a figure, standing in a column of « % » signs, as
a lone letter (« 32 L »). These are put back, on OCR'd words only.

A lone token is taken for a marker only where the page shows a marker column: three lines
at least open with such a one-character token (or hold it right after the row's code, « 1.1
p Définir ») at the same left edge (to 3 pt), each followed on its line by a word starting
within 14 pt right of it — a label never opens that way.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

_DOWN = frozenset("YVvyW")  # « ▼ » as OCR reads it
_RIGHT = frozenset("•pPD»>bo·*")  # « ▶ » as OCR reads it
_SEMICOLON_NUMBER = re.compile(r"^(\d{1,4});(\d{1,2}\s*%?)$")
# a label cut short by the slide (« e... »): three full stops the picture shows, which
# Tesseract gives as « … », « .…. » or « e.…. »
_ELLIPSIS = re.compile(r"(?:\.*…[.…]*|\.{3,})$")
_NUMBER = re.compile(r"^\d{1,4}(?:,\d{1,2})?$")
_CODE = re.compile(r"^\d{1,2}(?:\.\d{1,2})+\.?$")
_SAME_EDGE = 3.0
_LABEL_GAP = 14.0
_COLUMN = 3  # lines opening with a marker at one left edge

W = TypeVar("W")


def restore_marks(
    words: Sequence[W],
    text: Callable[[W], str],
    box: Callable[[W], tuple[float, float, float, float]],
    with_text: Callable[[W, str], W],
) -> list[W]:
    """``words`` (x0, top, x1, bottom through ``box``) with misread row markers turned back
    into « ▼ » / « ▶ » and « 15;9 » into « 15,9 »."""
    lines = _lines(words, box)
    opening: list[tuple[int, int]] = []  # (index of the lone token, index of the next word)
    for line in lines:
        if line and _CODE.match(text(words[line[0]])):
            line = line[1:]  # « 1.1 ▶ Définir … »: the marker after the row's code
        if len(line) < 2:
            continue
        first, second = line[0], line[1]
        token = text(words[first])
        if len(token) != 1 or token not in _DOWN | _RIGHT:
            continue
        if box(words[second])[0] - box(words[first])[2] > _LABEL_GAP:
            continue
        opening.append((first, second))
    marked: dict[int, str] = {}
    for i, _ in opening:
        edge = box(words[i])[0]
        alike = [j for j, _ in opening if abs(box(words[j])[0] - edge) <= _SAME_EDGE]
        if len(alike) >= _COLUMN:
            marked[i] = "▼" if text(words[i]) in _DOWN else "▶"
    percents = [box(w)[0] for w in words if text(w) == "%"]
    for line in lines:
        for left, i in zip(line, line[1:], strict=False):
            token = text(words[i])
            if (
                len(token) == 1
                and not token.isdigit()
                and token != "%"
                and _NUMBER.match(text(words[left]))
                and sum(abs(x - box(words[i])[0]) <= _SAME_EDGE for x in percents) >= _COLUMN
            ):
                marked[i] = "%"  # « 32 L » in a column of « 32 % »: the sign misread
    out = []
    for i, word in enumerate(words):
        if i in marked:
            out.append(with_text(word, marked[i]))
            continue
        token = text(word)
        m = _SEMICOLON_NUMBER.match(token)
        if m:
            token = f"{m.group(1)},{m.group(2)}"
        token = _ELLIPSIS.sub("...", token)
        out.append(word if token == text(word) else with_text(word, token))
    return out


def _lines(
    words: Sequence[W], box: Callable[[W], tuple[float, float, float, float]]
) -> list[list[int]]:
    """Indices of ``words`` grouped in lines (vertical overlap of half the height), each line
    left to right."""
    order = sorted(range(len(words)), key=lambda i: (box(words[i])[1], box(words[i])[0]))
    lines: list[list[int]] = []
    spans: list[tuple[float, float]] = []
    for i in order:
        _, top, _, bottom = box(words[i])
        mid = (top + bottom) / 2
        for n, (a, b) in enumerate(spans):
            if a <= mid <= b:
                lines[n].append(i)
                break
        else:
            lines.append([i])
            spans.append((top, bottom))
    return [sorted(line, key=lambda i: box(words[i])[0]) for line in lines]


def restore_dict_marks(words: list[dict]) -> list[dict]:
    """:func:`restore_marks` on pdfplumber-shaped word dicts (OCR words)."""
    return restore_marks(
        words,
        lambda w: str(w["text"]),
        lambda w: (float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])),
        lambda w, t: {**w, "text": t},
    )


__all__ = ["restore_dict_marks", "restore_marks"]
