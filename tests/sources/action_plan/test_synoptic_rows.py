"""A whole plan kept as ONE synoptic table (a row a step, the fiche's heading and fields cells
merged down over its step rows, axes and objectives rows merged across it in between):
the grid's bands read under its header however far below it, and each band given back as
the fiche's heading, its fields stacked label over value, then its steps
(sources.pdf.ruled_tables, sources.action_plan.synoptic_rows)."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from sources.action_plan.synoptic_rows import fiche_columns, synoptic_rows
from sources.pdf.content import Line, Segment, TableBlock, TableRow
from sources.pdf.ruled_tables import _grid_above, _ruled_tables
from tests.sources.pdf.hand_lines import fake_grid

N = None  # a cell merged with the one at its left, or with the one above
HEADER = [
    "Fiche",
    "Contexte",
    "Indicateurs",
    "Publics cibles",
    "Etape",
    "Descriptif",
    "Planification",
    "Porteur",
]
BOUNDS = [20.0, 100.0, 260.0, 360.0, 450.0, 540.0, 760.0, 850.0, 940.0]
KEYS = ["col0", "col1", "col2", "col3", "step", "description", "planning", "owner"]
LABELS = ["fiche", "contexte", "indicateurs", "publics cibles", "etape", "descriptif", "", ""]


def _page(*tables: Any) -> SimpleNamespace:
    return SimpleNamespace(edges=[], chars=[], find_tables=lambda table_settings: list(tables))


def test_bands_far_under_a_synoptic_header_are_its_rows() -> None:
    """The header over an axis row merged across the grid (its only body row) is kept alone,
    and the fiche's band 200 pt further down, on the same column rules, is read under it:
    its first row's cells of its own, the next row's fiche cells merged down (None)."""
    header = fake_grid(
        [HEADER, ["Axe 1 : Aménager", N, N, N, N, N, N, N]], BOUNDS, 40.0, 20.0, True
    )
    band = [
        ["FICHE 1.1.1 Objectif", "Une opération test", "Nombre", "Entreprises"]
        + ["Lancer une phase test", "Audit", "2019", "GACdG"],
        [N, N, N, N, "Définir une stratégie", "Cibles", "2020", "GACdG"],
    ]
    body = fake_grid(band, BOUNDS, 280.0, 30.0)
    blocks = _ruled_tables(_page(header, body), 1, None)
    assert [len(b.rows) for b in blocks] == [0, 2]
    assert blocks[0].bottom == 60.0  # the axis row is the page's text, not the header's
    rows = blocks[1].rows
    assert [r.cells["step"] for r in rows] == ["Lancer une phase test", "Définir une stratégie"]
    assert rows[0].cells["col1"] == "Une opération test" and rows[1].cells["col1"] is None


def test_a_grid_far_under_a_plain_steps_table_is_not_its_rest() -> None:
    """Under a steps header naming no fiche column, or for a grid whose first row merges
    cells, a gap wider than a spacer row parts two tables."""
    above = TableBlock(1, 40.0, 80.0, KEYS, True, bounds=BOUNDS, ncols=8)
    assert _grid_above([above], 8, BOUNDS, 300.0, True) is above
    assert _grid_above([above], 8, BOUNDS, 300.0, False) is None
    plain = TableBlock(1, 40.0, 80.0, ["step", "description", *KEYS[2:]], True, bounds=BOUNDS)
    plain.ncols = 8
    assert _grid_above([plain], 8, BOUNDS, 300.0, True) is None
    assert _grid_above([plain], 8, BOUNDS, 90.0, False) is plain  # a spacer row: going on


def _line(top: float, text: str) -> Line:
    return Line(1, top, top + 8.0, 20.0, 400.0, 8.0, False, [Segment(20.0, 400.0, text, False)])


def test_each_band_read_as_heading_fields_then_steps() -> None:
    """Each band: its heading, each field's label over its value, then its steps table;
    the step rows without the fiche's columns; the next band's lines after them."""
    own = {"col0": "FICHE 1.1.1 Objectif : Tester", "col1": "Une opération test"}
    own |= {"col2": "Nombre d'entreprises", "col3": "Entreprises, Associations"}
    merged = dict.fromkeys(["col0", "col1", "col2", "col3"])
    steps = [("Lancer", "Audit"), ("Définir", "Cibles"), ("Étendre", "Réseau")]
    rows = [
        TableRow(1, 100.0, {**own, "step": "Lancer", "description": "Audit"}),
        TableRow(1, 150.0, {**merged, "step": "Définir", "description": "Cibles"}),
        TableRow(1, 200.0, {**own, "col0": "FICHE 1.1.2 : Étendre", "step": "Étendre"}),
    ]
    rows[2].cells["description"] = "Réseau"
    table = TableBlock(1, 80.0, 260.0, KEYS, True, rows=rows, bounds=BOUNDS, ncols=8)
    table.header_labels = LABELS
    assert fiche_columns(table) == (
        ["col0"],
        ["col1", "col2", "col3"],
        ["Contexte", "Indicateurs", "Publics cibles"],
    )
    after = _line(270.0, "1.2 Objectif stratégique")
    lines, tables = synoptic_rows([_line(60.0, "Axe 1"), after], [table])
    texts = [ln.text for ln in lines]
    first = ["FICHE 1.1.1 Objectif : Tester", "Contexte", "Une opération test", "Indicateurs"]
    first += ["Nombre d'entreprises", "Publics cibles", "Entreprises, Associations"]
    assert texts[:8] == ["Axe 1", *first]
    assert texts[8] == "FICHE 1.1.2 : Étendre" and texts[-1] == "1.2 Objectif stratégique"
    assert lines[1].bold and lines[1].size > lines[2].size  # the heading, then a label
    assert [[(r.cells["step"], r.cells["description"]) for r in t.rows] for t in tables] == [
        steps[:2],
        steps[2:],
    ]
    assert all("col1" not in r.cells for t in tables for r in t.rows)
    assert all("col0" not in t.keys for t in tables)
    # each steps table after its band's lines and before the next band's
    assert lines[7].top < tables[0].top < lines[8].top < lines[-2].top < tables[1].top
    assert tables[1].top < after.top


def test_a_table_naming_few_fields_is_left_as_read() -> None:
    """Two field columns beside the steps are no synoptic grid: nothing changes."""
    table = TableBlock(1, 80.0, 260.0, KEYS, True, bounds=BOUNDS, ncols=8)
    table.header_labels = ["fiche", "contexte", "indicateurs", "x", "etape", "", "", ""]
    table.rows = [TableRow(1, 100.0, {"col0": "FICHE 1", "step": "Lancer"})]
    lines = [_line(60.0, "Axe 1")]
    assert synoptic_rows(lines, [table]) == (lines, [table])
