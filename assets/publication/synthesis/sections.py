"""Sections of the public synthesis built from the published tables (data for the template).

Kept apart from :mod:`assets.publication.synthesis.page` (page, charts, template) so each
section is a pure function of the tables, testable on small frames (the département view is in
:mod:`assets.publication.synthesis.departments`). Every function accepts missing tables or
columns and then says so in French (``note``) rather than failing: the diagnostic tables grow
release after release and an older warehouse must still publish.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from assets.diagnostic.frames import fr_euros, fr_number

__all__ = [
    "DOCUMENT_TYPE_LABELS",
    "candidates_section",
    "data_quality_section",
    "document_counts",
    "targets_review",
]

# detected_type of the ingestion report → French label, and the group the header counts.
DOCUMENT_TYPE_LABELS: dict[str, str] = {
    "action_plan": "Plans d'action (PDF)",
    "plan_tableur": "Plans d'action (tableur)",
    "fiche_tet": "Fiches action Territoires en Transitions (PDF)",
    "cot": "Contrats (COT…)",
    "referentiel_tableur": "Évaluations de référentiel (CAE/ECI)",
    "questionnaire": "Questionnaires de pré-diagnostic",
    "recipients": "Listes de destinataires",
    "pdf_inconnu": "PDF non reconnus",
    "tableur_inconnu": "Tableurs non reconnus",
    "inconnu": "Fichiers non reconnus",
}
_PLAN_TYPES = ("action_plan", "plan_tableur", "fiche_tet")
_CONTRACT_TYPES = ("cot",)
_READ_STATUSES = ("loaded", "unchanged")
_STATUS_LABELS = {
    "loaded": "lus",
    "unchanged": "inchangés",
    "superseded": "remplacés",
    "quarantined": "en quarantaine",
}


def _frame(tables: Mapping[str, pd.DataFrame], name: str) -> pd.DataFrame:
    df = tables.get(name)
    return df.copy() if df is not None else pd.DataFrame()


def _num(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan


def _int(value: object) -> int:
    v = _num(value)
    return 0 if math.isnan(v) else int(v)


def _text(value: object) -> str:
    if value is None or value is pd.NA:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    if isinstance(value, list | tuple | np.ndarray):
        return ", ".join(str(v) for v in value if _text(v))
    return str(value).strip()


def _s(n: int, word: str, plural: str | None = None) -> str:
    return f"{fr_number(n, 0)} {word if n <= 1 else (plural or word + 's')}"


def _bool_column(df: pd.DataFrame, column: str) -> pd.Series:
    if column not in df.columns:
        return pd.Series(False, index=df.index)
    values = df[column]
    if values.dtype == object:
        values = values.map(lambda v: str(v).strip().lower() in {"true", "1", "oui", "vrai"})
    return values.fillna(False).astype(bool)


# ----------------------------------------------------------------------------- documents


def document_counts(tables: Mapping[str, pd.DataFrame]) -> dict[str, Any]:
    """Plans and contracts read, by type: every file that gave actions, contract targets or
    referential scores, and every plan/contract file of the ingestion report read in this
    publication (``loaded`` or ``unchanged``), whatever it yielded. A file's type comes from the
    report; a file the report does not list counts as a plan when it gave actions, else as a
    contract. Quarantined and superseded files are not read documents.
    """
    report = _frame(tables, "ingestion_report")
    types: dict[str, str] = {}
    if not report.empty and {"detected_type", "status", "source_file"} <= set(report.columns):
        for r in report.to_dict("records"):
            types[str(r["source_file"])] = str(r["detected_type"])
        ok = report["status"].isin(_READ_STATUSES) & report["detected_type"].isin(
            _PLAN_TYPES + _CONTRACT_TYPES
        )
        read = set(report.loc[ok, "source_file"].dropna().astype(str))
    else:
        read = set()
    from_actions: set[str] = set()
    for name in ("actions", "contract_targets", "referential_scores"):
        df = _frame(tables, name)
        if "source_file" in df.columns:
            found = set(df["source_file"].dropna().astype(str))
            read |= found
            if name == "actions":
                from_actions |= found
    n_plans = n_contracts = 0
    for f in read:
        kind = types.get(f)
        if kind in _PLAN_TYPES or (kind not in _CONTRACT_TYPES and f in from_actions):
            n_plans += 1
        else:
            n_contracts += 1
    return {
        "n_plans": n_plans,
        "n_contracts": n_contracts,
        "n_documents": n_plans + n_contracts,
        "from_report": bool(types),
    }


def document_kpi_label(counts: Mapping[str, Any]) -> str:
    """« plans et contrats lus (3 plans d'action, 2 contrats) » for the header."""
    n_p, n_c = int(counts["n_plans"]), int(counts["n_contracts"])
    return (
        "plans et contrats lus "
        f"({_s(n_p, 'plan d’action', 'plans d’action')}, {_s(n_c, 'contrat')})"
    )


# ----------------------------------------------------------------------------- data quality


def data_quality_section(
    tables: Mapping[str, pd.DataFrame], checks: pd.DataFrame | None = None
) -> dict[str, Any]:
    """Files by type and status, quarantined files with their reasons, OCR'd rows, checks.

    ``checks`` (optional): one row per quality check with ``check_name``, ``table``,
    ``passed`` and ``description``; the failed ones are listed.
    """
    report = _frame(tables, "ingestion_report")
    out: dict[str, Any] = {
        "available": not report.empty and "status" in report.columns,
        "rows": [], "quarantined": [], "superseded": [], "ocr": [], "checks": [],
        "checks_note": "", "n_files": 0, "n_warnings": 0, "sentence": "",
    }  # fmt: skip
    if out["available"]:
        report["detected_type"] = report.get(
            "detected_type", pd.Series("inconnu", index=report.index)
        )
        report["detected_type"] = report["detected_type"].fillna("inconnu").astype(str)
        order = list(DOCUMENT_TYPE_LABELS)
        for dtype, sub in sorted(
            report.groupby("detected_type"),
            key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order),
        ):
            status = sub["status"].astype(str)
            out["rows"].append(
                {
                    "label": DOCUMENT_TYPE_LABELS.get(dtype, dtype),
                    "n": len(sub),
                    "read": int(status.isin(_READ_STATUSES).sum()),
                    "superseded": int((status == "superseded").sum()),
                    "quarantined": int((status == "quarantined").sum()),
                    "records": int(
                        pd.to_numeric(sub.get("n_records"), errors="coerce")
                        .fillna(0)[status.isin(_READ_STATUSES)]
                        .sum()
                    )
                    if "n_records" in sub
                    else 0,
                }
            )
        for r in report[report["status"] == "quarantined"].to_dict("records"):
            out["quarantined"].append(
                {
                    "file": _text(r.get("source_file")),
                    "type": DOCUMENT_TYPE_LABELS.get(str(r.get("detected_type")), "Fichier"),
                    "reason": _text(r.get("reason")) or "raison non renseignée",
                }
            )
        for r in report[report["status"] == "superseded"].to_dict("records"):
            out["superseded"].append(
                {"file": _text(r.get("source_file")), "reason": _text(r.get("reason"))}
            )
        out["n_files"] = len(report)
        if "n_warnings" in report.columns:
            out["n_warnings"] = int(
                pd.to_numeric(report["n_warnings"], errors="coerce").fillna(0).sum()
            )
        n_read = sum(r["read"] for r in out["rows"])
        out["sentence"] = (
            f"{_s(len(report), 'fichier reçu', 'fichiers reçus')} : {fr_number(n_read, 0)} lu"
            f"{'s' if n_read > 1 else ''}, {_s(len(out['quarantined']), 'mis en quarantaine', 'mis en quarantaine')}"
            f", {_s(len(out['superseded']), 'remplacé', 'remplacés')} par une version plus récente."
        )
    # rows read by OCR (scanned pages), per table
    for name, label in (
        ("actions", "fiches action"),
        ("action_steps", "étapes d'action"),
        ("contract_targets", "objectifs de contrat"),
        ("referential_scores", "scores de référentiel"),
    ):
        df = _frame(tables, name)
        if df.empty or "extraction" not in df.columns:
            continue
        ocr = df[df["extraction"].astype(str) == "ocr"]
        if ocr.empty:
            continue
        conf = pd.to_numeric(ocr.get("ocr_confidence"), errors="coerce")
        out["ocr"].append(
            {
                "label": label,
                "n": len(ocr),
                "files": int(ocr["source_file"].nunique()) if "source_file" in ocr else 0,
                "confidence": f"{fr_number(conf.mean() * 100, 0)} %"
                if conf.notna().any()
                else "n.d.",
            }
        )
    if checks is not None and not checks.empty and "passed" in checks.columns:
        failed = checks[~_bool_column(checks, "passed")]
        out["checks"] = [
            {"name": _text(r.get("check_name")), "table": _text(r.get("table")),
             "description": _text(r.get("description"))}
            for r in failed.to_dict("records")
        ]  # fmt: skip
        out["checks_note"] = (
            f"{_s(len(checks), 'contrôle qualité exécuté', 'contrôles qualité exécutés')}, "
            f"{_s(len(failed), 'en échec', 'en échec')}."
        )
    else:
        out["checks_note"] = (
            "Les résultats détaillés des contrôles qualité (Great Expectations) sont consultables "
            "dans l'interface Dagster ; une règle bloquante en échec empêche la publication."
        )
    return out


