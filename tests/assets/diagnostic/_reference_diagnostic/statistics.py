"""Bases and uncertainty of the diagnostic's rates and means (pure functions, no I/O).

Why: a share of 80 % on 5 answers and on 50 answers is not the same figure. Every published
rate and mean comes with the number of scored answers it rests on and a 95 % interval:

- shares (``pct_*``): **Wilson score interval** — stays inside 0–100 % and behaves on small
  samples and on 0 % / 100 %, unlike the textbook ``p ± 1,96·√(p(1−p)/n)``;
- means (``mean_*``): **Student t interval** ``mean ± t(0,975; n−1) · s/√n`` (``s`` the sample
  standard deviation), clipped to the scale; undefined (NaN) under 2 answers;
- priority-theme scores: the delta method on the two sampled components (relevance and
  deployment means, with their covariance); the count components (blockers, authorities,
  actions, targets) are taken as they are.

The intervals describe sampling noise among the authorities that could have answered; they
do not cover who chose to answer (non-response bias), which the response rate speaks to.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
import pandas as pd

__all__ = [
    "CONFIDENCE",
    "FAMILY_BORDERLINE",
    "FAMILY_SMALL_SAMPLE",
    "FAMILY_SOLID",
    "Z95",
    "mean_interval",
    "t_quantile",
    "wilson_interval",
]

CONFIDENCE = 0.95
Z95 = 1.959963984540054
FAMILY_SOLID, FAMILY_BORDERLINE, FAMILY_SMALL_SAMPLE = "solide", "à la limite", "échantillon faible"


@lru_cache(maxsize=1024)  # pure; asked for every lever of every scope
def t_quantile(df: int, confidence: float = CONFIDENCE) -> float:
    """Two-sided Student quantile (scipy, already installed with the stack): the inverse
    Student CDF ``scipy.special.stdtrit``, which ``scipy.stats.t.ppf`` calls after checking
    its arguments (the same values; importing ``scipy.stats`` alone costs ~0.6 s a process)."""
    from scipy.special import stdtrit

    return float(stdtrit(df, 0.5 + confidence / 2))


def wilson_interval(k: float, n: float, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a share ``k / n`` as ratios 0–1; NaNs when ``n`` is 0."""
    if not n or n <= 0 or pd.isna(n):
        return (math.nan, math.nan)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


def mean_interval(
    values: Iterable[float], low: float | None = None, high: float | None = None
) -> tuple[float, float]:
    """Student t 95 % interval of a mean, clipped to ``[low, high]``; NaNs under 2 values."""
    if isinstance(values, np.ndarray) and values.dtype.kind == "f":
        x = values[~np.isnan(values)]  # the same values, without a Python test per value
    else:
        x = np.asarray([v for v in values if v is not None and not pd.isna(v)], dtype=float)
    n = len(x)
    if n < 2:
        return (math.nan, math.nan)
    half = t_quantile(n - 1) * float(x.std(ddof=1)) / math.sqrt(n)
    lo, hi = float(x.mean()) - half, float(x.mean()) + half
    if low is not None:
        lo = max(lo, low)
    if high is not None:
        hi = min(hi, high)
    return (lo, hi)


def lever_bases(df: pd.DataFrame) -> pd.DataFrame:
    """Per lever, from answered rows with ``_who``, ``_rel``, ``_dep``, ``_relevant``,
    ``_deploying`` (as built by ``tests.assets.diagnostic._reference_diagnostic.families._score_stats``): scored bases, intervals of
    the four figures, and the variance terms the theme score interval needs.

    Levers in order of first appearance (``groupby(sort=False)``); each lever's figures are
    computed on plain arrays taken once from the frame (the same values in the same order, so
    the same floats as per-group pandas selections, which cost ~1 ms each and dominated the
    regional analysis: state of play runs this for the region and every département).
    """
    codes, levers = pd.factorize(df["lever_code"], sort=False)
    if not len(levers):
        return pd.DataFrame([])
    rel_all = df["_rel"].to_numpy(dtype=float, na_value=np.nan)
    dep_all = df["_dep"].to_numpy(dtype=float, na_value=np.nan)
    relevant_all = df["_relevant"].to_numpy(dtype=float, na_value=np.nan)
    deploying_all = df["_deploying"].to_numpy(dtype=float, na_value=np.nan)
    who_all = df["_who"].to_numpy(dtype=object)
    who_known = df["_who"].notna().to_numpy()
    order = np.argsort(codes, kind="stable")
    starts = np.searchsorted(codes[order], np.arange(len(levers) + 1))
    rows = []
    for j, lever in enumerate(levers):
        idx = order[starts[j] : starts[j + 1]]  # the lever's rows, in frame order
        rel_v, dep_v = rel_all[idx], dep_all[idx]
        rel_ok, dep_ok = ~np.isnan(rel_v), ~np.isnan(dep_v)
        rel, dep = rel_v[rel_ok], dep_v[dep_ok]
        who, known = who_all[idx], who_known[idx]
        n_rel, n_dep = len(set(who[rel_ok & known])), len(set(who[dep_ok & known]))
        k_rel = float(np.nansum(relevant_all[idx]))  # sums of 0/1: exact in any order
        k_dep = float(np.nansum(deploying_all[idx]))
        rel_lo, rel_hi = mean_interval(rel, 0, 4)
        dep_lo, dep_hi = mean_interval(dep, 0, 3)
        prel_lo, prel_hi = wilson_interval(k_rel, len(rel))
        pdep_lo, pdep_hi = wilson_interval(k_dep, len(dep))
        both = rel_ok & dep_ok
        n_pair = int(both.sum())
        # pandas' Series.cov is numpy's cov on the paired values
        cov = float(np.cov(rel_v[both], dep_v[both], ddof=1)[0, 1]) if n_pair >= 2 else 0.0
        rows.append(
            {
                "lever_code": lever,
                "n_scored_relevance": n_rel,
                "n_scored_deployment": n_dep,
                "mean_relevance_ci_low": rel_lo,
                "mean_relevance_ci_high": rel_hi,
                "pct_relevant_ci_low": 100 * prel_lo,
                "pct_relevant_ci_high": 100 * prel_hi,
                "mean_deployment_ci_low": dep_lo,
                "mean_deployment_ci_high": dep_hi,
                "pct_deploying_ci_low": 100 * pdep_lo,
                "pct_deploying_ci_high": 100 * pdep_hi,
                # variances of the two means and their covariance (theme score interval)
                "_var_rel": _var(rel) / len(rel) if len(rel) >= 2 else math.nan,
                "_var_dep": _var(dep) / len(dep) if len(dep) >= 2 else math.nan,
                "_cov": cov * n_pair / (len(rel) * len(dep)) if len(rel) and len(dep) else 0.0,
            }
        )
    return pd.DataFrame(rows)


