"""Rules drawn from the sixty-fourth to sixty-sixth sets' failures left at the end of the
forty-third pass (issue 13, forty-fourth pass), each shown on hand-made cases with negative
ones:

1. A label / value grid whose values' FIRST LINES ARE INDENTED (the French « alinéa »: the
   further lines start left of the first) keeps those further lines (sources.action_plan.parser
   ``_kv_indented``).
"""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0

# --------------------------------------------------------------------------- 1. alinéa


def _grid(pages: HandPages, first_x: float, next_x: float) -> None:
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.text(EDGE, 140.0, "Contexte")
    pages.text(first_x, 140.0, "L'agglomération mène une opération test sur le territoire.")
    pages.text(next_x, 152.0, "Une vingtaine d'entreprises représentatives sont auditées par la")
    pages.text(next_x, 164.0, "Chambre du Commerce et de l'Industrie du Gers.")
    pages.text(EDGE, 184.0, "Objectifs et résultats")
    pages.text(first_x, 184.0, "Des démarches d'optimisation énergétique sont menées d'ici")
    pages.text(EDGE, 196.0, "attendus")
    pages.text(next_x, 196.0, "2030.")
    pages.text(EDGE, 216.0, "Indicateurs")
    pages.text(first_x, 216.0, "Nombre d'entreprises engagées")
    pages.c.showPage()


def test_a_grid_whose_values_first_lines_are_indented_keeps_their_further_lines() -> None:
    pages = HandPages()
    _grid(pages, 200.0, 182.0)  # 2em at 9 pt: the first line 18 pt right of the others
    doc = parse_action_plan(pages.save(), "plans/alinea.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.context == (
        "L'agglomération mène une opération test sur le territoire. Une vingtaine "
        "d'entreprises représentatives sont auditées par la Chambre du Commerce et de "
        "l'Industrie du Gers."
    )
    assert action.expected_results == (
        "Des démarches d'optimisation énergétique sont menées d'ici 2030."
    )
    assert action.indicators == ["Nombre d'entreprises engagées"]


def test_a_grid_without_indents_reads_as_before() -> None:
    pages = HandPages()
    _grid(pages, 182.0, 182.0)
    doc = parse_action_plan(pages.save(), "plans/plain.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.context is not None and action.context.endswith("Industrie du Gers.")
    assert action.expected_results is not None and action.expected_results.endswith("2030.")
