"""Figures an analyst can defend (issue 22), each rule on a small corpus built for it.

Region 76, lever « vélo » answered by 15 authorities (12 in département 31, 3 in 32):
- relevance 4×5, 3×4, 2×3, 1×2, « Ne sait pas » ×1 → 14 scored, 9 relevant (≥ 3)
- deployment 2×5, 1×6, 3, 0, blank ×2 → 13 scored, mean 19/13 ≈ 1,46, just under the 1,5
  threshold of family A: the family is « à la limite ».
- rénovation résidentielle: relevance 4 and deployment 0 for all 15 → family B, solid.
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from assets.diagnostic.candidates import cop_action_candidates
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.exemplary import exemplary_projects
from assets.diagnostic.families import lever_families
from assets.diagnostic.frames import lever_frame
from assets.diagnostic.state_of_play import state_of_play
from assets.diagnostic.statistics import mean_interval, wilson_interval
from assets.diagnostic.themes import lever_themes, priority_themes

REGION = "76"
VELO, RENO = "voyageurs.velo", "batiments.renovation_residentiel"
COVOIT, BUS = "voyageurs.covoiturage", "voyageurs.bus_cars_decarbones"
ELEC = "energie.electricite_renouvelable"
CONFIG = DiagnosticConfig(reference_year=2025)

REL = [4] * 5 + [3] * 4 + [2] * 3 + [1] * 2 + [None]
DEP = [2] * 5 + [1] * 6 + [3, 0] + [None] * 2


def _siren(i: int) -> str:
    return f"2000000{i:02d}"


def _responses() -> pd.DataFrame:
    rows = []
    for i in range(15):
        dept = "31" if i < 12 else "32"
        base = {
            "region_code": REGION, "department_code": dept, "siren": _siren(i),
            "authority_name": f"Collectivité {i}", "authority_type": "EPCI",
            "actions_text": None, "blockers_text": None, "needs_text": None,
            "exemplary_project_text": None, "submitted_on": None,
            "source_file": f"questionnaires/q{i}.xlsx",
        }  # fmt: skip
        rows.append(
            {**base, "lever_code": VELO, "relevance_score": REL[i], "deployment_score": DEP[i],
             "relevance_label": "x" if REL[i] is not None else "Ne sait pas",
             "deployment_label": "x" if DEP[i] is not None else None}
        )  # fmt: skip
        rows.append(
            {**base, "lever_code": RENO, "relevance_score": 4, "deployment_score": 0,
             "relevance_label": "Très forte", "deployment_label": "Non",
             "blockers_text": "Coût" if i % 2 else None}
        )  # fmt: skip
    df = pd.DataFrame(rows)
    df["relevance_score"] = pd.to_numeric(df["relevance_score"], errors="coerce")
    df["deployment_score"] = pd.to_numeric(df["deployment_score"], errors="coerce")
    return df


def _recipients() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": REGION,
            "siren": [_siren(i) for i in range(15)],
            "name": [f"Collectivité {i}" for i in range(15)],
            "authority_type": "EPCI",
            "department_code": ["31"] * 12 + ["32"] * 3,
        }
    )


EMPTY = pd.DataFrame()


# ----------------------------------------------------------------------------- intervals


def test_wilson_interval_known_values():
    low, high = wilson_interval(8, 10)
    assert (round(low, 4), round(high, 4)) == (0.4902, 0.9433)
    low, high = wilson_interval(0, 5)
    assert low == 0.0 and round(high, 4) == 0.4345
    assert all(math.isnan(v) for v in wilson_interval(0, 0))


def test_mean_interval_is_student_t():
    low, high = mean_interval([1, 2, 3, 4, 5])
    # mean 3, s = 1,581, t(0,975; 4) = 2,776 → ± 1,963
    assert (round(low, 3), round(high, 3)) == (1.037, 4.963)
    assert all(math.isnan(v) for v in mean_interval([3]))


# ----------------------------------------------------------------------------- bases


@pytest.fixture(scope="module")
def sop() -> pd.DataFrame:
    return state_of_play(REGION, lever_frame(), _recipients(), _responses(), EMPTY, EMPTY, CONFIG)


def _row(df: pd.DataFrame, lever: str, dept: str | None = None) -> pd.Series:
    scope = df["department_code"].isna() if dept is None else df["department_code"].eq(dept)
    return df[scope & df["lever_code"].eq(lever)].iloc[0]


def test_every_rate_has_its_base_and_interval(sop):
    velo = _row(sop, VELO)
    assert velo["n_respondents"] == 15
    assert velo["n_scored_relevance"] == 14
    assert velo["n_scored_deployment"] == 13
    assert velo["pct_relevant"] == pytest.approx(100 * 9 / 14, abs=0.05)
    low, high = wilson_interval(9, 14)
    assert velo["pct_relevant_ci_low"] == pytest.approx(100 * low, abs=0.05)
    assert velo["pct_relevant_ci_high"] == pytest.approx(100 * high, abs=0.05)
    assert velo["mean_deployment"] == pytest.approx(19 / 13, abs=0.005)
    low, high = mean_interval([d for d in DEP if d is not None])
    assert velo["mean_deployment_ci_low"] == pytest.approx(low, abs=0.005)
    assert velo["mean_deployment_ci_high"] == pytest.approx(high, abs=0.005)
    for column in ("mean_relevance", "pct_deploying"):
        assert velo[f"{column}_ci_low"] <= velo[column] <= velo[f"{column}_ci_high"]
    assert not bool(velo["small_sample"])


def test_departement_under_threshold_gets_no_family(sop):
    assert CONFIG.min_scored_answers == 10
    small = _row(sop, RENO, "32")  # 3 answers
    assert small["n_scored_relevance"] == 3
    assert bool(small["small_sample"])
    assert small["family"] is None
    assert small["family_confidence"] == "échantillon faible"
    big = _row(sop, RENO, "31")  # 12 answers
    assert big["family"] == "B" and big["family_confidence"] == "solide"


def test_family_within_uncertainty_is_borderline(sop):
    velo = _row(sop, VELO)
    assert velo["family"] == "B"  # deployment 1,46 < 1,5: not A; relevance 2,86 ≥ 2,5
    assert velo["family_confidence"] == "à la limite"
    reno = _row(sop, RENO)
    assert reno["family"] == "B" and reno["family_confidence"] == "solide"
    fam = lever_families(REGION, lever_frame(), _responses(), CONFIG).set_index("lever_code")
    assert fam.loc[VELO, "family_confidence"] == "à la limite"
    assert "à la limite" in fam.loc[VELO, "rationale"]
    assert fam.loc[VELO, "n_scored_deployment"] == 13
    assert fam.loc[VELO, "deployment_axis_ci_low"] < 1.5 < fam.loc[VELO, "deployment_axis_ci_high"]


def test_small_region_sample_keeps_its_family_but_is_flagged():
    few = _responses()
    few = few[few["department_code"] == "32"]
    fam = lever_families(REGION, lever_frame(), few, CONFIG).set_index("lever_code")
    assert fam.loc[RENO, "family"] == "B"
    assert fam.loc[RENO, "family_confidence"] == "échantillon faible"


# ----------------------------------------------------------------------------- themes


def _theme_responses() -> pd.DataFrame:
    """Three « se déplacer » levers scored high and one « se loger » lever scored lower."""
    df = _responses()
    extra = []
    for lever, rel, dep in ((COVOIT, 4, 0), (BUS, 4, 0)):
        sub = df[df["lever_code"] == RENO].copy()
        sub["lever_code"] = lever
        sub["relevance_score"], sub["deployment_score"] = rel, dep
        sub["blockers_text"] = "Coût"
        if lever == BUS:  # one answer apart, so the two levers are not ex æquo (kept together)
            sub.iloc[0, sub.columns.get_loc("deployment_score")] = 1
        extra.append(sub)
    return pd.concat([df, *extra], ignore_index=True)


def test_theme_scores_have_an_interval_and_a_plausible_rank():
    themes = priority_themes(
        REGION, lever_frame(), _theme_responses(), EMPTY, EMPTY, EMPTY, CONFIG,
        recipients=_recipients(), regional_targets=EMPTY,  # stake neutral: identical answers tie
    )  # fmt: skip
    assert {"score_ci_low", "score_ci_high", "rank_min", "rank_max", "selection_confidence"} <= set(
        themes.columns
    )
    assert (themes["score_ci_low"] <= themes["score"]).all()
    assert (themes["score"] <= themes["score_ci_high"]).all()
    assert (themes["rank_min"] <= themes["rank"]).all() and (
        themes["rank"] <= themes["rank_max"]
    ).all()
    velo = themes.set_index("lever_code").loc[VELO]
    assert velo["n_scored_relevance"] == 14 and velo["n_scored_deployment"] == 13
    low, high = mean_interval([d for d in DEP if d is not None])
    assert velo["mean_deployment_ci_low"] == pytest.approx(low, abs=0.005)
    assert velo["mean_deployment_ci_high"] == pytest.approx(high, abs=0.005)
    # covoiturage and bus have identical answers: each could be ranked before the other
    both = themes.set_index("lever_code").loc[[COVOIT, BUS]]
    assert (both["rank_min"] < both["rank_max"]).all()


def test_cap_per_thematic_says_which_better_levers_it_drops():
    config = DiagnosticConfig(
        reference_year=2025, max_themes_per_thematic=1, theme_min_score=0, min_themes=2,
        theme_min_respondents=1,  # this test is about the cap, not the evidence rule
    )
    themes = lever_themes(  # the lever ranking itself (cross-cutting themes come after it)
        REGION, lever_frame(), _theme_responses(), EMPTY, EMPTY, EMPTY, config,
        recipients=_recipients(),
    )  # fmt: skip
    deplacer = themes[themes["thematic"] == "se_deplacer"]
    assert len(deplacer) == 1
    assert themes["lever_code"].tolist()[1:] == [RENO]
    dropped = deplacer.iloc[0]["cap_excluded"]
    assert {BUS, COVOIT} - {deplacer.iloc[0]["lever_code"]} <= set(dropped)
    # every lever said « dropped by the cap » scored above the lowest retained theme
    full = lever_themes(
        REGION, lever_frame(), _theme_responses(), EMPTY, EMPTY, EMPTY,
        DiagnosticConfig(reference_year=2025, max_themes_per_thematic=10, theme_min_score=0,
                         min_themes=2, max_themes=10, theme_min_respondents=1),
        recipients=_recipients(),
    ).set_index("lever_code")  # fmt: skip
    assert all(full.loc[c, "score"] > themes["score"].min() for c in dropped)
    assert themes.loc[themes["thematic"] == "se_loger", "cap_excluded"].iloc[0] == []


# ----------------------------------------------------------------------------- projects


def _project_inputs():
    responses = pd.DataFrame(
        [
            {"region_code": REGION, "department_code": "31", "siren": _siren(1),
             "authority_name": "CC Alpha", "lever_code": COVOIT, "relevance_score": 4,
             "deployment_score": 2, "exemplary_project_text":
             "Aire de covoiturage de Saint-Jean : 40 places ouvertes en 2024.",
             "source_file": "questionnaires/alpha.xlsx"},
            {"region_code": REGION, "department_code": "31", "siren": _siren(2),
             "authority_name": "CC Bêta", "lever_code": COVOIT, "relevance_score": 4,
             "deployment_score": 2, "exemplary_project_text":
             "Aire de covoiturage de Saint-Jean : 40 places ouvertes en 2024.",
             "source_file": "questionnaires/beta.xlsx"},
        ]
    )  # fmt: skip
    projects = pd.DataFrame(
        [
            {"region_code": REGION, "siren": _siren(1), "authority_name": "CC Alpha",
             "department_code": "31", "title": "Aire de covoiturage de Saint Jean",
             "lever_code": COVOIT, "description": "40 places", "owner": "CC Alpha",
             "partners": ["Département"], "estimated_cost_eur": 150_000.0,
             "calendar": "2024-2025", "maturity": "Initié", "funding_obtained": "Oui",
             "source_file": "questionnaires/alpha.xlsx"},
            {"region_code": REGION, "siren": _siren(1), "authority_name": "CC Alpha",
             "department_code": "31", "title": "Aire de covoiturage de Saint Jean",
             "lever_code": VELO, "description": "autre levier", "owner": "CC Alpha",
             "partners": [], "estimated_cost_eur": None, "calendar": None,
             "maturity": None, "funding_obtained": None,
             "source_file": "questionnaires/alpha.xlsx"},
        ]
    )  # fmt: skip
    return responses, projects


def test_one_project_one_row_with_its_sources():
    responses, projects = _project_inputs()
    ex = exemplary_projects(REGION, responses, projects, EMPTY, CONFIG)
    # Alpha's free text and Alpha's Projets row (same lever, close titles) are one project;
    # Bêta's identical text is another authority's project; Alpha's row on another lever stays.
    assert len(ex) == 3
    alpha = ex[(ex["authority_name"] == "CC Alpha") & (ex["lever_code"] == COVOIT)]
    assert len(alpha) == 1
    row = alpha.iloc[0]
    assert row["origin"] == "projet"
    assert row["estimated_cost_eur"] == 150_000.0
    assert sorted(row["origins"]) == ["projet", "questionnaire"]
    assert row["n_sources"] == 2
    assert "40 places ouvertes" in row["description"]


def test_state_of_play_counts_merged_projects():
    responses, projects = _project_inputs()
    sop = state_of_play(REGION, lever_frame(), EMPTY, responses, EMPTY, projects, CONFIG)
    assert _row(sop, COVOIT)["n_exemplary_projects"] == 2  # not 3
    assert _row(sop, VELO)["n_exemplary_projects"] == 1


# ----------------------------------------------------------------------------- criteria


def _candidate_projects() -> pd.DataFrame:
    base = {
        "region_code": REGION, "department_code": "31", "description": None,
        "partners": ["Région"], "estimated_cost_eur": 20_000.0, "calendar": "2025",
        "maturity": "Initié", "engineering_needs": None, "indicators": None,
    }  # fmt: skip
    rows = []
    for i, name in enumerate(("CC Alpha", "CC Bêta", "CA Gamma")):
        rows.append(
            {**base, "siren": _siren(i), "authority_name": name, "owner": name,
             "title": "Pédibus et vélobus" + (" scolaires" if i == 2 else " scolaire"),
             "lever_code": COVOIT, "funding_obtained": "Oui",
             "source_file": f"questionnaires/{i}.xlsx"}
        )  # fmt: skip
    rows.append(
        {**base, "siren": _siren(5), "authority_name": "CC Delta", "owner": "CC Delta",
         "title": "Centrale solaire sur ombrières", "lever_code": ELEC,
         "estimated_cost_eur": 2_000_000.0, "funding_obtained": "Oui",
         "source_file": "questionnaires/5.xlsx"}
    )  # fmt: skip
    for i, funding in ((6, "Non"), (7, "à définir"), (8, "0 €")):
        rows.append(
            {**base, "siren": _siren(i), "authority_name": f"Commune {i}", "owner": f"Commune {i}",
             "title": f"Projet isolé numéro {i} de rénovation", "lever_code": RENO,
             "estimated_cost_eur": 500_000.0, "funding_obtained": funding,
             "source_file": f"questionnaires/{i}.xlsx"}
        )  # fmt: skip
    return pd.DataFrame(rows)


def _candidate_actions() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "region_code": REGION,
            "action_id": ["p1", "p2"],
            "territory_name": ["CC Epsilon", "CC Zêta"],
            "department_code": ["31", "31"],
            "title": ["Plan vélo intercommunal", "Plan vélo intercommunal 2024-2026"],
            "lever_code": [VELO, VELO],
            "total_budget_eur": [0.0, 300_000.0],
            "owners": [["CC Epsilon"], ["CC Zêta"]],
            "partners": [["Département"], ["Département"]],
            "start_year": [2024, 2024],
            "end_year": [2026, 2026],
            "source_file": ["plans/e.pdf", "plans/z.pdf"],
            "page": [3, 5],
            "has_body": [True, True],
        }
    )


@pytest.fixture(scope="module")
def candidates() -> pd.DataFrame:
    themes = pd.DataFrame(
        {"region_code": REGION, "rank": [1, 2, 3, 4], "lever_code": [COVOIT, ELEC, RENO, VELO]}
    )
    return cop_action_candidates(
        REGION, lever_frame(), _candidate_projects(), _candidate_actions(), themes, CONFIG
    ).set_index("authority_name")


def test_a_cre_lever_has_no_2030_target(candidates):
    delta = candidates.loc["CC Delta"]
    assert not bool(delta["potential_ok"])
    assert "CRE" in delta["potential_reason"] or "cible 2030" in delta["potential_reason"]


def test_replicability_looks_at_the_action(candidates):
    for name in ("CC Alpha", "CC Bêta", "CA Gamma"):
        row = candidates.loc[name]
        assert row["n_authorities_same_action"] == 3
        assert bool(row["potential_ok"]), row["potential_reason"]  # cheap but proposed 3 times
        assert "3 collectivités" in row["potential_reason"]


def test_financing_no_zero_or_tbd_is_not_identified(candidates):
    for name in ("Commune 6", "Commune 7", "Commune 8"):
        row = candidates.loc[name]
        assert not bool(row["progress_ok"]), name
        assert "financement" in row["missing_fields"]
        assert "financement" in row["progress_reason"]
    epsilon = candidates.loc["CC Epsilon"]  # « Budget prévu : 0 € »
    assert not bool(epsilon["progress_ok"])
    zeta = candidates.loc["CC Zêta"]
    assert bool(zeta["progress_ok"]), zeta["progress_reason"]
    assert bool(candidates.loc["CC Alpha", "progress_ok"])


def test_each_criterion_has_its_reason(candidates):
    for column in ("coherence_reason", "potential_reason", "progress_reason"):
        assert candidates[column].map(lambda v: isinstance(v, str) and len(v) > 10).all()
    assert "thème prioritaire n° 1" in candidates.loc["CC Alpha", "coherence_reason"]
    # two plans of two territories with close titles: replicable action
    assert candidates.loc["CC Zêta", "n_authorities_same_action"] == 2


def test_annual_budgets_are_spread_over_the_step_years():
    from sources.values import parse_resources, step_budget

    for label in ("5 000 €/an", "5 000 € par an", "5 k€ annuels", "Budget annuel : 5 000 €"):
        res = parse_resources(label)
        assert res.budget_eur == 5000.0 and res.per_year, label
        assert step_budget(res, 2024, 2026, False) == (15_000.0, 5000.0)
        assert step_budget(res, 2024, None, True) == (None, 5000.0)  # « 2024 et + »
        assert step_budget(res, None, None, False) == (None, 5000.0)
    once = parse_resources("15 000 € (programme pluriannuel)")
    assert not once.per_year
    assert step_budget(once, 2024, 2026, False) == (15_000.0, None)


# ----------------------------------------------------------------------------- synthesis


def test_synthesis_says_where_figures_are_fragile():
    from assets.publication.synthesis.messages import fragility_notes
    from assets.publication.synthesis.page import build_synthesis_html

    config = DiagnosticConfig(
        reference_year=2025, max_themes_per_thematic=1, theme_min_score=0, min_themes=2,
        theme_min_respondents=1,  # this test is about the cap, not the evidence rule
    )
    responses = _theme_responses()
    state = state_of_play(REGION, lever_frame(), _recipients(), responses, EMPTY, EMPTY, config)
    families = lever_families(REGION, lever_frame(), responses, config)
    themes = priority_themes(
        REGION, lever_frame(), responses, EMPTY, EMPTY, EMPTY, config, recipients=_recipients()
    )
    labels = dict(zip(state["lever_code"], state["lever_label"], strict=False))
    notes = fragility_notes(state, families, themes, config.to_dict(), labels)
    text = " ".join(notes)
    assert "« Vélo » (B)" in text and "à la limite" in text
    assert "lignes départementales" in text  # département 32 rests on 3 answers
    assert "Le plafond de 1 thèmes par thématique écarte" in text
    html = build_synthesis_html(
        "Occitanie", REGION,
        {"lever_state_of_play": state, "lever_families": families, "priority_themes": themes},
        config,
    )  # fmt: skip
    assert "Où les chiffres sont fragiles" in html
    assert "à la limite (1) : seuil dans l'intervalle de confiance" in html  # chart legend
    assert "IC 95 %" in html and "réponses notées" in html


def test_synthesis_counts_every_document_read():
    from assets.publication.synthesis.page import documents_read

    tables = {
        "actions": pd.DataFrame({"source_file": ["plans/a.pdf", "plans/a.pdf", "plans/b.pdf"]}),
        "contract_targets": pd.DataFrame({"source_file": ["contrats/cot1.pdf"]}),
        "referential_scores": pd.DataFrame({"source_file": ["contrats/cot2.pdf"]}),
        "ingestion_report": pd.DataFrame(
            {
                "source_file": ["contrats/cot3.pdf", "q.xlsx", "plans/vieux.pdf"],
                "detected_type": ["cot", "questionnaire", "action_plan"],
                "status": ["unchanged", "loaded", "quarantined"],
            }
        ),
    }
    assert documents_read(tables) == {
        "plans/a.pdf", "plans/b.pdf", "contrats/cot1.pdf", "contrats/cot2.pdf", "contrats/cot3.pdf",
    }  # fmt: skip
