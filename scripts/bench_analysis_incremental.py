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

from assets.diagnostic import (  # noqa: E402
    candidates,
    exemplary,
    families,
    memo,
    reuse,
    state_of_play,
    themes,
)
from assets.diagnostic.config import DiagnosticConfig  # noqa: E402
from assets.diagnostic.store import DiagnosticInputs, _coverage  # noqa: E402
from assets.resources import Warehouse  # noqa: E402
from sources.sgpe_panorama import lever_targets  # noqa: E402
from tests.assets.diagnostic.generated_region import REGION, generated_inputs  # noqa: E402
from tests.assets.diagnostic.test_memo import _added  # noqa: E402


def _steps(region: str, i: DiagnosticInputs, targets: pd.DataFrame, config: DiagnosticConfig):
    """The analysis steps called as the Dagster assets call them (``assets/diagnostic/
    assets.py``): the run's answered rows, answer figures, content keys and slice keys
    shared by every rule."""
    out: dict[str, Any] = {}
    stats = lambda: i.score_stats(region, config)  # noqa: E731
    yield (
        "lever_families",
        lambda: families.lever_families(
            region, i.levers, i.responses, config, answered=i.answered(region),
            stats=i.score_stats(region, config),
        ),
    )  # fmt: skip
    yield (
        "lever_state_of_play",
        lambda: state_of_play.state_of_play(
            region, i.levers, i.recipients, i.responses, i.actions, i.projects, config,
            answered=i.answered(region),
            input_keys=i.key_of("levers", "recipients", "responses", "actions", "projects"),
            region_stats=stats,
            slice_keys=i.slice_keys("recipients", "responses", "actions", "projects"),
        ),
    )  # fmt: skip
    yield "response_coverage", lambda: _coverage(region, i)

    def themes_step() -> pd.DataFrame:
        keys = {
            **i.key_of(
                "levers", "responses", "actions", "projects", "contract_targets", "recipients"
            ),
            "lever_targets": reuse.frame_key(targets),
        }
        out["themes"] = themes.priority_themes(
            region, i.levers, i.responses, i.actions, i.projects, i.contract_targets, config,
            recipients=i.recipients, regional_targets=targets, answered=i.answered(region),
            input_keys=keys, region_stats=stats,
            slice_keys=i.slice_keys(
                "responses", "actions", "projects", "contract_targets", "recipients"
            ),
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
            region, i.levers, i.projects, i.actions, candidates.theme_ranks(out["themes"]),
            config, input_keys=i.key_of("levers", "projects", "actions"),
        ),
    )  # fmt: skip


def _frames(inputs: DiagnosticInputs) -> dict[str, pd.DataFrame]:
    names = ("levers", "actions", "responses", "recipients", "projects", "contract_targets")
    return {name: getattr(inputs, name).copy() for name in names}


def _run(label: str, region: str, inputs: DiagnosticInputs, targets: pd.DataFrame,
         store: Warehouse | None, run_id: str) -> dict[str, pd.DataFrame]:  # fmt: skip
    # from scratch: nothing of the other runs shared (keys, answered rows, slice keys)
    i = inputs.copy() if store is not None else DiagnosticInputs(**_frames(inputs))
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
