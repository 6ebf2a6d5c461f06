"""GX suites: each table's suite passes on a good frame and fails, with examples, on a bad one."""

from __future__ import annotations

import time

import pandas as pd
import pytest

from quality.gx_runner import ValidationSummary, validate_frame
from quality.suites import (
    MINIMUM_COLUMNS,
    NO_FORBIDDEN_COLUMNS,
    ROWS_PER_GROUP,
    TABLES,
    all_suites,
    department_codes,
    lever_codes,
    region_codes,
    suite_for,
)

LEVERS = lever_codes(with_transverse=False)
SHA = "a" * 64


def complete(table: str, rows: list[dict]) -> pd.DataFrame:
    """A frame with every minimum column of the published contract (missing ones empty)."""
    df = pd.DataFrame(rows)
    for col in MINIMUM_COLUMNS[table]:
        if col not in df.columns:
            df[col] = None
    return df


def good_frame(table: str) -> pd.DataFrame:
    """A small frame that satisfies every expectation of ``table``."""
    if table == "actions":
        return complete(table, [
            {"action_id": "a1", "region_code": "32", "action_code": "1.1", "title": "Vélo",
             "lever_code": "voyageurs.velo", "thematic": "se_deplacer",
             "total_budget_eur": 120000.0, "total_etp": 0.5, "start_year": 2024,
             "end_year": 2026, "source_file": "32/pcaet.pdf", "source_sha256": SHA, "page": 3},
            {"action_id": "a2", "region_code": "32", "action_code": "1.2", "title": "Gouvernance",
             "lever_code": "transverse", "thematic": None, "total_budget_eur": None,
             "total_etp": None, "start_year": 2025, "end_year": None,
             "source_file": "32/pcaet.pdf", "source_sha256": SHA, "page": 4},
        ])  # fmt: skip
    if table == "action_steps":
        return complete(table, [
            {"action_id": "a1", "step_no": 1, "budget_eur": 1000.0, "start_year": 2024,
             "end_year": 2025, "etp": 0.2, "source_file": "32/pcaet.pdf", "page": 3},
            {"action_id": "a1", "step_no": 2, "budget_eur": 0.0, "start_year": 2025,
             "end_year": 2025, "etp": None, "source_file": "32/pcaet.pdf", "page": 3},
        ])  # fmt: skip
    if table == "referential_scores":
        return complete(table, [
            {"region_code": "32", "referential": "CAE", "level": "axis", "label": "Axe 1",
             "pct_done": 42.5, "pct_programmed": 10.0, "points_remaining": 12.0,
             "source_file": "32/cot.pdf", "page": 2},
            {"region_code": "32", "referential": "ECI", "level": "sub_axis", "label": "1.1",
             "pct_done": 100.0, "pct_programmed": 0.0, "points_remaining": 0.0,
             "source_file": "32/cot.pdf", "page": 2},
        ])  # fmt: skip
    if table == "contract_targets":
        return complete(table, [
            {"region_code": "32", "label": "Km de pistes", "target_value": 50.0,
             "lever_code": "voyageurs.velo", "period_start": 2024, "period_end": 2027,
             "source_file": "32/cot.pdf", "page": 5},
        ])  # fmt: skip
    if table == "questionnaire_responses":
        return complete(table, [
            {"region_code": "32", "department_code": "59", "siren": "200012345",
             "lever_code": code, "relevance_score": i % 5, "deployment_score": i % 4,
             "source_file": "32/q.xlsx"}
            for i, code in enumerate(LEVERS[:6])
        ])  # fmt: skip
    if table == "lever_state_of_play":
        rows = [
            {
                "region_code": "32",
                "scope": "region",
                "department_code": None,
                "lever_code": code,
                "n_recipients": 10,
                "n_respondents": 4,
                "response_rate": 0.4,
                "mean_relevance": 2.5,
                "pct_relevant": 75.0,
                "mean_deployment": 1.2,
                "pct_deploying": 50.0,
                "budget_eur": 1e6,
                "family": "A",
                "n_actions": 2,
            }
            for code in LEVERS
        ]
        rows.append({**rows[0], "scope": "departement", "department_code": "59"})
        return complete(table, rows)
    if table == "lever_families":
        return complete(table, [
            {"region_code": "32", "lever_code": code, "family": "ABC"[i % 3]}
            for i, code in enumerate(LEVERS)
        ])  # fmt: skip
    if table == "priority_themes":
        return complete(table, [
            {"region_code": "32", "rank": r, "lever_code": LEVERS[r], "title": f"Thème {r}",
             "score": 1.0 / r, "rationale": "3 collectivités sur 4 jugent ce levier prioritaire."}
            for r in range(1, 6)
        ])  # fmt: skip
    if table == "exemplary_projects":
        return complete(table, [
            {"region_code": "32", "lever_code": "energie.biogaz", "title": "Méthaniseur",
             "source_file": "32/q.xlsx"},
        ])  # fmt: skip
    if table == "cop_action_candidates":
        return complete(table, [
            {"region_code": "32", "title": "Réseau de chaleur", "lever_code": "energie.reseaux_chaleur",
             "priority_theme_rank": 1, "maturity": "Initié", "estimated_cost_eur": 2.5e6},
        ])  # fmt: skip
    if table == "ingestion_report":
        return complete(table, [
            {"region_code": "32", "source_file": "32/a.pdf", "source_sha256": SHA,
             "status": "loaded", "n_records": 12},
            {"region_code": "32", "source_file": "32/b.xlsx", "source_sha256": "b" * 64,
             "status": "quarantined", "n_records": 0, "reason": "protégé par mot de passe"},
        ])  # fmt: skip
    raise KeyError(table)


