"""The demo publication as its readers meet it (issue 17): regional targets, shortlists,
projets.csv in the national format, every column described, unknown never written 0."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from sources.sgpe_panorama import lever_targets
from tests.conftest import REGION, RefreshedRegion


@pytest.fixture(scope="module")
def out(refreshed_region: RefreshedRegion) -> Path:
    assert refreshed_region.result.success
    return Path(refreshed_region.env.outputs) / REGION


def _pub(out: Path, table: str) -> pd.DataFrame:
    return pd.read_parquet(out / f"{table}.parquet")


def test_lever_targets_published_equal_the_panorama(out: Path, realworld_dir: Path) -> None:
    published = _pub(out, "lever_targets").set_index("lever_code")
    expected = lever_targets(REGION).set_index("lever_code")
    assert len(published) == len(expected) == 36
    for column in ("kt_co2e_avoided_2030", "share_of_regional_effort", "physical_target_2030"):
        pd.testing.assert_series_equal(
            published[column].sort_index(), expected[column].sort_index(), check_names=False
        )
    path = realworld_dir / "sgpe" / "regional_lever_targets.json"
    if path.exists():
        hdf = {
            r["id"]: r
            for r in json.loads(path.read_text("utf-8"))
            if r["regionName"] == "Hauts-de-France"
        }
        for row in published.reset_index().to_dict("records"):
            assert row["kt_co2e_avoided_2030"] == hdf[row["sgpe_lever_id"]]["objCO2"]
    csv = pd.read_csv(out / "lever_targets.csv", sep=";", decimal=",", encoding="utf-8-sig")
    assert list(csv.columns[:3]) == ["region_code", "lever_code", "lever_label"]
    assert {"kt_co2e_avoided_2030", "share_of_regional_effort", "physical_target_2030",
            "physical_unit", "physical_2019", "source", "sgpe_lever_name", "sector"} <= set(
        csv.columns
    )  # fmt: skip
    themes = _pub(out, "priority_themes")
    assert "score_regional_stake" in themes.columns
    parts = themes.filter(regex=r"^score_(?!ci_)").sum(axis=1)
    assert (parts - themes["score"]).abs().max() < 0.05


def test_every_published_column_is_described(out: Path) -> None:
    package = json.loads((out / "datapackage.json").read_text("utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert {"lever_targets", "projets", "exemplary_projects", "cop_action_candidates"} <= names
    from assets.publication.schema import column_description

    fields = [(r["name"], f) for r in package["resources"] for f in r["schema"]["fields"]]
    missing = [f"{t}.{f['name']}" for t, f in fields if not f.get("description", "").strip()]
    assert missing == [], missing
    # our own tables: a description of the column itself, not only the « liste » suffix
    ours = [(t, f["name"]) for t, f in fields if t != "projets"]
    assert [f"{t}.{c}" for t, c in ours if not column_description(t, c)] == []
    assert len(fields) > 300
    # the « Lisez-moi » dictionary: one described line per column of every sheet
    wb = openpyxl.load_workbook(out / f"diagnostic_{REGION}.xlsx", read_only=True)
    rows = list(wb["Lisez-moi"].iter_rows(values_only=True))
    start = next(i for i, r in enumerate(rows) if r[0] == "Dictionnaire des colonnes")
    described = {(r[0], r[1]): r[2] for r in rows[start + 2 :] if r and r[0]}
    sheets = [n for n in wb.sheetnames if n != "Lisez-moi"]
    for sheet in sheets:
        header = next(wb[sheet].iter_rows(max_row=1, values_only=True))
        for column in header:
            assert (described.get((sheet, column)) or "").strip(), f"{sheet}.{column}"
    by_column = {(t, f["name"]): f["description"] for t, f in fields}
    assert "0 = moyens internes" in by_column[("action_steps", "budget_eur")]
    assert "jamais 0" in by_column[("lever_state_of_play", "budget_eur")]


def test_unknown_budget_is_empty_never_zero(out: Path) -> None:
    sop = _pub(out, "lever_state_of_play")
    no_action = sop[sop["n_actions"] == 0]
    assert len(no_action) > 0 and no_action["budget_eur"].isna().all()
    actions = _pub(out, "actions")
    with_budget = sop[(sop["scope"] == "region") & sop["budget_eur"].notna()]
    for row in with_budget.to_dict("records"):
        total = actions.loc[actions["lever_code"] == row["lever_code"], "total_budget_eur"]
        assert row["budget_eur"] == pytest.approx(total.sum(min_count=1))


def test_projets_csv_is_valid_against_the_national_schema(out: Path, realworld_dir: Path) -> None:
    from frictionless import Resource, Schema

    schema_path = realworld_dir / "sgpe" / "projets_collectivites_schema.json"
    if not schema_path.exists():
        pytest.skip(f"schéma data.gouv absent : {schema_path}")
    schema = Schema.from_descriptor(json.loads(schema_path.read_text("utf-8")))
    report = Resource(path="projets.csv", basepath=str(out), schema=schema).validate()
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])[:5]
    projets = pd.read_csv(out / "projets.csv", dtype=str, keep_default_na=False)
    exemplary, cand = _pub(out, "exemplary_projects"), _pub(out, "cop_action_candidates")
    assert 0 < len(projets) <= len(exemplary) + len(cand)
    assert projets["id"].is_unique
    personal = ["porteurReferentEmail", "porteurReferentTelephone", "porteurReferentPrenom",
                "porteurReferentNom", "porteurReferentFonction"]  # fmt: skip
    assert (projets[personal] == "").all().all()
    official = pd.read_csv(realworld_dir / "sgpe" / "50_leviers_SGPE_03_2025.csv", dtype=str)
    names = {v for col in official.columns for v in official[col].dropna()}
    for cell in projets["leviers"]:
        if cell:
            assert set(json.loads(cell)) <= names
    assert set(projets["phase"]) <= {"", "Idée", "Étude", "Opération"}
    # the whole package (our CSVs and projets.csv) validates too
    from frictionless import Package

    assert Package(str(out / "datapackage.json")).validate().valid


def test_shortlists_keep_every_row(out: Path) -> None:
    from assets.diagnostic.config import DiagnosticConfig

    config = DiagnosticConfig()
    exemplary = _pub(out, "exemplary_projects")
    assert exemplary["shortlisted"].dtype == bool
    short = exemplary[exemplary["shortlisted"]]
    assert 0 < len(short) <= config.shortlist_projects_max
    assert short["lever_code"].value_counts().max() <= config.shortlist_projects_per_lever
    assert exemplary["shortlist_reason"].notna().all()
    cand = _pub(out, "cop_action_candidates")
    assert cand["criteria_met"].between(0, 3).all()
    flags = cand[["coherence_ok", "potential_ok", "progress_ok"]].astype(int).sum(axis=1)
    assert (cand["criteria_met"] == flags).all()
    assert ((cand["criteria_met"] == 3) == (cand["missing_criteria"].fillna("") == "")).all()
    kept = cand[cand["shortlisted"]]
    assert kept["priority_theme_rank"].notna().all()
    assert (
        kept.groupby("priority_theme_rank").size() <= config.shortlist_candidates_per_theme
    ).all()
