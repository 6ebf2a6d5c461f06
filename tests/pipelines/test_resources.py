"""Configuration from the environment and inbox helpers."""

from __future__ import annotations

import pandas as pd
import pytest

from assets.ingestion.ingest_file import department_from_path
from assets.ingestion.scan import iter_inbox
from assets.ingestion.submissions import authority_key, resolve_submissions
from pipelines.resources import Environment


def test_environment_defaults_are_the_documented_contract() -> None:
    env = Environment.from_env({})
    assert env.inbox == "data/inbox"
    assert env.warehouse == "data/warehouse.duckdb"
    assert env.outputs == "outputs"
    assert env.timezone == "Europe/Paris"


def test_environment_reads_copdiag_variables() -> None:
    env = Environment.from_env(
        {
            "COPDIAG_INBOX": "/srv/inbox",
            "COPDIAG_WAREHOUSE": "/srv/wh.duckdb",
            "COPDIAG_OUTPUTS": "/srv/pub",
            "COPDIAG_REGIONS": "32, 76",
            "COPDIAG_WORKERS": "3",
        }
    )
    assert (env.inbox, env.warehouse, env.outputs) == ("/srv/inbox", "/srv/wh.duckdb", "/srv/pub")
    assert env.regions == ("32", "76")
    assert env.workers == 3


def test_unknown_region_code_is_refused_in_french() -> None:
    with pytest.raises(ValueError, match="code\\(s\\) région inconnu"):
        Environment.from_env({"COPDIAG_REGIONS": "99"})


def test_configured_regions_fall_back_to_inbox_folders(tmp_path) -> None:
    (tmp_path / "32").mkdir()
    (tmp_path / "76").mkdir()
    (tmp_path / "archives").mkdir()
    env = Environment.from_env({"COPDIAG_INBOX": str(tmp_path)})
    assert env.configured_regions() == ["32", "76"]


def test_iter_inbox_skips_lock_and_hidden_files_and_nests(tmp_path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "plan.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "~$questionnaire.xlsx").write_bytes(b"lock")
    (tmp_path / ".DS_Store").write_bytes(b"x")
    (tmp_path / "q 1 é.xlsx").write_bytes(b"PK")
    names = [p.relative_to(tmp_path).as_posix() for p in iter_inbox(tmp_path)]
    assert names == ["q 1 é.xlsx", "a/b/plan.pdf"]


def test_department_from_path_uses_region_folders() -> None:
    depts = {"02", "59", "60", "62", "80"}
    assert department_from_path("plans/62/pcaet.pdf", depts) == "62"
    assert department_from_path("plans/pcaet.pdf", depts) is None
    assert department_from_path("2024/pcaet.pdf", depts) is None


def test_latest_submission_wins_and_earlier_is_superseded() -> None:
    subs = pd.DataFrame(
        {
            "source_sha256": ["a", "b", "c"],
            "source_file": ["q1.xlsx", "q1_v2.xlsx", "other.xlsx"],
            "siren": ["200012345", "200012345", "213200455"],
            "siren_valid": [True, True, True],
            "authority_name": ["CC X", "CC X", "Commune Y"],
            "submitted_on": [pd.Timestamp("2024-03-01"), pd.Timestamp("2024-04-02"), None],
            "file_mtime": [None, None, None],
        }
    )
    resolved = resolve_submissions(subs).set_index("source_sha256")
    assert resolved.loc["b", "is_latest"]
    assert not resolved.loc["a", "is_latest"]
    assert resolved.loc["c", "is_latest"]


def test_authority_key_falls_back_to_folded_name() -> None:
    assert authority_key(None, None, "Commune d'Écault ") == "nom:commune d ecault"
    assert authority_key("200012345", True, "x") == "siren:200012345"
