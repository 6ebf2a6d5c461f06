"""Follow-up rows of a monitoring form (sources.action_plan.follow_up_rows): under every step's
row, one merged row « Avancement au 31/12 : » and a dotted line to fill in. Left blank it is
no step; filled in, its words are kept as a note on the step above; a row merely ending with a
colon (a group heading) or a step whose other cells are filled is no follow-up row."""

from __future__ import annotations

from sources.action_plan.follow_up_rows import follow_up
from sources.action_plan.parser import _Parser
from sources.action_plan.sheets import _Sheet
from sources.pdf.content import TableBlock, TableRow
from sources.records import ActionPlanDocument

KEYS = ["step", "description", "planning", "budget", "owner", "partners"]


def _row(*values: str | None, page: int = 1, top: float = 300.0) -> TableRow:
    return TableRow(page, top, dict(zip(KEYS, values, strict=True)))


def _follow(text: str, page: int = 1, top: float = 300.0) -> TableRow:
    return _row(text, "", "", "", "", "", page=page, top=top)


def test_blank_and_filled_follow_up_labels() -> None:
    assert follow_up({"step": "Avancement au 31/12 :", "description": ""}) == ""
    assert follow_up({"step": "Avancement au 31/12 : ..................", "owner": None}) == ""
    assert follow_up({"step": "Commentaires : ____________"}) == ""
    assert follow_up({"step": "État d'avancement : 50 % réalisé."}) == (
        "État d'avancement : 50 % réalisé"
    )
    # not follow-up rows: another label, no colon, a second cell holding text
    assert follow_up({"step": "Communication :", "description": ""}) is None
    assert follow_up({"step": "Suivre et piloter la charte", "description": ""}) is None
    assert follow_up({"step": "Avancement au 31/12 :", "description": "Texte."}) is None
    assert follow_up({"step": None, "description": None}) is None


def _parse(*tables: list[TableRow]) -> ActionPlanDocument:
    parser = _Parser("p.pdf", "a" * 64)
    sheet = _Sheet("1.2.3", 1, "Titre", None, None, None, has_body=True)
    parser.sheet = sheet
    parser.sheets.append(sheet)
    for page, rows in enumerate(tables, start=1):
        parser.table(
            TableBlock(page, 100.0, 700.0, KEYS, page == 1, rows, rows_ruled=True,
                       open_at_bottom=page < len(tables))
        )  # fmt: skip
    doc = ActionPlanDocument(None, "PLAN", len(tables))
    parser.finish(doc)
    return doc


def test_blank_follow_ups_are_no_steps_even_at_a_page_top() -> None:
    """Three steps, each with its blank follow-up row; the third's at the top of the next page
    is not taken for the rest of the step cut by the page break."""
    doc = _parse(
        [
            _row("Réaliser un état des lieux", "Rechercher.", "2019", "3000", "GACdG", "communes"),
            _follow("Avancement au 31/12 :", top=340.0),
            _row("Lancer un cycle de formation", "Informer.", "2020", "5000", "GACdG", "CAUE",
                 top=380.0),
            _follow("Avancement au 31/12 : ........", top=420.0),
            _row("Elaborer et rédiger la charte", "Compiler.", "2020", "20000", "GACdG",
                 "communes", top=660.0),
        ],
        [
            _follow("Avancement au 31/12 :", page=2, top=60.0),
            _row("Suivre la charte", "Au gré.", "2022 et +", "5000", "GACdG", "communes",
                 page=2, top=100.0),
        ],
    )  # fmt: skip
    names = [s.step for s in doc.steps]
    assert names == [
        "Réaliser un état des lieux",
        "Lancer un cycle de formation",
        "Elaborer et rédiger la charte",
        "Suivre la charte",
    ]
    assert [s.start_year for s in doc.steps] == [2019, 2020, 2020, 2022]
    assert doc.steps[2].description == "Compiler."


def test_a_filled_follow_up_is_a_note_on_the_step_above() -> None:
    doc = _parse(
        [
            _row("Créer l'observatoire", "Créer.", "2019", "interne", "GACdG", "université"),
            _follow("État d'avancement : observatoire ouvert en 2020", top=340.0),
            _row("Actualiser les données", "Actualiser.", "2021", "1000", "GACdG", "",
                 top=380.0),
        ]
    )  # fmt: skip
    assert [s.step for s in doc.steps] == ["Créer l'observatoire", "Actualiser les données"]
    assert doc.steps[0].description == (
        "Créer.\nÉtat d'avancement : observatoire ouvert en 2020"
    )
    assert doc.steps[1].description == "Actualiser."