def _var(values: np.ndarray) -> float:
    """pandas' sample variance (``Series.var``: its own algorithm, bottleneck or not)."""
    return float(pd.Series(values, copy=False).var(ddof=1))


BASE_COLUMNS = [
    "n_scored_relevance", "n_scored_deployment",
    "mean_relevance_ci_low", "mean_relevance_ci_high",
    "pct_relevant_ci_low", "pct_relevant_ci_high",
    "mean_deployment_ci_low", "mean_deployment_ci_high",
    "pct_deploying_ci_low", "pct_deploying_ci_high",
]  # fmt: skip


def as_int(value: object) -> int:
    return 0 if value is None or pd.isna(value) else int(value)


def family_confidence(
    row: pd.Series | dict, family: str | None, rel_threshold: float, dep_threshold: float,
    min_scored: int,
) -> str | None:  # fmt: skip
    """« échantillon faible » under ``min_scored`` answers on either axis; « à la limite » when
    a threshold deciding the family lies inside the 95 % interval of its axis; else « solide ».
    ``None`` when there is no answer at all.
    """
    n_rel, n_dep = as_int(row.get("n_scored_relevance")), as_int(row.get("n_scored_deployment"))
    if n_rel == 0 and n_dep == 0:
        return None
    if min(n_rel, n_dep) < min_scored:
        return FAMILY_SMALL_SAMPLE
    if family is None:
        return None

    def inside(low: object, high: object, threshold: float) -> bool:
        if pd.isna(low) or pd.isna(high):
            return True  # no interval: cannot tell the side
        return float(low) <= threshold <= float(high)

    dep_inside = inside(
        row["mean_deployment_ci_low"], row["mean_deployment_ci_high"], dep_threshold
    )
    if dep_inside:
        return FAMILY_BORDERLINE
    if family == "A":
        return FAMILY_SOLID
    rel_inside = inside(row["mean_relevance_ci_low"], row["mean_relevance_ci_high"], rel_threshold)
    return FAMILY_BORDERLINE if rel_inside else FAMILY_SOLID


def score_half_width(
    mean_relevance: float, mean_deployment: float, var_rel: float, var_dep: float, cov: float,
    w_rel: float, w_gap: float, total_weight: float, z: float = Z95,
) -> float:  # fmt: skip
    """Half-width of the 95 % interval of a theme score (delta method, points 0–100).

    score = 100/W · (w_rel·rel/4 + w_gap·max(rel/4 − dep/3, 0) + counts): its sampled part is
    linear in the two means, ``a·rel + b·dep`` with ``a = 100/W·(w_rel + w_gap·[gap>0])/4`` and
    ``b = −100/W·w_gap·[gap>0]/3``, so Var = a²·Var(rel) + b²·Var(dep) + 2ab·Cov.
    """
    if pd.isna(mean_relevance):
        return math.nan
    scale = 100.0 / (total_weight or 1.0)
    gap_on = not pd.isna(mean_deployment) and (mean_relevance / 4 - mean_deployment / 3) > 0
    a = scale * (w_rel + (w_gap if gap_on else 0.0)) / 4
    b = -scale * (w_gap if gap_on else 0.0) / 3
    v_rel = 0.0 if pd.isna(var_rel) else var_rel
    v_dep = 0.0 if pd.isna(var_dep) else var_dep
    c = 0.0 if pd.isna(cov) else cov
    var = a * a * v_rel + b * b * v_dep + 2 * a * b * c
    return z * math.sqrt(max(var, 0.0))


def plausible_ranks(low: pd.Series, high: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Best and worst rank each theme could take given the score intervals: a theme can only
    be sure to beat the themes whose interval lies entirely below its own.
    """
    lo, hi = low.to_numpy(dtype=float), high.to_numpy(dtype=float)
    best = [1 + int(np.sum(lo > h) - (lo[i] > h)) for i, h in enumerate(hi)]
    worst = [int(np.sum(hi >= lo_i)) for lo_i in lo]
    return pd.Series(best, index=low.index), pd.Series(worst, index=low.index)
