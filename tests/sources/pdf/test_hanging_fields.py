"""Fields typed as tab-stop paragraphs with a hanging indent (bold label, tab, value; the
value's further lines at the indent): a label wider than the indent runs past it, its value
starting at the next tab stop and going on at the indent — also right after a label with no
value (« Prise en compte de l'EES » alone on its line), which closes the label / value grid
(sources.action_plan.parser._field). Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0
INDENT = 159.0


def _plan() -> bytes:
    pages = HandPages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.text(EDGE, 130.0, "Contexte", bold=True)
    pages.text(INDENT, 130.0, "Sur la base du premier travail réalisé,")
    pages.text(INDENT, 142.0, "l'objectif est de mobiliser les acteurs.")
    pages.text(EDGE, 160.0, "Publics cibles", bold=True)
    pages.text(INDENT, 160.0, "Entreprises, Associations")
    pages.text(EDGE, 178.0, "Prise en compte de l'EES", bold=True)
    right = pages.text(EDGE, 196.0, "Liens avec les objectifs réglementaires", bold=True)
    assert right > INDENT + 20
    pages.text(right + 8.0, 196.0, "Réduction des émissions de GES")
    pages.text(INDENT, 208.0, "Séquestration carbone")
    pages.text(INDENT, 220.0, "Qualité de l'air")
    pages.text(EDGE, 250.0, "Modalités de mise en oeuvre", bold=True)
    rows = [("Animer le réseau", "Deux rencontres.", "2021", "interne", "GACdG", "")]
    pages.steps_table(270.0, rows)
    pages.c.showPage()
    return pages.save()


def test_a_long_label_value_goes_on_at_the_indent() -> None:
    doc = parse_action_plan(_plan(), "plans/tabs.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.context == (
        "Sur la base du premier travail réalisé, l'objectif est de mobiliser les acteurs."
    )
    assert action.target_audiences == ["Entreprises", "Associations"]
    assert action.regulatory_links == [
        "Réduction des émissions de GES",
        "Séquestration carbone",
        "Qualité de l'air",
    ]
    assert [s.step for s in doc.steps] == ["Animer le réseau"]
