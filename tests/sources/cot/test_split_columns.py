"""A progress table split by columns over two consecutive slides (sources.cot.referential,
_partial_header / _joined_parts): « Points restants » beside the labels on one slide, the
two rates beside the same labels on the next; each row takes its three figures from both.
Negative: a lone part, parts whose labels differ, parts not on consecutive slides. Drawn with
reportlab as 16:9 slides, read through both engines."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas

from tests.generators.seed_slides import _register_fonts
from tests.sources.cot.hand_decks import H, W, referential_rows, row_baseline

ROWS = [
    ("▼ Planification territoriale", "58,7", "27 %", "16,4 %"),
    ("▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
    ("▶ Planification sectorielle", "23,9", "20,2 %", "18,4 %"),
]


def _slide(c: canvas.Canvas, columns: list[int], rows: list[tuple[str, ...]]) -> None:
    """One slide: the title, then the label column and the number columns ``columns``
    (1 points, 2 % done, 3 % programmed), each 114 pt wide after a 350 pt label column."""
    labels = ("Les actions", "Points restants", "% Réalisé", "% Programmé")
    c.setFont("PptCalibri-Bold", 18)
    c.drawString(240, H - 25, "Le volet Climat Air Energie")
    c.setFont("PptCalibri-Bold", 7.5)
    c.drawString(18, H - 61, labels[0])
    rights = [364.0 + 114.0 * (k + 1) for k in range(len(columns))]
    for x1, column in zip(rights, columns, strict=True):
        c.drawRightString(x1 - 4, H - 61, labels[column])
    c.setFont("PptCalibri", 7.5)
    for k, row in enumerate(rows):
        baseline = row_baseline(k)
        c.drawString(18 if row[0].startswith("▼") else 26.6, baseline, row[0])
        for x1, column in zip(rights, columns, strict=True):
            c.drawRightString(x1 - 4, baseline, row[column])
    c.showPage()


def _deck(*slides: tuple[list[int], list[tuple[str, ...]]]) -> bytes:
    _register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(W, H))
    for columns, rows in slides:
        _slide(c, columns, rows)
    c.save()
    return buf.getvalue()


def test_the_two_parts_read_as_one_table(engine: str) -> None:
    rows = referential_rows(_deck(([1], ROWS), ([2, 3], ROWS)))
    assert rows == [
        ("axis", "Planification territoriale", None, 58.7, 27.0, 16.4),
        ("sub_axis", "Urbanisme", "Planification territoriale", 15.9, 22.2, 12.4),
        ("sub_axis", "Planification sectorielle", "Planification territoriale", 23.9, 20.2, 18.4),
    ]
    # the rates first, the points on the next slide: the same
    assert referential_rows(_deck(([2, 3], ROWS), ([1], ROWS))) == rows


def test_parts_that_do_not_complete_each_other_are_no_table() -> None:
    assert referential_rows(_deck(([1], ROWS))) == []  # a lone part
    assert referential_rows(_deck(([1], ROWS), ([2, 3], ROWS[::-1]))) == []  # other labels
    assert referential_rows(_deck(([1], ROWS), ([1], ROWS))) == []  # the same column twice
    blank: list[tuple[str, ...]] = [("Une diapositive sans tableau", "", "", "")]
    assert referential_rows(_deck(([1], ROWS), ([], blank), ([2, 3], ROWS))) == []
