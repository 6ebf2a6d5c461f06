"""Per-document plausibility: values that cannot be true mark their DOCUMENT, not the region.

A misread table (numbers of two columns glued, an OCR slip) yields values no source can hold:
a percentage over 100, an achieved share plus a programmed share above the whole potential,
a year outside 1990–2100. Loading them would make the region's blocking quality checks fail
and hold every good file of the region hostage. Instead the parser rejects the one document
(:class:`InputRejected`, reason ``"implausible"``): ingestion quarantines it with a French
reason naming each rule broken and its page, and the region publishes everything else.

Rules (each names itself in the reason):

* ``pourcentage entre 0 et 100``: % réalisé, % programmé, audit score and target score;
* ``réalisé + programmé ≤ 100 %``: points achieved plus programmed cannot exceed the potential;
* ``année entre 1990 et 2100``: step, action and contract years;
* ``budget d'étape ≤ budget total de l'action``: a step cannot cost more than its action's
  stated total (only when a total is stated apart from the steps: our totals are sums).
"""

from __future__ import annotations

from dataclasses import dataclass

from sources.errors import InputRejected
from sources.records import ActionPlanDocument, CotDocument

YEAR_MIN, YEAR_MAX = 1990, 2100
_MAX_LISTED = 5


@dataclass(frozen=True)
class Finding:
    """One impossible value: the rule it breaks, where, and what was read."""

    rule: str
    page: int | None
    detail: str

    def french(self) -> str:
        where = f"page {self.page}" if self.page is not None else "page inconnue"
        return f"règle « {self.rule} » non respectée {where} : {self.detail}"


def _fmt(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def _pct(value: float | None) -> bool:
    return value is not None and not 0 <= value <= 100


def _year(value: int | None) -> bool:
    return value is not None and not YEAR_MIN <= value <= YEAR_MAX


_PCT_RULE = "pourcentage entre 0 et 100"
_SUM_RULE = "réalisé + programmé ≤ 100 %"
_YEAR_RULE = f"année entre {YEAR_MIN} et {YEAR_MAX}"


def cot_findings(doc: CotDocument) -> list[Finding]:
    """Impossible values of a COT deck."""
    out: list[Finding] = []
    for row in doc.referential_scores:
        label = f"{row.referential} « {row.label} »"
        for name, value in (("% réalisé", row.pct_done), ("% programmé", row.pct_programmed)):
            if _pct(value):
                out.append(Finding(_PCT_RULE, row.page, f"{name} = {_fmt(value)} ({label})"))  # type: ignore[arg-type]
        if (
            row.pct_done is not None
            and row.pct_programmed is not None
            and not _pct(row.pct_done)
            and not _pct(row.pct_programmed)
            and row.pct_done + row.pct_programmed > 100.5
        ):
            out.append(
                Finding(
                    _SUM_RULE,
                    row.page,
                    f"{_fmt(row.pct_done)} % + {_fmt(row.pct_programmed)} % ({label})",
                )
            )
    for audit in doc.audit_scores:
        for name, value in (
            ("score d'audit", audit.score_pct),
            ("score visé", audit.target_score_pct),
        ):
            if _pct(value):
                detail = f"{name} {audit.referential} = {_fmt(value)} %"  # type: ignore[arg-type]
                out.append(Finding(_PCT_RULE, audit.page, detail))
    for target in doc.targets:
        for name, year in (("début", target.period_start), ("fin", target.period_end)):
            if _year(year):
                out.append(Finding(_YEAR_RULE, target.page, f"année de {name} {year}"))
    if _year(doc.period_start) or _year(doc.period_end):
        out.append(
            Finding(_YEAR_RULE, None, f"période du contrat {doc.period_start}–{doc.period_end}")
        )
    return out


def plan_findings(doc: ActionPlanDocument) -> list[Finding]:
    """Impossible values of an action plan."""
    out: list[Finding] = []
    codes = {a.action_id: a.action_code for a in doc.actions}
    for step in doc.steps:
        where = f"fiche {codes.get(step.action_id, '?')}, étape {step.step_no}"
        for name, year in (("début", step.start_year), ("fin", step.end_year)):
            if _year(year):
                out.append(Finding(_YEAR_RULE, step.page, f"année de {name} {year} ({where})"))
    for action in doc.actions:
        for name, year in (("début", action.start_year), ("fin", action.end_year)):
            if _year(year) and not any(
                f.rule == _YEAR_RULE and f"fiche {action.action_code}," in f.detail for f in out
            ):
                out.append(
                    Finding(
                        _YEAR_RULE,
                        action.page,
                        f"année de {name} {year} (fiche {action.action_code})",
                    )
                )
    return out


def reason(findings: list[Finding]) -> str:
    """French quarantine reason: every rule broken, with pages, the first few listed."""
    listed = "; ".join(f.french() for f in findings[:_MAX_LISTED])
    more = len(findings) - _MAX_LISTED
    tail = f" (et {more} autre{'s' if more > 1 else ''})" if more > 0 else ""
    return (
        "valeurs invraisemblables, document mis en quarantaine (les autres fichiers de la "
        f"région sont publiés) : {listed}{tail}"
    )


def enforce(findings: list[Finding]) -> None:
    """Reject the document when it holds impossible values."""
    if findings:
        raise InputRejected(reason(findings), "implausible")
