"""Row history: a removed or replaced file's rows are moved aside, never destroyed.

Facts are keyed by the content's sha256. Before ingestion deletes the rows of a content (the
file left the inbox, or the same path now holds other bytes, or a new parser re-reads it),
:func:`archive_content` copies them into ``history_<table>`` (same columns plus
``archived_at``, ``archived_by_run``, ``archive_reason``), with the file's ``documents`` entry.
One archive per sha256 and table: archiving the same content again replaces its older copy.

Query them like any table, e.g. the answers of a questionnaire removed last week::

    SELECT * FROM history_questionnaire_answers WHERE source_file = 'reponses/ccpl.xlsx';
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from assets.resources import Warehouse
from assets.warehouse.schema import FILE_FACT_TABLES, HISTORY_PREFIX, TABLE_COLUMNS

ARCHIVED_TABLES = ("documents", *FILE_FACT_TABLES)


def archive_content(con, sha: str, reason: str, run_id: str | None = None) -> int:
    """Copy every row of content ``sha`` into the history tables; returns rows archived.

    Runs inside the caller's transaction (the delete that follows is atomic with it).
    """
    if not sha:
        return 0
    now = dt.datetime.now()
    total = 0
    for table in ARCHIVED_TABLES:
        n = con.execute(f"SELECT count(*) FROM {table} WHERE source_sha256 = ?", [sha]).fetchone()[
            0
        ]
        if not n:
            continue
        history = HISTORY_PREFIX + table
        cols = ", ".join(f'"{c}"' for c in TABLE_COLUMNS[table])
        con.execute(f"DELETE FROM {history} WHERE source_sha256 = ?", [sha])
        con.execute(
            f"INSERT INTO {history} ({cols}, archived_at, archived_by_run, archive_reason) "
            f"SELECT {cols}, ?, ?, ? FROM {table} WHERE source_sha256 = ?",
            [now, run_id, reason, sha],
        )
        total += n
    return total


def run_activity(warehouse: Warehouse, region: str, run_id: str) -> dict[str, object]:
    """What one run did to a region's files: read (by status), unchanged, removed/replaced.

    This is the run's story (metadata, terminal summary); the published ingestion report
    states what the publication is built from.
    """
    with warehouse.connect(read_only=True) as con:
        docs = con.execute(
            "SELECT source_file, status, reason, run_id FROM documents WHERE region_code = ?",
            [region],
        ).df()
        gone = con.execute(
            f"SELECT source_file, archive_reason FROM {HISTORY_PREFIX}documents "
            "WHERE region_code = ? AND archived_by_run = ? ORDER BY source_file",
            [region, run_id],
        ).df()
    this_run = docs[docs["run_id"] == run_id] if not docs.empty else docs
    read = this_run[this_run["status"] != "duplicate"] if not this_run.empty else this_run
    return {
        "read": int(len(read)),
        "read_by_status": {str(k): int(v) for k, v in read["status"].value_counts().items()}
        if not read.empty
        else {},
        "quarantined": [
            (r.source_file, r.reason)
            for r in read.itertuples(index=False)
            if r.status == "quarantined"
        ],
        "unchanged": int(len(docs) - len(this_run)),
        "archived": [(r.source_file, r.archive_reason) for r in gone.itertuples(index=False)],
    }


def history_rows(warehouse: Warehouse, table: str, region: str | None = None) -> pd.DataFrame:
    """Archived rows of one fact table (``table`` without the prefix)."""
    name = HISTORY_PREFIX + table
    if region is None:
        return warehouse.query_df(f"SELECT * FROM {name}")
    return warehouse.query_df(f"SELECT * FROM {name} WHERE region_code = ?", [region])
