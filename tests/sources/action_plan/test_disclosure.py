"""A disclosure label printed at the head of every description (« En savoir plus », a web
page's open ``<details>``) is taken off, and said; one description opening so, or a phrase no
button prints, is left as written (sources.action_plan.disclosure)."""

from __future__ import annotations

from sources.action_plan.disclosure import without_disclosure_labels
from sources.records import StepRecord


def _steps(*descriptions: str | None) -> list[StepRecord]:
    base = dict.fromkeys(
        ("planning_label", "start_year", "end_year", "budget_label", "budget_eur", "etp", "owner")
    )
    flags = {"open_ended": False, "funded": False, "internal": False, "partners": []}
    return [
        StepRecord(
            action_id="1.1.1",
            step_no=n,
            step=f"Etape {n}",
            description=d,
            page=3,
            source_file="plan.pdf",
            source_sha256="0" * 64,
            **base,
            **flags,
        )  # fmt: skip
        for n, d in enumerate(descriptions, start=1)
    ]


def test_the_label_opening_most_descriptions_is_taken_off() -> None:
    steps = _steps(
        "En savoir plus Les actions à développer.",
        "En savoir plus sur la base du potentiel.",
        "En savoir plus Une fois défini le besoin.",
        "En savoir plus",
    )
    steps[2].description = "En savoir plus\nUne fois défini le besoin."
    issue = without_disclosure_labels(steps)
    assert [s.description for s in steps] == [
        "Les actions à développer.",
        "sur la base du potentiel.",
        "Une fois défini le besoin.",
        None,
    ]
    assert (
        issue is not None
        and "« En savoir plus »" in issue.message
        and "4 descriptifs" in (issue.message)
    )


def test_a_label_opening_few_descriptions_or_no_label_stays() -> None:
    steps = _steps("En savoir plus sur les aides.", "Former les élus.", "Créer un outil.", None)
    assert without_disclosure_labels(steps) is None
    assert steps[0].description == "En savoir plus sur les aides."
    same = _steps("Il s'agit de former.", "Il s'agit de créer.", "Il s'agit de suivre.")
    assert without_disclosure_labels(same) is None  # the plan's own words, however alike
