"""The warehouse file upgrades itself: columns added by a newer version, rows kept."""

from __future__ import annotations

from pathlib import Path

import duckdb

from assets.resources import Warehouse
from assets.warehouse.schema import TABLE_COLUMNS


def test_older_warehouse_gains_new_columns_and_keeps_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute(
        "CREATE TABLE audit_scores (region_code VARCHAR NOT NULL, territory_name VARCHAR, "
        "referential VARCHAR NOT NULL, score_pct DOUBLE, source_file VARCHAR NOT NULL, "
        "source_sha256 VARCHAR NOT NULL, page INTEGER)"
    )
    con.execute("INSERT INTO audit_scores VALUES ('32', 'CCPAL', 'CAE', 23.3, 'a.pdf', 'x', 4)")
    con.close()

    Warehouse(path=str(path)).ensure_schema()

    con = duckdb.connect(str(path), read_only=True)
    columns = [r[0] for r in con.execute("DESCRIBE audit_scores").fetchall()]
    row = con.execute(
        "SELECT score_pct, extraction, ocr_confidence, target_score_pct FROM audit_scores"
    ).fetchone()
    con.close()
    assert set(TABLE_COLUMNS["audit_scores"]) <= set(columns)
    assert row == (23.3, None, None, None)
    assert (
        TABLE_COLUMNS["actions"][0] == "action_id" and "ocr_confidence" in TABLE_COLUMNS["actions"]
    )
