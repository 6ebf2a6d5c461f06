"""Frames of the Territoires en Transitions kinds: spreadsheet plans, fiche PDFs, referentials.

Pure like :mod:`assets.ingestion.ingest_file` (no Dagster). Actions go through the same lever mapping as
PDF plans; people named in the files go to ``people_private`` only; funders to
``action_funders``; referential measures deeper than the sub-axis to ``referential_measures``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from pathlib import PurePosixPath

import pandas as pd

from sources import detect as det
from sources.errors import InputRejected
from sources.records import ActionPlanDocument


def _frame(records: list, **extra: object) -> pd.DataFrame:
    return pd.DataFrame([asdict(r) | extra for r in records])


def parse_tet_kind(
    outcome,  # noqa: ANN001 - assets.ingestion.ingest_file.FileOutcome (avoids an import cycle)
    data: bytes,
    region: str,
    kind: str,
    depts: set[str],
    action_frames: Callable[..., None],
) -> None:
    """Fill ``outcome.frames`` for one of the TeT kinds; raises :class:`InputRejected`."""
    rel, sha = outcome.source_file, outcome.source_sha256
    if kind == det.REFERENTIAL_SHEET:
        _referential(outcome, data, region)
        return
    doc: ActionPlanDocument
    if kind == det.PLAN_SHEET:
        from sources.tet_sheets.plan import parse_sheet_action_plan

        doc = parse_sheet_action_plan(data, rel, sha, PurePosixPath(rel).name)
    else:
        from sources.tet_fiche import parse_tet_fiche

        doc = parse_tet_fiche(data, rel, sha)
    action_frames(outcome, data, region, depts, doc=doc)
    mask_people(outcome.frames, doc.people)
    outcome.frames["people_private"] = _frame(doc.people, region_code=region)
    outcome.frames["action_funders"] = _frame(doc.funders, region_code=region)


def _referential(outcome, data: bytes, region: str) -> None:  # noqa: ANN001
    from assets.ingestion.ingest_file import _issues_frame
    from sources.tet_sheets.referential import parse_referential_sheet

    rel, sha = outcome.source_file, outcome.source_sha256
    records, issues, people = parse_referential_sheet(data, rel, sha, PurePosixPath(rel).name)
    published = [r for r in records if r.level in ("axis", "sub_axis")]
    if not published:
        raise InputRejected(
            "évaluation de référentiel sans ligne d'axe ni de sous-axe (codes 1 et 1.1)", "empty"
        )
    frame = _frame(records, region_code=region)
    mask_people({"referential_scores": frame}, people)
    frame["row_no"] = range(1, len(frame) + 1)
    outcome.frames = {
        "referential_scores": frame[frame["level"].isin(["axis", "sub_axis"])],
        "referential_measures": frame[~frame["level"].isin(["axis", "sub_axis"])],
        "people_private": _frame(people, region_code=region),
        "parse_issues": _issues_frame(issues, region, rel, sha),
    }


_PERSON_ROLES = ("personne_pilote", "elu_referent", "auteur", "export", "audit")
_MASK = "[personne masquée]"


def mask_people(frames: dict[str, pd.DataFrame], people: list) -> None:
    """Mask, in the text of the published frames, the names the file gave as people.

    The TeT template keeps people in dedicated columns, but authors also type them into
    descriptions or calendars; a name the file itself declares is masked wherever it appears.
    """
    import re

    names = sorted(
        {p.name for p in people if p.role in _PERSON_ROLES and len(p.name.strip()) >= 4},
        key=len,
        reverse=True,
    )
    if not names:
        return
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n.strip()) for n in names) + r")(?!\w)", re.I
    )

    def clean(value: object) -> object:
        if isinstance(value, str):
            return pattern.sub(_MASK, value)
        if isinstance(value, list):
            return [clean(v) for v in value]
        return value

    for table in ("actions", "action_steps", "referential_scores"):
        frame = frames.get(table)
        if frame is None or frame.empty:
            continue
        for column in frame.columns:
            if frame[column].dtype == object:
                frame[column] = frame[column].map(clean)
