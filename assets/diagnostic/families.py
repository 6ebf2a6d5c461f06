"""Families of levers A/B/C (perceived relevance x deployment of actions), with their
rationale, uncertainty and fragility sentence.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from assets.diagnostic import statistics as st
from assets.diagnostic.config import FAMILY_LABELS, DiagnosticConfig
from assets.diagnostic.frames import (
    _answered,
    _authority_key,
    _col,
    _levers,
    _nonempty,
    _plural,
    _region,
    _round,
    as_records,
    fr_number,
)


def _classify(
    mean_relevance: float, mean_deployment: float, n_scored: int, config: DiagnosticConfig
) -> str | None:
    """A/B/C from the two axes; ``None`` when there are too few answers to say.

    Low relevance but wide deployment (top-left of the scatter) is A: the actions on the
    ground show the lever is in the territories' hands, whatever its perceived relevance.
    """
    if n_scored < config.min_respondents_for_family:
        return None
    if pd.isna(mean_relevance) or pd.isna(mean_deployment):
        return None
    if mean_deployment >= config.family_deployment_threshold:
        return "A"
    if mean_relevance >= config.family_relevance_threshold:
        return "B"
    return "C"


def _family_rationale(family: str | None, row: dict[str, Any], config: DiagnosticConfig) -> str:
    rel, dep = row["mean_relevance"], row["mean_deployment"]
    n = int(row["n_scored"])
    if n == 0:
        return "Pas de réponse exploitable au questionnaire sur ce levier : famille non déterminée."
    head = (
        f"Pertinence moyenne {fr_number(rel)}/4 ({fr_number(row['pct_relevant'], 0)} % jugent "
        f"le levier pertinent), déploiement moyen {fr_number(dep)}/3 "
        f"({_plural(n, 'collectivité répondante', 'collectivités répondantes')})"
    )
    if family is None:
        if n < config.min_respondents_for_family:
            return (
                f"{head} : moins de {config.min_respondents_for_family} réponses notées, "
                "famille non déterminée."
            )
        return f"{head} : pertinence ou déploiement non renseigné, famille non déterminée."
    if family == "A":
        if rel < config.family_relevance_threshold:
            return (
                f"{head} : levier déjà largement mis en œuvre malgré une pertinence perçue "
                "modérée — accélérer et valoriser les actions en cours."
            )
        return f"{head} : levier connu et déjà largement mis en œuvre — accélérer."
    if family == "B":
        return (
            f"{head} : levier jugé pertinent mais peu d'actions engagées — sensibiliser les "
            "acteurs et identifier les actions possibles."
        )
    return (
        f"{head} : levier perçu comme peu « à la main » des territoires — identifier les sujets "
        "interterritoriaux et les autres acteurs à mobiliser."
    )


def _empty_stats(cols: list[str]) -> pd.DataFrame:
    """Typed empty per-lever statistics (object-typed NaNs would warn downstream)."""
    return pd.DataFrame({c: pd.Series(dtype=object if c == "lever_code" else float) for c in cols})


_BASE_EXTRA = [*st.BASE_COLUMNS, "_var_rel", "_var_dep", "_cov"]


def _score_stats(
    responses: pd.DataFrame, config: DiagnosticConfig, answered: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Per lever: respondents, mean scores and shares, from answered rows of ``responses``
    (``answered``: those rows with their ``_who`` key, when the caller has them)."""
    cols = [
        "lever_code", "n_respondents", "n_scored", "mean_relevance", "pct_relevant",
        "mean_deployment", "pct_deploying", "n_blockers", "n_exemplary_answers",
    ]  # fmt: skip
    if responses.empty:
        return _empty_stats(cols + _BASE_EXTRA)
    df = responses[_answered(responses)].copy() if answered is None else answered.copy()
    if df.empty:
        return _empty_stats(cols + _BASE_EXTRA)
    if answered is None:
        df["_who"] = _authority_key(df)
    rel = pd.to_numeric(_col(df, "relevance_score"), errors="coerce")
    dep = pd.to_numeric(_col(df, "deployment_score"), errors="coerce")
    df["_rel"] = rel.where(rel.between(0, 4))
    df["_dep"] = dep.where(dep.between(0, 3))
    df["_relevant"] = (
        (df["_rel"] >= config.relevant_score_min).astype(float).where(df["_rel"].notna())
    )
    df["_deploying"] = (
        (df["_dep"] >= config.deploying_score_min).astype(float).where(df["_dep"].notna())
    )
    df["_blocker"] = _nonempty(_col(df, "blockers_text"))
    df["_exemplary"] = _nonempty(_col(df, "exemplary_project_text"))
    g = df.groupby("lever_code", sort=False)
    scored = df[df["_rel"].notna() | df["_dep"].notna()]
    out = pd.DataFrame(
        {
            "n_respondents": g["_who"].nunique(),
            "n_scored": scored.groupby("lever_code")["_who"].nunique(),
            "mean_relevance": g["_rel"].mean(),
            "pct_relevant": g["_relevant"].mean() * 100,
            "mean_deployment": g["_dep"].mean(),
            "pct_deploying": g["_deploying"].mean() * 100,
            "n_blockers": g["_blocker"].sum(),
            "n_exemplary_answers": g["_exemplary"].sum(),
        }
    )
    out["n_scored"] = out["n_scored"].fillna(0).astype(int)
    out = out.rename_axis("lever_code").reset_index()
    return _with_bases(out[cols], df)


