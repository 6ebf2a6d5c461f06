"""Candidate actions for the COP plan, checked against the three criteria (coherence,
potential, progress) with a French reason for each.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Mapping
from datetime import date
from typing import Any

import pandas as pd

from assets.diagnostic import matching as mt
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.frames import (
    MATURITY_STARTED,
    MATURITY_TO_START,
    _as_list,
    _col,
    _has_target,
    _levers,
    _redact,
    _region,
    as_records,
    fr_euros,
)
from sources.values import fold

CANDIDATE_COLUMNS = [
    "region_code", "origin", "candidate_id", "title", "lever_code", "thematic",
    "priority_theme_rank", "owner", "other_actors", "maturity", "estimated_cost_eur", "calendar",
    "financing", "coherence_ok", "potential_ok", "progress_ok", "missing_fields",
    "department_code", "authority_name", "source_file", "page",
    "coherence_reason", "potential_reason", "progress_reason", "n_authorities_same_action",
    "criteria_met", "missing_criteria", "shortlisted", "shortlist_reason",
]  # fmt: skip

# Missing-field labels (French, as shown to the COP teams).
MISSING_OWNER, MISSING_OTHER, MISSING_CALENDAR = "porteur", "autre acteur", "calendrier"
MISSING_FINANCING, MISSING_COST, MISSING_LEVER, MISSING_MATURITY = (
    "financement", "coût estimé", "levier", "maturité"
)  # fmt: skip


def _calendar(start: object, end: object) -> str | None:
    s = None if pd.isna(start) else int(start)
    e = None if pd.isna(end) else int(end)
    if s and e and e != s:
        return f"{s}–{e}"
    if s:
        return str(s) if e == s else f"À partir de {s}"
    if e:
        return f"Jusqu'en {e}"
    return None


# What the candidates read of ``priority_themes``: which lever holds which rank, where.
THEME_RANK_COLUMNS = ["region_code", "lever_code", "rank", "scope", "department_code"]


def theme_ranks(themes: pd.DataFrame | None) -> pd.DataFrame | None:
    """The columns of ``themes`` the candidates read (:data:`THEME_RANK_COLUMNS`), rows in
    order: new scores or rationales of the same ranked levers leave the candidates as they
    are, so the asset's reuse key is taken on this projection."""
    if themes is None:
        return None
    return themes[[c for c in THEME_RANK_COLUMNS if c in themes.columns]]


def cop_action_candidates(
    region_code: str,
    levers: pd.DataFrame,
    projects: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    themes: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
    *,
    input_keys: Mapping[str, str] | None = None,
) -> pd.DataFrame:
    """Candidate actions for the COP plan with the three inclusion criteria of seed 004.

    Rows: every questionnaire ``Projets`` row and every plan action that has a sheet
    (``has_body``). ``coherence_ok``: the lever is a priority theme of the region.
    ``potential_ok``: the lever has a 2030 target and (estimated cost ≥
    ``potential_cost_threshold_eur`` or ≥ ``replicable_min_territories`` territories already
    act on the lever). ``progress_ok``: a clear owner, at least one other actor, a calendar and
    known financing. ``missing_fields`` lists in French what a COP action sheet still lacks.
    Plan actions: owner = first owner, other actors = other owners + partners, cost and
    financing = total budget, maturity « Initié » once ``start_year`` ≤ reference year.
    ``input_keys``: content keys of ``levers``, ``projects`` and ``actions`` (by those names)
    computed before this call, when the caller has them.
    """
    config = config or DiagnosticConfig()
    themes = theme_ranks(themes)
    ref = _levers(levers).set_index("lever_code")
    # the candidates and the criteria their themes do not decide, kept between refreshes by
    # content (:mod:`assets.diagnostic.memo`): new theme ranks alone redo only what follows
    from assets.diagnostic import memo

    keys = input_keys or {}
    frames = [
        memo.known_frame(frame, frame, keys.get(name)) if frame is not None else None
        for name, frame in (("levers", levers), ("projects", projects), ("actions", actions))
    ]
    base = memo.cached(
        "candidate_rows",
        (region_code, *frames, config, date.today().year),
        lambda: _candidate_rows(region_code, ref, projects, actions, config),
    )
    if base is None:
        return pd.DataFrame(columns=CANDIDATE_COLUMNS)
    out = base.copy()
    # Regional lever themes hold for every candidate; a département theme (issue 17) only for
    # the candidates of that département.
    theme_rank: dict[str, int] = {}
    dept_rank: dict[tuple[str, str], int] = {}
    if themes is not None and not themes.empty and "lever_code" in themes.columns:
        t = _region(themes, region_code).dropna(subset=["lever_code"]).sort_values("rank")
        scope = _col(t, "scope", "region").fillna("region")
        for k, v, sc, d in zip(
            t["lever_code"], t["rank"], scope, _col(t, "department_code"), strict=True
        ):
            if sc == "departement":
                dept_rank.setdefault((str(d), k), int(v))
            else:
                theme_rank.setdefault(k, int(v))
    lever = out["lever_code"].where(out["lever_code"].notna(), None)
    regional_rank = lever.map(theme_rank)
    local_rank = pd.Series(
        [
            dept_rank.get((str(d), c)) if isinstance(c, str) else None
            for d, c in zip(_col(out, "department_code"), lever, strict=True)
        ],
        index=out.index,
        dtype=object,
    )
    out["priority_theme_rank"] = (
        pd.to_numeric(regional_rank, errors="coerce")
        .fillna(pd.to_numeric(local_rank, errors="coerce"))
        .astype("Int64")
    )
    out["_dept_theme"] = regional_rank.isna() & out["priority_theme_rank"].notna()
    out["coherence_ok"] = out["priority_theme_rank"].notna()
    out = _criteria_reasons(out, ref, config, which=("coherence",))
    from assets.diagnostic.shortlists import shortlist_candidates

    out = shortlist_candidates(out, config)
    return out[CANDIDATE_COLUMNS].reset_index(drop=True)


