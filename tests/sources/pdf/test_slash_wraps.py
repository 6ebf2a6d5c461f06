"""Alternatives written « word/word » that a producer wraps after the slash (Unicode line
breaking allows a break after a solidus): the two lines rejoined with no space, as after a
compound's hyphen; a slash set off by spaces kept apart (:func:`sources.pdf.cells._cut_at_slash`)."""

from __future__ import annotations

from sources.pdf.cells import _clean_cell, join_wrapped


def test_a_line_broken_after_a_glued_slash_joins_without_a_space() -> None:
    # plan_docx_brisure's 1.8 cm steps column: « Créer/ » / « Utiliser » / « un outil »
    assert join_wrapped(["Créer/", "Utiliser", "un outil"]) == "Créer/Utiliser un outil"
    assert join_wrapped(["Lancer un cycle de formation/", "information"]) == (
        "Lancer un cycle de formation/information"
    )
    assert join_wrapped(["2020/", "2021"]) == "2020/2021"


def test_a_grid_cell_broken_after_a_glued_slash() -> None:
    assert _clean_cell("Créer/\nUtiliser un\noutil partagé") == "Créer/Utiliser un outil partagé"


def test_a_slash_set_off_by_spaces_stays_apart() -> None:
    assert join_wrapped(["AFB /", "ARB"]) == "AFB / ARB"
    assert join_wrapped(["formation", "/ information"]) == "formation / information"
    assert join_wrapped(["voir https://", "exemple.fr"]) == "voir https:// exemple.fr"
