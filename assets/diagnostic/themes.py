"""Priority themes: transparent score per lever, regional stakes, rationale and uncertainty,
then the 5-10 themes put to the debate.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from assets.diagnostic import memo
from assets.diagnostic import statistics as st
from assets.diagnostic.config import FAMILY_LABELS, LEVER_THEME_TITLES, DiagnosticConfig
from assets.diagnostic.frames import (
    _answered,
    _authority_key,
    _col,
    _DepartmentSplit,
    _levers,
    _nonempty,
    _plural,
    _region,
    as_records,
    fr_euros,
    fr_number,
)
from assets.diagnostic.reuse import SliceKeys
from assets.diagnostic.state_of_play import _scope_rows, answered_rows, region_parts
from assets.diagnostic.theme_evidence import (
    _TIE_KEYS,
    _theme_uncertainty,
    _tie_sentence,
    _tied_with,
    _with_whole_tie_groups,
    has_theme_evidence,
)
from sources.reference import TRANSVERSE


def _target_counts(contract_targets: pd.DataFrame) -> pd.Series:
    if contract_targets.empty or "lever_code" not in contract_targets.columns:
        return pd.Series(dtype=int)
    return contract_targets.dropna(subset=["lever_code"]).groupby("lever_code").size()


def _authorities_concerned(
    responses: pd.DataFrame,
    projects: pd.DataFrame,
    config: DiagnosticConfig,
    keyed: bool = False,
) -> pd.Series:
    """Per lever: authorities judging it relevant, reporting a blocker or proposing a project
    (``responses``: answered rows; ``keyed`` when they already carry ``_who``)."""
    parts = []
    if not responses.empty:
        r = responses if keyed else responses.assign(_who=_authority_key(responses))
        score = pd.to_numeric(_col(r, "relevance_score"), errors="coerce")
        concerned = (score >= config.relevant_score_min) | _nonempty(_col(r, "blockers_text"))
        parts.append(r.loc[concerned, ["lever_code", "_who"]])
    if not projects.empty:
        p = projects.assign(_who=_authority_key(projects))
        parts.append(p[["lever_code", "_who"]])
    if not parts:
        return pd.Series(dtype=int)
    both = pd.concat(parts).dropna(subset=["lever_code"])
    return both.groupby("lever_code")["_who"].nunique()


def regional_stakes(region_code: str, targets: pd.DataFrame | None) -> pd.DataFrame:
    """Per lever of the region: share of the region's 2030 effort (0–1), kt CO₂e, rank of its
    SGPE lever by kt (1 = largest) and the number of SGPE levers ranked; from ``lever_targets``
    (the reference panorama when ``targets`` is None)."""
    if targets is None:
        from sources.sgpe_panorama import lever_targets

        targets = lever_targets(region_code)
    t = _region(targets, region_code)
    cols = ["share", "kt", "rank", "n_ranked"]
    if t.empty or "lever_code" not in t.columns:
        return pd.DataFrame(columns=cols, dtype=float)
    t = t.assign(
        kt=pd.to_numeric(t["kt_co2e_avoided_2030"], errors="coerce"),
        share=pd.to_numeric(t["share_of_regional_effort"], errors="coerce"),
    )
    sgpe = t.drop_duplicates("sgpe_lever_id") if "sgpe_lever_id" in t.columns else t
    ranks = sgpe["kt"].rank(ascending=False, method="min")
    by_id = dict(zip(sgpe.get("sgpe_lever_id", sgpe["lever_code"]), ranks, strict=True))
    t["rank"] = t.get("sgpe_lever_id", t["lever_code"]).map(by_id)
    t["n_ranked"] = len(sgpe)
    return t.drop_duplicates("lever_code").set_index("lever_code")[cols]


def _stake_sentence(row: dict[str, Any]) -> str | None:
    """Where the lever stands in the region's 2030 effort (SGPE regional panorama)."""
    share, kt = row.get("share_of_regional_effort"), row.get("kt_co2e_avoided_2030")
    if share is None or pd.isna(share) or kt is None or pd.isna(kt):
        return (
            "Le panorama régional SGPE ne chiffre pas ce levier : pas d'enjeu régional en kt CO₂e."
        )
    rank, n = row.get("stake_rank"), row.get("stake_n_ranked")
    where = (
        f", {int(rank)}ᵉ levier sur {int(n)} par l'effort"
        if rank is not None and not pd.isna(rank) and n
        else ""
    )
    return (
        f"Enjeu régional : {fr_number(kt, 0)} kt CO₂e à éviter en 2030, soit "
        f"{fr_number(share * 100, 1)} % de l'effort de la région selon le panorama SGPE{where}."
    )


