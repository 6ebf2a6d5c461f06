"""The vectorised regional analysis (issue 19) gives EXACTLY the frames of the row-wise one.

The reference is the frozen copy of the analysis before the change
(``tests/assets/diagnostic/_reference_diagnostic``). Both run on the same inputs — generated
regions of 60 and 400 authorities read back from a DuckDB warehouse
(``generated_region.py``), the hand-made region of ``test_analysis.py`` and the demo corpus
after a full refresh — and every published frame is compared with ``assert_frame_equal``
(same columns, dtypes, row order and French text, no tolerance). A few real figures are also
asserted, so a generator that produced nothing could not pass.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pandas as pd
import pytest

from assets.diagnostic import candidates as new_candidates
from assets.diagnostic import coverage as new_coverage
from assets.diagnostic import exemplary as new_exemplary
from assets.diagnostic import families as new_families
from assets.diagnostic import matching as new_matching
from assets.diagnostic import state_of_play as new_state
from assets.diagnostic import themes as new_themes
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.store import DiagnosticInputs
from sources.sgpe_panorama import lever_targets
from tests.assets.diagnostic import test_analysis as hand
from tests.assets.diagnostic._reference_diagnostic import candidates as _reference_candidates
from tests.assets.diagnostic._reference_diagnostic import coverage as _reference_coverage
from tests.assets.diagnostic._reference_diagnostic import exemplary as _reference_exemplary
from tests.assets.diagnostic._reference_diagnostic import families as _reference_families
from tests.assets.diagnostic._reference_diagnostic import matching as _reference_matching
from tests.assets.diagnostic._reference_diagnostic import state_of_play as _reference_state
from tests.assets.diagnostic._reference_diagnostic import themes as _reference_themes
from tests.assets.diagnostic.generated_region import REGION, generated_inputs

CONFIGS = {
    "defaut": DiagnosticConfig(reference_year=2025),
    # looser thresholds: more département themes, more matches, fewer small samples
    "souple": DiagnosticConfig(
        reference_year=2025,
        min_scored_answers=3,
        title_similarity_min=80.0,
        max_department_themes=3,
        text_theme_min_authorities=2,
        department_theme_min_gap=5.0,
        max_themes_per_thematic=2,
        replicable_min_territories=3,
    ),  # fmt: skip
}


def _analysis(mods: dict[str, Any], region: str, i: DiagnosticInputs, config, targets):
    """Every analysis output of one implementation (``mods``) on inputs ``i``."""
    themes = mods["themes"].priority_themes(
        region, i.levers, i.responses, i.actions, i.projects, i.contract_targets, config,
        recipients=i.recipients, regional_targets=targets,
    )  # fmt: skip
    return {
        "lever_families": mods["families"].lever_families(region, i.levers, i.responses, config),
        "lever_families_all": mods["families"].lever_families(
            region, i.levers, i.responses, config, include_unclassified=True
        ),
        "lever_state_of_play": mods["state"].state_of_play(
            region, i.levers, i.recipients, i.responses, i.actions, i.projects, config
        ),
        "response_coverage": mods["coverage"].response_coverage(
            region, i.recipients, i.responses, department_names={"01": "Ain"}
        ),
        "priority_themes": themes,
        "lever_themes": mods["themes"].lever_themes(
            region,
            i.levers,
            i.responses,
            i.actions,
            i.projects,
            i.contract_targets,
            config,
            recipients=i.recipients,
            regional_targets=targets,
        ),  # fmt: skip
        "exemplary_projects": mods["exemplary"].exemplary_projects(
            region, i.responses, i.projects, i.actions, config
        ),
        "cop_action_candidates": mods["candidates"].cop_action_candidates(
            region, i.levers, i.projects, i.actions, themes, config
        ),
    }


NEW = {
    "themes": new_themes, "families": new_families, "state": new_state,
    "coverage": new_coverage, "exemplary": new_exemplary, "candidates": new_candidates,
}  # fmt: skip
_REFERENCE = {
    "themes": _reference_themes, "families": _reference_families, "state": _reference_state,
    "coverage": _reference_coverage, "exemplary": _reference_exemplary,
    "candidates": _reference_candidates,
}  # fmt: skip


def _assert_same(region: str, inputs: DiagnosticInputs, config, targets, new=None) -> dict:
    """The reference's frames equal ``new`` (the new analysis, computed here if not given)."""
    new = _analysis(NEW, region, inputs, config, targets) if new is None else new
    ref = _analysis(_REFERENCE, region, inputs, config, targets)
    for name, expected in ref.items():
        assert list(new[name].columns) == list(expected.columns), name
        pd.testing.assert_frame_equal(new[name], expected, check_exact=True, obj=name)
    return new


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> dict[tuple[int, int], DiagnosticInputs]:
    root = tmp_path_factory.mktemp("generated_regions")
    return {(n, seed): generated_inputs(n, seed, root) for n, seed in ((60, 1), (400, 2))}


