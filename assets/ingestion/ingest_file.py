"""One inbox file → warehouse frames. Pure (no Dagster, no warehouse) so it runs in workers.

Every failure becomes a ``quarantined`` outcome with a French reason naming the cause; the
caller writes the frames of good files and keeps going.
"""

from __future__ import annotations

import hashlib
import os
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd

from sources import detect as det
from sources import limits as resource_limits
from sources.errors import InputRejected
from sources.records import ParseIssue

# Bump when a parser changes in a way that should re-read unchanged files.
PARSER_VERSION = "4"  # bump when a parser change should re-read unchanged files


@dataclass
class FileOutcome:
    """What came out of one file: frames per warehouse table, status and reason."""

    source_file: str
    source_sha256: str
    detected_type: str
    status: str  # loaded | quarantined
    reason: str | None = None
    frames: dict[str, pd.DataFrame] = field(default_factory=dict)
    n_records: int = 0
    n_warnings: int = 0
    container: str | None = None  # detection, for the inbox_scan row (set when detected here)
    detect_reason: str | None = None


def sha256_file(path: Path, chunk: int = 1 << 20) -> str:
    """Streamed sha256 of a file (large PDFs are not loaded twice)."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(chunk):
            digest.update(block)
    return digest.hexdigest()


def department_from_path(rel: str, region_departments: set[str]) -> str | None:
    """A folder named after a département of the region (``32/62/plan.pdf``) gives it."""
    for part in PurePosixPath(rel).parts[:-1]:
        code = part.upper().zfill(2) if part.isdigit() and len(part) <= 2 else part.upper()
        if code in region_departments:
            return code
    return None


def _issues_frame(issues: list[ParseIssue], region: str, rel: str, sha: str) -> pd.DataFrame:
    rows = [
        {
            "region_code": region,
            "source_file": rel,
            "source_sha256": sha,
            "severity": i.severity,
            "message": i.message,
            "sheet": i.sheet,
            "row_no": i.row,
            "column_name": i.column,
            "value": None if i.value is None else str(i.value)[:500],
            "page": i.page,
        }
        for i in issues
    ]
    return pd.DataFrame(rows)


def _records_frame(records: list, **extra: object) -> pd.DataFrame:
    rows = [asdict(r) | extra for r in records]
    return pd.DataFrame(rows)


def read_file_once(path: str, limits: resource_limits.ResourceLimits) -> tuple[bytes, str]:
    """The bytes of a file and their sha256, from one read (size limit checked first).

    Hashing the very bytes that are parsed means a file replaced between the inbox scan and
    the parse is stored under the hash of what was actually read.
    """
    with open(path, "rb") as handle:
        resource_limits.check_file_size(os.fstat(handle.fileno()).st_size, limits)
        data = handle.read(limits.max_file_mb * resource_limits.MB + 1)
    resource_limits.check_file_size(len(data), limits)
    return data, hashlib.sha256(data).hexdigest()


def parse_inbox_file(
    path: str,
    rel: str,
    region: str,
    sha: str,
    kind: str | None,
    detect_reason: str | None,
    region_departments: tuple[str, ...] = (),
    file_mtime: float | None = None,
    limits: resource_limits.ResourceLimits | None = None,
) -> FileOutcome:
    """Read one file once, detect its kind (``kind=None``) and parse it into frames.

    ``path`` is the raw file-system name (it may hold surrogate escapes), ``rel`` the display
    name stored everywhere. Resource limits are checked before any parser sees the bytes.
    Never raises.
    """
    limits = limits or resource_limits.DEFAULT_LIMITS
    outcome = FileOutcome(rel, sha, kind or det.UNKNOWN, "loaded")
    try:
        with resource_limits.applied(limits):
            data, sha = read_file_once(path, limits)
            outcome.source_sha256 = sha
            name = PurePosixPath(rel).name
            if det.container_of(data, name) == "pdf":
                resource_limits.check_pdf(data, limits)
            if kind is None:
                detection = det.detect(data, name)
                kind, detect_reason = detection.kind, detection.reason
                outcome.detected_type = kind
                outcome.container, outcome.detect_reason = detection.container, detection.reason
            _parse_kind(outcome, data, kind, detect_reason, region, region_departments, file_mtime)
    except InputRejected as exc:
        return _rejected(outcome, exc.reason)
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the region
        detail = "".join(traceback.format_exception_only(type(exc), exc)).strip()
        return _rejected(outcome, f"erreur inattendue pendant la lecture : {detail}")
    outcome.n_records = sum(
        len(df) for name, df in outcome.frames.items() if name not in ("parse_issues",)
    )
    issues = outcome.frames.get("parse_issues")
    outcome.n_warnings = 0 if issues is None else len(issues)
    return outcome


def _rejected(outcome: FileOutcome, reason: str) -> FileOutcome:
    return FileOutcome(
        outcome.source_file,
        outcome.source_sha256,
        outcome.detected_type,
        "quarantined",
        reason,
        container=outcome.container,
        detect_reason=outcome.detect_reason,
    )


def _parse_kind(
    outcome: FileOutcome,
    data: bytes,
    kind: str,
    detect_reason: str | None,
    region: str,
    region_departments: tuple[str, ...],
    file_mtime: float | None,
) -> None:
    if kind in (det.UNKNOWN, det.UNKNOWN_PDF, det.UNKNOWN_SHEET):
        raise InputRejected(detect_reason or "type de document non reconnu", "unknown_type")
    if kind == det.ACTION_PLAN:
        _action_plan(outcome, data, region, set(region_departments))
    elif kind == det.COT:
        _cot(outcome, data, region)
    elif kind == det.QUESTIONNAIRE:
        _questionnaire(outcome, data, region, file_mtime)
    elif kind == det.RECIPIENTS:
        _recipients(outcome, data, region)
    elif kind in (det.PLAN_SHEET, det.TET_FICHE, det.REFERENTIAL_SHEET):
        from assets.ingestion.ingest_tet import parse_tet_kind

        parse_tet_kind(outcome, data, region, kind, set(region_departments), _action_plan)
    else:
        raise InputRejected(f"type de document inattendu : {kind}", "unknown_type")


def _action_plan(
    outcome: FileOutcome, data: bytes, region: str, depts: set[str], doc=None  # noqa: ANN001
) -> None:
    from sources.action_plan import parse_action_plan
    from sources.levers.classifier import classify
    from sources.reference import lever_by_code

    rel, sha = outcome.source_file, outcome.source_sha256
    doc = doc if doc is not None else parse_action_plan(data, rel, sha)
    if not [a for a in doc.actions if a.has_body]:
        raise InputRejected("aucune fiche action lisible dans ce plan d'actions", "no_actions")
    department = department_from_path(rel, depts)
    actions = _records_frame(doc.actions, region_code=region, department_code=department)
    actions = actions.drop_duplicates("action_id", keep="first")
    steps_by_action: dict[str, list[str]] = {}
    for step in doc.steps:
        steps_by_action.setdefault(step.action_id, []).append(
            " ".join(filter(None, [step.step, step.description]))
        )
    codes, confidences, terms, sources_, thematics = [], [], [], [], []
    levers = lever_by_code()
    for record in doc.actions:
        body = " ".join(
            filter(
                None,
                [
                    record.context,
                    record.expected_results,
                    " ".join(record.indicators),
                    " ".join(steps_by_action.get(record.action_id, [])),
                ],
            )
        )
        match = classify(record.title, body)
        codes.append(match.lever_code)
        confidences.append(match.confidence)
        terms.append(list(match.matched_terms))
        sources_.append(match.source)
        lever = levers.get(match.lever_code)
        thematics.append(lever.thematic if lever else None)
    mapping = pd.DataFrame(
        {
            "action_id": [a.action_id for a in doc.actions],
            "lever_code": codes,
            "lever_confidence": confidences,
            "lever_terms": terms,
            "lever_source": sources_,
            "thematic": thematics,
        }
    ).drop_duplicates("action_id")
    actions = actions.merge(mapping, on="action_id", how="left")
    steps = _records_frame(doc.steps, region_code=region)
    if not steps.empty:
        steps = steps.drop_duplicates(["action_id", "step_no"], keep="first")
    outcome.frames = {
        "actions": actions,
        "action_steps": steps,
        "parse_issues": _issues_frame(doc.issues, region, rel, sha),
    }


def _cot(outcome: FileOutcome, data: bytes, region: str) -> None:
    from sources.cot import parse_cot
    from sources.levers.classifier import classify

    rel, sha = outcome.source_file, outcome.source_sha256
    doc = parse_cot(data, rel, sha)
    if not (doc.referential_scores or doc.targets or doc.audit_scores or doc.objectives):
        raise InputRejected("aucun tableau, score ni objectif chiffré lu dans ce contrat", "empty")
    scores = _records_frame(doc.referential_scores, region_code=region)
    if not scores.empty:
        scores["row_no"] = range(1, len(scores) + 1)
    targets = _records_frame(doc.targets, region_code=region)
    if not targets.empty:
        targets["target_id"] = [f"{sha[:12]}:{i}" for i in range(1, len(targets) + 1)]
        matches = [classify(row.label, row.domain or "") for row in targets.itertuples(index=False)]
        targets["lever_code"] = [
            existing or m.lever_code
            for existing, m in zip(targets["lever_code"], matches, strict=True)
        ]
        targets["lever_confidence"] = [m.confidence for m in matches]
        targets["lever_source"] = [m.source for m in matches]
    outcome.frames = {
        "referential_scores": scores,
        "audit_scores": _records_frame(doc.audit_scores, region_code=region),
        "cot_objectives": _records_frame(doc.objectives, region_code=region),
        "contract_targets": targets,
        "parse_issues": _issues_frame(doc.issues, region, rel, sha),
    }


def elsewhere_reason(ident: object, region: str) -> str | None:
    """French reason when a questionnaire's authority belongs to another region, else None.

    Evidence, in order: the declared region, the declared département, the département a
    commune's or département's SIREN encodes (:func:`sources.reference.department_of_siren`).
    """
    from sources.reference import departement_by_code, department_of_siren, region_by_code

    regions = region_by_code()
    depts = departement_by_code()

    def region_label(code: str) -> str:
        found = regions.get(code)
        return f"{code} – {found.name}" if found else code

    declared = getattr(ident, "region_code", None)
    if declared and declared in regions and declared != region:
        return (
            f"questionnaire d'une autre région : région déclarée {region_label(declared)}, "
            f"déposé dans le dossier de la région {region_label(region)} ; non publié ici "
            "(déposez-le dans le dossier de sa région ou corrigez la feuille Identification)"
        )
    evidence = [("département déclaré", getattr(ident, "department_code", None))]
    evidence.append(("département du SIREN", department_of_siren(getattr(ident, "siren", None))))
    for label, code in evidence:
        dept = depts.get(code) if code else None
        if dept is not None and dept.region_code != region:
            return (
                f"questionnaire d'une autre région : {label} {dept.department_code} – "
                f"{dept.name} (région {region_label(dept.region_code)}), déposé dans le "
                f"dossier de la région {region_label(region)} ; non publié ici (déposez-le "
                "dans le dossier de sa région ou corrigez la feuille Identification)"
            )
    return None


def _questionnaire(
    outcome: FileOutcome,
    data: bytes,
    region: str,
    file_mtime: float | None,
) -> None:
    from sources.questionnaire import read_questionnaire

    rel, sha = outcome.source_file, outcome.source_sha256
    doc = read_questionnaire(data, PurePosixPath(rel).name)
    ident = doc.identification
    if not ident.siren and not ident.authority_name:
        raise InputRejected(
            "collectivité non identifiée : ni SIREN ni nom dans la feuille Identification",
            "no_identity",
        )
    if not doc.answers and not doc.projects:
        raise InputRejected("questionnaire sans aucune réponse exploitable", "empty")
    issues = list(doc.issues)
    # Never published under the wrong region: another region's answers are set aside.
    if (elsewhere := elsewhere_reason(ident, region)) is not None:
        raise InputRejected(elsewhere, "other_region")
    siren = ident.siren if ident.siren else None
    submission = pd.DataFrame(
        [
            {
                "source_sha256": sha,
                "region_code": region,
                "source_file": rel,
                "siren": siren,
                "siren_valid": ident.siren_valid,
                "authority_name": ident.authority_name,
                "authority_type": ident.authority_type,
                "department_code": ident.department_code,
                "declared_region_code": ident.region_code,
                "submitted_on": ident.submitted_on,
                "file_format": doc.file_format,
                "n_answers": len(doc.answers),
                "n_projects": len(doc.projects),
                "n_warnings": len(issues),
                "file_mtime": pd.Timestamp(file_mtime, unit="s") if file_mtime else None,
            }
        ]
    )
    private = pd.DataFrame(
        [
            {
                "source_sha256": sha,
                "region_code": region,
                "siren": siren,
                "respondent_name": ident.respondent_name,
                "respondent_function": ident.respondent_function,
                "respondent_email": ident.respondent_email,
            }
        ]
    )
    answers = _records_frame(
        doc.answers, source_sha256=sha, region_code=region, siren=siren, source_file=rel
    ).rename(columns={"row": "row_no"})
    if not answers.empty:
        answers = answers.drop_duplicates("lever_code", keep="last")
    projects = _records_frame(
        doc.projects,
        source_sha256=sha,
        region_code=region,
        siren=siren,
        authority_name=ident.authority_name,
        department_code=ident.department_code,
        source_file=rel,
    ).rename(columns={"row": "row_no"})
    outcome.frames = {
        "questionnaire_submissions": submission,
        "respondents_private": private,
        "questionnaire_answers": answers,
        "questionnaire_projects": projects,
        "parse_issues": _issues_frame(issues, region, rel, sha),
    }


def _recipients(outcome: FileOutcome, data: bytes, region: str) -> None:
    from sources.questionnaire.recipients import read_recipients

    rel, sha = outcome.source_file, outcome.source_sha256
    rows = read_recipients(data, PurePosixPath(rel).name)
    if not rows:
        raise InputRejected("liste de destinataires vide", "empty")
    frame = _records_frame(rows, region_code=region, source_file=rel, source_sha256=sha)
    outcome.frames = {"recipients": frame.rename(columns={"row": "row_no"})}
