"""Two columns typed in one grid column on a tab stop (sources.pdf.tab_columns): the header
cell « Planification TAB Ressources à mobiliser », the rows « 2019 TAB 18000 (financé) »;
the column is cut at the tab in every row, and a grid going on without its header on the
next page is cut where the first one was. Negative: a header cell whose right run is no
column label (« Planification   (années) ») stays one column. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

XS = (57.0, 140.0, 290.0, 430.0, 480.0, 538.0)  # five grid columns
TAB = 350.0  # the tab stop inside the third
HEAD = ("Etape", "Descriptif", ("Planification", "Ressources"), "Porteur", "Partenaires")
ROWS = [
    ("Lancer un test", "Auditer vingt entreprises.", ("2019", "18000 (financé)"), "GACdG", "CCI"),
    ("Définir", "Choisir les filières.", ("2020", "interne"), "GACdG", "ADEME"),
]


def _grid(pages: HandPages, top: float, rows: list[tuple], bold: bool = False) -> float:
    c = pages.c
    c.setLineWidth(0.5)
    bottom = top + 18.0 * len(rows)
    for k in range(len(rows) + 1):
        c.line(XS[0], HEIGHT - top - 18.0 * k, XS[-1], HEIGHT - top - 18.0 * k)
    for x in XS:
        c.line(x, HEIGHT - top, x, HEIGHT - bottom)
    for k, row in enumerate(rows):
        y = top + 18.0 * k + 4.0
        for x, cell in zip(XS, row, strict=False):
            if isinstance(cell, tuple):
                pages.text(x + 3.0, y, cell[0], size=8.0, bold=bold)
                pages.text(TAB, y, cell[1], size=8.0, bold=bold)
            else:
                pages.text(x + 3.0, y, cell, size=8.0, bold=bold)
    return bottom


def _plan(head: tuple = HEAD, split: bool = False) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    _grid(pages, 150.0, [head], bold=True)
    _grid(pages, 168.0, ROWS if not split else ROWS[:1])
    if split:  # the grid goes on, header not repeated, on the next page
        pages.c.showPage()
        _grid(pages, 60.0, ROWS[1:])
    pages.c.showPage()
    return pages.save()


def _steps(data: bytes) -> list[tuple[str | None, ...]]:
    doc = parse_action_plan(data, "plans/tabule.pdf", "0" * 64)
    return [(s.step, s.planning_label, s.budget_label, s.owner) for s in doc.steps]


WANT = [
    ("Lancer un test", "2019", "18000 (financé)", "GACdG"),
    ("Définir", "2020", "interne", "GACdG"),
]


def test_a_column_typed_as_two_on_a_tab_stop_is_cut() -> None:
    assert _steps(_plan()) == WANT


def test_the_grid_going_on_is_cut_where_the_first_was() -> None:
    assert _steps(_plan(split=True)) == WANT


def test_a_right_run_that_is_no_label_keeps_the_column_whole() -> None:
    head = (*HEAD[:2], ("Planification", "(années)"), *HEAD[3:])
    steps = _steps(_plan(head))
    assert [s[1] for s in steps] == ["2019 18000 (financé)", "2020 interne"]
    assert [s[2] for s in steps] == [None, None]