@pytest.fixture(scope="module")
def new_analysis(generated):  # noqa: ANN201
    """The new analysis of a generated region with one configuration, computed once per
    module (the frames are only read)."""
    done: dict[tuple[tuple[int, int], str], dict[str, pd.DataFrame]] = {}

    def get(size: tuple[int, int], config_name: str) -> dict[str, pd.DataFrame]:
        if (size, config_name) not in done:
            done[size, config_name] = _analysis(
                NEW, REGION, generated[size], CONFIGS[config_name], lever_targets(REGION)
            )
        return done[size, config_name]

    return get


@pytest.mark.parametrize("config_name", sorted(CONFIGS))
@pytest.mark.parametrize("size", [(60, 1), (400, 2)])
def test_generated_region_frames_are_identical(generated, new_analysis, size, config_name) -> None:
    out = _assert_same(
        REGION, generated[size], CONFIGS[config_name], lever_targets(REGION),
        new=new_analysis(size, config_name),
    )  # fmt: skip
    assert len(out["lever_state_of_play"]) == 47 * (1 + out["lever_state_of_play"][
        "department_code"].nunique())  # fmt: skip
    assert (out["priority_themes"]["scope"] == "region").sum() >= 5
    assert out["cop_action_candidates"]["shortlisted"].sum() > 0


def test_generated_region_real_figures(generated, new_analysis) -> None:
    """Figures of the 400-authority region (seed 2), default thresholds: the generator and
    the analysis both produce something definite."""
    i = generated[(400, 2)]
    out = new_analysis((400, 2), "defaut")
    assert (len(i.recipients), len(i.actions), len(i.projects)) == EXPECTED_400["inputs"]
    themes = out["priority_themes"]
    region_levers = themes[(themes["scope"] == "region") & (themes["theme_kind"] == "levier")]
    assert region_levers.iloc[0]["theme"] == EXPECTED_400["top_theme"]
    assert len(themes) == EXPECTED_400["n_themes"]
    cands = out["cop_action_candidates"]
    assert int(cands["n_authorities_same_action"].max()) == EXPECTED_400["max_same_action"]
    assert len(out["exemplary_projects"]) == EXPECTED_400["n_exemplary"]
    sop = out["lever_state_of_play"]
    regional = sop[sop["scope"] == "region"].set_index("lever_code")
    assert int(regional.at["voyageurs.velo", "n_respondents"]) == EXPECTED_400["velo_respondents"]


EXPECTED_400: dict[str, Any] = {
    "inputs": (400, 494, 414),
    "top_theme": "Changement de chaudière à fioul (résidentiel)",
    "n_themes": 13,
    "max_same_action": 66,
    "n_exemplary": 513,
    "velo_respondents": 246,
}


def test_hand_made_region_frames_are_identical() -> None:
    """The small region of ``test_analysis.py`` (blank answers, summary-only actions…)."""
    inputs = DiagnosticInputs(
        levers=hand.levers(), actions=hand.actions(), responses=hand.responses(),
        recipients=hand.recipients(), projects=hand.projects(),
        contract_targets=hand.contract_targets(),
    )  # fmt: skip
    for config in CONFIGS.values():
        _assert_same(hand.REGION, inputs, config, None)


def test_empty_region_frames_are_identical() -> None:
    empty = pd.DataFrame()
    inputs = DiagnosticInputs(
        levers=hand.levers(), actions=empty, responses=empty, recipients=empty,
        projects=empty, contract_targets=empty,
    )  # fmt: skip
    _assert_same(hand.REGION, inputs, CONFIGS["defaut"], None)


def test_demo_region_frames_are_identical(refreshed_region) -> None:
    """The demo corpus after a full refresh (inputs as the assets read them)."""
    from assets.resources import Warehouse
    from tests.conftest import REGION as DEMO_REGION

    warehouse = Warehouse(path=str(Path(refreshed_region.env.warehouse)))
    inputs = DiagnosticInputs.load(warehouse, DEMO_REGION)
    assert len(inputs.responses) > 0 and len(inputs.actions) > 0
    for config in CONFIGS.values():
        _assert_same(DEMO_REGION, inputs, config, lever_targets(DEMO_REGION))


