"""Parts of the analysis kept between refreshes (``assets.diagnostic.memo``, issue 19) give
EXACTLY the frames of a computation from scratch.

A generated region (12 départements) is analysed with the memo on, then one questionnaire is
added (its answers inserted among the others, so every later answer's index shifts), replaced
(other scores and texts) or removed, and the region analysed again with the memo on: every
published frame must equal the one computed with no memo at all (``assert_frame_equal``,
exact), and the unchanged départements must have been taken back, not recomputed.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import pytest

from assets.diagnostic import candidates, exemplary, families, memo, state_of_play
from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.store import DiagnosticInputs
from assets.resources import Warehouse
from sources.sgpe_panorama import lever_targets
from tests.assets.diagnostic.generated_region import REGION, generated_inputs, region_themes

CONFIG = DiagnosticConfig(
    reference_year=2025, max_department_themes=3, department_theme_min_gap=5.0
)


def _analysis(i: DiagnosticInputs, targets: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """The published diagnostic frames of one region."""
    i = i.copy()
    out = {
        "lever_families": families.lever_families(REGION, i.levers, i.responses, CONFIG),
        "lever_state_of_play": state_of_play.state_of_play(
            REGION, i.levers, i.recipients, i.responses, i.actions, i.projects, CONFIG
        ),
        "priority_themes": region_themes(i, CONFIG, targets),
        "exemplary_projects": exemplary.exemplary_projects(
            REGION, i.responses, i.projects, i.actions, CONFIG
        ),
    }
    out["cop_action_candidates"] = candidates.cop_action_candidates(
        REGION, i.levers, i.projects, i.actions, out["priority_themes"], CONFIG
    )
    return out


def _with_frames(inputs: DiagnosticInputs, **frames: pd.DataFrame) -> DiagnosticInputs:
    copy = inputs.copy()
    for name, frame in frames.items():
        setattr(copy, name, frame.reset_index(drop=True))
    return DiagnosticInputs(**{n: getattr(copy, n) for n in (
        "levers", "actions", "responses", "recipients", "projects", "contract_targets"
    )})  # fmt: skip


def _added(inputs: DiagnosticInputs) -> DiagnosticInputs:
    """One more questionnaire: a copy of one authority's answers and projects under a new
    SIREN, name and file, inserted in the middle of the answers (ordered by SIREN)."""
    resp, proj = inputs.responses, inputs.projects
    sha = resp["source_sha256"].iloc[len(resp) // 2]
    new = resp[resp["source_sha256"] == sha].copy()
    siren = str(new["siren"].iloc[0])
    new_siren = siren[:-1] + ("0" if siren[-1] != "0" else "1")
    new = new.assign(
        siren=new_siren, authority_name="Commune nouvelle", source_file="nouveau.xlsx",
        source_sha256="f" * 64, relevance_score=new["relevance_score"].fillna(1),
    )  # fmt: skip
    at = int(resp.index[resp["source_sha256"] == sha][0])
    responses = pd.concat([resp.iloc[:at], new, resp.iloc[at:]], ignore_index=True)
    new_proj = proj[proj["source_sha256"] == sha].assign(
        siren=new_siren, authority_name="Commune nouvelle", source_file="nouveau.xlsx",
        source_sha256="f" * 64,
    )  # fmt: skip
    projects = pd.concat([proj, new_proj], ignore_index=True)
    return _with_frames(inputs, responses=responses, projects=projects)


def _replaced(inputs: DiagnosticInputs) -> DiagnosticInputs:
    """One questionnaire answered again: other scores and blockers for the same authority."""
    resp = inputs.responses.copy()
    sha = resp["source_sha256"].iloc[len(resp) // 3]
    rows = resp["source_sha256"] == sha
    resp.loc[rows, "relevance_score"] = 4
    resp.loc[rows, "blockers_text"] = "Manque de moyens humains et financement insuffisant"
    resp.loc[rows, "source_sha256"] = "e" * 64
    return _with_frames(inputs, responses=resp)


def _removed(inputs: DiagnosticInputs) -> DiagnosticInputs:
    """One questionnaire withdrawn: its answers and projects gone."""
    sha = inputs.responses["source_sha256"].iloc[len(inputs.responses) // 4]
    return _with_frames(
        inputs,
        responses=inputs.responses[inputs.responses["source_sha256"] != sha],
        projects=inputs.projects[inputs.projects["source_sha256"] != sha],
    )


@pytest.fixture(scope="module")
def region(tmp_path_factory: pytest.TempPathFactory) -> tuple[DiagnosticInputs, pd.DataFrame]:
    directory = tmp_path_factory.mktemp("memo_region")
    return generated_inputs(90, 7, directory), lever_targets(REGION)


@dataclass(frozen=True)
class FirstRun:
    """A first refresh with the memo on, stored once per module: each test goes on from a
    copy of its memo warehouse (``warehouse``) so the tests stay independent."""

    path: Path
    frames: dict[str, pd.DataFrame]
    hits: int
    misses: int

    def warehouse(self, directory: Path) -> Warehouse:
        """A private copy of the first run's memo warehouse in ``directory``."""
        target = directory / self.path.name
        for source in (self.path, self.path.with_name(self.path.name + ".wal")):
            if source.exists():
                shutil.copyfile(source, directory / source.name)
        return Warehouse(path=str(target))