def _with_bases(stats: pd.DataFrame, answered: pd.DataFrame) -> pd.DataFrame:
    """Per-lever scored bases and 95 % intervals (``assets.diagnostic.statistics``) beside the figures."""
    bases = st.lever_bases(answered)
    out = stats.merge(bases, on="lever_code", how="left")
    for column in ("n_scored_relevance", "n_scored_deployment"):
        out[column] = pd.to_numeric(out[column], errors="coerce").fillna(0).astype(int)
    return out


def lever_families(
    region_code: str,
    levers: pd.DataFrame,
    responses: pd.DataFrame,
    config: DiagnosticConfig | None = None,
    *,
    include_unclassified: bool = False,
    answered: pd.DataFrame | None = None,
    stats: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Families A/B/C of levers from the "pertinence perçue vs actions" scatter (seed 004).

    Axes: mean relevance (0–4) and mean deployment (0–3) of the region's answers. A lever with
    fewer than ``min_respondents_for_family`` scored answers is not classified (it is not "C":
    silence is not a judgement); such levers are left out unless ``include_unclassified``, so
    ``family`` is never null in the published table. ``lever_state_of_play.family`` is null
    for them. ``answered``: :func:`assets.diagnostic.state_of_play.answered_rows` of the
    region's responses when the caller has them (``None`` when there is no response);
    ``stats``: ``_score_stats`` of those rows under ``config``, when the caller has them.
    """
    config = config or DiagnosticConfig()
    ref = _levers(levers)
    if answered is None:
        stats = _score_stats(_region(responses, region_code), config)
    elif stats is None:  # the caller's answered rows of the region's (non-empty) responses
        stats = _score_stats(answered, config, answered=answered)
    df = ref.merge(stats, on="lever_code", how="left")
    for column in ("n_scored", "n_respondents"):
        df[column] = pd.to_numeric(df[column], errors="coerce").fillna(0).astype(int)
    records = []
    for row in as_records(df):
        family = _classify(row["mean_relevance"], row["mean_deployment"], row["n_scored"], config)
        records.append(
            {
                "region_code": str(region_code),
                "lever_code": row["lever_code"],
                "lever_label": row["label"],
                "thematic": row["thematic"],
                "family": family,
                "family_label": FAMILY_LABELS.get(family or "", None),
                "relevance_axis": _round(row["mean_relevance"]),
                "deployment_axis": _round(row["mean_deployment"]),
                "pct_relevant": _round(row["pct_relevant"], 1),
                "pct_deploying": _round(row["pct_deploying"], 1),
                "n_respondents": row["n_respondents"],
                "rationale": _family_rationale(family, row, config),
                **_family_uncertainty(row, family, config),
            }
        )
    out = pd.DataFrame.from_records(records)
    out["rationale"] = [
        r + _fragility_sentence(c, row, config)
        for r, c, row in zip(
            out["rationale"], out["family_confidence"], as_records(df), strict=True
        )
    ]
    if not include_unclassified:
        out = out[out["family"].notna()]
    return out.reset_index(drop=True)


def _family_uncertainty(row: dict[str, Any], family: str | None, config: DiagnosticConfig) -> dict:
    """Bases, 95 % intervals of the two axes and shares, and the family's confidence, for a
    ``lever_families`` row; the rationale gains a sentence when the family is fragile."""
    confidence = st.family_confidence(
        row, family, config.family_relevance_threshold, config.family_deployment_threshold,
        config.min_scored_answers,
    )  # fmt: skip
    out = {
        "n_scored_relevance": st.as_int(row.get("n_scored_relevance")),
        "n_scored_deployment": st.as_int(row.get("n_scored_deployment")),
        "relevance_axis_ci_low": _round(row.get("mean_relevance_ci_low")),
        "relevance_axis_ci_high": _round(row.get("mean_relevance_ci_high")),
        "deployment_axis_ci_low": _round(row.get("mean_deployment_ci_low")),
        "deployment_axis_ci_high": _round(row.get("mean_deployment_ci_high")),
        "pct_relevant_ci_low": _round(row.get("pct_relevant_ci_low"), 1),
        "pct_relevant_ci_high": _round(row.get("pct_relevant_ci_high"), 1),
        "pct_deploying_ci_low": _round(row.get("pct_deploying_ci_low"), 1),
        "pct_deploying_ci_high": _round(row.get("pct_deploying_ci_high"), 1),
        "family_confidence": confidence,
        "small_sample": 0
        < max(st.as_int(row.get("n_scored_relevance")), st.as_int(row.get("n_scored_deployment")))
        and min(st.as_int(row.get("n_scored_relevance")), st.as_int(row.get("n_scored_deployment")))
        < config.min_scored_answers,
    }
    return out


def _fragility_sentence(
    confidence: str | None, row: dict[str, Any], config: DiagnosticConfig
) -> str:
    """French sentence saying why a family is fragile (empty when it is solid)."""
    if confidence == st.FAMILY_SMALL_SAMPLE:
        return (
            f" Échantillon faible : moins de {config.min_scored_answers} réponses notées "
            f"(pertinence {st.as_int(row.get('n_scored_relevance'))}, déploiement "
            f"{st.as_int(row.get('n_scored_deployment'))}) ; famille indicative."
        )
    if confidence == st.FAMILY_BORDERLINE:
        return (
            " Famille à la limite : un seuil de classement est dans l'intervalle de confiance à "
            f"95 % (pertinence {fr_number(row.get('mean_relevance_ci_low'))}–"
            f"{fr_number(row.get('mean_relevance_ci_high'))}, déploiement "
            f"{fr_number(row.get('mean_deployment_ci_low'))}–"
            f"{fr_number(row.get('mean_deployment_ci_high'))})."
        )
    return ""
