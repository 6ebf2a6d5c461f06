"""Exemplary projects: questionnaire projects, « Projets » rows and plan actions, merged when
they are the same project, then shortlisted.
"""

from __future__ import annotations

import re
from datetime import date

import numpy as np
import pandas as pd

from assets.diagnostic import matching as mt
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.frames import (
    MATURITY_STARTED,
    MATURITY_TO_START,
    _as_list,
    _col,
    _nonempty,
    _redact,
    _region,
    as_records,
    lever_frame,
)
from sources.values import fold

EXEMPLARY_COLUMNS = [
    "region_code", "origin", "lever_code", "title", "owner", "authority_name", "department_code",
    "description", "estimated_cost_eur", "maturity", "source_file", "page", "origins", "sources",
    "n_sources", "shortlisted", "shortlist_reason",
]  # fmt: skip


def _short_title(text: str, limit: int = 110) -> str:
    first = re.split(r"(?<=[.!?])\s|\n", text.strip(), maxsplit=1)[0].strip().rstrip(".")
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut + "…"


def exemplary_projects(
    region_code: str,
    responses: pd.DataFrame | None,
    projects: pd.DataFrame | None,
    actions: pd.DataFrame | None = None,
    config: DiagnosticConfig | None = None,
) -> pd.DataFrame:
    """Projects put forward: questionnaire « projet exemplaire » answers, every ``Projets``
    row, and — as the plans' flagship actions — the largest-budget action of each lever when
    its budget is at least ``exemplary_action_min_budget_eur`` (at most
    ``exemplary_max_plan_actions``, largest first). E-mail addresses in free text are masked.
    """
    config = config or DiagnosticConfig()
    out = _project_rows(
        _region(responses, region_code),
        _region(projects, region_code),
        _region(actions, region_code),
        config,
    )
    if out.empty:
        return pd.DataFrame(columns=EXEMPLARY_COLUMNS)
    out = merge_projects(out, config)
    out["region_code"] = str(region_code)
    for column in ("title", "description", "owner"):
        out[column] = out[column].map(_redact)
    out["page"] = pd.to_numeric(out["page"], errors="coerce").astype("Int64")
    from assets.diagnostic.shortlists import shortlist_projects

    labels = dict(zip(lever_frame()["lever_code"], lever_frame()["label"], strict=True))
    out = shortlist_projects(out, config, labels)
    return out[EXEMPLARY_COLUMNS]


def _plan_maturity(start: object, config: DiagnosticConfig) -> str | None:
    """« Initié » once a plan action's start year is reached, « À initier » before; unknown
    without a start year."""
    if start is None or pd.isna(start):
        return None
    year = config.reference_year or date.today().year
    return MATURITY_STARTED if int(start) <= year else MATURITY_TO_START


def _project_rows(
    resp: pd.DataFrame, proj: pd.DataFrame, act: pd.DataFrame, config: DiagnosticConfig
) -> pd.DataFrame:
    """Unmerged project rows of the three origins (questionnaire text, Projets, plans)."""
    frames: list[pd.DataFrame] = []
    if not resp.empty and "exemplary_project_text" in resp.columns:
        r = resp[_nonempty(resp["exemplary_project_text"])]
        if not r.empty:
            text = r["exemplary_project_text"].astype(str).str.strip()
            frames.append(
                pd.DataFrame(
                    {
                        "origin": "questionnaire",
                        "siren": _col(r, "siren"),
                        "lever_code": r["lever_code"],
                        "title": text.map(_short_title),
                        "owner": _col(r, "authority_name"),
                        "authority_name": _col(r, "authority_name"),
                        "department_code": _col(r, "department_code"),
                        "description": text,
                        "estimated_cost_eur": np.nan,
                        "maturity": None,
                        "source_file": _col(r, "source_file"),
                        "page": None,
                    }
                )
            )
    if not proj.empty:
        frames.append(
            pd.DataFrame(
                {
                    "origin": "projet",
                    "siren": _col(proj, "siren"),
                    "lever_code": _col(proj, "lever_code"),
                    "title": _col(proj, "title"),
                    "owner": _col(proj, "owner").fillna(_col(proj, "authority_name")),
                    "authority_name": _col(proj, "authority_name"),
                    "department_code": _col(proj, "department_code"),
                    "description": _col(proj, "description"),
                    "estimated_cost_eur": pd.to_numeric(
                        _col(proj, "estimated_cost_eur"), errors="coerce"
                    ),
                    "maturity": _col(proj, "maturity"),
                    "source_file": _col(proj, "source_file"),
                    "page": None,
                }
            )
        )
    if not act.empty and config.exemplary_max_plan_actions > 0:
        a = act.assign(_budget=pd.to_numeric(_col(act, "total_budget_eur"), errors="coerce"))
        body = _col(a, "has_body", True).fillna(True).astype(bool)
        a = a[
            body
            & (a["_budget"] >= config.exemplary_action_min_budget_eur)
            & a["lever_code"].notna()
        ]
        a = a.sort_values("_budget", ascending=False, kind="stable").drop_duplicates("lever_code")
        a = a.head(config.exemplary_max_plan_actions)
        if not a.empty:
            owners = _col(a, "owners").map(_as_list)
            frames.append(
                pd.DataFrame(
                    {
                        "origin": "plan d'action",
                        "lever_code": a["lever_code"],
                        "title": a["title"],
                        "owner": [
                            o[0] if o else t
                            for o, t in zip(owners, _col(a, "territory_name"), strict=True)
                        ],
                        "authority_name": _col(a, "territory_name"),
                        "department_code": _col(a, "department_code"),
                        "description": _col(a, "expected_results").fillna(_col(a, "context")),
                        "estimated_cost_eur": a["_budget"],
                        "maturity": _col(a, "start_year").map(lambda y: _plan_maturity(y, config)),
                        "source_file": _col(a, "source_file"),
                        "page": _col(a, "page"),
                    }
                )
            )
    frames = [f for f in frames if not f.empty]
    if not frames:
        return pd.DataFrame(columns=[c for c in EXEMPLARY_COLUMNS if c not in _MERGE_COLUMNS])
    return pd.concat(frames, ignore_index=True)


