"""Expectation configurations built once per validation (``quality.gx_runner``, issue 19):
GX gives exactly the same answers, failures and unexpected values included, and builds far
fewer configurations; outside a validation, GX builds a new one on every read, as it does."""

from __future__ import annotations

import contextlib

import pytest

from quality import gx_runner
from quality.suites import suite_for
from tests.quality.test_incremental import responses


def _builds(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the configurations GX builds from now on (its own property's body)."""
    gx_runner._install_configuration_memo()
    original = gx_runner._GX_CONFIGURATION
    counted: list[int] = []

    def counting(self):
        counted.append(1)
        return original.fget(self)

    monkeypatch.setattr(gx_runner, "_GX_CONFIGURATION", property(counting))
    return counted


@pytest.mark.parametrize("bad", [False, True])
def test_same_answers_with_and_without_the_memo(monkeypatch, bad: bool) -> None:
    frame = responses(600, seed=3, bad=bad)
    suite = suite_for("questionnaire_responses")
    indices = list(range(len(suite.expectations)))
    kept_summary = gx_runner.validate_frame("questionnaire_responses", frame, suite)
    kept_raw = gx_runner.run_raw(suite, indices, frame)
    monkeypatch.setattr(gx_runner, "_configurations_kept", contextlib.nullcontext)
    plain_summary = gx_runner.validate_frame("questionnaire_responses", frame, suite)
    plain_raw = gx_runner.run_raw(suite, indices, frame)
    assert kept_summary == plain_summary
    assert repr(kept_raw) == repr(plain_raw)  # NaN-safe: the same values, lists, indices
    failed = {o.expectation for o in kept_summary.failed}
    if bad:
        assert "expect_column_values_to_be_between" in failed
        outcome = kept_summary.outcome("expect_column_values_to_be_between", "relevance_score")
        assert outcome.success is False and outcome.unexpected_count > 0
    else:
        assert failed == set()


def test_fewer_configurations_built(monkeypatch) -> None:
    frame = responses(300, seed=4, bad=True)
    suite = suite_for("questionnaire_responses")
    indices = list(range(len(suite.expectations)))
    gx_runner.run_raw(suite, indices, frame)  # definitions built once, before counting
    counted = _builds(monkeypatch)
    gx_runner.run_raw(suite, indices, frame)
    with_memo = len(counted)
    counted.clear()
    monkeypatch.setattr(gx_runner, "_configurations_kept", contextlib.nullcontext)
    gx_runner.run_raw(suite, indices, frame)
    without = len(counted)
    assert 0 < with_memo * 5 < without, (with_memo, without)


def test_outside_a_validation_each_read_builds_a_new_configuration() -> None:
    from great_expectations.expectations.expectation import Expectation

    gx_runner._install_configuration_memo()
    gx_runner._install_configuration_memo()  # installed once, not wrapped twice
    definition = gx_runner._validation_definition(suite_for("lever_families"), [0])
    expectation = definition.suite.expectations[0]
    assert isinstance(expectation, Expectation)
    assert expectation.configuration is not expectation.configuration
    assert expectation.configuration == expectation.configuration
    with gx_runner._configurations_kept():
        assert expectation.configuration is expectation.configuration


def test_plain_values_keyed_by_type_and_value() -> None:
    """1, 1.0, True and "1" (and a list and a tuple) never share a memoised id."""
    keys = {
        gx_runner._frozen(v)
        for v in (1, 1.0, True, "1", None, ["a"], ("a",), [1], {"k": 1}, {"k": 1.0})
    }
    assert len(keys) == 10
    for not_plain in ({1, 2}, [{1}], {1: "a"}, object()):
        with pytest.raises(gx_runner._NotPlain):
            gx_runner._frozen(not_plain)


def test_ids_are_gx_ids_and_computed_once_per_content(monkeypatch) -> None:
    from great_expectations.core.id_dict import IDDict

    gx_runner._install_id_memo()
    kwargs = {"column": "lever_code", "value_set": ["A", "B"], "batch_id": "b"}
    expected = gx_runner._GX_TO_ID(IDDict(kwargs))
    computed: list[int] = []
    original = gx_runner._GX_TO_ID

    def counting(self, *args):
        computed.append(1)
        return original(self, *args)

    monkeypatch.setattr(gx_runner, "_GX_TO_ID", counting)
    assert IDDict(kwargs).to_id() == expected  # outside a validation: GX's, every time
    assert IDDict(kwargs).to_id() == expected
    assert len(computed) == 2
    computed.clear()
    with gx_runner._configurations_kept():
        assert IDDict(kwargs).to_id() == expected
        assert IDDict(dict(kwargs)).to_id() == expected
        other = IDDict({**kwargs, "value_set": ["A", "C"]}).to_id()
    assert other != expected
    assert len(computed) == 2  # the same content once, the changed one again


def test_expectation_rebuilt_when_its_configuration_changes() -> None:
    gx_runner._install_domain_obj_memo()
    definition = gx_runner._validation_definition(suite_for("lever_families"), [0])
    configuration = definition.suite.expectations[0].configuration
    with gx_runner._configurations_kept():
        first = configuration.to_domain_obj()
        assert configuration.to_domain_obj() is first
        configuration.kwargs["column"] = "autre_colonne"
        changed = configuration.to_domain_obj()
    assert changed is not first
    assert changed.column == "autre_colonne"
    assert configuration.to_domain_obj() is not configuration.to_domain_obj()
