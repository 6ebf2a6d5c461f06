"""The département view of the public synthesis: one heat-map row per département.

A section like those of :mod:`assets.publication.synthesis.sections` (same helpers, same
French notes when a table or column is missing), kept in its own module for its size.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import pandas as pd

from assets.diagnostic.frames import fr_number
from assets.publication.synthesis.sections import _frame, _int, _num, _s, _text

__all__ = ["department_view"]


def _heat_color(value: float, vmax: float) -> tuple[str, str]:
    """Background and text colour of a heatmap cell (sequential blues, readable text)."""
    if math.isnan(value):
        return "#f1f3f5", "#6b7480"
    t = max(0.0, min(1.0, value / vmax))
    # light #eaf1f8 → dark #1f4e79
    lo, hi = (0xEA, 0xF1, 0xF8), (0x1F, 0x4E, 0x79)
    rgb = tuple(round(a + (b - a) * t) for a, b in zip(lo, hi, strict=True))
    return "#{:02x}{:02x}{:02x}".format(*rgb), ("#ffffff" if t > 0.55 else "#1d2733")


def _short_name(name: str, code: str) -> str:
    """« Pas-de-Calais » from « 62 – Pas-de-Calais » or « Pas-de-Calais (62) »."""
    text = str(name).replace(f"({code})", "").strip()
    if text.startswith(code):
        text = text[len(code) :].lstrip(" –-")
    return text.strip()


def department_view(
    tables: Mapping[str, pd.DataFrame],
    department_names: Mapping[str, str] | None = None,
    metric: str = "mean_deployment",
) -> dict[str, Any]:
    """Heatmap lever × département of ``lever_state_of_play`` (rows grouped by thematic).

    Cells hold the mean (deployment 0–3 or relevance 0–4) and the number of scored answers;
    levers nobody answered anywhere are left out (listed by count). Département-level priority
    themes (``priority_themes.scope == 'departement'``) are outlined.
    """
    from sources.reference import THEMATICS

    state = _frame(tables, "lever_state_of_play")
    names = dict(department_names or {})
    empty = {"available": False, "columns": [], "groups": [], "note": "", "n_levers": 0,
             "n_cells": 0, "n_small": 0, "n_unanswered": 0}  # fmt: skip
    if state.empty or "scope" not in state.columns or metric not in state.columns:
        empty["note"] = "L'état des lieux par levier et par département n'est pas disponible."
        return empty
    dept = state[state["scope"] == "departement"].copy()
    region = state[state["scope"] == "region"].copy()
    if dept.empty:
        empty["note"] = (
            "Aucune ligne départementale dans l'état des lieux : les réponses ne portent pas de "
            "code département."
        )
        return empty
    n_col = "n_scored_deployment" if metric == "mean_deployment" else "n_scored_relevance"
    if n_col not in state.columns:
        n_col = "n_respondents"
    vmax = 3.0 if metric == "mean_deployment" else 4.0
    for df in (dept, region):
        df[metric] = pd.to_numeric(df[metric], errors="coerce")
        df[n_col] = pd.to_numeric(df.get(n_col), errors="coerce").fillna(0)
    dept["department_code"] = dept["department_code"].astype(str)
    codes = sorted(dept["department_code"].unique())
    themes = _frame(tables, "priority_themes")
    dept_themes: set[tuple[str, str]] = set()
    if {"scope", "department_code", "lever_code"} <= set(themes.columns):
        sel = themes[themes["scope"] == "departement"]
        dept_themes = set(
            zip(sel["lever_code"].astype(str), sel["department_code"].astype(str), strict=True)
        )
    answered = set(dept.loc[dept[n_col] > 0, "lever_code"]) | set(
        region.loc[region[n_col] > 0, "lever_code"]
    )
    all_levers = set(state["lever_code"])
    # Records of the columns read below only: ``to_dict`` of every column of the state of
    # play (~40) cost most of this view (same values for the columns kept).
    cell_columns = ["lever_code", "department_code", metric, n_col]
    by_cell = {
        (r["lever_code"], r["department_code"]): r for r in dept[cell_columns].to_dict("records")
    }
    by_region = {
        r["lever_code"]: r
        for r in region[[c for c in cell_columns if c in region.columns]].to_dict("records")
    }
    meta = region if not region.empty else dept.drop_duplicates("lever_code")
    meta = meta[meta["lever_code"].isin(answered)]
    thematic_order = {code: i for i, code in enumerate(THEMATICS)}
    meta = meta.assign(
        _t=meta["thematic"].map(thematic_order).fillna(len(thematic_order))
        if "thematic" in meta
        else 0
    ).sort_values(["_t", "lever_label"] if "lever_label" in meta else ["_t", "lever_code"])
    groups: list[dict[str, Any]] = []
    n_cells = n_small = 0
    min_n = 10
    for _, sub in meta.groupby("_t", sort=True):
        code = sub["thematic"].iloc[0] if "thematic" in sub else ""
        rows = []
        kept = [c for c in ("lever_code", "lever_label") if c in sub.columns]
        for r in sub[kept].to_dict("records"):
            lever = r["lever_code"]
            cells = []
            for d in codes:
                cell = by_cell.get((lever, d))
                value = _num(cell.get(metric)) if cell else math.nan
                n = _int(cell.get(n_col)) if cell else 0
                bg, fg = _heat_color(value, vmax)
                if not math.isnan(value):
                    n_cells += 1
                    n_small += n < min_n
                cells.append({
                    "text": fr_number(value, 1) if not math.isnan(value) else "–",
                    "n": n, "bg": bg, "fg": fg, "theme": (lever, d) in dept_themes,
                    "title": f"{names.get(d, d)} · {r.get('lever_label', lever)} : "
                    + (f"{fr_number(value, 1)} sur {int(vmax)} ({_s(n, 'réponse notée', 'réponses notées')})"
                       if not math.isnan(value) else "aucune réponse notée"),
                })  # fmt: skip
            reg = by_region.get(lever, {})
            reg_value = _num(reg.get(metric))
            bg, fg = _heat_color(reg_value, vmax)
            rows.append({
                "label": _text(r.get("lever_label")) or lever, "cells": cells,
                "region": {"text": fr_number(reg_value, 1) if not math.isnan(reg_value) else "–",
                           "n": _int(reg.get(n_col)), "bg": bg, "fg": fg},
            })  # fmt: skip
        groups.append({"label": THEMATICS.get(code, "Transverse"), "rows": rows})
    return {
        "available": True,
        "columns": [
            {"code": d, "name": names.get(d, d), "short": _short_name(names.get(d, ""), d)}
            for d in codes
        ],
        "groups": groups,
        "n_levers": int(len(meta)),
        "n_cells": n_cells,
        "n_small": n_small,
        "n_unanswered": len(all_levers - answered),
        "n_dept_themes": len(dept_themes),
        "vmax": int(vmax),
        "note": "",
    }