def _theme_rationale(row: dict[str, Any], family: str | None) -> str:
    n = int(row["n_respondents"])
    sentences = []
    if n:
        s = (
            f"{_plural(n, 'collectivité a répondu', 'collectivités ont répondu')} sur ce levier : "
            f"pertinence moyenne {fr_number(row['mean_relevance'])}/4"
        )
        if not pd.isna(row["pct_relevant"]):
            s += f" ({fr_number(row['pct_relevant'], 0)} % le jugent pertinent)"
        s += f", déploiement moyen {fr_number(row['mean_deployment'])}/3"
        if not pd.isna(row["pct_deploying"]):
            s += f" ({fr_number(row['pct_deploying'], 0)} % déclarent des actions)"
        sentences.append(s + ".")
        gap = row["gap"]
        if not pd.isna(gap) and gap >= 0.15:
            sentences.append(
                f"L'écart entre pertinence et action engagée est marqué ({fr_number(gap * 100, 0)} "
                "points sur 100) : de nouvelles actions sont attendues."
            )
    else:
        sentences.append("Aucune collectivité n'a répondu sur ce levier au questionnaire.")
    if row["n_blockers"]:
        sentences.append(
            f"{_plural(int(row['n_blockers']), 'frein signalé', 'freins signalés')} par les "
            "collectivités."
        )
    n_act, n_terr, n_tgt = (
        int(row["n_actions"]),
        int(row["n_territories_with_actions"]),
        int(row["n_contract_targets"]),
    )
    if n_act:
        sentences.append(
            f"Les plans d'action comptent {_plural(n_act, 'action')} sur ce levier "
            f"({_plural(n_terr, 'territoire')}, budget connu {fr_euros(row['budget_eur'])})"
            + (
                f" et {_plural(n_tgt, 'objectif contractuel chiffré', 'objectifs contractuels chiffrés')}."
                if n_tgt
                else ", sans objectif contractuel chiffré."
            )
        )
    else:
        sentences.append(
            "Aucune action des plans lus ne porte sur ce levier"
            + (
                f" ({_plural(n_tgt, 'objectif contractuel chiffré', 'objectifs contractuels chiffrés')})."
                if n_tgt
                else " et aucun contrat n'en fixe d'objectif chiffré : la cible 2030 paraît lointaine."
            )
        )
    stake = _stake_sentence(row)
    if stake:
        sentences.append(stake)
    if family:
        sentences.append(f"Famille {family} : {FAMILY_LABELS[family].lower()}.")
    return " ".join(sentences)