def failed_names(summary: ValidationSummary) -> set[tuple[str, tuple[str, ...]]]:
    return {(r.expectation, r.columns) for r in summary.failed}


# ----------------------------------------------------------------------------- specs (no GX)


def test_every_published_table_has_a_suite_with_blocking_rules_and_french_descriptions() -> None:
    suites = all_suites()
    assert set(suites) == set(TABLES) and len(TABLES) == 11
    for table, suite in suites.items():
        assert suite.description
        assert any(e.blocking for e in suite.expectations), table
        assert any(not e.blocking for e in suite.expectations), table
        assert all(e.description for e in suite.expectations)
        kinds = {e.expectation for e in suite.expectations}
        assert NO_FORBIDDEN_COLUMNS in kinds and "expect_table_columns_to_match_set" in kinds


def test_reference_lists() -> None:
    assert len(region_codes()) == 18 and "32" in region_codes()
    assert len(department_codes()) == 101 and {"2A", "2B", "976"} <= set(department_codes())
    assert "20" not in department_codes() and "975" not in department_codes()
    assert len(lever_codes()) == 48 and "transverse" in lever_codes()


def test_keys_and_row_bounds_are_declared() -> None:
    def kwargs_of(table: str, kind: str) -> list[dict]:
        return [dict(e.kwargs) for e in suite_for(table).expectations if e.expectation == kind]

    compound = "expect_compound_columns_to_be_unique"
    assert {"column": "action_id"} in kwargs_of("actions", "expect_column_values_to_be_unique")
    assert {"column_list": ["action_id", "step_no"]} in kwargs_of("action_steps", compound)
    assert {"column_list": ["region_code", "siren", "lever_code"]} in kwargs_of(
        "questionnaire_responses", compound
    )
    assert {"column_list": ["region_code", "scope", "department_code", "lever_code"]} in kwargs_of(
        "lever_state_of_play", compound
    )
    assert {"column_list": ["region_code", "rank"]} in kwargs_of("priority_themes", compound)
    (themes,) = kwargs_of("priority_themes", ROWS_PER_GROUP)
    # 5–10 regional lever themes, then up to 3 cross-cutting and département themes (issue 17)
    assert (themes["min_value"], themes["max_value"]) == (5, 40)
    (sop,) = kwargs_of("lever_state_of_play", ROWS_PER_GROUP)
    assert sop["min_value"] == 47
    blocking = {e.expectation for e in suite_for("actions").expectations if e.blocking}
    assert ROWS_PER_GROUP not in blocking


