"""A wrapped heading's next lines, read by Tesseract at a size a few percent off its first
line's, get that line's size back (:func:`sources.ocr._wrapped_line_sizes`), so the heading
does not end a line early; body text wider than the heading over it, a line starting
elsewhere, or a line far below stays as read. Hand-made Tesseract lines."""

from __future__ import annotations

from sources.ocr import _HocrLine, _wrapped_line_sizes


def _line(x0: float, x1: float, baseline: float, n_words: int, x_size: float = 44.0) -> _HocrLine:
    words = [(f"w{k}", [x0, baseline - x_size, x1, baseline], 95.0) for k in range(n_words)]
    return _HocrLine(x0, x1, baseline, 0.0, x_size, 9.0, words)


def test_a_wrapped_heading_end_gets_its_first_line_size() -> None:
    lines = [_line(260, 2100, 2700, 9), _line(260, 500, 2758, 1)]
    assert _wrapped_line_sizes(lines, [10.6, 10.0]) == [10.6, 10.6]
    # a heading on three lines: each takes the size of the one above
    lines = [_line(260, 2100, 2700, 9), _line(260, 2080, 2758, 8), _line(260, 900, 2816, 3)]
    assert _wrapped_line_sizes(lines, [10.6, 10.1, 10.0]) == [10.6, 10.6, 10.6]


def test_lines_that_do_not_continue_the_line_above_stay() -> None:
    # body text reaching further right than a short heading over it, a line indented under
    # it, a line two line heights below
    assert _wrapped_line_sizes(
        [_line(260, 1200, 2700, 4), _line(260, 2100, 2758, 12)], [10.6, 10.0]
    ) == [10.6, 10.0]
    assert _wrapped_line_sizes(
        [_line(260, 2100, 2700, 9), _line(700, 900, 2758, 1)], [10.6, 10.0]
    ) == [10.6, 10.0]
    assert _wrapped_line_sizes(
        [_line(260, 2100, 2700, 9), _line(260, 500, 2800, 1)], [10.6, 10.0]
    ) == [10.6, 10.0]
    # a size far apart (a heading over body text) stays
    assert _wrapped_line_sizes(
        [_line(260, 2100, 2700, 9), _line(260, 500, 2758, 1)], [13.0, 10.0]
    ) == [13.0, 10.0]
