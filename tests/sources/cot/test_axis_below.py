"""Progress tables whose axis rows are printed UNDER their sub-axis rows (a pivot table's
« synthèse sous le détail »): each ▶ run belongs to the ▼ row after it
(sources.cot.referential._axes_below), its points the run's sum. Negative: when the sums say
the runs belong to the axes above them, the rows are read as before. Drawn with reportlab
as 16:9 slides, read through both engines."""

from __future__ import annotations

from tests.sources.cot.hand_decks import referential_rows, table_slide

FOOTED = [
    ("▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
    ("▶ Planification sectorielle", "23,9", "20,2 %", "18,4 %"),
    ("▼ Planification territoriale", "39,8", "21 %", "16 %"),
    ("▶ Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
    ("▼ Mobilité", "22,5", "13,8 %", "3,6 %"),
]


def _deck(rows: list[tuple[str, ...]]) -> bytes:
    return table_slide(rows)


def test_sub_axis_rows_belong_to_the_axis_printed_under_them(engine: str) -> None:
    rows = referential_rows(_deck(FOOTED))
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("sub_axis", "Urbanisme", "Planification territoriale"),
        ("sub_axis", "Planification sectorielle", "Planification territoriale"),
        ("axis", "Planification territoriale", None),
        ("sub_axis", "Mobilité alternative", "Mobilité"),
        ("axis", "Mobilité", None),
    ]


def test_sums_pointing_upwards_keep_the_usual_reading(engine: str) -> None:
    # negative: the first row a sub-axis (a table cut by a page), but each ▼ row's points are
    # the sum of the ▶ rows UNDER it: the usual order, the first rows' axis on the page before
    rows = [
        ("▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
        ("▼ Mobilité", "22,5", "13,8 %", "3,6 %"),
        ("▶ Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
    ]
    read = referential_rows(_deck(rows))
    assert [(r[1], r[2]) for r in read] == [
        ("Urbanisme", None),
        ("Mobilité", None),
        ("Mobilité alternative", "Mobilité"),
    ]
