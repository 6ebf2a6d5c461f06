"""Quality-check results of the current run, for the « Qualité des données » of the synthesis.

The GX checks (:mod:`quality.checks`) run on the diagnostic tables before the publication asset,
in the same run; their evaluations are read back from the Dagster instance so the public page
can say how many rules ran and which failed (a failed blocking check stops the run before
publication, so what shows here are non-blocking failures).
"""

from __future__ import annotations

from typing import Any

import pandas as pd

__all__ = ["run_check_results"]

_COLUMNS = ["check_name", "table", "passed", "severity", "description"]


def run_check_results(context: Any) -> pd.DataFrame:
    """One row per asset-check evaluation of ``context``'s run so far; empty if unreadable."""
    try:
        import dagster as dg

        records = context.instance.get_records_for_run(
            run_id=context.run_id, of_type=dg.DagsterEventType.ASSET_CHECK_EVALUATION
        ).records
    except Exception:  # noqa: BLE001 - the page then says where to find the checks
        return pd.DataFrame(columns=_COLUMNS)
    rows = []
    for record in records:
        event = record.event_log_entry.dagster_event
        data = getattr(event, "event_specific_data", None)
        if data is None or not hasattr(data, "passed"):
            continue
        severity = getattr(data, "severity", None)
        rows.append(
            {
                "check_name": data.check_name,
                "table": data.asset_key.to_user_string(),
                "passed": bool(data.passed),
                "severity": getattr(severity, "value", str(severity or "")),
                "description": getattr(data, "description", None) or "",
            }
        )
    return pd.DataFrame(rows, columns=_COLUMNS)
