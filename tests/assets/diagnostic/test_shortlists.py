"""Shortlists with the full lists behind them (exemplary projects, COP action candidates).

A large synthetic region: 600 projects over 12 levers, 5 départements and 200 authorities, and
900 plan actions; the tables keep every row, the shortlists hold tens.
"""

from __future__ import annotations

import pandas as pd
import pytest

from assets.diagnostic.candidates import cop_action_candidates
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.exemplary import exemplary_projects
from assets.diagnostic.frames import lever_frame

REGION = "32"
LEVERS = [
    "voyageurs.velo", "voyageurs.covoiturage", "batiments.renovation_residentiel",
    "batiments.renovation_tertiaire", "energie.reseaux_chaleur", "energie.biogaz",
    "dechets.prevention", "agriculture.haies", "voyageurs.report_modal",
    "eau.sobriete", "alimentation.egalim", "industrie.industrie_diffuse",
]  # fmt: skip
DEPTS = ["02", "59", "60", "62", "80"]
MATURITIES = ["Initié", "En conception", "À initier", None]
CONFIG = DiagnosticConfig(reference_year=2025)


def _projects(n: int = 600) -> pd.DataFrame:
    rows = []
    for i in range(n):
        rows.append(
            {
                "region_code": REGION, "siren": f"2{i % 200:08d}",
                "authority_name": f"Collectivité {i % 200}", "department_code": DEPTS[i % 5],
                "lever_code": LEVERS[i % 12], "title": f"Projet numéro {i} de la collectivité",
                "owner": f"Collectivité {i % 200}", "description": "Description",
                "estimated_cost_eur": None if i % 3 == 0 else 10_000.0 * (i % 50 + 1),
                "maturity": MATURITIES[i % 4], "partners": ["ADEME"],
                "calendar": "2025-2027" if i % 2 else None,
                "funding_obtained": "DSIL 40 %" if i % 5 else None,
                "source_file": f"questionnaires/q{i % 200}.xlsx",
            }
        )  # fmt: skip
    return pd.DataFrame(rows)


def _actions(n: int = 900) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {
                "region_code": REGION, "action_id": f"a{i}", "title": f"Action de plan n° {i}",
                "lever_code": LEVERS[i % 12], "territory_name": f"Territoire {i % 150}",
                "department_code": DEPTS[i % 5], "owners": [f"Territoire {i % 150}"],
                "partners": ["Région"] if i % 2 else [], "total_budget_eur": 50_000.0 * (i % 40),
                "start_year": 2022 + i % 6, "end_year": 2028, "has_body": True,
                "source_file": f"plans/p{i % 150}.pdf", "page": 3,
            }
            for i in range(n)
        ]
    )  # fmt: skip


def test_exemplary_shortlist_is_tens_of_the_full_list() -> None:
    projects = exemplary_projects(REGION, pd.DataFrame(), _projects(), _actions(), CONFIG)
    assert len(projects) == 600 + 10  # every project + the largest plan action of 10 levers
    short = projects[projects["shortlisted"]]
    # 12 levers × 2 = 24 possible, 5 départements × 4 = 20: the département cap binds
    assert len(short) == 20
    assert short["lever_code"].value_counts().max() <= CONFIG.shortlist_projects_per_lever
    assert short["department_code"].value_counts().max() <= CONFIG.shortlist_projects_per_department
    assert not short["authority_name"].duplicated().any()  # one project per authority
    assert (short["estimated_cost_eur"].notna() | short["maturity"].notna()).all()
    assert projects["shortlist_reason"].str.len().gt(20).all()
    assert short["shortlist_reason"].str.startswith("Retenu : ").all()
    left = projects[~projects["shortlisted"]]
    assert left["shortlist_reason"].str.startswith("Non retenu : ").all()
    # reasons are the row's own: the lever, the département, the budget
    first = short.iloc[0]
    assert f"du département {first['department_code']}" in first["shortlist_reason"]


def test_exemplary_shortlist_caps_in_all() -> None:
    config = DiagnosticConfig(
        reference_year=2025, shortlist_projects_per_department=100, shortlist_projects_max=15
    )
    projects = exemplary_projects(REGION, pd.DataFrame(), _projects(), _actions(), config)
    assert projects["shortlisted"].sum() == 15
    assert projects["shortlist_reason"].str.contains("plafond").any()


def _themes() -> pd.DataFrame:
    return pd.DataFrame({"region_code": REGION, "lever_code": LEVERS[:5], "rank": [1, 2, 3, 4, 5]})


def test_candidates_ranked_by_criteria_a_few_per_theme() -> None:
    cand = cop_action_candidates(
        REGION, lever_frame(), _projects(), _actions(), _themes(), CONFIG
    )
    assert len(cand) == 600 + 900  # every project row and every plan action
    flags = cand[["coherence_ok", "potential_ok", "progress_ok"]].astype(int).sum(axis=1)
    assert (cand["criteria_met"] == flags).all()
    assert cand["criteria_met"].is_monotonic_decreasing  # ranked by criteria met first
    complete = cand[cand["criteria_met"] == 3]
    assert (complete["missing_criteria"] == "").all()
    partial = cand[cand["criteria_met"] < 3]
    assert partial["missing_criteria"].str.len().gt(0).all()
    no_coherence = cand[~cand["coherence_ok"]]
    assert no_coherence["missing_criteria"].str.startswith("cohérence (").all()
    short = cand[cand["shortlisted"]]
    assert len(short) == 5 * CONFIG.shortlist_candidates_per_theme  # 15 of 1 500
    assert short["priority_theme_rank"].value_counts().max() == 3
    assert (short["criteria_met"] >= CONFIG.shortlist_candidates_min_criteria).all()
    assert (
        short.groupby("priority_theme_rank")["authority_name"]
        .apply(lambda s: not s.duplicated().any())
        .all()
    )
    # within a theme the shortlisted ones meet at least as many criteria as those left out
    for rank, group in cand.groupby("priority_theme_rank"):
        kept = group[group["shortlisted"]]["criteria_met"].min()
        assert kept >= group[~group["shortlisted"]]["criteria_met"].max() or rank is None
    assert short["shortlist_reason"].str.contains("thème prioritaire n°").all()


@pytest.mark.parametrize("n_themes", [0])
def test_no_priority_theme_no_candidate_shortlisted(n_themes: int) -> None:
    cand = cop_action_candidates(
        REGION, lever_frame(), _projects(60), _actions(30), pd.DataFrame(), CONFIG
    )
    assert not cand["shortlisted"].any()
    assert cand["shortlist_reason"].str.contains("pas un thème prioritaire").all()
