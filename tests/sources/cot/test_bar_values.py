"""A progress table whose percentages are written in data bars (sources.cot.referential,
sources.cot.pages): each value left-aligned at its cell's left, nearer the points column's
right-aligned numbers than its own header label; a value too short for its bar set far left
of the slide, off the page. Drawn with reportlab as a 16:9 slide, read through both engines:
each value in the column whose header cell spans it, the off-page values not read (their
cells empty, the rest of the row and the rows after it read)."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from tests.sources.cot.hand_decks import H, hand_slide, referential_rows

COLUMNS = [(14.0, 400.0), (402.0, 480.0), (482.0, 590.0), (592.0, 700.0)]
HEADER = ("Les actions", "Points restants", "% Réalisé", "% Programmé")
ROWS = [  # label, points, % done, % programmed (None: the bar's value set off the slide)
    ("▼ Planification territoriale", "58,7", "27 %", "16,4 %"),
    ("▶ Stratégie globale climat-air-énergie", "18,9", "37 %", None),
    ("▶ Urbanisme", "15,9", None, None),
    ("▼ Mobilité", "41,1", "13,7 %", "3,7 %"),
]
AXIS, MOBILITY = "Planification territoriale", "Mobilité"
WANT = [
    ("axis", AXIS, None, 58.7, 27.0, 16.4),
    ("sub_axis", "Stratégie globale climat-air-énergie", AXIS, 18.9, 37.0, None),
    ("sub_axis", "Urbanisme", AXIS, 15.9, None, None),
    ("axis", MOBILITY, None, 41.1, 13.7, 3.7),
]


def _draw(c: canvas.Canvas) -> None:
    tops = [52.0, 66.0] + [66.0 + 12.0 * (k + 1) for k in range(len(ROWS))]
    c.setFillColorRGB(0.0, 0.45, 0.70)
    for x0, x1 in COLUMNS:  # one filled header cell per column, white gaps between
        c.rect(x0, H - 66.0, x1 - x0, 14.0, fill=1, stroke=0)
    c.setFillColorRGB(1, 1, 1)
    c.setFont("PptCalibri-Bold", 7.5)
    c.drawString(18, H - 52 - 9, HEADER[0])
    for (_, x1), label in zip(COLUMNS[1:], HEADER[1:], strict=True):
        c.drawRightString(x1 - 4, H - 52 - 9, label)
    for (label, points, *values), top in zip(ROWS, tops[1:], strict=False):
        baseline = H - top - 8
        c.setFillColorRGB(0, 0, 0)
        c.setFont("PptCalibri", 7.5)
        c.drawString(18 if label.startswith("▼") else 26.6, baseline, label)
        c.drawRightString(COLUMNS[1][1] - 2, baseline, points)
        c.setFont("PptCalibri", 6.5)
        for (x0, _), value in zip(COLUMNS[2:], values, strict=True):
            c.setFillColorRGB(0.6, 0.75, 0.9)
            c.rect(x0 + 2, baseline - 2, 40.0 if value else 1.0, 8.0, fill=1, stroke=0)
            c.setFillColorRGB(0, 0, 0)
            # the value in its bar, at the cell's left; too short a bar: far off the slide
            c.drawString(x0 + 4 if value else -27744.0, baseline, value or "0 %")


def _slide() -> bytes:
    return hand_slide(_draw)


def test_values_in_data_bars_read_in_their_columns(engine: str) -> None:
    assert referential_rows(_slide()) == WANT
