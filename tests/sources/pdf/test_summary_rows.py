"""A grid view's SUMMARY bar under a steps table (« 2 enregistrements », « Remplis 2 » under
each column; a no-code database's ``<tfoot>``, repeated at the foot of every page the table
breaks across) is no step (sources.action_plan.parser._is_summary_row). Negative cases: step
rows with years, amounts and short names. Drawn with reportlab for the whole plan."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.parser import _is_summary_row
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0


def test_count_rows_are_summary_rows() -> None:
    bar = {"step": "2 enregistrements", "description": "Remplis 2", "planning": "Remplis 2"}
    assert _is_summary_row({**bar, "budget": "Remplis 1", "owner": "Total : 2"})
    # negative: a step row (a year, an amount, a short name), a bar of two cells only
    step = {"step": "Phase 2", "description": "Réunir 3 fois", "planning": "2019"}
    assert not _is_summary_row({**step, "budget": "5000", "owner": "GACdG"})
    assert not _is_summary_row({"step": "Etape 1", "planning": "Année 2020", "budget": "5000"})
    assert not _is_summary_row({"step": "2 enregistrements", "description": "Remplis 2"})


def test_summary_bars_are_no_steps() -> None:
    pages = HandPages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.text(EDGE, 130.0, "Modalités de mise en oeuvre", bold=True)
    bar = ("2 enregistrements", "Remplis 2", "Remplis 2", "Remplis 2", "Remplis 2", "Remplis 1")
    rows = [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir", "Choisir les filières.", "2020", "5000", "GACdG", ""),
        bar,
    ]
    pages.steps_table(150.0, rows)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/bar.pdf", "0" * 64)
    assert [(s.step, s.planning_label, s.budget_label) for s in doc.steps] == [
        ("Lancer un test", "2019", "18000"),
        ("Définir", "2020", "5000"),
    ]
