"""One implausible document does not hold its region hostage.

A COT deck whose progress table holds a percentage over 100 (the misreading of glued numbers
« 3,2 » + « 35,8 % » → 358) used to load and fail the blocking « pourcentage entre 0 et 100 »
check, so nothing of the region was published. Now the document is quarantined with a French
reason naming the rule and the page, and the region publishes every other file.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from sources.errors import InputRejected
from tests.conftest import make_env

REGION = "84"


def implausible_deck(monkeypatch: pytest.MonkeyPatch) -> bytes:
    """Seed 000 deck with one « % Réalisé » printed as 358 % (page 7, CAE table)."""
    from tests.generators import seed000_deck

    rows = [
        (m, c, label, pts, "358 %" if label.startswith("Eclairage public") else done, prog)
        for m, c, label, pts, done, prog in seed000_deck._CAE_ROWS
    ]
    monkeypatch.setattr(seed000_deck, "_CAE_ROWS", rows)
    return seed000_deck.seed000_pdf("powerpoint_export")


def test_parser_rejects_the_document_naming_rule_and_page(monkeypatch) -> None:
    from sources.cot import parse_cot

    with pytest.raises(InputRejected) as info:
        parse_cot(implausible_deck(monkeypatch), "cot.pdf", "d" * 64)
    assert info.value.code == "implausible"
    reason = str(info.value)
    assert "pourcentage entre 0 et 100" in reason
    assert "page 7" in reason and "358" in reason and "Eclairage public" in reason


def test_sum_of_shares_above_the_potential() -> None:
    from sources.plausibility import cot_findings
    from sources.records import CotDocument, ReferentialScoreRecord

    row = ReferentialScoreRecord(None, "CAE", "axis", None, "Mobilité", None, 4.0, 80.0, 35.0,
                                 "c.pdf", "e" * 64, 3)  # fmt: skip
    doc = CotDocument(None, "COT", 5, referential_scores=[row])
    (finding,) = cot_findings(doc)
    assert finding.rule == "réalisé + programmé ≤ 100 %" and finding.page == 3


def test_region_publishes_everything_else(tmp_path, monkeypatch) -> None:
    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.plan_random import random_plan_spec
    from pipelines.refresh import refresh_region

    env = make_env(tmp_path)
    inbox = Path(env.inbox) / REGION
    inbox.mkdir(parents=True)
    spec = random_plan_spec(random.Random(5), "Communauté de communes du Test", 4)
    (inbox / "plan.pdf").write_bytes(build_action_plan_pdf(spec, "table"))
    (inbox / "cot_invraisemblable.pdf").write_bytes(implausible_deck(monkeypatch))
    result = refresh_region(REGION, env, instance=dg.DagsterInstance.ephemeral())
    assert result.success
    con = duckdb.connect(env.warehouse, read_only=True)
    report = (
        con.execute("SELECT * FROM ingestion_report WHERE region_code = ?", [REGION])
        .df()
        .set_index("source_file")
    )
    n_actions = con.execute(
        "SELECT count(*) FROM actions WHERE region_code = ? AND source_file = 'plan.pdf'",
        [REGION],
    ).fetchone()[0]
    n_scores = con.execute(
        "SELECT count(*) FROM referential_scores WHERE region_code = ?", [REGION]
    ).fetchone()[0]
    con.close()
    bad = report.loc["cot_invraisemblable.pdf"]
    assert bad["status"] == "quarantined"
    assert "invraisemblables" in bad["reason"] and "page 7" in bad["reason"]
    assert report.loc["plan.pdf", "status"] == "loaded"
    assert n_actions >= 3 and n_scores == 0
    out = Path(env.outputs) / REGION
    published = pd.read_csv(out / "ingestion_report.csv", sep=";", dtype=str)
    assert "cot_invraisemblable.pdf" in set(published["source_file"])
    actions = next(out.glob("actions.*"), None)
    assert actions is not None, sorted(p.name for p in out.iterdir())


# ------------------------------------------------------------ step budget above a stated total


def plan_with_small_stated_total(monkeypatch: pytest.MonkeyPatch) -> tuple[bytes, str, float]:
    """A plan whose first costed fiche states « Budget total : 1 000 € » in its fields while
    one of its steps costs more (a misread amount, or a typo of the authority)."""
    from demo import action_plan_pdf as gen

    spec = gen.random_plan_spec(random.Random(5), "Communauté de communes du Test", 4)
    action = next(
        a for a in spec.actions() if a.has_body and any((s.budget_eur or 0) > 1000 for s in a.steps)
    )
    fields = gen._fields

    def with_total(act: gen.ActionSpec) -> list[tuple[str, str]]:
        extra = [("Budget total", "1 000 €")] if act.code == action.code else []
        return fields(act) + extra

    monkeypatch.setattr(gen, "_fields", with_total)
    data = gen.build_action_plan_pdf(spec, "table")
    biggest = max(s.budget_eur or 0 for s in action.steps)
    return data, action.code, biggest


def test_step_budget_above_the_fiche_total(monkeypatch) -> None:
    from sources.action_plan import parse_action_plan

    data, code, biggest = plan_with_small_stated_total(monkeypatch)
    with pytest.raises(InputRejected) as info:
        parse_action_plan(data, "plan.pdf", "d" * 64)
    assert info.value.code == "implausible"
    reason = str(info.value)
    assert "budget d'étape ≤ budget total" in reason
    assert f"fiche {code}," in reason and "budget total de la fiche 1\u202f000 €" in reason
    assert f"{biggest:,.0f}".replace(",", "\u202f") + " €" in reason
    assert re.search(r"page \d+", reason)


def test_step_budget_above_the_plan_total() -> None:
    from sources.plausibility import plan_findings, stated_plan_total
    from sources.records import ActionPlanDocument, StepRecord

    total = stated_plan_total(["Sommaire", "Budget total du plan : 1,2 M€\nAxe 1"])
    assert total == (1_200_000.0, 2)
    step = StepRecord.__new__(StepRecord)
    step.__dict__.update(
        action_id="x:1.1", step_no=2, budget_eur=2.5e6, page=9, start_year=None, end_year=None
    )
    ok = StepRecord.__new__(StepRecord)
    ok.__dict__.update(
        action_id="x:1.1", step_no=1, budget_eur=9e5, page=9, start_year=None, end_year=None
    )
    doc = ActionPlanDocument(None, "PCAET", 10, steps=[ok, step])
    (finding,) = plan_findings(doc, {}, total)
    assert finding.rule == "budget d'étape ≤ budget total" and finding.page == 9
    assert "budget total du plan 1\u202f200\u202f000 € (page 2)" in finding.detail
    assert plan_findings(doc, {}, None) == []


def test_region_publishes_everything_but_the_plan_over_its_total(tmp_path, monkeypatch) -> None:
    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.plan_random import random_plan_spec
    from pipelines.refresh import refresh_region

    env = make_env(tmp_path)
    inbox = Path(env.inbox) / REGION
    inbox.mkdir(parents=True)
    good = random_plan_spec(random.Random(8), "Communauté de communes du Bon", 3)
    (inbox / "plan_bon.pdf").write_bytes(build_action_plan_pdf(good, "table"))
    data, code, _ = plan_with_small_stated_total(monkeypatch)
    (inbox / "plan_invraisemblable.pdf").write_bytes(data)
    result = refresh_region(REGION, env, instance=dg.DagsterInstance.ephemeral())
    assert result.success
    con = duckdb.connect(env.warehouse, read_only=True)
    report = (
        con.execute("SELECT * FROM ingestion_report WHERE region_code = ?", [REGION])
        .df()
        .set_index("source_file")
    )
    files = {
        r[0]
        for r in con.execute(
            "SELECT DISTINCT source_file FROM actions WHERE region_code = ?", [REGION]
        ).fetchall()
    }
    con.close()
    bad = report.loc["plan_invraisemblable.pdf"]
    assert bad["status"] == "quarantined"
    assert "budget d'étape ≤ budget total" in bad["reason"] and f"fiche {code}," in bad["reason"]
    assert report.loc["plan_bon.pdf", "status"] == "loaded"
    assert files == {"plan_bon.pdf"}
    published = pd.read_csv(Path(env.outputs) / REGION / "ingestion_report.csv", sep=";", dtype=str)
    assert "plan_invraisemblable.pdf" in set(published["source_file"])
