"""The publication takes the response coverage the analysis computed in the same run
(``assets.publication.assets._analysis_coverage``): the same figures as the coverage of the
recipients and the published answers, which it computed again before (issue 19)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from tests.conftest import REGION, RefreshedRegion


def test_published_coverage_is_the_coverage_of_the_published_answers(
    refreshed_region: RefreshedRegion,
) -> None:
    from assets.diagnostic.coverage import response_coverage
    from assets.diagnostic.store import DiagnosticInputs, _coverage
    from assets.publication.assets import published_frame
    from assets.resources import Warehouse
    from sources.reference import departement_by_code

    warehouse = Warehouse(path=refreshed_region.env.warehouse)
    names = {code: d.name for code, d in departement_by_code().items()}
    with warehouse.session():
        answers = published_frame(warehouse, REGION, "questionnaire_responses")
        recipients = warehouse.read_table("recipients", REGION)
        inputs = DiagnosticInputs.load(warehouse, REGION)
        by_analysis = _coverage(REGION, inputs)
    by_publication = response_coverage(REGION, recipients, answers, department_names=names)
    pd.testing.assert_frame_equal(by_analysis, by_publication)
    region = by_analysis[by_analysis["dimension"] == "region"].iloc[0]
    assert region["n_recipients"] == 25 and 0 < region["n_respondents"] <= 14
    assert by_analysis["dimension"].tolist().count("departement") >= 1

    published = pd.read_parquet(
        Path(refreshed_region.env.outputs) / REGION / "response_coverage.parquet"
    )
    assert published["n_respondents"].tolist() == by_analysis["n_respondents"].tolist()
    assert published["label"].tolist() == by_analysis["label"].tolist()
