"""Number columns whose header labels are abbreviated to fit (sources.cot.referential._head_fold):
« Pts rest. », « % réal. », « % prog. » name the points remaining, % done and % programmed
columns. Negative: the same short words without their abbreviation point (« real », « prog »)
name no column, and a word that only starts like a label is never read as one. Drawn with
reportlab as 16:9 slides, read through both engines."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from sources.cot.referential import _head_fold
from tests.sources.cot.hand_decks import RIGHTS, H, hand_slide, referential_rows, row_baseline

ROWS = [
    ("▼ Planification territoriale", "58,7", "27 %", "16,4 %"),
    ("▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
    ("▶ Planification sectorielle", "23,9", "20,2 %", "18,4 %"),
]


def _deck(labels: tuple[str, str, str]) -> bytes:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 7.5)
        c.drawString(18, H - 61, "Les actions")
        for x1, label in zip(RIGHTS, labels, strict=True):
            c.drawRightString(x1 - 4, H - 61, label)
        c.setFont("PptCalibri", 7.5)
        for k, (label, *values) in enumerate(ROWS):
            baseline = row_baseline(k)
            c.drawString(18 if label.startswith("▼") else 26.6, baseline, label)
            for x1, value in zip(RIGHTS, values, strict=True):
                c.drawRightString(x1 - 4, baseline, value)

    return hand_slide(draw)


def test_abbreviated_number_labels_name_their_columns(engine: str) -> None:
    rows = referential_rows(_deck(("Pts rest.", "% réal.", "% prog.")))
    assert [(r[0], r[1], r[2], r[3], r[4], r[5]) for r in rows] == [
        ("axis", "Planification territoriale", None, 58.7, 27.0, 16.4),
        ("sub_axis", "Urbanisme", "Planification territoriale", 15.9, 22.2, 12.4),
        ("sub_axis", "Planification sectorielle", "Planification territoriale", 23.9, 20.2, 18.4),
    ]


def test_short_words_without_their_point_name_no_column() -> None:
    assert referential_rows(_deck(("Pts rest", "% real", "% prog"))) == []
    assert [_head_fold(t) for t in ("réal.", "Prog.", "Pts.", "rest.")] == [
        "realise",
        "programme",
        "points",
        "restants",
    ]
    assert _head_fold("pts") == "pts"  # a unit cell's text, no header word
    assert [_head_fold(t) for t in ("real", "Réalité.", "progrès.")] == [
        "real",
        "realite",
        "progres",
    ]
