"""Steps tables split in two parts joined on their step column (sources.action_plan.parts,
sources.pdf.ruled_tables): a « Etape | Descriptif » grid, then the same steps with their
details in a second table; each step takes its cells from both. Grids and rows are built by
hand; each rule has a case that must NOT be read so."""

from __future__ import annotations

from types import SimpleNamespace

from sources.action_plan.parser import _Parser
from sources.action_plan.parts import extend_part, join_part
from sources.action_plan.sheets import _Sheet
from sources.pdf.columns import is_part_header, text_has_part_header
from sources.pdf.content import TableBlock, TableRow
from sources.pdf.ruled_tables import _ruled_tables
from sources.records import ActionPlanDocument
from tests.sources.pdf.hand_lines import fake_grid

KEYS = ["step", "planning", "budget", "owner", "partners"]


def _detail(name: str, planning: str = "2019") -> TableRow:
    cells = {"step": name, "planning": planning, "budget": "interne", "owner": "GACdG"}
    return TableRow(1, 300.0, {**cells, "partners": "CCI"})


def _part(*pairs: tuple[str, str]) -> list[TableRow]:
    return [TableRow(1, 100.0, {"step": s, "description": d}) for s, d in pairs]


def test_the_part_header_is_a_step_and_a_description_column_only() -> None:
    """« Etape | Descriptif »: a part, and so with one detail column more (« … |
    Planification »: a web editor's table of four columns at most, the steps typed as twin
    tables); a full header, a single column, a description first, a third column that is no
    detail, or a fourth, is none."""
    assert is_part_header(["step", "description"])
    assert is_part_header(["step", "description", "planning"])
    assert is_part_header(["step", "description", "owner"])
    assert not is_part_header(["description", "step"])
    assert not is_part_header(["step", "planning"])
    assert not is_part_header(["step", "description", None])
    assert not is_part_header(["step", "description", "planning", "budget"])
    assert not is_part_header(["step", None])
    assert text_has_part_header("Etape Descriptif Planification")


def test_twin_tables_join_every_column_of_the_part() -> None:
    """« Etape | Descriptif | Planification » then « Etape | Ressources | Porteur |
    Partenaires »: each step takes its description and planning from the first; never over
    a planning of the step's own."""
    rows = [_detail("Lancer", ""), _detail("Définir", "")]
    part = [
        TableRow(1, 100.0, {"step": "Lancer", "description": "Auditer.", "planning": "2019"}),
        TableRow(1, 120.0, {"step": "Définir", "description": "Choisir.", "planning": "2020"}),
    ]
    assert join_part(rows, part)
    assert [(r.cells["description"], r.cells["planning"]) for r in rows] == [
        ("Auditer.", "2019"),
        ("Choisir.", "2020"),
    ]
    own = [_detail("Lancer", "2021")]
    assert not join_part(own, part[:1])
    assert own[0].cells["planning"] == "2021" and "description" not in own[0].cells
    cut = list(part)
    extend_part(cut, [TableRow(2, 40.0, {"step": "", "description": "Suite.", "planning": ""})])
    assert cut[-1].cells == {
        "step": "Définir",
        "description": "Choisir. Suite.",
        "planning": "2020",
    }


def test_tables_listing_the_same_steps_are_joined_on_them() -> None:
    """Same names in the same order (wrapped, cased or hyphenated differently): each detail
    row takes the description of the part row naming its step."""
    rows = [_detail("Lancer une phase test d'un projet"), _detail("Définir une stratégie")]
    part = _part(
        ("Lancer une phase test d'un\nprojet", "Les actions à développer."),
        ("DEFINIR une stratégie", "Sur la base du potentiel."),
    )
    assert join_part(rows, part)
    assert [r.cells["description"] for r in rows] == [
        "Les actions à développer.",
        "Sur la base du potentiel.",
    ]
    assert rows[0].cells["planning"] == "2019"


