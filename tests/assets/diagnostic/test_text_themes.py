"""Themes from what authorities wrote, and département themes (issue 17)."""

from __future__ import annotations

import pandas as pd

from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.frames import lever_frame
from assets.diagnostic.text_themes import categorise, fragments
from assets.diagnostic.themes import priority_themes

REGION = "76"
RENO_T = "batiments.renovation_tertiaire"
VELO = "voyageurs.velo"
EAU = "eau.sobriete"


def test_fragments_and_categories_of_french_free_text() -> None:
    text = "Manque d'ingénierie en interne; Coût des travaux trop élevé.\nDÉLAIS d'instruction"
    assert fragments(text) == [
        "Manque d'ingénierie en interne", "Coût des travaux trop élevé", "DÉLAIS d'instruction",
    ]  # fmt: skip
    assert categorise("Manque d'ingénierie en interne") == ["ingenierie"]
    assert categorise("Coût des travaux trop élevé") == ["financement"]
    assert categorise("DÉLAIS d'instruction") == ["procedures"]  # accents and case folded
    both = categorise("Appui technique pour le montage des dossiers de financement")
    assert both == ["ingenierie", "financement"]
    assert categorise("Rien à signaler") == []
    # word starts only: « recours » is acceptability, « parcours » is not
    assert categorise("parcours cyclable") == []


def _answers() -> pd.DataFrame:
    rows = []
    # 8 authorities in 76-31, 4 in 76-32; tertiary renovation: engineering + financing blockers
    for i in range(12):
        dept = "31" if i < 8 else "32"
        base = {
            "region_code": REGION, "siren": f"21{i:07d}", "authority_name": f"Commune {i}",
            "department_code": dept, "relevance_label": "x", "deployment_label": "x",
        }  # fmt: skip
        rows.append(
            {**base, "lever_code": RENO_T, "relevance_score": 4, "deployment_score": 1,
             "blockers_text": "Manque d'ingénierie pour le petit tertiaire; coût des audits"
             if i % 3 else None,
             "needs_text": "Appui technique au montage des dossiers de financement"
             if i % 2 else None}
        )  # fmt: skip
        rows.append(
            {**base, "lever_code": VELO, "relevance_score": 3, "deployment_score": 2,
             "blockers_text": "Foncier disponible limité" if i < 2 else None}
        )  # fmt: skip
        # water sobriety: relevant and not deployed in 32 only (4 authorities)
        rows.append(
            {**base, "lever_code": EAU, "relevance_score": 4 if dept == "32" else 1,
             "deployment_score": 0 if dept == "32" else 3}
        )  # fmt: skip
    return pd.DataFrame(rows)


def _themes(config: DiagnosticConfig | None = None) -> pd.DataFrame:
    return priority_themes(
        REGION, lever_frame(), _answers(), pd.DataFrame(), pd.DataFrame(), pd.DataFrame(),
        config or DiagnosticConfig(min_themes=1, theme_min_score=0),
        regional_targets=pd.DataFrame(),
    )  # fmt: skip


def test_cross_cutting_theme_from_recurring_blockers_and_needs() -> None:
    themes = _themes()
    cross = themes[themes["theme_kind"] == "transversal"]
    assert len(cross) == 1  # « foncier »: 2 authorities only, under the minimum of 3
    row = cross.iloc[0]
    # engineering cited by 10 authorities (blockers i%3 or needs i%2), financing by the same
    # answers: paired into one theme
    assert row["categories"] == ["ingenierie", "financement"]
    assert row["title"].startswith("Ingénierie et financement : « Sobriété et isolation")
    assert row["n_authorities_citing"] == 10 and row["n_respondents"] == 12
    assert row["score"] == row["score_free_text"] == round(100 * 10 / 12, 2)
    assert row["theme_id"] == "T01" and row["scope"] == "region"
    assert row["rank"] == themes[themes["theme_kind"] == "levier"]["rank"].max() + 1
    assert "10 collectivités sur 12 répondantes (83 %)" in row["rationale"]
    assert "« Manque d'ingénierie pour le petit tertiaire »" in row["rationale"]
    assert "Commune" not in row["rationale"] and not any("Commune" in q for q in row["quotes"])
    assert row["lever_codes"] == [RENO_T]


def test_lever_theme_rationales_are_grounded_in_their_own_figures() -> None:
    themes = _themes()
    levers = themes[(themes["theme_kind"] == "levier") & (themes["scope"] == "region")]
    texts = levers["rationale"].tolist()
    assert len(set(texts)) == len(texts)
    reno = levers.set_index("lever_code").loc[RENO_T]
    assert "ingénierie (10 collectivités), financement (10 collectivités)" in reno["rationale"]
    # the title names what sets a lever apart: « foncier » is cited on vélo only; engineering
    # and financing are cited almost everywhere, so they do not label the renovation theme
    assert "— lever le frein" not in reno["title"]
    velo = levers.set_index("lever_code").loc[VELO]
    assert velo["title"].endswith("— lever le frein « foncier »")
    # each rationale opens on its own figures (no canned opening)
    openings = [t.split(". ")[0] for t in texts]
    assert len(set(openings)) == len(openings)


def test_department_theme_where_a_departement_differs_markedly() -> None:
    config = DiagnosticConfig(min_themes=1, max_themes=2, theme_min_score=0)
    themes = _themes(config)
    dept = themes[themes["scope"] == "departement"]
    regional = set(themes.loc[themes["scope"] == "region", "lever_code"].dropna())
    assert EAU not in regional
    row = dept.set_index("lever_code").loc[EAU]
    assert row["department_code"] == "32" and row["theme_id"] == "D32-01"
    assert row["scope_rank"] == 1
    assert "Dans le département 32" in row["rationale"]
    assert "Échantillon faible" in row["rationale"]  # 4 answers
    gap = float(row["rationale"].split("(+")[1].split(" points")[0])
    assert gap >= config.department_theme_min_gap
    # département 31 (8 answers, water deployed) has no theme of its own on water
    assert not ((dept["department_code"] == "31") & (dept["lever_code"] == EAU)).any()
    # the table key stays (region, rank)
    assert themes["rank"].is_unique


def test_no_department_theme_when_disabled() -> None:
    config = DiagnosticConfig(min_themes=1, theme_min_score=0, max_department_themes=0,
                                 max_cross_cutting_themes=0)  # fmt: skip
    themes = _themes(config)
    assert set(themes["scope"]) == {"region"} and set(themes["theme_kind"]) == {"levier"}
