"""The seed scorer counts what a parse did not find as wrong: a fiche absent from the parse
loses its steps, fields and totals too (a scan that found no fiche scored 35/35 steps and
60/60 fields before, and « -1/13 » fiches: the list of codes read counted as a fiche)."""

from __future__ import annotations

from tests.sources.action_plan.test_action_plan_seed001 import score_of, seed_fiches


def _problems(**kinds: list[str]) -> dict[str, list[str]]:
    keys = ("codes", "titles", "step_counts", "step_cells", "step_values", "action_values",
            "fields", "html", "pages", "issues")  # fmt: skip
    return {k: list(kinds.get(k, [])) for k in keys}


def test_nothing_wrong_scores_everything_right() -> None:
    assert score_of(_problems()) == {
        "fiches": (13, 13), "steps": (35, 35), "fields": (60, 60), "actions": (12, 12),
    }  # fmt: skip


def test_an_absent_fiche_loses_its_steps_fields_and_totals() -> None:
    first = next(f for f in seed_fiches() if f.has_body)
    codes = [f.code for f in seed_fiches() if f.code != first.code]
    got = score_of(_problems(codes=[f"codes {codes}", f"{first.code} absente"]))
    assert got["fiches"] == (12, 13)  # the list of codes is not one more wrong fiche
    assert got["steps"] == (35 - len(first.steps), 35)
    assert got["fields"] == (55, 60)
    assert got["actions"] == (11, 12)


def test_no_fiche_found_scores_nothing() -> None:
    absent = [f"{f.code} absente" for f in seed_fiches()]
    got = score_of(_problems(codes=["codes []", *absent]))
    assert got == {"fiches": (0, 13), "steps": (0, 35), "fields": (0, 60), "actions": (0, 12)}


def test_an_invented_fiche_alone_counts_once() -> None:
    codes = [f.code for f in seed_fiches()] + ["9.9.9"]
    assert score_of(_problems(codes=[f"codes {codes}"]))["fiches"] == (12, 13)
