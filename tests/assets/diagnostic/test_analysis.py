"""The regional diagnostic on a hand-made region whose figures are known by heart.

4 recipients in 2 départements (32, 65), 3 respondents (A, B in 32; C in 65), 3 levers answered:
- rénovation résidentielle: relevance 4, 3, 4 / deployment 1, 0, 1 → B (relevant, little action)
- vélo: relevance 3, 4, 2 / deployment 3, 2, 2 → A (widely acted upon)
- fret ferroviaire: relevance 1, 0, « Ne sait pas » / deployment 0, 0, « Ne sait pas » → C
"""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest

from assets.diagnostic.candidates import cop_action_candidates
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.coverage import response_coverage
from assets.diagnostic.exemplary import exemplary_projects
from assets.diagnostic.families import lever_families
from assets.diagnostic.frames import lever_frame
from assets.diagnostic.state_of_play import state_of_play
from assets.diagnostic.themes import priority_themes

REGION = "76"
RENO, VELO, FRET = (
    "batiments.renovation_residentiel",
    "voyageurs.velo",
    "marchandises.fret_ferroviaire_fluvial",
)
A, B, C, D = "200000001", "200000002", "200000003", "200000004"


def levers() -> pd.DataFrame:
    """The real reference, with the 2030 targets the tests rely on (other columns as shipped)."""
    df = lever_frame()
    targets = {
        RENO: "-60% de passoires thermiques en 2030 par rapport 2021",
        VELO: "Multiplication par 4 de l'usage du vélo entre 2019 et 2030",
        FRET: "Doublement de la part modale du ferroviaire entre 2019 et 2030",
    }
    df["target_2030"] = df["lever_code"].map(targets)
    return df


def recipients() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": REGION,
            "siren": [A, B, C, D],
            "name": ["CC Alpha", "Commune de Bêta", "CA Gamma", "Commune de Delta"],
            "authority_type": ["EPCI", "Commune", "EPCI", "Commune"],
            "department_code": ["32", "32", "65", "65"],
        }
    )


def _answer(siren, name, dept, lever, rel, dep, blockers=None, exemplary=None):
    kind = "Commune" if siren == B else "EPCI"
    return {
        "region_code": REGION, "department_code": dept, "siren": siren,
        "authority_name": name, "authority_type": kind, "lever_code": lever,
        "relevance_label": None if rel is None else str(rel), "relevance_score": rel,
        "deployment_label": None if dep is None else str(dep), "deployment_score": dep,
        "actions_text": None, "blockers_text": blockers, "needs_text": None,
        "exemplary_project_text": exemplary, "submitted_on": None,
        "source_file": f"questionnaires/{siren}.xlsx",
    }  # fmt: skip


def responses() -> pd.DataFrame:
    rows = [
        _answer(A, "CC Alpha", "32", RENO, 4, 1, blockers="Manque d'ingénierie"),
        _answer(B, "Commune de Bêta", "32", RENO, 3, 0, blockers="Coût des travaux"),
        _answer(C, "CA Gamma", "65", RENO, 4, 1),
        _answer(A, "CC Alpha", "32", VELO, 3, 3,
                exemplary="Vélo-route des coteaux. 12 km ouverts en 2023, contact velo@alpha.fr"),
        _answer(B, "Commune de Bêta", "32", VELO, 4, 2),
        _answer(C, "CA Gamma", "65", VELO, 2, 2),
        _answer(A, "CC Alpha", "32", FRET, 1, 0),
        _answer(B, "Commune de Bêta", "32", FRET, 0, 0),
        _answer(C, "CA Gamma", "65", FRET, None, None, blockers="Hors compétence"),
        # a blank pre-filled row is not an answer
        _answer(C, "CA Gamma", "65", "energie.biogaz", None, None),
    ]  # fmt: skip
    df = pd.DataFrame(rows)
    df["relevance_score"] = df["relevance_score"].astype(float)
    df["deployment_score"] = df["deployment_score"].astype(float)
    return df