# ----------------------------------------------------------------------------- targets


def targets_review(tables: Mapping[str, pd.DataFrame], top: int = 10) -> dict[str, Any]:
    """Levers carrying most of the region's 2030 effort (SGPE regional panorama) next to how
    engaged authorities say they are (regional ``lever_state_of_play`` / ``lever_families``)."""
    targets = _frame(tables, "lever_targets")
    needed = {"lever_code", "kt_co2e_avoided_2030"}
    if targets.empty or not needed <= set(targets.columns):
        return {
            "available": False,
            "rows": [],
            "note": "Les cibles régionales 2030 du panorama SGPE (table lever_targets) ne sont "
            "pas disponibles dans cette publication : la revue des cibles reste nationale.",
        }
    t = targets.copy()
    t["kt"] = pd.to_numeric(t["kt_co2e_avoided_2030"], errors="coerce")
    if "share_of_regional_effort" in t.columns:
        t["share"] = pd.to_numeric(t["share_of_regional_effort"], errors="coerce")
    else:
        total = t["kt"].clip(lower=0).sum()
        t["share"] = t["kt"] / total if total else math.nan
    t = t.dropna(subset=["kt"])
    # One panorama figure may cover several of our levers (marked « partagé »): it is repeated
    # on each of their rows, so totals, ranks and shares count it once, per SGPE lever.
    key = t["lever_code"].astype(str)
    if "sgpe_lever_id" in t.columns:
        key = t["sgpe_lever_id"].where(t["sgpe_lever_id"].notna(), key).astype(str)
    t = t.assign(_key=key)
    state = _frame(tables, "lever_state_of_play")
    region = state[state["scope"] == "region"] if "scope" in state.columns else state
    engaged = {r["lever_code"]: r for r in region.to_dict("records")} if not region.empty else {}
    families = _frame(tables, "lever_families")
    fam = (
        dict(zip(families["lever_code"], families["family"], strict=False))
        if {"lever_code", "family"} <= set(families.columns)
        else {}
    )
    groups = [g for _, g in t.groupby("_key", sort=False)]
    groups.sort(key=lambda g: float(g["kt"].iloc[0]), reverse=True)
    unique_kt = pd.Series([float(g["kt"].iloc[0]) for g in groups], dtype=float)
    total_kt = float(unique_kt.clip(lower=0).sum())
    rows = []
    for g in groups[:top]:
        r = g.iloc[0].to_dict()
        codes = [c for c in g["lever_code"].tolist() if isinstance(c, str)]
        states = [engaged.get(c, {}) for c in codes]

        def _mean(field: str, states: list = states) -> float:
            vals = [_num(s.get(field)) for s in states]
            vals = [v for v in vals if not math.isnan(v)]
            return sum(vals) / len(vals) if vals else math.nan

        phys = _num(r.get("physical_target_2030"))
        p2019 = _num(r.get("physical_2019"))
        unit = _text(r.get("physical_unit"))
        physical = ""
        # a figure without its unit means nothing; a 2019 point of 0 is a « avoided » unit
        if not math.isnan(phys) and unit:
            physical = f"{fr_number(phys, 1 if abs(phys) < 100 else 0)} {unit}"
            if not math.isnan(p2019) and p2019 != 0:
                physical += f" (2019 : {fr_number(p2019, 1 if abs(p2019) < 100 else 0)})"
        fams = {f for f in (fam.get(c) or s.get("family") for c, s in zip(codes, states, strict=False))
                if isinstance(f, str) and f in ("A", "B", "C")}  # fmt: skip
        share = _num(r.get("share"))
        ours = (
            [_text(x) for x in g["lever_label"].tolist()] if "lever_label" in g.columns else codes
        )
        ours = [x for x in dict.fromkeys(ours) if x]
        lever = " ; ".join(ours)
        if len(fams) > 1:
            lever += f" (familles {', '.join(sorted(fams))})"
        rows.append(
            {
                "label": _text(r.get("sgpe_lever_name"))
                or _text(r.get("lever_label"))
                or r["lever_code"],
                "lever": lever,
                "sector": _text(r.get("sector")),
                "kt": fr_number(_num(r["kt"]), 0),
                "share": f"{fr_number(share * 100, 0)} %" if not math.isnan(share) else "n.d.",
                "width": round(max(0.0, min(1.0, share)) * 100) if not math.isnan(share) else 0,
                "physical": physical,
                "relevance": fr_number(_mean("mean_relevance"), 1),
                "deployment": fr_number(_mean("mean_deployment"), 1),
                "n_actions": sum(_int(s.get("n_actions")) for s in states),
                "family": next(iter(fams)) if len(fams) == 1 else None,
            }
        )
    top_share = float(unique_kt.head(top).clip(lower=0).sum()) / total_kt if total_kt else math.nan
    source = (
        _text(t["source"].dropna().iloc[0])
        if "source" in t.columns and t["source"].notna().any()
        else ""
    )
    low_engaged = [
        r["label"] for r in rows
        if r["deployment"] != "n.d." and _num(r["deployment"].replace(",", ".")) < 1.5
    ]  # fmt: skip
    sentence = (
        f"Les {len(rows)} premiers leviers portent {fr_number(top_share * 100, 0)} % des "
        f"{fr_number(total_kt, 0)} kt CO₂e d'émissions à éviter en 2030 (par rapport à 2019) "
        "dans la région."
        if rows and not math.isnan(top_share)
        else ""
    )
    if low_engaged:
        sentence += (
            f" Parmi eux, {_s(len(low_engaged), 'levier est', 'leviers sont')} encore peu engagé"
            f"{'s' if len(low_engaged) > 1 else ''} selon les collectivités (déploiement moyen < 1,5/3) : "
            + ", ".join(f"« {v} »" for v in low_engaged[:5])
            + "."
        )
    return {"available": bool(rows), "rows": rows, "note": "" if rows else "Aucune cible régionale chiffrée.",
            "sentence": sentence, "source": source, "total_kt": fr_number(total_kt, 0)}  # fmt: skip


