"""An analyst recomputes the key figures from the published Parquet files alone (issue 22).

Nothing here imports the analysis code: the rules are re-implemented from the README's « How
to read the published tables » (bases, Wilson and Student intervals, families, score parts,
merged projects, budgets), on the demo region refreshed once per session.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest
from scipy.stats import t as student

from tests.conftest import REGION, RefreshedRegion

Z = 1.959963984540054


@pytest.fixture(scope="module")
def pub(refreshed_region: RefreshedRegion) -> dict[str, pd.DataFrame]:
    folder = Path(refreshed_region.env.outputs) / REGION
    return {p.stem: pd.read_parquet(p) for p in folder.glob("*.parquet")}


def _wilson(k: int, n: int) -> tuple[float, float]:
    p = k / n
    d = 1 + Z * Z / n
    c = (p + Z * Z / (2 * n)) / d
    h = Z * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n)) / d
    return 100 * max(0.0, c - h), 100 * min(1.0, c + h)


def test_rates_bases_and_intervals_recomputed(pub):
    answers = pub["questionnaire_responses"]
    sop = pub["lever_state_of_play"]
    region = sop[sop["scope"] == "region"].set_index("lever_code")
    checked = 0
    for lever, g in answers.groupby("lever_code"):
        rel = g["relevance_score"].dropna()
        dep = g["deployment_score"].dropna()
        row = region.loc[lever]
        assert row["n_scored_relevance"] == len(rel), lever
        assert row["n_scored_deployment"] == len(dep), lever
        if len(rel) >= 2:
            assert row["mean_relevance"] == pytest.approx(rel.mean(), abs=0.006)
            k = int((rel >= 3).sum())
            low, high = _wilson(k, len(rel))
            assert row["pct_relevant"] == pytest.approx(100 * k / len(rel), abs=0.06)
            assert row["pct_relevant_ci_low"] == pytest.approx(low, abs=0.06)
            assert row["pct_relevant_ci_high"] == pytest.approx(high, abs=0.06)
            half = student.ppf(0.975, len(rel) - 1) * rel.std(ddof=1) / math.sqrt(len(rel))
            assert row["mean_relevance_ci_low"] == pytest.approx(
                max(0.0, rel.mean() - half), abs=0.006
            )
        if len(dep) >= 2:
            half = student.ppf(0.975, len(dep) - 1) * dep.std(ddof=1) / math.sqrt(len(dep))
            assert row["mean_deployment_ci_high"] == pytest.approx(
                min(3.0, dep.mean() + half), abs=0.006
            )
            checked += 1
    assert checked >= 30  # most levers are answered in the demo
    # every rate has its base and interval
    for column in ("pct_relevant", "pct_deploying", "mean_relevance", "mean_deployment"):
        has = sop[column].notna() & (
            sop["n_scored_relevance" if "relev" in column else "n_scored_deployment"] >= 2
        )
        assert sop.loc[has, [f"{column}_ci_low", f"{column}_ci_high"]].notna().all().all()


def test_families_and_flags_recomputed(pub):
    fam = pub["lever_families"]
    for row in fam.to_dict("records"):
        a = row["deployment_axis"] >= 1.5
        b = row["relevance_axis"] >= 2.5
        assert row["family"] == ("A" if a else "B" if b else "C"), row["lever_code"]
        small = min(row["n_scored_relevance"], row["n_scored_deployment"]) < 10
        if small:
            assert row["family_confidence"] == "échantillon faible"
        elif row["deployment_axis_ci_low"] <= 1.5 <= row["deployment_axis_ci_high"]:
            assert row["family_confidence"] == "à la limite"
    sop = pub["lever_state_of_play"]
    dept = sop[sop["scope"] == "departement"]
    small = dept[["n_scored_relevance", "n_scored_deployment"]].min(axis=1) < 10
    assert dept.loc[small, "family"].isna().all()  # no family of their own


def test_theme_scores_and_intervals_recomputed(pub):
    themes = pub["priority_themes"]
    parts = themes.filter(regex=r"^score_(?!ci_)").sum(axis=1)
    assert (parts - themes["score"]).abs().max() < 0.05
    assert (themes["score_ci_low"] <= themes["score"]).all()
    assert (themes["score"] <= themes["score_ci_high"]).all()
    # plausible ranks compare the regional lever themes with each other (cross-cutting and
    # département themes have their own lists, issue 17)
    regional = themes[(themes["scope"] == "region") & (themes["theme_kind"] == "levier")]
    for row in regional.to_dict("records"):
        others = regional[regional["rank"] != row["rank"]]
        assert row["rank_min"] == 1 + int((others["score_ci_low"] > row["score_ci_high"]).sum())
        evidence = json.loads(row["evidence"])
        assert evidence["n_respondents"] == row["n_respondents"]


def test_no_duplicate_project_and_synthesis_count(pub, refreshed_region: RefreshedRegion):
    projects = pub["exemplary_projects"]
    key = projects[["authority_name", "lever_code", "title"]].astype(str)
    assert not key.duplicated().any()
    assert (projects["n_sources"] == projects["sources"].map(len)).all() or (
        projects["n_sources"] >= projects["sources"].map(len)
    ).all()
    html = (Path(refreshed_region.env.outputs) / REGION / "synthese.html").read_text("utf-8")
    assert f"{len(projects)} projets distincts signalés" in html
    cand = pub["cop_action_candidates"]
    assert not cand["candidate_id"].duplicated().any()
    assert cand[["coherence_reason", "potential_reason", "progress_reason"]].notna().all().all()


def test_budgets_recomputed(pub):
    actions = pub["actions"]
    steps = pub["action_steps"]
    sop = pub["lever_state_of_play"]
    region = sop[sop["scope"] == "region"].set_index("lever_code")
    by_lever = actions.groupby("lever_code")["total_budget_eur"].sum(min_count=1)
    for lever, total in by_lever.dropna().items():
        if lever in region.index:  # « transverse » actions have no lever row
            assert region.loc[lever, "budget_eur"] == pytest.approx(total)
    # action totals are the sum of the steps' known budgets; « €/an » never counted once
    known = steps.groupby("action_id")["budget_eur"].sum(min_count=1)
    merged = actions.set_index("action_id")["total_budget_eur"].dropna()
    for action_id, total in merged.items():
        assert total == pytest.approx(known.get(action_id, math.nan)), action_id
    yearly = steps[steps["budget_eur_per_year"].notna()]
    assert not yearly.empty  # the demo writes some « X €/an »
    spans = (yearly["end_year"] - yearly["start_year"] + 1).where(~yearly["open_ended"])
    expected = yearly["budget_eur_per_year"] * spans
    assert (
        (yearly["budget_eur"].isna() & expected.isna())
        | (yearly["budget_eur"] - expected).abs().lt(0.01)
    ).all()


def test_documents_read_headline(pub, refreshed_region: RefreshedRegion):
    report = pub["ingestion_report"]
    read = report[
        report["status"].isin(["loaded", "unchanged"])
        & report["detected_type"].isin(["action_plan", "cot"])
    ]
    html = (Path(refreshed_region.env.outputs) / REGION / "synthese.html").read_text("utf-8")
    assert f"<b>{len(read)}</b><span>plans et contrats lus" in html
