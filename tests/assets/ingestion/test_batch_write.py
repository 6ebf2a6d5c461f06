"""New files are written in batches (one insert per table); a batch that the warehouse refuses
is written again file by file, so only the bad file is quarantined."""

from __future__ import annotations

import random
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from assets.ingestion import load
from assets.resources import Settings, Warehouse

REGION = "32"
FACTS = ("questionnaire_answers", "questionnaire_submissions", "questionnaire_projects")


@pytest.fixture
def inbox(tmp_path: Path) -> Path:
    from demo.authorities import generate_recipients
    from demo.questionnaires import generate_questionnaires

    rng = random.Random(11)
    folder = tmp_path / "inbox" / REGION / "questionnaires"
    folder.mkdir(parents=True)
    for name, data in generate_questionnaires(rng, REGION, generate_recipients(rng, REGION, 12), 6):
        if name.endswith(".xlsx"):
            (folder / name).write_bytes(data)
    return tmp_path


def _ingest(root: Path, db: str) -> tuple[load.IngestSummary, Warehouse]:
    settings = Settings(
        inbox=str(root / "inbox"), quarantine=str(root / "q"), outputs=str(root / "o"), workers=1
    )
    warehouse = Warehouse(path=str(root / db))
    return load.ingest_region(settings, warehouse, REGION, "run-1", lambda _: None), warehouse


def _table(warehouse: Warehouse, table: str) -> pd.DataFrame:
    with duckdb.connect(warehouse.path, read_only=True) as con:
        df = con.execute(f"SELECT * FROM {table}").df()
    cols = [c for c in df.columns if not c.endswith("_at") and c != "run_id"]
    return df[cols].sort_values(cols, key=lambda s: s.astype(str), ignore_index=True)


def test_batched_rows_equal_file_by_file_rows(inbox: Path, monkeypatch) -> None:
    batched, wh_batch = _ingest(inbox, "batch.duckdb")
    monkeypatch.setattr(load, "_batchable", lambda *a: False)
    single, wh_single = _ingest(inbox, "single.duckdb")
    assert len(batched.parsed) == len(single.parsed) >= 4
    assert sum(o.status == "loaded" for o in batched.parsed) >= 4
    for table in (*FACTS, "documents"):
        pd.testing.assert_frame_equal(_table(wh_batch, table), _table(wh_single, table))
    assert len(_table(wh_batch, "questionnaire_answers")) > 100


def test_a_refused_file_is_quarantined_alone(inbox: Path, monkeypatch) -> None:
    real = load.parse_inbox_file
    bad_names: list[str] = []

    def corrupting(*args, **kwargs):
        outcome = real(*args, **kwargs)
        answers = outcome.frames.get("questionnaire_answers")
        if not bad_names and answers is not None and len(answers):
            # the first file with answers: a score DuckDB cannot store as an integer
            bad_names.append(outcome.source_file)
            answers = outcome.frames["questionnaire_answers"].copy()
            answers["relevance_score"] = "pas un nombre"
            outcome.frames["questionnaire_answers"] = answers
        return outcome

    monkeypatch.setattr(load, "parse_inbox_file", corrupting)
    summary, warehouse = _ingest(inbox, "w.duckdb")
    status = {o.source_file: o for o in summary.parsed}
    bad = status[bad_names[0]]
    assert bad.status == "quarantined"
    assert "écriture refusée par l'entrepôt" in bad.reason
    loaded = [o for o in summary.parsed if o.status == "loaded"]
    assert len(loaded) >= 3
    answers = _table(warehouse, "questionnaire_answers")
    assert set(answers["source_sha256"]) == {o.source_sha256 for o in loaded}
    assert len(answers) == sum(len(o.frames["questionnaire_answers"]) for o in loaded)
    docs = _table(warehouse, "documents").set_index("source_file")
    assert docs.loc[bad_names[0], "status"] == "quarantined"
