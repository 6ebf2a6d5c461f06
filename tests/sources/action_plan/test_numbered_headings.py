"""Headings numbered by the document's outline (sources.action_plan.line_kinds._classify): a
wiki's « auto-number headings » sets « 1.1.2 » in front of « FICHE 1.1.1 … », « 1.1.2.1 »
in front of « Modalités de mise en oeuvre »; the number is no part of the heading. Negative:
a heading whose own code comes first (« 1.1 Objectif stratégique ») keeps it, and a numbered
line that is no heading stays text."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.line_kinds import _classify
from sources.pdf.content import Line, Segment
from tests.sources.pdf.hand_pages import HandPages

ROWS = (("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),)


def _line(text: str) -> Line:
    return Line(1, 100.0, 110.0, 57.0, 400.0, 10.0, True, [Segment(57.0, 400.0, text, True)])


def test_numbered_headings_are_read_without_their_number() -> None:
    pages = HandPages()
    pages.text(57.0, 60.0, "1 Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(57.0, 85.0, "1.1 1.1 Objectif stratégique : Dynamiser", bold=True, size=12.0)
    pages.text(57.0, 104.0, "1.1.2 FICHE 1.1.1 Objectif opérationnel : Expérimenter", bold=True)
    pages.text(57.0, 124.0, "Contexte : Une opération test.", size=9.0)
    pages.text(57.0, 134.0, "1.1.2.1 Modalités de mise en oeuvre", bold=True)
    pages.steps_table(150.0, ROWS)
    pages.c.showPage()
    doc = parse_action_plan(pages.save(), "plans/wiki.pdf", "0" * 64)
    [action] = doc.actions
    assert (action.action_code, action.title) == ("1.1.1", "Expérimenter")
    assert action.strategic_objective_code == "1.1"
    assert action.context == "Une opération test."
    assert [(s.step, s.budget_label) for s in doc.steps] == [("Lancer un test", "18000")]


def test_a_heading_s_own_code_and_numbered_text_are_kept() -> None:
    kind = _classify(_line("1.1 Objectif stratégique : Dynamiser"))
    assert kind is not None and (kind.kind, kind.code) == ("objective", "1.1")
    assert _classify(_line("2 entreprises auditées en 2019")) is None
    # a number before a field label is not taken off: numbered text is no heading
    assert _classify(_line("3 Contexte")) is None
