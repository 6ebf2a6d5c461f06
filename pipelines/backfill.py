"""National refresh = a backfill of ``regional_refresh`` over region partitions.

Launched through the Dagster UI's GraphQL endpoint (the one ``copdiag ui`` serves), so the
daemon queues one run per region (run queue of ``dagster.yaml``) and the runs take turns on the
DuckDB file through the ``duckdb_writer`` pool (limit 1). Used by ``copdiag backfill`` and by
the end-to-end test.
"""

from __future__ import annotations

import json
import time
import urllib.request
from typing import Any

from pipelines.automation import REFRESH_JOB_NAME

LOCATION = "copdiag"
REPOSITORY = "__repository__"

LAUNCH = """
mutation Launch($params: LaunchBackfillParams!) {
  launchPartitionBackfill(backfillParams: $params) {
    __typename
    ... on LaunchBackfillSuccess { backfillId }
    ... on PythonError { message }
    ... on InvalidSubsetError { message }
    ... on UnauthorizedError { message }
    ... on PartitionSetNotFoundError { message }
  }
}
"""

STATUS = """
query Backfill($id: String!) {
  partitionBackfillOrError(backfillId: $id) {
    __typename
    ... on PartitionBackfill {
      id
      status
      runs(limit: 100) { runId status tags { key value } }
    }
    ... on PythonError { message }
  }
}
"""

FINISHED = {"COMPLETED", "COMPLETED_SUCCESS", "COMPLETED_FAILED", "FAILED", "CANCELED"}


class BackfillError(RuntimeError):
    """The UI refused the backfill or did not answer (message in French)."""


def graphql(url: str, query: str, variables: dict[str, Any], timeout: float = 30) -> dict:
    """POST one GraphQL request to ``<url>/graphql`` and return its ``data``."""
    body = json.dumps({"query": query, "variables": variables}).encode()
    request = urllib.request.Request(
        url.rstrip("/") + "/graphql", data=body, headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - local UI
        payload = json.loads(response.read())
    if payload.get("errors"):
        raise BackfillError(f"Réponse GraphQL en erreur : {payload['errors'][0].get('message')}")
    return payload["data"]


def launch_region_backfill(url: str, regions: list[str]) -> str:
    """Ask the UI for a backfill of ``regional_refresh`` over ``regions``; returns its id."""
    params = {
        "selector": {
            "partitionSetName": f"{REFRESH_JOB_NAME}_partition_set",
            "repositorySelector": {
                "repositoryLocationName": LOCATION,
                "repositoryName": REPOSITORY,
            },
        },
        "partitionNames": list(regions),
        "tags": [{"key": "copdiag/trigger", "value": "national_backfill"}],
    }
    result = graphql(url, LAUNCH, {"params": params})["launchPartitionBackfill"]
    if result["__typename"] != "LaunchBackfillSuccess":
        raise BackfillError(
            f"Rattrapage refusé par Dagster ({result['__typename']}) : {result.get('message', '')}"
        )
    return result["backfillId"]


def backfill_status(url: str, backfill_id: str) -> dict[str, Any]:
    found = graphql(url, STATUS, {"id": backfill_id})["partitionBackfillOrError"]
    if found["__typename"] != "PartitionBackfill":
        raise BackfillError(f"Rattrapage {backfill_id} introuvable : {found.get('message', '')}")
    return found


def wait_for_backfill(
    url: str, backfill_id: str, timeout: float = 300, poll: float = 3.0
) -> dict[str, Any]:
    """Poll until the backfill is finished and none of its runs is still going (bounded)."""
    deadline = time.monotonic() + timeout
    while True:
        status = backfill_status(url, backfill_id)
        runs_done = all(
            r["status"] in ("SUCCESS", "FAILURE", "CANCELED") for r in status["runs"]
        )
        if status["status"] in FINISHED and runs_done:
            return status
        if time.monotonic() > deadline:
            raise BackfillError(
                f"Rattrapage {backfill_id} non terminé après {timeout:.0f} s "
                f"(état {status['status']}, exécutions "
                + ", ".join(f"{r['runId'][:8]}={r['status']}" for r in status["runs"])
                + ")"
            )
        time.sleep(poll)
