"""One implausible document does not hold its region hostage.

A COT deck whose progress table holds a percentage over 100 (the misreading of glued numbers
« 3,2 » + « 35,8 % » → 358) used to load and fail the blocking « pourcentage entre 0 et 100 »
check, so nothing of the region was published. Now the document is quarantined with a French
reason naming the rule and the page, and the region publishes every other file.
"""

from __future__ import annotations

import random
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
    from demo import seed_cot_pdf

    rows = [
        (m, c, label, pts, "358 %" if label.startswith("Eclairage public") else done, prog)
        for m, c, label, pts, done, prog in seed_cot_pdf._CAE_ROWS
    ]
    monkeypatch.setattr(seed_cot_pdf, "_CAE_ROWS", rows)
    return seed_cot_pdf.seed000_pdf("powerpoint_export")


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
    from demo.action_plan_pdf import build_action_plan_pdf, random_plan_spec
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
