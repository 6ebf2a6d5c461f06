"""A steps table whose STEP NAMES ARE ROW HEADERS (``<th scope="row">``, set like the column
headers) leaves its top-left corner EMPTY: the unlabelled first column is the step column
(sources.pdf.ruled_tables._corner_step) when the other labels name the description and the
details; a labelled first column, a table with a step column already, or a corner holding text
are left as they are."""

from __future__ import annotations

from sources.pdf.ruled_tables import _corner_step

KEYS = ["col0", "description", "planning", "budget", "owner", "partners"]
LABELS = [None, "Descriptif", "Planification", "Ressources à mobiliser", "Porteur", "Partenaires"]


def test_an_empty_corner_over_row_headers_is_the_step_column() -> None:
    assert _corner_step(KEYS, LABELS) == ["step", *KEYS[1:]]
    assert _corner_step(KEYS, ["  ", *LABELS[1:]]) == ["step", *KEYS[1:]]


def test_other_tables_keep_their_keys() -> None:
    assert _corner_step(KEYS, ["N°", *LABELS[1:]]) == KEYS  # a labelled first column
    with_step = ["col0", "step", "description", "planning", "owner"]
    assert _corner_step(with_step, [None, "Etape", "Descriptif", "Planif.", "Porteur"]) == with_step
    assert _corner_step(["col0", "planning", "col2"], [None, "Année", "Notes"]) == [
        "col0",
        "planning",
        "col2",
    ]
