"""A header row whose cells cut its labels at the wrong places (sources.pdf.columns
.keys_in_sequence): Calc prints a centred label wider than its cell over its neighbours, so
the grid reader gives each cell the end of one label and the start of the next
(« PlanificationRe » | « ssources à mobilis » | « er Porteur »); read as one string, the
labels are found one after the other. Negative: too few labels, a repeated column, or a
label contradicting a cell's own are no reading."""

from __future__ import annotations

from sources.pdf.columns import keys_in_sequence, label_key

CUT = ["Etape", "Descriptif", "PlanificationRe", "ssources à mobilis", "er Porteur", "Partenaires"]


def test_labels_cut_at_the_wrong_places_are_read_in_sequence() -> None:
    known = [label_key(t) for t in CUT]
    assert None in known  # the cells alone do not name every column
    assert keys_in_sequence(CUT, known) == [
        "step",
        "description",
        "planning",
        "budget",
        "owner",
        "partners",
    ]


def test_no_reading_when_the_sequence_does_not_fit() -> None:
    # one label too few for the cells
    assert keys_in_sequence(["Etape", "Descriptif", "2019", "Porteur"], [None] * 4) is None
    # a column twice
    assert keys_in_sequence(["Etape", "Etape", "Porteur"], [None] * 3) is None
    # a cell's own label elsewhere in the sequence
    row = ["Etape", "Porteur", "Descriptif"]
    assert keys_in_sequence(row, ["step", "description", None]) is None
