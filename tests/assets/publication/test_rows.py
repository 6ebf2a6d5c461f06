"""Rows prepared alone under a whole table's column decisions (tables.prepare_table_facts,
incremental._grow): the same cells as the whole table prepared at once."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd
import pytest

from assets.publication.rows import _match_rows
from assets.publication.tables import (
    decision,
    merge_facts,
    prepare_table,
    prepare_table_facts,
)


def _frame() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "lever_code": ["L1", "L2", None, "L1", "L3", "L2"],
            "n_answers": [1.0, 2.0, np.nan, 4.0, 5.0, 6.0],
            "labels": [["a", "b"], None, "c", ["d"], None, ["e"]],
            "flag": [True, False, None, True, True, False],
            "day": [dt.date(2026, 1, d) for d in range(1, 7)],
            "at": pd.to_datetime(["2026-01-01"] * 6),
            "score": [0.5, 1.5, 2.0, np.nan, 3.0, 4.0],
        }
    )


@pytest.mark.parametrize("cut", [1, 2, 3, 5])
def test_parts_prepared_under_merged_facts_equal_the_whole(cut):
    whole = _frame()
    expected, _ = prepare_table("t", whole)
    head, _, facts_a = prepare_table_facts("t", whole.iloc[:cut])
    _, _, facts_b = prepare_table_facts("t", whole.iloc[cut:])
    merged = {c: merge_facts(facts_a[c], facts_b[c]) for c in facts_a}
    tail, _, _ = prepare_table_facts("t", whole.iloc[cut:], merged)
    head, _, _ = prepare_table_facts("t", whole.iloc[:cut], merged)
    got = pd.concat([head, tail], ignore_index=True)
    pd.testing.assert_frame_equal(got, expected)
    _, _, whole_facts = prepare_table_facts("t", whole)
    assert {c: decision(f) for c, f in merged.items()} == {
        c: decision(f) for c, f in whole_facts.items()
    }


def test_a_part_alone_can_decide_otherwise_than_the_whole():
    """Rows without a list in a list column, or one non-integral count: their own decision
    differs from the whole table's (then the kept rows cannot be used as they are)."""
    whole = _frame()
    _, _, facts_tail = prepare_table_facts("t", whole.iloc[4:5])  # labels: None only
    _, _, facts_head = prepare_table_facts("t", whole.iloc[:4])
    assert decision(facts_tail["labels"]) == ("object", "other")
    assert decision(merge_facts(facts_head["labels"], facts_tail["labels"])) == ("object", "list")
    odd = pd.DataFrame({"n_answers": [1.5]})
    _, _, facts_odd = prepare_table_facts("t", odd)
    merged = merge_facts(facts_head["n_answers"], facts_odd["n_answers"])
    assert decision(facts_head["n_answers"]) == ("int", True)
    assert decision(merged) == ("int", False)
    assert merge_facts(("keep",), ("object", True, True, False, False, False)) is None


def test_rows_are_matched_once_each_whatever_their_order():
    old = np.array([5, 7, 5, 9], dtype=np.uint64)
    new = np.array([9, 5, 11, 5, 7, 5], dtype=np.uint64)
    assert _match_rows(old, new).tolist() == [3, 0, -1, 2, 1, -1]


def test_unique_rows_are_matched_by_their_hash():
    old = np.array([5, 7, 9], dtype=np.uint64)
    new = np.array([9, 11, 5, 7], dtype=np.uint64)
    assert _match_rows(old, new).tolist() == [2, -1, 0, 1]


