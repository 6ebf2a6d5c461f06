"""Progress tables laid out otherwise (sources.cot.referential): the figures first and the
label column last (« Points restants | % Réalisé | % Programmé | Les actions »); the slide's
title in a band down its left edge, the table beside it (the title's words, level with the
table's rows, are no label text). Negative: a one-line shape left of a table (a table of
labels set beside the numbers' table) keeps its words. Drawn with reportlab as 16:9 slides,
read through both engines."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from sources.cot.table_extent import beside_left
from tests.sources.cot.hand_decks import H, hand_slide, referential_rows, row_baseline

ROWS = [
    ("▼ Planification territoriale", "58,7", "27 %", "16,4 %"),
    ("▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
    ("▶ Planification sectorielle", "23,9", "20,2 %", "18,4 %"),
]
TRUTH = [
    ("axis", "Planification territoriale", None, 58.7, 27.0, 16.4),
    ("sub_axis", "Urbanisme", "Planification territoriale", 15.9, 22.2, 12.4),
    ("sub_axis", "Planification sectorielle", "Planification territoriale", 23.9, 20.2, 18.4),
]


def test_figures_first_labels_last(engine: str) -> None:
    def draw(c: canvas.Canvas) -> None:
        rights = (100.0, 200.0, 300.0)
        c.setFont("PptCalibri-Bold", 7.5)
        for x1, label in zip(rights, ("Points restants", "% Réalisé", "% Programmé"), strict=True):
            c.drawRightString(x1 - 4, H - 61, label)
        c.drawString(310, H - 61, "Les actions")
        c.setFont("PptCalibri", 7.5)
        for k, (label, *values) in enumerate(ROWS):
            baseline = row_baseline(k)
            for x1, value in zip(rights, values, strict=True):
                c.drawRightString(x1 - 4, baseline, value)
            c.drawString(310 if label.startswith("▼") else 318.6, baseline, label)

    assert referential_rows(hand_slide(draw)) == TRUTH


def test_a_title_band_beside_the_table_is_no_label(engine: str) -> None:
    def draw(c: canvas.Canvas) -> None:
        c.setFillColorRGB(0.0, 0.32, 0.55)
        c.rect(0, 0, 176, H, stroke=0, fill=1)  # the band down the slide's left edge
        c.setFillColorRGB(1, 1, 1)
        c.setFont("PptCalibri-Bold", 7.5)
        c.drawString(20, row_baseline(0), "Le volet Climat")  # level with the table's rows
        c.drawString(20, row_baseline(1), "Air Energie")
        c.setFillColorRGB(0.92, 0.95, 0.98)
        c.rect(
            190,
            H - 66.0 - 12.0 * len(ROWS) - 12,
            516,
            12.0 * (len(ROWS) + 1) + 12,
            stroke=0,
            fill=1,
        )
        c.setFillColorRGB(0, 0, 0)
        rights = (480.0, 590.0, 700.0)
        c.drawString(194, H - 61, "Les actions")
        for x1, label in zip(rights, ("Points restants", "% Réalisé", "% Programmé"), strict=True):
            c.drawRightString(x1 - 4, H - 61, label)
        c.setFont("PptCalibri", 7.5)
        for k, (label, *values) in enumerate(ROWS):
            baseline = row_baseline(k)
            c.drawString(194 if label.startswith("▼") else 202.6, baseline, label)
            for x1, value in zip(rights, values, strict=True):
                c.drawRightString(x1 - 4, baseline, value)

    assert referential_rows(hand_slide(draw)) == TRUTH


def test_only_a_tall_shape_left_of_the_table_holds_no_cells() -> None:
    band = (0.0, 0.0, 176.0, 405.0)
    cell = (14.0, 60.0, 364.0, 72.0)  # a label table's cell, one line tall
    assert beside_left(20.0, 80.0, 62.0, 70.0, 7.5, 190.0, [band])
    assert not beside_left(20.0, 80.0, 62.0, 70.0, 7.5, 366.0, [cell])
    assert not beside_left(200.0, 260.0, 62.0, 70.0, 7.5, 190.0, [band])  # inside the table
    assert not beside_left(20.0, 80.0, 62.0, 70.0, 7.5, None, [band])
