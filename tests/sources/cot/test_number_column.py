"""A progress table with a first « N° » column numbering its rows (sources.cot.referential):
the table's own numbering is no part of the labels and no referential code; a code written
in the label cell itself (« 2.5 ▶ … ») stays the row's. Drawn with reportlab as a 16:9 slide,
read through both engines."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from tests.sources.cot.hand_decks import H, hand_slide, referential_rows

COLUMNS = [(14.0, 44.0), (44.0, 400.0), (400.0, 480.0), (480.0, 590.0), (590.0, 700.0)]
HEADER = ("N°", "Les actions", "Points restants", "% Réalisé", "% Programmé")
ROWS = [
    ("1", "▼ Planification territoriale", "58,7", "27 %", "16,4 %"),
    ("1.1", "▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
    ("2", "▼ Mobilité", "41,1", "13,7 %", "3,7 %"),
    ("2.1", "2.5 ▶ Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
]
AXIS, MOBILITY = "Planification territoriale", "Mobilité"
WANT = [
    ("axis", AXIS, None, 58.7, 27.0, 16.4),
    ("sub_axis", "Urbanisme", AXIS, 15.9, 22.2, 12.4),
    ("axis", MOBILITY, None, 41.1, 13.7, 3.7),
    ("sub_axis", "Mobilité alternative", MOBILITY, 22.5, 13.8, 3.6),
]


def _draw(c: canvas.Canvas) -> None:
    c.setFont("PptCalibri-Bold", 7.5)
    c.drawCentredString(29.0, H - 52 - 9, HEADER[0])
    c.drawString(48, H - 52 - 9, HEADER[1])
    for (_, x1), label in zip(COLUMNS[2:], HEADER[2:], strict=True):
        c.drawRightString(x1 - 4, H - 52 - 9, label)
    c.setFont("PptCalibri", 7.5)
    for k, (number, label, *values) in enumerate(ROWS):
        baseline = H - 66.0 - 12.0 * (k + 1) - 8
        c.drawCentredString(29.0, baseline, number)
        c.drawString(48 if label.startswith("▼") else 56.6, baseline, label)
        for (_, x1), value in zip(COLUMNS[2:], values, strict=True):
            c.drawRightString(x1 - 4, baseline, value)


def _slide() -> bytes:
    return hand_slide(_draw)


def test_a_row_number_column_is_no_label_nor_code(engine: str) -> None:
    rows = referential_rows(_slide())
    assert rows == WANT
