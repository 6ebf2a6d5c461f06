"""Progress numbers whose decimals are set in a smaller run (sources.cot.pages._decimals_joined):
« 16 » at 7.5 pt then « ,9 % » at 5 pt on the same baseline, as a template giving decimals
less weight prints them; the word extractor cuts them where the size changes, the reader
joins them back. Negative: a number and a smaller word standing apart stay apart. Drawn
with reportlab as 16:9 slides, read through both engines."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from tests.sources.cot.hand_decks import (
    RIGHTS,
    draw_header,
    hand_slide,
    referential_rows,
    row_baseline,
)

ROWS = [
    ("▼ Planification territoriale", ("58", ",7"), ("27", " %"), ("16", ",4 %")),
    ("▶ Urbanisme", ("15", ",9"), ("22", ",2 %"), ("12", ",4 %")),
    ("▶ Planification sectorielle", ("23", ",9"), ("20", ",2 %"), ("18", ",4 %")),
]


def _deck() -> bytes:
    def draw(c: canvas.Canvas) -> None:
        draw_header(c)
        for k, (label, *values) in enumerate(ROWS):
            baseline = row_baseline(k)
            c.setFont("PptCalibri", 7.5)
            c.drawString(18 if label.startswith("▼") else 26.6, baseline, label)
            for x1, (whole, decimals) in zip(RIGHTS, values, strict=True):
                small = c.stringWidth(decimals, "PptCalibri", 5.0)
                c.setFont("PptCalibri", 5.0)
                c.drawRightString(x1 - 4, baseline, decimals)
                c.setFont("PptCalibri", 7.5)
                c.drawRightString(x1 - 4 - small, baseline, whole)

    return hand_slide(draw)


def test_decimals_in_a_smaller_run_belong_to_their_number(engine: str) -> None:
    rows = referential_rows(_deck())
    assert [(r[1], r[3], r[4], r[5]) for r in rows] == [
        ("Planification territoriale", 58.7, 27.0, 16.4),
        ("Urbanisme", 15.9, 22.2, 12.4),
        ("Planification sectorielle", 23.9, 20.2, 18.4),
    ]


def test_a_number_and_a_piece_standing_apart_stay_apart() -> None:
    from sources.cot.pages import _decimals_joined

    def word(text: str, x0: float, x1: float, bottom: float, size: float) -> dict:
        return {
            "text": text,
            "x0": x0,
            "x1": x1,
            "top": bottom - size,
            "bottom": bottom,
            "size": size,
        }

    apart = [word("58", 463.1, 471.7, 87.8, 7.5), word(",7", 478.0, 482.3, 87.2, 5.0)]
    assert [w["text"] for w in _decimals_joined(apart)] == ["58", ",7"]
    below = [word("58", 463.1, 471.7, 87.8, 7.5), word(",7", 471.7, 476.0, 97.2, 5.0)]
    assert [w["text"] for w in _decimals_joined(below)] == ["58", ",7"]
    touching = [word("58", 463.1, 471.7, 87.8, 7.5), word(",7", 471.7, 476.0, 87.2, 5.0)]
    assert [w["text"] for w in _decimals_joined(touching)] == ["58,7"]
