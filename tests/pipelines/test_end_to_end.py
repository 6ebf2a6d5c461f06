"""The whole graph on a small demo region: publication, report, idempotency, replacement."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from tests.conftest import REGION, RefreshedRegion

PUBLISHED = (
    "actions",
    "action_steps",
    "referential_scores",
    "contract_targets",
    "questionnaire_responses",
    "lever_state_of_play",
    "lever_families",
    "priority_themes",
    "exemplary_projects",
    "cop_action_candidates",
    "ingestion_report",
)


def _counts(env) -> dict[str, int]:
    con = duckdb.connect(env.warehouse, read_only=True)
    try:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in (*PUBLISHED, "questionnaire_answers", "recipients", "documents")
        }
    finally:
        con.close()


def test_refresh_succeeds_and_publishes_every_table(refreshed_region: RefreshedRegion) -> None:
    assert refreshed_region.result.success
    out = Path(refreshed_region.env.outputs) / REGION
    for table in PUBLISHED:
        assert (out / f"{table}.csv").is_file(), table
        assert (out / f"{table}.parquet").is_file(), table
    assert (out / "datapackage.json").is_file()
    assert (out / "synthese.html").is_file()
    assert list(out.glob("*.xlsx"))
    package = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in package["resources"]}
    assert set(PUBLISHED) <= names


def test_every_inbox_file_is_in_the_ingestion_report(refreshed_region: RefreshedRegion) -> None:
    env = refreshed_region.env
    inbox = Path(env.inbox) / REGION
    files = sorted(p.relative_to(inbox).as_posix() for p in inbox.rglob("*") if p.is_file())
    report = pd.read_parquet(Path(env.outputs) / REGION / "ingestion_report.parquet")
    assert sorted(report["source_file"]) == files
    assert set(report["status"]) <= {"loaded", "quarantined", "superseded"}
    rejected = report[report["status"] == "quarantined"]
    assert len(rejected) >= 1  # the demo corpus carries a workbook that is not a questionnaire
    assert rejected["reason"].str.len().min() > 10
    assert (report["status"] == "superseded").sum() >= 1  # one authority answered twice
    loaded = report[report["status"] == "loaded"]
    assert set(loaded["detected_type"]) >= {"action_plan", "cot", "questionnaire", "recipients"}
    for path in rejected["quarantine_path"]:  # relative to the quarantine root (no server path)
        assert not Path(path).is_absolute() and path.startswith(f"{REGION}/")
        assert (Path(env.quarantine) / path).is_file()
        assert (Path(env.quarantine) / (path + ".motif.txt")).is_file()


def test_state_of_play_covers_all_levers_and_themes_are_bounded(
    refreshed_region: RefreshedRegion,
) -> None:
    out = Path(refreshed_region.env.outputs) / REGION
    state = pd.read_parquet(out / "lever_state_of_play.parquet")
    regional = state[state["scope"] == "region"]
    assert regional["lever_code"].nunique() >= 47
    themes = pd.read_parquet(out / "priority_themes.parquet")
    assert list(themes["rank"]) == list(range(1, len(themes) + 1))
    # 5–10 regional lever themes; cross-cutting and département themes follow (issue 17)
    themes = themes[(themes["scope"] == "region") & (themes["theme_kind"] == "levier")]
    assert 5 <= len(themes) <= 10
    families = pd.read_parquet(out / "lever_families.parquet")
    assert set(families["family"].dropna()) <= {"A", "B", "C"}


def test_no_personal_data_is_published(refreshed_region: RefreshedRegion) -> None:
    env = refreshed_region.env
    con = duckdb.connect(env.warehouse, read_only=True)
    private = con.execute(
        "SELECT respondent_name, respondent_email FROM respondents_private"
    ).fetchall()
    con.close()
    emails = {e for _, e in private if e}
    names = {n for n, _ in private if n and len(n) > 5}
    assert emails, "the demo corpus has respondents"
    out = Path(env.outputs) / REGION
    blob = "\n".join(
        p.read_text(encoding="utf-8-sig", errors="ignore")
        for p in out.iterdir()
        if p.suffix in (".csv", ".html", ".json")
    )
    for email in emails:
        assert email not in blob
    for name in names:
        assert name not in blob


def test_second_refresh_changes_nothing(refreshed_region: RefreshedRegion) -> None:
    from pipelines.refresh import refresh_region

    env = refreshed_region.env
    before = _counts(env)
    first = pd.read_parquet(Path(env.outputs) / REGION / "ingestion_report.parquet")
    result = refresh_region(REGION, env, instance=refreshed_region.instance)
    assert result.success
    assert _counts(env) == before
    report = pd.read_parquet(Path(env.outputs) / REGION / "ingestion_report.parquet")
    # the report is a state: same statuses and reasons, nothing reads « unchanged »
    columns = ["source_file", "status", "reason", "first_read_at", "parser_version"]
    pd.testing.assert_frame_equal(first[columns], report[columns])


def test_changed_file_replaces_exactly_its_rows(refreshed_region: RefreshedRegion) -> None:
    from pipelines.refresh import refresh_region

    env = refreshed_region.env
    inbox = Path(env.inbox) / REGION
    con = duckdb.connect(env.warehouse, read_only=True)
    subs = con.execute(
        "SELECT source_file, source_sha256 FROM questionnaire_submissions ORDER BY source_file"
    ).fetchall()
    other_rows = con.execute(
        "SELECT count(*) FROM questionnaire_answers WHERE source_file <> ?", [subs[0][0]]
    ).fetchone()[0]
    con.close()
    target_file, old_sha = subs[0]
    donor_file = subs[1][0]
    shutil.copyfile(inbox / donor_file, inbox / target_file)  # content changes, path stays
    result = refresh_region(REGION, env, instance=refreshed_region.instance)
    assert result.success
    con = duckdb.connect(env.warehouse, read_only=True)
    old_left = con.execute(
        "SELECT count(*) FROM questionnaire_answers WHERE source_sha256 = ?", [old_sha]
    ).fetchone()[0]
    others_after = con.execute(
        "SELECT count(*) FROM questionnaire_answers WHERE source_file NOT IN (?, ?)",
        [target_file, donor_file],
    ).fetchone()[0]
    donor_rows = con.execute(
        "SELECT count(*) FROM questionnaire_answers WHERE source_file = ?", [donor_file]
    ).fetchone()[0]
    con.close()
    assert old_left == 0
    assert others_after == other_rows - donor_rows
    report = pd.read_parquet(Path(env.outputs) / REGION / "ingestion_report.parquet")
    statuses = report.set_index("source_file")["status"]
    # the copy makes target and donor the same authority: the older of the two is superseded
    assert statuses[target_file] in ("loaded", "superseded")
    assert set(statuses.drop(index=target_file)) <= {"loaded", "superseded", "quarantined"}


def test_csv_opens_in_french_excel(refreshed_region: RefreshedRegion) -> None:
    raw = (Path(refreshed_region.env.outputs) / REGION / "actions.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n", 1)[0].decode("utf-8")
    assert ";" in header
    assert re.search(r"source_sha256", header)


def test_response_rates_are_published_per_departement_and_type(
    refreshed_region: RefreshedRegion,
) -> None:
    out = Path(refreshed_region.env.outputs) / REGION
    coverage = pd.read_parquet(out / "response_coverage.parquet")
    region = coverage[coverage["dimension"] == "region"].iloc[0]
    assert region["n_recipients"] == 25
    assert region["response_rate"] == pytest.approx(region["n_respondents_recipients"] / 25)
    assert set(coverage["dimension"]) == {"region", "departement", "type"}
    depts = coverage[coverage["dimension"] == "departement"]
    assert depts["n_recipients"].sum() == 25
    assert "59 – Nord" in set(depts["label"])
    assert (coverage["response_rate"].dropna() <= 1).all()
