"""A running header read by OCR a letter or two differently on each page (a blurred phone
photo: « Programme d'achons », « PRCAËET »): its readings are one running text
(:func:`sources.pdf.running._misread_alike`), so the header is not read into the tables it
tops. Different headings and short texts stay apart."""

from __future__ import annotations

from sources.pdf.running import _misread_alike, _running_key

HEADER = "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"


def _pages(*texts: str) -> list[set[str]]:
    return [{_running_key(t)} for t in texts]


def test_one_header_misread_differently_on_each_page_is_running() -> None:
    misread = [
        HEADER.replace("actions", "achons"),
        HEADER,
        HEADER.replace("PCAET", "PRCAËET"),
        HEADER.replace("actions", "acbons"),
    ]
    found = _misread_alike(_pages(*misread), threshold=3)
    assert found == {_running_key(t) for t in misread}


def test_different_headings_in_the_band_are_not_one_text() -> None:
    headings = [
        "FICHE 1.1.1 Objectif opérationnel : Expérimenter un projet d'économie circulaire",
        "FICHE 1.1.2 Objectif opérationnel : Etendre l'expérimentation aux autres acteurs",
        "FICHE 1.1.3 Objectif opérationnel : Mettre en place un réseau favorisant",
        "FICHE 1.1.4 Objectif opérationnel : Promouvoir l'Economie Sociale et Solidaire",
    ]
    assert _misread_alike(_pages(*headings), threshold=3) == set()


def test_a_misread_seen_on_too_few_pages_is_not_running() -> None:
    pages = _pages(HEADER, HEADER.replace("actions", "achons"), "Contexte", "Indicateurs")
    assert _misread_alike(pages, threshold=3) == set()


def test_short_texts_are_left_to_the_exact_count() -> None:
    # under the length floor a letter is a real difference (« Axe 1 » / « Axe 1b »)
    assert _misread_alike(_pages("Axe 1 : Eau", "Axe 1 : Eaux", "Axe 1 : Ea"), 3) == set()
