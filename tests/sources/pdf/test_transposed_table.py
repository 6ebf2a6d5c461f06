"""A TRANSPOSED steps table — steps as the grid's columns, the column labels down its first
column — read by the ruled reader (sources.pdf.ruled_tables), on hand-made grids; fields grids
(labels over one value column, or values merged across) are never read as one."""

from __future__ import annotations

from types import SimpleNamespace

from sources.pdf.ruled_tables import _ruled_tables, _transposed_at
from tests.sources.pdf.hand_lines import fake_grid

N = None  # a cell merged with the one at its left (pdfplumber's reading of a spanning cell)
GRID = [
    ["Etape", "Lancer une phase\ntest", "Définir une\nstratégie", "Animer le\nréseau"],
    ["Descriptif", "Les actions à\ndévelopper", "Sur la base du\npotentiel", "Réunions"],
    ["Planification", "2019", "2019 -\n2020", "2020 et +"],
    ["Ressources à\nmobiliser", "18000\n(financé)", "interne (0,2\nETP)", "5 000"],
    ["Porteur", "GACdG", "GACdG", N],
    ["Partenaires\nenvisagés", "CCI du Gers", "", "communes"],
]
KEYS = ["step", "description", "planning", "budget", "owner", "partners"]


def _fake_table(data: list[list[str | None]], top: float = 300.0, height: float = 20.0) -> object:
    """What pdfplumber's ``find_tables`` gives for ``data``: a grid of equal columns."""
    ncols = len(data[0])
    bounds = [34.0 + i * 150.0 for i in range(ncols + 1)]
    return fake_grid(data, bounds, top, height)


def _read(data: list[list[str | None]]) -> list:
    page = SimpleNamespace(
        edges=[], chars=[], find_tables=lambda table_settings: [_fake_table(data)]
    )
    return _ruled_tables(page, 1, None)


def test_transposed_grid_found_by_its_label_column() -> None:
    """The first column names the step column in the first row, then one column per row."""
    assert _transposed_at(GRID) == (0, KEYS)
    # rows spanning the grid above (a title, a heading) stay out of it
    assert _transposed_at([["Modalités de mise en oeuvre", N, N, N], *GRID]) == (1, KEYS)
    # a label merged with the one above (None) goes on it; a label naming no column, or one
    # seen already, keeps its own key
    rows = [*GRID[:3], [N, "T1", "T2", "T3"], GRID[3], ["Indicateurs", "a", "b", "c"]]
    assert _transposed_at(rows) == (
        0,
        ["step", "description", "planning", None, "budget", "row5"],
    )


def test_transposed_grid_read_one_step_per_column() -> None:
    """Each grid column after the labels is a step; wrapped lines joined, an empty cell kept
    empty, a cell merged with the one at its left read as merged (None)."""
    blocks = _read(GRID)
    assert len(blocks) == 1
    block = blocks[0]
    assert block.keys == KEYS and block.has_header and block.rows_ruled
    assert block.top == 300.0 and block.header_bottom == 0.0
    assert [r.cells for r in block.rows] == [
        {
            "step": "Lancer une phase test",
            "description": "Les actions à développer",
            "planning": "2019",
            "budget": "18000 (financé)",
            "owner": "GACdG",
            "partners": "CCI du Gers",
        },
        {
            "step": "Définir une stratégie",
            "description": "Sur la base du potentiel",
            "planning": "2019 - 2020",
            "budget": "interne (0,2 ETP)",
            "owner": "GACdG",
            "partners": "",
        },
        {
            "step": "Animer le réseau",
            "description": "Réunions",
            "planning": "2020 et +",
            "budget": "5 000",
            "owner": None,
            "partners": "communes",
        },
    ]
    # a label merged over two grid rows: its cells joined, top to bottom
    split = [*GRID[:3], ["Ressources", "18000", "interne", "5 000"], [N, "(financé)", "", N]]
    rows = _read([*split, *GRID[4:]])[0].rows
    assert [r.cells["budget"] for r in rows] == ["18000 (financé)", "interne", "5 000"]


def test_ordinary_tables_and_fields_grids_are_not_transposed() -> None:
    """A table with its header row is read as before; fields grids never become steps."""
    header = ["Etape", "Descriptif", "Planification", "Ressources", "Porteur"]
    ordinary = [header, ["Action pilote", "Texte", "2019", "5000", "GACdG"]]
    assert _transposed_at(ordinary) is None
    blocks = _read(ordinary)
    assert [r.cells["step"] for r in blocks[0].rows] == ["Action pilote"]
    # labels over ONE value column, merged across the grid: no step row of the grid's cells
    fields = [
        ["Action", "Expérimenter un projet", N, N],
        ["Description", "Texte", N, N],
        ["Calendrier", "2019", N, N],
        ["Budget", "5000", N, N],
        ["Porteur", "GACdG", N, N],
    ]
    assert _transposed_at(fields) is None and _read(fields) == []
    # labels naming fewer than a step column and two detail columns
    short = [GRID[0], ["Porteur", "GACdG", "GACdG", "GACdG"], ["Contexte", "a", "b", "c"]]
    assert _transposed_at(short) is None and _read(short) == []
    # no step label first: a grid of the page's own (values in every column above it)
    assert _transposed_at([["Tableau", "a", "b", "c"], *GRID]) is None
    # a step row without any step name
    assert _transposed_at([["Etape", "", "", ""], *GRID[1:]]) is None


def test_step_names_down_an_ordinary_grid_are_no_labels() -> None:
    """A headerless grid (an ordinary table continued on a new page) whose step names begin
    with column words is not taken for a transposed table: labels are short, not sentences."""
    continued = [
        ["Action pilote auprès des entreprises", "Texte", "2019", "5000"],
        ["Description détaillée des besoins du territoire", "Texte", "2020", "interne"],
        ["Planification des travaux.", "Texte", "2021", "3000"],
        ["Financement des études", "Texte", "2021", "3000"],
    ]
    assert _transposed_at(continued) is None
    assert _transposed_at([["Etape :", "a", "b"], *GRID[1:]]) is not None  # a colon is fine
