"""Shortlists a COP debate can start from, with the full lists kept behind them.

At the scale of a large region ``exemplary_projects`` and ``cop_action_candidates`` hold
thousands of rows: every project and every plan action. Both tables keep every row and gain
``shortlisted`` (boolean) and ``shortlist_reason`` (a French sentence saying why the row is, or
is not, on the shortlist). Rules, with every number in :class:`assets.diagnostic.config.DiagnosticConfig`:

Exemplary projects (seed 004: « projets exemplaires à valoriser »), greedy in quality order —
budget known first, then maturity (Initié, En conception, À initier, unknown), then the number
of reports merged into the project, then the cost:
- a project with neither a known budget nor a known maturity is not shortlisted;
- at most ``shortlist_projects_per_lever`` per lever and ``shortlist_projects_per_department``
  per département (projects without a département share one group);
- one project per authority (diversity of authorities);
- at most ``shortlist_projects_max`` in all.

COP action candidates: ``criteria_met`` counts the three criteria of seed 004 (coherence,
potential, progress) and ``missing_criteria`` says in French which fail and why. Ranked by
criteria met, then priority-theme rank, then fewer missing fields, then cost; a candidate is
shortlisted when its lever is a priority theme, it meets at least
``shortlist_candidates_min_criteria`` criteria, its theme has fewer than
``shortlist_candidates_per_theme`` shortlisted candidates and its authority none yet on
that theme.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pandas as pd

from assets.diagnostic.frames import as_records

_MATURITY_ORDER = {"Initié": 0, "En conception": 1, "À initier": 2}
_NO_DEPT = "__sans_departement__"


def _known(value: object) -> bool:
    if value is None or value is pd.NA:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return bool(str(value).strip())


def _who(rec: dict[str, Any]) -> str:
    for key in ("siren", "authority_name", "owner"):
        value = rec.get(key)
        if _known(value):
            from sources.values import fold

            return f"{key}:{fold(str(value))}"
    return f"ligne:{rec.get('_row')}"


def _ordinal(n: int, feminine: bool = False) -> str:
    if n == 1:
        return "1re" if feminine else "1er"
    return f"{n}e"


def shortlist_projects(df: pd.DataFrame, config: Any, lever_labels: dict[str, str]) -> pd.DataFrame:
    """``df`` (exemplary projects, all rows) with ``shortlisted`` and ``shortlist_reason``."""
    from assets.diagnostic.frames import fr_euros

    out = df.copy()
    if out.empty:
        out["shortlisted"] = pd.Series(dtype=bool)
        out["shortlist_reason"] = pd.Series(dtype=object)
        return out
    cost = pd.to_numeric(out.get("estimated_cost_eur"), errors="coerce")
    maturity = out["maturity"] if "maturity" in out.columns else pd.Series(None, index=out.index)
    n_sources = pd.to_numeric(out.get("n_sources", 1), errors="coerce").fillna(1)
    order = pd.DataFrame(
        {
            "_budget": cost.notna().map({True: 0, False: 1}),
            "_maturity": maturity.map(lambda m: _MATURITY_ORDER.get(m, 3)),
            "_sources": -n_sources,
            "_cost": -cost.fillna(0),
        },
        index=out.index,
    ).sort_values(["_budget", "_maturity", "_sources", "_cost"], kind="stable")
    per_lever: dict[str, int] = {}
    per_dept: dict[str, int] = {}
    authorities: set[str] = set()
    kept = 0
    # the columns read (the rule and ``_who``), as records keyed by row: a record of every
    # column cost more than the rule
    read = [c for c in ("lever_code", "department_code", "maturity", "siren", "authority_name",
                        "owner") if c in out.columns]  # fmt: skip
    # (``to_dict("index")``'s records, built by :func:`as_records`; ``out``'s index is unique)
    rows = out[read].assign(_row=out.index)
    records = dict(zip(rows.index, as_records(rows), strict=True))
    # reasons and flags gathered in dicts, then set at once (not a Series write per row)
    reason_of: dict[object, str] = {}
    kept_rows: set[object] = set()
    cost_of = dict(zip(out.index, cost.to_numpy(), strict=True))
    sources_of = dict(zip(out.index, n_sources.to_numpy(), strict=True))
    for idx in order.index:
        rec = records[idx]
        lever = rec.get("lever_code") if _known(rec.get("lever_code")) else None
        label = lever_labels.get(lever or "", lever or "levier non identifié")
        dept = str(rec.get("department_code")) if _known(rec.get("department_code")) else _NO_DEPT
        dept_text = "sans département connu" if dept == _NO_DEPT else f"du département {dept}"
        who = _who(rec)
        has_cost = not pd.isna(cost_of[idx])
        mat = rec.get("maturity") if _known(rec.get("maturity")) else None
        if lever is None:
            reason_of[idx] = "Non retenu : le projet n'est rattaché à aucun levier."
            continue
        if not has_cost and mat is None:
            reason_of[idx] = (
                "Non retenu : ni budget ni maturité connus, le projet ne peut pas être "
                "présenté comme exemplaire en l'état."
            )
            continue
        if kept >= config.shortlist_projects_max:
            reason_of[idx] = (
                f"Non retenu : la liste courte compte déjà {config.shortlist_projects_max} "
                "projets (plafond)."
            )
            continue
        if per_lever.get(lever, 0) >= config.shortlist_projects_per_lever:
            reason_of[idx] = (
                f"Non retenu : le levier « {label} » a déjà {per_lever[lever]} projets "
                f"retenus (plafond de {config.shortlist_projects_per_lever} par levier)."
            )
            continue
        if per_dept.get(dept, 0) >= config.shortlist_projects_per_department:
            reason_of[idx] = (
                f"Non retenu : {per_dept[dept]} projets {dept_text} sont déjà retenus "
                f"(plafond de {config.shortlist_projects_per_department} par département)."
            )
            continue
        if who in authorities:
            reason_of[idx] = (
                "Non retenu : un autre projet de la même collectivité est déjà retenu "
                "(diversité des collectivités)."
            )
            continue
        per_lever[lever] = per_lever.get(lever, 0) + 1
        per_dept[dept] = per_dept.get(dept, 0) + 1
        authorities.add(who)
        kept += 1
        kept_rows.add(idx)
        facts = []
        if has_cost:
            facts.append(f"budget connu ({fr_euros(float(cost_of[idx]))})")
        else:
            facts.append("budget inconnu")
        facts.append(f"maturité « {mat} »" if mat else "maturité inconnue")
        if int(sources_of[idx]) > 1:
            facts.append(f"signalé {int(sources_of[idx])} fois")
        reason_of[idx] = (
            f"Retenu : {_ordinal(per_lever[lever])} projet du levier « {label} » et "
            f"{_ordinal(per_dept[dept])} {dept_text} ; {', '.join(facts)}."
        )
    flags = pd.Series([i in kept_rows for i in out.index], index=out.index, dtype=bool)
    reasons = pd.Series([reason_of.get(i, "") for i in out.index], index=out.index, dtype=object)
    out["shortlisted"] = flags.astype(bool)
    out["shortlist_reason"] = reasons
    return out


CRITERIA = (
    ("coherence_ok", "cohérence", "coherence_reason"),
    ("potential_ok", "potentiel", "potential_reason"),
    ("progress_ok", "avancement", "progress_reason"),
)


def _missing_criteria(rec: dict[str, Any]) -> str:
    parts = []
    for flag, name, reason in CRITERIA:
        if not bool(rec.get(flag)):
            why = str(rec.get(reason) or "").strip().rstrip(".")
            parts.append(f"{name} ({why})" if why else name)
    return " ; ".join(parts)


def _records(df: pd.DataFrame, columns: list[str]) -> list[dict[str, Any]]:
    """``df.to_dict("records")`` restricted to ``columns`` (those present)."""
    return as_records(df[[c for c in columns if c in df.columns]])


def shortlist_candidates(df: pd.DataFrame, config: Any) -> pd.DataFrame:
    """``df`` (COP action candidates, all rows) with ``criteria_met``, ``missing_criteria``,
    ``shortlisted`` and ``shortlist_reason``; rows ordered as ranked."""
    out = df.copy()
    if out.empty:
        for column, dtype in (
            ("criteria_met", "Int64"), ("missing_criteria", object),
            ("shortlisted", bool), ("shortlist_reason", object),
        ):  # fmt: skip
            out[column] = pd.Series(dtype=dtype)
        return out
    flags = out[[c for c, _, _ in CRITERIA]].fillna(False).astype(bool)
    out["criteria_met"] = flags.sum(axis=1).astype(int)
    # records of the columns read only (a record of ~30 columns per candidate cost more than
    # the rule; an absent column reads as None either way)
    out["missing_criteria"] = [
        _missing_criteria(r) for r in _records(out, [c for crit in CRITERIA for c in crit[::2]])
    ]
    n_missing = out["missing_fields"].map(
        lambda v: len(v) if isinstance(v, list | tuple | np.ndarray) else 0
    )
    rank = pd.to_numeric(out["priority_theme_rank"], errors="coerce")
    cost = pd.to_numeric(out["estimated_cost_eur"], errors="coerce")
    out = out.assign(_rank=rank.fillna(10**6), _missing=n_missing, _cost=-cost.fillna(0))
    out = out.sort_values(
        ["criteria_met", "_rank", "_missing", "_cost"],
        ascending=[False, True, True, True],
        kind="stable",
    )
    per_theme: dict[int, int] = {}
    authorities: set[tuple[int, str]] = set()
    flags_out, reasons = [], []
    need = config.shortlist_candidates_min_criteria
    cap = config.shortlist_candidates_per_theme
    read = ["criteria_met", "priority_theme_rank", "missing_criteria", "siren", "authority_name",
            "owner", "_row"]  # fmt: skip
    for rec in _records(out.assign(_row=out.index), read):
        met = int(rec["criteria_met"])
        theme = rec.get("priority_theme_rank")
        if theme is None or pd.isna(theme):
            flags_out.append(False)
            reasons.append(
                f"Non retenu : le levier de l'action n'est pas un thème prioritaire ({met}/3 "
                "critères remplis)."
            )
            continue
        theme = int(theme)
        if met < need:
            flags_out.append(False)
            reasons.append(
                f"Non retenu : {met}/3 critères remplis, il en faut au moins {need} "
                f"(manque : {rec['missing_criteria']})."
            )
            continue
        if per_theme.get(theme, 0) >= cap:
            flags_out.append(False)
            reasons.append(
                f"Non retenu : le thème prioritaire n° {theme} a déjà {cap} actions retenues "
                "mieux classées."
            )
            continue
        who = (theme, _who(rec))
        if who in authorities:
            flags_out.append(False)
            reasons.append(
                f"Non retenu : la même collectivité a déjà une action retenue sur le thème n° {theme} "
                "(diversité des collectivités)."
            )
            continue
        per_theme[theme] = per_theme.get(theme, 0) + 1
        authorities.add(who)
        flags_out.append(True)
        tail = (
            "les trois critères remplis"
            if met == 3
            else f"{met}/3 critères (manque : {rec['missing_criteria']})"
        )
        reasons.append(
            f"Retenu : {_ordinal(per_theme[theme], feminine=True)} action du thème prioritaire n° {theme}, {tail}."
        )
    out["shortlisted"] = flags_out
    out["shortlist_reason"] = reasons
    return out.drop(columns=["_rank", "_missing", "_cost"]).reset_index(drop=True)
