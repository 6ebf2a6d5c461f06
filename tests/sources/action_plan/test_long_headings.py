"""A fiche heading WRAPPED OVER FIVE LINES (a section set in two text columns: a narrow column
wraps « Objectif opérationnel : Mener une réflexion autour de la démarche Plan Local
d'Urbanisme intercommunal Habitat et Déplacement (PLUiHD) » over five lines): every line in
the heading's size and weight goes on its title, up to four after its first
(sources.action_plan.parser). A body line of another size or weight ends it."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HandPages

EDGE = 57.0


def _plan(extra: str | None = None) -> bytes:
    p = HandPages()
    p.text(EDGE, 60.0, "Axe 1 : Un territoire résilient", bold=True, size=14.0)
    heading = [
        "FICHE 1.2.4 Objectif opérationnel :",
        "Mener une réflexion autour de la",
        "démarche Plan Local d'Urbanisme",
        "intercommunal Habitat et Déplacement",
        "(PLUiHD)",
    ]
    if extra is not None:
        heading.append(extra)
    for k, line in enumerate(heading):
        p.text(EDGE, 90.0 + 15.0 * k, line, bold=True, size=13.0)
    top = 95.0 + 15.0 * len(heading)
    p.text(EDGE, top, "Contexte", bold=True, size=10.0)
    p.text(EDGE, top + 13.0, "Le PCAET peut représenter un premier projet de territoire.")
    p.text(EDGE, top + 40.0, "Modalités de mise en oeuvre", bold=True)
    p.steps_table(top + 60.0, [("Animer", "Des ateliers.", "2021", "5000", "GACdG", "DDT")])
    p.c.showPage()
    return p.save()


def test_a_heading_over_five_lines_is_read_whole() -> None:
    doc = parse_action_plan(_plan(), "plans/colonnes.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.title == (
        "Mener une réflexion autour de la démarche Plan Local d'Urbanisme intercommunal "
        "Habitat et Déplacement (PLUiHD)"
    )
    assert action.context == "Le PCAET peut représenter un premier projet de territoire."


def test_a_sixth_line_is_no_part_of_the_title() -> None:
    """Four lines after the first at most: a sixth bold line of the heading's size is left
    out of the title (a run of bold text under a heading is no heading)."""
    doc = parse_action_plan(_plan("et une ligne de trop"), "plans/colonnes.pdf", "0" * 64)
    (action,) = doc.actions
    assert action.title is not None and action.title.endswith("(PLUiHD)")
