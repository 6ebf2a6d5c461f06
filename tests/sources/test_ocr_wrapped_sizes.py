"""A wrapped heading's next lines, read by Tesseract at a size a few percent off its first
line's, get that line's size back (:func:`sources.ocr._wrapped_line_sizes`), so the heading
does not end a line early; body text wider than the heading over it, a line starting
elsewhere, or a line far below stays as read. Hand-made Tesseract lines."""

from __future__ import annotations

from sources.ocr import _HocrLine, _short_letter_sizes, _wrapped_line_sizes


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


def _words_line(
    x0: float, x1: float, baseline: float, texts: list[str], x_size: float
) -> _HocrLine:
    words = [(t, [x0, baseline - x_size, x1, baseline], 95.0) for t in texts]
    return _HocrLine(x0, x1, baseline, 0.0, x_size, 9.0, words)


def test_a_line_of_x_height_letters_gets_the_size_of_the_line_above() -> None:
    """« l'agglomératio » / « n » in a narrow cell of a compact scan: the « n » line read at
    6.5 pt under lines of 8 pt (no ascender to size it by) takes 8 pt back; a line with a
    tall letter, a line far below, a line beside it and a far smaller font stay."""
    above = _words_line(2100, 2400, 1420, ["l'agglomératio"], 33.0)
    n = _words_line(2105, 2125, 1473, ["n"], 27.0)
    assert _short_letter_sizes([above, n], [8.0, 6.5]) == [8.0, 8.0]
    assert _short_letter_sizes(
        [above, _words_line(2105, 2200, 1473, ["en", "cours."], 27.0)], [8.0, 6.5]
    ) == [8.0, 8.0]
    tall = _words_line(2105, 2200, 1473, ["de"], 27.0)
    assert _short_letter_sizes([above, tall], [8.0, 6.5]) == [8.0, 6.5]
    far = _words_line(2105, 2125, 1560, ["n"], 27.0)
    assert _short_letter_sizes([above, far], [8.0, 6.5]) == [8.0, 6.5]
    beside = _words_line(2500, 2520, 1473, ["n"], 27.0)
    assert _short_letter_sizes([above, beside], [8.0, 6.5]) == [8.0, 6.5]
    assert _short_letter_sizes([above, n], [10.0, 6.5]) == [10.0, 6.5]  # a footnote's font


def test_a_wrapped_word_without_descender_gets_the_heading_size() -> None:
    """« Objectif opérationnel : Finaliser l'Atlas de la Biodiversité » / « Intercommunale »:
    the last word alone, no descender, read 12 % small (48 px under 55, descender 5 px under
    11): it takes the heading's size back. The same line with a descender as deep as the
    heading's, or 20 % smaller, stays as read."""
    head = _HocrLine(
        239, 1968, 465, 0.0, 55.0, 11.0, [("Biodiversité", [239, 410, 1968, 476], 95.0)]
    )
    bare = _HocrLine(
        241, 733, 537, 0.0, 48.4, 5.4, [("Intercommunale", [241, 489, 733, 537], 95.0)]
    )
    assert _wrapped_line_sizes([head, bare], [13.2, 11.6]) == [13.2, 13.2]
    deep = _HocrLine(241, 733, 537, 0.0, 48.4, 11.0, [("agglo", [241, 489, 733, 548], 95.0)])
    assert _wrapped_line_sizes([head, deep], [13.2, 11.6]) == [13.2, 11.6]
    assert _wrapped_line_sizes([head, bare], [13.2, 10.5]) == [13.2, 10.5]
