"""Step names printed as BAND ROWS (sources.pdf.band_rows, sources.action_plan.band_names): a
steps table whose header names no step column (Descriptif | Planification | Ressources |
Porteur | Partenaires), each step a band across the table holding its name (white bold on a
dark fill, « <th colspan> » in a web page; or a bold line alone between rules; or one grid
cell merged over every column), then its row of cells. Each band names the ONE row under it;
bands over several rows each are group titles and name no row. Pages drawn by hand."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sources.action_plan import parse_action_plan
from sources.action_plan.band_names import name_by_bands
from sources.pdf.band_rows import is_band, spanning_fills
from sources.pdf.content import Line, Segment, TableRow
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.ruled_tables import _ruled_tables
from tests.sources.pdf.hand_lines import fake_grid
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

EDGE = 57.0
COLS = (57.0, 257.0, 327.0, 400.0, 466.0, 538.0)
HEADER = ("Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
STEPS = [
    ("Lancer une phase test", ("Auditer vingt entreprises", "du territoire."), "2019",
     "18000", "GACdG", "CCI du Gers"),
    ("Définir une stratégie", ("Choisir les filières.",), "2020", "interne", "GACdG", "ADEME"),
    ("Animer le réseau", ("Deux rencontres par an.",), "2021 et +", "5 000", "Mairie", "CAUE"),
]  # fmt: skip


class _Bands(HandPages):
    def fill(self, x0: float, top: float, x1: float, bottom: float, rgb: tuple[float, ...]) -> None:
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def rule(self, top: float) -> None:
        self.fill(COLS[0], top, COLS[-1], top + 0.75, (0.84, 0.78, 0.87))

    def header(self, top: float) -> float:
        """The header's cells, each filled light, a dark rule under them; returns its bottom."""
        for x0, x1, label in zip(COLS, COLS[1:], HEADER, strict=False):
            self.fill(x0, top, x1, top + 18.0, (0.95, 0.93, 0.96))
            self.text(x0 + 4.0, top + 5.0, label, bold=True, size=8.0)
        self.fill(COLS[0], top + 18.0, COLS[-1], top + 19.0, (0.36, 0.17, 0.44))
        return top + 19.0

    def band(self, top: float, name: str, *, filled: bool = True) -> float:
        """A step's name across the table: white bold on a plum band, or bold black alone
        between two rules (``filled`` false); returns its bottom."""
        if filled:
            self.fill(COLS[0], top, COLS[-1], top + 16.0, (0.49, 0.24, 0.6))
            self.c.setFillColorRGB(1, 1, 1)
        else:
            self.rule(top)
            self.rule(top + 15.25)
        self.text(COLS[0] + 5.0, top + 4.0, name, bold=True, size=9.0)
        self.c.setFillColorRGB(0, 0, 0)
        return top + 16.0

    def cells(self, top: float, step: tuple[object, ...]) -> float:
        """The step's five cells (the description on its lines), a light rule under them."""
        description, *details = step[1:]
        assert isinstance(description, tuple)
        for k, line in enumerate(description):
            self.text(COLS[0] + 4.0, top + 4.0 + 11.0 * k, line, size=8.5)
        for x, value in zip(COLS[1:], details, strict=False):
            self.text(x + 4.0, top + 4.0, str(value), size=8.5)
        bottom = top + 8.0 + 11.0 * len(description)
        self.rule(bottom)
        return bottom + 0.75

    def fiche(self, top: float, code: str, title: str) -> float:
        self.text(EDGE, top, f"FICHE {code}", bold=True, size=12.0)
        self.text(EDGE, top + 20.0, f"Objectif opérationnel : {title}", bold=True, size=12.0)
        self.text(EDGE, top + 45.0, "Contexte", bold=True)
        self.text(180.0, top + 45.0, "Une opération test auprès des entreprises.")
        self.text(EDGE, top + 70.0, "Modalités de mise en oeuvre", bold=True)
        return top + 90.0


def _plan(*, filled: bool = True, split: bool = False) -> bytes:
    """One fiche whose three steps are bands over their cells; ``split``: the table goes on
    on a second page under its repeated header after the first step (a band opening it)."""
    pages = _Bands()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    y = pages.header(pages.fiche(85.0, "1.1.1", "Expérimenter"))
    for k, step in enumerate(STEPS):
        if split and k == 1:
            pages.c.showPage()
            y = pages.header(60.0)
        y = pages.cells(pages.band(y, str(step[0]), filled=filled), step)
    pages.c.showPage()
    return pages.save()


WANT = [
    ("Lancer une phase test", "Auditer vingt entreprises du territoire.", "2019", 18000.0,
     "GACdG", ["CCI du Gers"]),
    ("Définir une stratégie", "Choisir les filières.", "2020", 0.0, "GACdG", ["ADEME"]),
    ("Animer le réseau", "Deux rencontres par an.", "2021 et +", 5000.0, "Mairie", ["CAUE"]),
]  # fmt: skip