def _candidate_rows(
    region_code: str,
    ref: pd.DataFrame,
    projects: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    config: DiagnosticConfig,
) -> pd.DataFrame | None:
    """The candidates with what the themes do not decide (owner, cost, same-action count,
    potential and progress with their reasons, masked title and owner); ``None`` when
    there is none."""
    year = config.reference_year or date.today().year
    act = _region(actions, region_code)
    proj = _region(projects, region_code)
    rows: list[dict[str, Any]] = []
    # records of the columns read only (a record of every column cost more than the rules)
    for rec in _records(proj, _PROJECT_FIELDS) if not proj.empty else []:
        funding = rec.get("funding_obtained")
        funding = (
            None
            if funding is None or pd.isna(funding) or not str(funding).strip()
            else str(funding)
        )
        rows.append(
            {
                "origin": "questionnaire",
                "candidate_id": f"projet:{rec.get('source_file')}:{rec.get('title')}",
                "title": rec.get("title"),
                "lever_code": rec.get("lever_code"),
                "owner": rec.get("owner") or rec.get("authority_name"),
                "other_actors": _as_list(rec.get("partners")),
                "maturity": rec.get("maturity"),
                "estimated_cost_eur": rec.get("estimated_cost_eur"),
                "calendar": rec.get("calendar"),
                "financing": funding,
                "department_code": rec.get("department_code"),
                "authority_name": rec.get("authority_name"),
                "source_file": rec.get("source_file"),
                "page": None,
            }
        )
    if not act.empty:
        body = _col(act, "has_body", True).fillna(True).astype(bool)
        for rec in _records(act[body], _ACTION_FIELDS):
            owners = _as_list(rec.get("owners"))
            others = [o for o in owners[1:] + _as_list(rec.get("partners")) if o not in owners[:1]]
            budget = pd.to_numeric(rec.get("total_budget_eur"), errors="coerce")
            start = rec.get("start_year")
            maturity = None
            if start is not None and not pd.isna(start):
                maturity = MATURITY_STARTED if int(start) <= year else MATURITY_TO_START
            rows.append(
                {
                    "origin": "plan d'action",
                    "candidate_id": f"action:{rec.get('action_id')}",
                    "title": rec.get("title"),
                    "lever_code": rec.get("lever_code"),
                    "owner": owners[0] if owners else None,
                    "other_actors": list(dict.fromkeys(others)),
                    "maturity": maturity,
                    "estimated_cost_eur": budget,
                    "calendar": _calendar(rec.get("start_year"), rec.get("end_year")),
                    "financing": None
                    if pd.isna(budget)
                    else f"Budget prévu : {fr_euros(float(budget))}",
                    "department_code": rec.get("department_code"),
                    "authority_name": rec.get("territory_name"),
                    "source_file": rec.get("source_file"),
                    "page": rec.get("page"),
                }
            )
    if not rows:
        return None
    out = pd.DataFrame.from_records(rows)
    out["region_code"] = str(region_code)
    out["estimated_cost_eur"] = pd.to_numeric(out["estimated_cost_eur"], errors="coerce")
    lever = out["lever_code"].where(out["lever_code"].notna(), None)
    # the reference by dict (a Series lookup per candidate cost more than the rule)
    thematic = dict(zip(ref.index, ref["thematic"], strict=True))
    targeted = {c: _has_target(t) for c, t in zip(ref.index, ref["target_2030"], strict=True)}
    out["thematic"] = lever.map(lambda c: thematic[c] if c in thematic else None)
    has_target = lever.map(lambda c: c in targeted and targeted[c])
    big = out["estimated_cost_eur"] >= config.potential_cost_threshold_eur
    out["n_authorities_same_action"] = _same_action_authorities(out, config)
    replicable = out["n_authorities_same_action"] >= config.replicable_min_territories
    out["potential_ok"] = has_target.astype(bool) & (big | replicable)

    def filled(value: object) -> bool:
        return (
            value is not None
            and not (isinstance(value, float) and math.isnan(value))
            and bool(str(value).strip())
        )

    missing: list[list[str]] = []
    progress: list[bool] = []
    for rec in _records(out, _CHECKED_FIELDS):
        m = []
        if not filled(rec["owner"]):
            m.append(MISSING_OWNER)
        if not rec["other_actors"]:
            m.append(MISSING_OTHER)
        if not filled(rec["calendar"]):
            m.append(MISSING_CALENDAR)
        if not financing_identified(rec["financing"]):
            m.append(MISSING_FINANCING)
        progress.append(not m)
        if not filled(rec["estimated_cost_eur"]):
            m.append(MISSING_COST)
        if not filled(rec["lever_code"]):
            m.append(MISSING_LEVER)
        if not filled(rec["maturity"]):
            m.append(MISSING_MATURITY)
        missing.append(m)
    out["progress_ok"] = progress
    out["missing_fields"] = missing
    out = _criteria_reasons(out, ref, config, which=("potential", "progress"))
    out["page"] = pd.to_numeric(out["page"], errors="coerce").astype("Int64")
    for column in ("title", "owner"):
        out[column] = out[column].map(_redact)
    return out