def actions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": REGION,
            "action_id": ["a1", "a2", "a3", "a4"],
            "territory_name": ["CC Alpha", "CA Gamma", "CC Alpha", "CA Gamma"],
            "department_code": ["32", "65", "32", None],
            "title": ["Schéma cyclable", "Stationnement vélo", "Plateforme rénovation", "Sommaire"],
            "lever_code": [VELO, VELO, RENO, RENO],
            "thematic": ["se_deplacer", "se_deplacer", "se_loger", "se_loger"],
            "total_budget_eur": [300_000.0, np.nan, 2_000_000.0, np.nan],
            "owners": [["CC Alpha"], ["CA Gamma", "Ville de Tarbes"], ["CC Alpha"], []],
            "partners": [["Département"], [], ["ADEME", "ANAH"], []],
            "start_year": [2022, 2030, 2021, None],
            "end_year": [2026, 2031, 2026, None],
            "context": [None, None, "Parc ancien", None],
            "expected_results": [None, None, "500 logements rénovés par an", None],
            "indicators": [[], [], ["logements rénovés"], []],
            "source_file": [
                "plans/alpha.pdf",
                "plans/gamma.pdf",
                "plans/alpha.pdf",
                "plans/gamma.pdf",
            ],
            "page": [4, 7, 9, 2],
            "has_body": [True, True, True, False],
        }
    )


def projects() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": REGION,
            "siren": [A, C],
            "authority_name": ["CC Alpha", "CA Gamma"],
            "department_code": ["32", "65"],
            "title": ["Guichet unique de la rénovation", "Plateforme multimodale"],
            "lever_code": [RENO, FRET],
            "description": ["Accompagnement des ménages", "Étude de faisabilité"],
            "owner": ["CC Alpha", "CA Gamma"],
            "partners": [["ANAH", "Région"], []],
            "estimated_cost_eur": [250_000.0, np.nan],
            "calendar": ["2025-2027", None],
            "maturity": ["En conception", "À initier"],
            "funding_obtained": ["Partiel", None],
            "engineering_needs": [None, "AMO"],
            "indicators": [None, None],
            "source_file": ["questionnaires/a.xlsx", "questionnaires/c.xlsx"],
        }
    )


def contract_targets() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": [REGION],
            "territory_name": ["CC Alpha"],
            "contract_type": ["COT"],
            "domain": ["Mobilité"],
            "label": ["Part modale vélo"],
            "target_value": [12.0],
            "unit": ["%"],
            "priority": [True],
            "lever_code": [VELO],
            "period_start": [2023],
            "period_end": [2026],
            "source_file": ["cot/alpha.pdf"],
            "page": [3],
        }
    )


CONFIG = DiagnosticConfig(reference_year=2025)


@pytest.fixture(scope="module")
def sop() -> pd.DataFrame:
    return state_of_play(REGION, levers(), recipients(), responses(), actions(), projects(), CONFIG)


def _row(df: pd.DataFrame, lever: str, dept: str | None = None) -> pd.Series:
    scope = df["department_code"].isna() if dept is None else df["department_code"].eq(dept)
    return df[scope & df["lever_code"].eq(lever)].iloc[0]


def test_state_of_play_every_lever_region_and_departements(sop):
    assert len(sop[sop["scope"] == "region"]) == 47
    assert sorted(sop.loc[sop["scope"] == "departement", "department_code"].unique()) == [
        "32",
        "65",
    ]
    assert len(sop) == 47 * 3
    assert sop["department_code"][sop["scope"] == "region"].isna().all()
    assert not sop.duplicated(["scope", "department_code", "lever_code"]).any()


