"""« IDEM » FOR A VALUE REPEATING THE ONE ABOVE (sources.action_plan.ditto): read as the value
of the same column in the row above, an « idem » under an « idem » too; a first row's stays
as printed; a value merely containing « idem » is a value."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.action_plan.ditto import resolve_ditto
from sources.pdf.content import TableRow
from tests.sources.pdf.hand_pages import one_fiche_plan


def _rows(*cells: dict[str, str]) -> list[TableRow]:
    return [TableRow(1, 100.0 + 20.0 * k, dict(c)) for k, c in enumerate(cells)]


def test_idem_reads_the_value_above() -> None:
    rows = _rows(
        {"step": "Lancer", "planning": "idem", "owner": "GACdG"},
        {"step": "Définir", "planning": "2020", "owner": "Idem"},
        {"step": "Former", "planning": "id.", "owner": "idem"},
        {"step": "Suivre", "planning": "〃", "owner": "Service idem"},
    )
    assert resolve_ditto(rows) == 4
    assert [(r.cells["planning"], r.cells["owner"]) for r in rows] == [
        ("idem", "GACdG"),
        ("2020", "GACdG"),
        ("2020", "GACdG"),
        ("2020", "Service idem"),
    ]


def test_a_plan_typing_idem() -> None:
    rows = (
        ("Lancer un test", "Auditer", "2019", "18000", "GACdG", "CCI"),
        ("Définir", "Choisir", "idem", "interne", "idem", "idem"),
    )
    doc = parse_action_plan(one_fiche_plan(rows), "plans/redite.pdf", "0" * 64)
    assert [(s.step, s.start_year, s.owner) for s in doc.steps] == [
        ("Lancer un test", 2019, "GACdG"),
        ("Définir", 2019, "GACdG"),
    ]
