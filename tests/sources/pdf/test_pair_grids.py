"""A steps table written as LABEL / VALUE PAIRS, two grid rows a step (« Etape | name |
Planification | 2019 | Porteur | GACdG », then « Descriptif | … | Ressources à mobiliser | … |
Partenaires envisagés | … »), no header row (sources.pdf.ruled_tables._pair_grid_at): each
step read from its pairs; a step's second row cut by the page break (its label cells empty on
the next page) goes on that step. Negative: an ordinary steps grid (a header row, one row a
step) is read as before. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.ruled_tables import _pair_grid_at
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

EDGE = 57.0
XS = (57.0, 125.0, 283.0, 349.0, 420.0, 473.0, 538.0)


def _pairs(pages: HandPages, top: float, rows: list[tuple[str, ...]]) -> float:
    """A ruled grid of six columns, one text line a cell, 16 pt rows; returns its bottom."""
    ys = [top + 16.0 * k for k in range(len(rows) + 1)]
    pages.c.setLineWidth(0.5)
    for y in ys:
        pages.c.line(XS[0], HEIGHT - y, XS[-1], HEIGHT - y)
    for x in XS:
        pages.c.line(x, HEIGHT - ys[0], x, HEIGHT - ys[-1])
    for row, y in zip(rows, ys, strict=False):
        for k, (x, text) in enumerate(zip(XS, row, strict=False)):
            pages.text(x + 3.0, y + 4.0, text, bold=k % 2 == 0, size=7.5)
    return ys[-1]


def _step(name: str, year: str, desc: str, budget: str, partners: str) -> list[tuple[str, ...]]:
    return [
        ("Etape", name, "Planification", year, "Porteur", "GACdG"),
        ("Descriptif", desc, "Ressources", budget, "Partenaires", partners),
    ]


def _plan() -> bytes:
    pages = HandPages()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.5", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Trier", bold=True, size=12.0)
    pages.text(EDGE, 130.0, "Modalités de mise en oeuvre", bold=True)
    rows = _step("Sensibiliser", "2020", "Des ateliers", "interne", "Trigone")
    for k in range(2, 20):
        rows += _step(f"Etape {k}", "2021", f"Une action {k}.", "1000", "CCI")
    rows += _step("Porter un programme", "2022", "A destination de tous", "5000", "Trigone,")
    assert _pairs(pages, 150.0, rows) <= 842.0 - 20
    pages.c.showPage()
    _pairs(pages, 60.0, [("", "les publics.", "", "", "", "chambres consulaires")])
    pages.c.showPage()
    return pages.save()


def test_pairs_grid_read_as_steps_and_a_cut_row_goes_on() -> None:
    doc = parse_action_plan(_plan(), "plans/pairs.pdf", "0" * 64)
    steps = doc.steps
    assert len(steps) == 20
    first, last = steps[0], steps[-1]
    assert (first.step, first.planning_label, first.owner, first.budget_label) == (
        "Sensibiliser",
        "2020",
        "GACdG",
        "interne",
    )
    assert first.description == "Des ateliers" and first.partners == ["Trigone"]
    assert (last.step, last.planning_label, last.budget_label) == (
        "Porter un programme",
        "2022",
        "5000",
    )
    assert last.description == "A destination de tous les publics."
    assert last.partners == ["Trigone", "chambres consulaires"]


def test_an_ordinary_grid_is_no_pairs_grid() -> None:
    header = ["Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires"]
    body = ["Sensibiliser", "Des ateliers", "2020", "interne", "GACdG", "Trigone"]
    assert not _pair_grid_at([header, body], None)
    assert not _pair_grid_at([header], None)  # a header row alone (its body read by geometry)
    assert _pair_grid_at([list(row) for row in _step("a", "2020", "b", "c", "d")], None)
    # a grid with no label going on: a cut row alone is one only under a pairs grid
    cut = [["", "les publics.", "", "", "", "chambres"]]
    assert not _pair_grid_at(cut, None)
    assert _pair_grid_at(cut, ["description", "budget", "partners"])
