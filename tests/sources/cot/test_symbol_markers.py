"""ROW MARKERS TYPED FROM « Wingdings 3 » AND PRINTED WITHOUT THE FONT: « q » for ▼ and « u »
for ▶ open every row label (after its code); read as the markers, the rows get their levels
(sources.cot.symbol_markers). A table where few labels open so, or a « u » that is no lone
first letter, keeps its text."""

from __future__ import annotations

from tests.sources.cot.hand_decks import referential_rows, table_slide

ROWS = [
    ("q Planification territoriale", "58,7", "27,0 %", "16,4 %"),
    ("1.1 u Stratégie globale climat-air-énergie", "18,9", "37,0 %", "16,9 %"),
    ("1.2 u Planification sectorielle", "23,9", "20,2 %", "18,4 %"),
    ("q Patrimoine de la collectivité", "50,7", "14,1 %", "11,8 %"),
    ("2.1 u Bâtiments", "20,1", "10,0 %", "5,0 %"),
]


def test_symbol_font_letters_read_as_row_markers() -> None:
    rows = referential_rows(table_slide(ROWS))
    assert [(level, label, parent) for level, label, parent, *_ in rows] == [
        ("axis", "Planification territoriale", None),
        ("sub_axis", "Stratégie globale climat-air-énergie", "Planification territoriale"),
        ("sub_axis", "Planification sectorielle", "Planification territoriale"),
        ("axis", "Patrimoine de la collectivité", None),
        ("sub_axis", "Bâtiments", "Patrimoine de la collectivité"),
    ]
    assert rows[1][3:] == (18.9, 37.0, 16.9)


def test_labels_opening_otherwise_keep_their_text() -> None:
    few = [("▼ Planification territoriale", "58,7", "27,0 %", "16,4 %")]
    few += [(f"1.{k} ▶ u Stratégie {k}", "18,9", "37,0 %", "16,9 %") for k in (1, 2)]
    few += [("1.3 ▶ Planification sectorielle", "23,9", "20,2 %", "18,4 %")]
    labels = [label for _, label, *_ in referential_rows(table_slide(few))]
    assert labels == ["Planification territoriale", "u Stratégie 1", "u Stratégie 2",
                      "Planification sectorielle"]  # fmt: skip
