"""Steps tables without one column per detail (sources.pdf.columns, ruled_tables,
geometry_tables): group rows « <column label> : value » spanning a grid, a column whose header
names no known column (« Acteurs ») holding « Label : value » lines, header labels cut inside
a word with no hyphen. Grids and lines are built by hand; each rule has a case that must NOT
be read so."""

from __future__ import annotations

from types import SimpleNamespace

from sources.pdf.columns import label_key, labelled_value, pair_label
from sources.pdf.content import Line
from sources.pdf.geometry_tables import _header_cells, _opens_pair, _unruled_tables
from sources.pdf.ruled_tables import _ruled_tables, _spanning_label
from tests.sources.pdf.hand_lines import fake_grid, hand_line, never

N = None  # a cell merged with the one at its left (pdfplumber's reading of a spanning cell)
# five columns, no planning column; « Ressources » and « Partenaires » cut inside the word
# with no hyphen by a narrow cell (« Ressource / s à / mobiliser »)
HEADER = [
    "Etape",
    "Descriptif",
    "Ressource\ns à\nmobiliser",
    "Porteur",
    "Partenaire\ns\nenvisagés",
]
KEYS = ["step", "description", "budget", "owner", "partners"]
BOUNDS = [57.0, 150.0, 337.0, 402.0, 467.0, 535.0]


def _page(data: list[list[str | None]]) -> SimpleNamespace:
    table = fake_grid(data, BOUNDS, 400.0, 20.0)
    return SimpleNamespace(edges=[], chars=[], find_tables=lambda table_settings: [table])


def test_labelled_value_is_one_detail_label_and_its_value() -> None:
    """« Label : value » naming a detail column, with a value; never a step or description
    label (a phase title), a sentence before a colon, an unknown label, or a label alone."""
    assert labelled_value("Planification : 2020 et +") == ("planning", "2020 et +")
    assert labelled_value("Calendrier prévisionnel :\n2021-2022") == ("planning", "2021-2022")
    assert labelled_value("Porteur : GACdG") == ("owner", "GACdG")
    assert labelled_value("Phase 1 : diagnostic") is None  # a phase title: the step column
    assert labelled_value("Descriptif : voir ci-dessous") is None
    assert labelled_value("Les actions à développer sont les suivantes : 1) rencontres") is None
    assert labelled_value("Remarque : à confirmer") is None
    assert labelled_value("Planification :") is None  # a label alone: no value to give
    assert labelled_value("Planification 2020") is None  # no colon
    assert labelled_value(None) is None
    assert pair_label("Remarque : x") == (None, 10)  # a label naming no column
    assert pair_label("Partenaires envisagés :") == ("partners", 23)


def test_header_labels_cut_inside_a_word_without_hyphen_are_read() -> None:
    """A narrow cell breaks « Ressources » / « Partenaires » inside the word: the pieces
    (« Ressource » + « s à » + « mobiliser »), the label read with its pieces glued (« Parte »
    + « naires »); a body text names none."""
    assert label_key(HEADER[2]) == "budget"
    assert label_key(HEADER[4]) == "partners"
    assert label_key("Planificatio\nn") == "planning"
    assert label_key("Porteu\nr") == "owner"
    assert label_key("Parte\nnaires") == "partners"
    assert label_key("Réaliser les\naudits") is None


def test_group_rows_spanning_the_grid_are_read_as_group_rows() -> None:
    """A row merged across the grid reading « Planification : value », the header having no
    planning column, is a group row over the rows below (not a second header row, not a
    step); a phase title spanning the grid, or « Porteur : v » when the header has an owner
    column, stays an ordinary spanning row."""
    data = [
        HEADER,
        ["Planification : 2019", N, N, N, N],
        ["Lancer une phase\ntest", "Les actions", "18000", "GACdG", "CCI du Gers"],
        ["Phase 2 – mise en œuvre", N, N, N, N],
        ["Définir une stratégie", "Sur la base", "interne", "GACdG", ""],
        ["Planification : 2020 et +", N, N, N, N],
        ["Porteur : Service communication", N, N, N, N],
        ["Créer un réseau", "Les participations", "10000", "GACdG", "chambres"],
    ]
    assert _spanning_label(data[1:2], KEYS) is None  # a group row, no second header row
    (block,) = _ruled_tables(_page(data), 1, None)
    assert block.keys == KEYS and block.spanning_key is None
    assert [(r.group, r.cells) for r in block.rows if r.group] == [
        (True, {"planning": "2019"}),
        (True, {"planning": "2020 et +"}),
    ]
    steps = [r.cells["step"] for r in block.rows if not r.group]
    assert steps == [
        "Lancer une phase test",
        "Phase 2 – mise en œuvre",
        "Définir une stratégie",
        "Porteur : Service communication",
        "Créer un réseau",
    ]
    assert block.spanning_rows == 2  # the phase title and the owner row, as before