def _read(data: bytes) -> list[tuple[object, ...]]:
    doc = parse_action_plan(data, "plans/bandes.pdf", "0" * 64)
    return [
        (s.step, s.description, s.planning_label, s.budget_eur, s.owner, s.partners)
        for s in doc.steps
    ]


@pytest.mark.parametrize("engine", ENGINES)
def test_each_band_names_the_row_of_cells_under_it(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    assert _read(_plan()) == WANT


@pytest.mark.parametrize("engine", ENGINES)
def test_a_band_opening_the_next_page_is_no_rest_of_the_row_above(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The table going on under its repeated header: the band on top of the new page starts
    a step, it is never joined to the last row of the page before as a row cut in two."""
    monkeypatch.setenv(ENGINE_ENV, engine)
    assert _read(_plan(split=True)) == WANT


def test_a_bold_name_alone_between_rules_is_a_band_too() -> None:
    assert _read(_plan(filled=False)) == WANT


def _line(top: float, x0: float, x1: float, text: str, *, bold: bool = False) -> Line:
    return Line(1, top, top + 8.0, x0, x1, 8.5, bold, [Segment(x0, x1, text, bold)])


def test_a_fill_behind_the_whole_table_or_a_row_of_cells_makes_no_band() -> None:
    """A band's fill reaches every column and holds no line of another row; a background
    behind the whole table does not make its first-column lines bands, nor does a fill
    covering the first columns only, nor a line of cells under a band's fill."""
    bounds = list(COLS)
    name = _line(100.0, 62.0, 150.0, "Lancer une phase test", bold=True)
    cells = [_line(120.0, 61.0, 200.0, "Auditer"), _line(120.0, 331.0, 350.0, "2019")]
    band = {"rects": [_rect(57.0, 96.0, 538.0, 112.0)]}
    assert spanning_fills(SimpleNamespace(**band), bounds) == [(57.0, 96.0, 538.0, 112.0)]
    fills = spanning_fills(SimpleNamespace(**band), bounds)
    assert is_band([name], bounds, fills, [name, *cells])
    assert not is_band(cells[:1], bounds, fills, [name, *cells])  # not on the fill
    # regular weight on no fill: no band; the whole table on one fill: none either
    plain = _line(100.0, 62.0, 150.0, "Lancer une phase test")
    assert not is_band([plain], bounds, [], [plain, *cells])
    whole = spanning_fills(SimpleNamespace(rects=[_rect(57.0, 90.0, 538.0, 140.0)]), bounds)
    assert not is_band([plain], bounds, whole, [plain, *cells])
    narrow = SimpleNamespace(rects=[_rect(57.0, 96.0, 330.0, 112.0)])
    assert spanning_fills(narrow, bounds) == []
    # a bold line alone is a band only among rows that are not all bold
    assert not is_band([name], bounds, [], [name, _line(120.0, 61.0, 200.0, "X", bold=True)])


def _rect(x0: float, top: float, x1: float, bottom: float) -> dict[str, object]:
    colour = (0.49, 0.24, 0.6)
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom, "fill": True,
            "non_stroking_color": colour}  # fmt: skip


def _row(cells: dict[str, str | None], *, band: bool = False, group: bool = False) -> TableRow:
    return TableRow(1, 0.0, cells, band=band, group=group)


def _cells(description: str, planning: str) -> dict[str, str | None]:
    return {"description": description, "planning": planning, "owner": "GACdG"}


def test_bands_name_rows_only_one_for_one() -> None:
    """Band, row, band, row: each band names its row (a group row between them kept). Bands
    over two rows each (group titles), a row before any band, or a table with a step column
    are left as read."""
    named = name_by_bands(
        [
            _row({"description": "Lancer", "planning": ""}, band=True),
            _row(_cells("Auditer", "2019")),
            _row({"budget": "5000"}, group=True),
            _row({"description": "Définir", "planning": None}, band=True),
            _row(_cells("Choisir", "2020")),
        ]
    )
    assert [(r.cells.get("step"), r.cells.get("description"), r.group) for r in named] == [
        ("Lancer", "Auditer", False),
        (None, None, True),
        ("Définir", "Choisir", False),
    ]
    grouped = [
        _row({"description": "Phase 1 : diagnostic", "planning": ""}, band=True),
        _row(_cells("Auditer", "2019")),
        _row(_cells("Choisir", "2020")),
        _row({"description": "Phase 2 : action", "planning": ""}, band=True),
        _row(_cells("Animer", "2021")),
    ]
    assert name_by_bands(grouped) is grouped
    assert name_by_bands(grouped[1:]) == grouped[1:]  # a row before any band
    stepped = [
        _row({"step": "", "description": "Lancer"}, band=True),
        _row({"step": "", **_cells("Auditer", "2019")}),
    ]
    assert name_by_bands(stepped) is stepped


def test_one_grid_cell_across_a_grid_naming_no_step_is_a_band() -> None:
    """A ruled grid: a body row merged across every column is a band when the header names
    no step column; under a header naming the step it is no band (read as before)."""
    n = None
    header = ["Descriptif", "Planification", "Ressources", "Porteur", "Partenaires"]
    data = [
        header,
        ["Lancer une phase test", n, n, n, n],
        ["Auditer vingt entreprises", "2019", "18000", "GACdG", "CCI"],
        ["Définir une stratégie", n, n, n, n],
        ["Choisir les filières", "2020", "interne", "GACdG", "ADEME"],
    ]
    table = fake_grid(data, list(COLS), 400.0, 20.0)
    page = SimpleNamespace(edges=[], chars=[], find_tables=lambda table_settings: [table])
    (block,) = _ruled_tables(page, 1, None)
    assert "step" not in block.keys
    assert [r.band for r in block.rows] == [True, False, True, False]
    named = name_by_bands(block.rows)
    assert [(r.cells["step"], r.cells["description"]) for r in named] == [
        ("Lancer une phase test", "Auditer vingt entreprises"),
        ("Définir une stratégie", "Choisir les filières"),
    ]
    data[0] = ["Etape", "Planification", "Ressources", "Porteur", "Partenaires"]
    table = fake_grid(data, list(COLS), 400.0, 20.0)
    (block,) = _ruled_tables(page, 1, None)
    assert block.keys[0] == "step" and not any(r.band for r in block.rows)


def _table_of(items: list[tuple[str, object]]) -> bytes:
    """One fiche whose table holds ``items``: (« band », name) or (« row », step)."""
    pages = _Bands()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    y = pages.header(pages.fiche(85.0, "1.1.1", "Expérimenter"))
    for kind, item in items:
        if kind == "band":
            y = pages.band(y, str(item))
        else:
            assert isinstance(item, tuple)
            y = pages.cells(y, item)
    pages.c.showPage()
    return pages.save()


# a word gap of this name falls on a column bound: the run is cut there in two cells
LONG = "Accompagner la création de services mutualisés émergents sur le territoire du Grand Auch"


def test_a_long_name_running_past_the_first_column_stays_one_name() -> None:
    """A band's name wider than the first column runs on over the next columns' places: it
    is one title, never cut into cells of the band row."""
    items = [("band", STEPS[0][0]), ("row", STEPS[0]), ("band", LONG), ("row", STEPS[1])]
    got = _read(_table_of(items))
    assert [s[0] for s in got] == ["Lancer une phase test", LONG]
    assert got[1][1:] == WANT[1][1:]


def test_group_titles_over_several_rows_name_none_of_them() -> None:
    """Bands over two rows each are group titles: each stays a row of its own (its whole
    text, no owner read from its words), the rows under it keep their own descriptions."""
    items = [("band", LONG), ("row", STEPS[0]), ("row", STEPS[1])]
    items += [("band", "Phase 2 : action"), ("row", STEPS[2])]
    got = _read(_table_of(items))
    assert [s[0] for s in got] == [
        LONG,
        "Auditer vingt entreprises du territoire.",
        "Choisir les filières.",
        "Phase 2 : action",
        "Deux rencontres par an.",
    ]
    assert got[0][1] == LONG and got[0][4] is None  # « Grand Auch » read as no owner


def test_a_name_read_in_pieces_on_a_scans_dark_band_is_a_band() -> None:
    """A scan's dark band (light letters) whose name is read in two runs (a letter lost in
    a pale streak of the print) is a band when the fills are a scan's dark bands; on a text
    page's fill (possibly a zebra row's tint) one run is still needed."""
    bounds = list(COLS)
    name = Line(
        1,
        100.0,
        108.0,
        62.0,
        330.0,
        8.5,
        False,
        [Segment(62.0, 140.0, "Identifier les besoins", False),
         Segment(190.0, 330.0, "de l'Economie Sociale", False)],
    )  # fmt: skip
    cells = [_line(120.0, 61.0, 200.0, "Auditer"), _line(120.0, 331.0, 350.0, "2019")]
    scan = SimpleNamespace(fills=[_rect(57.0, 96.0, 538.0, 112.0)])
    fills = spanning_fills(scan, bounds)  # a scan page's fills stand for its rects
    assert fills == [(57.0, 96.0, 538.0, 112.0)]
    assert is_band([name], bounds, fills, [name, *cells], dark=True)
    assert not is_band([name], bounds, fills, [name, *cells])
    assert not is_band(cells[:1], bounds, fills, [name, *cells], dark=True)  # off the fill