def test_tables_whose_step_columns_differ_are_never_joined() -> None:
    """Another step, another order, a step more or less, a repeated name, or detail rows
    already holding a description: nothing is joined, nothing changes."""
    cases = [
        (["Lancer", "Définir"], [("Lancer", "a"), ("Évaluer", "b")]),
        (["Lancer", "Définir"], [("Définir", "b"), ("Lancer", "a")]),
        (["Lancer", "Définir"], [("Lancer", "a")]),
        (["Lancer", "Lancer"], [("Lancer", "a"), ("Lancer", "b")]),
        (["Lancer", ""], [("Lancer", "a"), ("", "b")]),
    ]
    for names, pairs in cases:
        rows = [_detail(n) for n in names]
        assert not join_part(rows, _part(*pairs))
        assert all("description" not in r.cells for r in rows)
    own = [_detail("Lancer")]
    own[0].cells["description"] = "Texte du tableau"
    assert not join_part(own, _part(("Lancer", "a")))
    assert own[0].cells["description"] == "Texte du tableau"


def _parser() -> _Parser:
    parser = _Parser("p.pdf", "a" * 64)
    sheet = _Sheet("1.1.1", 1, "Titre", None, None, None, has_body=True)
    parser.sheet = sheet
    parser.sheets.append(sheet)
    return parser


def test_the_sheet_reader_joins_a_part_to_the_steps_table_of_its_sheet() -> None:
    """The part read first, the detail table next (over two pages): the steps have every
    cell; a part is never a step of its own."""
    parser = _parser()
    part = _part(("Lancer", "Texte 1"), ("Définir", "Texte 2"), ("Évaluer", "Texte 3"))
    parser.table(TableBlock(1, 90.0, 200.0, ["step", "description"], True, part, part=True))
    first = [_detail("Lancer"), _detail("Définir", "2020")]
    parser.table(TableBlock(1, 290.0, 700.0, KEYS, True, first, rows_ruled=True))
    rest = [TableRow(2, 60.0, {**_detail("Évaluer", "2021").cells})]
    parser.table(TableBlock(2, 50.0, 100.0, KEYS, True, rest, rows_ruled=True))
    doc = ActionPlanDocument(None, "PLAN", 2)
    parser.finish(doc)
    assert [(s.step, s.description, s.planning_label) for s in doc.steps] == [
        ("Lancer", "Texte 1", "2019"),
        ("Définir", "Texte 2", "2020"),
        ("Évaluer", "Texte 3", "2021"),
    ]


def test_a_part_with_no_table_of_the_same_steps_is_left_with_a_warning() -> None:
    """A « Etape | Descriptif » grid whose steps the detail table does not list: no step is
    made from it, a warning names the steps whose descriptions were not attached; the detail
    steps keep no description rather than another step's."""
    parser = _parser()
    part = _part(("Lancer", "Texte 1"), ("Définir", "Texte 2"))
    parser.table(TableBlock(1, 90.0, 200.0, ["step", "description"], True, part, part=True))
    parser.table(TableBlock(1, 290.0, 700.0, KEYS, True, [_detail("Évaluer")], rows_ruled=True))
    doc = ActionPlanDocument(None, "PLAN", 1)
    parser.finish(doc)
    assert [(s.step, s.description) for s in doc.steps] == [("Évaluer", None)]
    warned = [i for i in parser.issues if "Etape | Descriptif" in i.message]
    assert [i.severity for i in warned] == ["warning"]
    assert "« Lancer », « Définir »" in warned[0].message


def test_a_part_alone_in_its_fiche_is_its_steps() -> None:
    """No detail table at all: the « Etape | Descriptif » grid is the fiche's steps table
    (names and descriptions kept, nothing dropped)."""
    parser = _parser()
    part = _part(("Lancer", "Texte 1"), ("Définir", "Texte 2"))
    parser.table(TableBlock(1, 90.0, 200.0, ["step", "description"], True, part, part=True))
    doc = ActionPlanDocument(None, "PLAN", 1)
    parser.finish(doc)
    assert [(s.step, s.description) for s in doc.steps] == [
        ("Lancer", "Texte 1"),
        ("Définir", "Texte 2"),
    ]


def _page(data: list[list[str | None]], bounds: list[float]) -> SimpleNamespace:
    table = fake_grid(data, bounds, 400.0, 20.0)
    return SimpleNamespace(edges=[], chars=[], find_tables=lambda table_settings: [table])


