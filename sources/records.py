"""Typed records produced by the pure parsers in ``sources``.

These dataclasses are the boundary between parsing and the warehouse: every parser returns
them, and ``assets`` turns lists of them into DataFrames (``dataclasses.asdict``). Field names
match the published table columns of ``shared/spec/published_tables.md`` wherever a column
exists, so the conversion is a plain rename-free projection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Provenance:
    """Where a value was read: file path relative to the inbox, its sha256, 1-based page."""

    source_file: str
    source_sha256: str
    page: int | None = None


@dataclass
class ParseIssue:
    """A problem found while reading an input (kept, reported, never silently dropped).

    ``severity`` is ``"error"`` (the file would be quarantined), ``"warning"`` (value kept
    as text and flagged) or ``"info"``. ``message`` is in French for stewards.
    """

    severity: str
    message: str
    sheet: str | None = None
    row: int | None = None
    column: str | None = None
    value: str | None = None
    page: int | None = None


# --------------------------------------------------------------------------- action plans


@dataclass
class StepRecord:
    """One row of an action's implementation table ("Modalités de mise en oeuvre")."""

    action_id: str
    step_no: int
    step: str
    description: str | None
    planning_label: str | None
    start_year: int | None
    end_year: int | None  # None with open_ended=True for "2020 et +"
    open_ended: bool
    budget_label: str | None
    budget_eur: float | None  # None = unknown ("à définir"), 0.0 = internal means only
    funded: bool | None
    internal: bool
    etp: float | None
    owner: str | None
    partners: list[str]
    source_file: str
    source_sha256: str
    page: int | None  # None for spreadsheets: see source_sheet / source_row
    extraction: str = "text"  # "text" (PDF text layer) | "ocr" (scanned page, values to check)
    ocr_confidence: float | None = None  # mean Tesseract word confidence of the page, 0-1
    source_sheet: str | None = None  # spreadsheets: sheet name (page stays None)
    source_row: int | None = None  # spreadsheets: 1-based row in that sheet
    # « X €/an »: the yearly amount; budget_eur is it × the step's years, or None if unknown
    budget_eur_per_year: float | None = None


@dataclass
class ActionRecord:
    """One action sheet (PCAET "fiche action", COT action...)."""

    action_id: str  # stable: f"{sha256[:12]}:{action_code}"
    plan_type: str  # "PCAET", "COT", ...
    territory_name: str | None
    axis: str | None
    strategic_objective_code: str | None  # "1.4" (sources may write "1,4")
    strategic_objective: str | None
    action_code: str  # "1.1.1"
    title: str
    context: str | None
    expected_results: str | None
    indicators: list[str]
    target_audiences: list[str]
    regulatory_links: list[str]
    total_budget_eur: float | None
    total_etp: float | None
    start_year: int | None
    end_year: int | None
    owners: list[str]
    partners: list[str]
    source_file: str
    source_sha256: str
    page: int
    has_body: bool = True  # False: listed in a summary, no sheet found (reported, not invented)
    extraction: str = "text"  # "ocr" when the sheet or one of its steps was read by OCR
    ocr_confidence: float | None = None  # lowest mean OCR confidence of those pages, 0-1
    source_sheet: str | None = None  # spreadsheets: sheet name (page stays None)
    source_row: int | None = None  # spreadsheets: 1-based row of the action in that sheet
    sub_axis: str | None = None  # "Sous-axe" of a plan kept in a spreadsheet (verbatim)
    sub_sub_axis: str | None = None  # "Sous-sous axe" (verbatim)
    action_status: str | None = None  # "À venir", "En cours"… as written by the authority
    action_priority: str | None = None  # "Élevé", "Moyen", "Bas"…
    calendar: str | None = None  # free "Calendrier" text (years parsed into start/end_year)
    # per-year amounts of steps without both years known (not in total_budget_eur)
    annual_budget_eur: float | None = None


@dataclass
class ActionPlanDocument:
    """Everything read from one action-plan PDF."""

    territory_name: str | None
    plan_type: str
    n_pages: int
    actions: list[ActionRecord] = field(default_factory=list)
    steps: list[StepRecord] = field(default_factory=list)
    issues: list[ParseIssue] = field(default_factory=list)
    people: list[PersonRecord] = field(default_factory=list)  # private, never published
    funders: list[FunderRecord] = field(default_factory=list)


@dataclass
class PersonRecord:
    """A person named in a source (pilot, elected referent, exporter): private warehouse only."""

    role: str  # personne_pilote | elu_referent | service_pilote | export | auteur | audit
    name: str
    action_id: str | None
    source_file: str
    source_sha256: str
    source_sheet: str | None = None
    source_row: int | None = None
    page: int | None = None


@dataclass
class FunderRecord:
    """A funder of an action and the amount it brings (warehouse only, not published)."""

    action_id: str
    funder_no: int
    funder: str | None
    amount_eur: float | None  # None = unknown; text amounts are kept in amount_label
    amount_label: str | None
    source_file: str
    source_sha256: str
    source_sheet: str | None = None
    source_row: int | None = None
    page: int | None = None


# --------------------------------------------------------------------------- COT decks


