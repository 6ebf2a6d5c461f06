"""A steps table whose header was set to repeat with the FIRST STEP's row too (Word's
« Répéter en tant que ligne d'en-tête » on two selected rows): the first step is printed
again under the header on every page the table runs onto. That row is heading, not a step
(sources.action_plan.parser._repeats_first_row). Negative: a table whose next page opens with
a new step that merely resembles the first (one cell different) keeps it. Drawn with
reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0
FIRST = ("Former au bilan carbone", "Un pool d'experts.", "2021", "5000", "GACdG", "ADEME")


def _plan(again: tuple[str, ...]) -> bytes:
    pages = HandPages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.4.2", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Quantifier", bold=True, size=12.0)
    pages.text(EDGE, 130.0, "Modalités de mise en oeuvre", bold=True)
    rows = [FIRST] + [
        (f"Etape {k}", f"Une action {k}.", "2021", "1000", "GACdG", "CCI") for k in range(2, 34)
    ]
    pages.steps_table(150.0, rows)
    pages.c.showPage()
    more = [again, ("Appliquer le bilan", "Tirer le bilan.", "2022", "Interne", "GACdG", "")]
    pages.steps_table(60.0, more)
    pages.c.showPage()
    return pages.save()


def test_the_first_row_repeated_under_the_header_is_no_step() -> None:
    doc = parse_action_plan(_plan(FIRST), "plans/repeat.pdf", "0" * 64)
    names = [s.step for s in doc.steps]
    assert len(names) == 34
    assert names[0] == "Former au bilan carbone" and names.count(names[0]) == 1
    assert names[-1] == "Appliquer le bilan"
    assert [s.planning_label for s in doc.steps[-2:]] == ["2021", "2022"]


def test_a_row_that_differs_from_the_first_is_a_step() -> None:
    other = (*FIRST[:2], "2023", *FIRST[3:])
    doc = parse_action_plan(_plan(other), "plans/repeat.pdf", "0" * 64)
    names = [s.step for s in doc.steps]
    assert len(names) == 35
    assert names.count("Former au bilan carbone") == 2
    assert doc.steps[-2].planning_label == "2023"
