"""Headings a spreadsheet prints in every page's header (Calc's page style header, Excel's
« En-tête »): the fiche's « FICHE 1.2.3 » and its title again at the top of each page the
fiche runs onto are no second fiche — the steps going on there stay the fiche's
(sources.action_plan.parser._heading_again); an objective's page header « Objectif 1.3 » at
the top of the next sheet's page is a heading, never the rest of the last step above
(sources.action_plan.line_kinds). Negative: a fiche heading with another title under the
same code is a fiche of its own (reported twice, as before). Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0


def _heading(pages: HandPages, top: float, code: str, title: str) -> None:
    pages.text(EDGE, top, f"FICHE {code}", bold=True, size=12.0)
    pages.text(EDGE, top + 19.0, f"Objectif opérationnel : {title}", bold=True, size=12.0)


def _plan(second_title: str) -> bytes:
    pages = HandPages()
    pages.text(EDGE, 40.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    _heading(pages, 60.0, "1.2.3", "Elaborer une charte")
    pages.text(EDGE, 110.0, "Contexte", bold=True)
    pages.text(180.0, 110.0, "Intégrer les enjeux énergie-climat.")
    pages.text(EDGE, 130.0, "Modalités de mise en oeuvre", bold=True)
    rows = [(f"Etape {k}", f"Une action {k}.", "2019", "1000", "GACdG", "CCI") for k in range(1, 5)]
    pages.steps_table(150.0, rows)
    pages.c.showPage()
    if second_title == "Elaborer une charte":
        _heading(pages, 30.0, "1.2.3", second_title)  # the page header
    else:  # a heading and title on one line
        pages.text(EDGE, 30.0, f"FICHE 1.2.3 Objectif opérationnel : {second_title}", bold=True)
    pages.steps_table(80.0, [("Suivre la charte", "Piloter.", "2022", "5000", "GACdG", "")])
    pages.c.showPage()
    pages.text(420.0, 30.0, "Objectif 1.3", bold=True, size=10.0)  # the next sheet's header
    pages.text(EDGE, 60.0, "1.3 Objectif stratégique : Prévenir la vulnérabilité", bold=True)
    _heading(pages, 90.0, "1.3.1", "Evaluer la qualité de l'air")
    pages.text(EDGE, 140.0, "Modalités de mise en oeuvre", bold=True)
    pages.steps_table(160.0, [("Accompagner", "Des visites.", "2020", "interne", "GACdG", "")])
    pages.c.showPage()
    return pages.save()


def test_a_fiche_heading_repeated_at_the_page_top_is_no_second_fiche() -> None:
    doc = parse_action_plan(_plan("Elaborer une charte"), "plans/entete.pdf", "0" * 64)
    assert [a.action_code for a in doc.actions] == ["1.2.3", "1.3.1"]
    steps = [(s.action_id[-5:], s.step, s.planning_label) for s in doc.steps]
    assert steps[3:] == [
        ("1.2.3", "Etape 4", "2019"),
        ("1.2.3", "Suivre la charte", "2022"),
        ("1.3.1", "Accompagner", "2020"),
    ]
    assert not any("deux fois" in i.message for i in doc.issues)


def test_another_title_under_the_same_code_is_reported() -> None:
    """« FICHE 1.2.3 Objectif opérationnel : Autre chose » on the next page: not the same
    fiche's heading repeated; two fiches numbered 1.2.3, the second reported."""
    doc = parse_action_plan(_plan("Autre chose"), "plans/entete.pdf", "0" * 64)
    assert any("1.2.3" in i.message and "deux fois" in i.message for i in doc.issues)
