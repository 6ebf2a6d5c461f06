"""HELD-OUT variant of a spreadsheet plan, written before the reader was tuned on variants.

An « Import complet » sheet of an older/other template: a plan title on top, one header row
worded differently from every file used in development (« Intitulé de la fiche », « Porteur du
projet », « Référent élu », « Coût estimé (€ TTC) », « Échéance », « Avancement »), an empty
first column, no type row. Its result is reported separately; the reader was not changed to
make it pass.
"""

from __future__ import annotations

import io

import openpyxl

from sources.detect import PLAN_SHEET, detect
from sources.tet_sheets.plan import parse_sheet_action_plan

HEADERS = [
    None, "N°", "Orientation", "Objectif", "Intitulé de la fiche", "Description de l'action",
    "Porteur du projet", "Partenaires associés", "Référent élu", "Coût estimé (€ TTC)",
    "Échéance", "Avancement", "Priorité",
]  # fmt: skip
ROWS = [
    [None, "1.1", "Sobriété", "Bâtiments publics", "Rénover les écoles communales",
     "Isolation et chauffage des 4 écoles", "Commune de Lectoure", "ADEME, Région",
     "Claire Fontanel", 1_250_000, "2027", "En cours", "Élevé"],
    [None, "1.2", "Sobriété", "Éclairage", "Moderniser l'éclairage public",
     "LED et extinction nocturne", "SDEG", "Communes", "Claire Fontanel", "350 000 €",
     "2026", "À venir", "Moyen"],
    [None, "2.1", "Mobilité", "Vélo", "Créer une voie verte",
     "Liaison Lectoure - Fleurance", "Communauté de communes", "Département", None,
     "à définir", "2028", "À venir", "Bas"],
]  # fmt: skip


def _workbook() -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Import complet"
    ws.append(["Plan climat 2024-2030"])
    for row in [HEADERS, *ROWS]:
        ws.append(row)
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


def test_heldout_import_complet_variant() -> None:
    data = _workbook()
    assert detect(data, "plan.xlsx").kind == PLAN_SHEET
    doc = parse_sheet_action_plan(data, "plan.xlsx", "h" * 64)
    assert [a.title for a in doc.actions] == [
        "Rénover les écoles communales",
        "Moderniser l'éclairage public",
        "Créer une voie verte",
    ]
    first = doc.actions[0]
    assert first.owners == ["Commune de Lectoure"]
    assert first.partners == ["ADEME", "Région"]
    assert first.total_budget_eur == 1_250_000
    assert doc.actions[1].total_budget_eur == 350_000
    assert doc.actions[2].total_budget_eur is None
    assert first.end_year == 2027
    assert first.action_status == "En cours"
    assert first.source_sheet == "Import complet" and first.source_row == 3
    assert {p.name for p in doc.people} == {"Claire Fontanel"}
