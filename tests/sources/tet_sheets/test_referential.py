"""Referential evaluations in spreadsheets: TeT exports filled with values, other tools' sheets."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import openpyxl
import pytest

from sources.detect import REFERENTIAL_SHEET, detect
from sources.errors import InputRejected
from sources.tet_sheets.referential import parse_referential_sheet

SHA = "b" * 64


def fill_cae(src: Path, dest: Path) -> dict[str, tuple[float, float]]:
    """Copy of the blank TeT CAE export with axis/sub-axis scores (% stored as 0–1 ratios).

    Returns code → (pct_done, pct_programmed) in 0–100 as a reader must publish them.
    """
    shutil.copyfile(src, dest)
    wb = openpyxl.load_workbook(dest)
    ws = wb.active
    ws["A1"] = "Communauté de communes des Coëvrons"
    ws["D2"] = "16/04/2026"
    expected = {}
    for r in range(8, ws.max_row + 1):
        code = str(ws.cell(r, 1).value).removeprefix("cae_")
        if code.count(".") > 1:
            continue
        index = len(expected) + 1
        potential = 40.0 + index
        done = round(potential * (index % 7) / 10, 2)
        programmed = round(potential * 0.05 * (index % 3), 2)
        ws.cell(r, 4).value = potential + 5
        ws.cell(r, 5).value = potential
        ws.cell(r, 6).value = done
        ws.cell(r, 7).value = done / potential
        ws.cell(r, 8).value = programmed
        ws.cell(r, 9).value = programmed / potential
        ws.cell(r, 7).number_format = "0%"
        expected[code] = (round(100 * done / potential, 4), round(100 * programmed / potential, 4))
    # one measure row keeps its scores in the warehouse only
    ws.cell(10, 5).value, ws.cell(10, 6).value, ws.cell(10, 7).value = 12.0, 6.0, 0.5
    wb.save(dest)
    return expected


def test_cae_export_axis_and_sub_axis_exact(realworld_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "export_cae_rempli.xlsx"
    expected = fill_cae(realworld_dir / "tet" / "export_cae.xlsx", path)
    data = path.read_bytes()
    assert detect(data, path.name).kind == REFERENTIAL_SHEET
    records, issues, people = parse_referential_sheet(data, path.name, SHA)
    top = [r for r in records if r.level in ("axis", "sub_axis")]
    assert len([r for r in top if r.level == "axis"]) == 6
    assert len([r for r in top if r.level == "sub_axis"]) == 19
    assert {r.code: (r.pct_done, r.pct_programmed) for r in top} == expected
    first = top[0]
    assert (first.referential, first.code, first.label) == (
        "CAE",
        "1",
        "Planification territoriale",
    )
    assert first.territory_name == "Communauté de communes des Coëvrons"
    assert first.source_sheet == "Export CAE referentiel" and first.source_row == 8
    assert first.page is None
    sub = next(r for r in top if r.code == "1.1")
    assert sub.label == "Stratégie globale climat-air-énergie"
    assert sub.parent_label == "Planification territoriale"
    measure = next(r for r in records if r.code == "1.1.1")
    assert measure.level == "measure" and measure.pct_done == 50.0
    assert any("ratios 0–1" in i.message for i in issues)
    assert people == []


def test_eci_export_percent_scale_and_total_row(realworld_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "export_eci_rempli.xlsx"
    shutil.copyfile(realworld_dir / "tet" / "export_eci.xlsx", path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["A1"] = "Syndicat mixte du Pays d'Auge"
    # values in 0–100 (another way of filling the same layout)
    for r in range(7, ws.max_row + 1):
        code = str(ws.cell(r, 1).value)
        if code.count(".") <= 1:
            potential = float(ws.cell(r, 4).value or 10)
            ws.cell(r, 5).value = potential
            ws.cell(r, 6).value = potential * 0.25
            ws.cell(r, 7).value = 25
            ws.cell(r, 8).value = potential * 0.5
            ws.cell(r, 9).value = 50
    wb.save(path)
    records, issues, _ = parse_referential_sheet(path.read_bytes(), path.name, SHA)
    top = [r for r in records if r.level in ("axis", "sub_axis")]
    assert {r.referential for r in records} == {"ECI"}
    assert len([r for r in top if r.level == "axis"]) == 5
    assert all(r.pct_done == 25 and r.pct_programmed == 50 for r in top)
    assert top[0].label.startswith("Définition d'une stratégie globale")
    assert top[0].territory_name == "Syndicat mixte du Pays d'Auge"
    assert not any(r.code == "TOTAL" for r in records)


def test_audit_export_prefers_audited_group_and_keeps_auditor_private(
    realworld_dir: Path, tmp_path: Path
) -> None:
    path = tmp_path / "audit.xlsx"
    shutil.copyfile(realworld_dir / "tet" / "export_audit_cae.xlsx", path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws["A1"] = "Ville de Lectoure"
    ws["B2"] = "Jeanne Auditrice"
    for r in range(9, ws.max_row + 1):
        if str(ws.cell(r, 1).value).count(".") <= 1:
            ws.cell(r, 5).value, ws.cell(r, 6).value, ws.cell(r, 7).value = 20, 10, 0.5
            ws.cell(r, 8).value, ws.cell(r, 9).value = 2, 0.1
            ws.cell(r, 11).value, ws.cell(r, 12).value, ws.cell(r, 13).value = 20, 8, 0.4
            ws.cell(r, 14).value, ws.cell(r, 15).value = 4, 0.2
    wb.save(path)
    records, _, people = parse_referential_sheet(path.read_bytes(), path.name, SHA)
    top = [r for r in records if r.level in ("axis", "sub_axis")]
    assert len(top) == 25
    assert all((r.pct_done, r.pct_programmed) == (40.0, 20.0) for r in top)  # « Audité »
    assert top[0].label == "1"  # the audit layout gives codes only: the code, not an invention
    assert [(p.role, p.name) for p in people] == [("audit", "Jeanne Auditrice")]
    assert all("Jeanne" not in (r.territory_name or "") for r in records)


def _overview(pct_as_ratio: bool) -> bytes:
    """Another tool's overview: two header rows, code inside « Mesures », % as 0–1 ratios."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Synthèse"
    ws.append(["Référentiel Climat Air Énergie - état des lieux 2025"])
    ws.append([])
    ws.append(["Mesures", "Maximum", "Potentiel", "Effectif", None, "Programmés", None])
    ws.append([None, None, None, "points", "%", "points", "%"])
    rows = [
        ("1 Planification territoriale", 64, 60, 30, 0.5, 6, 0.1),
        ("1.1 Stratégie globale", 18, 18, 9.9, 0.55, 1.8, 0.1),
        ("1.1.1 Définir la vision", 6, 6, 3, 0.5, 0, 0),
        ("2 Patrimoine de la collectivité", 80, 80, 20, 0.25, 40, 0.5),
        ("2.1 Stratégie patrimoniale", 8, 8, 4.1, 0.5125, 2, 0.25),
    ]
    for label, mx, pot, done, pdone, prog, pprog in rows:
        factor = 1 if pct_as_ratio else 100
        ws.append([label, mx, pot, done, pdone * factor, prog, pprog * factor])
    ws.merge_cells("D3:E3")
    ws.merge_cells("F3:G3")
    buffer = io.BytesIO()
    wb.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("ratio", [True, False])