def _titles(seed: int, n: int) -> tuple[list[object], list[object], list[object]]:
    """Titles with the cases the matching meets: typos, reordered words, numbering, a short
    title inside a longer one, stop words only, blanks, None; owners and blocks."""
    rng = random.Random(seed)
    base = [
        "Aire de covoiturage de Saint-Jean", "Rénovation énergétique des logements",
        "Massifier la rénovation énergétique des logements privés",
        "Mobiliser les artisans pour la rénovation énergétique des logements",
        "Schéma directeur cyclable intercommunal", "Plan vélo et stationnement en gare",
        "Recyclerie intercommunale", "Centrale solaire citoyenne sur l'ancienne décharge",
        "Plantation de haies bocagères avec les agriculteurs", "de la et les", "",
    ]  # fmt: skip
    out: list[object] = []
    for _ in range(n):
        t = rng.choice(base)
        roll = rng.random()
        if roll < 0.2 and t:
            k = rng.randrange(len(t))
            t = t[:k] + rng.choice("aeiouxz ") + t[k + 1 :]
        elif roll < 0.35:
            words = t.split()
            rng.shuffle(words)
            t = " ".join(words)
        elif roll < 0.5:
            t = f"ACTION {rng.randint(1, 30)} - {t}"
        elif roll < 0.6:
            t = f"{t} de {rng.choice(['Saint-Jean', 'la vallée', 'Lys'])} et environs"
        elif roll < 0.63:
            t = None
        out.append(t)
    owners = [rng.choice(["CC A", "CA B", "Commune C", None, "CC A "]) for _ in out]
    blocks = [rng.choice([("1", "x"), ("2", "x"), ("1", "y")]) for _ in out]
    return out, owners, blocks


@pytest.mark.parametrize("threshold", [70.0, 80.0, 88.0, 95.0])
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_matching_is_identical(seed: int, threshold: float) -> None:
    titles, owners, blocks = _titles(seed, 300)
    ref, new = _reference_matching, new_matching
    assert new.group_titles(titles, threshold) == ref.group_titles(titles, threshold)
    assert new.group_titles(titles, threshold, blocks) == ref.group_titles(
        titles, threshold, blocks
    )
    counts = new.same_action_counts(titles, owners, threshold)
    assert counts == ref.same_action_counts(titles, owners, threshold)
    assert max(counts) > 1


def test_free_text_mentions_are_identical(generated) -> None:
    from assets.diagnostic import text_themes as new_text
    from assets.diagnostic.frames import _authority_key
    from tests.assets.diagnostic._reference_diagnostic import text_themes as ref_text

    responses = generated[(400, 2)].responses
    for frame in (responses, responses.iloc[0:0], responses.drop(columns=["needs_text"])):
        who = _authority_key(frame) if not frame.empty else pd.Series(dtype=object)
        expected = ref_text.mentions(frame, who)
        pd.testing.assert_frame_equal(new_text.mentions(frame, who), expected, check_exact=True)
    assert len(expected) > 1000


def test_frame_helpers_are_identical(generated) -> None:
    """Text helpers computed per distinct value: the same masks and keys, odd cells included."""
    import numpy as np

    from assets.diagnostic import frames as new_frames
    from tests.assets.diagnostic._reference_diagnostic import frames as ref_frames

    series = [
        pd.Series([" a", "", None, "  ", "b", np.nan, " a"], name="x", index=[5, 3, 1, 2, 9, 8, 7]),
        pd.Series([None, None], dtype=object, name="y"), pd.Series([], dtype=object, name="z"),
        pd.Series([1, None, "", 2.5, [1], " "], dtype=object, name="m"),
        pd.Series([1, 2, None], dtype="Int32", name="i"), pd.Series([1.0, np.nan], name="f"),
        pd.Series(["a", None], dtype="string", name="s"), pd.Series([True, False], name="b"),
    ]  # fmt: skip
    for s in series:
        pd.testing.assert_series_equal(new_frames._nonempty(s), ref_frames._nonempty(s))
    frames = [
        generated[(400, 2)].responses, generated[(60, 1)].projects,
        pd.DataFrame({"siren": [" 1", None, "", "4"], "authority_name": [" A ", "B", None, None],
                      "source_file": ["f1", "f2", "f3", None]}, index=[4, 3, 2, 1]),
        pd.DataFrame({"authority_name": ["x"], "source_file": ["s"]}),
        pd.DataFrame({"siren": [123, None], "authority_name": [None, "n"], "source_file": ["a", "b"]}),
    ]  # fmt: skip
    for df in frames:
        pd.testing.assert_series_equal(
            new_frames._authority_key(df), ref_frames._authority_key(df), check_exact=True
        )
        pd.testing.assert_frame_equal(
            new_frames._region(df, REGION), ref_frames._region(df, REGION), check_exact=True
        )
