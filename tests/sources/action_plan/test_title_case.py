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


# a paragraph writing the words in lower case, a narrow cell wrapping the proper name over
# three lines, a summary entry going on over a line's end
WRAPPED = (
    "répondront aux valeurs de l'économie sociale et solidaire.\n"
    "les actions de promotion de\n"
    "l'Economie\n"
    "Sociale et\n"
    "Solidaire\n"
    "FICHE 1.2.4 Mener une réflexion autour de la démarche Plan Local d'Urbanisme Habitat et\n"
    "Déplacement (PLUiHD)\n"
    "un recensement de la\n"
    "biodiversité locale et de la\n"
    "biodiversité ordinaire\n"
    "Contexte L'Atlas de la Biodiversité en cours d'élaboration offrira un recensement\n"
)


def test_the_words_before_tell_the_case_over_line_ends() -> None:
    """« Solidaire » after « Sociale et », « solidaire » after « sociale et »: the longest run
    of words before that tells the two apart decides, read over line ends (a wrapped cell, a
    summary entry), an elided article's capital no part of it (« L'Atlas » opening a line)."""
    cases = CaseVocabulary([WRAPPED])
    assert cases.restore("Promouvoir L'Economie Sociale Et Solidaire".split()) == [
        "Promouvoir",
        "l'Economie",
        "Sociale",
        "et",
        "Solidaire",
    ]
    assert cases.restore("Soutenir L'économie Sociale Et Solidaire".split()) == [
        "Soutenir",
        "l'économie",
        "sociale",
        "et",
        "solidaire",
    ]
    assert cases.restore("Finaliser L'Atlas De La Biodiversité".split()) == [
        "Finaliser",
        "l'Atlas",
        "de",
        "la",
        "Biodiversité",
    ]
    above = "Mener une réflexion autour de la démarche".split()
    assert cases.restore("Plan Local D'Urbanisme Habitat Et Déplacement".split(), False, above) == [
        "Plan",
        "Local",
        "d'Urbanisme",
        "Habitat",
        "et",
        "Déplacement",
    ]
    assert cases.after[(("Sociale", "et"), "Solidaire")] == 1  # across the cell's line ends
    assert cases.after[(("et",), "Déplacement")] == 1
    assert cases.capital["Déplacement"] == 0  # a line's first word never counted alone
