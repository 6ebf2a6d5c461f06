"""Real Territoires en Transitions files pushed through a full refresh; privacy of the output."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from tests.conftest import make_env
from tests.sources.tet_sheets.test_referential import fill_cae

REGION = "76"
TET_FILES = (
    "plan_sans_axes.xlsx",
    "complex_plan.xlsx",
    "plan_budget_issue.xlsx",
    "modele-import-pa.xlsx",
    "export_cae.xlsx",
    "golden-baseline-fiche-81152.pdf",
    "TETE_Referentiel_Climat_Air_Energie_2024.pdf",
)
# People named in these files (pilots, elected referents, export/notes authors, auditor)
KNOWN_PEOPLE = (
    "Sophie AMOUROUS", "Emmanuelle Volte", "Pernette JULIAN", "Julien DORIGNY",
    "Gwendoline BRAZIER-DUVAL", "Sabine Leguay", "Harry Cot", "Lou Piote", "Yolo Dodo",
    "Sophie Boiché", "test audrey", "Sophie Durand", "Benjamin Goullard", "Nicolas VALLEE",
    "Manon Bouvier", "Doe John", "Aurore Grandvuinet", "Jeanne Auditrice",
)  # fmt: skip


@dataclass
class TetRun:
    env: object
    out: Path
    result: dg.ExecuteInProcessResult


@pytest.fixture(scope="module")
def tet_run(realworld_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> TetRun:
    from pipelines.refresh import refresh_region

    root = tmp_path_factory.mktemp("tet_e2e")
    env = make_env(root, workers=1)
    inbox = Path(env.inbox) / REGION / "tet"
    inbox.mkdir(parents=True)
    for name in TET_FILES:
        shutil.copyfile(realworld_dir / "tet" / name, inbox / name)
    filled = inbox / "export_cae_rempli.xlsx"
    fill_cae(realworld_dir / "tet" / "export_cae.xlsx", filled)
    audit = inbox / "audit_cae.xlsx"
    _filled_audit(realworld_dir / "tet" / "export_audit_cae.xlsx", audit)
    result = refresh_region(REGION, env, instance=dg.DagsterInstance.ephemeral())
    return TetRun(env, Path(env.outputs) / REGION, result)


def _filled_audit(src: Path, dest: Path) -> None:
    import openpyxl

    shutil.copyfile(src, dest)
    wb = openpyxl.load_workbook(dest)
    ws = wb.active
    ws["A1"], ws["B2"] = "Ville de Lectoure", "Jeanne Auditrice"
    for r in range(9, ws.max_row + 1):
        if str(ws.cell(r, 1).value).count(".") <= 1:
            for c, v in zip(range(11, 16), (20, 8, 0.4, 4, 0.2), strict=True):
                ws.cell(r, c).value = v
    wb.save(dest)


def test_refresh_publishes_every_tet_action(tet_run: TetRun) -> None:
    assert tet_run.result.success
    actions = pd.read_parquet(tet_run.out / "actions.parquet")
    counts = actions.groupby("source_file").size().to_dict()
    assert counts["tet/plan_sans_axes.xlsx"] == 46
    assert counts["tet/complex_plan.xlsx"] == 29
    assert counts["tet/plan_budget_issue.xlsx"] == 6
    assert counts["tet/golden-baseline-fiche-81152.pdf"] == 1
    plan = actions[actions["source_file"] == "tet/plan_sans_axes.xlsx"].set_index("source_row")
    assert plan.loc[5, "title"] == "Plan de Mobilité Simplifié"
    assert plan.loc[31, "total_budget_eur"] == 60000
    assert (plan.loc[4, "start_year"], plan.loc[4, "end_year"]) == (2022, 2026)
    assert set(plan["source_sheet"]) == {"Fichier dimport"}
    assert plan["page"].isna().all()
    clinic = actions[actions["source_file"] == "tet/complex_plan.xlsx"]
    assert clinic["axis"].nunique() == 5
    budget = actions[actions["source_file"] == "tet/plan_budget_issue.xlsx"].set_index("source_row")
    assert pd.isna(budget.loc[4, "total_budget_eur"])
    fiche = actions[actions["source_file"] == "tet/golden-baseline-fiche-81152.pdf"].iloc[0]
    assert fiche["total_budget_eur"] == 45000
    # the CSV says where each row comes from, and the datapackage documents it
    package = json.loads((tet_run.out / "datapackage.json").read_text(encoding="utf-8"))
    fields = {
        f["name"]: f
        for r in package["resources"]
        if r["name"] == "actions"
        for f in r["schema"]["fields"]
    }
    assert "source_row" in fields and "source_sheet" in fields
    assert "tableur" in fields["page"]["description"]


def test_referential_scores_published_at_axis_and_sub_axis(tet_run: TetRun) -> None:
    scores = pd.read_parquet(tet_run.out / "referential_scores.parquet")
    cae = scores[scores["source_file"] == "tet/export_cae_rempli.xlsx"]
    assert set(cae["level"]) == {"axis", "sub_axis"}
    assert len(cae) == 25
    row = cae[cae["code"] == "1.1"].iloc[0]
    assert row["pct_done"] == 20.0 and row["pct_programmed"] == 10.0
    assert row["source_sheet"] == "Export CAE referentiel" and row["source_row"] == 9
    audit = scores[scores["source_file"] == "tet/audit_cae.xlsx"]
    assert set(audit["pct_done"]) == {40.0} and set(audit["pct_programmed"]) == {20.0}
    con = duckdb.connect(tet_run.env.warehouse, read_only=True)
    try:
        deeper = con.execute(
            "SELECT count(*) FROM referential_measures WHERE source_file = ?",
            ["tet/export_cae_rempli.xlsx"],
        ).fetchone()[0]
    finally:
        con.close()
    assert deeper == 1444


def test_ingestion_report_says_what_was_not_read(tet_run: TetRun) -> None:
    report = pd.read_parquet(tet_run.out / "ingestion_report.parquet").set_index("source_file")
    assert report.loc["tet/modele-import-pa.xlsx", "status"] == "quarantined"
    assert report.loc["tet/modele-import-pa.xlsx", "reason"].startswith("modèle vide")
    ref = report.loc["tet/TETE_Referentiel_Climat_Air_Energie_2024.pdf"]
    assert ref["status"] == "quarantined"
    assert ref["reason"].startswith("référentiel ADEME sans scores")
    blank = report.loc["tet/export_cae.xlsx"]
    assert blank["status"] == "quarantined" and "export de référentiel vide" in blank["reason"]
    assert report.loc["tet/plan_sans_axes.xlsx", "detected_type"] == "plan_tableur"


def _published_text(folder: Path) -> dict[str, str]:
    """Every published file as text: CSV/HTML/JSON as is, XLSX XML parts, Parquet values."""
    texts = {}
    for path in sorted(folder.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".parquet":
            frame = pd.read_parquet(path)
            texts[path.name] = frame.astype(str).to_csv(index=False) + " ".join(frame.columns)
        elif path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as archive:
                texts[path.name] = "\n".join(
                    archive.read(n).decode("utf-8", "replace")
                    for n in archive.namelist()
                    if n.endswith(".xml")
                )
        else:
            texts[path.name] = path.read_bytes().decode("utf-8", "replace")
    return texts


def test_no_person_name_in_any_published_file(tet_run: TetRun) -> None:
    con = duckdb.connect(tet_run.env.warehouse, read_only=True)
    try:
        private = con.execute(
            "SELECT DISTINCT name FROM people_private WHERE role <> 'service_pilote'"
        ).fetchall()
    finally:
        con.close()
    names = {n for (n,) in private} | set(KNOWN_PEOPLE)
    assert {"Sophie AMOUROUS", "Harry Cot", "Jeanne Auditrice", "Nicolas VALLEE"} <= names
    texts = _published_text(tet_run.out)
    assert {"actions.csv", "actions.parquet", "datapackage.json", "synthese.html"} <= set(texts)
    assert any(name.endswith(".xlsx") for name in texts)
    leaks = [
        (file, name)
        for file, text in texts.items()
        for name in names
        if re.search(re.escape(name), text, re.I)
    ]
    assert leaks == []


def test_check_verdict_equals_refresh_verdict(tet_run: TetRun, realworld_dir: Path) -> None:
    """`copdiag check` and refresh share detection + parse_inbox_file: same verdict per file."""
    from assets.ingestion.ingest_file import parse_inbox_file
    from sources.detect import detect

    report = pd.read_parquet(tet_run.out / "ingestion_report.parquet").set_index("source_file")
    for name in TET_FILES:
        path = realworld_dir / "tet" / name
        data = path.read_bytes()
        found = detect(data, name)
        sha = hashlib.sha256(data).hexdigest()
        outcome = parse_inbox_file(str(path), name, REGION, sha, found.kind, found.reason)
        row = report.loc[f"tet/{name}"]
        assert (outcome.status, outcome.reason) == (row["status"], row["reason"] or None), name
