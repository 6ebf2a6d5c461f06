"""A region answered with LibreOffice publishes exactly what the same answers in Excel publish.

Two inboxes, one with the corpus' .xlsx/.xlsm questionnaires and recipients list, the other
with their Calc-saved .ods twins (tests/fixtures/ods); both refreshed; published tables compared.
"""

from __future__ import annotations

from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from tests.conftest import REGION, make_env
from tests.generators.calc_convert import FIXTURES, questionnaire_cases


def _refresh(root: Path, files: dict[str, bytes]) -> Path:
    from pipelines.refresh import refresh_region

    env = make_env(root, workers=1)
    inbox = Path(env.inbox) / REGION
    inbox.mkdir(parents=True)
    for name, payload in files.items():
        (inbox / name).write_bytes(payload)
    result = refresh_region(REGION, env, instance=dg.DagsterInstance.ephemeral())
    assert result.success
    return Path(env.outputs) / REGION


@pytest.fixture(scope="module")
def twin_outputs(tmp_path_factory) -> tuple[Path, Path]:
    cases = questionnaire_cases()
    excel = _refresh(tmp_path_factory.mktemp("excel"), cases)
    ods = {
        f"{Path(name).stem}.ods": (FIXTURES / f"{Path(name).stem}.ods").read_bytes()
        for name in cases
    }
    return excel, _refresh(tmp_path_factory.mktemp("ods"), ods)


def _table(folder: Path, name: str) -> pd.DataFrame:
    frame = pd.read_csv(folder / f"{name}.csv", sep=None, engine="python", dtype=str)
    frame = frame.drop(columns=[c for c in ("source_sha256",) if c in frame])
    # the twins differ by their file names' extension only: wherever a file is named
    # (source_file, quarantine_path, the « projet : q05.xlsx » provenance of sources)
    for column in frame.columns:
        if frame[column].dtype == object:
            frame[column] = frame[column].str.replace(
                r"(\w)\.(?:xlsx|xlsm|ods)\b", r"\1", regex=True
            )
    return frame.sort_values(list(frame.columns)).reset_index(drop=True)


def test_ods_questionnaires_publish_the_same_answers_as_their_excel_twins(twin_outputs) -> None:
    excel, ods = twin_outputs
    answers = _table(ods, "questionnaire_responses")
    assert len(answers) >= 14 * 47 * 0.5  # every authority's answered levers
    pd.testing.assert_frame_equal(answers, _table(excel, "questionnaire_responses"))
    for table in (
        "lever_state_of_play",
        "exemplary_projects",
        "response_coverage",
        "priority_themes",
        "lever_families",
    ):
        pd.testing.assert_frame_equal(_table(ods, table), _table(excel, table), obj=table)


def test_every_ods_file_is_loaded_or_set_aside_like_its_twin(twin_outputs) -> None:
    excel, ods = twin_outputs
    columns = ["source_file", "detected_type", "status"]
    report = _table(ods, "ingestion_report")[columns]
    assert not report["status"].eq("quarantined").any() or set(
        report.loc[report["status"].eq("quarantined"), "source_file"]
    ) == {"q17"}  # the budget workbook is not a questionnaire, in both formats
    pd.testing.assert_frame_equal(report, _table(excel, "ingestion_report")[columns])
    assert report["detected_type"].value_counts()["questionnaire"] >= 15