# ----------------------------------------------------------------------------- GX runs


@pytest.mark.parametrize("table", TABLES)
def test_good_frame_passes(table: str) -> None:
    summary = validate_frame(table, good_frame(table))
    assert summary.success, [
        (r.expectation, r.columns, r.examples, r.error) for r in summary.failed
    ]
    assert summary.engine == "great_expectations"
    assert summary.statistics["unsuccessful_expectations"] == 0


def test_broken_actions_fail_with_examples() -> None:
    df = good_frame("actions")
    df = pd.concat([df, df.iloc[[0]]], ignore_index=True)  # duplicate action_id a1
    df.loc[1, "lever_code"] = "voyageurs.teleportation"
    df.loc[1, "start_year"] = 1999
    df.loc[0, "total_budget_eur"] = -500.0
    summary = validate_frame("actions", df)

    assert not summary.success and not summary.blocking_success
    assert failed_names(summary) == {
        ("expect_column_values_to_be_unique", ("action_id",)),
        ("expect_column_values_to_be_in_set", ("lever_code",)),
        ("expect_column_values_to_be_between", ("start_year",)),
        ("expect_column_values_to_be_between", ("total_budget_eur",)),
    }
    unique = summary.outcome("expect_column_values_to_be_unique", "action_id")
    assert unique.blocking and unique.unexpected_count == 2 and unique.examples == ("a1 (×2)",)
    lever = summary.outcome("expect_column_values_to_be_in_set", "lever_code")
    assert lever.blocking and lever.examples == ("voyageurs.teleportation",)
    year = summary.outcome("expect_column_values_to_be_between", "start_year")
    assert not year.blocking and year.examples == ("1999",)
    budget = summary.outcome("expect_column_values_to_be_between", "total_budget_eur")
    assert budget.blocking and budget.examples == ("-500",)
    assert budget.unexpected_percent == pytest.approx(50.0)  # 1 of 2 non-null budgets
    assert summary.statistics["blocking_failures"] == 3


def test_broken_scales_fail() -> None:
    scores = good_frame("referential_scores")
    scores.loc[0, "pct_done"] = 130.0
    scores.loc[1, "referential"] = "XYZ"
    s = validate_frame("referential_scores", scores)
    assert failed_names(s) == {
        ("expect_column_values_to_be_between", ("pct_done",)),
        ("expect_column_values_to_be_in_set", ("referential",)),
    }
    assert s.outcome("expect_column_values_to_be_between", "pct_done").examples == ("130",)

    answers = good_frame("questionnaire_responses")
    answers.loc[0, "relevance_score"] = 7
    answers.loc[1, "lever_code"] = answers.loc[2, "lever_code"]  # duplicate (region, siren, lever)
    s = validate_frame("questionnaire_responses", answers)
    assert failed_names(s) == {
        ("expect_column_values_to_be_between", ("relevance_score",)),
        ("expect_compound_columns_to_be_unique", ("region_code", "siren", "lever_code")),
    }
    assert s.outcome("expect_column_values_to_be_between", "relevance_score").examples == ("7",)
    dup = s.outcome("expect_compound_columns_to_be_unique", "region_code", "siren", "lever_code")
    assert dup.blocking and dup.unexpected_count == 2 and "200012345" in dup.examples[0]