# ----------------------------------------------------------------------------- candidates

_CRITERIA = (
    ("coherence_ok", "coherence_reason", "Cohérence"),
    ("potential_ok", "potential_reason", "Potentiel"),
    ("progress_ok", "progress_reason", "Avancement"),
)


def candidates_section(
    tables: Mapping[str, pd.DataFrame],
    labels: Mapping[str, str] | None = None,
    per_theme: int = 3,
    limit: int = 15,
    min_shown: int = 6,
) -> dict[str, Any]:
    """COP action candidates: the shortlist (``shortlisted``) or, when the table has none, the
    best ``per_theme`` candidates of each priority theme by number of criteria met."""
    labels = dict(labels or {})
    cand = _frame(tables, "cop_action_candidates")
    out: dict[str, Any] = {"available": not cand.empty, "cards": [], "n_total": len(cand),
                           "n_all3": 0, "n_shown": 0, "sentence": "", "note": ""}  # fmt: skip
    if cand.empty:
        out["sentence"] = (
            "Aucune action candidate n'a été identifiée dans les plans et les réponses."
        )
        return out
    oks = pd.DataFrame({c: _bool_column(cand, c) for c, _, _ in _CRITERIA}, index=cand.index)
    if "criteria_met" in cand.columns:
        cand["_met"] = pd.to_numeric(cand["criteria_met"], errors="coerce").fillna(oks.sum(axis=1))
    else:
        cand["_met"] = oks.sum(axis=1)
    out["n_all3"] = int((cand["_met"] >= 3).sum())
    rank = (
        pd.to_numeric(cand.get("priority_theme_rank"), errors="coerce")
        if "priority_theme_rank" in cand
        else pd.Series(math.nan, index=cand.index)
    )
    cand["_rank"] = rank.fillna(999)
    cand["_cost"] = (
        pd.to_numeric(cand.get("estimated_cost_eur"), errors="coerce")
        if "estimated_cost_eur" in cand
        else math.nan
    )
    ordered = cand.sort_values(
        ["_met", "_rank", "_cost"], ascending=[False, True, False], kind="stable"
    )
    if "shortlisted" in cand.columns:
        chosen = ordered[_bool_column(ordered, "shortlisted")]
        rule = "liste restreinte publiée (colonne shortlisted)"
    else:
        themed = ordered[ordered["_rank"] < 999]
        chosen = themed.groupby("_rank", sort=True).head(per_theme)
        rule = f"au plus {per_theme} par thème prioritaire, classées par nombre de critères remplis"
        if len(chosen) < min_shown:
            others = ordered[(ordered["_rank"] >= 999) & (ordered["_met"] >= 2)]
            others = others.head(min_shown - len(chosen))
            if not others.empty:
                chosen = pd.concat([chosen, others])
                rule += (
                    ", complétées par les actions hors thème qui remplissent au moins deux critères"
                )
        rule += " (la table ne porte pas encore de liste restreinte)"
        out["note"] = "Sélection faite pour cette synthèse : " + rule + "."
    chosen = chosen.sort_values(["_rank", "_met"], ascending=[True, False], kind="stable").head(
        limit
    )
    for r in chosen.to_dict("records"):
        criteria = []
        for ok_col, reason_col, label in _CRITERIA:
            ok = bool(_bool_column(pd.DataFrame([r]), ok_col).iloc[0])
            criteria.append({"label": label, "ok": ok, "reason": _text(r.get(reason_col))})
        missing = _text(r.get("missing_criteria"))
        if missing:
            missing = "Manque : " + missing
        else:
            failed = [c["label"].lower() for c in criteria if not c["ok"]]
            fields = _text(r.get("missing_fields"))
            missing = " · ".join(
                part for part in (
                    (("Critères non remplis : " if len(failed) > 1 else "Critère non rempli : ")
                     + ", ".join(failed)) if failed else "",
                    ("À compléter : " + fields) if fields else "",
                ) if part
            )  # fmt: skip
        cost = _num(r.get("_cost"))
        lever = r.get("lever_code")
        theme_rank = r.get("_rank")
        out["cards"].append(
            {
                "title": _text(r.get("title")),
                "owner": _text(r.get("owner")) or _text(r.get("authority_name")),
                "lever": labels.get(lever, _text(lever)) if lever else "",
                "theme": int(theme_rank) if theme_rank is not None and theme_rank < 999 else None,
                "met": int(r["_met"]),
                "criteria": criteria,
                "missing": missing,
                "cost": fr_euros(cost) if not math.isnan(cost) and cost > 0 else "",
                "calendar": _text(r.get("calendar")),
                "reason": _text(r.get("shortlist_reason")),
            }
        )
    out["n_shown"] = len(out["cards"])
    out["sentence"] = (
        f"{_s(len(cand), 'action candidate', 'actions candidates')} tirée"
        f"{'s' if len(cand) > 1 else ''} des plans d'action et des réponses ; "
        + (
            f"{_s(out['n_all3'], 'remplit', 'remplissent')}"
            if out["n_all3"]
            else "aucune ne remplit"
        )
        + " les trois critères de la méthode nationale (cohérence, potentiel, avancement) ; "
        f"{_s(out['n_shown'], 'est présentée', 'sont présentées')} "
        "ci-dessous, la liste complète est publiée (table cop_action_candidates)."
    )
    return out
