"""A progress table whose FIRST body row, right under the header, is a TOTAL row (« Total »,
the sum of the points, the percentages left empty), its percentage columns before its
points (sources.cot.referential): the total row is read as part of the table, then left out
of the records, and the rows under it are read. Negative: a total row at the table's foot
stays out of the records as before. Drawn with reportlab as a 16:9 slide, read through both
engines."""

from __future__ import annotations

import pytest
from reportlab.pdfgen import canvas

from tests.sources.cot.hand_decks import H, hand_slide, referential_rows

COLUMNS = [(14.0, 400.0), (400.0, 500.0), (500.0, 600.0), (600.0, 700.0)]
HEADER = ("Les actions", "% Réalisé", "% Programmé", "Points restants")
TOTAL = ("Total", "", "", "99,8")
ROWS = [
    ("▼ Planification territoriale", "27 %", "16,4 %", "58,7"),
    ("▶ Urbanisme", "22,2 %", "12,4 %", "15,9"),
    ("▼ Mobilité", "13,7 %", "3,7 %", "41,1"),
    ("▶ Mobilité alternative", "13,8 %", "3,6 %", "22,5"),
]
AXIS, MOBILITY = "Planification territoriale", "Mobilité"
WANT = [
    ("axis", AXIS, None, 58.7, 27.0, 16.4),
    ("sub_axis", "Urbanisme", AXIS, 15.9, 22.2, 12.4),
    ("axis", MOBILITY, None, 41.1, 13.7, 3.7),
    ("sub_axis", "Mobilité alternative", MOBILITY, 22.5, 13.8, 3.6),
]


def _slide(total_first: bool) -> bytes:
    rows = [TOTAL, *ROWS] if total_first else [*ROWS, TOTAL]

    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 7.5)
        c.drawString(18, H - 52 - 9, HEADER[0])
        for (_, x1), label in zip(COLUMNS[1:], HEADER[1:], strict=True):
            c.drawRightString(x1 - 4, H - 52 - 9, label)
        for k, (label, *values) in enumerate(rows):
            c.setFont("PptCalibri-Bold" if label == "Total" else "PptCalibri", 7.5)
            baseline = H - 66.0 - 12.0 * (k + 1) - 8
            c.drawString(18 if label.startswith(("▼", "T")) else 26.6, baseline, label)
            for (_, x1), value in zip(COLUMNS[1:], values, strict=True):
                if value:
                    c.drawRightString(x1 - 4, baseline, value)

    return hand_slide(draw)


@pytest.mark.parametrize("total_first", [True, False], ids=["total-first", "total-last"])
def test_a_total_row_is_read_past_and_left_out(engine: str, total_first: bool) -> None:
    assert referential_rows(_slide(total_first)) == WANT
