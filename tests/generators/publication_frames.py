"""Prepared publication frames at any size, for the writer tests and ``scripts/bench_publication.py``.

The column names, kinds and missing shares are those of the demo publication (region 32,
``copdiag demo`` then ``copdiag refresh``), as :func:`assets.publication.tables.published_table`
hands them to the writers: ``object`` text, lists of strings and ``datetime.date`` values,
``bool``/``boolean``, numpy and nullable integers, floats, ``datetime64``. With ``tricky=True``
some cells hold what a writer must get right: formula triggers (also inside lists), control
characters, leading/trailing spaces, XML specials, ``_x0041_`` literals, emojis, texts longer
than a spreadsheet cell, ``-0.0``, ``±inf``, large integers, empty strings and lists.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

# kinds: code (few distinct), str (short, many distinct), text (long free text), list, date,
# datetime, and the dtypes bool, boolean, int32, int64, Int32, Int64, float.
_C, _S, _T, _L, _F = "code", "str", "text", "list", "float"

SCHEMA: dict[str, list[tuple[str, str, float]]] = {
    "actions": [
        ("action_id", _S, 0), ("region_code", _C, 0), ("department_code", _C, 0),
        ("territory_name", _T, 0), ("plan_type", _C, 0), ("axis", _T, 0),
        ("strategic_objective_code", _C, 0), ("strategic_objective", _T, 0),
        ("action_code", _C, 0), ("title", _T, 0), ("context", _T, 0.12),
        ("expected_results", _T, 0.12), ("indicators", _L, 0), ("target_audiences", _L, 0),
        ("regulatory_links", _L, 0), ("lever_code", _C, 0), ("lever_label_2025", _C, 0.14),
        ("lever_confidence", _F, 0), ("lever_terms", _L, 0), ("lever_source", _C, 0),
        ("thematic", _C, 0.14), ("total_budget_eur", _F, 0.14), ("total_etp", _F, 0.6),
        ("start_year", "Int32", 0.12), ("end_year", "Int32", 0.68), ("owners", _L, 0),
        ("partners", _L, 0), ("has_body", "bool", 0), ("source_file", _T, 0),
        ("source_sha256", _S, 0), ("page", "int32", 0), ("extraction", _C, 0),
        ("ocr_confidence", _F, 1), ("source_sheet", _C, 1), ("source_row", "Int32", 1),
        ("sub_axis", _C, 1), ("sub_sub_axis", _C, 1), ("action_status", _C, 1),
        ("action_priority", _C, 1), ("calendar", _C, 1), ("annual_budget_eur", _F, 0.94),
    ],
    "action_steps": [
        ("action_id", _S, 0), ("step_no", "int32", 0), ("region_code", _C, 0), ("step", _S, 0),
        ("description", _T, 0), ("planning_label", _S, 0), ("start_year", "int32", 0),
        ("end_year", "Int32", 0.18), ("open_ended", "bool", 0), ("budget_label", _S, 0),
        ("budget_eur", _F, 0.16), ("funded", "boolean", 0.93), ("internal", "bool", 0),
        ("etp", _F, 0.86), ("owner", _C, 0), ("partners", _L, 0), ("source_file", _T, 0),
        ("source_sha256", _S, 0), ("page", "int32", 0), ("extraction", _C, 0),
        ("ocr_confidence", _F, 1), ("source_sheet", _C, 1), ("source_row", "Int32", 1),
        ("budget_eur_per_year", "Int64", 0.91),
    ],
    "questionnaire_responses": [
        ("region_code", _C, 0), ("department_code", _C, 0), ("siren", _S, 0),
        ("authority_name", _S, 0), ("authority_type", _C, 0), ("lever_code", _C, 0),
        ("lever_label_2025", _C, 0), ("relevance_label", _C, 0.05),
        ("relevance_score", "Int32", 0.09), ("deployment_label", _C, 0.05),
        ("deployment_score", "Int32", 0.09), ("actions_text", _T, 0.56),
        ("blockers_text", _T, 0.65), ("needs_text", _T, 0.79),
        ("exemplary_project_text", _T, 0.99), ("submitted_on", "date", 0.03),
        ("source_file", _T, 0),
    ],
    "lever_state_of_play": [
        ("region_code", _C, 0), ("scope", _C, 0), ("department_code", _C, 0.17),
        ("lever_code", _C, 0), ("lever_label_2025", _C, 0), ("n_recipients", "int64", 0),
        ("n_respondents", "int64", 0), ("response_rate", _F, 0), ("mean_relevance", _F, 0),
        ("pct_relevant", _F, 0), ("mean_deployment", _F, 0), ("pct_deploying", _F, 0),
        ("budget_eur", _F, 0.83), ("family", _C, 0.39), ("target_2030", _T, 0),
        ("small_sample", "bool", 0), ("annual_budget_eur", _F, 0.98),
    ],
    "priority_themes": [
        ("region_code", _C, 0), ("rank", "int64", 0), ("lever_code", _C, 0.23),
        ("title", _T, 0), ("score", _F, 0), ("score_relevance", _F, 0.23),
        ("relevance_axis", _F, 0), ("rationale", _T, 0), ("n_blockers", "Int64", 0.23),
        ("share_of_regional_effort", _F, 0.31), ("cap_excluded", _L, 0),
        ("lever_codes", _L, 0), ("quotes", _L, 0), ("department_code", _C, 1),
    ],
    "exemplary_projects": [
        ("region_code", _C, 0), ("title", _T, 0), ("owner", _S, 0), ("description", _T, 0),
        ("estimated_cost_eur", _F, 0.26), ("page", "Int64", 0.93), ("origins", _L, 0),
        ("n_sources", "int64", 0), ("shortlisted", "bool", 0),
    ],
    "ingestion_report": [
        ("region_code", _C, 0), ("source_file", _T, 0), ("source_sha256", _S, 0),
        ("status", _C, 0), ("reason", _T, 0.97), ("n_records", "int32", 0),
        ("first_read_at", "datetime", 0), ("last_seen_at", "datetime", 0),
    ],
    "response_coverage": [
        ("region_code", _C, 0), ("dimension", _C, 0), ("key", _C, 0),
        ("n_recipients", "int64", 0), ("n_respondents", "int64", 0), ("response_rate", _F, 0),
    ],
}  # fmt: skip

# Rows per table at the size of a large region, relative to ``n_answers`` = 70 000.
_SHARE = {
    "actions": 5_000 / 70_000,
    "action_steps": 19_000 / 70_000,
    "questionnaire_responses": 1.0,
    "lever_state_of_play": 600 / 70_000,
    "priority_themes": 30 / 70_000,
    "exemplary_projects": 1_200 / 70_000,
    "ingestion_report": 4_000 / 70_000,
    "response_coverage": 40 / 70_000,
}

_WORDS = (
    "rénovation énergétique des bâtiments publics mobilité douce covoiturage haies bocagères "
    "méthanisation chaleur renouvelable sobriété foncière eau potable réseau de chaleur vélo "
    "piste cyclable école cantine circuits courts forêt biodiversité zone humide friche"
).split()

_TRICKY = [
    "a;b",
    "x;=1",
    "=1+2",
    '=HYPERLINK("http://x")',
    "+33 6 00",
    "-5 % de conso",
    "@SUM(A1)",
    "\tTab",
    "\rCR",
    " espace devant",
    "espace derrière ",
    "a & b < c > d \"q\" 'a'",
    "_x0041_ littéral",
    "ctrl\x01\x07\x1f fin",
    "ligne\nsuivante",
    "Voir,=2+5",
    "émoji 🌍 ok",
    "\u200b=caché",
    "<r>riche</r>",
    "",
    "\ufffe bizarre",
    "\uff1dplein",
]


def _text(rng: np.random.Generator, n: int, words: int, distinct: int | None) -> np.ndarray:
    pool_size = distinct or n
    base = [" ".join(rng.choice(_WORDS, size=words)) for _ in range(min(pool_size, 2_000))]
    picks = rng.integers(0, len(base), size=n)
    if distinct is None:  # free text: nearly every cell differs
        return np.array([f"{base[p].capitalize()} ({i})" for i, p in enumerate(picks)], object)
    return np.array([base[p] for p in picks], dtype=object)


def _column(rng: np.random.Generator, kind: str, n: int) -> pd.Series:
    if kind == "code":
        return pd.Series(_text(rng, n, 2, 12), dtype=object)
    if kind == "str":
        return pd.Series([f"ID-{i:06d}" for i in rng.permutation(n)], dtype=object)
    if kind == "text":
        return pd.Series(_text(rng, n, 14, None), dtype=object)
    if kind == "list":
        return pd.Series(
            [list(rng.choice(_WORDS, size=int(k))) for k in rng.integers(0, 4, size=n)],
            dtype=object,
        )
    if kind == "date":
        days = rng.integers(0, 700, size=n)
        start = dt.date(2024, 1, 1)
        return pd.Series([start + dt.timedelta(days=int(d)) for d in days], dtype=object)
    if kind == "datetime":
        secs = rng.integers(0, 10**7, size=n)
        return pd.Series(pd.Timestamp("2025-01-01") + pd.to_timedelta(secs, unit="s")).astype(
            "datetime64[us]"
        )
    if kind == "bool":
        return pd.Series(rng.random(n) < 0.4)
    if kind == "boolean":
        return pd.Series(rng.random(n) < 0.5, dtype="boolean")
    if kind in ("int32", "int64", "Int32", "Int64"):
        return pd.Series(rng.integers(0, 2_030, size=n)).astype(kind)
    values = np.round(rng.gamma(2.0, 40_000.0, size=n), int(rng.integers(0, 4)))
    return pd.Series(values, dtype="float64")


def _with_missing(s: pd.Series, share: float, rng: np.random.Generator) -> pd.Series:
    if share <= 0 or s.dtype in (bool, np.int32, np.int64):
        return s
    mask = rng.random(len(s)) < share
    if s.dtype == object:
        out = s.copy()
        out[mask] = None
        return out
    return s.mask(mask)


def publication_frames(
    n_answers: int = 70_000, *, seed: int = 19, tricky: bool = False
) -> dict[str, pd.DataFrame]:
    """The published tables of a region with ``n_answers`` answer rows (others scaled)."""
    rng = np.random.default_rng(seed)
    frames: dict[str, pd.DataFrame] = {}
    for table, columns in SCHEMA.items():
        n = max(24, round(n_answers * _SHARE[table]))
        data = {c: _with_missing(_column(rng, kind, n), miss, rng) for c, kind, miss in columns}
        frames[table] = pd.DataFrame(data)
    if tricky:
        _add_tricky(frames, rng)
    return frames


def _add_tricky(frames: dict[str, pd.DataFrame], rng: np.random.Generator) -> None:
    """Unusual cells spread over a few rows of every table."""
    for df in frames.values():
        n = len(df)
        for column in df.columns:
            s = df[column]
            rows = rng.choice(n, size=min(n, len(_TRICKY)), replace=False)
            if s.dtype == object and isinstance(s.dropna().iloc[0] if s.notna().any() else "", str):
                for r, text in zip(rows, _TRICKY, strict=False):
                    df.at[r, column] = text
                df.at[rows[-1], column] = "x" * 40_000 + "🌍"
                if column == "source_file":  # a private-use character: one-by-one paths
                    df.at[rows[-2], column] = "fichier \ue000 privé"
            elif s.dtype == object and s.notna().any() and isinstance(s.dropna().iloc[0], list):
                df.at[rows[0], column] = ["=cmd", "b"]
                df.at[rows[1], column] = []
                df.at[rows[2], column] = [""]
                df.at[rows[3], column] = ["-1", "@x", "ok"]
            elif s.dtype == "float64":
                for r, v in zip(rows, (-0.0, np.inf, -np.inf, 1e20, 1e-7, 0.1 + 0.2), strict=False):
                    df.at[r, column] = v
            elif s.dtype == "int64":
                df.at[rows[0], column] = 12_345_678_901_234_567
                df.at[rows[1], column] = -3
