"""What one refresh shares between the diagnostic assets (issue 19): the region's answer
figures (``DiagnosticInputs.score_stats``) and the départements' memo keys taken from slice
keys built once per input (``reuse.SliceKeys``).

The assets call the rules with these shared parts (``assets/diagnostic/assets.py``); the
frames must be EXACTLY those of a plain computation, the slice keys EXACTLY the keys of the
rows they stand for (so entries stored by either way are found by the other), and a change of
code or reference data must leave every stored part unused.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from assets.diagnostic import candidates, exemplary, families, memo, reuse, state_of_play
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.store import DiagnosticInputs
from sources.sgpe_panorama import lever_targets
from tests.assets.diagnostic.generated_region import REGION, generated_inputs, region_themes
from tests.assets.diagnostic.test_memo import FirstRun, _added, _analysis, _replaced, first_run

CONFIG = DiagnosticConfig(
    reference_year=2025, max_department_themes=3, department_theme_min_gap=5.0
)


def _shared_analysis(i: DiagnosticInputs, targets: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The published frames computed as the assets do: one run's inputs, answered rows,
    answer figures, content keys and slice keys shared by every rule."""
    i = i.copy()
    keys = {
        **i.key_of("levers", "recipients", "responses", "actions", "projects", "contract_targets"),
        "lever_targets": reuse.frame_key(targets),
    }
    stats = lambda: i.score_stats(REGION, CONFIG)  # noqa: E731
    out = {
        "lever_families": families.lever_families(
            REGION, i.levers, i.responses, CONFIG, answered=i.answered(REGION),
            stats=i.score_stats(REGION, CONFIG),
        ),
        "lever_state_of_play": state_of_play.state_of_play(
            REGION, i.levers, i.recipients, i.responses, i.actions, i.projects, CONFIG,
            answered=i.answered(REGION), input_keys=keys, region_stats=stats,
            slice_keys=i.slice_keys("recipients", "responses", "actions", "projects"),
        ),
        "priority_themes": region_themes(
            i, CONFIG, targets, answered=i.answered(REGION), input_keys=keys,
            region_stats=stats,
            slice_keys=i.slice_keys(
                "responses", "actions", "projects", "contract_targets", "recipients"
            ),
        ),
        "exemplary_projects": exemplary.exemplary_projects(
            REGION, i.responses, i.projects, i.actions, CONFIG
        ),
    }  # fmt: skip
    out["cop_action_candidates"] = candidates.cop_action_candidates(
        REGION, i.levers, i.projects, i.actions, out["priority_themes"], CONFIG,
        input_keys=i.key_of("levers", "projects", "actions"),
    )  # fmt: skip
    return out


