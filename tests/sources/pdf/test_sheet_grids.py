"""A plan kept as a WORKBOOK and printed by a spreadsheet with its GRID (Calc's « Imprimer :
Grille »): one sheet per objective and per fiche, each sheet's used area one grid of
hairlines drawn around every cell, empty rows and empty cells included; headings typed in
column A (overflowing into the empty cells on their right), fields as « label | value merged
over B:F », the steps header further down the same grid; the sheet's name as the page
header, a fiche's last step going on at the top of the next page under that header only
(sources.pdf.sheet_grid, sources.pdf.header_slots, sources.action_plan.running_heads).
Drawn with reportlab (tests.sources.pdf.hand_sheets)."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.running_heads import RunningAxis
from sources.pdf.content import Line, Segment, TableBlock, TableRow
from sources.pdf.header_slots import slot_texts, slots_of
from sources.pdf.ruled_tables import _header_at
from sources.pdf.sheet_grid import cut_at_stops, first_cell_only
from tests.sources.pdf.hand_sheets import STEPS_HEADER, HandSheets, empty, field, heading, step

SHA = "cd" * 32
LONG = "\n".join(f"Action {k} du programme menée avec les entreprises." for k in range(1, 8))
STEPS = (
    ("Lancer une phase test", LONG, "2019", "18000", "GACdG", "CCI du Gers"),
    ("Définir une stratégie", LONG, "2020", "interne", "GACdG", "ADEME"),
    ("Créer un réseau", LONG, "2020 et +", "5 000", "GACdG", "Chambres consulaires"),
)
LAST = ("Suivre la démarche", "Un bilan annuel.", "2021", "5000", "GACdG", "Région")


def _workbook() -> bytes:
    """Objective 1.1's sheet, fiche 1.1.1's (its steps on two pages: the last one alone at
    the top of page 3, under the sheet name only), objective 1.2's, fiche 1.2.1's."""
    book = HandSheets(5)
    book.page(
        "Objectif 1.1",
        [
            heading("Axe 1 :"),
            heading("Aménager un territoire résilient", 1),
            heading("1.1 Objectif stratégique : Dynamiser l'économie circulaire", 2),
            empty(),
            heading("FICHE 1.1.1 Expérimenter un projet", 1, bold=False),
        ],
    )
    book.page(
        "Fiche 1.1.1",
        [
            heading("FICHE 1.1.1"),
            heading("Objectif opérationnel : Expérimenter un projet", 2),
            empty(),
            field("Contexte", "Une opération test est menée sur le territoire."),
            field("Indicateurs", "Nombre d'entreprises engagées"),
            empty(),
            heading("Modalités de mise en oeuvre", 1),
            step(STEPS_HEADER),
            *(step(row, 11) for row in STEPS),  # optimal heights: blank under the text
        ],
    )
    book.page("Fiche 1.1.1", [step(LAST)])
    book.page(
        "Objectif 1.2",
        [
            heading("1.2"),
            heading("Objectif stratégique : Inscrire les enjeux climat", 2),
            empty(),
            heading("FICHE 1.2.1 Finaliser l'Atlas", 1, bold=False),
        ],
    )
    book.page(
        "Fiche 1.2.1",
        [
            heading("FICHE 1.2.1"),
            heading("Objectif opérationnel : Finaliser l'Atlas", 2),
            empty(),
            field("Contexte", "L'Atlas recense la faune et la flore."),
            empty(),
            heading("Modalités de mise en oeuvre", 1),
            step(STEPS_HEADER),
            step(("Impliquer les publics", "Des animations.", "2019", "50000", "GACdG", "LPO")),
        ],
    )
    return book.save()


def test_workbook_printed_with_its_grid_reads_each_sheet() -> None:
    doc = parse_action_plan(_workbook(), "classeur.pdf", SHA)
    actions = {a.action_code: a for a in doc.actions}
    assert sorted(actions) == ["1.1.1", "1.2.1"]
    assert actions["1.1.1"].title == "Expérimenter un projet"
    assert actions["1.1.1"].strategic_objective_code == "1.1"
    assert actions["1.2.1"].strategic_objective_code == "1.2"
    assert actions["1.1.1"].indicators == ["Nombre d'entreprises engagées"]
    steps = {code: [s for s in doc.steps if s.action_id.endswith(code)] for code in actions}
    assert [s.step for s in steps["1.1.1"]] == [
        "Lancer une phase test",
        "Définir une stratégie",
        "Créer un réseau",
        "Suivre la démarche",
    ]
    assert [s.planning_label for s in steps["1.1.1"]] == ["2019", "2020", "2020 et +", "2021"]
    assert [s.budget_eur for s in steps["1.1.1"]] == [18000.0, 0.0, 5000.0, 5000.0]
    assert [s.partners for s in steps["1.1.1"]][3] == ["Région"]
    assert [(s.step, s.start_year, s.budget_eur, s.owner) for s in steps["1.2.1"]] == [
        ("Impliquer les publics", 2019, 50000.0, "GACdG")
    ]


def test_first_cell_only_rows_do_not_hide_the_header_below() -> None:
    """An empty grid row and a heading typed in column A above the steps header: the header
    is still found (a body row of the grid's own cells above it still ends the search)."""
    data: list[list[str | None]] = [
        ["FICHE 1.1.2", "", "", "", "", ""],
        ["Objectif opérationnel : Etendre", None, None, "", "", ""],
        ["", "", "", "", "", ""],
        ["Contexte", "Sur la base du premier travail", None, None, None, None],
        list(STEPS_HEADER[:3]) + ["Ressources à\nmobiliser", "Porteur", "Partenaires"],
        ["Faire connaître", "Communications ciblées", "2020", "5 000", "GACdG", "CCI"],
    ]
    found = _header_at(data)
    assert found is not None and found[0] == 4
    assert found[2] == ["step", "description", "planning", "budget", "owner", "partners"]
    assert first_cell_only(["", "", "", "", "", ""]) and first_cell_only(["1.2", None, ""])
    assert not first_cell_only(["Lancer", "", "2019", "", "", ""])
    body_row = ["Lancer une phase test", "Auditer", "2019", "18000", "GACdG", "CCI"]
    assert _header_at([body_row, *data[4:]]) is None


def _line(top: float, text: str, x0: float = 44.0) -> Line:
    seg = Segment(x0, x0 + 5.0 * len(text), text, True)
    return Line(1, top, top + 9.0, seg.x0, seg.x1, 9.0, True, [seg])


def _going_on(rows: list[tuple[float, str]]) -> TableBlock:
    keys = ["step", "description", "planning", "budget", "owner", "partners"]
    block = TableBlock(4, 51.0, 300.0, keys, False, bounds=[42.5, 161.5, 399.6, 753.8])
    block.rows = [TableRow(4, top, {"step": text, "planning": "2021"}) for top, text in rows]
    return block


def test_a_new_sheets_grid_is_no_rest_of_the_steps_before() -> None:
    """A grid going on from the page before (no header) is cut at its first stop line: rows
    above it stay steps, the stop's row and those below are left to the lines."""
    stops = {"1.2", "FICHE 1.2.1"}
    lines = [_line(52.0, "Suivre la démarche"), _line(90.0, "1.2"), _line(120.0, "FICHE 1.2.1")]
    table = _going_on([(51.0, "Suivre la démarche"), (88.5, "1.2"), (118.0, "FICHE 1.2.1")])
    kept = cut_at_stops([table], lines, lambda ln: ln.text in stops)
    assert [[r.cells["step"] for r in t.rows] for t in kept] == [["Suivre la démarche"]]
    assert kept[0].bottom == 88.5  # the stop row's top: its lines stay lines
    whole = _going_on([(51.0, "1.2"), (66.0, "Objectif stratégique : Inscrire")])
    assert cut_at_stops([whole], [_line(52.0, "1.2")], lambda ln: ln.text in stops) == []
    plain = _going_on([(51.0, "Suivre la démarche")])
    assert cut_at_stops([plain], lines[:1], lambda ln: ln.text in stops) == [plain]


def test_sheet_name_slot_makes_its_other_texts_running() -> None:
    """The header slot filled on every page: the rarer sheet names in it (« objectif # # »)
    are page furniture once one of its texts (« fiche # # # ») is running; a text elsewhere
    in the band is not."""
    centre = slots_of(401.0, 33.8, 441.0)
    moved = slots_of(44.0, 33.8, 90.0)
    pages = [
        {(centre[0], "objectif # #"), (centre[1], "objectif # #")},
        {(centre[0], "fiche # # #")},
        {(centre[0], "fiche # # #")},
        {(centre[0], "objectif # #"), (moved[0], "annexe")},
        {(centre[0], "fiche # # #")},
    ]
    assert slot_texts(pages, {"fiche # # #", "page # #"}, 3) == {"fiche # # #", "objectif # #"}
    assert slot_texts(pages, {"page # #"}, 3) == set()


def test_sheet_name_over_the_rest_of_its_fiche_is_dropped() -> None:
    """« Fiche 1.1.1 » opening a page right above a table going on, fiche 1.1.1 in force: the
    page header; over fields (no table going on), or naming another fiche, it is kept."""
    heads = RunningAxis()
    first = [_line(51.0, "FICHE 1.1.1 Objectif opérationnel : Expérimenter")]
    assert heads(first, 595.0, []) == first
    header = _line(33.8, "Fiche 1.1.1", 401.0)
    rest = _going_on([(51.0, "Suivre la démarche")])
    assert heads([header], 595.0, [rest]) == []
    fields = [header, _line(60.0, "Contexte")]
    assert heads(fields, 595.0, []) == fields
    other = _line(33.8, "Fiche 1.2.1", 401.0)
    assert heads([other], 595.0, [rest]) == [other]
