"""A SECOND TABLE GLUED UNDER A STEPS TABLE (a « Circuit de validation » visa table 2 pt under
its bottom rule, on its own vertical rules): the grid finder reads one grid; the rows drawn on
other rules than the header's are no steps (sources.pdf.stacked_grids). Rows spanning the
header's columns (a total row) and a grid nested in a cell stay. Drawn with reportlab."""

from __future__ import annotations

from types import SimpleNamespace

from sources.action_plan import parse_action_plan
from sources.pdf.stacked_grids import foreign_tail
from tests.sources.pdf.hand_pages import BOUNDS, HandPages

ROWS = (
    ("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir", "2020", "interne", "GACdG", "ADEME"),
)
VISA_BOUNDS = (57.0, 160.0, 285.0, 410.0, 538.0)
VISA = (
    ("Circuit de validation", "Rédaction", "Vérification", "Approbation"),
    ("Nom et fonction", "Chargée de mission", "Directeur", "Vice-président"),
    ("Date", "14/02/2024", "21/02/2024", "28/03/2024"),
)


def _plan(glued: bool) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    bottom = pages.steps_table(150.0, ROWS)
    if glued:
        pages.body_rows(bottom + 2.0, VISA, VISA_BOUNDS)  # on its own column rules
    pages.next_fiche(bottom + 70.0)
    pages.c.showPage()
    return pages.save()


def test_a_visa_table_glued_under_the_steps_is_no_step() -> None:
    for glued in (True, False):
        doc = parse_action_plan(_plan(glued), "plans/circuit.pdf", "0" * 64)
        assert [(s.step, s.start_year, s.owner) for s in doc.steps] == [
            ("Lancer un test", 2019, "GACdG"),
            ("Définir une stratégie", 2020, "GACdG"),
        ], glued


def _table(*rows: list[float | None]) -> SimpleNamespace:
    return SimpleNamespace(
        rows=[SimpleNamespace(cells=[None if x is None else (x, 0, 0, 0) for x in r]) for r in rows]
    )


HEAD = list(BOUNDS[:-1])


def test_rows_on_other_rules_end_the_grid() -> None:
    visa = [57.0, None, 160.0, 285.0, None, 410.0, None, None, None]
    head = [57.0, 147.0, None, None, 307.0, 364.0, None, 430.0, 490.0]
    body = list(head)
    assert foreign_tail(_table(head, body, body, visa, visa), 0) == 3
    assert foreign_tail(_table(head, body, visa), 0) == 2


def test_rows_on_the_header_rules_stay() -> None:
    total = [57.0, None, 307.0, None, None, None]  # a total row spanning columns
    assert foreign_tail(_table(HEAD, HEAD, total), 0) is None
    nested = [*HEAD[:5], 460.0, HEAD[5]]  # a grid nested in the owner's cell: more rules
    assert foreign_tail(_table(HEAD, HEAD, nested), 0) is None
    visa = [57.0, 160.0, 285.0, 410.0]
    assert foreign_tail(_table(HEAD, visa), 0) is None  # no body row of the header's own
    assert foreign_tail(_table(HEAD, HEAD, visa, [57.0, 200.0]), 0) is None  # runs unlike
