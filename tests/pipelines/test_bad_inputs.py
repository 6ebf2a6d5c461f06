"""Bad input through a full refresh: each file quarantined with a French reason, nothing lost."""

from __future__ import annotations

import io
import random
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from tests.conftest import make_env

REGION = "76"


INJECTION = "@SUM(1+1)*cmd|' /C calc'!A0"


def _with_text_in_actions(xlsx: bytes, text: str) -> bytes:
    """Put ``text`` (stored as text, not a formula) in the first « Actions menées » cell."""
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(xlsx))
    for ws in wb.worksheets:
        for row in ws.iter_rows(max_row=30):
            for cell in row:
                if isinstance(cell.value, str) and cell.value.strip().lower().startswith(
                    "actions menées"
                ):
                    target = ws.cell(row=cell.row + 1, column=cell.column)
                    target.value = text
                    target.data_type = "s"
                    out = io.BytesIO()
                    wb.save(out)
                    return out.getvalue()
    raise AssertionError("no « Actions menées » column")


@pytest.fixture(scope="module")
def bad_region(tmp_path_factory):
    from demo.action_plan_pdf import build_action_plan_pdf, random_plan_spec
    from demo.bad_inputs import bad_inputs, scanned_plan_input
    from demo.questionnaires import (
        generate_questionnaires,
        generate_recipients,
        write_recipients_xlsx,
    )
    from pipelines.refresh import refresh_region

    root = tmp_path_factory.mktemp("bad")
    env = make_env(root)
    inbox = Path(env.inbox) / REGION
    inbox.mkdir(parents=True)
    rng = random.Random(3)
    recipients = generate_recipients(rng, REGION, 8)
    good = [
        (name, data)
        for name, data in generate_questionnaires(rng, REGION, recipients, 6)
        if name.endswith(".xlsx")
    ]
    spec = random_plan_spec(rng, "Communauté de communes du Test", 4)
    plan = build_action_plan_pdf(spec, "table")
    (inbox / "plan valide.pdf").write_bytes(plan)
    for name, data in good[:3]:
        (inbox / name).write_bytes(data)
    # an answer whose free text would run as a formula if opened unprotected in Excel
    (inbox / good[1][0]).write_bytes(_with_text_in_actions(good[1][1], INJECTION))
    (inbox / "destinataires.xlsx").write_bytes(write_recipients_xlsx(recipients))
    # a Windows-1252 CSV export of the Leviers sheet, named after its authority
    named_csv = f"csv/{recipients[-1]['name']}.csv"
    (inbox / "csv").mkdir(parents=True, exist_ok=True)
    (inbox / named_csv).write_bytes(
        (
            "Code levier;Levier;Pertinence de l'action territoriale;Actions engagées\n"
            "voyageurs.velo;Vélo;Très forte;Oui, à grande échelle\n"
            "dechets.prevention;Prévention des déchets;Moyenne;En projet\n"
        ).encode("cp1252")
    )
    corpus = [*bad_inputs(good[0][1], plan), scanned_plan_input()]
    for item in corpus:
        path = inbox / item.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(item.payload)
    result = refresh_region(REGION, env, instance=dg.DagsterInstance.ephemeral())
    report = (
        duckdb.connect(env.warehouse, read_only=True)
        .execute("SELECT * FROM ingestion_report WHERE region_code = ?", [REGION])
        .df()
    )
    n_bodies = sum(action.has_body for action in spec.actions())
    return env, corpus, result, report.set_index("source_file"), (n_bodies, named_csv)


def test_refresh_goes_on_and_publishes(bad_region) -> None:
    env, _, result, _, _ = bad_region
    assert result.success
    assert (Path(env.outputs) / REGION / "ingestion_report.csv").is_file()


def test_each_bad_file_has_its_status_and_french_reason(bad_region) -> None:
    _, corpus, _, report, _ = bad_region
    for item in corpus:
        assert item.filename in report.index, item.filename
        row = report.loc[item.filename]
        if item.expect_status == "quarantined":
            assert row["status"] == "quarantined", (item.filename, row["status"])
            reason = str(row["reason"]).lower()
            assert len(reason) > 10
            assert item.reason_hint in reason, (item.filename, reason)
            assert Path(row["quarantine_path"]).is_file()
        else:
            assert row["status"] in ("loaded", "superseded"), (item.filename, row["reason"])