def priority_themes(
    region_code: str,
    levers: pd.DataFrame,
    responses: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    projects: pd.DataFrame | None,
    contract_targets: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
    *,
    recipients: pd.DataFrame | None = None,
    regional_targets: pd.DataFrame | None = None,
    answered: pd.DataFrame | None = None,
    input_keys: Mapping[str, str] | None = None,
    region_stats: Callable[[], pd.DataFrame | None] | None = None,
    slice_keys: Mapping[str, SliceKeys] | None = None,
) -> pd.DataFrame:
    """``priority_themes``: regional lever themes (:func:`lever_themes`), shaped by what
    authorities wrote; then cross-cutting themes from recurring blockers and needs; then
    département themes where a département differs markedly from the region
    (:mod:`assets.diagnostic.text_themes` documents both rules). ``scope``, ``department_code``,
    ``theme_kind`` (levier / transversal) and ``theme_id`` tell them apart; ``rank`` orders
    the whole table (region levers by score, then cross-cutting themes, then each
    département's themes) so (region, rank) stays the key; ``scope_rank`` is the rank within
    its own list. ``answered``: :func:`answered_rows` of the region's responses when the
    caller has them (``None`` when the region has no response); ``input_keys``: content
    keys of the given frames by name, computed before this call (the region's scores then
    find the state of play's without hashing the frames again); ``region_stats``: a function
    giving ``families._score_stats`` of ``answered`` under ``config``, when the caller has it;
    ``slice_keys``: :class:`~assets.diagnostic.reuse.SliceKeys` of the given frames by name
    (the département parts' memo keys are then taken from them)."""
    from assets.diagnostic import text_themes as tt

    config = config or DiagnosticConfig()
    args = (levers, responses, actions, projects, contract_targets)
    kwargs = {"recipients": recipients, "regional_targets": regional_targets}
    # the region's lever scores once: the selection settings change which themes are kept,
    # never a score (the « every lever » list of the département rule reuses them)
    if responses is None or responses.empty:
        answered = None
    scores = lever_scores(
        region_code, *args, config, **kwargs, answered=answered, input_keys=input_keys,
        stats=region_stats if answered is not None else None,
    )  # fmt: skip
    themes = _themes_from_scores(region_code, scores, config)
    labels = dict(zip(levers["lever_code"], _levers(levers)["label"], strict=True))
    if answered is None:
        resp = _region(responses, region_code)
        resp = resp[_answered(resp)] if not resp.empty else resp
        who = _authority_key(resp) if not resp.empty else pd.Series(dtype=object)
    else:  # the same rows, with their key
        resp, who = answered, answered["_who"]
    found = tt.mentions(resp, who)
    themes = themes.copy()
    themes["scope"] = "region"
    themes["department_code"] = None
    themes["theme_kind"] = "levier"
    # the region's category shares once, not once per theme
    shares = tt.category_shares(found) if not found.empty else None
    by_lever = tt.rows_by_lever(found)
    summaries = [
        tt.lever_text_summary(found, c, labels, shares, by_lever) for c in themes["lever_code"]
    ]
    themes["lever_codes"] = [[c] for c in themes["lever_code"]]
    themes["quotes"] = [s["quotes"] for s in summaries]
    themes["n_authorities_citing"] = [max(s["categories"].values(), default=0) for s in summaries]
    themes["title"] = [
        f"{t} — {s['title_suffix']}" if s["title_suffix"] else t
        for t, s in zip(themes["title"], summaries, strict=True)
    ]
    themes["rationale"] = [
        f"{r} {s['sentence']}" if s["sentence"] else r
        for r, s in zip(themes["rationale"], summaries, strict=True)
    ]
    themes["theme_id"] = [f"R{int(r):02d}" for r in themes["rank"]]
    themes["scope_rank"] = themes["rank"]
    extra: list[dict[str, Any]] = []
    n_resp = int(who.nunique()) if not resp.empty else 0
    start = int(themes["rank"].max()) if not themes.empty else 0
    for i, row in enumerate(
        tt.cross_cutting_themes(region_code, found, n_resp, labels, config), start=1
    ):
        low, high = st.wilson_interval(row["n_authorities_citing"], n_resp)
        extra.append(
            {
                **row, "region_code": str(region_code), "scope": "region",
                "department_code": None, "rank": start + i, "theme_id": f"T{i:02d}",
                "scope_rank": i,
                "score_ci_low": round(100 * low, 2), "score_ci_high": round(100 * high, 2),
                "rank_min": start + i, "rank_max": start + i,
                "selection_confidence": st.FAMILY_SOLID,
            }
        )  # fmt: skip
    if config.max_department_themes > 0 and not resp.empty and "department_code" in resp.columns:
        scoring = tt.scoring_config(config)
        scored_region = _themes_from_scores(region_code, scores, scoring)
        by_dept = {}
        # each input's region rows and département keys once, not once per département
        frames = {
            "responses": responses, "actions": actions, "projects": projects,
            "contract_targets": contract_targets, "recipients": recipients,
        }  # fmt: skip
        split = {name: _DepartmentSplit(_region(df, region_code)) for name, df in frames.items()}
        # the answered rows with their keys once; a département's are a subset (row by row);
        # only when a département's themes are not kept (:mod:`assets.diagnostic.memo`)
        lazy: dict[str, _DepartmentSplit] = {}

        def dept_themes(
            dept: str, of: dict[str, pd.DataFrame | None], parts: dict[str, object]
        ) -> pd.DataFrame:
            if "keyed" not in lazy:
                lazy["keyed"] = _DepartmentSplit(
                    answered_rows(split["responses"].df) if answered is None else answered
                )
            # the département's content keys (``key_part``): its scope figures then have the
            # memo key the state of play gave them in this run, and are taken back, not
            # computed and hashed a second time
            dept_keys = {n: p.key for n, p in parts.items() if isinstance(p, memo.FrameKey)}
            dept_scores = lever_scores(
                region_code, levers, of["responses"], of["actions"], of["projects"],
                of["contract_targets"], scoring, recipients=of["recipients"],
                regional_targets=regional_targets, answered=lazy["keyed"].of(dept),
                input_keys=dept_keys or None,
            )  # fmt: skip
            return _themes_from_scores(region_code, dept_scores, scoring)

        def key_part(name: str, dept: str, frame: pd.DataFrame | None) -> object:
            """The département's rows as a memo key part: their content key from the
            input's :class:`~assets.diagnostic.reuse.SliceKeys` when the caller gave it and
            the region kept every row (same positions), else the rows themselves."""
            keys, source, part = (slice_keys or {}).get(name), frames[name], split[name]
            if keys is None or source is None or len(part.df) != len(source):
                return frame
            return memo.FrameKey(
                keys.of_department(
                    dept,
                    lambda: np.flatnonzero(part.keys == dept) if part.keys is not None else [],
                )
            )

        known = input_keys or {}
        levers_part = memo.FrameKey(known["levers"]) if "levers" in known else levers
        targets_part = (
            memo.FrameKey(known["lever_targets"])
            if "lever_targets" in known and regional_targets is not None
            else regional_targets
        )
        for dept in sorted(set(resp["department_code"].dropna().astype(str)) - {""}):
            of = {name: part.of(dept) for name, part in split.items()}
            named = {n: key_part(n, dept, of[n]) for n in sorted(of)}
            parts = (region_code, dept, levers_part, *named.values(), targets_part)
            by_dept[dept] = memo.cached(
                "department_themes",
                (*parts, scoring),
                lambda d=dept, o=of, k=named: dept_themes(d, o, k),
            )
        last = start + len(extra)
        for row in tt.department_themes(
            region_code, scored_region, by_dept, set(themes["lever_code"].dropna()), labels, config
        ):
            row["theme_id"] = f"D{row['department_code']}-{int(row['rank']):02d}"
            row["scope_rank"] = int(row["rank"])
            last += 1
            row["rank"] = last  # unique within the region: the table's key is (region, rank)
            row["rank_min"] = row["rank_max"] = last
            row["lever_codes"] = [row["lever_code"]]
            extra.append(row)
    if extra:
        themes = pd.concat([themes, pd.DataFrame.from_records(extra)], ignore_index=True)
    for column in ("lever_codes", "quotes", "categories"):
        if column in themes.columns:
            themes[column] = themes[column].map(lambda v: v if isinstance(v, list) else [])
    themes["rank"] = pd.to_numeric(themes["rank"], errors="coerce").astype("Int64")
    return themes.reset_index(drop=True)


