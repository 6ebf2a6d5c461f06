"""LEADER DOTS typed after each row label up to its numbers (« ▼ Planification territoriale
........ »), as in a typed table of contents, are no part of the label (sources.cot.text); a
label's own ellipsis (« inscri... », « de la ... » before the leaders) stays."""

from __future__ import annotations

from sources.cot.text import _clean_label
from tests.sources.cot.hand_decks import referential_rows, table_slide


def test_leader_dots_are_no_part_of_the_label() -> None:
    rows = [
        ("▼ Planification territoriale " + "." * 90, "58,7", "27,0 %", "16,4 %"),
        ("1.1 ▶ Stratégie globale et inscri... " + "." * 40, "18,9", "37,0 %", "16,9 %"),
        ("1.2 ▶ Soutenir la ... " + "." * 60, "23,9", "20,2 %", "18,4 %"),
    ]
    got = [(label, points) for _, label, _, points, *_ in referential_rows(table_slide(rows))]
    assert got == [
        ("Planification territoriale", 58.7),
        ("Stratégie globale et inscri...", 18.9),
        ("Soutenir la ...", 23.9),
    ]


def test_dots_that_are_no_leaders_stay() -> None:
    assert _clean_label("Urbanisme . . . . . .") == "Urbanisme"
    assert _clean_label("Déchets...") == "Déchets..."
    assert _clean_label("Mobilité ...") == "Mobilité ..."  # three dots: an ellipsis
    assert _clean_label("Etc. et autres") == "Etc. et autres"
