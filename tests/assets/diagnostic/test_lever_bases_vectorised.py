"""``statistics.lever_bases`` (arrays taken once) gives exactly the per-lever pandas figures.

The reference below is the implementation it replaced (one pandas selection per lever and per
figure); both run on a generated region with the awkward cases of real answers: scores out of
the scale (dropped upstream as NaN), an answer scored on one axis only, the same authority
twice on a lever, an unknown respondent (``_who`` missing), levers with 0, 1 and 2 scored
answers, and a missing lever code.
"""

from __future__ import annotations

import math
import random

import numpy as np
import pandas as pd
import pytest

from assets.diagnostic import statistics as st


def _reference(df: pd.DataFrame) -> pd.DataFrame:
    rows = []
    for lever, g in df.groupby("lever_code", sort=False):
        rel = g["_rel"].dropna()
        dep = g["_dep"].dropna()
        n_rel = int(g.loc[g["_rel"].notna(), "_who"].nunique())
        n_dep = int(g.loc[g["_dep"].notna(), "_who"].nunique())
        k_rel = float(g["_relevant"].sum(skipna=True))
        k_dep = float(g["_deploying"].sum(skipna=True))
        rel_lo, rel_hi = st.mean_interval(list(rel), 0, 4)
        dep_lo, dep_hi = st.mean_interval(list(dep), 0, 3)
        prel_lo, prel_hi = st.wilson_interval(k_rel, len(rel))
        pdep_lo, pdep_hi = st.wilson_interval(k_dep, len(dep))
        pair = g[["_rel", "_dep"]].dropna()
        cov = float(pair["_rel"].cov(pair["_dep"])) if len(pair) >= 2 else 0.0
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
                "_var_rel": float(rel.var(ddof=1)) / len(rel) if len(rel) >= 2 else math.nan,
                "_var_dep": float(dep.var(ddof=1)) / len(dep) if len(dep) >= 2 else math.nan,
                "_cov": cov * len(pair) / (len(rel) * len(dep)) if len(rel) and len(dep) else 0.0,
            }
        )
    return pd.DataFrame(rows)


def _answers(seed: int, n: int) -> pd.DataFrame:
    rng = random.Random(seed)
    levers = [f"theme.levier_{i}" for i in range(30)]
    rows = []
    for k in range(n):
        rel = rng.choice([None, 0, 1, 2, 3, 4, 4, 3])
        dep = rng.choice([None, 0, 1, 2, 3, 3])
        rows.append(
            {
                "lever_code": rng.choice([*levers, None]) if k else levers[0],
                "_who": None if k % 41 == 0 else f"2000{rng.randint(0, n // 3):05d}",
                "_rel": rel,
                "_dep": dep,
            }
        )
    # a lever answered once, one answered twice (the smallest bases)
    rows += [{"lever_code": "seul.levier", "_who": "1", "_rel": 3, "_dep": 1}]
    rows += [
        {"lever_code": "deux.fois", "_who": w, "_rel": 4, "_dep": d}
        for w, d in (("1", 0), ("2", 2))
    ]
    df = pd.DataFrame(rows)
    df["_who"] = df["_who"].astype("string")
    df["_rel"] = pd.to_numeric(df["_rel"], errors="coerce")
    df["_dep"] = pd.to_numeric(df["_dep"], errors="coerce")
    df["_relevant"] = (df["_rel"] >= 3).astype(float).where(df["_rel"].notna())
    df["_deploying"] = (df["_dep"] >= 2).astype(float).where(df["_dep"].notna())
    return df


@pytest.mark.parametrize(("seed", "n"), [(1, 40), (2, 900), (3, 6000)])
def test_lever_bases_same_floats_as_per_lever_pandas(seed: int, n: int) -> None:
    df = _answers(seed, n)
    got, want = st.lever_bases(df), _reference(df)
    assert len(got) == df["lever_code"].nunique()  # a missing lever code: no row
    pd.testing.assert_frame_equal(got, want, check_exact=True)
    single = got.set_index("lever_code").loc["seul.levier"]
    assert single["n_scored_relevance"] == 1 and math.isnan(single["mean_relevance_ci_low"])
    twice = got.set_index("lever_code").loc["deux.fois"]
    assert twice["n_scored_deployment"] == 2
    assert twice["mean_relevance_ci_low"] == 4.0 and twice["mean_relevance_ci_high"] == 4.0


def test_t_quantile_is_scipy_stats_t_ppf() -> None:
    from scipy.stats import t

    for df in (*range(1, 200), 500, 1000, 2445, 10_000):
        assert st.t_quantile(df) == float(t.ppf(0.975, df))
    assert st.t_quantile(1) == pytest.approx(12.706, abs=1e-3)


def test_mean_interval_array_and_list_agree() -> None:
    values = np.array([4.0, np.nan, 3.0, 2.0, np.nan, 4.0])
    assert st.mean_interval(values, 0, 4) == st.mean_interval(
        [4, None, 3, 2, float("nan"), 4], 0, 4
    )


