"""Resource limits come from COPDIAG_* variables and reach every parser worker."""

from __future__ import annotations

import pytest

from pipelines.resources import Environment, build_resources


def test_limits_are_read_from_the_environment() -> None:
    env = Environment.from_env(
        {"COPDIAG_PDF_MAX_PAGES": "10", "COPDIAG_CSV_MAX_ROWS": "1_000", "COPDIAG_MAX_FILE_MB": "5"}
    )
    limits = build_resources(env)["settings"].resource_limits()
    assert (limits.pdf_max_pages, limits.csv_max_rows, limits.max_file_mb) == (10, 1000, 5)
    assert limits.pdf_max_inflated_mb == 512 and limits.pdf_max_words_per_page == 20_000


def test_a_bad_limit_is_refused_in_french() -> None:
    with pytest.raises(ValueError, match="COPDIAG_PDF_MAX_PAGES : « beaucoup » n'est pas"):
        Environment.from_env({"COPDIAG_PDF_MAX_PAGES": "beaucoup"})


def test_worker_refuses_a_file_over_the_size_limit(tmp_path) -> None:
    from assets.ingestion.ingest_file import parse_inbox_file
    from sources.limits import ResourceLimits

    path = tmp_path / "gros.csv"
    path.write_bytes(b"a;b\n" * 600_000)  # 2.4 MB
    outcome = parse_inbox_file(
        str(path), "gros.csv", "76", "", None, None, limits=ResourceLimits(max_file_mb=1)
    )
    assert outcome.status == "quarantined"
    assert "limite de 1 Mo" in outcome.reason and "COPDIAG_MAX_FILE_MB" in outcome.reason