def test_a_two_column_grid_headed_step_and_description_is_read_as_a_part() -> None:
    """A ruled 2-column grid « Etape | Descriptif »: a part block, its rows a step name and
    a description each; a 2-column fields grid (« Contexte | … », « Porteur | … ») or a grid
    headed « Descriptif | Etape » is no table."""
    bounds = [71.0, 198.0, 525.0]
    data: list[list[str | None]] = [
        ["Etape", "Descriptif"],
        ["Lancer une phase\ntest", "Les actions à développer."],
        ["Définir une stratégie", "Sur la base du potentiel."],
    ]
    blocks = _ruled_tables(_page(data, bounds), 3, None)
    assert len(blocks) == 1 and blocks[0].part and blocks[0].keys == ["step", "description"]
    assert [r.cells for r in blocks[0].rows] == [
        {"step": "Lancer une phase test", "description": "Les actions à développer."},
        {"step": "Définir une stratégie", "description": "Sur la base du potentiel."},
    ]
    fields: list[list[str | None]] = [["Contexte", "Un texte."], ["Porteur", "GACdG"]]
    assert _ruled_tables(_page(fields, bounds), 3, None) == []
    swapped: list[list[str | None]] = [["Descriptif", "Etape"], ["Texte", "Lancer"]]
    assert _ruled_tables(_page(swapped, bounds), 3, None) == []


def test_a_part_going_on_on_the_next_page_is_read_on() -> None:
    """The part's grid at the top of the next page with no header (a part open at the page
    bottom before): its rows go on the part, a first row without step name is the rest of
    the row cut by the page break; a 2-column grid after a full table is none."""
    bounds = [71.0, 198.0, 525.0]
    previous = TableBlock(1, 90.0, 780.0, ["step", "description"], True, part=True)
    data: list[list[str | None]] = [["", "la fin du texte."], ["Évaluer", "Bilan."]]
    blocks = _ruled_tables(_page(data, bounds), 2, previous)
    assert len(blocks) == 1 and blocks[0].part and not blocks[0].has_header
    assert [r.cells for r in blocks[0].rows] == [
        {"step": "", "description": "la fin du texte."},
        {"step": "Évaluer", "description": "Bilan."},
    ]
    full = TableBlock(1, 90.0, 780.0, KEYS, True, ncols=2)
    assert _ruled_tables(_page(data, bounds), 2, full) == []
    part = _part(("Lancer", "Le début du texte,"))
    extend_part(part, blocks[0].rows)
    assert [(r.cells["step"], r.cells["description"]) for r in part] == [
        ("Lancer", "Le début du texte, la fin du texte."),
        ("Évaluer", "Bilan."),
    ]


def test_the_sheet_reader_reads_a_part_cut_by_a_page_break_whole() -> None:
    """A part on two pages, then the detail table: every description joined; a part after a
    line of text is a new part, never the rest of the one before."""
    parser = _parser()
    keys = ["step", "description"]
    first = _part(("Lancer", "Début,"))
    parser.table(TableBlock(1, 90.0, 780.0, keys, True, first, part=True))
    rest = [TableRow(2, 50.0, {"step": "", "description": "fin."})]
    rest.append(TableRow(2, 70.0, {"step": "Définir", "description": "Texte 2"}))
    parser.table(TableBlock(2, 50.0, 100.0, keys, False, rest, part=True))
    details = [_detail("Lancer"), _detail("Définir")]
    parser.table(TableBlock(2, 290.0, 700.0, KEYS, True, details, rows_ruled=True))
    doc = ActionPlanDocument(None, "PLAN", 2)
    parser.finish(doc)
    assert [(s.step, s.description) for s in doc.steps] == [
        ("Lancer", "Début, fin."),
        ("Définir", "Texte 2"),
    ]
    assert text_has_part_header("Modalités\nEtape Descriptif\nLancer")
    assert not text_has_part_header("Etape Descriptif Planification Porteur")
    assert not text_has_part_header("Descriptif Etape\nL'étape décrite")
