"""A heading printed after a fiche's label/value grid, alone in its label column (« Localisation »
over a map widget whose controls are text): it closes the grid, and the words after it are no
value of the grid's last field. Negative: a label wrapped over two or three lines (« Liens avec
les » / « objectifs » / « réglementaires », the last alone beside no value) stays one label. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HandPages

LINKS = ["Réduction des émissions de GES", "Séquestration carbone", "Adaptation"]


def _plan(three_lines: bool = False) -> bytes:
    pages = HandPages()
    pages.text(57.0, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(57.0, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(57.0, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.text(57.0, 130.0, "Contexte", bold=True)
    pages.text(180.0, 130.0, "Une démarche engagée en 2018.")
    if three_lines:  # the label's last line alone, its box touching the line above
        pages.text(57.0, 150.0, "Liens avec les", bold=True)
        pages.text(57.0, 159.0, "objectifs", bold=True)
        pages.text(57.0, 167.5, "réglementaires", bold=True)
        for k, link in enumerate(LINKS):
            pages.text(180.0, (150.0, 159.0, 176.0)[k], link, size=9.5)
    else:
        pages.text(57.0, 150.0, "Liens avec les objectifs", bold=True)
        pages.text(57.0, 161.0, "réglementaires", bold=True)
        for k, link in enumerate(LINKS):
            pages.text(180.0, 150.0 + 14.0 * k, link)
    pages.text(57.0, 210.0, "Localisation", bold=True, size=8.5)
    pages.text(62.0, 228.0, "+", bold=True, size=10.0)
    pages.text(220.0, 230.0, "Lieu de l'action", bold=True, size=8.0)
    pages.text(220.0, 240.0, "Territoire du Grand Auch", size=7.5)
    pages.text(62.0, 246.0, "−", bold=True, size=10.0)
    pages.text(60.0, 300.0, "2 km", size=7.0)
    pages.text(400.0, 306.0, "Leaflet | © OpenStreetMap", size=6.5)
    pages.text(57.0, 320.0, "Carte interactive · Agrandir la carte", size=7.0)
    pages.text(57.0, 345.0, "Modalités de mise en oeuvre", bold=True)
    pages.steps_table(365.0, [("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI")])
    pages.c.showPage()
    return pages.save()


def test_a_heading_after_the_grid_closes_it() -> None:
    doc = parse_action_plan(_plan(), "plans/espace_projets.pdf", "0" * 64)
    [action] = doc.actions
    assert action.context == "Une démarche engagée en 2018."
    assert action.regulatory_links == LINKS
    assert [s.step for s in doc.steps] == ["Lancer un test"]


def test_a_label_s_last_line_alone_is_no_heading() -> None:
    doc = parse_action_plan(_plan(three_lines=True), "plans/espace_projets.pdf", "0" * 64)
    assert doc.actions[0].regulatory_links == LINKS
