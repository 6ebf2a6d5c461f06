"""Steps tables without one column per detail, read by the sheet reader
(sources.action_plan.pair_cells, parser): group rows « Planification : value » giving their
value to the steps below, cells of « Label : value » lines cut into the columns they label.
Rows are built by hand; each rule has a case that must NOT be read so."""

from __future__ import annotations

from sources.action_plan.pair_cells import join_rows, split_pair_columns
from sources.action_plan.parser import _Parser
from sources.action_plan.sheets import _Sheet
from sources.pdf.content import TableBlock, TableRow

ACTORS = "Porteur : GACdG\nPartenaires envisagés :\nchambres consulaires"


def _row(cells: dict[str, str | None], raw: dict[str, str] | None = None) -> TableRow:
    return TableRow(1, 100.0, cells, raw or {})


def _step(name: str, actors: str, description: str = "Texte") -> TableRow:
    cells = {
        "step": name,
        "description": description,
        "planning": "2020",
        "budget": "interne",
        "col4": " ".join(actors.split()),
    }
    return _row(cells, {"col4": actors} if "\n" in actors else {})


def test_a_column_of_labelled_lines_is_cut_into_the_columns_it_labels() -> None:
    """Whatever the column's header (an unknown label, ``col4``), cells of « Porteur : v »
    / « Partenaires envisagés : v » lines give each labelled column its value; an empty
    value stays empty and is marked as written."""
    rows = [
        _step("Faire connaître", ACTORS),
        _step("Réaliser les audits", "Porteur : GACdG\nPartenaires envisagés :"),
        _step("Créer un réseau", "Porteur :\nPartenaires envisagés : CCI"),
    ]
    out = split_pair_columns(rows)
    assert [(c["owner"], c["partners"]) for c, _ in out] == [
        ("GACdG", "chambres consulaires"),
        ("GACdG", ""),
        ("", "CCI"),
    ]
    assert all(explicit == {"owner", "partners"} for _, explicit in out)
    assert [c["col4"] for c, _ in out] == ["", "", ""]
    assert rows[0].cells["col4"] == "Porteur : GACdG Partenaires envisagés : chambres consulaires"


def test_a_named_column_holding_pairs_for_another_column_is_cut() -> None:
    """An « Acteurs » column read as the owner column (« Pilotage et partenariats ») holding
    both pairs: the owner keeps its own pair's value, the partners column gets the other."""
    rows = [
        _row(
            {"step": "A", "owner": "Porteur : GACdG Partenaires : CCI"},
            {"owner": "Porteur : GACdG\nPartenaires : CCI"},
        ),
        _row({"step": "B", "owner": "Partenaires : communes"}),
    ]
    out = split_pair_columns(rows)
    assert [(c["owner"], c["partners"]) for c, _ in out] == [("GACdG", "CCI"), ("", "communes")]


def test_running_text_holding_a_label_is_never_cut() -> None:
    """A description holding « Porteur : » in its text, a label opening one description
    among others, a column whose pairs name columns the table already has, and a column
    whose labels name no column: left as they are."""
    text = "Les actions sont les suivantes.\nPorteur : la commune, avec l'appui\ndes services."
    rows = [
        _step("Lancer", "Porteur : GACdG\nPartenaires envisagés : CCI", description=text),
        _step("Définir", "Porteur : GACdG\nPartenaires envisagés :", description="Porteur : x"),
        _step("Suivre", ACTORS, description="Un bilan annuel."),
    ]
    for row in rows:
        row.raw["description"] = row.cells["description"] or ""
    out = split_pair_columns(rows)
    assert [c["description"] for c, _ in out] == [text, "Porteur : x", "Un bilan annuel."]
    assert [c["owner"] for c, _ in out] == ["GACdG", "GACdG", "GACdG"]
    # the table has its own owner and partners columns: their labels in another column are text
    named = [
        _row(
            {"step": "A", "owner": "GACdG", "partners": "", "note": "Porteur : x\nPartenaires : y"}
        ),
        _row({"step": "B", "owner": "GACdG", "partners": "", "note": "Porteur : z"}),
    ]
    assert [c for c, _ in split_pair_columns(named)] == [r.cells for r in named]
    # labels naming no column (« Remarque : »)
    notes = [_row({"step": "A", "col4": "Remarque : x\nAvis : y"})]
    assert [c for c, _ in split_pair_columns(notes)] == [notes[0].cells]
    # most cells of the column are no pairs: a column of text that once starts with a label
    mixed = [
        _row({"step": "A", "col4": "Porteur : GACdG\nPartenaires : CCI"}),
        _row({"step": "B", "col4": "voir la fiche 1.1.1"}),
        _row({"step": "C", "col4": "à préciser"}),
    ]
    assert [c for c, _ in split_pair_columns(mixed)] == [r.cells for r in mixed]


def test_a_row_cut_by_a_page_break_joins_its_printed_lines() -> None:
    """The top of a row at a page's foot (« Porteur : … ») and its rest on the next page
    (« Partenaires envisagés : … »): the printed lines are joined line after line, so the
    pairs of both parts are read."""
    top = _step("Améliorer le tri", "Porteur : GACdG: Service\nprévention et collecte")
    bottom = _row(
        {"step": "", "description": "", "planning": "", "budget": "", "col4": "x"},
        {"col4": "Partenaires envisagés :\nTrigone, chambres\nconsulaires"},
    )
    join_rows(top, bottom, {**top.cells, "col4": "joined"})
    assert top.cells["col4"] == "joined"
    assert top.raw["col4"] == (
        "Porteur : GACdG: Service\nprévention et collecte\nPartenaires envisagés :\n"
        "Trigone, chambres\nconsulaires"
    )
    ((cells, _),) = split_pair_columns([top])
    assert cells["owner"] == "GACdG: Service prévention et collecte"
    assert cells["partners"] == "Trigone, chambres consulaires"


