"""TITLE CASE PRINTED BY A STYLE EFFECT (sources.action_plan.title_case): a line whose every
word opens with a capital, little words too, is given back the case the document's running
text writes its words in; a title's next line with it; capitals only, acronyms and ordinary
lines stay."""

from __future__ import annotations

from sources.action_plan.title_case import CaseVocabulary, restore_title_case, title_cased
from sources.pdf.content import Line, Segment

RUNNING = (
    "Identifier les besoins des entreprises de l'Economie Sociale et Solidaire du territoire\n"
    "afin de proposer des actions auprès des entreprises et des acteurs du territoire\n"
    "FICHE 1.1.4 Promouvoir L'Economie Sociale Et Solidaire\n"
)


def _line(text: str, top: float, size: float = 11.0) -> Line:
    return Line(1, top, top + size, 56.0, 400.0, size, True, [Segment(56.0, 400.0, text, True)])


def test_what_is_title_cased() -> None:
    assert title_cased("Expérimenter Un Projet D'économie Circulaire".split())
    assert not title_cased("Expérimenter un projet d'économie circulaire".split())
    assert not title_cased("FICHE 1.1.1 PLAN CLIMAT DE LA CCPAL".split())  # capitals only
    assert not title_cased("Communes AFB / ARB".split())  # no little word
    assert not title_cased("Plan Local D'Urbanisme".split())  # one little word only


def test_a_title_and_its_next_line_given_back_their_case() -> None:
    cases = CaseVocabulary([RUNNING])
    lines = [
        _line("FICHE 1.1.1 Expérimenter Un Projet D'économie Circulaire", 100.0),
        _line("Auprès Des Entreprises", 113.0),
        _line("Objectif Opérationnel : Promouvoir L'Economie Sociale Et Solidaire De L'EES", 160.0),
        _line("Texte Courant Sans Effet", 200.0, 9.0),
    ]
    out = [ln.text for ln in restore_title_case(lines, cases)]
    assert out == [
        "FICHE 1.1.1 Expérimenter un projet d'économie circulaire",
        "auprès des entreprises",
        "Objectif opérationnel : Promouvoir l'Economie Sociale et Solidaire de l'EES",
        "Texte Courant Sans Effet",  # no little word, not under a title: left alone
    ]


def test_the_running_text_says_which_capitals_were_typed() -> None:
    """« Sociale » and « Solidaire » are written so inside a sentence; « Entreprises » never:
    lower case, French's default. A title's own line is no evidence."""
    cases = CaseVocabulary([RUNNING])
    assert cases.restore("Promouvoir L'Economie Sociale Et Solidaire Des Entreprises".split()) == [
        "Promouvoir",
        "l'Economie",
        "Sociale",
        "et",
        "Solidaire",
        "des",
        "entreprises",
    ]
    assert cases.capital["Promouvoir"] == 0