def test_good_files_are_all_loaded(bad_region) -> None:
    env, _, _, report, (n_bodies, named_csv) = bad_region
    assert report.loc["plan valide.pdf", "status"] == "loaded"
    con = duckdb.connect(env.warehouse, read_only=True)
    n_actions = con.execute(
        "SELECT count(*) FROM actions WHERE region_code = ? AND has_body "
        "AND source_file = 'plan valide.pdf'",
        [REGION],
    ).fetchone()[0]
    csv_answers = dict(
        con.execute(
            "SELECT lever_code, relevance_score FROM questionnaire_responses WHERE source_file = ?",
            [named_csv],
        ).fetchall()
    )
    con.close()
    assert report.loc[named_csv, "status"] == "loaded"
    assert csv_answers == {"voyageurs.velo": 4, "dechets.prevention": 2}
    assert n_bodies == 3  # the 4th action is listed in the summary only
    assert n_actions == n_bodies


def test_inbox_files_are_never_deleted(bad_region) -> None:
    env, corpus, _, _, _ = bad_region
    for item in corpus:
        assert (Path(env.inbox) / REGION / item.filename).is_file()


def test_cli_exit_code_says_files_were_rejected(bad_region, monkeypatch, capsys) -> None:
    env, _, _, _, _ = bad_region
    from pipelines.refresh import refresh_regions

    code = refresh_regions([REGION], env)
    out = capsys.readouterr().out
    assert code == 2
    assert "quarantaine" in out


def test_formula_like_text_is_neutralised_in_csv(bad_region) -> None:
    env, _, _, _, _ = bad_region
    out = Path(env.outputs) / REGION
    for csv in out.glob("*.csv"):
        frame = pd.read_csv(io.StringIO(csv.read_text(encoding="utf-8-sig")), sep=";", dtype=str)
        for column in frame.columns:
            values = frame[column].dropna()
            assert not values.str.match(r"^[=+@]").any(), (csv.name, column)


def test_scanned_plan_is_read_by_ocr_and_flagged(bad_region) -> None:
    from sources.ocr import ocr_available

    env, _, _, report, _ = bad_region
    if not ocr_available():
        assert report.loc["pdf/plan scanné.pdf", "status"] == "quarantined"
        return
    assert report.loc["pdf/plan scanné.pdf", "status"] == "loaded"
    con = duckdb.connect(env.warehouse, read_only=True)
    rows = con.execute(
        "SELECT extraction, ocr_confidence FROM actions WHERE source_file = ? AND has_body",
        ["pdf/plan scanné.pdf"],
    ).fetchall()
    warnings = con.execute(
        "SELECT count(*) FROM parse_issues WHERE source_file = ? AND message LIKE '%(OCR)%'",
        ["pdf/plan scanné.pdf"],
    ).fetchone()[0]
    con.close()
    assert rows and all(kind == "ocr" and 0.5 < conf <= 1 for kind, conf in rows)
    assert warnings >= 1


def test_every_input_is_accounted_for(bad_region) -> None:
    """Inputs tried = loaded + superseded + quarantined (with a reason); nothing silently lost."""
    env, corpus, _, report, _ = bad_region
    inbox_files = {
        p.relative_to(Path(env.inbox) / REGION).as_posix()
        for p in (Path(env.inbox) / REGION).rglob("*")
        if p.is_file()
    }
    assert inbox_files == set(report.index)
    rejected = report[report["status"] == "quarantined"]
    assert rejected["reason"].str.len().gt(10).all()
    print(
        f"inputs tried: {len(report)}, bad inputs: {len(corpus)}, "
        f"rejected with reason: {len(rejected)}, records lost: 0"
    )


def test_formula_like_text_is_neutralised_in_xlsx_and_kept_readable(bad_region) -> None:
    from openpyxl import load_workbook

    env, _, _, _, _ = bad_region
    out = Path(env.outputs) / REGION
    csv_text = (out / "questionnaire_responses.csv").read_text(encoding="utf-8-sig")
    assert "'" + INJECTION in csv_text  # neutralised, not dropped
    wb = load_workbook(out / f"diagnostic_{REGION}.xlsx", read_only=True)
    found = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not value.startswith(("=", "+", "@")), (ws.title, value)
                    found += value == "'" + INJECTION
    assert found >= 1


def test_check_says_what_refresh_says_for_every_file(bad_region) -> None:
    """``copdiag check`` runs the refresh's detection, parsing and validation: same status,
    same reason, for every file of the bad-input corpus (and the good files beside them)."""
    from assets.verdict import file_verdict

    env, corpus, _, report, _ = bad_region
    inbox = Path(env.inbox) / REGION
    names = {item.filename for item in corpus}
    assert names <= set(report.index)
    for rel, row in report.iterrows():
        verdict = file_verdict(inbox / rel, region=REGION, rel=rel, warehouse=env.warehouse)
        expected = (row["status"], row["reason"] if isinstance(row["reason"], str) else None)
        assert (verdict.status, verdict.reason) == expected, rel
