"""A refresh never destroys and says the same thing every time (issue 14).

Guard against vanished inputs (empty inbox, vanished share, mass removal), row and
publication history with a byte-identical restore, the ingestion report as a state, the
guard in Dagster runs (sensor / schedule path), one verdict for ``check`` and ``refresh``.
"""

from __future__ import annotations

import dataclasses
import random
import shutil
from pathlib import Path

import dagster as dg
import duckdb
import pandas as pd
import pytest

from tests.conftest import make_env

REGION = "28"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _counts(env) -> dict[str, int]:
    con = duckdb.connect(env.warehouse, read_only=True)
    try:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("documents", "questionnaire_answers", "recipients", "actions", "priority_themes")
        }
    finally:
        con.close()


@pytest.fixture(scope="module")
def region(tmp_path_factory):
    """Region 28: a plan, 8 questionnaires, the recipients list and the blank template."""
    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.authorities import generate_recipients, write_recipients_xlsx
    from demo.plan_random import random_plan_spec
    from demo.questionnaires import generate_questionnaires
    from pipelines.refresh import refresh_regions
    from sources.questionnaire.template import write_template

    root = tmp_path_factory.mktemp("safety")
    env = make_env(root)
    inbox = Path(env.inbox) / REGION
    (inbox / "reponses").mkdir(parents=True)
    rng = random.Random(14)
    recipients = generate_recipients(rng, REGION, 10)
    answers = [
        (name, data)
        for name, data in generate_questionnaires(rng, REGION, recipients, 8)
        if name.endswith(".xlsx")
    ][:8]
    for name, data in answers:
        (inbox / "reponses" / Path(name).name).write_bytes(data)
    (inbox / "destinataires.xlsx").write_bytes(write_recipients_xlsx(recipients))
    spec = random_plan_spec(rng, "Communauté de communes de l'Essai", 4)
    (inbox / "plan.pdf").write_bytes(build_action_plan_pdf(spec, "table"))
    write_template(inbox / "modele vierge.xlsx", region_code=REGION)
    assert refresh_regions([REGION], env) in (0, 2)
    report = pd.read_parquet(Path(env.outputs) / REGION / "ingestion_report.parquet")
    return env, root, report


def _refresh(env, **kwargs) -> int:
    from pipelines.refresh import refresh_regions

    return refresh_regions([REGION], env, **kwargs)


# --------------------------------------------------------------------------- guard


@pytest.mark.parametrize("case", ["empty inbox", "vanished share", "empty region folder"])
def test_vanished_inputs_stop_before_any_change(region, tmp_path, capsys, case) -> None:
    env, _, _ = region
    if case == "empty inbox":  # COPDIAG_INBOX points at an empty folder (a typo)
        inbox = tmp_path / "vide"
        inbox.mkdir()
    elif case == "vanished share":  # the share is not mounted: the path does not exist
        inbox = tmp_path / "partage" / "inbox"
    else:
        inbox = tmp_path / "inbox"
        (inbox / REGION).mkdir(parents=True)
    broken = dataclasses.replace(env, inbox=str(inbox))
    before, published = _counts(env), _files(Path(env.outputs) / REGION)
    capsys.readouterr()
    assert _refresh(broken) == 3
    err = capsys.readouterr().err
    assert "arrêté avant toute modification" in err
    assert "--accept-removals" in err
    assert "destinataires.xlsx" in err  # says what would vanish
    assert ("introuvable" if case != "empty region folder" else "aucun fichier") in err
    assert _counts(env) == before
    assert _files(Path(env.outputs) / REGION) == published
    assert not (Path(env.publication_history) / REGION).exists()


def test_cli_without_region_stops_on_a_vanished_share(region, tmp_path, monkeypatch, capsys):
    from pipelines.cli import main

    env, _, _ = region
    for name, value in {
        "COPDIAG_INBOX": str(tmp_path / "non monté"),
        "COPDIAG_WAREHOUSE": env.warehouse,
        "COPDIAG_OUTPUTS": env.outputs,
        "COPDIAG_QUARANTINE": env.quarantine,
        "COPDIAG_PUBLICATION_HISTORY": env.publication_history,
    }.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("COPDIAG_REGIONS", raising=False)
    assert main(["refresh"]) == 3  # the region is known to the warehouse: not silently skipped
    assert f"région {REGION} arrêté" in capsys.readouterr().err


