"""A whole sheet in one ruled table — its steps header in the middle of the grid, under rows
spanning the columns (sources.pdf.ruled_tables) — and header labels cut at a cell's edge with
no hyphen (sources.pdf.columns, sources.pdf.geometry_tables), on hand-made values."""

from __future__ import annotations

from types import SimpleNamespace

from sources.pdf.columns import cut_label_start
from sources.pdf.content import Line
from sources.pdf.geometry_tables import _header_cells, _split_header_segments, _unruled_tables
from sources.pdf.ruled_tables import _header_at, _ruled_tables
from tests.sources.pdf.hand_lines import fake_grid, hand_line, never

KEYS = ["step", "description", "planning", "budget", "owner", "partners"]
HEADER = [
    "Etape",
    "Descriptif",
    "Planificatio\nn",
    "Ressources à\nmobiliser",
    "Porteur",
    "Partenaires",
]
N = None  # a cell merged with the one at its left (pdfplumber's reading of a spanning cell)
SHEET = [
    ["FICHE 1.1.1 Objectif opérationnel : Expérimenter", N, N, N, N, N],
    ["Contexte", "L'agglomération mène une opération test", N, N, N, N],
    ["Porteur", "GACdG", N, N, N, N],  # a field label naming a column: one key, no header
    ["Modalités de mise en oeuvre", N, N, N, N, N],
    HEADER,
    ["Lancer une phase\ntest", "Les actions", "2019", "18000\n(financé)", "GACdG", "CCI du Gers"],
    ["Définir une\nstratégie", "Sur la base", "2019", "interne", "GACdG", "CCI du Gers"],
]


def test_header_found_under_rows_spanning_the_grid() -> None:
    """The steps header is the fifth row: every row above it spans columns (a merged cell), so
    they are the sheet's title, fields and heading, not the table. The label Writer cut at
    the narrow cell's edge with no hyphen (« Planificatio » / « n ») is read whole."""
    assert _header_at(SHEET) == (4, 1, KEYS)
    assert _header_at(SHEET[4:]) == (0, 1, KEYS)  # the header first, as before
    # a row of the grid's own columns above the header (a body row, a title set in the grid's
    # cells): the search stops, the grid is read as before (not by this reading)
    titled = [["Tableau", "", "", "", "", ""], *SHEET[4:]]
    assert _header_at(titled) is None
    # spanning rows only (the sheet's fields on a page, its steps on the next): no header
    assert _header_at(SHEET[:4]) is None
    # a header on two grid rows under spanning rows
    two_rows = [
        ["Modalités de mise en oeuvre", N, N, N, N, N],
        ["Etape", "Descriptif", "Mise en œuvre", N, "Acteurs", N],
        ["", "", "Planification", "Ressources", "Porteur", "Partenaires"],
        SHEET[5],
    ]
    assert _header_at(two_rows) == (1, 2, KEYS)


def _fake_table(data: list[list[str | None]], top: float, row_height: float) -> SimpleNamespace:
    """What pdfplumber's ``find_tables`` gives for ``data`` on a 6-column grid."""
    bounds = [57.0, 142.0, 284.0, 338.0, 406.0, 468.0, 538.0]
    return fake_grid(data, bounds, top, row_height)


def test_sheet_table_is_read_from_its_header_row_down() -> None:
    """The block starts at the header row (the rows above stay the page's lines: the fields
    are read from them) and holds the step rows, every column by its header key."""
    table = _fake_table(SHEET, 400.0, 20.0)
    page = SimpleNamespace(edges=[], chars=[], find_tables=lambda table_settings: [table])
    blocks = _ruled_tables(page, 1, None)
    assert len(blocks) == 1
    block = blocks[0]
    assert block.keys == KEYS and block.has_header
    assert block.top == 480.0 and block.header_bottom == 500.0  # the fifth row's top and bottom
    assert [r.cells for r in block.rows] == [
        {
            "step": "Lancer une phase test",
            "description": "Les actions",
            "planning": "2019",
            "budget": "18000 (financé)",
            "owner": "GACdG",
            "partners": "CCI du Gers",
        },
        {
            "step": "Définir une stratégie",
            "description": "Sur la base",
            "planning": "2019",
            "budget": "interne",
            "owner": "GACdG",
            "partners": "CCI du Gers",
        },
    ]
    # the sheet's fields alone (its steps on the next page): no table on this page
    fields = _fake_table(SHEET[:4], 400.0, 20.0)
    page = SimpleNamespace(edges=[], chars=[], find_tables=lambda table_settings: [fields])
    assert _ruled_tables(page, 1, None) == []


