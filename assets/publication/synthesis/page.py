"""The public synthesis of the regional diagnostic: one self-contained French HTML page.

Seed 004 asks for a short public synthesis that feeds the debate: key messages per thematic,
the three families of levers, the priority themes, what is already done (exemplary projects),
who answered. Everything is inline (CSS, SVG charts written by charts.py) so the file can be
mailed or put online as is; every input text is escaped by Jinja2's autoescape.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd
from jinja2 import Environment

from assets.diagnostic.config import FAMILY_LABELS, DiagnosticConfig
from assets.diagnostic.frames import fr_euros, fr_number
from assets.diagnostic.statistics import FAMILY_BORDERLINE
from assets.diagnostic.theme_evidence import theme_evidence_note
from assets.publication.synthesis.charts import (
    FAMILY_COLORS,
    _short,
    compact_chart_keys,
    coverage_chart_svg,
    families_chart_svg,
    previous_charts,
)
from assets.publication.synthesis.departments import department_view
from assets.publication.synthesis.messages import fragility_notes, thematic_messages
from assets.publication.synthesis.sections import (
    _frame,
    _num,
    candidates_section,
    data_quality_section,
    document_counts,
    document_kpi_label,
    targets_review,
)
from assets.publication.synthesis.template import _TEMPLATE
from sources.reference import THEMATICS

__all__ = ["build_synthesis_html"]

_ORIGIN_LABELS = {
    "projet": "Fiche projet",
    "questionnaire": "Questionnaire",
    "plan d'action": "Plan d'action",
}


# ----------------------------------------------------------------------------- helpers


def _pct(value: object, ratio: bool = False) -> str:
    v = _num(value)
    if math.isnan(v):
        return "n.d."
    return f"{fr_number(v * 100 if ratio else v, 0)} %"


_DOCUMENT_TABLES = ("actions", "contract_targets", "referential_scores")
_DOCUMENT_TYPES = ("action_plan", "cot")


def documents_read(tables: Mapping[str, pd.DataFrame]) -> set[str]:
    """Plans and contracts read: files that gave actions, targets or referential scores, and
    plan/contract files of the ingestion report (loaded or unchanged), whatever they yielded."""
    files: set[str] = set()
    for name in _DOCUMENT_TABLES:
        df = tables.get(name)
        if df is not None and not df.empty and "source_file" in df.columns:
            files |= set(df["source_file"].dropna().astype(str))
    report = tables.get("ingestion_report")
    if report is not None and not report.empty and {"detected_type", "status"} <= set(report):
        ok = report["status"].isin(["loaded", "unchanged"]) & report["detected_type"].isin(
            _DOCUMENT_TYPES
        )
        files |= set(report.loc[ok, "source_file"].dropna().astype(str))
    return files


def _theme_uncertainty_meta(r: Mapping[str, Any]) -> dict[str, Any]:
    """Interval, plausible ranks, « à la limite » and base of one theme, for the template."""
    low, high = _num(r.get("score_ci_low")), _num(r.get("score_ci_high"))
    interval = (
        f"IC 95 % {fr_number(low, 0)}–{fr_number(high, 0)}"
        if not (math.isnan(low) or math.isnan(high))
        else ""
    )
    r_min, r_max = _num(r.get("rank_min")), _num(r.get("rank_max"))
    ranks = (
        f"{int(r_min)} à {int(r_max)}"
        if not (math.isnan(r_min) or math.isnan(r_max)) and r_max > r_min
        else ""
    )
    n_rel, n_dep = _num(r.get("n_scored_relevance")), _num(r.get("n_scored_deployment"))
    base = ""
    if not math.isnan(n_rel):
        base = f"{int(n_rel)} réponses notées (pertinence), {int(n_dep)} (déploiement)"
    return {
        "interval": interval,
        "ranks": ranks,
        "borderline": r.get("selection_confidence") == FAMILY_BORDERLINE,
        "base": base,
    }


def _config_dict(config: Mapping[str, Any] | DiagnosticConfig | None) -> dict[str, Any]:
    base = DiagnosticConfig().to_dict()
    if isinstance(config, DiagnosticConfig):
        base.update(config.to_dict())
    elif config:
        base.update(config)
    return base


def _cfg_text(value: object) -> str:
    if isinstance(value, float):
        return fr_number(value, 2 if not value.is_integer() else 0)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 1000:
        return fr_number(value, 0)
    return str(value)


def _department_names(coverage: pd.DataFrame) -> dict[str, str]:
    """« Nord (59) » labels: from the coverage table, else the INSEE reference."""
    names: dict[str, str] = {}
    try:
        from sources.reference import departement_by_code

        names = {code: f"{d.name} ({code})" for code, d in departement_by_code().items()}
    except Exception:  # noqa: BLE001 - names are a nicety, codes remain
        names = {}
    if not coverage.empty and {"dimension", "key", "label"} <= set(coverage.columns):
        sub = coverage[coverage["dimension"] == "departement"]
        names.update(dict(zip(sub["key"].astype(str), sub["label"].astype(str), strict=True)))
    return names


@functools.cache
def _template() -> Any:
    """The page template, compiled once per process (compiling it took a third of a second
    at every publication)."""
    env = Environment(autoescape=True, trim_blocks=False, lstrip_blocks=False)
    return env.from_string(_TEMPLATE)


def build_synthesis_html(
    region_name: str,
    region_code: str,
    tables: Mapping[str, pd.DataFrame],
    config: Mapping[str, Any] | DiagnosticConfig | None = None,
    *,
    top_projects: int = 9,
    published_on: dt.date | None = None,
    previous_html: str | None = None,
) -> str:
    """The public synthesis page (French, self-contained).

    ``previous_html``: the page of the previous publication; its charts drawn from the same
    data are reused instead of drawn again (:func:`charts.previous_charts`).

    ``tables`` may hold ``lever_state_of_play``, ``lever_families``, ``priority_themes``,
    ``exemplary_projects``, ``response_coverage`` (from :func:`assets.diagnostic.coverage.response_coverage`),
    ``actions`` and ``questionnaire_responses``; a missing table gives an empty section.
    """
    cfg = _config_dict(config)
    reuse = previous_charts(previous_html)
    state = _frame(tables, "lever_state_of_play")
    families = _frame(tables, "lever_families")
    themes = _frame(tables, "priority_themes")
    # département-level themes (scope = « departement ») are listed apart from the region's
    dept_themes = pd.DataFrame()
    if "scope" in themes.columns:
        is_dept = themes["scope"].astype(str) == "departement"
        dept_themes, themes = themes[is_dept].copy(), themes[~is_dept].copy()
    projects = _frame(tables, "exemplary_projects")
    coverage = _frame(tables, "response_coverage")
    actions = _frame(tables, "actions")
    responses = _frame(tables, "questionnaire_responses")

    labels: dict[str, str] = {}
    if not state.empty:
        labels = dict(zip(state["lever_code"], state["lever_label"], strict=False))
    if not families.empty and "lever_label" not in families.columns:
        families["lever_label"] = families["lever_code"].map(labels)

    # key figures
    region_cov = coverage[coverage["dimension"] == "region"] if not coverage.empty else coverage
    if not region_cov.empty:
        n_resp = int(region_cov["n_respondents"].iloc[0])
        rate = region_cov["response_rate"].iloc[0]
        n_rec = int(region_cov["n_recipients"].iloc[0])
    else:
        n_resp = int(responses["siren"].nunique()) if "siren" in responses.columns else 0
        rate, n_rec = math.nan, 0
    n_actions = len(actions)
    doc_counts = document_counts(tables)
    n_plans = int(doc_counts["n_documents"])
    kpis = [
        {"value": fr_number(n_resp, 0), "label": "questionnaires reçus"},
        {
            "value": _pct(rate, ratio=True),
            "label": f"taux de réponse ({n_rec} collectivités sollicitées)"
            if n_rec
            else "taux de réponse",
        },
        {"value": fr_number(n_actions, 0), "label": "actions extraites des plans"},
        {"value": fr_number(n_plans, 0), "label": document_kpi_label(doc_counts)},
        {"value": fr_number(len(themes), 0), "label": "thèmes prioritaires"},
    ]

    messages = thematic_messages(state, themes)
    thematics = [{"label": THEMATICS[c], "sentences": messages.get(c, [])} for c in THEMATICS]

    fam_rows = []
    classified = families.dropna(subset=["family"]) if not families.empty else families
    for code in ("A", "B", "C"):
        sub = classified[classified["family"] == code] if not classified.empty else classified
        examples = (
            ", ".join(
                _short(v, 40)
                for v in sub.sort_values("relevance_axis", ascending=False)["lever_label"].head(4)
            )
            if not sub.empty
            else ""
        )
        n_border = (
            int((sub["family_confidence"] == FAMILY_BORDERLINE).sum())
            if "family_confidence" in sub.columns
            else 0
        )
        fam_rows.append(
            {"code": code, "count": len(sub), "label": FAMILY_LABELS[code], "examples": examples,
             "borderline": n_border}
        )  # fmt: skip
    n_unclassified = max(len(labels) - len(classified), 0) if labels else 0
    highlight = set(themes["lever_code"].dropna()) if "lever_code" in themes.columns else set()

    theme_rows = []
    for r in themes.sort_values("rank").to_dict("records") if not themes.empty else []:
        family = r.get("family")
        theme_rows.append(
            {
                "rank": int(r["rank"]),
                "title": r.get("title"),
                "theme": r.get("theme") or labels.get(r.get("lever_code"), r.get("lever_code")),
                "thematic": THEMATICS.get(r.get("thematic") or "", "Transverse"),
                "family": family if isinstance(family, str) and family in FAMILY_COLORS else None,
                "score": fr_number(_num(r.get("score")), 0),
                # the caption says 0–100: the bar is on that scale, not the top score's
                "width": round(min(max(_num(r.get("score")), 0.0), 100.0)),
                "rationale": r.get("rationale"),
                **_theme_uncertainty_meta(r),
            }
        )

    def cov_rows(dimension: str) -> list[dict[str, Any]]:
        if coverage.empty:
            return []
        sub = coverage[coverage["dimension"] == dimension].sort_values("key")
        return [
            {"label": r["label"], "n_recipients": int(r["n_recipients"]),
             "n_respondents": int(r["n_respondents"]), "rate": _pct(r["response_rate"], ratio=True)}
            for r in sub.to_dict("records")
        ]  # fmt: skip

    dept_rows, type_rows = cov_rows("departement"), cov_rows("type")
    if n_rec:
        coverage_sentence = (
            f"{n_resp} collectivité{'s' if n_resp > 1 else ''} {'ont' if n_resp > 1 else 'a'} répondu "
            f"sur {n_rec} sollicitée{'s' if n_rec > 1 else ''}, soit un taux de réponse de {_pct(rate, ratio=True)}."
        )
        if dept_rows:
            best = max(
                dept_rows,
                key=lambda r: (
                    _num(r["rate"].replace(" %", "").replace(",", "."))
                    if r["rate"] != "n.d."
                    else -1
                ),
            )
            coverage_sentence += f" La participation la plus forte est celle du département {best['label']} ({best['rate']})."
    else:
        coverage_sentence = f"{n_resp} questionnaire{'s' if n_resp > 1 else ''} reçu{'s' if n_resp > 1 else ''} ; la liste des destinataires n'est pas disponible."

    project_cards = []
    if not projects.empty:
        p = projects.copy()
        p["_order"] = (
            p["origin"].map({"projet": 0, "questionnaire": 1, "plan d'action": 2}).fillna(3)
        )
        p["_has_desc"] = p["description"].notna()
        p = p.sort_values(["_has_desc", "_order"], ascending=[False, True], kind="stable")
        # diversity: one project per lever first, then the rest
        first = p.drop_duplicates("lever_code")
        p = pd.concat([first, p.drop(first.index)]).head(top_projects)
        for r in p.to_dict("records"):
            desc = r.get("description")
            desc = (
                None if desc is None or (isinstance(desc, float) and np.isnan(desc)) else str(desc)
            )
            if desc and len(desc) > 320:
                desc = desc[:320].rsplit(" ", 1)[0] + "…"
            cost = _num(r.get("estimated_cost_eur"))
            project_cards.append(
                {
                    "title": r.get("title"),
                    "origin": _ORIGIN_LABELS.get(r.get("origin"), r.get("origin") or ""),
                    "lever": _short(labels.get(r.get("lever_code"), r.get("lever_code") or ""), 40)
                    if r.get("lever_code")
                    else "",
                    "owner": r.get("owner") if isinstance(r.get("owner"), str) else None,
                    "description": desc if desc != r.get("title") else None,
                    "cost": fr_euros(cost) if not math.isnan(cost) else "",
                }
            )
    n_proj = len(projects)
    n_mentions = (
        int(pd.to_numeric(projects["n_sources"], errors="coerce").fillna(1).sum())
        if "n_sources" in projects.columns
        else n_proj
    )
    merged_note = (
        f", {n_mentions - n_proj} signalement{'s' if n_mentions - n_proj > 1 else ''} en double "
        "(texte libre et onglet « Projets ») fusionné" + ("s" if n_mentions - n_proj > 1 else "")
        if n_mentions > n_proj
        else ""
    )
    projects_sentence = (
        f"{n_proj} projet{'s' if n_proj > 1 else ''} distinct{'s' if n_proj > 1 else ''} "
        f"signalé{'s' if n_proj > 1 else ''} (questionnaires, fiches projets et actions phares "
        f"des plans{merged_note}) ; sélection ci-dessous."
        if n_proj
        else "Les collectivités n'ont pas encore signalé de projet exemplaire."
    )
    n_q_files = (
        int(responses["source_file"].nunique()) if "source_file" in responses.columns else n_resp
    )
    n_p, n_c = int(doc_counts["n_plans"]), int(doc_counts["n_contracts"])
    sources_sentence = (
        f"{n_q_files} questionnaire{'s' if n_q_files > 1 else ''} de pré-diagnostic retourné{'s' if n_q_files > 1 else ''} par les collectivités, "
        f"{n_p} plan{'s' if n_p > 1 else ''} d'action (PCAET…) et {n_c} contrat{'s' if n_c > 1 else ''} (COT…) dont {n_actions} fiche{'s' if n_actions > 1 else ''} action{'s' if n_actions > 1 else ''} extraite{'s' if n_actions > 1 else ''}, "
        "et le panorama des 47 leviers du SGPE avec leurs cibles 2030"
        + (" (cibles régionales du panorama SGPE)." if "lever_targets" in tables else ".")
    )
    dept_names = _department_names(coverage)
    dept_view = department_view(tables, dept_names, "mean_deployment")
    dept_view_relevance = department_view(tables, dept_names, "mean_relevance")

    return _template().render(
        region_name=region_name,
        region_code=region_code,
        published=(published_on or dt.date.today()).strftime("%d/%m/%Y"),
        kpis=kpis,
        thematics=thematics,
        families_svg=families_chart_svg(families, cfg, highlight, reuse=reuse),
        families_svg_compact=families_chart_svg(
            families, cfg, highlight, compact=True, reuse=reuse
        ),
        families_keys=compact_chart_keys(families, highlight),
        dept_theme_rows=[
            {
                "department": dept_names.get(
                    str(r.get("department_code")), r.get("department_code")
                ),
                "title": r.get("title") or r.get("theme") or labels.get(r.get("lever_code"), ""),
                "score": fr_number(_num(r.get("score")), 0)
                if not math.isnan(_num(r.get("score")))
                else "",
                "rationale": r.get("rationale"),
            }
            for r in (
                dept_themes.sort_values(
                    [c for c in ("department_code", "rank") if c in dept_themes.columns]
                ).to_dict("records")
                if not dept_themes.empty
                else []
            )
        ],
        targets=targets_review(tables),
        dept_view=dept_view,
        dept_view_relevance=dept_view_relevance,
        candidates=candidates_section(
            tables, labels, per_theme=int(cfg.get("shortlist_candidates_per_theme", 3) or 3)
        ),
        quality=data_quality_section(tables, _frame(tables, "quality_checks")),
        families=fam_rows,
        n_unclassified=n_unclassified,
        themes=theme_rows,
        themes_note=theme_evidence_note(len(theme_rows), cfg),
        coverage_sentence=coverage_sentence,
        coverage_svg=coverage_chart_svg(coverage, reuse=reuse),
        dept_rows=dept_rows,
        type_rows=type_rows,
        projects=project_cards,
        projects_sentence=projects_sentence,
        sources_sentence=sources_sentence,
        fragility=fragility_notes(state, families, themes, cfg, labels),
        cfg={k: _cfg_text(v) for k, v in cfg.items()},
    )
