"""``copdiag levers classify``: any list of actions in, levers (both lists) out."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from pipelines.cli import main


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_classify_csv_writes_both_lever_lists(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    src = tmp_path / "actions.csv"
    src.write_text(
        "id;title;description\n"
        "1;Planter des haies bocagères;\n"
        "2;Animer la démarche;Chaufferie bois et réseau de chaleur pour la piscine\n"
        "3;Mettre en place la gouvernance du plan climat;\n"
        '4;Aménager des pistes cyclables;"multi\nligne"\n',
        encoding="utf-8",
    )
    out = tmp_path / "out" / "levers.csv"
    assert main(["levers", "classify", str(src), "--output", str(out)]) == 0
    rows = _read(out)
    assert [r["id"] for r in rows] == ["1", "2", "3", "4"]
    first = rows[0]
    assert first["lever_code"] == "agriculture.haies"
    assert first["lever_label"] == "Gestion des haies"
    assert first["lever_label_2025"] == "Gestion des haies"
    assert (first["thematic"], first["thematic_label"]) == ("preserver", "Préserver")
    assert 0 < float(first["confidence"]) <= 1
    assert "haies" in first["lever_terms"]
    assert rows[1]["lever_code"] == "energie.reseaux_chaleur"  # the description decides
    assert rows[1]["lever_label_2025"] == "Réseaux de chaleur décarbonés"
    assert rows[2]["lever_code"] == "transverse"
    assert rows[2]["lever_label_2025"] == ""
    assert rows[3]["lever_code"] == "voyageurs.velo"
    assert rows[3]["description"] == "multi\nligne"  # input values passed through unchanged
    message = capsys.readouterr().out
    assert "4 action(s)" in message and "3 sur un levier" in message


def test_classify_xlsx_with_title_rows_above_the_header(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Plan"
    ws.append(["Plan d'actions 2025"])
    ws.append([])
    ws.append(["N°", "Intitulé", "Descriptif"])
    ws.append([1, "Rénover les écoles et la mairie", None])
    ws.append([2, "Subventionner l'achat de vélos à assistance électrique", None])
    src = tmp_path / "plan.xlsx"
    wb.save(src)
    out = tmp_path / "plan_levers.csv"
    assert main(["levers", "classify", str(src), "-o", str(out)]) == 0
    rows = _read(out)
    assert [r["lever_code"] for r in rows] == ["batiments.renovation_tertiaire", "voyageurs.velo"]
    assert rows[0]["lever_label_2025"] == (
        "Sobriété des bâtiments (tertiaire) ; Rénovation (hors changement chaudières)"
    )
    assert rows[0]["N°"] == "1"


def test_classify_refuses_a_file_without_title_column(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    src = tmp_path / "x.csv"
    src.write_text("a,b\n1,2\n", encoding="utf-8")
    out = tmp_path / "o.csv"
    assert main(["levers", "classify", str(src), "-o", str(out)]) == 1
    assert "aucune colonne « title »" in capsys.readouterr().err
    assert not out.exists()
    assert main(["levers", "classify", str(tmp_path / "absent.csv"), "-o", str(out)]) == 1
    assert "introuvable" in capsys.readouterr().err


def test_classify_the_real_tet_export(tmp_path: Path, realworld_dir: Path) -> None:
    out = tmp_path / "tet.csv"
    src = realworld_dir / "tet" / "tet_projects_with_levers.csv"
    assert main(["levers", "classify", str(src), "-o", str(out)]) == 0
    rows = _read(out)
    assert len(rows) == 17
    assert rows[1]["lever_code"] == "voyageurs.vehicules_electriques"
    assert rows[1]["lever_label_2025"] == "Véhicules électriques"


def test_classify_reports_agreement_with_given_ademe_sectors(
    tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    src = tmp_path / "ademe.csv"
    src.write_text(
        "demarche_id,intitule,secteurs\n"
        "1,Installer des panneaux photovoltaïques,Gestion / production / distribution de l'énergie\n"
        "1,Planter des haies,Résidentiel\n"
        "1,Gouvernance du plan climat,Agriculture\n"
        "1,Sensibiliser au vélo,Communication / formation / sensibilisation\n",
        encoding="utf-8",
    )
    assert main(["levers", "classify", str(src), "-o", str(tmp_path / "o.csv")]) == 0
    out = capsys.readouterr().out
    assert "sur 3 action(s) ayant un secteur à leviers" in out
    assert "33,3 % dans le secteur, 33,3 % transverses, 33,3 % dans un autre secteur" in out
