"""Field labels printed at the RIGHT of their values: a sheet laid out right to left (Excel's
« Feuille de droite à gauche », ``sheetView rightToLeft``; Calc prints it mirrored), its label
column the last one. Read left to right, each line ends with its label
(« Nombre de structures créées | Indicateurs »), so no line opens with a label and no field is
found.

Such a page has three field labels or more, bold, each the LAST segment of its line after
words of a value (a mark or a number before a label, « ■ Contexte », is no value), all
starting at one x right of every other segment of their lines, and no line opening with a
field label. Each line holding one (or the next line of a label wrapped in its column,
« Liens avec les objectifs » / « réglementaires ») is given back with the label segment first,
moved to end left of the value column, its width kept (the value segments keep their places):
a fiche printed label-first, as the rest of the parser reads it.
"""

from __future__ import annotations

from dataclasses import replace

from sources.action_plan.labels import _field_key, _label_prefix_key, _wraps_label
from sources.pdf.content import Line, Segment

_MIN_LABELS = 3
_ALIGN = 2.0  # pt: the label column's segments start at one x
_GAP = 6.0  # pt: between the moved label and the value column
_VALUE_LETTERS = 3  # letters at least left of a label: a value (« ■ », « 1. » are marks)


def _label(seg: Segment) -> bool:
    return seg.bold and (
        _field_key(seg.text) is not None or _label_prefix_key(seg.text) is not None
    )


def _worded(segments: list[Segment]) -> bool:
    """Do ``segments`` hold words (a value), not a mark or a number before a label?"""
    return sum(ch.isalpha() for seg in segments for ch in seg.text) >= _VALUE_LETTERS


def _column(lines: list[Line]) -> float | None:
    """The x of a right-hand label column on this page, or None."""
    starts = [
        ln.segments[-1].x0
        for ln in lines
        if len(ln.segments) > 1 and _label(ln.segments[-1]) and _worded(ln.segments[:-1])
    ]
    if not starts:
        return None
    x = max(set(starts), key=lambda s: sum(abs(t - s) <= _ALIGN for t in starts))
    if sum(abs(t - x) <= _ALIGN for t in starts) < _MIN_LABELS and not _whole_labels(lines):
        return None
    for ln in lines:
        if ln.segments and _label(ln.segments[0]) and ln.segments[0].x0 < x - _ALIGN:
            return None  # labels at the left too: an ordinary fiche, or text columns
    return x


def _whole_labels(lines: list[Line]) -> bool:
    """One label at the right (a fields table cut by a page break, its first row alone at a
    page's foot): a whole field label, among the page's last lines, only its value's lines
    (no bold line) after it. Two are not yet a column of labels."""
    found = [
        k
        for k, ln in enumerate(lines)
        if len(ln.segments) > 1 and _label(ln.segments[-1]) and _worded(ln.segments[:-1])
    ]
    if len(found) != 1 or len(lines) - found[0] > _FOOT_LINES:
        return False
    k = found[0]
    return _field_key(lines[k].segments[-1].text) not in (None, "other") and not any(
        ln.bold or any(s.bold for s in ln.segments) for ln in lines[k + 1 :]
    )


_FOOT_LINES = 12  # a label this close to the page's end (in lines) stands at its foot


def labels_at_right(lines: list[Line]) -> list[Line]:
    """The page's lines, labels printed right of their values put first (see module doc)."""
    x = _column(lines)
    if x is None:
        return lines
    left = min((s.x0 for ln in lines for s in ln.segments if s.x1 < x - _ALIGN), default=None)
    if left is None:
        return lines
    out: list[Line] = []
    held = ""  # the label moved last, while it may wrap onto the next line
    for ln in lines:
        last = ln.segments[-1] if ln.segments else None
        if (
            last is None
            or abs(last.x0 - x) > _ALIGN
            or not last.bold
            or any(s.x1 > x - _ALIGN for s in ln.segments[:-1])
        ):
            out.append(ln)
            held = ""
            continue
        wrapped = bool(held) and _wraps_label(f"{held} {last.text}")
        if not wrapped and not _label(last):
            out.append(ln)
            held = ""
            continue
        held = f"{held} {last.text}" if wrapped else last.text
        out.append(_label_first(ln, last, left))
    return out


def _label_first(ln: Line, label: Segment, left: float) -> Line:
    """``ln`` with ``label`` (its last segment) first, ending ``_GAP`` left of ``left``."""
    dx = left - _GAP - label.x1
    moved = replace(
        label,
        x0=label.x0 + dx,
        x1=label.x1 + dx,
        words=[(w0 + dx, w1 + dx, t) for w0, w1, t in label.words],
    )
    segments = [moved, *ln.segments[:-1]]
    return replace(ln, segments=segments, x0=moved.x0, x1=max(s.x1 for s in segments))
