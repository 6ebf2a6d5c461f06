"""A design system's TABS (« onglets ») printed over their panels, no panel heading repeating
them: the strip is told by its drawing, each label in a box of its own, the boxes level and a
narrow gap apart (sources.pdf.tab_strips.is_boxed_strip). A header row's cells meet."""

from __future__ import annotations

from typing import Any

from sources.pdf.content import Line, Segment
from sources.pdf.tab_strips import is_boxed_strip, without_tab_strips


def _line(top: float, *segs: tuple[float, float, str]) -> Line:
    parts = [Segment(a, b, t, True, [(a, b, t)]) for a, b, t in segs]
    return Line(1, top, top + 9.0, parts[0].x0, parts[-1].x1, 9.0, True, parts)


def _box(x0: float, x1: float, top: float = 412.5, bottom: float = 434.2) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "fill": True}


STRIP = _line(419.6, (54.0, 108.0, "Présentation"), (133.0, 256.0, "Modalités de mise en oeuvre"))
FIELD = _line(445.1, (51.0, 89.0, "Contexte"), (169.0, 539.0, "L'agglomération mène"))


def test_tabs_in_boxes_a_gap_apart_are_a_strip() -> None:
    rects = [_box(42.7, 120.0), _box(123.0, 266.2, bottom=433.5)]
    assert is_boxed_strip(STRIP, rects)
    page = type("Page", (), {"rects": rects})()
    assert without_tab_strips([STRIP, FIELD], page) == [FIELD]


def test_meeting_cells_or_no_boxes_are_no_strip() -> None:
    assert not is_boxed_strip(STRIP, [])
    assert not is_boxed_strip(STRIP, [_box(42.7, 123.0), _box(123.0, 266.2)])  # cells meet
    assert not is_boxed_strip(STRIP, [_box(42.7, 120.0), _box(123.0, 266.2, top=400.0)])
    header = _line(419.6, (54.0, 80.0, "Etape"), (133.0, 190.0, "Descriptif"))
    assert not is_boxed_strip(header, [_box(42.7, 120.0), _box(123.0, 266.2)])
