"""Reference dimensions (levers, thematics, regions, départements) loaded into DuckDB. No Dagster."""

from __future__ import annotations

import dataclasses

import pandas as pd

from assets.resources import Warehouse
from assets.warehouse.tables import replace_rows
from sources import reference


def reference_frames() -> dict[str, pd.DataFrame]:
    """The shipped reference data as frames named after their warehouse tables."""
    levers = pd.DataFrame([dataclasses.asdict(lever) for lever in reference.levers()])
    levers = levers.rename(columns={"code": "lever_code"})
    thematics = pd.DataFrame(
        {"thematic": list(reference.THEMATICS), "label": list(reference.THEMATICS.values())}
    )
    frames = {"levers": levers, "thematics": thematics}
    if hasattr(reference, "regions"):
        frames["regions"] = pd.DataFrame([dataclasses.asdict(r) for r in reference.regions()])
        frames["departements"] = pd.DataFrame(
            [dataclasses.asdict(d) for d in reference.departements()]
        )
    return frames


def load_reference(warehouse: Warehouse) -> dict[str, int]:
    """Replace the reference tables (small; reloaded on every refresh)."""
    counts = {}
    with warehouse.connect() as con:
        for table, frame in reference_frames().items():
            counts[table] = replace_rows(con, table, frame, "TRUE", [])
    return counts
