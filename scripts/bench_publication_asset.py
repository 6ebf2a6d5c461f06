"""Benchmark of the publication asset alone (prints figures, asserts nothing).

Takes a warehouse already refreshed (e.g. the folder ``scripts/bench.py --keep`` leaves), copies
it, and times the ``publication`` asset of one region three times:

1. *full*: no previous publication (every file written);
2. *incremental*: after putting back the rows a new questionnaire brings (the copy first has
   the rows of files named ``nouveau_*`` removed from ``questionnaire_responses`` and
   ``ingestion_report``, and one row removed from each derived table a new answer changes:
   ``lever_state_of_play``, ``lever_families``, ``priority_themes``, ``exemplary_projects``,
   ``cop_action_candidates``), so the tables a new questionnaire changes differ and the others
   do not;
3. *unchanged*: the same warehouse published again.

``--change plan``: the incremental run puts back the last plan instead (its rows of ``actions``,
``action_steps`` and ``ingestion_report``, and one row of each derived table a plan changes):
the answers are unchanged, so their workbook sheet is carried over.

``--profile FILE`` writes a cProfile of the incremental run (``python -m pstats FILE``).
"""

from __future__ import annotations

import argparse
import cProfile
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

_DERIVED = (
    "lever_state_of_play",
    "lever_families",
    "priority_themes",
    "exemplary_projects",
    "cop_action_candidates",
)
# What a new plan changes besides its actions (lever_families comes from answers alone).
_DERIVED_BY_PLANS = (
    "lever_state_of_play",
    "priority_themes",
    "exemplary_projects",
    "cop_action_candidates",
)


def _split_warehouse(path: Path, region: str, change: str = "questionnaire") -> dict[str, object]:
    """Remove the rows of the « new questionnaire » (or of the last plan) from the copy;
    return them to put back."""
    import duckdb

    con = duckdb.connect(str(path))
    removed: dict[str, object] = {}
    try:
        if change == "plan":
            last_plan = con.execute(
                "SELECT max(source_file) FROM actions WHERE region_code = ?", [region]
            ).fetchone()[0]
            files = {t: [last_plan] for t in ("actions", "action_steps", "ingestion_report")}
            print("plan retiré puis remis :", last_plan)
        else:
            files = {t: None for t in ("questionnaire_responses", "ingestion_report")}
        for table, names in files.items():
            if names is None:
                where, params = "region_code = ? AND source_file LIKE '%nouveau_%'", [region]
            else:
                where, params = "region_code = ? AND source_file = ?", [region, *names]
            removed[table] = con.execute(f"SELECT * FROM {table} WHERE {where}", params).df()
            con.execute(f"DELETE FROM {table} WHERE {where}", params)
        for table in _DERIVED if change == "questionnaire" else _DERIVED_BY_PLANS:
            row = con.execute(
                f"SELECT min(rowid) FROM {table} WHERE region_code = ?", [region]
            ).fetchone()[0]
            if row is None:
                continue
            removed[table] = con.execute(f"SELECT * FROM {table} WHERE rowid = ?", [row]).df()
            con.execute(f"DELETE FROM {table} WHERE rowid = ?", [row])
    finally:
        con.close()
    return removed


def _put_back(path: Path, removed: dict[str, object]) -> None:
    import duckdb

    con = duckdb.connect(str(path))
    try:
        for table, frame in removed.items():
            con.register("_back", frame)
            con.execute(f"INSERT INTO {table} SELECT * FROM _back")
            con.unregister("_back")
    finally:
        con.close()


def _publish(work: Path, region: str, profile: Path | None = None) -> tuple[float, float]:
    """Wall and CPU seconds of one materialisation of the asset (CPU time: in process, so
    other jobs sharing the machine weigh less on it than on the wall time)."""
    import dagster as dg

    from assets.publication.assets import publication
    from assets.resources import Settings, Warehouse

    resources = {
        "settings": Settings(
            inbox=str(work / "inbox"),
            outputs=str(work / "outputs"),
            quarantine=str(work / "quarantine"),
            publication_history=str(work / "publications"),
        ),
        "warehouse": Warehouse(path=str(work / "warehouse.duckdb")),
    }
    instance = dg.DagsterInstance.ephemeral()
    profiler = cProfile.Profile() if profile else None
    t0, c0 = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    result = dg.materialize(
        [publication], partition_key=region, resources=resources, instance=instance
    )
    if profiler:
        profiler.disable()
        profiler.dump_stats(str(profile))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    assert result.success
    return seconds, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("source", type=Path, help="folder holding warehouse.duckdb")
    parser.add_argument("--region", default="32")
    parser.add_argument(
        "--change", choices=("questionnaire", "plan"), default="questionnaire",
        help="what the incremental run adds: one questionnaire's answers or one plan's actions",
    )  # fmt: skip
    parser.add_argument("--profile", type=Path, help="cProfile output of the incremental run")
    parser.add_argument("--profile-full", type=Path, help="cProfile output of the full run")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="copdiag-benchpub-") as tmp:
        work = Path(tmp)
        for name in ("warehouse.duckdb", "warehouse.duckdb.wal"):
            if (args.source / name).exists():
                shutil.copy2(args.source / name, work / name)
        removed = _split_warehouse(work / "warehouse.duckdb", args.region, args.change)
        print("lignes retirées puis remises :", {k: len(v) for k, v in removed.items()})
        full, full_cpu = _publish(work, args.region, args.profile_full)
        print(f"publication complète : {full:.1f} s (CPU {full_cpu:.1f} s)")
        _put_back(work / "warehouse.duckdb", removed)
        incremental, inc_cpu = _publish(work, args.region, args.profile)
        print(
            f"publication incrémentale (1 {args.change}) : {incremental:.1f} s "
            f"(CPU {inc_cpu:.1f} s, {100 * inc_cpu / full_cpu:.0f} % de la complète)"
        )
        same, same_cpu = _publish(work, args.region)
        print(f"publication sans changement : {same:.1f} s (CPU {same_cpu:.1f} s)")


if __name__ == "__main__":
    main()
