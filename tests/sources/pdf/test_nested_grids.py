"""A steps grid nested in an outer grid « Planification | Étapes prévues » (sources.pdf.nested_grids):
one outer row a run of steps sharing a planning value, the value written once beside a nested
steps grid (its own header) that has no planning column; every step of the run gets the
value, and the outer grid's words are no text of the fiche. Negative: a nested grid that has
its own planning column keeps its own values. A budget cut by a page break inside its
bracket (« interne (0,1 » over « ETP) ») goes on. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.parser import _split_row
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

OUTER = (57.0, 120.0, 540.0)
INNER = (124.0, 200.0, 330.0, 390.0, 450.0, 536.0)
INNER_HEADER = ("Etape", "Descriptif", "Ressources", "Porteur", "Partenaires")
RUNS = (
    (
        "2019",
        [
            ("Lancer un test", "Auditer", "18000", "GACdG", "CCI"),
            ("Définir", "Choisir", "interne", "GACdG", "ADEME"),
        ],
    ),
    ("2020 et +", [("Animer", "Réunir", "5000", "GACdG", "CMA")]),
)


def _grid(pages: HandPages, xs: tuple[float, ...], tops: list[float]) -> None:
    pages.c.setLineWidth(0.5)
    for y in tops:
        pages.c.line(xs[0], HEIGHT - y, xs[-1], HEIGHT - y)
    for x in xs:
        pages.c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])


def _plan(inner_header: tuple[str, ...] = INNER_HEADER) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    outer_tops = [150.0, 166.0]
    top = 166.0
    for _, steps in RUNS:
        top += 4.0 + 16.0 + 18.0 * len(steps) + 4.0
        outer_tops.append(top)
    _grid(pages, OUTER, outer_tops)
    pages.text(OUTER[0] + 3.0, 154.0, "Planification", bold=True, size=8.0)
    pages.text(OUTER[1] + 3.0, 154.0, "Étapes prévues", bold=True, size=8.0)
    for (value, steps), row_top in zip(RUNS, outer_tops[1:], strict=False):
        pages.text(OUTER[0] + 3.0, row_top + 6.0, value, size=8.0)
        inner_top = row_top + 4.0
        tops = [inner_top, inner_top + 16.0] + [
            inner_top + 16.0 + 18.0 * (k + 1) for k in range(len(steps))
        ]
        _grid(pages, INNER, tops)
        for x, label in zip(INNER, inner_header, strict=False):
            pages.text(x + 3.0, inner_top + 4.0, label, bold=True, size=8.0)
        for step, y in zip(steps, tops[1:], strict=False):
            for x, cell in zip(INNER, step, strict=False):
                pages.text(x + 3.0, y + 4.0, cell, size=8.0)
    pages.text(57.0, outer_tops[-1] + 30.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, outer_tops[-1] + 50.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.c.showPage()
    return pages.save()


def test_the_outer_value_goes_to_every_nested_row() -> None:
    doc = parse_action_plan(_plan(), "plans/millesimes.pdf", "0" * 64)
    got = [(s.step, s.planning_label, s.budget_label, s.start_year) for s in doc.steps]
    assert got == [
        ("Lancer un test", "2019", "18000", 2019),
        ("Définir", "2019", "interne", 2019),
        ("Animer", "2020 et +", "5000", 2020),
    ]
    action = doc.actions[0]
    assert action.context is None and action.indicators == []  # no outer word read as text


def test_a_nested_grid_with_its_own_column_keeps_it() -> None:
    header = ("Etape", "Descriptif", "Calendrier", "Porteur", "Partenaires")
    doc = parse_action_plan(_plan(header), "plans/millesimes.pdf", "0" * 64)
    assert [s.planning_label for s in doc.steps] == ["18000", "interne", "5000"]


def test_a_bracket_left_open_goes_on_over_the_break() -> None:
    above = {
        "step": "Identifier des",
        "description": "Identifier",
        "budget": "interne (0,1",
        "owner": "élus",
    }
    below = {"step": "référents", "description": "la conformité", "budget": "ETP)", "owner": ""}
    assert _split_row(above, below)
    closed = dict(above, budget="interne")
    assert not _split_row(closed, dict(below, budget="Etude"))
