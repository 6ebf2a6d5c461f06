"""Which levers have enough evidence to be a theme, and levers tied on every ranking key
(kept or dropped together, and said so).
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from assets.diagnostic import statistics as st
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.frames import as_records, fr_number

# Ranking keys: score, then the evidence itself; levers equal on all of them are ex æquo
# (kept or dropped together, and said so), never ordered silently by the reference list.
_TIE_KEYS = ["score", "n_respondents", "n_actions", "n_contract_targets"]


def has_theme_evidence(sop: pd.DataFrame, config: DiagnosticConfig) -> pd.Series:
    """Levers with enough evidence to be proposed as a priority theme (see DiagnosticConfig)."""
    return (
        (sop["n_respondents"] >= config.theme_min_respondents)
        | (sop["n_actions"] >= config.theme_min_actions)
        | (sop["n_contract_targets"] >= config.theme_min_contract_targets)
    )


def _tie_key(row: pd.Series) -> tuple:
    return tuple(row[k] for k in _TIE_KEYS)


def _tie_keys(frame: pd.DataFrame) -> list[tuple]:
    """:func:`_tie_key` of every row, in order, from the columns (not a row Series each)."""
    return list(zip(*(frame[k].tolist() for k in _TIE_KEYS), strict=True))


def _with_whole_tie_groups(order: pd.DataFrame, chosen: list[int]) -> list[int]:
    """A tie straddling the cut is kept whole: the reference order must not pick among equals."""
    key_of = dict(zip(order.index, _tie_keys(order), strict=True))
    eligible = dict(zip(order.index, order["_eligible"].tolist(), strict=True))
    keys = {key_of[i] for i in chosen}
    taken = set(chosen)
    extra = [i for i in order.index if i not in taken and eligible[i] and key_of[i] in keys]
    return [*chosen, *extra]


def _tied_with(picked: pd.DataFrame) -> dict[str, list[str]]:
    groups: dict[tuple, list[str]] = {}
    for key, code in zip(_tie_keys(picked), picked["lever_code"].tolist(), strict=True):
        groups.setdefault(key, []).append(code)
    return {
        code: [other for other in members if other != code]
        for members in groups.values()
        for code in members
    }


def _tie_sentence(others: list[str]) -> str:
    if not others:
        return ""
    return (
        f" Ex æquo avec {', '.join(others)} (même score, mêmes effectifs de répondants, "
        "d'actions et d'objectifs) : le rang entre eux ne hiérarchise pas."
    )


def theme_evidence_note(n_themes: int, config: DiagnosticConfig | dict[str, Any]) -> str | None:
    """French sentence for the synthesis when evidence is too thin (``None`` otherwise)."""
    cfg = config if isinstance(config, dict) else config.to_dict()
    default = DiagnosticConfig()
    need = (
        f"au moins {cfg.get('theme_min_respondents', default.theme_min_respondents)} "
        "collectivités répondantes, "
        f"{cfg.get('theme_min_actions', default.theme_min_actions)} actions de plans ou "
        f"{cfg.get('theme_min_contract_targets', default.theme_min_contract_targets)} "
        "objectif(s) contractuel(s) chiffré(s) sur le levier"
    )
    if n_themes == 0:
        return (
            "Pas assez d'éléments pour proposer des thèmes prioritaires : un thème demande "
            f"{need}, et aucun levier n'atteint ce seuil dans les données reçues. Complétez "
            "les réponses au questionnaire ou les plans d'actions avant d'en débattre."
        )
    if n_themes < int(cfg.get("min_themes", default.min_themes)):
        verb = "réunit" if n_themes == 1 else "réunissent"
        return (
            f"Seul{'s' if n_themes > 1 else ''} {n_themes} levier{'s' if n_themes > 1 else ''} "
            f"{verb} assez d'éléments pour être proposé{'s' if n_themes > 1 else ''} "
            f"({need}) ; les autres ne sont pas classés faute de données."
        )
    return None


THEME_UNCERTAINTY_COLUMNS = [
    "n_scored_relevance", "n_scored_deployment", "mean_relevance_ci_low",
    "mean_relevance_ci_high", "mean_deployment_ci_low", "mean_deployment_ci_high",
    "score_ci_low", "score_ci_high", "rank_min", "rank_max", "selection_confidence",
    "cap_excluded",
]  # fmt: skip


def _theme_uncertainty(
    themes: pd.DataFrame,
    sop: pd.DataFrame,
    order: pd.DataFrame,
    chosen: list[int],
    config: DiagnosticConfig,
) -> pd.DataFrame:
    """Score interval, plausible ranks, « à la limite » selection and levers the cap dropped.

    - ``score_ci_low``/``score_ci_high``: 95 % interval of the score (``assets.diagnostic.statistics``).
    - ``rank_min``/``rank_max``: ranks the theme could take among the themes given the intervals.
    - ``selection_confidence``: « à la limite » when the interval reaches the minimum score or
      the interval of the best lever left out on its score (not by the cap), else « solide ».
    - ``cap_excluded``: levers of the same thematic scored higher than the lowest retained theme
      but left out by ``max_themes_per_thematic``.
    """
    if themes.empty:
        return themes.reindex(columns=[*themes.columns, *THEME_UNCERTAINTY_COLUMNS])
    total = sum(config.weights.values()) or 1.0
    half = pd.Series(
        [
            st.score_half_width(
                r["mean_relevance"], r["mean_deployment"], r.get("_var_rel"), r.get("_var_dep"),
                r.get("_cov"), config.weight_relevance, config.weight_deployment_gap, total,
            )
            for r in as_records(sop)
        ],
        index=sop.index,
    ).fillna(0.0)  # fmt: skip
    low, high = (sop["score"] - half).clip(lower=0), (sop["score"] + half).clip(upper=100)
    by_code = sop.set_index("lever_code")
    low_c, high_c = low.set_axis(sop["lever_code"]), high.set_axis(sop["lever_code"])
    codes = themes["lever_code"]
    themes["n_scored_relevance"] = codes.map(by_code["n_scored_relevance"]).fillna(0).astype(int)
    themes["n_scored_deployment"] = codes.map(by_code["n_scored_deployment"]).fillna(0).astype(int)
    for column in (
        "mean_relevance_ci_low", "mean_relevance_ci_high",
        "mean_deployment_ci_low", "mean_deployment_ci_high",
    ):  # fmt: skip
        themes[column] = codes.map(by_code[column])
    themes["score_ci_low"] = codes.map(low_c).round(2)
    themes["score_ci_high"] = codes.map(high_c).round(2)
    best, worst = st.plausible_ranks(themes["score_ci_low"], themes["score_ci_high"])
    themes["rank_min"], themes["rank_max"] = best.astype(int), worst.astype(int)
    # levers left out by the cap: eligible, above the threshold, better than the last theme
    cap = config.max_themes_per_thematic or 10**6
    counts = themes["thematic"].value_counts()
    floor = float(themes["score"].min())
    eligible = order["_eligible"] if "_eligible" in order.columns else True
    left = order[~order.index.isin(chosen) & eligible]
    by_cap = left[
        left["thematic"].map(counts).fillna(0).ge(cap)
        & (left["score"] > floor)
        & (left["score"] >= config.theme_min_score)
    ]
    # each thematic's levers left out, in order (a text thematic by dict; anything else as
    # the row comparison gives it)
    left_out: dict[str, list[object]] = {}
    for t, code in zip(by_cap["thematic"].tolist(), by_cap["lever_code"].tolist(), strict=True):
        if isinstance(t, str):
            left_out.setdefault(t, []).append(code)
    themes["cap_excluded"] = [
        list(left_out.get(t, []))
        if isinstance(t, str)
        else by_cap.loc[by_cap["thematic"] == t, "lever_code"].tolist()
        for t in themes["thematic"]
    ]
    rivals = left[~left.index.isin(by_cap.index)]
    rival_high = float(high.loc[rivals.index].max()) if not rivals.empty else -math.inf
    limit = max(rival_high, config.theme_min_score)
    themes["selection_confidence"] = np.where(
        themes["score_ci_low"] <= limit, st.FAMILY_BORDERLINE, st.FAMILY_SOLID
    )
    themes["rationale"] = [
        f"{text} {_theme_uncertainty_sentence(row, config)}"
        for text, row in zip(themes["rationale"], as_records(themes), strict=True)
    ]
    return themes


def _theme_uncertainty_sentence(row: dict[str, Any], config: DiagnosticConfig) -> str:
    """How sure the theme is: score interval, plausible ranks, bases, « à la limite »."""
    text = (
        f"Incertitude : score {fr_number(row['score'], 0)} (intervalle de confiance à 95 % "
        f"{fr_number(row['score_ci_low'], 0)}–{fr_number(row['score_ci_high'], 0)})"
    )
    if row["rank_max"] > row["rank_min"]:
        text += f", rang plausible {row['rank_min']} à {row['rank_max']}"
    text += (
        f" ; moyennes sur {row['n_scored_relevance']} réponses notées (pertinence) et "
        f"{row['n_scored_deployment']} (déploiement)."
    )
    if min(row["n_scored_relevance"], row["n_scored_deployment"]) < config.min_scored_answers:
        text += " Échantillon faible : chiffres indicatifs."
    if row["selection_confidence"] == st.FAMILY_BORDERLINE:
        text += " Thème retenu à la limite du seuil de sélection."
    return text