# The input columns the candidate rows read (``rec.get`` gives None for a missing one).
_PROJECT_FIELDS = (
    "funding_obtained", "source_file", "title", "lever_code", "owner", "authority_name",
    "partners", "maturity", "estimated_cost_eur", "calendar", "department_code",
)  # fmt: skip
_ACTION_FIELDS = (
    "owners", "partners", "total_budget_eur", "start_year", "action_id", "title", "lever_code",
    "end_year", "department_code", "territory_name", "source_file",  "page",
)  # fmt: skip

_CHECKED_FIELDS = (
    "owner", "other_actors", "calendar", "financing", "estimated_cost_eur", "lever_code",
    "maturity",
)  # fmt: skip


def _records(df: pd.DataFrame, fields: tuple[str, ...]) -> list[dict[str, Any]]:
    """``df.to_dict("records")`` restricted to ``fields`` (each cell boxed as that gives it)."""
    return as_records(df[[c for c in fields if c in df.columns]])


# Financing that is not identified (seed 004: « sources possibles de financement »).
_NO_FINANCING_RE = re.compile(
    r"^(?:non\b|aucun|pas\s+(?:de|encore)|sans\b|a\s+(?:definir|preciser|determiner|rechercher"
    r"|trouver|financer)|en\s+(?:recherche|cours\s+de\s+recherche|attente)|nc\b|n/?c\b"
    r"|nr\b|inconnu|non\s+(?:connu|identifie|defini)|\?|-+$|0\b)"
)