def test_projets_lines_from_the_row_memo_equal_the_text_made_whole(refreshed_region):
    """projets.csv made with the row memo (empty, then after rows changed) is the text
    projets_csv_template makes: same lines, same rows left out or written once."""
    from assets.personal_data import PersonalDataPolicy
    from assets.publication.folder import prepare_and_mask
    from assets.publication.projets import projets_csv_rows_template, projets_csv_template
    from assets.resources import Warehouse
    from tests.conftest import REGION

    wh = Warehouse(path=refreshed_region.env.warehouse)
    raw = {n: wh.read_table(n, REGION) for n in ("exemplary_projects", "cop_action_candidates")}
    tables, _ = prepare_and_mask(raw, PersonalDataPolicy())
    ex, cand = tables["exemplary_projects"], tables["cop_action_candidates"]
    assert len(ex) and len(cand)
    expected = projets_csv_template(REGION, ex, cand)
    text, memo = projets_csv_rows_template(REGION, ex, cand)
    assert text == expected
    # One row changed, one with a formula and quotes, one untitled, one duplicated.
    ex2 = ex.copy()
    ex2.loc[0, "description"] = '=SOMME(A1) "cité", ligne\nsuivante'
    ex2.loc[1, "title"] = None
    ex2 = pd.concat([ex2, ex2.iloc[[2]]], ignore_index=True)
    again, memo2 = projets_csv_rows_template(REGION, ex2, cand, memo)
    assert again == projets_csv_template(REGION, ex2, cand)
    assert again != expected and "'=SOMME" in again
    assert len(set(memo2) - set(memo)) == 2  # the changed and the untitled row made anew
    assert len(memo2) == len(memo)  # only this run's rows kept


@pytest.mark.parametrize(
    "new_values",
    [
        {"text": ["x", None], "day": [dt.date(2026, 2, 1), None], "lists": [["z"], []]},
        {"text": [None, None], "day": [None, None], "lists": [[], ["y", "w"]]},
    ],
)
def test_content_hash_joined_from_kept_and_new_rows(new_values):
    """The content hash of kept rows and new ones, interleaved, made from their column hashes
    equals the whole table's (columns all missing on one side included)."""
    from assets.publication import cache

    kept = pd.DataFrame(
        {
            "text": ["a", "b", None],
            "day": [dt.date(2026, 1, 1), None, dt.date(2026, 1, 3)],
            "lists": [["a"], [], ["b", "c"]],
            "n": pd.array([1, None, 3], dtype="Int64"),
        }
    )
    new = pd.DataFrame({**new_values, "n": pd.array([4, 5], dtype="Int64")})
    positions = np.array([0, 3, 1, 4, 2])  # new rows between kept ones
    whole = pd.concat([kept, new], ignore_index=True).take(positions).reset_index(drop=True)
    joined = cache.joined_parts(
        cache.column_parts(kept),
        [cache.hash_path(kept[c]) for c in kept.columns],
        cache.column_parts(new),
        [cache.hash_path(new[c]) for c in new.columns],
        positions,
    )
    assert joined is not None
    assert cache.content_hash_of_parts(whole, joined[0]) == cache.table_content_hash(whole)


def test_content_hash_is_not_joined_when_a_column_is_hashed_otherwise():
    from assets.publication import cache

    assert (
        cache.joined_parts(
            [(np.zeros(1, dtype=np.uint64), np.zeros(1, dtype=bool))],
            ["string"],
            [(np.zeros(1, dtype=np.uint64), np.zeros(1, dtype=bool))],
            ["cells"],
            np.array([0, 1]),
        )
        is None
    )


def test_rows_read_alone_take_the_whole_tables_nullable_integer_dtype():
    from assets.publication.rows import _as_read_whole

    raw = pd.DataFrame({"page": np.array([3, 4], dtype="int64"), "x": ["a", "b"]})
    out = _as_read_whole(raw, ["Int64", "object"])
    assert str(out["page"].dtype) == "Int64" and out["page"].tolist() == [3, 4]
    # a float column is not made integer, an integer one not made float
    raw = pd.DataFrame({"page": np.array([3, 4], dtype="int64"), "x": [1.5, 2.0]})
    out = _as_read_whole(raw, ["float64", "int64"])
    assert [str(t) for t in out.dtypes] == ["int64", "float64"]
