"""Steps written as ONE TABLE A STEP (plan_html_bancal: a CMS « vue liste » whose template
writes each record as a ``<table>`` of its own, each sized by the browser from its own
content), stacked under a header table of their own: the column rules stand at other places
in every row. Under the header the rows are read cell by cell under its cells; at the top of
the next page, with no header, each row is read by its own cells in order
(sources.pdf.row_tables). Drawn by hand with reportlab; the whole plan read with the parser."""

from __future__ import annotations

from types import SimpleNamespace

from sources.action_plan import parse_action_plan
from sources.pdf.row_tables import own_cell_rows
from tests.sources.pdf.hand_pages import HandPages

# each step's own column rules, as a browser sizes a table from its content
OWN = (
    (57.0, 120.0, 330.0, 370.0, 420.0, 480.0, 538.0),
    (57.0, 160.0, 290.0, 350.0, 440.0, 500.0, 538.0),
    (57.0, 140.0, 300.0, 380.0, 430.0, 470.0, 538.0),
    (57.0, 110.0, 320.0, 360.0, 410.0, 490.0, 538.0),
)
STEPS = (
    ("Créer", "Définir les besoins", "2020", "interne", "GACdG", "ADEME"),
    ("Réaliser", "Première version", "2021", "3000", "GACdG", "CAUE"),
    ("Suivre", "Bilan annuel", "2022", "5000", "GACdG", "AUaT"),
    ("Actualiser", "Mettre à jour", "2023", "interne", "GACdG", "Communes"),
)


def _plan(on_page_one: int = 2) -> bytes:
    """Fiche 1.1.1's header table, then one table a step on its own rules, the first
    ``on_page_one`` on page 1 and the others at the top of page 2, then fiche 1.1.2."""
    pages = HandPages()
    pages.fiche_head()
    top = pages.steps_table(150.0, [])  # the header alone
    for k in range(on_page_one):
        pages.body_rows(top + 18.0 * k, [STEPS[k]], OWN[k])
    pages.c.showPage()
    top = 60.0
    rest = range(on_page_one, len(STEPS))
    for n, k in enumerate(rest):
        pages.body_rows(top + 18.0 * n, [STEPS[k]], OWN[k])
    pages.next_fiche(top + 18.0 * len(rest))
    pages.c.showPage()
    return pages.save()


def test_each_step_table_is_read_by_its_own_cells_across_the_page_break() -> None:
    doc = parse_action_plan(_plan(), "plans/bancal.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == ["Créer", "Réaliser", "Suivre", "Actualiser"]
    assert [s.description for s in doc.steps] == [r[1] for r in STEPS]
    assert [s.start_year for s in doc.steps] == [2020, 2021, 2022, 2023]
    assert [s.budget_eur for s in doc.steps] == [0.0, 3000.0, 5000.0, 0.0]
    assert [s.page for s in doc.steps] == [1, 1, 2, 2]
    assert [s.partners for s in doc.steps] == [["ADEME"], ["CAUE"], ["AUaT"], ["Communes"]]


def _row(*starts: float | None) -> SimpleNamespace:
    return SimpleNamespace(cells=[None if x is None else (x, 0.0, x + 1.0, 1.0) for x in starts])


def test_own_cells_when_every_row_has_as_many_cells_not_lined_up() -> None:
    rows = [_row(0, 10, None, 30, None), _row(0, None, 20, None, 40)]
    assert own_cell_rows(rows, 3) == [[0, 1, 3], [0, 2, 4]]


def test_no_own_cells_for_a_merged_row_or_a_lined_up_grid() -> None:
    assert own_cell_rows([_row(0, 10, None, 30, None), _row(0, None, None, None, 40)], 3) is None
    assert own_cell_rows([_row(0, 10, 20), _row(0, 10, 20)], 3) is None
    assert own_cell_rows([_row(None, 10, None, 30, 40)], 3) is None
