"""The publication asset over its last publication (issue 19): nothing changed, the folder is
kept as it is; one table changed, the folder equals the one a publication from scratch gives
(synthesis page, ``projets.csv`` and datapackage resources taken back included)."""

from __future__ import annotations

import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pytest

from scripts.compare_publications import compare
from tests.conftest import REGION


def _materialize(work: Path, outputs: str = "outputs") -> dg.ExecuteInProcessResult:
    from assets.publication.assets import publication
    from assets.resources import Settings, Warehouse

    resources = {
        "settings": Settings(
            inbox=str(work / "inbox"),
            outputs=str(work / outputs),
            quarantine=str(work / "quarantine"),
            publication_history=str(work / "publications"),
        ),
        "warehouse": Warehouse(path=str(work / "warehouse.duckdb")),
    }
    result = dg.materialize(
        [publication],
        partition_key=REGION,
        resources=resources,
        instance=dg.DagsterInstance.ephemeral(),
    )
    assert result.success
    return result


def _metadata(result: dg.ExecuteInProcessResult) -> dict:
    (event,) = result.get_asset_materialization_events()
    return {k: getattr(v, "value", v) for k, v in event.materialization.metadata.items()}


def _stats(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()}


@pytest.fixture
def work(refreshed_region, tmp_path) -> Path:
    """A copy of the refreshed demo region's warehouse (no publication yet)."""
    src = Path(refreshed_region.env.warehouse)
    for name in (src.name, src.name + ".wal"):
        if (src.parent / name).exists():
            shutil.copy2(src.parent / name, tmp_path / name)
    return tmp_path


def test_publication_asset_keeps_reuses_and_equals_a_publication_from_scratch(work):
    first = _metadata(_materialize(work))
    folder = work / "outputs" / REGION
    assert "publication_inchangee" not in first
    assert (work / f"warehouse.publication-{REGION}" / "state.json").is_file()
    before = _stats(folder)

    # Nothing changed: the folder is kept as it is, and the asset says so.
    same = _metadata(_materialize(work))
    assert "conservé tel quel" in same["publication_inchangee"]
    assert _stats(folder) == before
    assert same["published_at"] == first["published_at"]
    assert same["tables"] == first["tables"]
    assert not (work / "publications").exists() or not any((work / "publications").rglob("*.csv"))

    # One answer changed: its tables published again, the others taken back.
    con = duckdb.connect(str(work / "warehouse.duckdb"))
    try:
        con.execute(
            "UPDATE questionnaire_responses SET needs_text = 'Besoin nouveau : ingénierie' "
            "WHERE rowid = (SELECT min(rowid) FROM questionnaire_responses WHERE region_code = ?)",
            [REGION],
        )
    finally:
        con.close()
    later = _metadata(_materialize(work))
    assert "publication_inchangee" not in later
    assert "actions" in later["tables_reprises"]
    assert "questionnaire_responses" not in later["tables_reprises"]
    text = (folder / "questionnaire_responses.csv").read_text(encoding="utf-8-sig")
    assert "Besoin nouveau : ingénierie" in text
    assert _stats(folder)["actions.csv"][1] == before["actions.csv"][1]  # carried over

    # The same warehouse published from scratch (no store, no previous folder).
    shutil.rmtree(work / f"warehouse.publication-{REGION}")
    _materialize(work, outputs="scratch")
    assert compare(folder, work / "scratch" / REGION) == []


def test_rows_added_to_a_large_table_are_prepared_alone_and_equal_from_scratch(work, monkeypatch):
    """A new questionnaire's rows: only they are read, prepared and masked (the kept rows of
    the answers table taken back), and the folder equals a publication from scratch."""
    from assets.publication import rows

    monkeypatch.setattr(rows, "ROWS_MIN", 10)
    grown: list[tuple[str, int]] = []
    real_grow = rows._grow

    def spy(name, source, store, entry):
        found = real_grow(name, source, store, entry)
        if found is not None:
            grown.append((name, len(found.new)))
        return found

    monkeypatch.setattr(rows, "_grow", spy)
    _materialize(work)
    folder = work / "outputs" / REGION
    con = duckdb.connect(str(work / "warehouse.duckdb"))
    try:
        # The rows of one questionnaire again, as another authority's new file (with a
        # civility-introduced name, masked in the new rows).
        con.execute(
            "INSERT INTO questionnaire_responses SELECT * REPLACE ("
            "'questionnaires/nouveau_test.xlsx' AS source_file, '999999999' AS siren, "
            "'Contact : M. Gaston Lagaffe, tél. 06 12 34 56 78' AS needs_text) "
            "FROM questionnaire_responses WHERE region_code = ? AND source_file = "
            "(SELECT min(source_file) FROM questionnaire_responses WHERE region_code = ?)",
            [REGION, REGION],
        )
        n_new = con.execute(
            "SELECT count(*) FROM questionnaire_responses WHERE source_file LIKE '%nouveau_test%'"
        ).fetchone()[0]
    finally:
        con.close()
    assert n_new > 0
    later = _metadata(_materialize(work))
    assert ("questionnaire_responses", n_new) in grown
    assert "questionnaire_responses" not in later["tables_reprises"]
    text = (folder / "questionnaire_responses.csv").read_text(encoding="utf-8-sig")
    assert "nouveau_test.xlsx" in text
    assert "Gaston Lagaffe" not in text and "06 12 34 56 78" not in text

    shutil.rmtree(work / f"warehouse.publication-{REGION}")
    scratch = _metadata(_materialize(work, outputs="scratch"))
    assert compare(folder, work / "scratch" / REGION) == []
    assert later["personal_data_masked"] == scratch["personal_data_masked"]
