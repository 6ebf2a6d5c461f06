"""Words a word processor hyphenated at a line's end, printing a plain « - »: rejoined
without it when the pieces make one word; a compound's own hyphen kept."""

from __future__ import annotations

from pathlib import Path

from sources.action_plan.parser import _line_joined
from sources.pdf.cells import (
    _clean_cell,
    document_hyphenation,
    hyphenation_cut,
    join_wrapped,
    vocabulary,
)
from sources.pdf.opening import read_pdf_text

PRODUCERS = Path(__file__).resolve().parents[2] / "fixtures" / "producers"


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


# a hyphenating document's text layer as pdfium reads it: each line-end hyphen a U+FFFE, the
# pieces glued (nine words the list confirms), a compound written whole on one line
_HYPHENATED_PAGES = [
    "acteurs du terri\ufffetoire\r\nré\ufffeduction des dé\ufffechets\r\néconomie circu\ufffelaire",
    "Planifi\ufffecation\r\nRessour\ufffeces\r\nune stra\ufffetégie de dé\ufffeveloppement",
    "la col\ufffelectivité\r\nune in\ufffeformation\r\nles demi-journées de formation",
]


def test_a_document_hyphenates_when_its_text_layer_shows_many_confirmed_cuts() -> None:
    hyphenation = document_hyphenation(_HYPHENATED_PAGES)
    assert hyphenation.cuts == 9  # not « in » / « formation »: two words, maybe a compound
    assert hyphenation.hyphenates
    assert hyphenation.compound_heads == frozenset({"demi"})
    # the same header labels cut by hand on every page: a few words only
    assert document_hyphenation(["Plani\ufffefication Ressour\ufffeces"] * 12).cuts == 2
    assert not document_hyphenation(["Plani\ufffefication Ressour\ufffeces"] * 12).hyphenates
    # a compound at a line's end (two words) is no confirmed cut
    assert document_hyphenation(["actions éco-\r\nresponsables"]).cuts == 0


def test_words_the_list_lacks_are_cut_in_a_hyphenating_document() -> None:
    cut = [("étant varia-", "bles au fil"), ("(scien-", "ces participatives)"), ("satis-", "fait")]
    for text, part in cut:  # the list knows neither « variables », « sciences » nor « satisfait »
        assert not hyphenation_cut(text, part)
    with vocabulary(frozenset(), frozenset(), document_hyphenation(_HYPHENATED_PAGES)):
        for text, part in cut:
            assert hyphenation_cut(text, part)
        assert join_wrapped(["étant varia-", "bles au fil"]) == "étant variables au fil"
        assert _clean_cell("démographi-\nques permettant") == "démographiques permettant"
        # compounds keep their hyphen: a first part the list holds (« éco », « socio »), one
        # the document writes before a hyphen on one line (« demi »), a capital after it
        assert join_wrapped(["actions éco-", "responsables"]) == "actions éco-responsables"
        assert join_wrapped(["données socio-", "économiques"]) == "données socio-économiques"
        assert join_wrapped(["deux demi-", "journées"]) == "deux demi-journées"
        assert join_wrapped(["Eviter-Réduire-", "Compenser"]) == "Eviter-Réduire-Compenser"
        assert join_wrapped(["2020-", "2021"]) == "2020-2021"
        assert not hyphenation_cut("e-", "mobilité")  # one letter: no hyphenation point


def test_the_hyphenating_fixture_is_told_from_its_unhyphenated_twin() -> None:
    def pages(name: str) -> list[str]:
        data = (PRODUCERS / f"{name}.pdf").read_bytes()
        return read_pdf_text(data, use_ocr=False)[0]

    brisure = document_hyphenation(pages("plan_docx_brisure"))
    assert brisure.hyphenates and brisure.cuts == 111
    assert document_hyphenation(pages("plan_docx_narrowstep")).cuts == 0
