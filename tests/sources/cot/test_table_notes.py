"""A TABLE'S NOTE under its last row (« Source : plateforme Territoires en Transitions… », in a
merged row of the table itself, at a row's spacing) is no wrapped label of that row
(sources.cot.text._is_table_note); a label truly wrapped onto the next line still is."""

from __future__ import annotations

from tests.sources.cot.hand_decks import referential_rows, row_baseline, table_slide

ROWS = [
    ("▼ Coopération, communication", "59,8", "32 %", "10,5 %"),
    ("▶ Société civile", "11,3", "13,4 %", "6,6 %"),
]


def _slide(under: str) -> bytes:
    return table_slide(ROWS, lambda c: c.drawString(26.6, row_baseline(1) - 9.0, under))


def test_a_source_line_under_the_last_row_is_no_label() -> None:
    rows = referential_rows(_slide("Source : plateforme Territoires en Transitions"))
    assert [label for _, label, *_ in rows] == ["Coopération, communication", "Société civile"]
    rows = referential_rows(_slide("et associations"))  # a label wrapped onto the next line
    assert [label for _, label, *_ in rows][-1] == "Société civile et associations"
