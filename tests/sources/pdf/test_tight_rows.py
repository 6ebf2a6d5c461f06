"""Rows set tight and lines set on whole pixels (plan_docx_pageborder and plan_html_srlabels
read whole with them): a rule through the top of a line's glyph box stands above the line;
a browser's alternating line gaps inside one cell cut no row."""

from __future__ import annotations

from sources.pdf.content import Line, Segment
from sources.pdf.geometry_tables import _SNAP, _row_gap_ratio
from sources.pdf.rules import under_rule


def _line(top: float, size: float = 9.0, text: str = "texte") -> Line:
    seg = Segment(50.0, 90.0, text, False, [(50.0, 90.0, text)])
    return Line(1, top, top + size, 50.0, 90.0, size, False, [seg])


def test_a_rule_through_the_capitals_tops_is_above_the_line() -> None:
    # Writer, « Exactement 9 pt » on 9 pt type: the row's top border at 345.0, the first
    # line's glyph box from 343.4 (its capitals from about 344.1)
    line = _line(343.4)
    assert under_rule(line) > 345.0
    assert under_rule(line, ocr=True) < 345.0  # an OCR box: a point below its top only
    # a rule through the middle of the letters (a strike-through) is no rule above the line
    assert not 343.4 + 0.5 * 9.0 < under_rule(line)


def test_alternating_pixel_gaps_inside_a_cell_cut_no_row() -> None:
    # Chromium, 8.5 pt type at line-height 12.0 / 12.75 pt in turn: gaps 4.3, 3.5, 4.2, 3.5;
    # each line after the first holds fewer columns (cells going on)
    tops = [745.5, 758.3, 770.3, 783.0, 795.0]
    body = [_line(t, 8.5) for t in tops]
    full = [[Segment(0, 1, "x", False)]] * 6
    columns = {
        id(body[0]): full,
        id(body[1]): [full[0], full[0], [], full[0], [], full[0]],
        id(body[2]): [full[0], full[0], [], [], [], full[0]],
        id(body[3]): [full[0], full[0], [], [], [], full[0]],
        id(body[4]): [[], [], [], [], [], full[0]],
    }
    widest = max(b.top - a.bottom for a, b in zip(body, body[1:], strict=False)) / 8.5
    assert _row_gap_ratio(body, columns) == 0.45 < widest  # without the allowance: cut
    assert _row_gap_ratio(body, columns, _SNAP) > widest  # with it: one row
