"""A TABLE'S NOTE under its last row (« Source : plateforme Territoires en Transitions… », in a
merged row of the table itself, at a row's spacing) is no wrapped label of that row
(sources.cot.text._is_table_note); a label truly wrapped onto the next line still is."""

from __future__ import annotations

from typing import Any

from tests.sources.cot.hand_decks import (
    RIGHTS,
    draw_header,
    hand_slide,
    referential_rows,
    row_baseline,
)

ROWS = [
    ("▼ Coopération, communication", "59,8", "32 %", "10,5 %"),
    ("▶ Société civile", "11,3", "13,4 %", "6,6 %"),
]


def _slide(under: str) -> bytes:
    def draw(c: Any) -> None:
        draw_header(c)
        c.setFont("PptCalibri", 7.5)
        for k, (label, *values) in enumerate(ROWS):
            baseline = row_baseline(k)
            c.drawString(18 if label.startswith("▼") else 26.6, baseline, label)
            for x1, value in zip(RIGHTS, values, strict=True):
                c.drawRightString(x1 - 4, baseline, value)
        c.drawString(26.6, row_baseline(len(ROWS) - 1) - 9.0, under)

    return hand_slide(draw)


def test_a_source_line_under_the_last_row_is_no_label() -> None:
    rows = referential_rows(_slide("Source : plateforme Territoires en Transitions"))
    assert [label for _, label, *_ in rows] == ["Coopération, communication", "Société civile"]
    rows = referential_rows(_slide("et associations"))  # a label wrapped onto the next line
    assert [label for _, label, *_ in rows][-1] == "Société civile et associations"
