"""Words a word processor hyphenated at a line's end, printing a plain « - »: rejoined
without it when the pieces make one word; a compound's own hyphen kept."""

from __future__ import annotations

from sources.action_plan.parser import _line_joined
from sources.pdf.cells import _clean_cell, hyphenation_cut, join_wrapped, vocabulary


def test_typesetter_hyphen_dropped_when_pieces_make_a_word() -> None:
    assert join_wrapped(["Planifi-", "cation"]) == "Planification"
    assert join_wrapped(["Ressour-", "ces à", "mobiliser"]) == "Ressources à mobiliser"
    assert (
        join_wrapped(["Objectifs et résultats at-", "tendus"]) == "Objectifs et résultats attendus"
    )
    assert join_wrapped(["économie circu-", "laire auprès"]) == "économie circulaire auprès"


def test_document_vocabulary_rejoins_words_the_list_lacks() -> None:
    assert join_wrapped(["Parte-", "naires envisa-", "gés"]) == "Partenaires envisa-gés"
    with vocabulary(frozenset(), frozenset({"partenaires", "envisagés"})):
        assert join_wrapped(["Parte-", "naires envisa-", "gés"]) == "Partenaires envisagés"


def test_compounds_keep_their_hyphen() -> None:
    assert join_wrapped(["actions éco-", "responsables"]) == "actions éco-responsables"
    assert join_wrapped(["le bien-", "être"]) == "le bien-être"
    assert join_wrapped(["Saint-", "Jean"]) == "Saint-Jean"
    assert join_wrapped(["2020-", "2021"]) == "2020-2021"
    assert join_wrapped(["climat-air-", "énergie"]) == "climat-air-énergie"
    assert not hyphenation_cut("2019 -", "2020")


def test_grid_cell_lines_rejoined_at_the_typesetter_hyphen() -> None:
    assert _clean_cell("Définir\nune stra-\ntégie") == "Définir une stratégie"
    # a word cut twice, judged on its whole pieces
    assert _clean_cell("services de l'ag-\nglomé-\nration") == "services de l'agglomération"
    # a word the list knows once, neither piece a word
    assert _clean_cell("opéra-\nteur") == "opérateur"
    assert _clean_cell("actions éco-\nresponsables") == "actions éco-responsables"


def test_heading_lines_rejoined_at_the_typesetter_hyphen() -> None:
    assert _line_joined("Etendre l'expérimentation aux acteurs du terri-", "toire") == (
        "Etendre l'expérimentation aux acteurs du territoire"
    )
    assert _line_joined("Inscrire les enjeux climat dans les documents stratégi-", "ques") == (
        "Inscrire les enjeux climat dans les documents stratégiques"
    )
    assert _line_joined("Réduire les déchets éco-", "responsables") == (
        "Réduire les déchets éco-responsables"
    )
    assert _line_joined("Favoriser le", "covoiturage") == "Favoriser le covoiturage"