def first_run(directory: Path, analysis, inputs, targets) -> FirstRun:  # noqa: ANN001
    """``analysis(inputs, targets)`` with the memo on in a fresh warehouse (run « run-1 »)."""
    path = directory / "memo.duckdb"
    with memo.active(Warehouse(path=str(path)), REGION, "run-1") as session:
        frames = analysis(inputs, targets)
    assert session is not None
    return FirstRun(path, frames, session.hits, session.misses)


@pytest.fixture(scope="module")
def first(region, tmp_path_factory: pytest.TempPathFactory) -> FirstRun:
    """The region analysed once with the memo on (the tests only read it and copy its store)."""
    inputs, targets = region
    return first_run(tmp_path_factory.mktemp("memo_first"), _analysis, inputs, targets)


@pytest.fixture(scope="module")
def scratch(region) -> dict[str, pd.DataFrame]:
    """The region analysed from scratch, no memo (computed once, only read)."""
    inputs, targets = region
    return _analysis(inputs, targets)


@pytest.mark.parametrize("change", [_added, _replaced, _removed])
def test_incremental_equals_scratch(region, first, scratch, change, tmp_path: Path) -> None:
    inputs, targets = region
    warehouse = first.warehouse(tmp_path)
    before = first.frames
    # within one run, the scopes of the state of play serve the theme scores: the region's
    # lever scores and each answering département's scores for its themes
    n_departements = inputs.responses["department_code"].dropna().nunique()
    assert first.misses > 0 and first.hits == 1 + n_departements
    for name, frame in scratch.items():  # first run = scratch
        pd.testing.assert_frame_equal(before[name], frame, check_exact=True, obj=name)

    changed = change(inputs)
    with memo.active(warehouse, REGION, "run-2") as second:
        incremental = _analysis(changed, targets)
    scratch = _analysis(changed, targets)
    for name, frame in scratch.items():
        pd.testing.assert_frame_equal(incremental[name], frame, check_exact=True, obj=name)
    # the unchanged départements were taken back: most parts hit, a few computed
    assert second is not None
    assert second.hits >= 10, (second.hits, second.misses)
    assert 0 < second.misses <= 8, (second.hits, second.misses)
    # something did change
    assert not scratch["lever_state_of_play"].equals(before["lever_state_of_play"])


def test_no_change_takes_every_part_back(region, first, tmp_path: Path) -> None:
    inputs, targets = region
    warehouse = first.warehouse(tmp_path)
    with memo.active(warehouse, REGION, "run-2") as again:
        second = _analysis(inputs, targets)
    assert again is not None and again.misses == 0 and again.hits > 0
    for name, frame in first.frames.items():
        pd.testing.assert_frame_equal(second[name], frame, check_exact=True, obj=name)
    # entries of run-1 that run-2 used are kept, none dropped
    with warehouse.connect() as con:
        runs = {
            r[0] for r in con.execute(f"SELECT DISTINCT run_id FROM {memo.MEMO_TABLE}").fetchall()
        }
    assert runs == {"run-2"}


def test_off_computes(region, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPDIAG_ANALYSIS_CACHE", "off")
    inputs, targets = region
    warehouse = Warehouse(path=str(tmp_path / "memo.duckdb"))
    with memo.active(warehouse, REGION, "run-1") as session:
        _analysis(inputs, targets)
    assert session is None
