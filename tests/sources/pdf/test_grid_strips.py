"""A steps table whose rows are strips apart: an empty spacer row without side rules between
two steps makes each step a grid of its own (sources.pdf.ruled_tables._grid_above). The
strips under the headed grid, on its column rules, are its rows. Negative: a grid farther
down the page (past the strip gap) or on other column rules is no strip of it. Drawn with
reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import BOUNDS, HEIGHT, HandPages

ROWS = (
    ("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),
    ("Définir", "Choisir", "2020", "interne", "GACdG", "ADEME"),
    ("Animer", "Réunir", "2021", "5000", "GACdG", "CMA"),
)


def _strip(pages: HandPages, top: float, row: tuple[str, ...]) -> float:
    bottom = top + 18.0
    pages.c.setLineWidth(0.5)
    for y in (top, bottom):
        pages.c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
    for x in BOUNDS:
        pages.c.line(x, HEIGHT - top, x, HEIGHT - bottom)
    for x, cell in zip(BOUNDS, row, strict=False):
        pages.text(x + 3.0, top + 4.0, cell, size=8.0)
    return bottom


def _plan() -> bytes:
    pages = HandPages()
    pages.fiche_head()
    bottom = pages.steps_table(150.0, ROWS[:1])
    for row in ROWS[1:]:
        bottom = _strip(pages, bottom + 4.5, row)  # a 0.15 cm spacer row, no side rules
    pages.text(57.0, bottom + 30.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, bottom + 50.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.c.showPage()
    return pages.save()


def test_strips_under_the_grid_are_its_rows() -> None:
    doc = parse_action_plan(_plan(), "plans/aere.pdf", "0" * 64)
    assert [(s.step, s.planning_label, s.owner) for s in doc.steps] == [
        (r[0], r[2], r[4]) for r in ROWS
    ]


def test_a_grid_elsewhere_is_no_strip() -> None:
    from sources.pdf.content import TableBlock
    from sources.pdf.ruled_tables import _grid_above

    above = TableBlock(1, 150.0, 200.0, ["step"], True, bounds=list(BOUNDS), ncols=6)
    assert _grid_above([above], 6, list(BOUNDS), 204.5) is above
    assert _grid_above([above], 6, list(BOUNDS), 260.0) is None  # far below: another table
    moved = [x + 20.0 for x in BOUNDS]
    assert _grid_above([above], 6, moved, 204.5) is None  # other column rules
