"""Only current data feeds the diagnostic (issue 22, point 1).

One authority answers twice (an old file with a project and an exemplary answer, a newer file
with others); a second authority answers once. After a refresh no published table carries
anything from the old file, and the counts come from the new one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import dagster as dg
import pandas as pd
import pytest

from demo.questionnaire_spec import QuestionnaireSpec
from demo.questionnaire_writer import write_questionnaire
from tests.conftest import make_env

REGION = "32"
SIREN_A, SIREN_B = "200066926", "243200599"
OLD_FILE = "questionnaires/alpha_mars.xlsx"
NEW_FILE = "questionnaires/alpha_avril.xlsx"
VELO = "voyageurs.velo"


def _project(title: str, cost: str) -> dict:
    return {
        "title": title, "lever": VELO, "description": "Pistes et stationnement",
        "owner": "CC Alpha", "partners": "Département, Région", "cost": cost,
        "calendar": "2025-2026", "maturity": "Initié", "funding": "Oui",
        "engineering": None, "indicators": "km",
    }  # fmt: skip


def _spec(siren: str, name: str, day: dt.date, relevance: str, text: str, projects) -> bytes:
    answers = [
        {"code": VELO, "relevance": relevance, "deployment": "Oui, ponctuellement",
         "exemplary": text},
        {"code": "batiments.renovation_residentiel", "relevance": "Forte", "deployment": "Non"},
    ]  # fmt: skip
    ident = {
        "authority_name": name, "authority_type": "EPCI", "siren": siren,
        "department": "02", "region": REGION, "submitted_on": day,
        "respondent_name": "X", "respondent_function": "Y", "respondent_email": "x@y.fr",
    }  # fmt: skip
    return write_questionnaire(QuestionnaireSpec(ident, answers, projects))


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    from pipelines.refresh import refresh_region

    root = tmp_path_factory.mktemp("current")
    env = make_env(root, workers=1)
    inbox = Path(env.inbox) / REGION / "questionnaires"
    inbox.mkdir(parents=True)
    (inbox / Path(OLD_FILE).name).write_bytes(
        _spec(SIREN_A, "CC Alpha", dt.date(2024, 3, 1), "Moyenne",
              "Ancien projet de vélo-école communautaire.",
              [_project("Voie verte de la vallée (ancienne version)", "150 000 €")])
    )  # fmt: skip
    (inbox / Path(NEW_FILE).name).write_bytes(
        _spec(SIREN_A, "CC Alpha", dt.date(2024, 4, 2), "Très forte",
              "Réseau cyclable structurant de l'agglomération.",
              [_project("Voie verte de la vallée", "250 000 €")])
    )  # fmt: skip
    (inbox / "beta.xlsx").write_bytes(
        _spec(SIREN_B, "CC Bêta", dt.date(2024, 3, 15), "Forte", None, [])
    )
    refresh_region(REGION, env, instance=dg.DagsterInstance.ephemeral())
    return Path(env.outputs) / REGION


def _read(folder: Path, table: str) -> pd.DataFrame:
    return pd.read_parquet(folder / f"{table}.parquet")


def test_old_file_is_reported_superseded(refreshed):
    report = _read(refreshed, "ingestion_report").set_index("source_file")
    assert report.loc[OLD_FILE, "status"] == "superseded"
    assert report.loc[NEW_FILE, "status"] == "loaded"


def test_no_table_carries_the_old_answer(refreshed):
    for path in sorted(refreshed.glob("*.parquet")):
        if path.stem == "ingestion_report":
            continue
        df = pd.read_parquet(path)
        if df.empty:
            continue
        for column in ("source_file", "sources"):
            if column in df.columns:
                flat = df[column].map(
                    lambda v: " ".join(v) if not isinstance(v, str) and v is not None else str(v)
                )
                assert not flat.str.contains("alpha_mars", regex=False).any(), path.stem
        text = df.astype(str).apply(" ".join, axis=1)
        assert not text.str.contains("ancienne version", regex=False).any(), path.stem
        assert not text.str.contains("Ancien projet", regex=False).any(), path.stem


def test_counts_come_from_the_new_answer(refreshed):
    projects = _read(refreshed, "exemplary_projects")
    alpha = projects[projects["authority_name"] == "CC Alpha"]
    assert sorted(alpha["title"]) == [
        "Réseau cyclable structurant de l'agglomération",
        "Voie verte de la vallée",
    ]
    cand = _read(refreshed, "cop_action_candidates")
    assert cand["title"].tolist() == ["Voie verte de la vallée"]
    assert cand["estimated_cost_eur"].tolist() == [250_000.0]
    sop = _read(refreshed, "lever_state_of_play")
    velo = sop[(sop["scope"] == "region") & (sop["lever_code"] == VELO)].iloc[0]
    assert velo["n_respondents"] == 2
    assert velo["n_exemplary_projects"] == 2
    assert velo["mean_relevance"] == pytest.approx(3.5)  # 4 (new Alpha) and 3 (Bêta)
