"""Real ADEME PCAET titles: the split by plan, the sector → levers table, the shipped model."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import numpy as np
import pytest

from sources.levers.classifier import classify
from sources.levers.linear import sector_model
from sources.levers.sectors import (
    IN_SECTOR,
    NO_LEVER_SECTOR,
    OTHER_SECTOR,
    TRANSVERSE_OUTCOME,
    SectorAction,
    is_evaluation_plan,
    outcome,
    read_ademe_actions,
    sector_levers,
    split,
)
from sources.reference import TRANSVERSE, lever_by_code

ROOT = Path(__file__).resolve().parents[3]


def _ademe(realworld_dir: Path) -> list[SectorAction]:
    return read_ademe_actions(realworld_dir / "ademe_pcaet" / "pcaet_actions_dev.csv")


def _script(name: str):  # noqa: ANN202 - a module
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_split_rule_is_fixed_and_by_plan() -> None:
    assert [is_evaluation_plan(p) for p in ("970", "1001", "42", "2500")] == [
        is_evaluation_plan(p) for p in ("970", "1001", "42", "2500")
    ]
    share = sum(is_evaluation_plan(str(i)) for i in range(2000)) / 2000
    assert 0.26 < share < 0.34
    a = SectorAction("970", "x", ("Résidentiel",))
    b = SectorAction("970", "y", ("Eau",))
    assert a.evaluation == b.evaluation  # one plan is never on both sides


def test_sector_table_names_known_levers_only() -> None:
    table = sector_levers()
    known = set(lever_by_code())
    for sector, codes in table.items():
        assert codes <= known, sector
    assert table["Communication / formation / sensibilisation"] == frozenset()
    assert "batiments.renovation_residentiel" in table["Résidentiel"]
    covered = set().union(*table.values())
    assert covered == known  # every lever can be right for some sector


def test_outcome_rules() -> None:
    housing = SectorAction("1", "t", ("Résidentiel", "Communication / formation / sensibilisation"))
    assert outcome("batiments.renovation_residentiel", housing) == IN_SECTOR
    assert outcome("voyageurs.velo", housing) == OTHER_SECTOR
    assert outcome(TRANSVERSE, housing) == TRANSVERSE_OUTCOME
    talk = SectorAction("1", "t", ("Communication / formation / sensibilisation",))
    assert outcome("voyageurs.velo", talk) == NO_LEVER_SECTOR


def test_every_ademe_sector_is_in_the_table(realworld_dir: Path) -> None:
    actions = _ademe(realworld_dir)
    assert len(actions) == 5178
    assert len({a.plan_id for a in actions}) == 154
    sectors = {s for a in actions for s in a.sectors}
    assert sectors <= set(sector_levers())
    tuning, evaluation = split(actions)
    assert (len(tuning), len(evaluation)) == (3738, 1440)
    assert len({a.plan_id for a in evaluation}) == 42


def test_accuracy_on_the_untouched_part(realworld_dir: Path) -> None:
    """Floors under the measured 80.1 % in sector / 4.2 % other sector (README)."""
    _, evaluation = split(_ademe(realworld_dir))
    ev = _script("eval_lever_mapping")
    codes = [classify(a.title).lever_code for a in evaluation]
    overall, per, none_total, _ = ev.sector_figures(evaluation, codes)
    assert overall.n == 1106 and none_total == 334
    assert overall.in_sector >= 0.795
    assert overall.other_sector <= 0.045
    assert per["Gestion / production / distribution de l'énergie"].in_sector >= 0.85


def test_shipped_model_is_what_the_training_script_writes(
    realworld_dir: Path, tmp_path: Path
) -> None:
    """A retrain on the tuning part gives the shipped weights (up to rounding and the solver's
    last digits): same features, same sectors, same usual levers, weights within 0.01."""
    train = _script("train_lever_model")
    out = tmp_path / "model.json"
    data = realworld_dir / "ademe_pcaet" / "pcaet_actions_dev.csv"
    assert train.main(["--data", str(data), "--output", str(out)]) == 0
    shipped = json.loads((ROOT / "sources/reference/lever_linear_model.json").read_text("utf-8"))
    fresh = json.loads(out.read_text(encoding="utf-8"))
    assert fresh["sectors"] == shipped["sectors"]
    assert fresh["default_lever"] == shipped["default_lever"]
    assert fresh["trained_on"] == shipped["trained_on"]
    assert set(fresh["weights"]) == set(shipped["weights"])
    worst = max(
        abs(a - b)
        for feat, row in shipped["weights"].items()
        for a, b in zip(row, fresh["weights"][feat], strict=True)
    )
    assert worst < 0.01


def test_model_explains_with_title_words() -> None:
    model = sector_model()
    if model is None:
        pytest.fail("sources/reference/lever_linear_model.json missing")
    match = classify("ORU Lac Renardières : requalification des logements du quartier")
    assert match.lever_code.startswith("batiments.")
    assert match.matched_terms
    # no lever word at all: the model's own evidence, in the title's words, explains the choice
    match = classify("Plan alimentaire territorial")
    assert match.lever_code.startswith("alimentation."), match
    assert match.matched_terms and all(
        t.split()[0] in "plan alimentaire territorial" for t in match.matched_terms
    ), match.matched_terms


def test_weak_evidence_abstains_to_transverse() -> None:
    """A title the model cannot place with enough probability stays transverse (default)."""
    match = classify("Réaliser un séminaire annuel")
    assert match.lever_code == TRANSVERSE
    assert match.confidence < 0.3


def test_steward_override_still_wins_over_the_model() -> None:
    title = "Plan alimentaire territorial"
    match = classify(title, overrides={"A1": "agriculture.haies"}, override_key="A1")
    assert (match.lever_code, match.confidence, match.source) == (
        "agriculture.haies",
        1.0,
        "override",
    )


def test_cv_frontier_reads_the_best_threshold_under_the_cap() -> None:
    """``scripts/lever_cv_frontier.py``: in-sector share of "answer when confidence ≥ τ" at a
    capped other-sector share; items of equal confidence are answered together."""
    frontier = _script("lever_cv_frontier").frontier
    confidence = np.array([0.9, 0.8, 0.7, 0.6])
    correct = np.array([1.0, 1.0, 0.0, 1.0])
    assert frontier(confidence, correct, 0.0) == (0.5, 0.8)
    assert frontier(confidence, correct, 0.25) == (0.75, 0.6)
    tied = np.array([0.9, 0.8, 0.8])
    assert frontier(tied, np.array([1.0, 0.0, 1.0]), 0.0) == (pytest.approx(1 / 3), 0.9)
    assert frontier(np.array([0.5]), np.array([0.0]), 0.0) == (0.0, float("inf"))
