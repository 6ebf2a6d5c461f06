"""TeT fiche PDF export, the ADEME referential description, the .ods template."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.detect import PLAN_SHEET, TET_FICHE, UNKNOWN_PDF, detect
from sources.errors import InputRejected
from sources.tet_fiche import parse_tet_fiche

SHA = "c" * 64
PEOPLE = ("Boiché", "audrey", "Sophie Durand", "Goullard", "VALLEE", "Manon Bouvier", "Doe John")


def test_fiche_pdf_one_action(realworld_dir: Path) -> None:
    path = realworld_dir / "tet" / "golden-baseline-fiche-81152.pdf"
    data = path.read_bytes()
    assert detect(data, path.name).kind == TET_FICHE
    doc = parse_tet_fiche(data, path.name, SHA)
    assert len(doc.actions) == 1
    action = doc.actions[0]
    assert action.title == "Animer et suivre le COT et la démarche de transition écologique"
    assert action.action_code == "1"
    assert action.context.startswith("Le suivi et l'animation du COT demande des moyens humains")
    assert action.context.endswith("le renseigne et le fait évoluer")
    assert (action.start_year, action.end_year) == (2025, 2026)
    assert action.owners == ["Communauté de communes des Coëvrons"]
    assert action.partners == ["Acteurs du bâtiment"]
    assert (action.action_status, action.action_priority) == ("À venir", "Élevé")
    # investment 10 000 + operating 15 000 (2025) + 20 000 (2026), all « prévisionnel »
    assert action.total_budget_eur == 45_000
    assert action.total_etp == 1
    assert [(s.planning_label, s.budget_eur) for s in doc.steps] == [
        (None, 10_000),
        ("2025", 15_000),
        ("2026", 20_000),
    ]
    assert [(f.funder, f.amount_eur) for f in doc.funders] == [("ACTEE", 10_000)]
    private = " ".join(p.name for p in doc.people)
    for name in ("Sophie Boiché", "test audrey", "Nicolas VALLEE", "Manon Bouvier", "Doe John"):
        assert name in private
    published = " ".join(
        str(v)
        for v in (
            action.title, action.context, action.expected_results, action.owners,
            action.partners, action.target_audiences, [s.step for s in doc.steps],
        )
    )  # fmt: skip
    for name in PEOPLE:
        assert name not in published


def test_referential_description_is_said_so(realworld_dir: Path) -> None:
    path = realworld_dir / "tet" / "TETE_Referentiel_Climat_Air_Energie_2024.pdf"
    found = detect(path.read_bytes(), path.name)
    assert found.kind == UNKNOWN_PDF
    assert found.reason.startswith("référentiel ADEME sans scores")


def test_fiche_parser_refuses_other_pdfs(realworld_dir: Path) -> None:
    path = realworld_dir / "tet" / "TETE_Referentiel_Climat_Air_Energie_2024.pdf"
    with pytest.raises(InputRejected):
        parse_tet_fiche(path.read_bytes(), path.name, SHA)


def test_ods_template_once_ods_is_read(realworld_dir: Path) -> None:
    """The .ods template reads like the .xlsx one when the spreadsheet layer reads .ods."""
    from sources.spreadsheet import load_workbook
    from sources.tet_sheets.plan import parse_sheet_action_plan

    path = realworld_dir / "tet" / "modele-import-pa.ods"
    data = path.read_bytes()
    try:
        load_workbook(data, path.name)
    except InputRejected as exc:
        pytest.skip(f".ods pas encore lu par sources.spreadsheet (issue 21) : {exc.reason}")
    assert detect(data, path.name).kind == PLAN_SHEET
    with pytest.raises(InputRejected) as info:
        parse_sheet_action_plan(data, path.name, SHA)
    assert info.value.reason.startswith("modèle vide")