def test_dagster_run_fails_with_the_guard_message(region, tmp_path) -> None:
    """Schedule and sensor runs go through the regional job: its first asset applies the guard."""
    from pipelines.definitions import build_definitions

    env, _, _ = region
    broken = dataclasses.replace(env, inbox=str(tmp_path / "absent"), executor="in_process")
    defs = build_definitions(broken)
    before = _counts(env)
    result = defs.resolve_job_def("regional_refresh").execute_in_process(
        partition_key=REGION, instance=dg.DagsterInstance.ephemeral(), raise_on_error=False
    )
    assert not result.success
    failures = [e for e in result.all_events if e.event_type_value == "STEP_FAILURE"]
    assert [e.step_key for e in failures] == ["inbox_files"]
    description = failures[0].step_failure_data.user_failure_data.description
    assert "arrêté avant toute modification" in description
    assert "accept_removals" in description
    assert _counts(env) == before
    # the weekly schedule still asks for the region whose folder vanished (and the run stops)
    schedule = defs.resolve_schedule_def("weekly_regional_refresh")
    context = dg.build_schedule_context(
        scheduled_execution_time=pd.Timestamp("2026-11-30 06:00"),
        repository_def=defs.get_repository_def(),
    )
    requests = list(schedule.evaluate_tick(context).run_requests or [])
    assert REGION in {r.partition_key for r in requests}


def test_removal_share_setting_is_documented_and_parsed() -> None:
    from pipelines.resources import Environment

    assert Environment.from_env({}).max_removal_share == pytest.approx(0.20)
    assert Environment.from_env({"COPDIAG_MAX_REMOVAL_SHARE": "35 %"}).max_removal_share == 0.35
    assert Environment.from_env({"COPDIAG_MAX_REMOVAL_SHARE": "0.5"}).max_removal_share == 0.5
    with pytest.raises(ValueError, match="COPDIAG_MAX_REMOVAL_SHARE"):
        Environment.from_env({"COPDIAG_MAX_REMOVAL_SHARE": "beaucoup"})
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "COPDIAG_MAX_REMOVAL_SHARE" in readme


# --------------------------------------------------------------------------- report = state


def test_second_refresh_report_states_what_the_publication_holds(region) -> None:
    env, _, first = region
    assert _refresh(env) in (0, 2)
    second = pd.read_parquet(Path(env.outputs) / REGION / "ingestion_report.parquet")
    assert "unchanged" not in set(second["status"])
    a, b = first.set_index("source_file"), second.set_index("source_file")
    assert a["status"].to_dict() == b["status"].to_dict()
    assert a["reason"].fillna("").to_dict() == b["reason"].fillna("").to_dict()
    loaded = b[b["status"] == "loaded"]
    assert len(loaded) == 8  # plan, recipients and the 6 latest answers
    from assets.ingestion.ingest_file import PARSER_VERSION

    assert (loaded["parser_version"] == PARSER_VERSION).all()
    assert (loaded["first_read_at"] == a.loc[loaded.index, "first_read_at"]).all()
    assert (loaded["last_seen_at"] > a.loc[loaded.index, "last_seen_at"]).all()
    assert b.loc["modele vierge.xlsx", "status"] == "quarantined"


# --------------------------------------------------------------------------- one verdict


def test_check_gives_the_refresh_verdict_for_every_file(region) -> None:
    from assets.ingestion.verdict import file_verdict

    env, _, _ = region
    inbox = Path(env.inbox) / REGION
    report = pd.read_parquet(Path(env.outputs) / REGION / "ingestion_report.parquet")
    for row in report.itertuples(index=False):
        verdict = file_verdict(
            inbox / row.source_file, region=REGION, rel=row.source_file, warehouse=env.warehouse
        )
        assert (verdict.status, verdict.reason or None) == (row.status, row.reason or None), (
            row.source_file
        )
    kinds = set(report["detected_type"])
    assert {"action_plan", "questionnaire", "recipients"} <= kinds


def test_check_cli_refuses_the_blank_template_like_refresh(region, capsys) -> None:
    from pipelines.cli import main

    env, _, report = region
    template = Path(env.inbox) / REGION / "modele vierge.xlsx"
    assert main(["check", str(template), "--region", REGION]) == 1
    out = capsys.readouterr().out
    reason = report.set_index("source_file").loc["modele vierge.xlsx", "reason"]
    assert "statut quarantined" in out and reason in out
    assert main(["check", str(Path(env.inbox) / REGION / "plan.pdf")]) == 0
    assert "statut loaded" in capsys.readouterr().out


# --------------------------------------------------------------------------- history, restore


