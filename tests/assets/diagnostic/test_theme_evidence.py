"""No claim without evidence: priority themes need respondents, actions or contract targets."""

from __future__ import annotations

import pandas as pd

from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.families import lever_families
from assets.diagnostic.frames import lever_frame
from assets.diagnostic.themes import priority_themes

REGION = "32"


def _answer(siren: str, lever: str, relevance: int = 4, deployment: int = 0) -> dict:
    return {
        "region_code": REGION,
        "siren": siren,
        "authority_name": f"Collectivité {siren}",
        "lever_code": lever,
        "relevance_score": relevance,
        "deployment_score": deployment,
        "relevance_label": "Très forte",
        "deployment_label": "Non",
        "blockers_text": None,
        "exemplary_project_text": None,
    }


def _themes(responses=None, actions=None, targets=None, config=None) -> pd.DataFrame:
    return priority_themes(
        REGION,
        lever_frame(),
        pd.DataFrame(responses or []),
        pd.DataFrame(actions or []),
        pd.DataFrame(),
        pd.DataFrame(targets or []),
        config,
        # no regional panorama here: the regional stake is neutral, so equal evidence gives
        # equal scores (the stake itself is tested in test_lever_targets.py)
        regional_targets=pd.DataFrame(),
    )


def test_no_data_gives_no_theme() -> None:
    """Today: 5 « thèmes prioritaires » (the first levers in reference order) from nothing."""
    assert _themes().empty


def test_one_answer_is_not_enough_evidence() -> None:
    config = DiagnosticConfig()
    assert config.theme_min_respondents == 3
    themes = _themes([_answer("200000001", "voyageurs.velo")])
    assert themes.empty


def test_each_kind_of_evidence_qualifies_a_lever_and_nothing_else() -> None:
    responses = [_answer(f"20000000{i}", "voyageurs.velo") for i in range(1, 4)]
    actions = [
        {"region_code": REGION, "lever_code": "energie.biogaz", "territory_name": t,
         "total_budget_eur": 1000.0, "action_id": f"a{t}"}
        for t in ("A", "B")
    ]  # fmt: skip
    targets = [{"region_code": REGION, "lever_code": "eau.sobriete", "target_id": "t1"}]
    themes = _themes(responses, actions, targets)
    assert set(themes["lever_code"]) == {"voyageurs.velo", "energie.biogaz", "eau.sobriete"}
    assert list(themes["rank"]) == [1, 2, 3]  # fewer than min_themes: no filler


def test_ties_are_stated_not_broken_silently_by_reference_order() -> None:
    responses = [
        _answer(f"20000000{i}", lever)
        for i in range(1, 4)
        for lever in ("voyageurs.velo", "voyageurs.covoiturage")
    ]
    themes = _themes(responses).set_index("lever_code")
    assert themes.loc["voyageurs.velo", "score"] == themes.loc["voyageurs.covoiturage", "score"]
    for lever, other in (("voyageurs.velo", "voyageurs.covoiturage"),
                         ("voyageurs.covoiturage", "voyageurs.velo")):  # fmt: skip
        assert themes.loc[lever, "tied_with"] == other
        assert "ex æquo" in themes.loc[lever, "rationale"].lower()


def test_tie_at_the_cut_keeps_the_whole_group() -> None:
    levers = ("voyageurs.velo", "voyageurs.covoiturage", "energie.biogaz")
    responses = [_answer(f"20000000{i}", lever) for i in range(1, 4) for lever in levers]
    config = DiagnosticConfig(min_themes=1, max_themes=2, max_themes_per_thematic=5)
    themes = _themes(responses, config=config)
    assert set(themes["lever_code"]) == set(levers)  # not two of three picked by code order


def test_synthesis_says_evidence_is_too_thin_in_french() -> None:
    from html import unescape

    from assets.publication.synthesis.page import build_synthesis_html

    config = DiagnosticConfig()
    html = unescape(
        build_synthesis_html("Hauts-de-France", REGION, {"priority_themes": _themes()}, config)
    )
    assert "Pas assez d'éléments pour proposer des thèmes prioritaires" in html
    assert "au moins 3 collectivités répondantes" in html
    partial = _themes([_answer(f"20000000{i}", "voyageurs.velo") for i in range(1, 4)])
    html = unescape(
        build_synthesis_html("Hauts-de-France", REGION, {"priority_themes": partial}, config)
    )
    assert "Seul 1 levier réunit assez d'éléments" in html


def test_a_lever_without_answers_has_no_family() -> None:
    responses = [_answer(f"20000000{i}", "voyageurs.velo", 4, 3) for i in range(1, 4)]
    families = lever_families(
        REGION, lever_frame(), pd.DataFrame(responses), include_unclassified=True
    ).set_index("lever_code")
    assert families.loc["voyageurs.velo", "family"] == "A"
    silent = families.drop(index="voyageurs.velo")
    assert silent["family"].isna().all()
    assert silent["rationale"].str.contains("famille non déterminée").all()
