"""The Dagster column schema of a table asset is the published datapackage's field list.

Fast counterpart of ``tests/pipelines/test_instance.py::test_column_schemas_equal_the_datapackage_fields``
(which runs a whole refresh): a warehouse-shaped frame with columns that only exist at
publication (the 2025 lever name), columns dropped at publication (personal data, internal
hashes) and every published type.
"""

from __future__ import annotations

import datetime as dt
import json

import pandas as pd

from assets.metadata import column_schema
from assets.publication.folder import publish


def _warehouse_frames() -> dict[str, pd.DataFrame]:
    actions = pd.DataFrame(
        {
            "action_id": ["a1", "a2"],
            "title": ["Réseau de chaleur", "Gouvernance"],
            "lever_code": ["energie.reseaux_chaleur", "transverse"],
            "lever_confidence": [0.92, None],
            "budget_eur": [1_200_000.0, None],
            "annual_budget_eur": [None, 15_000.0],
            "start_year": [2024.0, None],
            "pages": [[3, 4], []],
            "is_priority": [True, False],
            "source_file": ["plan.pdf", "plan.pdf"],
        }
    )
    responses = pd.DataFrame(
        {
            "region_code": ["32"],
            "siren": ["200067106"],
            "lever_code": ["voyageurs.velo"],
            "lever_label": ["Vélo"],
            "relevance_score": [4.0],
            "submitted_on": [dt.date(2024, 3, 12)],
            "respondent_email": ["camille.martin@cc-haut-bocage.fr"],
            "source_sha256": ["0" * 64],
        }
    )
    return {"actions": actions, "questionnaire_responses": responses}


def test_schema_lists_the_published_columns_with_their_types(tmp_path) -> None:
    frames = _warehouse_frames()
    # publication drops the warehouse-only columns before publishing (assets/publication/tables.py)
    published = {
        "actions": frames["actions"],
        "questionnaire_responses": frames["questionnaire_responses"].drop(
            columns=["source_sha256"]
        ),
    }
    publish(published, tmp_path, "32", synthesis_html="<html><body>test</body></html>")
    package = json.loads((tmp_path / "32" / "datapackage.json").read_text(encoding="utf-8"))
    fields = {r["name"]: r["schema"]["fields"] for r in package["resources"]}
    for table, frame in frames.items():
        schema = column_schema(table, frame)
        got = [(c.name, c.type, c.description) for c in schema.columns]
        assert got == [(f["name"], f["type"], f.get("description")) for f in fields[table]]
    actions = [c.name for c in column_schema("actions", frames["actions"]).columns]
    # computed at publication, kept from the warehouse, typed as published
    assert actions.index("lever_label_2025") == actions.index("lever_code") + 1
    assert "annual_budget_eur" in actions
    types = {c.name: c.type for c in column_schema("actions", frames["actions"]).columns}
    assert (types["start_year"], types["budget_eur"], types["is_priority"]) == (
        "integer",
        "number",
        "boolean",
    )
    responses = [
        c.name
        for c in column_schema("questionnaire_responses", frames["questionnaire_responses"]).columns
    ]
    assert "respondent_email" not in responses and "source_sha256" not in responses
    assert "lever_label_2025" in responses


def test_unpublished_table_is_described_as_the_warehouse_holds_it() -> None:
    """Every submission stays in the warehouse only: no column invented for it."""
    answers = pd.DataFrame({"lever_code": ["voyageurs.velo"], "relevance_score": [4.0]})
    names = [c.name for c in column_schema("questionnaire_answers", answers).columns]
    assert names == ["lever_code", "relevance_score"]


def _mixed_frame(n: int = 400) -> pd.DataFrame:
    """Columns whose published type hinges on a single cell among many."""
    rows = range(n)
    return pd.DataFrame(
        {
            # integral counts are published as integers…
            "n_actions": [float(i % 7) for i in rows],
            # …unless one value is not integral
            "n_steps": [float(i) if i != n - 3 else 2.5 for i in rows],
            # one list among texts: the column becomes a list column
            "tags": ["texte"] * (n - 1) + [["a", "b"]],
            # one dict: JSON text
            "extra": [None] * (n - 2) + [{"k": 1}, "x"],
            # booleans held as objects, with a gap
            "is_ok": [True, False, None] * (n // 3) + [True] * (n % 3),
            # dates held as objects, then one datetime
            "day": [dt.date(2026, 1, 1 + i % 28) for i in range(n - 1)]
            + [dt.datetime(2026, 1, 1, 12)],
            "when": pd.to_datetime(["2026-01-01 00:00"] * (n - 1) + ["2026-01-01 08:00"]),
            "lever_code": ["voyageurs.velo", "energie.reseaux_chaleur"] * (n // 2),
            "empty": [None] * n,
        }
    )


def test_representative_rows_give_the_same_schema() -> None:
    """The column schema from a few representative rows equals the whole table's."""
    from assets.metadata import representative_rows

    frame = _mixed_frame()
    few = representative_rows(frame)
    assert len(few) < 10
    assert column_schema("actions", few) == column_schema("actions", frame)
    kinds = {c.name: c.type for c in column_schema("actions", few).columns}
    assert kinds["n_actions"] == "integer" and kinds["n_steps"] == "number"
    assert kinds["when"] == "datetime" and kinds["is_ok"] == "boolean"
    for table, df in _warehouse_frames().items():
        assert column_schema(table, representative_rows(df)) == column_schema(table, df)