def lever_themes(
    region_code: str,
    levers: pd.DataFrame,
    responses: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    projects: pd.DataFrame | None,
    contract_targets: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
    *,
    recipients: pd.DataFrame | None = None,
    regional_targets: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """5–10 priority themes (one per lever), ranked by a transparent score 0–100.

    score = 100 × Σ wᵢ·cᵢ / Σ wᵢ with components cᵢ ∈ [0, 1]: relevance (mean/4), deployment
    gap (relevance/4 − deployment/3, floored at 0), blockers (count / regional max),
    authorities concerned (count / regional max), distance to the 2030 target (1 − coverage by
    contract targets and plan actions, saturating at ``targets_saturation`` /
    ``actions_saturation``), regional stake (the lever's ``share_of_regional_effort`` in
    ``regional_targets`` — the SGPE regional panorama, read from the reference when not given — over
    the region's largest share; 0 when the panorama has no figure for it). The weighted components are published (``score_*``) so each score
    can be re-added. Only levers with at least one answer, action or project compete; themes
    at or above ``theme_min_score`` are kept, within [min_themes, max_themes], with at most
    ``max_themes_per_thematic`` per thematic (relaxed when too few themes remain).
    """
    config = config or DiagnosticConfig()
    scores = lever_scores(
        region_code, levers, responses, actions, projects, contract_targets, config,
        recipients=recipients, regional_targets=regional_targets,
    )  # fmt: skip
    return _themes_from_scores(region_code, scores, config)


def lever_scores(
    region_code: str,
    levers: pd.DataFrame,
    responses: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    projects: pd.DataFrame | None,
    contract_targets: pd.DataFrame | None,
    config: DiagnosticConfig,
    *,
    recipients: pd.DataFrame | None = None,
    regional_targets: pd.DataFrame | None = None,
    answered: pd.DataFrame | None = None,
    input_keys: Mapping[str, str] | None = None,
    stats: Callable[[], pd.DataFrame | None] | None = None,
) -> tuple[pd.DataFrame, list[str]]:
    """Every lever's state of play, score components and score (:func:`lever_themes`), and
    the component names; no selection, so it holds for any theme count or cap.
    ``answered``: :func:`answered_rows` of the region's ``responses``, when already known;
    ``stats``: a function giving ``families._score_stats`` of those rows (only with them)."""
    ref = _levers(levers)
    ref = ref[ref["lever_code"] != TRANSVERSE]
    resp = _region(responses, region_code)
    act, proj = _region(actions, region_code), _region(projects, region_code)
    targets = _region(contract_targets, region_code)
    if answered is None or resp.empty:
        stats = None  # only the figures of the caller's rows
    if resp.empty:
        answered = None
    elif answered is None:  # once for both readers
        answered = answered_rows(resp)
    rec = _region(recipients, region_code)
    known = region_parts(
        input_keys, recipients=(rec, recipients), responses=(resp, responses),
        actions=(act, actions), projects=(proj, projects),
    )  # fmt: skip
    sop = _scope_rows(
        region_code, "region", None, ref, rec, resp, act, proj, config, answered=answered,
        known=known, stats=stats,
    )  # fmt: skip
    sop["n_contract_targets"] = sop["lever_code"].map(_target_counts(targets)).fillna(0).astype(int)
    concerned = _authorities_concerned(
        resp if answered is None else answered, proj, config, keyed=answered is not None
    )
    sop["n_authorities"] = sop["lever_code"].map(concerned).fillna(0).astype(int)
    rel = (sop["mean_relevance"] / 4).clip(0, 1)
    dep = (sop["mean_deployment"] / 3).clip(0, 1)
    sop["gap"] = (rel - dep).clip(lower=0)
    max_blockers = max(int(sop["n_blockers"].max() or 0), 1)
    max_auth = max(int(sop["n_authorities"].max() or 0), 1)
    coverage = 0.5 * (sop["n_contract_targets"] / max(config.targets_saturation, 1)).clip(
        upper=1
    ) + (0.5 * (sop["n_actions"] / max(config.actions_saturation, 1)).clip(upper=1))
    components = {
        "relevance": rel.fillna(0),
        "deployment_gap": sop["gap"].fillna(0),
        "blockers": sop["n_blockers"] / max_blockers,
        "authorities": sop["n_authorities"] / max_auth,
        "target_distance": 1 - coverage,
    }
    stake = regional_stakes(region_code, regional_targets)
    sop["share_of_regional_effort"] = sop["lever_code"].map(stake["share"])
    sop["kt_co2e_avoided_2030"] = sop["lever_code"].map(stake["kt"])
    sop["stake_rank"] = sop["lever_code"].map(stake["rank"])
    sop["stake_n_ranked"] = sop["lever_code"].map(stake["n_ranked"])
    max_share = float(stake["share"].max()) if not stake.empty else 0.0
    components["regional_stake"] = (
        (sop["share_of_regional_effort"] / max_share).fillna(0).clip(0, 1)
        if max_share > 0
        else pd.Series(0.0, index=sop.index)
    )
    total_weight = sum(config.weights.values()) or 1.0
    score = pd.Series(0.0, index=sop.index)
    for name, value in components.items():
        contribution = 100 * config.weights[name] * value / total_weight
        sop[f"score_{name}"] = contribution.round(2)
        score += contribution
    sop["score"] = score.round(2)
    return sop, list(components)


def _themes_from_scores(
    region_code: str, scores: tuple[pd.DataFrame, list[str]], config: DiagnosticConfig
) -> pd.DataFrame:
    """The themes kept from the scored levers (rules in :func:`lever_themes`)."""
    sop, components = scores[0].copy(), scores[1]
    sop["_eligible"] = has_theme_evidence(sop, config)
    order = sop.sort_values(
        ["_eligible", *_TIE_KEYS],
        ascending=[False] * (1 + len(_TIE_KEYS)),
        kind="stable",
    )
    chosen: list[int] = []
    per_thematic: dict[str, int] = {}
    cap = config.max_themes_per_thematic or 10**6
    # the cells the selection reads, column by column (not a row Series per lever)
    eligible = dict(zip(order.index, order["_eligible"].tolist(), strict=True))
    rows = zip(order.index, order["score"].tolist(), order["thematic"].tolist(), strict=True)
    for idx, score, thematic in rows:  # first pass: thresholds and diversity
        if len(chosen) >= config.max_themes:
            break
        if not eligible[idx] or score < config.theme_min_score:
            continue
        if per_thematic.get(thematic, 0) >= cap:
            continue
        chosen.append(idx)
        per_thematic[thematic] = per_thematic.get(thematic, 0) + 1
    for idx in order.index:  # then fill up to the minimum, best scores first, evidence only
        if len(chosen) >= config.min_themes:
            break
        if idx not in chosen and eligible[idx]:
            chosen.append(idx)
    chosen = _with_whole_tie_groups(order, chosen)
    kept = set(chosen)
    picked = order.loc[[i for i in order.index if i in kept]]
    tied = _tied_with(picked)
    records = []
    for rank, row in enumerate(as_records(picked), start=1):
        evidence = {
            "n_respondents": int(row["n_respondents"]),
            "mean_relevance": None
            if pd.isna(row["mean_relevance"])
            else float(row["mean_relevance"]),
            "mean_deployment": None
            if pd.isna(row["mean_deployment"])
            else float(row["mean_deployment"]),
            "n_blockers": int(row["n_blockers"]),
            "n_actions": int(row["n_actions"]),
            "n_territories_with_actions": int(row["n_territories_with_actions"]),
            "n_contract_targets": int(row["n_contract_targets"]),
            "n_authorities": int(row["n_authorities"]),
            "n_exemplary_projects": int(row["n_exemplary_projects"]),
            "share_of_regional_effort": None
            if pd.isna(row["share_of_regional_effort"])
            else float(row["share_of_regional_effort"]),
        }
        records.append(
            {
                "region_code": str(region_code),
                "rank": rank,
                "lever_code": row["lever_code"],
                "theme": row["lever_label"],
                "thematic": row["thematic"],
                "family": row["family"],
                "title": LEVER_THEME_TITLES.get(row["lever_code"], row["lever_label"]),
                "score": row["score"],
                **{f"score_{name}": row[f"score_{name}"] for name in components},
                "rationale": _theme_rationale(row, row["family"])
                + _tie_sentence(tied[row["lever_code"]]),
                "tied_with": ";".join(tied[row["lever_code"]]) or None,
                "evidence": json.dumps(evidence, ensure_ascii=False),
                "n_respondents": int(row["n_respondents"]),
                "mean_relevance": row["mean_relevance"],
                "mean_deployment": row["mean_deployment"],
                "n_blockers": int(row["n_blockers"]),
                "n_actions": int(row["n_actions"]),
                "n_authorities": int(row["n_authorities"]),
                "n_contract_targets": int(row["n_contract_targets"]),
                "share_of_regional_effort": row["share_of_regional_effort"],
                "kt_co2e_avoided_2030": row["kt_co2e_avoided_2030"],
            }
        )
    if records:
        themes = pd.DataFrame.from_records(records)
    else:  # too little evidence: no theme, but the table keeps its columns
        themes = pd.DataFrame(columns=_theme_columns(list(components)))
    return _theme_uncertainty(themes, sop, order, chosen, config)


def _theme_columns(components: list[str]) -> list[str]:
    return [
        "region_code", "rank", "lever_code", "theme", "thematic", "family", "title", "score",
        *[f"score_{name}" for name in components], "rationale", "tied_with", "evidence",
        "n_respondents", "mean_relevance", "mean_deployment", "n_blockers", "n_actions",
        "n_authorities", "n_contract_targets", "share_of_regional_effort", "kt_co2e_avoided_2030",
    ]  # fmt: skip
