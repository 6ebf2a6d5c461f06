"""One refresh's diagnostic assets share the run's input frames and derived rows as they are,
without a copy per asset (issue 19: ~0.3 s of copies of ~115 000 answers a refresh).

That is only right if no rule edits its inputs: every input frame, the answered rows and the
answer figures are hashed (content, dtypes, order, index) before and after each rule, called
as the assets call it, on a generated region; the shared rows equal fresh ones, and are not
shared across runs or regions.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest
from pandas.testing import assert_frame_equal

from assets.diagnostic import candidates, exemplary, families, state_of_play, themes
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.families import _score_stats
from assets.diagnostic.frames import _region, _shared
from assets.diagnostic.reuse import frame_key
from assets.diagnostic.store import DiagnosticInputs, _coverage, forget_run_inputs
from assets.resources import Warehouse
from sources.sgpe_panorama import lever_targets
from tests.assets.diagnostic.generated_region import REGION, generate_tables, write_warehouse

CONFIG = DiagnosticConfig(
    reference_year=2025, max_department_themes=3, department_theme_min_gap=5.0
)
NAMES = ("levers", "recipients", "responses", "actions", "projects", "contract_targets")


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory: pytest.TempPathFactory) -> Warehouse:
    path = tmp_path_factory.mktemp("shared_inputs") / "w.duckdb"
    return write_warehouse(generate_tables(60, 5), path)


def _fingerprint(df: pd.DataFrame | None) -> object:
    if df is None:
        return None
    return (frame_key(df), list(df.index), str(df.index.dtype), df.shape)


def _frames(i: DiagnosticInputs) -> dict[str, pd.DataFrame | None]:
    out: dict[str, pd.DataFrame | None] = {name: getattr(i, name) for name in NAMES}
    out["answered"] = i.answered(REGION)
    out["score_stats"] = i.score_stats(REGION, CONFIG)
    return out


def _rules(
    warehouse: Warehouse, run_id: str
) -> list[tuple[str, Callable[[DiagnosticInputs], object]]]:
    targets = lever_targets(REGION)

    def keys(i: DiagnosticInputs) -> dict[str, str]:
        return {**i.key_of(*NAMES[1:], "levers"), "lever_targets": "t"}

    def region_themes(i: DiagnosticInputs) -> pd.DataFrame:
        return themes.priority_themes(
            REGION, i.levers, i.responses, i.actions, i.projects, i.contract_targets, CONFIG,
            recipients=i.recipients, regional_targets=targets, answered=i.answered(REGION),
            input_keys=keys(i), region_stats=lambda: i.score_stats(REGION, CONFIG),
            slice_keys=i.slice_keys(
                "responses", "actions", "projects", "contract_targets", "recipients"
            ),
        )  # fmt: skip

    return [
        ("lever_families", lambda i: families.lever_families(
            REGION, i.levers, i.responses, CONFIG, answered=i.answered(REGION),
            stats=i.score_stats(REGION, CONFIG),
        )),
        ("lever_state_of_play", lambda i: state_of_play.state_of_play(
            REGION, i.levers, i.recipients, i.responses, i.actions, i.projects, CONFIG,
            answered=i.answered(REGION), input_keys=keys(i),
            region_stats=lambda: i.score_stats(REGION, CONFIG),
            slice_keys=i.slice_keys("recipients", "responses", "actions", "projects"),
        )),
        ("response_coverage", lambda i: _coverage(REGION, i)),
        ("priority_themes", region_themes),
        ("exemplary_projects", lambda i: exemplary.exemplary_projects(
            REGION, i.responses, i.projects, i.actions, CONFIG
        )),
        ("cop_action_candidates", lambda i: candidates.cop_action_candidates(
            REGION, i.levers, i.projects, i.actions,
            candidates.theme_ranks(region_themes(i)), CONFIG, input_keys=keys(i),
        )),
        # the plain calls too (no shared rows given: each rule derives its own)
        ("lever_families (plain)", lambda i: families.lever_families(
            REGION, i.levers, i.responses, CONFIG
        )),
        ("lever_state_of_play (plain)", lambda i: state_of_play.state_of_play(
            REGION, i.levers, i.recipients, i.responses, i.actions, i.projects, CONFIG
        )),
        ("priority_themes (plain)", lambda i: themes.priority_themes(
            REGION, i.levers, i.responses, i.actions, i.projects, i.contract_targets, CONFIG,
            recipients=i.recipients, regional_targets=targets,
        )),
    ]  # fmt: skip


def test_no_rule_edits_the_shared_inputs(warehouse: Warehouse) -> None:
    forget_run_inputs()
    run = "run-shared-1"
    first = DiagnosticInputs.load(warehouse, REGION, run)
    before = {name: _fingerprint(df) for name, df in _frames(first).items()}
    assert before["answered"] is not None and before["responses"][3][0] > 0
    for label, rule in _rules(warehouse, run):
        inputs = DiagnosticInputs.load(warehouse, REGION, run)  # each asset loads its own
        result = rule(inputs)
        assert isinstance(result, pd.DataFrame) and not result.empty, label
        after = {name: _fingerprint(df) for name, df in _frames(inputs).items()}
        for name in before:
            assert after[name] == before[name], f"{label} edited {name}"
    forget_run_inputs()


def test_frames_are_shared_within_a_run_only(warehouse: Warehouse) -> None:
    forget_run_inputs()
    a = DiagnosticInputs.load(warehouse, REGION, "run-a")
    b = DiagnosticInputs.load(warehouse, REGION, "run-a")
    for name in NAMES:
        assert getattr(a, name) is getattr(b, name), name
    responses = a.responses
    assert _shared(responses) and _region(responses, REGION) is responses
    assert a.answered(REGION) is b.answered(REGION)
    assert a.score_stats(REGION, CONFIG) is b.score_stats(REGION, CONFIG)
    # the shared rows are those a rule derives itself
    fresh = state_of_play.answered_rows(_region(responses.copy(), REGION))
    assert_frame_equal(a.answered(REGION), fresh, check_exact=True)
    assert_frame_equal(
        a.score_stats(REGION, CONFIG), _score_stats(fresh, CONFIG, answered=fresh),
        check_exact=True,
    )  # fmt: skip
    # another run reads its own frames and derives its own rows
    c = DiagnosticInputs.load(warehouse, REGION, "run-c")
    assert c.responses is not responses and c.answered(REGION) is not a.answered(REGION)
    assert_frame_equal(c.responses, responses, check_exact=True)
    # another region of the same run: its own (empty) frames
    d = DiagnosticInputs.load(warehouse, "11", "run-c")
    assert d.responses.empty and d.answered("11") is None
    # a copy is no longer shared: the region filter copies it, as for any caller's frame
    copy = responses.copy()
    assert not _shared(copy) and _region(copy, REGION) is not copy
    forget_run_inputs()


def test_region_filter_of_a_shared_frame() -> None:
    """A shared frame all of one region is given back as it is, every time (its region test
    remembered); a frame mixing regions still gives a copy of the region's rows."""
    from assets.diagnostic.frames import _ALL_OF_REGION, share

    whole = share(pd.DataFrame({"region_code": ["32", "32"], "v": [1, 2]}))
    assert _region(whole, "32") is whole and _region(whole, "32") is whole
    assert _ALL_OF_REGION[(id(whole), "32")] is True
    assert _region(whole, "11").empty
    mixed = share(pd.DataFrame({"region_code": ["32", "11"], "v": [1, 2]}))
    for _ in range(2):
        got = _region(mixed, "32")
        assert got is not mixed and got["v"].tolist() == [1]
    key = id(mixed)
    del mixed, got
    import gc

    gc.collect()
    assert not [k for k in _ALL_OF_REGION if k[0] == key]  # forgotten with its frame
