"""CPU seconds of the regional analysis after one new questionnaire, with the memo of
unchanged parts (``assets/diagnostic/memo.py``) and from scratch.

Why (issue 19): an incremental refresh recomputed every département's state of play and
themes although one questionnaire touches one département. This analyses a region once with
the memo on (priming it, as the previous refresh did), adds one questionnaire
(``tests/assets/diagnostic/test_memo._added``), then prints the CPU seconds of each analysis
step with the memo (parts taken back / computed) and from scratch, and checks the frames equal.

    .venv/bin/python scripts/bench_analysis_incremental.py --n 3000
    .venv/bin/python scripts/bench_analysis_incremental.py --warehouse /work/wt/big/snap/warehouse.duckdb --region 32

A ``--warehouse`` is copied first (never written). Measured on the large region's snapshot
(region 32, 114 774 answers, 5 départements), quiet-ish machine: from scratch 12.0 s CPU
(code before the memo), with the memo 8.2 s; see README « Benchmark », seventh pass.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd  # noqa: E402

from assets.diagnostic import candidates, exemplary, families, memo, state_of_play, themes  # noqa: E402
from assets.diagnostic.config import DiagnosticConfig  # noqa: E402
from assets.diagnostic.store import DiagnosticInputs, _coverage  # noqa: E402
from assets.resources import Warehouse  # noqa: E402
from sources.sgpe_panorama import lever_targets  # noqa: E402
from tests.assets.diagnostic.generated_region import REGION, generated_inputs  # noqa: E402
from tests.assets.diagnostic.test_memo import _added  # noqa: E402


def _steps(region: str, i: DiagnosticInputs, targets: pd.DataFrame, config: DiagnosticConfig):
    out: dict[str, Any] = {}
    yield "lever_families", lambda: families.lever_families(region, i.levers, i.responses, config)
    yield (
        "lever_state_of_play",
        lambda: state_of_play.state_of_play(
            region, i.levers, i.recipients, i.responses, i.actions, i.projects, config
        ),
    )
    yield "response_coverage", lambda: _coverage(region, i)

    def themes_step() -> pd.DataFrame:
        out["themes"] = themes.priority_themes(
            region, i.levers, i.responses, i.actions, i.projects, i.contract_targets, config,
            recipients=i.recipients, regional_targets=targets,
        )  # fmt: skip
        return out["themes"]

    yield "priority_themes", themes_step
    yield (
        "exemplary_projects",
        lambda: exemplary.exemplary_projects(region, i.responses, i.projects, i.actions, config),
    )
    yield (
        "cop_action_candidates",
        lambda: candidates.cop_action_candidates(
            region, i.levers, i.projects, i.actions, out["themes"], config
        ),
    )


def _run(label: str, region: str, inputs: DiagnosticInputs, targets: pd.DataFrame,
         store: Warehouse | None, run_id: str) -> dict[str, pd.DataFrame]:  # fmt: skip
    i = inputs.copy()
    start = time.process_time()
    i.key_of("levers", "recipients", "responses", "actions", "projects", "contract_targets")
    total = time.process_time() - start
    print(f"{label}\n  {'input keys':24s} {total:6.2f} s")
    frames = {}
    for name, step in _steps(region, i, targets, DiagnosticConfig()):
        start = time.process_time()
        if store is None:
            frames[name], note = step(), ""
        else:
            with memo.active(store, region, run_id) as session:
                frames[name] = step()
            note = f"  (parties reprises {session.hits}, calculées {session.misses})"
        spent = time.process_time() - start
        total += spent
        print(f"  {name:24s} {spent:6.2f} s{note}")
    print(f"  {'total':24s} {total:6.2f} s CPU")
    return frames


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="authorities of a generated region")
    parser.add_argument("--warehouse", help="read this warehouse (copied) instead")
    parser.add_argument("--region", default=None)
    args = parser.parse_args()
    os.environ.setdefault("COPDIAG_ANALYSIS_CACHE", "on")
    with tempfile.TemporaryDirectory() as tmp:
        if args.warehouse:
            region = args.region or "32"
            copy = Path(tmp) / "source.duckdb"
            shutil.copy(args.warehouse, copy)
            inputs = DiagnosticInputs.load(Warehouse(path=str(copy)), region)
        else:
            region = args.region or REGION
            inputs = generated_inputs(args.n, 0, tmp, region)
        targets = lever_targets(region)
        store = Warehouse(path=str(Path(tmp) / "memo.duckdb"))
        _run("analyse complète (amorce du mémo)", region, inputs, targets, store, "r1")
        changed = _added(inputs)
        kept = _run("un questionnaire de plus, avec le mémo", region, changed, targets, store, "r2")
        scratch = _run("un questionnaire de plus, sans mémo", region, changed, targets, None, "-")
        for name, frame in scratch.items():
            pd.testing.assert_frame_equal(kept[name], frame, check_exact=True, obj=name)
        print("mêmes tables avec et sans mémo")


if __name__ == "__main__":
    main()