def test_state_of_play_figures(sop):
    reno = _row(sop, RENO)
    assert reno["n_recipients"] == 4
    assert reno["n_respondents"] == 3
    assert reno["response_rate"] == pytest.approx(0.75)
    assert reno["mean_relevance"] == pytest.approx(3.67)
    assert reno["pct_relevant"] == pytest.approx(100.0)
    assert reno["mean_deployment"] == pytest.approx(0.67)
    assert reno["pct_deploying"] == pytest.approx(0.0)
    assert reno["n_blockers"] == 2
    assert reno["n_actions"] == 2  # the summary-only action is still an action of the plan
    assert reno["budget_eur"] == pytest.approx(2_000_000.0)
    assert reno["n_exemplary_projects"] == 1  # the Projets row
    assert reno["family"] == "B"
    assert reno["target_2030"].startswith("-60%")

    velo = _row(sop, VELO)
    assert velo["n_territories_with_actions"] == 2
    assert velo["n_exemplary_projects"] == 1  # the questionnaire text
    assert velo["family"] == "A"

    fret = _row(sop, FRET)
    assert fret["n_respondents"] == 3  # C answered (blocker) without a score
    assert fret["mean_relevance"] == pytest.approx(0.5)
    assert fret["family"] == "C"

    biogaz = _row(sop, "energie.biogaz")
    assert biogaz["n_respondents"] == 0
    assert biogaz["response_rate"] == 0
    assert pd.isna(biogaz["mean_relevance"]) and biogaz["family"] is None
    # no action: the budget is unknown (empty), never 0
    assert biogaz["n_actions"] == 0 and pd.isna(biogaz["budget_eur"])


def test_state_of_play_departement_rows(sop):
    reno32 = _row(sop, RENO, "32")
    assert reno32["n_recipients"] == 2
    assert reno32["n_respondents"] == 2
    assert reno32["response_rate"] == pytest.approx(1.0)
    assert reno32["mean_relevance"] == pytest.approx(3.5)
    velo65 = _row(sop, VELO, "65")
    assert velo65["response_rate"] == pytest.approx(0.5)
    assert velo65["n_actions"] == 1


def test_lever_families():
    fam = lever_families(REGION, levers(), responses(), CONFIG).set_index("lever_code")
    assert fam.loc[RENO, "family"] == "B"
    assert fam.loc[VELO, "family"] == "A"
    assert fam.loc[FRET, "family"] == "C"
    assert len(fam) == 3  # unanswered levers are not classified (never « C » by default)
    assert fam.loc[RENO, "relevance_axis"] == pytest.approx(3.67)
    assert fam.loc[RENO, "deployment_axis"] == pytest.approx(0.67)
    assert (
        "Pertinence moyenne 3,7/4 (100 % jugent le levier pertinent)" in fam.loc[RENO, "rationale"]
    )
    assert "sensibiliser" in fam.loc[RENO, "rationale"]
    everything = lever_families(REGION, levers(), responses(), CONFIG, include_unclassified=True)
    assert len(everything) == 47
    biogaz = everything.set_index("lever_code").loc["energie.biogaz"]
    assert biogaz["family"] is None and "Pas de réponse" in biogaz["rationale"]


def test_families_follow_configured_thresholds():
    strict = DiagnosticConfig(family_deployment_threshold=2.5)
    fam = lever_families(REGION, levers(), responses(), strict).set_index("lever_code")
    assert fam.loc[VELO, "family"] == "B"


@pytest.fixture(scope="module")
def themes() -> pd.DataFrame:
    return priority_themes(
        REGION,
        levers(),
        responses(),
        actions(),
        projects(),
        contract_targets(),
        CONFIG,
        recipients=recipients(),
    )


def test_priority_themes_rank_and_score(themes):
    assert len(themes) == 3  # only 3 levers have enough evidence (issue 14)
    assert themes["rank"].tolist() == list(range(1, len(themes) + 1))
    order = themes["lever_code"].tolist()
    # relevant but not acted upon, with blockers, comes first; the lever with no data is absent
    assert order[:3] == [RENO, VELO, FRET]
    assert themes["score"].is_monotonic_decreasing
    parts = themes.filter(regex=r"^score_(?!ci_)").sum(axis=1)
    assert (parts - themes["score"]).abs().max() < 0.05
    top = themes.iloc[0]
    assert top["title"] == "Massifier la rénovation énergétique de l'habitat privé"
    assert "3 collectivités ont répondu" in top["rationale"]
    assert "pertinence moyenne 3,7/4" in top["rationale"]
    evidence = json.loads(top["evidence"])
    assert evidence["n_blockers"] == 2 and evidence["n_respondents"] == 3
    assert evidence["n_authorities"] == 3


