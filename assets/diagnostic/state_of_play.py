"""State of play per lever, for the region and for each département."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping

import numpy as np
import pandas as pd

from assets.diagnostic import statistics as st
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.exemplary import _project_rows, title_groups
from assets.diagnostic.families import _classify, _score_stats
from assets.diagnostic.frames import (
    _answered,
    _as_string,
    _authority_key,
    _col,
    _KeyMask,
    _levers,
    _region,
    as_records,
)
from assets.diagnostic.reuse import SliceKeys


def answered_rows(responses: pd.DataFrame) -> pd.DataFrame:
    """Answered rows of ``responses`` with the respondent's key ``_who`` (computed once per
    scope: the statistics, the response rate and the theme scores all read it)."""
    return responses[_answered(responses)].assign(_who=_authority_key)


def _recipient_keys(recipients: pd.DataFrame) -> pd.Series:
    return _authority_key(recipients.rename(columns={"name": "authority_name"}))


def _scope_rows(
    region_code: str,
    scope: str,
    department_code: str | None,
    ref: pd.DataFrame,
    recipients: pd.DataFrame,
    responses: pd.DataFrame,
    actions: pd.DataFrame,
    projects: pd.DataFrame,
    config: DiagnosticConfig,
    answered: pd.DataFrame | Callable[[], pd.DataFrame | None] | None = None,
    known: tuple[object, ...] | None = None,
    stats: Callable[[], pd.DataFrame | None] | None = None,
    ref_part: object | None = None,
) -> pd.DataFrame:
    """One scope's state of play per lever; ``answered`` (:func:`answered_rows` of
    ``responses``) when the caller already has it (or a function giving it); ``known``: the
    memo key parts of (recipients, responses, actions, projects) when the caller holds their
    content keys (:func:`region_parts`); ``stats``: a function giving ``_score_stats`` of
    those answered rows under ``config`` (or ``None``), when the caller has it;
    ``ref_part``: ``ref``'s memo key part when the caller computed it (the same key).

    Kept between refreshes by content (:mod:`assets.diagnostic.memo`): a département whose
    rows did not change is not recomputed, and a scope computed for the state of play serves
    the theme scores of the same run (the region's lever scores, and a département's scores
    for its themes: the figures before the scope's labels and bases, :func:`_scope_figures`,
    depend on neither the scope's name nor the theme-selection settings)."""
    from assets.diagnostic import memo

    config = scope_config(config)

    def compute() -> pd.DataFrame:
        given = answered() if callable(answered) else answered
        known_stats = stats() if stats is not None and given is not None else None
        return _scope_figures(
            ref, recipients, responses, actions, projects, config, given, stats=known_stats
        )

    frames = known if known is not None else (recipients, responses, actions, projects)
    parts = (ref if ref_part is None else ref_part, *frames, config)
    figures = memo.cached("scope_figures", parts, compute)
    return _label_scope(figures, region_code, scope, department_code, config)


# Settings that only choose which themes are kept (``text_themes.scoring_config`` lifts them
# to score every lever): no scope of the state of play reads them.
_THEME_SELECTION_FIELDS = (
    "theme_min_score", "min_themes", "max_themes", "max_themes_per_thematic",
    "max_cross_cutting_themes", "max_department_themes",
)  # fmt: skip


def scope_config(config: DiagnosticConfig) -> DiagnosticConfig:
    """``config`` with the theme-selection settings at their defaults: a scope computed for
    the state of play and the same scope scored for the département themes (under
    ``scoring_config``) then share one memo key, so one computation serves both."""
    defaults = DiagnosticConfig()
    return dataclasses.replace(
        config, **{name: getattr(defaults, name) for name in _THEME_SELECTION_FIELDS}
    )


def region_parts(
    input_keys: Mapping[str, str] | None, **frames: tuple[pd.DataFrame, pd.DataFrame | None]
) -> tuple[object, ...] | None:
    """The memo key parts of the region's frames (name → (region rows, input frame)), in
    the order given: the input's content key where the region kept all its rows
    (:func:`assets.diagnostic.memo.known_frame`); ``None`` without keys."""
    if not input_keys:
        return None
    from assets.diagnostic import memo

    return tuple(
        memo.known_frame(region, source, input_keys.get(name))
        for name, (region, source) in frames.items()
    )


def _compute_scope_rows(
    region_code: str,
    scope: str,
    department_code: str | None,
    ref: pd.DataFrame,
    recipients: pd.DataFrame,
    responses: pd.DataFrame,
    actions: pd.DataFrame,
    projects: pd.DataFrame,
    config: DiagnosticConfig,
    answered: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """:func:`_scope_rows` computed."""
    figures = _scope_figures(ref, recipients, responses, actions, projects, config, answered)
    return _label_scope(figures, region_code, scope, department_code, config)


def _scope_figures(
    ref: pd.DataFrame,
    recipients: pd.DataFrame,
    responses: pd.DataFrame,
    actions: pd.DataFrame,
    projects: pd.DataFrame,
    config: DiagnosticConfig,
    answered: pd.DataFrame | None,
    stats: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """A scope's figures per lever (answers, actions, projects, response rate, family) before
    its bases and labels (:func:`_label_scope`); ``stats``: ``_score_stats`` of ``answered``
    under ``config`` when the caller has it (ignored without ``answered``)."""
    rec_keys = set(_recipient_keys(recipients)) if not recipients.empty else set()
    n_recipients = len(rec_keys)
    if answered is None and not responses.empty:
        answered = answered_rows(responses)
        stats = None
    if stats is None or responses.empty:
        stats = _score_stats(responses, config, answered=answered)
    # Respondents who are also recipients, per lever: keeps response_rate ≤ 1.
    if not responses.empty:
        matched = answered[answered["_who"].isin(rec_keys)].groupby("lever_code")["_who"].nunique()
    else:
        matched = pd.Series(dtype=float)
    act = actions
    if not act.empty:
        act = act.assign(
            territory_name=_col(act, "territory_name"),
            total_budget_eur=pd.to_numeric(_col(act, "total_budget_eur"), errors="coerce"),
            annual_budget_eur=pd.to_numeric(_col(act, "annual_budget_eur"), errors="coerce"),
        )
        act_stats = act.groupby("lever_code").agg(
            n_actions=("lever_code", "size"),
            n_territories_with_actions=(
                "territory_name",
                lambda s: s.dropna().astype(str).str.strip().replace("", np.nan).nunique(),
            ),
            budget_eur=(
                "total_budget_eur",
                lambda s: pd.to_numeric(s, errors="coerce").sum(min_count=1),
            ),
            annual_budget_eur=(
                "annual_budget_eur",
                lambda s: pd.to_numeric(s, errors="coerce").sum(min_count=1),
            ),
        )
    else:
        act_stats = pd.DataFrame(
            columns=["n_actions", "n_territories_with_actions", "budget_eur", "annual_budget_eur"]
        )
    proj_counts = _merged_project_counts(responses, projects, config)
    df = ref.merge(stats, on="lever_code", how="left")
    df = df.merge(act_stats, left_on="lever_code", right_index=True, how="left")
    for column in (
        "n_respondents",
        "n_scored",
        "n_blockers",
        "n_exemplary_answers",
        "n_actions",
        "n_territories_with_actions",
    ):
        df[column] = pd.to_numeric(df[column], errors="coerce").fillna(0).astype(int)
    df["budget_eur"] = pd.to_numeric(df["budget_eur"], errors="coerce")
    df["annual_budget_eur"] = pd.to_numeric(df["annual_budget_eur"], errors="coerce")
    # no action, or no action with a budget: the budget is unknown (empty), never 0
    df["n_exemplary_projects"] = df["lever_code"].map(proj_counts).fillna(0).astype(int)
    n_matched = df["lever_code"].map(matched).fillna(0)
    df["response_rate"] = (n_matched / n_recipients).round(4) if n_recipients else np.nan
    df["family"] = [
        _classify(r, d, n, config)
        for r, d, n in zip(df["mean_relevance"], df["mean_deployment"], df["n_scored"], strict=True)
    ]
    df["n_recipients"] = n_recipients
    return df


def _label_scope(
    figures: pd.DataFrame,
    region_code: str,
    scope: str,
    department_code: str | None,
    config: DiagnosticConfig,
) -> pd.DataFrame:
    """The scope's bases, family confidence, labels and rounding on its figures (a copy)."""
    df = figures.copy()
    n_recipients = df.pop("n_recipients")
    df = _apply_bases(df, scope, config)
    df["region_code"] = str(region_code)
    df["scope"] = scope
    df["department_code"] = department_code
    df["n_recipients"] = n_recipients
    df = df.rename(columns={"label": "lever_label"})
    for column, digits in (
        ("mean_relevance", 2),
        ("mean_deployment", 2),
        ("pct_relevant", 1),
        ("pct_deploying", 1),
    ):
        df[column] = pd.to_numeric(df[column], errors="coerce").round(digits)
    return df


STATE_OF_PLAY_COLUMNS = [
    "region_code", "scope", "department_code", "lever_code", "lever_label", "theme", "thematic",
    "n_recipients", "n_respondents", "response_rate", "mean_relevance", "pct_relevant",
    "mean_deployment", "pct_deploying", "n_actions", "n_territories_with_actions", "budget_eur",
    "n_blockers", "n_exemplary_projects", "family", "target_2030",
    # bases and uncertainty (issue 22)
    *st.BASE_COLUMNS, "small_sample", "family_confidence", "annual_budget_eur",
]  # fmt: skip


def _merged_project_counts(
    responses: pd.DataFrame, projects: pd.DataFrame, config: DiagnosticConfig
) -> pd.Series:
    """Per lever, projects put forward once merged (free text and « Projets » rows): the
    rows of :func:`merge_projects` per lever, counted from the groups alone (a group's rows
    share their lever, so its merged row has it), without merging their fields."""
    rows = _project_rows(responses, projects, pd.DataFrame(), config)
    if rows.empty:
        return pd.Series(dtype=int)
    df = rows.reset_index(drop=True)
    groups = pd.Series(title_groups(df, config))
    known = df["lever_code"].notna().to_numpy()
    return groups[known].groupby(df["lever_code"].to_numpy()[known]).nunique()


def _apply_bases(df: pd.DataFrame, scope: str, config: DiagnosticConfig) -> pd.DataFrame:
    """Scored bases, rounded intervals, « échantillon faible » and the family's confidence.

    A département row under ``min_scored_answers`` on either axis gets no family of its own
    (its figures stay published, flagged): the regional family is the one to read.
    """
    for column in ("n_scored_relevance", "n_scored_deployment"):
        if column not in df.columns:
            df[column] = 0
        df[column] = pd.to_numeric(df[column], errors="coerce").fillna(0).astype(int)
    for column in st.BASE_COLUMNS[2:]:
        if column not in df.columns:
            df[column] = np.nan
        digits = 1 if column.startswith("pct_") else 2
        df[column] = pd.to_numeric(df[column], errors="coerce").round(digits)
    smallest = df[["n_scored_relevance", "n_scored_deployment"]].min(axis=1)
    df["small_sample"] = (smallest < config.min_scored_answers) & (
        df[["n_scored_relevance", "n_scored_deployment"]].max(axis=1) > 0
    )
    if scope == "departement":
        df["family"] = df["family"].where(~df["small_sample"], None)
    df["family_confidence"] = [
        st.family_confidence(
            row, row["family"], config.family_relevance_threshold,
            config.family_deployment_threshold, config.min_scored_answers,
        )
        for row in as_records(df)
    ]  # fmt: skip
    return df


def state_of_play(
    region_code: str,
    levers: pd.DataFrame,
    recipients: pd.DataFrame | None,
    responses: pd.DataFrame | None,
    actions: pd.DataFrame | None,
    projects: pd.DataFrame | None,
    config: DiagnosticConfig | None = None,
    *,
    answered: pd.DataFrame | None = None,
    input_keys: Mapping[str, str] | None = None,
    region_stats: Callable[[], pd.DataFrame | None] | None = None,
    slice_keys: Mapping[str, SliceKeys] | None = None,
) -> pd.DataFrame:
    """``lever_state_of_play``: every lever for the region, then for each of its départements.

    Départements are those seen in recipients, answers, projects or actions. ``response_rate``
    counts only respondents found in the recipients list (so it stays ≤ 1); ``n_respondents``
    counts everyone who answered the lever. ``budget_eur`` sums known action budgets (null
    when the lever has actions but none with a budget: unknown is not zero). ``answered``:
    :func:`answered_rows` of the region's responses when the caller has them;
    ``input_keys``: content keys of the given frames by name (``recipients``, ``responses``,
    ``actions``, ``projects``), computed before this call, when the caller has them;
    ``region_stats``: a function giving ``families._score_stats`` of ``answered`` under
    ``config`` (shared with the families), only read with ``answered``; ``slice_keys``:
    :class:`~assets.diagnostic.reuse.SliceKeys` of the given frames by name (the
    départements' memo keys are then taken from them).
    """
    config = config or DiagnosticConfig()
    ref = _levers(levers)
    rec, resp = _region(recipients, region_code), _region(responses, region_code)
    act, proj = _region(actions, region_code), _region(projects, region_code)
    # answered rows and their keys once for the region; a département's are a subset (both
    # are row by row)
    # (computed only when a scope is not kept: :mod:`assets.diagnostic.memo`)
    lazy: dict[str, pd.DataFrame | pd.Series | None] = {}
    if answered is not None and not resp.empty:
        lazy["rows"] = answered

    def answered_region() -> pd.DataFrame | None:
        if "rows" not in lazy:
            mask = _answered(resp) if not resp.empty else None
            lazy["mask"] = mask
            lazy["rows"] = resp[mask].assign(_who=_authority_key) if mask is not None else None
        return lazy["rows"]

    known = region_parts(
        input_keys, recipients=(rec, recipients), responses=(resp, responses),
        actions=(act, actions), projects=(proj, projects),
    )  # fmt: skip
    from assets.diagnostic import memo, reuse

    # the lever reference's memo key part once for every scope (hashed again by each
    # scope's key: ~35 ms a time, 12 scopes on a large region), the same key bytes
    ref_part = memo.FrameKey(reuse.frame_key(ref)) if memo.is_active() else None
    frames = [
        _scope_rows(
            region_code,
            "region",
            None,
            ref,
            rec,
            resp,
            act,
            proj,
            config,
            answered=answered_region,
            known=known,
            stats=region_stats if answered is not None else None,
            ref_part=ref_part,
        )  # fmt: skip
    ]
    depts: set[str] = set()
    for df in (rec, resp, act, proj):
        if not df.empty and "department_code" in df.columns:
            # the distinct codes only (the same set as every row's code, converted)
            codes = pd.Series(pd.unique(df["department_code"].dropna()), dtype=object)
            depts |= set(codes.astype(str).str.strip()) - {""}

    # each frame's département keys once (stripped text), not once per département
    keys = [
        _as_string(df["department_code"], strip=True)
        if not df.empty and "department_code" in df.columns
        else None
        for df in (rec, resp, act, proj)
    ]

    masks = [None if k is None else _KeyMask(k) for k in keys]

    def of(k: int, dept: str) -> pd.DataFrame:
        df = (rec, resp, act, proj)[k]
        return df.iloc[0:0] if masks[k] is None else df[masks[k] == dept]

    def answered_of(dept: str) -> pd.DataFrame | None:
        rows = answered_region()
        if rows is None or keys[1] is None:
            return None
        if "keys" not in lazy:
            # the answered rows' keys (their labels are those of ``resp``'s rows)
            lazy["keys"] = _KeyMask(
                keys[1][lazy["mask"]] if "mask" in lazy else keys[1].loc[rows.index]
            )
        return rows[lazy["keys"] == dept]

    sources = (("recipients", recipients), ("responses", responses), ("actions", actions),
               ("projects", projects))  # fmt: skip
    given = [(slice_keys or {}).get(name) for name, _ in sources]
    # a département's memo key parts from the inputs' slice keys: only when the caller gave
    # all four and the region kept every row of each (the same positions)
    sliced = all(
        keys is not None and source is not None and len(df) == len(source)
        for keys, (_, source), df in zip(given, sources, (rec, resp, act, proj), strict=True)
    )

    def known_of(dept: str) -> tuple[object, ...] | None:
        if not sliced:
            return None
        from assets.diagnostic import memo

        return tuple(
            memo.FrameKey(
                keys.of_department(
                    dept,
                    lambda k=k: np.flatnonzero(masks[k] == dept) if masks[k] is not None else [],
                )
            )
            for k, keys in enumerate(given)
        )

    for dept in sorted(depts):
        frames.append(
            _scope_rows(
                region_code,
                "departement",
                dept,
                ref,
                of(0, dept),
                of(1, dept),
                of(2, dept),
                of(3, dept),
                config,
                answered=lambda dept=dept: answered_of(dept),
                known=known_of(dept),
                ref_part=ref_part,
            )  # fmt: skip
        )
    out = pd.concat(frames, ignore_index=True)
    out["department_code"] = (
        out["department_code"].astype(object).where(out["department_code"].notna(), None)
    )
    return out[STATE_OF_PLAY_COLUMNS]
