"""A refresh leaves the objects alive before it out of its garbage collections, and gives
them back afterwards (``pipelines.refresh._earlier_objects_frozen``, issue 19)."""

from __future__ import annotations

import gc
from pathlib import Path

import dagster as dg
import pytest

from pipelines.refresh import _earlier_objects_frozen
from tests.conftest import make_env


def test_earlier_objects_frozen_during_the_block_and_given_back() -> None:
    assert gc.get_freeze_count() == 0
    earlier = [[i] for i in range(1000)]  # tracked containers alive before the block
    with _earlier_objects_frozen():
        assert gc.get_freeze_count() >= len(earlier)
        made_inside = [[i] for i in range(10)]
        assert all(gc.is_tracked(x) for x in made_inside)
    assert gc.get_freeze_count() == 0


def test_given_back_when_the_run_fails() -> None:
    with pytest.raises(RuntimeError), _earlier_objects_frozen():
        raise RuntimeError("échec")
    assert gc.get_freeze_count() == 0


def test_left_alone_when_something_else_froze_objects() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with _earlier_objects_frozen():
            pass
        # not unfrozen by the block (that would give 0); a test runner's own thread (pytest-xdist)
        # may free a few frozen objects meanwhile, so the count is not compared exactly
        assert gc.get_freeze_count() > frozen // 2 > 0
    finally:
        gc.unfreeze()


def test_a_refresh_gives_every_object_back(tmp_path: Path) -> None:
    from pipelines.refresh import refresh_region

    env = make_env(tmp_path, workers=1)
    (Path(env.inbox) / "32").mkdir(parents=True)
    before = gc.get_freeze_count()
    result = refresh_region("32", env, instance=dg.DagsterInstance.ephemeral())
    assert result.run_id  # an empty inbox: the run goes as far as it can, then ends
    assert before == gc.get_freeze_count() == 0