def test_label_start_cut_at_a_cell_edge() -> None:
    """6 letters or more beginning a column synonym, naming no column itself."""
    assert cut_label_start("Planificatio")
    assert cut_label_start("Ressour") and cut_label_start("Partenai")
    assert not cut_label_start("Planification")  # a whole label
    assert not cut_label_start("Partenaire")  # a whole label (a synonym)
    assert not cut_label_start("Plani")  # too short to tell
    assert not cut_label_start("Planifier")  # no synonym's beginning
    assert not cut_label_start("Lancer une") and not cut_label_start(None)


def _line(top: float, *words: tuple[float, float, str], bold: bool = True) -> Line:
    """A 9 pt line of words."""
    return hand_line(top, *words, size=9.0, bold=bold)


# the narrow planning cell's label cut with no hyphen, glued to the next cell's label (its
# padding narrower than a word gap): « Planificatio Ressources à » over « n mobiliser »
CUT_EDGE_HEADER = [
    _line(
        100.0,
        (60, 84, "Etape"),
        (145, 186, "Descriptif"),
        (286, 334, "Planificatio"),
        (337, 391, "Ressources"),
        (394, 399, "à"),
        (408, 440, "Porteur"),
        (471, 520, "Partenaires"),
    ),
    _line(110.4, (286, 292, "n"), (340, 380, "mobiliser"), (471, 514, "envisagés")),
]


def test_header_label_cut_at_the_cell_edge_is_split_from_its_neighbour() -> None:
    """« Planificatio Ressources à » is cut where the words on the left begin a label (cut at
    the cell's edge) and those on the right name a column; the « n » below completes it."""
    glued = CUT_EDGE_HEADER[0].segments[2]
    assert glued.text == "Planificatio Ressources à"
    assert [s.text for s in _split_header_segments([glued])] == ["Planificatio", "Ressources à"]
    # two body words stay one segment, as does a whole label followed by a word
    body = _line(200.0, (286, 320, "Planifier"), (323, 360, "Ressources"), bold=False)
    assert [s.text for s in _split_header_segments(body.segments)] == ["Planifier Ressources"]
    cells = _header_cells(CUT_EDGE_HEADER[0], CUT_EDGE_HEADER[1:], never)
    assert cells is not None
    assert [c[0] for c in cells] == KEYS


def test_table_under_a_header_cut_at_the_cell_edge_is_read() -> None:
    """The whole unruled table: the planning and budget columns each get their own cells."""

    def row(top: float, *cells: tuple[float, float, str]) -> Line:
        return _line(top, *cells, bold=False)

    body = [
        row(
            130.0,
            (60, 131, "Lancer une phase"),
            (145, 278, "Les actions"),
            (286, 306, "2019"),
            (340, 365, "18000"),
            (408, 440, "GACdG"),
            (471, 520, "Chambre du"),
        ),
        row(140.4, (60, 118, "test d'un projet"), (340, 375, "(financé)"), (471, 524, "Commerce")),
        row(
            170.0,
            (60, 110, "Définir une"),
            (145, 260, "Sur la base"),
            (286, 306, "2019"),
            (340, 370, "interne"),
            (408, 440, "GACdG"),
            (471, 520, "CCI"),
        ),
    ]
    page = SimpleNamespace(edges=[])
    tables = _unruled_tables(page, 1, [*CUT_EDGE_HEADER, *body], None, never)
    assert len(tables) == 1
    assert tables[0].keys == KEYS
    assert [(r.cells["planning"], r.cells["budget"]) for r in tables[0].rows] == [
        ("2019", "18000 (financé)"),
        ("2019", "interne"),
    ]