@dataclass
class ReferentialScoreRecord:
    """A row of a CAE/ECI progress table."""

    territory_name: str | None
    referential: str  # "CAE" | "ECI"
    level: str  # "axis" | "sub_axis"
    code: str | None  # "1.2" when the source gives one
    label: str  # verbatim, truncated labels keep their "..."
    parent_label: str | None
    points_remaining: float | None
    pct_done: float | None  # 0-100
    pct_programmed: float | None  # 0-100
    source_file: str
    source_sha256: str
    page: int | None  # None for spreadsheets: see source_sheet / source_row
    extraction: str = "text"  # "text" (PDF text layer) | "ocr" (scanned page, values to check)
    ocr_confidence: float | None = None  # mean Tesseract word confidence of the page, 0-1
    source_sheet: str | None = None
    source_row: int | None = None
    points_max: float | None = None  # referential potential before reduction
    points_potential: float | None = None  # potential of this authority
    points_done: float | None = None
    points_programmed: float | None = None
    measure_status: str | None = None


@dataclass
class AuditScoreRecord:
    """An audit score of a referential and the target set for it."""

    territory_name: str | None
    referential: str  # "CAE" | "ECI"
    score_pct: float | None
    stars: int | None
    target_increase_pct: float | None
    target_score_pct: float | None
    source_file: str
    source_sha256: str
    page: int
    extraction: str = "text"  # "text" (PDF text layer) | "ocr" (scanned page, values to check)
    ocr_confidence: float | None = None  # mean Tesseract word confidence of the page, 0-1


@dataclass
class ObjectiveRecord:
    """A strategic orientation and one of its numbered objectives."""

    territory_name: str | None
    orientation_no: int
    orientation_label: str
    objective_code: str | None  # "2.8"; None for the orientation row itself
    objective_label: str | None
    source_file: str
    source_sha256: str
    page: int
    extraction: str = "text"  # "text" (PDF text layer) | "ocr" (scanned page, values to check)
    ocr_confidence: float | None = None  # mean Tesseract word confidence of the page, 0-1


@dataclass
class ContractTargetRecord:
    """A quantified objective of a contract (COT, COT TRI...)."""

    territory_name: str | None
    contract_type: str  # "COT", "COT TRI", "COT ENR"...
    domain: str | None
    label: str
    target_value: float | None
    unit: str | None
    priority: bool
    lever_code: str | None
    period_start: int | None
    period_end: int | None
    source_file: str
    source_sha256: str
    page: int
    extraction: str = "text"  # "text" (PDF text layer) | "ocr" (scanned page, values to check)
    ocr_confidence: float | None = None  # mean Tesseract word confidence of the page, 0-1


@dataclass
class CotDocument:
    """Everything read from one COT slide deck."""

    territory_name: str | None
    contract_type: str
    n_pages: int
    period_start: int | None = None
    period_end: int | None = None
    amount_eur: float | None = None
    referential_scores: list[ReferentialScoreRecord] = field(default_factory=list)
    audit_scores: list[AuditScoreRecord] = field(default_factory=list)
    objectives: list[ObjectiveRecord] = field(default_factory=list)
    targets: list[ContractTargetRecord] = field(default_factory=list)
    issues: list[ParseIssue] = field(default_factory=list)


# --------------------------------------------------------------------------- questionnaires


@dataclass
class Identification:
    """Sheet ``Identification`` of a returned questionnaire. Personal fields stay internal."""

    authority_name: str | None
    authority_type: str | None
    siren: str | None  # 9 digits, cleaned
    siren_valid: bool
    department_code: str | None  # "01".."95", "2A", "2B", "971".."976"
    region_code: str | None  # INSEE region code
    respondent_name: str | None  # personal data
    respondent_function: str | None  # personal data
    respondent_email: str | None  # personal data
    submitted_on: date | None


@dataclass
class AnswerRecord:
    """One (authority, lever) row of sheet ``Leviers``."""

    lever_code: str
    relevance_label: str | None  # canonical label, or the raw text when unknown
    relevance_score: int | None  # 0-4, None for "Ne sait pas"/unknown
    relevance_flag: str | None  # None, or why the raw answer was not understood
    deployment_label: str | None
    deployment_score: int | None  # 0-3
    deployment_flag: str | None
    actions_text: str | None
    blockers_text: str | None
    needs_text: str | None
    exemplary_project_text: str | None
    row: int  # 1-based row in the sheet, for error messages


@dataclass
class ProjectRecord:
    """One row of sheet ``Projets`` (fields of a COP action, seed 004)."""

    title: str
    lever_code: str | None
    description: str | None
    owner: str | None
    partners: list[str]
    estimated_cost_eur: float | None
    calendar: str | None
    maturity: str | None  # "Initié" | "En conception" | "À initier"
    funding_obtained: str | None  # "Oui" | "Non" | "Partiel"
    engineering_needs: str | None
    indicators: str | None
    row: int


@dataclass
class QuestionnaireDocument:
    """Everything read from one returned workbook (or CSV export of ``Leviers``)."""

    identification: Identification
    answers: list[AnswerRecord] = field(default_factory=list)
    projects: list[ProjectRecord] = field(default_factory=list)
    issues: list[ParseIssue] = field(default_factory=list)
    file_format: str = "xlsx"  # xlsx | xlsm | xls | csv


@dataclass
class RecipientRecord:
    """One authority the questionnaire was sent to."""

    siren: str | None
    siren_valid: bool
    name: str
    authority_type: str | None
    department_code: str | None
    contact_email: str | None  # personal-ish data: internal only
    row: int
