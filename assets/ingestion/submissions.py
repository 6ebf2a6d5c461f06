"""Questionnaire submissions: who answered, which answer is current, the publishable responses.

A superseded answer is kept (marked) but never feeds a figure. No Dagster."""

import difflib

import pandas as pd

from assets.publication.tables import redact_emails
from assets.resources import Warehouse
from assets.warehouse.tables import replace_rows
from sources.values import fold


def authority_key(siren: str | None, siren_valid: bool | None, name: str | None) -> str:
    """Who answered: a valid SIREN, else the folded name (so duplicates still collapse)."""
    if siren and siren_valid:
        return f"siren:{siren}"
    if siren:
        return f"siren:{siren}"
    return f"nom:{fold(name)}"


def identify_submissions(con, region: str) -> pd.DataFrame:
    """Submissions of a region, a missing SIREN recovered from the recipients list by name.

    People forget the SIREN but rarely their own name: a folded exact (or very close, ≥ 0.92)
    match on the recipients' names gives it back. ``identified`` is False when neither works;
    such an answer stays in the warehouse but is not published (the report says why).
    """
    subs = con.execute(
        "SELECT * FROM questionnaire_submissions WHERE region_code = ?", [region]
    ).df()
    if subs.empty:
        return subs.assign(identified=pd.Series([], dtype=bool), siren_from_recipients=[])
    recipients = con.execute(
        "SELECT siren, name FROM recipients WHERE region_code = ? AND siren IS NOT NULL "
        "AND name IS NOT NULL",
        [region],
    ).df()
    by_name: dict[str, set[str]] = {}
    for siren, name in zip(recipients["siren"], recipients["name"], strict=True):
        by_name.setdefault(fold(name), set()).add(siren)
    unique = {name: next(iter(codes)) for name, codes in by_name.items() if len(codes) == 1}
    recovered = []
    for siren, name in zip(subs["siren"], subs["authority_name"], strict=True):
        if isinstance(siren, str) and siren:
            recovered.append(None)
            continue
        key = fold(name) if isinstance(name, str) else ""
        found = unique.get(key)
        if found is None and key:
            close = difflib.get_close_matches(key, list(unique), n=1, cutoff=0.92)
            found = unique[close[0]] if close else None
        recovered.append(found)
    subs["siren_from_recipients"] = recovered
    has_siren = subs["siren"].notna() & (subs["siren"].astype(str) != "")
    subs["siren"] = subs["siren"].where(has_siren, subs["siren_from_recipients"])
    subs["siren_valid"] = subs["siren_valid"].where(has_siren, subs["siren"].notna())
    subs["identified"] = subs["siren"].notna()
    return subs


UNIDENTIFIED_REASON = (
    "réponse non publiée : collectivité non identifiée (SIREN absent ou illisible et nom "
    "« {name} » introuvable dans la liste des destinataires) ; ajoutez le SIREN à 9 chiffres "
    "dans la feuille Identification"
)


def resolve_submissions(submissions: pd.DataFrame) -> pd.DataFrame:
    """Mark the latest submission per authority; earlier ones are ``superseded``.

    Latest = most recent ``Date de réponse``, then file modification time, then file name.
    """
    if submissions.empty:
        return submissions.assign(authority_key=[], is_latest=[])
    frame = submissions.copy()
    frame["authority_key"] = [
        authority_key(s, v, n)
        for s, v, n in zip(
            frame["siren"], frame["siren_valid"], frame["authority_name"], strict=True
        )
    ]
    frame["_date"] = pd.to_datetime(frame["submitted_on"], errors="coerce")
    frame["_mtime"] = pd.to_datetime(frame["file_mtime"], errors="coerce")
    frame = frame.sort_values(
        ["authority_key", "_date", "_mtime", "source_file"], na_position="first"
    )
    frame["is_latest"] = ~frame.duplicated("authority_key", keep="last")
    return frame.drop(columns=["_date", "_mtime"])