def _plain(i: DiagnosticInputs, targets: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The same frames from scratch: no memo, nothing shared (``test_memo._analysis``)."""
    return _analysis(i, targets)


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory) -> tuple[DiagnosticInputs, pd.DataFrame]:
    directory = tmp_path_factory.mktemp("shared_region")
    return generated_inputs(90, 7, directory), lever_targets(REGION)


@pytest.fixture(scope="module")
def first(region, tmp_path_factory: pytest.TempPathFactory) -> FirstRun:
    """The region analysed once the assets' way with the memo on (tests copy its store)."""
    inputs, targets = region
    return first_run(tmp_path_factory.mktemp("shared_first"), _shared_analysis, inputs, targets)


@pytest.fixture(scope="module")
def plain(region) -> dict[str, pd.DataFrame]:
    """The region analysed from scratch, no memo (computed once, only read)."""
    inputs, targets = region
    return _plain(inputs, targets)


def _assert_same(got: dict[str, pd.DataFrame], want: dict[str, pd.DataFrame]) -> None:
    assert set(got) == set(want)
    for name, frame in want.items():
        pd.testing.assert_frame_equal(got[name], frame, check_exact=True, obj=name)


def test_slice_keys_are_the_rows_keys(region) -> None:
    """Every département's rows of every input: the slice key is ``frame_key`` of the rows."""
    inputs, _ = region
    for name in ("responses", "recipients", "actions", "projects", "contract_targets"):
        frame = getattr(inputs, name)
        keys = reuse.SliceKeys(frame)
        codes = frame["department_code"] if "department_code" in frame.columns else None
        groups = [] if codes is None else sorted(codes.dropna().unique())
        assert name == "contract_targets" or len(groups) >= 2, name
        for dept in groups:
            rows = np.flatnonzero((codes == dept).to_numpy())
            assert keys.key(rows) == reuse.frame_key(frame.iloc[rows]), (name, dept)
        assert keys.key(np.arange(len(frame))) == reuse.frame_key(frame), name
        assert keys.key(np.array([], dtype=np.int64)) == reuse.frame_key(frame.iloc[0:0])


def test_content_keys_from_slice_keys_are_the_frames_keys(region) -> None:
    """``key_of`` takes the keys of the sliced inputs from their slice keys (the rows of the
    whole frame): the same keys as ``frame_key``, from the run's own frames even when the
    asset's view holds another frame (the view shares the run's frames, which no rule edits:
    ``test_shared_inputs.py``)."""
    inputs, _ = region
    names = ("levers", "recipients", "responses", "actions", "projects", "contract_targets")
    want = {name: reuse.frame_key(getattr(inputs, name)) for name in names}
    shared = inputs.lazy_copy()
    shared.responses = shared.responses.assign(lever_code="modifié")  # this view's frame
    assert shared.key_of(*reversed(names)) == want
    slices = shared.slice_keys("responses")["responses"]
    assert slices.key(np.arange(len(inputs.responses))) == want["responses"]


def test_slice_keys_tell_cells_apart() -> None:
    """Missing cells of different kinds, numbers written as text, lists and nullable
    integers: the slice key follows ``frame_key`` (which tells them apart) on every subset."""
    frame = pd.DataFrame(
        {
            "text": ["x", None, "y", np.nan, "x", "é"],
            "number": [1.0, 2.0, np.nan, 4.0, -0.0, 6.0],
            "lists": [["a"], None, ["b", "c"], None, [], ["a"]],
            "nullable": pd.array([1, None, 3, 4, 5, 6], dtype="Int32"),
            "mixed": ["1", 1, "2", None, "3", "4"],
        }
    )
    keys = reuse.SliceKeys(frame)
    subsets = [[0, 1, 3], [1, 3], [], [2, 4, 5], [0, 2, 4], list(range(6))]
    found = set()
    for rows in subsets:
        key = keys.key(np.array(rows, dtype=np.int64))
        assert key == reuse.frame_key(frame.iloc[rows]), rows
        found.add(key)
    assert len(found) == len(subsets)
    # None and NaN in a text column are different contents
    other = frame.assign(text=["x", np.nan, "y", np.nan, "x", "é"])
    assert reuse.SliceKeys(other).key(np.array([1])) != keys.key(np.array([1]))


@pytest.mark.parametrize("change", [_added, _replaced])
def test_one_questionnaire_recomputes_only_its_parts(
    region, first: FirstRun, plain, change, tmp_path: Path
) -> None:
    """A refresh after one new (or answered again) questionnaire, the assets' way with the
    memo on, equals a computation from scratch; the other départements are taken back."""
    inputs, targets = region
    warehouse = first.warehouse(tmp_path)
    _assert_same(first.frames, plain)

    changed = change(inputs)
    with memo.active(warehouse, REGION, "run-2") as second:
        incremental = _shared_analysis(changed, targets)
    scratch = _plain(changed, targets)
    _assert_same(incremental, scratch)
    assert not scratch["lever_state_of_play"].equals(first.frames["lever_state_of_play"])
    # 7 départements: the changed one and the region computed again, the others kept
    assert second is not None
    assert second.hits >= 10, (second.hits, second.misses)
    assert 0 < second.misses <= 8, (second.hits, second.misses)

    # the keys taken from slice keys are those of hashing the rows: a plain computation of
    # the same inputs finds every part the shared one stored
    with memo.active(warehouse, REGION, "run-3") as plain:
        again = _analysis(changed, targets)
    assert plain is not None and plain.misses == 0 and plain.hits > 0
    _assert_same(again, scratch)


def test_changed_code_or_reference_invalidates(
    region, first: FirstRun, plain, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new version of the code or of the reference data (both in ``code_version``) takes
    no stored part back; a changed lever label is recomputed and published."""
    inputs, targets = region
    warehouse = first.warehouse(tmp_path)
    assert first.misses > 0

    real = reuse.code_version()
    monkeypatch.setattr(reuse, "code_version", lambda: real + "-autre")
    with memo.active(warehouse, REGION, "run-2") as session:
        kept = _shared_analysis(inputs, targets)
    # everything computed again, as in the first run (whose hits are only parts computed
    # earlier in the same run: a scope of the state of play serving the theme scores)
    assert session is not None
    assert (session.hits, session.misses) == (first.hits, first.misses)
    _assert_same(kept, plain)
    monkeypatch.setattr(reuse, "code_version", lambda: real)

    # reference data read as a frame: a lever relabelled
    levers = inputs.levers.copy()
    code = str(levers["lever_code"].iloc[0])
    levers.loc[0, "label"] = "Libellé révisé du levier"
    relabelled = DiagnosticInputs(
        **{n: getattr(inputs, n) for n in (
            "actions", "responses", "recipients", "projects", "contract_targets"
        )}, levers=levers,
    )  # fmt: skip
    with memo.active(warehouse, REGION, "run-3") as session:
        got = _shared_analysis(relabelled, targets)
    _assert_same(got, _plain(relabelled, targets))
    state = got["lever_state_of_play"]
    assert set(state.loc[state["lever_code"] == code, "lever_label"]) == {
        "Libellé révisé du levier"
    }
    # every scope of the state of play read the levers: none taken back
    assert session is not None and session.misses >= 1 + 7


@pytest.mark.parametrize(
    "codes",
    [
        pd.Series(["32", None, "32", "11"], dtype="string"),
        pd.Series(["32", None, 32, "11"], dtype=object),
        pd.Series(["32", "32", "32", "32"], dtype=object),
    ],
)
def test_region_rows(codes: pd.Series) -> None:
    """The region filter: the rows whose code reads « 32 » (a missing code is no region's),
    a copy, labels kept, whether or not every row is the region's."""
    from assets.diagnostic.frames import _region

    index = [5, 6, 7, 8]
    frame = pd.DataFrame({"region_code": codes.set_axis(index), "v": [10, 11, 12, 13]}, index=index)
    got = _region(frame, "32")
    expected = [10, 11, 12, 13] if codes.notna().all() else [10, 12]
    assert got["v"].tolist() == expected
    assert got.index.tolist() == [5 + (v - 10) for v in expected]
    got.loc[got.index[0], "v"] = 99  # a copy: the input is untouched
    assert frame["v"].tolist() == [10, 11, 12, 13]
