"""The answered rows computed once per run (``DiagnosticInputs.answered``, issue 19) give the
rules EXACTLY the frames they compute from the responses themselves: families, state of
play, priority themes and response coverage, with and without the shared rows."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from assets.diagnostic import coverage, families, state_of_play, themes
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.state_of_play import answered_rows
from assets.diagnostic.store import DiagnosticInputs
from sources.sgpe_panorama import lever_targets
from tests.assets.diagnostic.generated_region import REGION, generated_inputs, region_themes

CONFIG = DiagnosticConfig(
    reference_year=2025, max_department_themes=3, department_theme_min_gap=5.0
)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> DiagnosticInputs:
    return generated_inputs(60, 11, tmp_path_factory.mktemp("shared_answers"))


def _frames(i: DiagnosticInputs, answered: object) -> dict[str, pd.DataFrame]:
    i = i.copy()
    shared = {} if answered is False else {"answered": answered}
    return {
        "families": families.lever_families(REGION, i.levers, i.responses, CONFIG, **shared),
        "state": state_of_play.state_of_play(
            REGION, i.levers, i.recipients, i.responses, i.actions, i.projects, CONFIG, **shared
        ),
        "themes": region_themes(i, CONFIG, lever_targets(REGION), **shared),
        "coverage": coverage.response_coverage(REGION, i.recipients, i.responses, **shared),
    }


@pytest.fixture(scope="module")
def alone(inputs: DiagnosticInputs) -> dict[str, pd.DataFrame]:
    """The frames computed with nothing shared (once per module; the tests only read them)."""
    return _frames(inputs, False)


def _assert_same(left: dict[str, pd.DataFrame], right: dict[str, pd.DataFrame]) -> None:
    for name, frame in right.items():
        pd.testing.assert_frame_equal(left[name], frame, check_exact=True, obj=name)


def test_shared_answered_rows_give_the_same_frames(inputs: DiagnosticInputs, alone) -> None:
    shared = _frames(inputs, inputs.copy().answered(REGION))
    _assert_same(shared, alone)
    assert len(alone["state"]) > 47 and not alone["themes"].empty  # départements and themes


def test_no_response_gives_none_and_the_same_frames(inputs: DiagnosticInputs) -> None:
    empty = inputs.copy()
    empty.responses = inputs.responses.iloc[0:0]
    empty.keys, empty.derived = {}, {}
    assert empty.answered(REGION) is None
    _assert_same(_frames(empty, None), _frames(empty, False))


def test_answered_is_computed_once_per_run_and_shared(
    inputs: DiagnosticInputs, tmp_path: Path
) -> None:
    run = DiagnosticInputs(
        **{
            n: getattr(inputs, n).copy()
            for n in (
                "levers",
                "actions",
                "responses",
                "recipients",
                "projects",
                "contract_targets",
            )
        }  # fmt: skip
    )
    first = run.copy()
    rows = first.answered(REGION)
    expected = answered_rows(inputs.responses)
    pd.testing.assert_frame_equal(rows, expected, check_exact=True)
    second = run.copy()  # another asset of the same run: the same rows, not recomputed
    assert ("answered", REGION) in second.derived
    # shared as they are: no rule edits them (``test_shared_inputs.py``)
    assert second.answered(REGION) is rows
    pd.testing.assert_frame_equal(second.answered(REGION), expected, check_exact=True)


def test_known_input_keys_find_the_same_parts(inputs: DiagnosticInputs, tmp_path: Path) -> None:
    """The region's scope keyed by the inputs' content keys (``input_keys``) is the part keyed
    by hashing the region's frames: computed once, found by the other way, same frames."""
    from assets.diagnostic import memo
    from assets.diagnostic.reuse import frame_key
    from assets.resources import Warehouse

    i = inputs.copy()
    names = ("recipients", "responses", "actions", "projects")
    keys = {name: frame_key(getattr(i, name)) for name in names}
    warehouse = Warehouse(path=str(tmp_path / "memo.duckdb"))
    with memo.active(warehouse, REGION, "run-1") as session:
        keyed = state_of_play.state_of_play(
            REGION, i.levers, i.recipients, i.responses, i.actions, i.projects, CONFIG,
            input_keys=keys,
        )  # fmt: skip
        hits = session.hits
        hashed = themes.lever_scores(
            REGION, i.levers, i.responses, i.actions, i.projects, i.contract_targets, CONFIG,
            recipients=i.recipients, regional_targets=lever_targets(REGION),
        )[0]  # fmt: skip
        assert session.hits == hits + 1  # the region's scope, found by content
    plain = state_of_play.state_of_play(
        REGION, i.levers, i.recipients, i.responses, i.actions, i.projects, CONFIG
    )
    pd.testing.assert_frame_equal(keyed, plain, check_exact=True)
    regional = plain[plain["scope"] == "region"].reset_index(drop=True)
    pd.testing.assert_frame_equal(
        hashed[regional.columns].reset_index(drop=True), regional, check_exact=True
    )


def test_known_frame_only_for_every_row() -> None:
    from assets.diagnostic import memo
    from assets.diagnostic.reuse import frame_key

    source = pd.DataFrame({"region_code": ["84", "84", "11"], "x": [1, 2, 3]})
    every = source[source["x"] > 0].copy()
    some = source[source["region_code"] == "84"].copy()
    key = frame_key(source)
    assert memo.known_frame(every, source, key) == memo.FrameKey(key)
    assert memo._part_bytes(memo.FrameKey(key)) == memo._part_bytes(every)
    assert memo.known_frame(some, source, key) is some
    assert memo.known_frame(every, source, None) is every


def test_candidates_with_known_keys_find_the_same_rows(
    inputs: DiagnosticInputs, alone, tmp_path: Path
) -> None:
    """The candidates' theme-free rows keyed by the inputs' content keys are the part keyed
    by hashing the frames: found by the other way, and the same table; new theme ranks only
    redo the ranked part."""
    from assets.diagnostic import candidates, memo
    from assets.diagnostic.reuse import frame_key
    from assets.resources import Warehouse

    i = inputs.copy()
    keys = {name: frame_key(getattr(i, name)) for name in ("levers", "projects", "actions")}
    ranked = alone["themes"]
    warehouse = Warehouse(path=str(tmp_path / "memo.duckdb"))
    args = (REGION, i.levers, i.projects, i.actions)
    with memo.active(warehouse, REGION, "run-1") as session:
        keyed = candidates.cop_action_candidates(*args, ranked, CONFIG, input_keys=keys)
        assert (session.hits, session.misses) == (0, 1)
        hashed = candidates.cop_action_candidates(*args, ranked, CONFIG)
        # one theme fewer: the same rows, ranked again
        lever = hashed.loc[hashed["priority_theme_rank"].notna(), "lever_code"].mode()[0]
        fewer = ranked[ranked["lever_code"] != lever]
        again = candidates.cop_action_candidates(*args, fewer, CONFIG, input_keys=keys)
        assert (session.hits, session.misses) == (2, 1)
    plain = candidates.cop_action_candidates(*args, ranked, CONFIG)
    pd.testing.assert_frame_equal(keyed, plain, check_exact=True)
    pd.testing.assert_frame_equal(hashed, plain, check_exact=True)
    pd.testing.assert_frame_equal(
        again, candidates.cop_action_candidates(*args, fewer, CONFIG), check_exact=True
    )
    assert again.loc[again["lever_code"] == lever, "priority_theme_rank"].isna().all()
    assert plain.loc[plain["lever_code"] == lever, "priority_theme_rank"].notna().all()
