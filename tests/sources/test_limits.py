"""Resource limits: bounded PDF inflation, pages, words per page, CSV rows never truncated."""

from __future__ import annotations

import resource

import pytest

from sources import limits
from sources.errors import InputRejected
from sources.spreadsheet import load_csv
from tests.generators.bad_inputs import crowded_page_pdf, decompression_bomb_pdf, many_pages_pdf


def test_bomb_is_measured_without_being_held_in_memory() -> None:
    bomb = decompression_bomb_pdf(300)  # 300 MiB of content in about 300 KB
    assert len(bomb) < 1_000_000
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    size = limits.pdf_inflated_size(bomb, 1 << 40)
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert size == 300 * 1024 * 1024
    assert grown_mb < 50  # inflated 1 MiB at a time and thrown away
    with pytest.raises(InputRejected, match="limite de 256 Mo.*COPDIAG_PDF_MAX_INFLATED_MB"):
        limits.check_pdf(bomb, limits.ResourceLimits(pdf_max_inflated_mb=256))


def test_ordinary_pdf_passes_and_counts_its_real_size() -> None:
    import random

    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.plan_random import random_plan_spec

    plan = build_action_plan_pdf(random_plan_spec(random.Random(1), "CC du Test", 4), "table")
    assert 0 < limits.pdf_inflated_size(plan, 1 << 30) < 5 * 1024 * 1024
    limits.check_pdf(plan)  # no exception with the default limits


def test_pages_and_words_per_page_limits() -> None:
    with pytest.raises(InputRejected, match="2\u202f001 pages.*COPDIAG_PDF_MAX_PAGES"):
        limits.check_pdf(many_pages_pdf(2001))
    limits.check_pdf(many_pages_pdf(30))
    with pytest.raises(InputRejected, match="page 1 contient 25\u202f000 mots"):
        limits.check_pdf(crowded_page_pdf(25_000))
    limits.check_pdf(crowded_page_pdf(5_000))


def test_csv_beyond_the_old_100000_rows_is_read_whole() -> None:
    data = "".join(f"{i};commune {i}\n" for i in range(150_000)).encode()
    workbook = load_csv(data, "long.csv")
    assert len(workbook.sheets[0].rows) == 150_000
    assert workbook.sheets[0].rows[-1] == ["149999", "commune 149999"]


def test_csv_over_a_limit_is_refused_not_truncated() -> None:
    data = "".join(f"{i};x;y\n" for i in range(1_001)).encode()
    with limits.applied(limits.ResourceLimits(csv_max_rows=1_000)):
        with pytest.raises(InputRejected, match="plus de 1\u202f000 lignes.*COPDIAG_CSV_MAX_ROWS"):
            load_csv(data, "a.csv")
    with limits.applied(limits.ResourceLimits(csv_max_cells=2_000)):
        with pytest.raises(InputRejected, match="COPDIAG_CSV_MAX_CELLS"):
            load_csv(data + b"x", "b.csv")
