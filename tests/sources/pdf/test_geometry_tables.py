"""Column assignment of table words (sources.pdf.geometry_tables), on hand-placed words."""

from __future__ import annotations

from sources.pdf.geometry_tables import _split_segments
from sources.pdf.lines import words_to_lines


def _word(x0: float, text: str, width: float | None = None) -> dict:
    w = width if width is not None else 5.0 * len(text)
    return {"x0": x0, "x1": x0 + w, "top": 100.0, "bottom": 109.0, "text": text, "size": 9.0}


def test_words_of_two_narrow_padded_cells_are_split_at_the_bound() -> None:
    """« GACdG » then « Chambre du » 5 pt apart read as one segment: cut at the bound."""
    (line,) = words_to_lines(
        [_word(410, "GACdG", 30), _word(445, "Chambre", 35), _word(482, "du", 10)], 1
    )
    assert len(line.segments) == 1
    cols = _split_segments(line, [300.0, 408.0, 443.0, 540.0])
    assert [" ".join(s.text for s in c) for c in cols] == ["", "GACdG", "Chambre du"]


def test_right_aligned_amount_keeps_its_digit_groups_and_goes_by_its_right_edge() -> None:
    """« 400 000 » right-aligned in a narrow budget column, its first group left of a bound
    estimated under a centred header: one number, in the budget column."""
    (line,) = words_to_lines(
        [_word(100, "2022", 20), _word(196, "400", 15), _word(213, "000", 15)], 1
    )
    cols = _split_segments(line, [90.0, 150.0, 200.0, 260.0])
    assert [" ".join(s.text for s in c) for c in cols] == ["2022", "", "400 000"]


def test_short_numbers_of_two_columns_are_never_glued() -> None:
    """« 3,2 » and « 35,8 % » (slide table, right-aligned) stay two cells."""
    (line,) = words_to_lines([_word(180, "3,2", 14), _word(198, "35,8", 18), _word(218, "%", 5)], 1)
    cols = _split_segments(line, [100.0, 196.0, 240.0])
    assert [" ".join(s.text for s in c) for c in cols] == ["3,2", "35,8 %"]