_MERGE_COLUMNS = ("origins", "sources", "n_sources")
_ORIGIN_ORDER = {"projet": 0, "questionnaire": 1, "plan d'action": 2}


def title_groups(df: pd.DataFrame, config: DiagnosticConfig) -> list[int]:
    """The project of each row (``assets.diagnostic.matching.group_titles``): rows of the same
    authority (SIREN, else folded name) and lever (null as one) with close titles."""
    siren = _col(df, "siren").astype("string").str.strip()
    name = _col(df, "authority_name").map(lambda v: fold(v) if isinstance(v, str) else "")
    who = siren.where(siren.notna() & siren.ne(""), "nom:" + name.astype("string"))
    blocks = list(zip(who.fillna(""), df["lever_code"].fillna(""), strict=True))
    return mt.group_titles(df["title"].tolist(), config.title_similarity_min, blocks)


def merge_projects(rows: pd.DataFrame, config: DiagnosticConfig) -> pd.DataFrame:
    """One project, one row: rows of the same authority and lever with close titles
    (``assets.diagnostic.matching``) are merged; the « Projets » row leads (title, owner, cost), the
    longest description is kept, and ``origins`` / ``sources`` / ``n_sources`` list what was
    merged (« origine : fichier »)."""
    if rows.empty:
        return rows.assign(origins=[], sources=[], n_sources=[])
    df = rows.reset_index(drop=True).copy()
    df["_group"] = title_groups(df, config)
    df["_order"] = df["origin"].map(_ORIGIN_ORDER).fillna(3)
    df = df.sort_values(["_group", "_order"], kind="stable")
    records = []
    # most projects are cited once: a one-row group is its own row (no per-group selection)
    rows = as_records(df)
    costs = pd.to_numeric(df["estimated_cost_eur"], errors="coerce").to_numpy(dtype=float)
    groups = df["_group"].to_numpy()
    starts = [i for i in range(len(df)) if i == 0 or groups[i] != groups[i - 1]] + [len(df)]
    for start, end in zip(starts, starts[1:], strict=False):
        if end - start == 1:
            lead = rows[start]
            lead["estimated_cost_eur"] = np.nan if np.isnan(costs[start]) else float(costs[start])
            lead["origins"] = [lead["origin"]]
            lead["sources"] = [f"{lead['origin']} : {lead['source_file']}"]
            lead["n_sources"] = 1
            records.append(lead)
            continue
        # a merged group, from the records already taken (not a frame slice per group)
        group = rows[start:end]
        lead = dict(group[0])
        descriptions = [
            r["description"]
            for r in group
            if isinstance(r["description"], str) and r["description"].strip()
        ]
        if descriptions:
            lead["description"] = max(descriptions, key=len)
        known = costs[start:end][~np.isnan(costs[start:end])]
        lead["estimated_cost_eur"] = float(known[0]) if len(known) else np.nan
        lead["origins"] = list(dict.fromkeys(r["origin"] for r in group))
        lead["sources"] = list(dict.fromkeys(f"{r['origin']} : {r['source_file']}" for r in group))
        lead["n_sources"] = len(group)
        records.append(lead)
    out = pd.DataFrame.from_records(records)
    out = out.sort_values("_group", kind="stable").drop(columns=["_group", "_order"])
    return out.reset_index(drop=True)
