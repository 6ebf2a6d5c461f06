"""A steps header printed alone at a page's foot, its labels' last lines carried by the page
break to the next page's first grid row (« Planificati » / « on », « Ressources » / « à
mobiliser »): the labels are put back together, the row is no step
(sources.pdf.ruled_tables._header_rest). Negative: a first row with text under an empty
header cell is a row of the table. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HandPages

HEAD = ("Etape", "Descriptif", "Planificati", "Ressources", "Porteur", "Partenaires")
REST = ("", "", "on", "à mobiliser", "", "envisagés")
ROWS = [
    ("Accompagner", "Assurer un accompagnement.", "2020", "interne", "GACdG", "communes"),
    ("Concevoir", "Mettre en place les actions.", "2021", "interne", "GACdG", "communes"),
]


def _plan(first: tuple[str, ...]) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    pages.text(57.0, 700.0, "Modalités de mise en oeuvre", bold=True)
    pages.body_rows(760.0, [HEAD])
    pages.c.showPage()
    pages.body_rows(60.0, [first, *ROWS])
    pages.c.showPage()
    return pages.save()


def _steps(data: bytes) -> list[tuple[str | None, ...]]:
    doc = parse_action_plan(data, "plans/entete.pdf", "0" * 64)
    return [(s.step, s.planning_label, s.budget_label, s.owner) for s in doc.steps]


def test_a_header_cut_by_the_page_break_is_put_back_together() -> None:
    assert _steps(_plan(REST)) == [(r[0], r[2], r[3], r[4]) for r in ROWS]


def test_text_under_an_empty_header_cell_is_a_row() -> None:
    first = ("Lancer", "Auditer.", "2019", "5000", "GACdG", "CCI")
    assert [s[0] for s in _steps(_plan(first))] == ["Lancer", "Accompagner", "Concevoir"]