def test_state_of_play_key_with_empty_department_and_row_bounds() -> None:
    df = good_frame("lever_state_of_play")
    df = pd.concat([df, df.iloc[[0]]], ignore_index=True)  # same region-scope row twice
    df.loc[1, "response_rate"] = 1.5
    df.loc[2, "family"] = "D"
    s = validate_frame("lever_state_of_play", df)
    assert failed_names(s) == {
        ("expect_compound_columns_to_be_unique",
         ("region_code", "scope", "department_code", "lever_code")),
        ("expect_column_values_to_be_between", ("response_rate",)),
        ("expect_column_values_to_be_in_set", ("family",)),
    }  # fmt: skip

    short = good_frame("lever_state_of_play").iloc[:10]
    s = validate_frame("lever_state_of_play", short)
    rows = s.outcome(ROWS_PER_GROUP, "region_code")
    assert not rows.success and not rows.blocking and rows.examples == ("32 : 10 lignes",)
    assert s.blocking_success


def test_priority_themes_per_region_bounds_on_a_multi_region_frame() -> None:
    ok = good_frame("priority_themes")
    other = ok.iloc[:3].assign(region_code="76")
    s = validate_frame("priority_themes", pd.concat([ok, other], ignore_index=True))
    assert failed_names(s) == {(ROWS_PER_GROUP, ("region_code",))}
    assert s.outcome(ROWS_PER_GROUP, "region_code").examples == ("76 : 3 lignes",)


def test_personal_data_column_is_a_blocking_failure() -> None:
    df = good_frame("questionnaire_responses").assign(respondent_email="jean@example.org")
    s = validate_frame("questionnaire_responses", df)
    out = s.outcome(NO_FORBIDDEN_COLUMNS)
    assert not out.success and out.blocking and out.examples == ("respondent_email",)


def test_missing_column_is_a_clear_failure_not_a_crash() -> None:
    df = good_frame("referential_scores").drop(columns=["pct_done", "referential"])
    s = validate_frame("referential_scores", df)
    out = s.outcome("expect_column_values_to_be_between", "pct_done")
    assert not out.success and out.blocking and out.error == "colonne absente : pct_done"
    assert not s.outcome("expect_table_columns_to_match_set").success
    # an optional column (priority_themes.lever_code: "lever_code or theme") is only skipped
    themes = validate_frame(
        "priority_themes", good_frame("priority_themes").drop(columns="lever_code")
    )
    skipped = themes.outcome("expect_column_values_to_be_in_set", "lever_code")
    assert skipped.success and not skipped.evaluated
    assert themes.success and themes.statistics["skipped_expectations"] == 1


def test_wrong_codes_for_regions_and_departments() -> None:
    df = good_frame("questionnaire_responses")
    df.loc[0, "department_code"] = "20"
    df.loc[1, "region_code"] = "99"
    s = validate_frame("questionnaire_responses", df)
    assert ("expect_column_values_to_be_in_set", ("department_code",)) in failed_names(s)
    assert ("expect_column_values_to_be_in_set", ("region_code",)) in failed_names(s)
    # transverse is no questionnaire lever
    df = good_frame("questionnaire_responses")
    df.loc[0, "lever_code"] = "transverse"
    s = validate_frame("questionnaire_responses", df)
    assert failed_names(s) == {("expect_column_values_to_be_in_set", ("lever_code",))}


def test_empty_frame_is_fast_and_skips_gx() -> None:
    df = good_frame("priority_themes").iloc[0:0]
    start = time.perf_counter()
    s = validate_frame("priority_themes", df)
    assert time.perf_counter() - start < 0.05
    assert s.engine == "python (table vide)" and s.n_rows == 0
    # the column rules hold vacuously; "5 to 10 rows per region" does not
    assert failed_names(s) == {(ROWS_PER_GROUP, ("region_code",))}
    assert s.blocking_success


def test_nullable_duckdb_dtypes_are_accepted() -> None:
    df = good_frame("action_steps").astype({"step_no": "Int64", "start_year": "Int64"})
    df["end_year"] = pd.array([2025, None], dtype="Int64")
    assert validate_frame("action_steps", df).success
