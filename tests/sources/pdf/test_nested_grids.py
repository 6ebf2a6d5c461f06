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


OUTER5 = (57.0, 147.0, 307.0, 364.0, 430.0, 538.0)
PAIRS = (("GACdG", "CCI du Gers"), ("Service climat", "ADEME"), ("GACdG", ""))


def _pasted_pairs() -> bytes:
    """A steps grid whose last cell holds, in every row, a pasted 1 × 2 grid « Porteur |
    Partenaires envisagés », inset from the outer rules by the cell's margins (5 pt, Writer's)."""
    pages = HandPages()
    pages.fiche_head()
    tops = [150.0, 174.0, 198.0, 222.0, 246.0]
    _grid(pages, OUTER5, tops)
    for x, label in zip(
        OUTER5, ("Etape", "Descriptif", "Planification", "Ressources"), strict=False
    ):
        pages.text(x + 3.0, tops[0] + 5.0, label, bold=True, size=8.0)
    rows = [("Porteur", "Partenaires")] + list(PAIRS)
    steps = [
        ("Lancer", "Auditer", "2019", "18000"),
        ("Définir", "Choisir", "2020", "interne"),
        ("Animer", "Réunir", "2021", "5000"),
    ]
    for k, (top, bottom) in enumerate(zip(tops, tops[1:], strict=False)):
        _grid(pages, (436.0, 484.0, 532.0), [top + 5.0, bottom - 5.0])
        for x, text in zip((439.0, 487.0), rows[k], strict=True):
            pages.text(x, top + 8.0, text, bold=k == 0, size=7.0)
        if k:
            for x, text in zip(OUTER5, steps[k - 1], strict=False):
                pages.text(x + 3.0, top + 5.0, text, size=8.0)
    pages.text(57.0, 290.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, 310.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    pages.c.showPage()
    return pages.save()


def test_pasted_owner_grids_are_read_under_their_columns() -> None:
    doc = parse_action_plan(_pasted_pairs(), "plans/gigogne.pdf", "0" * 64)
    got = [(s.step, s.planning_label, s.owner, s.partners) for s in doc.steps]
    assert got == [
        ("Lancer", "2019", "GACdG", ["CCI du Gers"]),
        ("Définir", "2020", "Service climat", ["ADEME"]),
        ("Animer", "2021", "GACdG", []),
    ]


class _Cells:
    def __init__(self, cells: list) -> None:
        self.cells = cells
        boxes = [c for c in cells if c is not None]
        self.bbox = (boxes[0][0], boxes[0][1], boxes[-1][2], boxes[-1][3])


class _Grid:
    """A found grid as pdfplumber gives it (bbox, columns, rows of cell boxes, texts)."""

    def __init__(self, bbox: tuple, xs: list[float], rows: list[list], texts: list[list]) -> None:
        self.bbox = bbox
        self.columns = [_Cells([(x, bbox[1], x + 1.0, bbox[3])]) for x in xs]
        self.rows = [_Cells(r) for r in rows]
        self._texts = texts

    def extract(self) -> list[list]:
        return self._texts


def test_a_pasted_grid_goes_under_the_columns_the_header_made() -> None:
    """As Writer prints ``plan_docx_gigogne``: the header's nested « Porteur | Partenaires »
    grid joined to the outer rules (two columns of their own), a body row's nested grid apart,
    its outer cell one merged cell over them."""
    from sources.pdf.nested_grids import with_nested_cells

    xs = [51.0, 142.0, 295.0, 414.0, 420.0, 468.0]
    header = [(x, 239.0, x1, 260.0) for x, x1 in zip(xs, [*xs[1:], 533.0], strict=True)]
    body = [
        (51.0, 260.0, 142.0, 320.0),
        (142.0, 260.0, 295.0, 320.0),
        (295.0, 260.0, 414.0, 320.0),
        (414.0, 260.0, 533.0, 320.0),
        None,
        None,
    ]
    outer = _Grid(
        (51.0, 239.0, 533.0, 320.0),
        xs,
        [header, body],
        [
            ["Etape", "Descriptif", "Planification", "", "Porteur", "Partenaires"],
            ["Définir", "Choisir", "2019", "GACdG Chambre du Gers", None, None],
        ],
    )
    nested = _Grid(
        (420.0, 265.0, 528.0, 300.0),
        [420.0, 468.0],
        [[(420.0, 265.0, 468.0, 300.0), (468.0, 265.0, 528.0, 300.0)]],
        [["GACdG", "Chambre\ndu Gers"]],
    )
    data = outer.extract()
    out = with_nested_cells(outer, data, [outer, nested])
    assert out[1] == ["Définir", "Choisir", "2019", "", "GACdG", "Chambre\ndu Gers"]
    assert data[1][3] == "GACdG Chambre du Gers"  # the grid's own texts left as they were
    alone = _Grid((414.0, 265.0, 533.0, 300.0), [414.0], [[(414.0, 265.0, 533.0, 300.0)]], [["x"]])
    assert with_nested_cells(outer, data, [outer, alone]) is data  # one column: nothing to read