def test_a_cell_of_labelled_lines_keeps_its_printed_lines() -> None:
    """A grid cell holding a colon on several lines keeps its lines (``raw``) for the sheet
    reader, who cuts « Porteur : v » / « Partenaires envisagés : v » pairs; other cells keep
    none."""
    header = ["Etape", "Descriptif", "Planification", "Ressources", "Acteurs"]
    data = [
        header,
        [
            "Faire connaître",
            "Communications : ciblées",
            "2020",
            "5 000",
            "Porteur : GACdG\nPartenaires envisagés :\nchambres consulaires",
        ],
    ]
    (block,) = _ruled_tables(_page(data), 1, None)
    assert block.keys == ["step", "description", "planning", "budget", "col4"]
    (row,) = block.rows
    assert row.cells["col4"] == "Porteur : GACdG Partenaires envisagés : chambres consulaires"
    assert row.raw == {"col4": "Porteur : GACdG\nPartenaires envisagés :\nchambres consulaires"}


def _line(top: float, *words: tuple[float, float, str], bold: bool = False) -> Line:
    return hand_line(top, *words, size=8.5, bold=bold)


# « Ressources à » set one line higher than the other labels (« à mobiliser » glued to
# « Planification » by a narrow padding); « Acteurs » names no known column
def _actors_header(top: float) -> list[Line]:
    """The two header lines of the « Acteurs » table, the first at ``top``."""
    return [
        _line(top, (385, 440, "Ressources à"), bold=True),
        _line(
            top + 9.0,
            (43, 66, "Etape"),
            (130, 169, "Descriptif"),
            (328, 381, "Planification"),
            (384, 422, "mobiliser"),
            (446, 478, "Acteurs"),
            bold=True,
        ),
    ]


ACTORS_HEADER = _actors_header(463.5)


def test_an_unknown_label_on_a_header_line_is_a_column_of_its_own() -> None:
    """« Acteurs » beside labels naming columns is a column (``col<n>``), not text of the
    column at its left; a « Label : » line right under the header (a body cell's bold label)
    is never a wrapped header line; on a line naming fewer than two columns an unknown
    word opens no column."""
    cells = _header_cells(ACTORS_HEADER[0], ACTORS_HEADER[1:], never)
    assert cells is not None
    assert [c[0] for c in cells] == ["step", "description", "planning", "budget", "col4"]
    label = _line(484.0, (446, 536, "Partenaires envisagés :"), bold=True)
    assert _opens_pair(label) and not _opens_pair(ACTORS_HEADER[1])
    cells = _header_cells(ACTORS_HEADER[0], [*ACTORS_HEADER[1:], label], never)
    assert cells is not None and len(cells) == 5
    # a wrapped line naming one column only: « Acteurs » there is no header label
    lone = [
        _line(463.5, (43, 66, "Etape"), (130, 169, "Descriptif"), (385, 440, "Ressources à")),
        _line(472.5, (328, 381, "Planification"), (446, 478, "Acteurs")),
    ]
    found = _header_cells(lone[0], lone[1:], never)
    assert found is not None and [c[0] for c in found] == [
        "step",
        "description",
        "planning",
        "budget",
    ]


def test_a_table_with_a_column_of_labelled_lines_is_read() -> None:
    """The whole table: the « Acteurs » column is read apart from the budget column at its
    left, its lines kept as printed; a row cut by the page break whose rest starts with a
    bold « Partenaires envisagés : » right under the repeated header is read as a row."""
    body = [
        _line(
            486.8,
            (43, 100, "Faire connaître"),
            (130, 292, "Communications ciblées"),
            (328, 347, "2020"),
            (385, 406, "5 000"),
            (446, 512, "Porteur : GACdG"),
        ),
        _line(495.8, (43, 115, "la démarche"), (446, 536, "Partenaires envisagés :")),
        _line(504.8, (446, 529, "chambres consulaires")),
    ]
    page = SimpleNamespace(edges=[])
    (table,) = _unruled_tables(page, 1, [*ACTORS_HEADER, *body], None, never)
    (row,) = table.rows
    assert row.cells["budget"] == "5 000"
    assert row.raw["col4"] == "Porteur : GACdG\nPartenaires envisagés :\nchambres consulaires"

    def is_stop(line: Line) -> bool:  # a field label, as the sheet reader's is
        return line.text.startswith("Partenaires")

    rest = [
        _line(64.2, (446, 536, "Partenaires envisagés :"), bold=True),
        _line(72.8, (446, 517, "Trigone, chambres")),
    ]
    header = _actors_header(42.8)
    (table,) = _unruled_tables(page, 2, [*header, *rest], None, is_stop)
    (row,) = table.rows
    assert row.cells["step"] is None or not row.cells["step"]
    assert row.raw["col4"] == "Partenaires envisagés :\nTrigone, chambres"
    # a field label at the table's left edge right under a header still ends the table
    label = _line(64.2, (43, 140, "Partenaires envisagés :"), bold=True)
    (table,) = _unruled_tables(page, 2, [*header, label], None, is_stop)
    assert table.rows == []


def test_a_heading_right_under_a_header_ends_the_table_wherever_it_starts() -> None:
    """Right under a header, a stop line (a heading, a field label) ends the table even when
    it starts right of the first column (a centred heading); only a « Label : » naming a
    steps column there is a cell's line. A label naming no column is no cell's label."""
    heading = _line(492.0, (200, 380, "FICHE 1.2.1 Objectif opérationnel : Agir"), bold=True)
    assert not _opens_pair(heading)
    header = ACTORS_HEADER

    def is_stop(line: Line) -> bool:
        return line.text.startswith(("FICHE", "Partenaires"))

    page = SimpleNamespace(edges=[])
    (table,) = _unruled_tables(page, 2, [*header, heading], None, is_stop)
    assert table.rows == []