def test_nonempty_same_mask_as_string_conversion() -> None:
    """``analysis._nonempty`` tests only the strings of an object column; the mask (values,
    index, name, nullable boolean dtype) is the one the whole-column string conversion gave."""
    import datetime

    from assets.diagnostic.frames import _nonempty

    def reference(series: pd.Series) -> pd.Series:
        return series.notna() & series.astype("string").str.strip().fillna("").ne("")

    rng = random.Random(0)
    pool = ["a", " ", "", "\t\n", None, np.nan, pd.NA, 3, 0, 1.5, [], ["x"], "  x ",
            datetime.date(2024, 1, 1), pd.NaT, "\u00a0", "Coût des travaux"]  # fmt: skip
    for _ in range(200):
        n = rng.randint(0, 30)
        series = pd.Series(
            [rng.choice(pool) for _ in range(n)],
            dtype=object,
            index=rng.sample(range(1000), n),
            name=rng.choice([None, "blockers_text"]),
        )
        pd.testing.assert_series_equal(_nonempty(series), reference(series))
    typed = pd.Series(["x", " ", None], dtype="string")
    pd.testing.assert_series_equal(_nonempty(typed), reference(typed))
    assert list(_nonempty(pd.Series(["Manque d'ingénierie", "  ", None], dtype=object))) == [
        True,
        False,
        False,
    ]


def test_merge_projects_one_row_groups_as_before() -> None:
    """One-row project groups skip the per-group selection; with merged groups among them the
    table is the per-group reference's, value for value."""
    from assets.diagnostic import matching as mt
    from assets.diagnostic.config import DiagnosticConfig
    from assets.diagnostic.exemplary import _ORIGIN_ORDER, merge_projects
    from assets.diagnostic.frames import _col
    from sources.values import fold

    config = DiagnosticConfig(reference_year=2025)

    def reference(rows: pd.DataFrame) -> pd.DataFrame:
        df = rows.reset_index(drop=True).copy()
        siren = _col(df, "siren").astype("string").str.strip()
        name = _col(df, "authority_name").map(lambda v: fold(v) if isinstance(v, str) else "")
        who = siren.where(siren.notna() & siren.ne(""), "nom:" + name.astype("string"))
        blocks = list(zip(who.fillna(""), df["lever_code"].fillna(""), strict=True))
        df["_group"] = mt.group_titles(df["title"].tolist(), config.title_similarity_min, blocks)
        df["_order"] = df["origin"].map(_ORIGIN_ORDER).fillna(3)
        df = df.sort_values(["_group", "_order"], kind="stable")
        records = []
        for _, g in df.groupby("_group", sort=False):
            lead = g.iloc[0].to_dict()
            texts = [d for d in g["description"] if isinstance(d, str) and d.strip()]
            if texts:
                lead["description"] = max(texts, key=len)
            cost = pd.to_numeric(g["estimated_cost_eur"], errors="coerce").dropna()
            lead["estimated_cost_eur"] = float(cost.iloc[0]) if not cost.empty else np.nan
            lead["origins"] = list(dict.fromkeys(g["origin"]))
            lead["sources"] = list(
                dict.fromkeys(
                    f"{o} : {f}" for o, f in zip(g["origin"], g["source_file"], strict=True)
                )
            )
            lead["n_sources"] = len(g)
            records.append(lead)
        out = pd.DataFrame.from_records(records)
        out = out.sort_values("_group", kind="stable").drop(columns=["_group", "_order"])
        return out.reset_index(drop=True)

    rng = random.Random(4)
    levers = ["voyageurs.velo", "batiments.renovation_residentiel", "energie.solaire"]
    rows = []
    for k in range(120):
        siren = f"2000000{k % 40:02d}" if k % 9 else None
        title = f"Projet {rng.choice(['vélo-route', 'réseau de chaleur', 'guichet rénovation'])} {k % 40}"
        rows.append(
            {
                "origin": rng.choice(["projet", "questionnaire", "plan d'action"]),
                "siren": siren,
                "lever_code": rng.choice(levers),
                "title": title,
                "owner": None,
                "authority_name": f"Collectivité {k % 40}",
                "department_code": "32",
                "description": rng.choice([None, " ", "Courte", "Une description plus longue"]),
                "estimated_cost_eur": rng.choice([np.nan, 12_000.0, 5e4, None]),
                "maturity": None,
                "source_file": rng.choice(["questionnaires/a.xlsx", None, "plans/p.pdf"]),
                "page": rng.choice([None, 3]),
            }
        )
    frame = pd.DataFrame(rows)
    got = merge_projects(frame, config)
    assert (got["n_sources"] > 1).any() and (got["n_sources"] == 1).any()
    pd.testing.assert_frame_equal(got, reference(frame), check_exact=True)
