"""Parquet of a table (writers.write_parquet): text and date columns converted once per
distinct value keep every value and every missing cell; column kinds kept per frame."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from assets.publication import writers


def test_text_and_date_columns_keep_values_and_missing_cells(tmp_path: Path) -> None:
    n = 6_000
    df = pd.DataFrame(
        {
            "text": [["a", None, "b", np.nan, pd.NA, "a"][i % 6] for i in range(n)],
            "day": [dt.date(2025, 1, 1 + i % 3) if i % 4 else None for i in range(n)],
            "mixed": [[1, "1", True, None][i % 4] for i in range(n)],
        }
    )
    writers.write_parquet("t", df, tmp_path / "t.parquet")
    table = pq.read_table(tmp_path / "t.parquet")
    assert table.schema.field("text").type == pa.string()
    assert table.schema.field("day").type == pa.date32()
    assert table.column("text").to_pylist()[:6] == ["a", None, "b", None, None, "a"]
    assert table.column("day").to_pylist()[:5] == [
        None,
        *(dt.date(2025, 1, 1 + i) for i in (1, 2, 0)),
        None,
    ]
    assert table.column("mixed").to_pylist()[:4] == ["1", "1", "True", None]
    assert table.column("text").null_count == 3 * n // 6


def test_frame_kinds_follow_a_changed_dtype() -> None:
    df = pd.DataFrame({"a": ["x"] * 6_000, "b": list(range(6_000))})
    assert writers.frame_kinds(df) == {"a": "string", "b": "integer"}
    df["b"] = df["b"].astype(str)  # the same frame, another dtype: computed again
    assert writers.frame_kinds(df)["b"] == "string"
