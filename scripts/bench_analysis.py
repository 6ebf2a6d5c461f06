"""CPU seconds of the regional analysis (``assets/diagnostic``) on a generated large region.

Why (issue 19): every refresh re-runs the regional analysis; at the size of a large region
(≈3 800 authorities) it used to take tens of seconds of row-wise Python. This prints, for a
region of ``--n`` authorities (``tests/assets/diagnostic/generated_region.py``, seeded), the CPU
seconds of ``DiagnosticInputs.load`` on a real DuckDB warehouse and of each pure function the
diagnostic assets call, in the assets' order. ``--profile NAME`` prints the cProfile of one.

    .venv/bin/python scripts/bench_analysis.py --n 3000
    .venv/bin/python scripts/bench_analysis.py --n 3000 --profile priority_themes --sort tottime

Measured (issue 19, N = 3000, --repeat 2, shared 2-core machine), CPU seconds before → after
the vectorisation: load 0.80 → 0.75, lever_families 0.67 → 0.58, lever_state_of_play
3.96 → 2.89, response_coverage 0.50 → 0.42, priority_themes 16.84 → 5.34,
exemplary_projects 0.50 → 0.49, cop_action_candidates 17.40 → 1.50; total 39.9 → 11.2.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assets.diagnostic.candidates import cop_action_candidates  # noqa: E402
from assets.diagnostic.config import DiagnosticConfig  # noqa: E402
from assets.diagnostic.coverage import response_coverage  # noqa: E402
from assets.diagnostic.exemplary import exemplary_projects  # noqa: E402
from assets.diagnostic.families import lever_families  # noqa: E402
from assets.diagnostic.state_of_play import state_of_play  # noqa: E402
from assets.diagnostic.store import DiagnosticInputs  # noqa: E402
from assets.diagnostic.themes import priority_themes  # noqa: E402
from sources.sgpe_panorama import lever_targets  # noqa: E402
from tests.assets.diagnostic.generated_region import (  # noqa: E402
    REGION,
    generate_tables,
    write_warehouse,
)


def _cpu(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Smallest CPU time of ``repeat`` runs (the machine is shared) and the last result."""
    best, result = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        result = fn()
        best = min(best, time.process_time() - start)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=3000, help="authorities in the region")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", default=None, help="function to profile (cProfile)")
    parser.add_argument("--sort", default="cumulative", help="cProfile order (tottime…)")
    args = parser.parse_args()
    config = DiagnosticConfig()
    targets = lever_targets(REGION)
    tables = generate_tables(args.n, args.seed, REGION)
    with tempfile.TemporaryDirectory() as tmp:
        warehouse = write_warehouse(tables, Path(tmp) / "warehouse.duckdb")
        load_s, inputs = _cpu(lambda: DiagnosticInputs.load(warehouse, REGION), args.repeat)
    i = inputs
    themes_holder: dict[str, Any] = {}

    def themes() -> Any:
        themes_holder["t"] = priority_themes(
            REGION, i.levers, i.responses, i.actions, i.projects, i.contract_targets, config,
            recipients=i.recipients, regional_targets=targets,
        )  # fmt: skip
        return themes_holder["t"]

    steps: dict[str, Callable[[], Any]] = {
        "lever_families": lambda: lever_families(REGION, i.levers, i.responses, config),
        "lever_state_of_play": lambda: state_of_play(
            REGION, i.levers, i.recipients, i.responses, i.actions, i.projects, config
        ),
        "response_coverage": lambda: response_coverage(REGION, i.recipients, i.responses),
        "priority_themes": themes,
        "exemplary_projects": lambda: exemplary_projects(
            REGION, i.responses, i.projects, i.actions, config
        ),
        "cop_action_candidates": lambda: cop_action_candidates(
            REGION, i.levers, i.projects, i.actions, themes_holder["t"], config
        ),
    }
    print(
        f"Région générée {REGION}, N = {args.n} : {len(i.recipients)} destinataires, "
        f"{i.responses['source_sha256'].nunique()} questionnaires courants, "
        f"{len(i.responses)} réponses, {len(i.projects)} projets, {len(i.actions)} actions, "
        f"{len(i.contract_targets)} objectifs contractuels"
    )
    print(f"{'DiagnosticInputs.load (DuckDB)':32s} {load_s:7.2f} s CPU")
    total = 0.0
    for name, fn in steps.items():
        if args.profile == name:
            profile = cProfile.Profile()
            profile.enable()
            fn()
            profile.disable()
            pstats.Stats(profile).sort_stats(args.sort).print_stats(35)
        seconds, out = _cpu(fn, args.repeat)
        total += seconds
        print(f"{name:32s} {seconds:7.2f} s CPU  ({len(out)} lignes)")
    print(f"{'total (fonctions)':32s} {total:7.2f} s CPU")
    print(f"{'total (assets : 5 chargements)':32s} {total + 5 * load_s:7.2f} s CPU")


if __name__ == "__main__":
    main()
