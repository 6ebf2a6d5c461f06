"""Records on TWO grid rows (sources.pdf.ruled_tables): a row of short cells, then one cell
merged across every column holding the column a second header row names alone in a cell
merged likewise (« Etape | Planification | … » over « Descriptif »). And a record label over
its value at a page top kept as content, not as a running header (sources.pdf.pages). Grids
and lines are built by hand; each rule has a case that must NOT be read so."""

from __future__ import annotations

from types import SimpleNamespace

from sources.pdf.content import Line
from sources.pdf.pages import _label_over_value
from sources.pdf.ruled_tables import _ruled_tables, _spanning_label
from tests.sources.pdf.hand_lines import fake_grid, hand_line

N = None  # a cell merged with the one at its left (pdfplumber's reading of a spanning cell)
KEYS = ["step", "planning", "budget", "owner", "partners"]
HEADER = ["Etape", "Planification", "Ressources à\nmobiliser", "Porteur", "Partenaires envisagés"]
SPANNING = ["Descriptif", N, N, N, N]
BOUNDS = [57.0, 165.0, 230.0, 312.0, 408.0, 538.0]


def _page(data: list[list[str | None]]) -> SimpleNamespace:
    table = fake_grid(data, BOUNDS, 400.0, 20.0)
    return SimpleNamespace(edges=[], chars=[], find_tables=lambda table_settings: [table])


def test_spanning_label_names_a_column_the_header_does_not() -> None:
    """A short label alone in a row merged across the grid, naming a column the header
    lacks; never a sentence, a column the header already names, a row of the grid's own
    cells, or a grid of two columns (a label and its value)."""
    assert _spanning_label([SPANNING], KEYS) == "description"
    assert _spanning_label([["Descriptif :", N, N, N, N]], KEYS) == "description"
    assert _spanning_label([], KEYS) is None
    sentence = ["Les actions à développer sont les suivantes.", N, N, N, N]
    assert _spanning_label([sentence], KEYS) is None
    assert _spanning_label([["Porteur", N, N, N, N]], KEYS) is None  # named by the header
    assert _spanning_label([["Descriptif", "", "", "", ""]], KEYS) is None  # own cells
    assert _spanning_label([["Descriptif", N]], ["step", "planning"]) is None
    # a group row between records (« Phase 1 : diagnostic ») names the step column: no
    # second header row
    assert _spanning_label([["Phase 1 : diagnostic", N, N, N, N]], KEYS) is None


def test_a_record_on_two_grid_rows_is_one_row() -> None:
    """Under the two header rows, each record's spanning row is its description; the rows
    read count every grid row (the page's choice between the two readings compares them)."""
    data = [
        HEADER,
        SPANNING,
        ["Lancer une phase\ntest", "2019", "18000\n(financé)", "GACdG", "CCI du Gers"],
        ["Les actions à développer\nsont les suivantes", N, N, N, N],
        ["Définir une stratégie", "2019", "interne", "GACdG", ""],
        ["Sur la base du potentiel", N, N, N, N],
    ]
    (block,) = _ruled_tables(_page(data), 1, None)
    assert block.keys == KEYS and block.spanning_key == "description"
    assert block.header_bottom == 440.0  # both header rows
    assert block.spanning_rows == 0 and block.joined_rows == 2
    assert [r.cells for r in block.rows] == [
        {
            "step": "Lancer une phase test",
            "planning": "2019",
            "budget": "18000 (financé)",
            "owner": "GACdG",
            "partners": "CCI du Gers",
            "description": "Les actions à développer sont les suivantes",
        },
        {
            "step": "Définir une stratégie",
            "planning": "2019",
            "budget": "interne",
            "owner": "GACdG",
            "partners": "",
            "description": "Sur la base du potentiel",
        },
    ]


def test_a_description_cut_by_the_page_break_starts_a_stepless_row() -> None:
    """On the next page, under the repeated header, a spanning row before any record is the
    rest of the record cut at the page bottom: a row with no step (the sheet reader joins it
    to the row above); a table continued without its header keeps the spanning column."""
    data = [
        HEADER,
        SPANNING,
        ["duquel les contributeurs", N, N, N, N],
        ["Créer un outil", "2021", "à définir", "GACdG", "chambres"],
        ["Afin de recenser", N, N, N, N],
    ]
    (block,) = _ruled_tables(_page(data), 2, None)
    assert [r.cells for r in block.rows] == [
        {**dict.fromkeys(KEYS, ""), "description": "duquel les contributeurs"},
        {
            "step": "Créer un outil",
            "planning": "2021",
            "budget": "à définir",
            "owner": "GACdG",
            "partners": "chambres",
            "description": "Afin de recenser",
        },
    ]
    # the header not repeated: the columns and the spanning label of the page before
    (rest,) = _ruled_tables(_page(data[2:]), 3, block)
    assert not rest.has_header and rest.spanning_key == "description"
    assert [r.cells.get("description") for r in rest.rows] == [
        "duquel les contributeurs",
        "Afin de recenser",
    ]


def test_without_a_spanning_header_a_spanning_row_stays_a_row() -> None:
    """A one-row header: a body row merged across the grid is read as before (its text in
    the first column, counted as a spanning row for the geometry reading), never joined to
    the row above."""
    data = [
        HEADER,
        ["Lancer une phase test", "2019", "18000", "GACdG", "CCI"],
        ["Les actions à développer", N, N, N, N],
    ]
    (block,) = _ruled_tables(_page(data), 1, None)
    assert block.spanning_key is None and block.joined_rows == 0
    assert block.spanning_rows == 1
    assert [r.cells["step"] for r in block.rows] == [
        "Lancer une phase test",
        "Les actions à développer",
    ]


def _line(top: float, *words: tuple[float, float, str], size: float = 7.0) -> Line:
    return hand_line(top, *words, size=size, bold=False)


def test_a_record_label_over_its_value_is_no_running_header() -> None:
    """« Etape » at the page top with the step's name right under it at its left edge is a
    label over its value; a label set off from the line below by a gap, a line of other
    words, or a label over a line at another edge may be a running header."""
    label = _line(47.0, (48, 66, "Etape"))
    name = _line(56.0, (48, 250, "Lancer une phase test"), size=9.0)
    assert _label_over_value(label, [label, name])
    pair = _line(47.0, (48, 95, "Planification"), (170, 258, "Ressources à mobiliser"))
    assert _label_over_value(pair, [pair, _line(56.0, (48, 67, "2019"))])
    far = _line(70.0, (48, 250, "Lancer une phase test"), size=9.0)
    assert not _label_over_value(label, [label, far])  # a gap: a header above the body
    indented = _line(56.0, (60, 250, "Lancer une phase test"), size=9.0)
    assert not _label_over_value(label, [label, indented])
    title = _line(47.0, (48, 200, "Plan climat de l'agglomération"))
    assert not _label_over_value(title, [title, name])
    assert not _label_over_value(label, [label])