def test_mass_removal_is_stopped_then_accepted_kept_and_restorable(region, capsys) -> None:
    from pipelines.cli import main

    env, root, report = region
    inbox = Path(env.inbox) / REGION
    out = Path(env.outputs) / REGION
    previous = _files(out)
    loaded = report[(report["status"] == "loaded") & report["source_file"].str.startswith("rep")]
    moved = [inbox / rel for rel in sorted(loaded["source_file"])[:3]]  # 3 of 9 (33 % > 20 %)
    aside = root / "aside"
    aside.mkdir()
    con = duckdb.connect(env.warehouse, read_only=True)
    rows_of_moved = con.execute(
        "SELECT count(*) FROM questionnaire_answers WHERE source_file IN (?, ?, ?)",
        [f"reponses/{p.name}" for p in moved],
    ).fetchone()[0]
    con.close()
    assert rows_of_moved > 0
    for path in moved:
        shutil.move(path, aside / path.name)
    before = _counts(env)
    capsys.readouterr()
    assert _refresh(env) == 3
    err = capsys.readouterr().err
    assert "3 fichier(s) sur 9 déjà chargé(s) (33 %)" in err and "20 %" in err
    assert all(p.name in err for p in moved)
    assert _counts(env) == before and _files(out) == previous

    assert _refresh(env, accept_removals=True) in (0, 2)
    summary = capsys.readouterr().out
    assert "3 retiré(s) ou remplacé(s)" in summary
    con = duckdb.connect(env.warehouse, read_only=True)
    current = con.execute(
        "SELECT count(*) FROM questionnaire_answers WHERE source_file LIKE 'reponses/%' "
        "AND source_file IN (?, ?, ?)",
        [f"reponses/{p.name}" for p in moved],
    ).fetchone()[0]
    kept = con.execute(
        "SELECT count(*) FROM history_questionnaire_answers WHERE source_file IN (?, ?, ?)",
        [f"reponses/{p.name}" for p in moved],
    ).fetchone()[0]
    kept_docs = con.execute(
        "SELECT count(*) FROM history_documents WHERE archive_reason LIKE 'retiré%'"
    ).fetchone()[0]
    con.close()
    assert current == 0 and kept == rows_of_moved and kept_docs == 3
    report = pd.read_parquet(out / "ingestion_report.parquet")
    assert not set(report["source_file"]) & {f"reponses/{p.name}" for p in moved}
    assert _files(out) != previous
    assert not any(name.startswith(("history", "publications")) for name in _files(out))

    env_vars = {
        "COPDIAG_OUTPUTS": env.outputs,
        "COPDIAG_PUBLICATION_HISTORY": env.publication_history,
    }
    with pytest.MonkeyPatch.context() as mp:
        for name, value in env_vars.items():
            mp.setenv(name, value)
        capsys.readouterr()
        assert main(["restore", "--region", REGION, "--list"]) == 0
        listing = capsys.readouterr().out
        assert listing.count("publiée le") >= 1
        assert main(["restore", "--region", REGION]) == 0
    assert _files(out) == previous  # byte-identical


# --------------------------------------------------------------------------- CLI errors


@pytest.mark.parametrize("code", ["99", "abc"])
def test_unknown_region_code_is_a_french_usage_error(code, capsys) -> None:
    from pipelines.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["refresh", "--region", code])
    assert exit_info.value.code == 64
    err = capsys.readouterr().err
    assert f"code région inconnu : « {code} »" in err
    assert "32 (Hauts-de-France)" in err and "94 (Corse)" in err
    assert "Traceback" not in err and "Dagster" not in err


def test_usage_errors_do_not_collide_with_refresh_codes(capsys) -> None:
    from pipelines.cli import main

    for argv in (["check"], ["inconnue"], ["ui", "--port", "abc"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 64
    err = capsys.readouterr().err
    assert "erreur" in err and "error" not in err and "usage:" not in err


def test_help_is_french_and_lists_exit_codes(capsys) -> None:
    from pipelines.cli import main

    for argv in (["--help"], ["refresh", "--help"]):
        with pytest.raises(SystemExit) as exit_info:
            main(argv)
        assert exit_info.value.code == 0
        text = capsys.readouterr().out
        assert text.startswith("utilisation :")
        for english in ("usage:", "show this help", "positional arguments", "optional"):
            assert english not in text
        for code in ("0 ", "1 ", "2 ", "3 ", "64 "):
            assert f"\n  {code}" in text
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert "--accept-removals" in readme and "copdiag restore" in readme and "| 64 |" in readme


# --------------------------------------------------------------------------- no evidence


def test_region_without_evidence_publishes_no_invented_theme(tmp_path) -> None:
    """Only a recipients list: no priority theme, no family, and the synthesis says why."""
    from html import unescape

    from demo.authorities import generate_recipients, write_recipients_xlsx

    env = make_env(tmp_path)
    inbox = Path(env.inbox) / "53"
    inbox.mkdir(parents=True)
    recipients = generate_recipients(random.Random(5), "53", 6)
    (inbox / "destinataires.xlsx").write_bytes(write_recipients_xlsx(recipients))
    assert _refresh_region("53", env) == 0
    out = Path(env.outputs) / "53"
    themes = pd.read_parquet(out / "priority_themes.parquet")
    assert themes.empty  # today: 5 themes, score 15 each, the first levers in reference order
    state = pd.read_parquet(out / "lever_state_of_play.parquet")
    assert state["family"].isna().all()
    assert pd.read_parquet(out / "lever_families.parquet").empty
    html = unescape((out / "synthese.html").read_text(encoding="utf-8"))
    assert "Pas assez d'éléments pour proposer des thèmes prioritaires" in html


def _refresh_region(region: str, env) -> int:
    from pipelines.refresh import refresh_regions

    return refresh_regions([region], env)
