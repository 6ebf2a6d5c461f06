"""NOTE CALLS GLUED TO FIGURES (« 58,7² », « 0 %³ »: a digit set smaller and raised): no digit
of the figure, no word of the label (sources.cot.pages._without_calls); a digit of the
figure's own size stays. Drawn with reportlab."""

from __future__ import annotations

from typing import Any

from tests.sources.cot import hand_decks as hd

ROWS = [
    ("▼ Planification territoriale", "58,7", "27,0 %", "0 %"),
    ("1.1 ▶ Stratégie globale", "18,9", "37,0 %", "16,9 %"),
]


def _slide(calls: bool) -> bytes:
    def draw(c: Any) -> None:
        hd.draw_header(c)
        for k, (label, *values) in enumerate(ROWS):
            baseline = hd.row_baseline(k)
            c.setFont("PptCalibri", 7.5)
            c.drawString(18 if label.startswith("▼") else 26.6, baseline, label)
            for col, (x1, value) in enumerate(zip(hd.RIGHTS, values, strict=True)):
                call = "2" if col == 0 and k == 0 else "3" if value == "0 %" else ""
                if not calls or not call:
                    c.setFont("PptCalibri", 7.5)
                    c.drawRightString(x1 - 4, baseline, value)
                    continue
                width = c.stringWidth(call, "PptCalibri", 4.4)
                c.setFont("PptCalibri", 7.5)
                c.drawRightString(x1 - 4 - width, baseline, value)
                c.setFont("PptCalibri", 4.4)
                c.drawString(x1 - 4 - width, baseline + 2.2, call)  # raised, smaller

    return hd.hand_slide(draw)


def test_note_calls_are_no_digits_of_the_figures() -> None:
    want = [
        ("axis", "Planification territoriale", None, 58.7, 27.0, 0.0),
        ("sub_axis", "Stratégie globale", "Planification territoriale", 18.9, 37.0, 16.9),
    ]
    assert hd.referential_rows(_slide(True)) == want
    assert hd.referential_rows(_slide(False)) == want
