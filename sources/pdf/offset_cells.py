"""A label cell and its value cell printed a little apart in height: one line.

A word processor that frames a value's paragraph (a border and a padding round it, a drop
shadow) sets the value's text lower in its cell than the label's beside it — 3 pt or so,
about a third of an em: more than a shared baseline's tolerance, so the label and its value
come out as two lines, the label alone on its own (« Objectifs et résultats » / « Des
démarches … » / « attendus » / « d'ici 2030. »), the value no longer beside its label.

:func:`level_offset_cells` joins two lines one right after the other (no line between them)
in one band of a ruled grid (the same row) when the first is bold, the second regular (a
label, its value), the second standing right of the first with an em of blank at least
between them and starting lower by less than :data:`_NEAR` of an em, the two overlapping in
height by half their height at least, their sizes alike. Two text columns (a side panel
beside the main text: no rule between their rows, or one face) are left as they are.
"""

from __future__ import annotations

from dataclasses import replace

from sources.pdf.content import Line

_NEAR = 0.45  # em: the second line starts this close under the first at most
_OVERLAP = 0.5  # of the shorter line's height: shared at least
_GAP = 1.0  # em: blank between them at least
_SIZE = 0.5  # pt: sizes alike


def _beside(a: Line, b: Line) -> bool:
    size = min(a.size, b.size)
    if abs(a.size - b.size) > _SIZE or a.page != b.page or not a.bold or b.bold:
        return False
    if a.band is None or a.band != b.band:
        return False
    if not 0 < b.top - a.top <= _NEAR * size:
        return False
    shared = min(a.bottom, b.bottom) - max(a.top, b.top)
    if shared < _OVERLAP * min(a.bottom - a.top, b.bottom - b.top):
        return False
    return a.x1 + _GAP * size <= b.x0


def level_offset_cells(lines: list[Line]) -> list[Line]:
    """``lines`` (in top order), label and value lines printed a little apart joined."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        a = lines[i]
        b = lines[i + 1] if i + 1 < len(lines) else None
        if b is not None and _beside(a, b):
            segments = [*a.segments, *b.segments]
            out.append(
                replace(
                    a,
                    top=min(a.top, b.top),
                    bottom=max(a.bottom, b.bottom),
                    x1=max(a.x1, b.x1),
                    bold=a.bold and b.bold,
                    segments=segments,
                )
            )
            i += 2
            continue
        out.append(a)
        i += 1
    return out