def test_other_tool_overview_sheet(ratio: bool) -> None:
    data = _overview(ratio)
    assert detect(data, "synthese.xlsx").kind == REFERENTIAL_SHEET
    records, _, _ = parse_referential_sheet(data, "synthese.xlsx", SHA)
    by_code = {r.code: r for r in records}
    assert set(by_code) == {"1", "1.1", "1.1.1", "2", "2.1"}
    assert by_code["1"].level == "axis" and by_code["1.1"].level == "sub_axis"
    assert by_code["1.1.1"].level == "measure"
    assert by_code["1.1"].pct_done == pytest.approx(55.0)
    assert by_code["2.1"].pct_done == pytest.approx(51.25)
    assert by_code["2"].pct_programmed == pytest.approx(50.0)
    assert by_code["2"].label == "Patrimoine de la collectivité"
    assert by_code["1"].referential == "CAE"
    assert by_code["2.1"].points_done == 4.1


def test_inconsistent_percentage_is_flagged() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["N°", "Intitulé", "Potentiel collectivité", "Points réalisés", "% réalisé"])
    ws.append(["1", "Axe A", 100, 40, 40])
    ws.append(["1.1", "Sous-axe A", 50, 20, 40])
    ws.append(["1.2", "Sous-axe B", 50, 10, 90])  # 10/50 = 20 %, not 90 %
    buffer = io.BytesIO()
    wb.save(buffer)
    records, issues, _ = parse_referential_sheet(buffer.getvalue(), "x.xlsx", SHA)
    assert [r.pct_done for r in records] == [40, 40, 90]  # kept as written, flagged
    flagged = [i for i in issues if i.severity == "warning" and i.row == 4]
    assert flagged and "incohérent" in flagged[0].message


def test_blank_export_is_an_empty_template(realworld_dir: Path) -> None:
    path = realworld_dir / "tet" / "export_cae.xlsx"
    with pytest.raises(InputRejected) as info:
        parse_referential_sheet(path.read_bytes(), path.name, SHA)
    assert "export de référentiel vide" in info.value.reason


def test_referential_named_by_its_axes_when_nothing_else_says() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Feuil1"
    ws.append(["Code", "Libellé", "Potentiel", "Réalisé (points)", "Réalisé (%)"])
    ws.append(
        ["1", "Définition d'une stratégie globale de la politique économie circulaire", 90, 45, 50]
    )
    ws.append(
        [
            "2",
            "Développement des services de réduction, collecte et valorisation des déchets",
            100,
            10,
            10,
        ]
    )
    ws.append(["2.1", "Prévention des déchets", 30, 3, 10])
    buffer = io.BytesIO()
    wb.save(buffer)
    records, _, _ = parse_referential_sheet(buffer.getvalue(), "x.xlsx", SHA)
    assert {r.referential for r in records} == {"ECI"}
    assert [r.pct_done for r in records] == [50, 10, 10]
    assert [r.points_done for r in records] == [45, 10, 3]