def test_priority_themes_minimum_is_not_filled_without_evidence(themes):
    # only 3 levers have answers, actions or targets enough: no filler up to min_themes
    assert len(themes) == 3 < CONFIG.min_themes


def test_exemplary_projects():
    ex = exemplary_projects(REGION, responses(), projects(), actions(), CONFIG)
    assert set(ex["origin"]) == {"questionnaire", "projet", "plan d'action"}
    q = ex[ex["origin"] == "questionnaire"].iloc[0]
    assert q["title"] == "Vélo-route des coteaux"
    assert "velo@alpha.fr" not in q["description"]
    plan = ex[ex["origin"] == "plan d'action"]
    assert plan["title"].tolist() == ["Plateforme rénovation"]  # ≥ 500 k€ only


def test_cop_action_candidates_criteria(themes):
    cand = cop_action_candidates(REGION, levers(), projects(), actions(), themes, CONFIG)
    assert len(cand) == 5  # 2 projects + 3 actions with a sheet
    guichet = cand.set_index("title").loc["Guichet unique de la rénovation"]
    assert guichet["priority_theme_rank"] == 1
    assert bool(guichet["coherence_ok"]) and bool(guichet["potential_ok"])
    assert bool(guichet["progress_ok"])
    assert guichet["missing_fields"] == []
    plateforme = cand.set_index("title").loc["Plateforme multimodale"]
    assert plateforme["priority_theme_rank"] == 3
    assert not plateforme["potential_ok"]  # no cost, no other territory acting on fret
    assert not plateforme["progress_ok"]
    assert plateforme["missing_fields"] == [
        "autre acteur",
        "calendrier",
        "financement",
        "coût estimé",
    ]
    stationnement = cand.set_index("title").loc["Stationnement vélo"]
    assert stationnement["other_actors"] == ["Ville de Tarbes"]
    assert stationnement["maturity"] == "À initier"
    # replicability looks at the action (issue 22): 2 territories acting on the lever with
    # different actions do not make « Stationnement vélo » replicable
    assert not bool(stationnement["potential_ok"])
    assert stationnement["n_authorities_same_action"] == 1
    assert stationnement["missing_fields"] == ["financement", "coût estimé"]


def test_response_coverage():
    cov = response_coverage(REGION, recipients(), responses())
    region = cov[cov["dimension"] == "region"].iloc[0]
    assert (region["n_recipients"], region["n_respondents"]) == (4, 3)
    assert region["response_rate"] == pytest.approx(0.75)
    dept = cov[cov["dimension"] == "departement"].set_index("key")
    assert dept.loc["32", "response_rate"] == pytest.approx(1.0)
    assert dept.loc["65", "response_rate"] == pytest.approx(0.5)
    kind = cov[cov["dimension"] == "type"].set_index("key")
    assert kind.loc["EPCI", "response_rate"] == pytest.approx(1.0)
    assert kind.loc["Commune", "response_rate"] == pytest.approx(0.5)


def test_empty_inputs_still_give_every_lever():
    empty = pd.DataFrame()
    sop = state_of_play(REGION, levers(), empty, empty, empty, empty, CONFIG)
    assert len(sop) == 47 and sop["response_rate"].isna().all()
    themes = priority_themes(REGION, levers(), empty, empty, empty, empty, CONFIG)
    assert themes.empty  # no data, no theme (issue 14)
    assert cop_action_candidates(REGION, levers(), empty, empty, themes, CONFIG).empty
    assert exemplary_projects(REGION, empty, empty, empty, CONFIG).empty