def financing_identified(value: object) -> bool:
    """« Oui », « Partiel », « DSIL 40 % », « Budget prévu : 250 k€ » are identified; empty,
    « Non », « à définir », « 0 € » / « Budget prévu : 0 € » are not."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return False
    return _financing_text(str(value))


@functools.lru_cache(maxsize=65536)
def _financing_text(value: str) -> bool:
    """:func:`financing_identified` of a text, once per distinct text (the same « Oui »,
    « DSIL » and « à définir » recur across thousands of candidates)."""
    text = value.strip()
    if not text:
        return False
    loose = fold(text)
    loose = re.sub(r"^(?:budget\s+prevu|financement|montant)\s*:?\s*", "", loose)
    if _NO_FINANCING_RE.match(loose):
        return False
    from sources.values import parse_resources

    amount = parse_resources(loose).budget_eur
    return not (amount is not None and amount == 0 and re.search(r"\d", loose))


def _same_action_authorities(out: pd.DataFrame, config: DiagnosticConfig) -> pd.Series:
    """Per candidate: distinct authorities proposing the same or a close action (titles matching
    it directly, ``assets.diagnostic.matching``, across projects and plan actions, whatever the lever)."""
    who = _col(out, "authority_name").map(lambda v: fold(v) if isinstance(v, str) else None)
    who = who.fillna(_col(out, "owner").map(lambda v: fold(v) if isinstance(v, str) else None))
    counts = mt.same_action_counts(out["title"].tolist(), who.tolist(), config.title_similarity_min)
    return pd.Series(counts, index=out.index, dtype=int)


def _criteria_reasons(
    out: pd.DataFrame,
    ref: pd.DataFrame,
    config: DiagnosticConfig,
    which: tuple[str, ...] = ("coherence", "potential", "progress"),
) -> pd.DataFrame:
    """One French sentence per criterion (those in ``which``), beside its flag, saying what
    decided it."""
    threshold = fr_euros(config.potential_cost_threshold_eur)
    # the columns read, once as records (not ~30 columns per candidate); reference by dict
    read = ["lever_code", "priority_theme_rank", "department_code", "_dept_theme",
            "n_authorities_same_action", "estimated_cost_eur", "missing_fields", "owner",
            "calendar", "financing"]  # fmt: skip
    if which == ("coherence",):  # what the coherence sentence reads
        read = ["lever_code", "priority_theme_rank", "department_code", "_dept_theme"]
    labels = dict(zip(ref.index, ref["label"], strict=True))
    targets = dict(zip(ref.index, ref["target_2030"], strict=True))
    rows = as_records(out[[c for c in read if c in out.columns]])
    if "coherence" in which:
        out["coherence_reason"] = [_coherence_reason(rec, labels) for rec in rows]
    if "potential" in which:
        out["potential_reason"] = [
            _potential_reason(rec, targets, config, threshold) for rec in rows
        ]
    if "progress" in which:
        out["progress_reason"] = [_progress_reason(rec) for rec in rows]
    return out


def _coherence_reason(rec: dict[str, Any], labels: dict[str, Any]) -> str:
    """The coherence criterion's sentence for one candidate (its theme rank)."""
    code = rec["lever_code"] if isinstance(rec["lever_code"], str) else None
    label = labels.get(code) if code in labels else None
    rank = rec["priority_theme_rank"]
    if code is None:
        return "Levier non identifié : l'action ne peut pas être reliée à un thème prioritaire."
    elif pd.notna(rank):
        return f"Levier « {label or code} » : thème prioritaire n° {int(rank)} " + (
            f"du département {rec.get('department_code')}."
            if rec.get("_dept_theme")
            else "de la région."
        )
    else:
        return f"Le levier « {label or code} » ne figure pas parmi les thèmes prioritaires de la région."


def _potential_reason(
    rec: dict[str, Any], targets: dict[str, Any], config: DiagnosticConfig, threshold: str
) -> str:
    """The potential criterion's sentence for one candidate."""
    code = rec["lever_code"] if isinstance(rec["lever_code"], str) else None
    target = targets.get(code) if code in targets else None
    n_same = int(rec["n_authorities_same_action"])
    cost = rec["estimated_cost_eur"]
    if code is None:
        return "Levier non identifié : pas de cible 2030 à laquelle rapporter l'action."
    elif not _has_target(target):
        what = f" (« {str(target).strip()} »)" if isinstance(target, str) and target.strip() else ""
        return f"Le levier n'a pas de cible 2030 propre{what} : potentiel non établi."
    else:
        parts = []
        if pd.notna(cost) and cost >= config.potential_cost_threshold_eur:
            parts.append(f"coût estimé {fr_euros(float(cost))} ≥ {threshold}")
        if n_same >= config.replicable_min_territories:
            parts.append(
                f"action identique ou proche proposée par {n_same} collectivités (réplicable)"
            )
        if parts:
            return f"Levier doté d'une cible 2030 ; {' et '.join(parts)}."
        else:
            cost_text = (
                "coût inconnu"
                if pd.isna(cost)
                else f"coût estimé {fr_euros(float(cost))} < {threshold}"
            )
            return (
                f"Levier doté d'une cible 2030 mais {cost_text} et action proposée par une "
                f"seule collectivité (moins de {config.replicable_min_territories})."
            )


def _progress_reason(rec: dict[str, Any]) -> str:
    """The progress criterion's sentence for one candidate."""
    lacking = [
        m for m in rec["missing_fields"]
        if m in (MISSING_OWNER, MISSING_OTHER, MISSING_CALENDAR, MISSING_FINANCING)
    ]  # fmt: skip
    if not lacking:
        return (
            f"Porteur ({rec['owner']}), autre acteur, calendrier ({rec['calendar']}) et "
            f"financement ({rec['financing']}) identifiés."
        )
    else:
        detail = []
        for m in lacking:
            if (
                m == MISSING_FINANCING
                and isinstance(rec["financing"], str)
                and rec["financing"].strip()
            ):
                detail.append(
                    f"financement (« {rec['financing'].strip()} » n'est pas un financement identifié)"
                )
            else:
                detail.append(m)
        return "Manque : " + ", ".join(detail) + "."
