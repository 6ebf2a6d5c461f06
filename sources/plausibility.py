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
* ``budget d'étape ≤ budget total``: a step cannot cost more than its fiche's total or the
  plan's total when the document STATES one apart from the steps (a « Budget total » /
  « Coût » field of the fiche, a « Budget total du plan : … » line); the totals we publish
  are sums of the steps and cannot be broken.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from sources.errors import InputRejected
from sources.records import ActionPlanDocument, CotDocument
from sources.values import drop_marks, parse_resources

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


_BUDGET_RULE = "budget d'étape ≤ budget total"
# « Budget total du plan : 1,2 M€ », « Coût global du programme d'actions : 850 000 € »
_PLAN_TOTAL_RE = re.compile(
    r"\b(?:budget|cout|montant)\s+(?:total|global)(?:\s+previsionnel)?\s+"
    r"(?:du|de\s+l.ensemble\s+du)\s+(?:plan|programme)(?:\s+d.actions?)?\s*:?\s*"
    r"(\d[\d\s\u00a0\u202f.,]*(?:\s*(?:k|m|md|millions?|milliers?)\b)?\s*(?:€|euros?|eur\b)?)"
)


def _loose(text: str) -> str:
    """Lower case without accents; digits and punctuation kept (« 1,2 M€ »)."""
    return drop_marks(unicodedata.normalize("NFD", text.lower()))


def stated_plan_total(page_texts: list[str]) -> tuple[float, int] | None:
    """The plan's total budget when a line states it: (amount in €, 1-based page)."""
    for index, text in enumerate(page_texts):
        # folded once per page (the same lines: folding never makes nor removes a line end)
        for line in _loose(text).splitlines():
            match = _PLAN_TOTAL_RE.search(line)
            if match:
                res = parse_resources(match.group(1))
                if res.budget_eur and not res.per_year:
                    return res.budget_eur, index + 1
    return None


def _eur(value: float) -> str:
    return f"{value:,.0f}".replace(",", "\u202f") + " €"


def plan_findings(
    doc: ActionPlanDocument,
    stated_totals: dict[str, tuple[float, int]] | None = None,
    plan_total: tuple[float, int] | None = None,
) -> list[Finding]:
    """Impossible values of an action plan. ``stated_totals`` (fiche code → (amount, page))
    and ``plan_total`` are the totals the document states apart from its steps."""
    out: list[Finding] = []
    codes = {a.action_id: a.action_code for a in doc.actions}
    for step in doc.steps:
        if step.budget_eur is None:
            continue
        code = codes.get(step.action_id, "?")
        where = f"fiche {code}, étape {step.step_no}"
        fiche = (stated_totals or {}).get(code)
        if fiche is not None and step.budget_eur > fiche[0] + 0.5:
            detail = (
                f"{_eur(step.budget_eur)} ({where}) > budget total de la fiche "
                f"{_eur(fiche[0])} (page {fiche[1]})"
            )
            out.append(Finding(_BUDGET_RULE, step.page, detail))
        elif plan_total is not None and step.budget_eur > plan_total[0] + 0.5:
            detail = (
                f"{_eur(step.budget_eur)} ({where}) > budget total du plan "
                f"{_eur(plan_total[0])} (page {plan_total[1]})"
            )
            out.append(Finding(_BUDGET_RULE, step.page, detail))
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