def _group(value: str) -> TableRow:
    return TableRow(1, 100.0, {"planning": value}, group=True)


def _plain(name: str, owner: str = "GACdG") -> TableRow:
    cells = {"step": name, "description": "d", "budget": "interne", "owner": owner}
    return TableRow(1, 100.0, cells, {})


def _steps(rows: list[TableRow]) -> list[tuple[str, str | None, str | None]]:
    parser = _Parser("p.pdf", "a" * 64)
    sheet = _Sheet("1.1.1", 1, "Titre", None, None, None, has_body=True)
    sheet.rows = rows
    return [(s.step, s.planning_label, s.owner) for s in parser._steps(sheet, "x:1.1.1")]


def test_group_rows_give_their_value_to_the_steps_below() -> None:
    """Each group row's value goes to every step under it up to the next group row; the
    steps above the first group row get none; a step's own cell wins over the group's."""
    rows = [
        _plain("Avant"),
        _group("2019"),
        _plain("Lancer"),
        _plain("Définir"),
        _group("2020 et +"),
        _plain("Créer"),
        TableRow(1, 100.0, {"step": "Suivre", "planning": "2022", "owner": "GACdG"}),
    ]
    assert _steps(rows) == [
        ("Avant", None, "GACdG"),
        ("Lancer", "2019", "GACdG"),
        ("Définir", "2019", "GACdG"),
        ("Créer", "2020 et +", "GACdG"),
        ("Suivre", "2022", "GACdG"),
    ]


def test_an_owner_written_empty_by_a_label_is_not_taken_from_above() -> None:
    """A blank owner cell means « same as above » (merged look); « Porteur : » with nothing
    after it says the owner is empty."""
    rows = [
        TableRow(
            1,
            100.0,
            {"step": "A", "col4": "Porteur : GACdG\nPartenaires : CCI"},
            {"col4": "Porteur : GACdG\nPartenaires : CCI"},
        ),
        TableRow(
            1,
            120.0,
            {"step": "B", "col4": "Porteur :\nPartenaires : CCI"},
            {"col4": "Porteur :\nPartenaires : CCI"},
        ),
    ]
    assert [owner for _, _, owner in _steps(rows)] == ["GACdG", None]
    merged = [_plain("A"), _plain("B", owner="")]
    assert [owner for _, _, owner in _steps(merged)] == ["GACdG", "GACdG"]


def test_a_group_row_at_a_page_top_is_no_rest_of_a_cut_row() -> None:
    """A table going on on a new page with a group row first: the group row is not joined to
    the last step of the page before (a cut row's rest), and the first step under it is not
    joined either; the next sheet starts with no group value."""
    parser = _Parser("p.pdf", "a" * 64)
    sheet = _Sheet("1.1.1", 1, "Titre", None, None, None, has_body=True)
    parser.sheet = sheet
    parser.sheets.append(sheet)
    keys = ["step", "description", "budget", "owner", "partners"]

    def block(page: int, rows: list[TableRow]) -> TableBlock:
        return TableBlock(page, 50.0, 700.0, keys, True, rows, rows_ruled=True)

    first = {"step": "Lancer", "description": "d", "budget": "5000", "owner": "GACdG"}
    parser.table(block(1, [_group("2019"), TableRow(1, 100.0, first)]))
    cut = {"step": "Définir", "description": "e", "budget": "", "owner": ""}
    parser.table(block(2, [_group("2020"), TableRow(2, 100.0, cut)]))
    assert [r.group for r in sheet.rows] == [True, False, True, False]
    steps = parser._steps(sheet, "x:1.1.1")
    assert [(s.step, s.planning_label) for s in steps] == [("Lancer", "2019"), ("Définir", "2020")]
    other = _Sheet("1.1.2", 3, "Autre", None, None, None, has_body=True)
    other.rows = [TableRow(3, 100.0, dict(first))]
    assert parser._steps(other, "x:1.1.2")[0].planning_label is None


def test_a_row_whose_only_text_labels_a_missing_column_is_a_group_row() -> None:
    """Read from geometry (or from a grid whose merged cell kept its column rules), a group
    row is a row whose only text, in its first column, is « <detail label> : value » naming a
    column the table lacks; a phase title, a label of one of the table's columns, or a row
    with other cells is left a row."""
    from sources.action_plan.pair_cells import as_group

    keys = ["step", "description", "budget", "owner", "partners"]

    def only(text: str, **more: str) -> TableRow:
        cells: dict[str, str | None] = dict.fromkeys(keys, "")
        cells["step"] = text
        cells.update(more)
        return TableRow(1, 100.0, cells)

    group = as_group(only("Planification : 2020 et +"), keys)
    assert group.group and group.cells == {"planning": "2020 et +"}
    for row in (
        only("Phase 1 : diagnostic"),
        only("Porteur : GACdG"),  # the table has an owner column
        only("Planification : 2020", description="Lancer la démarche"),
        only("Planification :"),
    ):
        assert as_group(row, keys) is row
