"""A steps table whose header opens with a title row « FICHE 1.1.1 — Modalités de mise en
oeuvre » instead of a « Modalités » heading, repeated on the next page with the header
(sources.action_plan.parser._impl_title): the title opens the fiche's steps, its repeat is no
text, and the steps are the fiche's. Negative: the title naming another fiche reads as that
fiche's heading. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.parser import _impl_title
from tests.sources.pdf.hand_pages import HandPages

ROWS = (
    ("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),
    ("Définir", "Choisir", "2020", "interne", "GACdG", "ADEME"),
)


def _plan() -> bytes:
    pages = HandPages()
    pages.text(57.0, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(57.0, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(57.0, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.text(57.0, 125.0, "Contexte", bold=True)
    pages.text(160.0, 125.0, "Une démarche engagée en 2018.")
    pages.text(60.0, 136.0, "FICHE 1.1.1 — Modalités de mise en oeuvre", bold=True, size=9.0)
    pages.steps_table(150.0, ROWS[:1])
    pages.c.showPage()
    pages.text(60.0, 46.0, "FICHE 1.1.1 — Modalités de mise en oeuvre", bold=True, size=9.0)
    bottom = pages.steps_table(60.0, ROWS[1:])
    pages.text(57.0, bottom + 30.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, bottom + 50.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.c.showPage()
    return pages.save()


def test_a_title_row_opens_the_fiche_s_steps() -> None:
    doc = parse_action_plan(_plan(), "plans/surtitre.pdf", "0" * 64)
    codes = {a.action_id: a.action_code for a in doc.actions}
    assert [(codes[s.action_id], s.step, s.planning_label) for s in doc.steps] == [
        ("1.1.1", "Lancer un test", "2019"),
        ("1.1.1", "Définir", "2020"),
    ]
    assert doc.actions[0].context == "Une démarche engagée en 2018."


def test_title_texts() -> None:
    assert _impl_title("— Modalités de mise en oeuvre")
    assert _impl_title(": Modalités de mise en œuvre")
    assert not _impl_title("Expérimenter un projet d'économie circulaire")
    assert not _impl_title("")
