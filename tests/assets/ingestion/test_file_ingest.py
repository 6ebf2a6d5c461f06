"""Per-file partitions: one inbox file read alone replaces exactly its own rows."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from assets.ingestion.assets import inbox_file
from assets.partitions import file_partition_key
from pipelines.resources import Environment, build_resources

REGION = "32"


@pytest.fixture
def setup(tmp_path: Path):
    from demo.authorities import generate_recipients
    from demo.questionnaires import generate_questionnaires

    env = Environment(
        inbox=str(tmp_path / "inbox"),
        warehouse=str(tmp_path / "w.duckdb"),
        outputs=str(tmp_path / "out"),
        quarantine=str(tmp_path / "q"),
        workers=1,
    )
    rng = random.Random(5)
    files = [
        (name, data)
        for name, data in generate_questionnaires(
            rng, REGION, generate_recipients(rng, REGION, 10), 4
        )
        if name.endswith(".xlsx")
    ]
    inbox = tmp_path / "inbox" / REGION / "réponses juin"
    inbox.mkdir(parents=True)
    return env, inbox, files


def _materialize(env: Environment, instance: dg.DagsterInstance, rel: str):
    key = file_partition_key(REGION, rel)
    instance.add_dynamic_partitions("inbox_file", [key])
    result = dg.materialize(
        [inbox_file],
        partition_key=key,
        resources=build_resources(env),
        instance=instance,
        raise_on_error=False,
    )
    mats = result.asset_materializations_for_node("inbox_file")
    return result, (mats[0].metadata if mats else {})


def _rows(env: Environment, rel: str) -> int:
    con = duckdb.connect(env.warehouse, read_only=True)
    try:
        return con.execute(
            "SELECT count(*) FROM questionnaire_answers WHERE source_file = ?", [rel]
        ).fetchone()[0]
    finally:
        con.close()


def test_one_file_alone_then_unchanged_changed_duplicate_removed(setup) -> None:
    env, inbox, files = setup
    instance = dg.DagsterInstance.ephemeral()
    (inbox / "a.xlsx").write_bytes(files[0][1])
    rel = "réponses juin/a.xlsx"

    result, meta = _materialize(env, instance, rel)
    assert result.success
    assert meta["status"].value == "chargé"
    assert _rows(env, rel) == 47  # one answer per lever

    _, meta = _materialize(env, instance, rel)
    assert meta["status"].value == "inchangé"
    assert _rows(env, rel) == 47

    (inbox / "a.xlsx").write_bytes(files[1][1])  # same path, other content
    _, meta = _materialize(env, instance, rel)
    assert meta["status"].value == "chargé"
    con = duckdb.connect(env.warehouse, read_only=True)
    n_sha = con.execute(
        "SELECT count(DISTINCT source_sha256) FROM questionnaire_answers"
    ).fetchone()
    con.close()
    assert n_sha[0] == 1 and _rows(env, rel) == 47

    shutil.copyfile(inbox / "a.xlsx", inbox / "copie de a.xlsx")
    _, meta = _materialize(env, instance, "réponses juin/copie de a.xlsx")
    assert meta["status"].value == "doublon d'un fichier déjà lu"
    assert _rows(env, "réponses juin/copie de a.xlsx") == 0 and _rows(env, rel) == 47

    # a loaded file overwritten with a copy of another: its old rows go, none are added
    other = "réponses juin/b.xlsx"
    (inbox / "b.xlsx").write_bytes(files[2][1])
    _materialize(env, instance, other)
    assert _rows(env, other) == 47
    shutil.copyfile(inbox / "a.xlsx", inbox / "b.xlsx")
    _, meta = _materialize(env, instance, other)
    assert meta["status"].value == "doublon d'un fichier déjà lu"
    assert _rows(env, other) == 0 and _rows(env, rel) == 47

    (inbox / "a.xlsx").unlink()
    _, meta = _materialize(env, instance, rel)
    assert meta["status"].value == "retiré de la boîte de dépôt"
    assert _rows(env, rel) == 0


def test_a_key_leaving_the_inbox_is_refused(setup) -> None:
    env, _, _ = setup
    result, _ = _materialize(env, dg.DagsterInstance.ephemeral(), "../../etc/passwd")
    assert not result.success