def current_submissions(con, region: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The « current files » rule, in one place: of a region's questionnaires, the latest
    submission of each identified authority. Returns ``(submissions, resolved, latest)``;
    every table fed by questionnaires (responses, projects, diagnostic) reads ``latest``.
    """
    subs = identify_submissions(con, region)
    resolved = resolve_submissions(subs[subs["identified"]])
    latest = resolved[resolved["is_latest"]] if not resolved.empty else resolved
    return subs, resolved, latest


def current_questionnaire_files(con, region: str) -> dict[str, str | None]:
    """sha256 → resolved SIREN of the current questionnaire files of ``region`` (see
    :func:`current_submissions`)."""
    latest = current_submissions(con, region)[2]
    if latest.empty:
        return {}
    return {
        sha: (siren if isinstance(siren, str) and siren else None)
        for sha, siren in zip(latest["source_sha256"], latest["siren"], strict=True)
    }


def build_questionnaire_responses(warehouse: Warehouse, region: str) -> dict[str, int]:
    """Publishable answers: latest submission per authority, with its identification."""
    with warehouse.connect() as con:
        subs, resolved, latest = current_submissions(con, region)
        con.register(
            "_latest",
            latest[["source_sha256", "siren"]].rename(columns={"siren": "resolved_siren"})
            if not latest.empty
            else pd.DataFrame({"source_sha256": pd.Series([], dtype=str), "resolved_siren": []}),
        )
        responses = con.execute(
            """
            SELECT s.region_code,
                   COALESCE(s.department_code, r.department_code) AS department_code,
                   _latest.resolved_siren AS siren,
                   COALESCE(s.authority_name, r.name) AS authority_name,
                   COALESCE(s.authority_type, r.authority_type) AS authority_type,
                   a.lever_code, a.relevance_label, a.relevance_score, a.deployment_label,
                   a.deployment_score, a.actions_text, a.blockers_text, a.needs_text,
                   a.exemplary_project_text, s.submitted_on, s.source_file, s.source_sha256
            FROM questionnaire_answers a
            JOIN questionnaire_submissions s USING (source_sha256)
            JOIN _latest USING (source_sha256)
            LEFT JOIN (
                SELECT siren, any_value(name) AS name, any_value(authority_type) AS authority_type,
                       any_value(department_code) AS department_code
                FROM recipients WHERE region_code = ? GROUP BY siren
            ) r ON r.siren = _latest.resolved_siren
            WHERE s.region_code = ?
            ORDER BY siren, a.lever_code
            """,
            [region, region],
        ).df()
        con.unregister("_latest")
        # Free text is published: an address typed into an answer must not leak.
        responses = redact_emails(responses)
        replace_rows(con, "questionnaire_responses", responses, "region_code = ?", [region])
        superseded = resolved[~resolved["is_latest"]] if not resolved.empty else resolved
        _write_authorities(con, region)
    return {
        "submissions": len(subs),
        "unidentified": int((~subs["identified"]).sum()) if not subs.empty else 0,
        "latest": len(latest),
        "superseded": len(superseded),
        "responses": len(responses),
    }


def _write_authorities(con, region: str) -> None:
    authorities = con.execute(
        """
        WITH rec AS (
            SELECT siren, any_value(name) AS name, any_value(authority_type) AS authority_type,
                   any_value(department_code) AS department_code
            FROM recipients WHERE region_code = ? AND siren IS NOT NULL GROUP BY siren
        ), sub AS (
            SELECT siren, any_value(authority_name) AS name,
                   any_value(authority_type) AS authority_type,
                   any_value(department_code) AS department_code
            FROM questionnaire_submissions WHERE region_code = ? AND siren IS NOT NULL
            GROUP BY siren
        )
        SELECT ? AS region_code, COALESCE(rec.siren, sub.siren) AS siren,
               COALESCE(rec.name, sub.name) AS name,
               COALESCE(rec.authority_type, sub.authority_type) AS authority_type,
               COALESCE(rec.department_code, sub.department_code) AS department_code,
               rec.siren IS NOT NULL AS is_recipient, sub.siren IS NOT NULL AS has_answered
        FROM rec FULL OUTER JOIN sub ON rec.siren = sub.siren
        """,
        [region, region, region],
    ).df()
    replace_rows(con, "authorities", authorities, "region_code = ?", [region])
