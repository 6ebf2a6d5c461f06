"""Bad input through a full refresh: each file quarantined with a French reason, nothing lost."""

from __future__ import annotations

import dataclasses
import io
import os
import random
import re
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
    from demo.action_plan_pdf import build_action_plan_pdf
    from demo.authorities import generate_recipients, write_recipients_xlsx
    from demo.plan_random import random_plan_spec
    from demo.questionnaires import generate_questionnaires
    from pipelines.refresh import refresh_region
    from tests.generators.bad_inputs import bad_inputs, hostile_inputs, scanned_plan_input

    root = tmp_path_factory.mktemp("bad")
    # limits lowered so the bomb and the long CSV stay quick to build (defaults: 512 MiB, 500 000)
    env = dataclasses.replace(make_env(root), pdf_max_inflated_mb=64, csv_max_rows=50_000)
    outside = root / "hors_boite"
    outside.mkdir()
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
    corpus = [
        *bad_inputs(good[0][1], plan),
        scanned_plan_input(),
        *hostile_inputs(recipients, REGION),
    ]
    for item in corpus:
        item.write(inbox, outside)
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
    env = bad_region[0]
    for item in corpus:
        assert item.shown in report.index, item.shown
        row = report.loc[item.shown]
        if item.expect_status == "quarantined":
            assert row["status"] == "quarantined", (item.shown, row["status"], row["reason"])
            reason = str(row["reason"]).lower()
            assert len(reason) > 10
            assert item.reason_hint in reason, (item.shown, reason)
            if item.entry == "file":  # special files and outside links are never opened
                copy = Path(env.quarantine) / row["quarantine_path"]
                assert not Path(row["quarantine_path"]).is_absolute()
                assert copy.is_file() and copy.read_bytes() == item.payload
            else:
                assert row["quarantine_path"] is None or pd.isna(row["quarantine_path"])
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
        path = Path(env.inbox) / REGION / item.filename
        assert os.path.lexists(path), item.filename
        if item.entry == "file":
            assert path.read_bytes() == item.payload


def test_cli_exit_code_says_files_were_rejected(bad_region, monkeypatch, capsys) -> None:
    env, _, _, _, _ = bad_region
    from pipelines.refresh import refresh_regions

    code = refresh_regions([REGION], env)
    out = capsys.readouterr().out
    assert code == 2
    assert "quarantaine" in out
    # names that would rewrite the terminal are printed escaped (security review, finding 8)
    assert "\x1b" not in out and "\u202e" not in out and "\u200b" not in out
    assert "efface\\x1b[2J\\x1b[31mrouge<U+202E>gpj.xlsx" in out
    assert "tube nommé" in out and "lien vers ailleurs.xlsx" in out
    assert "donnée(s) personnelle(s) masquée(s)" in out and "actions.context" in out


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
    from sources.filenames import display_name

    inbox_entries = {
        display_name(p.relative_to(Path(env.inbox) / REGION).as_posix())
        for p in (Path(env.inbox) / REGION).rglob("*")
        if not p.is_dir() or p.is_symlink()
    }
    assert inbox_entries == set(report.index)
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


# --------------------------------------------------------------------------- security review
# Findings of the security review (issue 15), each checked on the published files.

_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u2060\ufeff\u202a\u202b\u202c\u202d\u202e"


def _published_texts(out: Path) -> dict[str, str]:
    """Every published file as text: CSV/HTML/JSON as is, Parquet and XLSX cell by cell."""
    from openpyxl import load_workbook

    texts: dict[str, str] = {}
    for path in sorted(out.rglob("*")):
        if path.suffix in (".csv", ".html", ".json", ".svg", ".txt"):
            texts[path.name] = path.read_text(encoding="utf-8-sig")
        elif path.suffix == ".parquet":
            frame = pd.read_parquet(path)
            texts[path.name] = "¦".join(  # a joint no pattern crosses
                str(list(v)) if hasattr(v, "__len__") and not isinstance(v, str) else str(v)
                for column in frame.columns
                for v in frame[column].dropna()
            )
        elif path.suffix == ".xlsx":
            wb = load_workbook(path, read_only=True)
            texts[path.name] = "¦".join(
                str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row
                if v is not None
            )
    return texts


def test_no_email_phone_or_person_name_in_any_published_file(bad_region) -> None:
    from assets.personal_data import EMAIL_RE, PHONE_RE
    from tests.generators.bad_inputs import CONTACT_NAME, PERSON_NAME

    env, _, result, _, _ = bad_region
    assert result.success  # an e-mail in a cell or a file name no longer blocks the region
    con = duckdb.connect(env.warehouse, read_only=True)
    respondents = {
        name
        for (name,) in con.execute(
            "SELECT DISTINCT respondent_name FROM respondents_private WHERE region_code = ?",
            [REGION],
        ).fetchall()
        if name
    }
    con.close()
    assert PERSON_NAME in respondents
    names = respondents | {CONTACT_NAME, "Odile Marchand", "Dupont"}
    texts = _published_texts(Path(env.outputs) / REGION)
    assert {"ingestion_report.csv", "actions.parquet", f"diagnostic_{REGION}.xlsx"} <= set(texts)
    for file, text in texts.items():
        assert not EMAIL_RE.search(text), (file, EMAIL_RE.search(text).group(0))
        assert not PHONE_RE.search(text), (file, PHONE_RE.search(text).group(0))
        for name in names:
            assert name.lower() not in text.lower(), (file, name)


def test_masking_is_recorded_and_keeps_the_rest_readable(bad_region) -> None:
    from tests.generators.bad_inputs import PERSON_EMAIL

    env, _, result, _, _ = bad_region
    [materialization] = result.asset_materializations_for_node("publication")
    masked = materialization.metadata["personal_data_masked"].value
    found = {(m["table"], m["column"], m["kind"]) for m in masked}
    assert ("questionnaire_responses", "actions_text", "nom") in found
    assert ("questionnaire_responses", "actions_text", "téléphone") in found
    assert ("actions", "context", "courriel") in found and ("actions", "context", "nom") in found
    assert ("ingestion_report", "source_file", "courriel") in found
    assert any(t == "exemplary_projects" and k == "courriel" for t, _, k in found), found
    out = Path(env.outputs) / REGION
    answers = (out / "questionnaire_responses.csv").read_text(encoding="utf-8-sig")
    assert "Voir avec [nom masqué] ([téléphone masqué]) ou M. [nom masqué], mairie" in answers
    actions = pd.read_parquet(out / "actions.parquet")
    context = " ".join(actions["context"].dropna())
    assert "Contact : [nom masqué], [courriel masqué], tél. [téléphone masqué]" in context
    report = pd.read_parquet(out / "ingestion_report.parquet").set_index("source_file")
    masked_name = "securite/reponse de [courriel masqué].xlsx"
    assert masked_name in report.index and PERSON_EMAIL not in " ".join(report.index)
    assert report.loc[masked_name, "status"] in ("loaded", "unchanged")  # after the CLI re-run
    # quarantine copies are named relative to the quarantine root, never the server's folders
    paths = report["quarantine_path"].dropna()
    assert len(paths) >= 10 and not any(p.startswith("/") or ":\\" in p for p in paths)
    assert all(p.startswith(f"{REGION}/") for p in paths)


def test_name_that_is_not_utf8_is_read_and_reported(bad_region) -> None:
    env, _, _, report, _ = bad_region
    shown = "securite/r\ufffdponse latin-1.xlsx"
    assert report.loc[shown, "status"] in ("loaded", "superseded")
    assert report.loc[shown, "n_records"] > 40
    assert (Path(env.inbox) / REGION / os.fsdecode(b"securite/r\xe9ponse latin-1.xlsx")).is_file()


def test_resource_limits_name_the_limit(bad_region) -> None:
    _, _, _, report, _ = bad_region
    assert "64 mo" in report.loc["securite/bombe de décompression.pdf", "reason"].lower()
    assert "copdiag_pdf_max_pages" in report.loc["securite/2001 pages.pdf", "reason"].lower()
    words = report.loc["securite/page de 30000 mots.pdf", "reason"]
    assert "30\u202f000 mots" in words and "COPDIAG_PDF_MAX_WORDS_PER_PAGE" in words
    long_csv = report.loc["securite/destinataires trop long.csv", "reason"]
    assert "50\u202f000 lignes" in long_csv and "tronqué" in long_csv


def test_other_regions_questionnaire_is_not_published_here(bad_region) -> None:
    env, _, _, report, _ = bad_region
    reason = report.loc["securite/questionnaire seine-saint-denis.xlsx", "reason"]
    assert "93 – Seine-Saint-Denis" in reason and "11 – Île-de-France" in reason
    out = Path(env.outputs) / REGION
    responses = pd.read_parquet(out / "questionnaire_responses.parquet")
    assert not responses["department_code"].isin(["93"]).any()
    assert "Montreuil-Test" not in " ".join(responses["authority_name"].dropna())
    html = (out / "synthese.html").read_text(encoding="utf-8")
    assert "Montreuil-Test" not in html
    # the data-quality section names the quarantined file and its reason; nothing else may
    quality = re.search(r'<section id="qualite">.*?</section>', html, flags=re.S)
    assert quality and "seine-saint-denis" in quality.group(0).lower()
    assert "Seine-Saint-Denis" not in html.replace(quality.group(0), "")


def test_formula_triggers_are_neutralised_after_invisible_or_separator(bad_region) -> None:
    from openpyxl import load_workbook

    from tests.generators.bad_inputs import INVISIBLE_FORMULA, SEPARATOR_FORMULA

    env, _, _, _, _ = bad_region
    out = Path(env.outputs) / REGION
    answers = pd.read_csv(out / "questionnaire_responses.csv", sep=";", encoding="utf-8-sig")
    assert SEPARATOR_FORMULA.replace(",=", ",'=") in set(answers["blockers_text"])
    assert "'" + INVISIBLE_FORMULA in set(answers["needs_text"])
    for csv in out.glob("*.csv"):  # whatever separator a spreadsheet picks
        for line in csv.read_text(encoding="utf-8-sig").splitlines():
            for fragment in re.split(r"[,;\t]", line):
                bare = fragment.strip().lstrip('"').strip(" " + _INVISIBLE)
                assert not bare.startswith(("=", "@")), (csv.name, fragment)
    wb = load_workbook(out / f"diagnostic_{REGION}.xlsx", read_only=True)
    seen = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            for value in row:
                if isinstance(value, str):
                    assert not value.lstrip(" " + _INVISIBLE).startswith(("=", "+", "@"))
                    seen += value in ("'" + INVISIBLE_FORMULA, SEPARATOR_FORMULA.replace(",=", ",'="))
    assert seen >= 2


def test_file_partition_keys_round_trip_any_name(bad_region) -> None:
    from assets.ingestion.load import ingest_one_file
    from assets.partitions import file_partition_key, split_file_partition_key
    from pipelines.resources import build_resources

    env, _, _, _, _ = bad_region
    resources = build_resources(env)
    for raw in (
        os.fsdecode(b"securite/r\xe9ponse latin-1.xlsx"),
        "securite/efface\x1b[2J\x1b[31mrouge\u202egpj.xlsx",
        "securite/z\u200bero\u200dlargeur.csv",
        "noms/..questionnaire..xlsx",
    ):
        key = file_partition_key(REGION, raw)
        assert "..." not in key and key.isprintable()
        assert split_file_partition_key(key) == (REGION, raw)
        outcome = ingest_one_file(
            resources["settings"], resources["warehouse"], REGION, raw, "partition-test"
        )
        assert outcome.status in ("unchanged", "duplicate"), (raw, outcome.reason)


def test_file_replaced_between_hash_and_parse_keeps_what_was_read(tmp_path, monkeypatch) -> None:
    """The scan hashes A, the file becomes B before the parse: rows and hash must both be B."""
    import hashlib

    import assets.ingestion.load as ingest
    import assets.ingestion.scan as scan
    from demo.authorities import generate_recipients
    from pipelines.resources import build_resources
    from tests.generators.bad_inputs import _questionnaire

    env = make_env(tmp_path, workers=1)
    inbox = Path(env.inbox) / REGION
    inbox.mkdir(parents=True)
    first, second = generate_recipients(random.Random(5), REGION, 6)[2:4]
    a, b = _questionnaire(first, REGION, 1), _questionnaire(second, REGION, 2)
    path = inbox / "reponse.xlsx"
    path.write_bytes(a)
    real_hash = scan.sha256_file

    def hash_then_replace(p: Path) -> str:
        digest = real_hash(p)
        p.write_bytes(b)  # replaced between the scan's hash and the parse
        return digest

    monkeypatch.setattr(scan, "sha256_file", hash_then_replace)
    resources = build_resources(env)
    settings, warehouse = resources["settings"], resources["warehouse"]
    ingest.ingest_region(settings, warehouse, REGION, "run-1", log=lambda _: None)
    monkeypatch.setattr(scan, "sha256_file", real_hash)
    con = duckdb.connect(env.warehouse, read_only=True)
    doc_sha = con.execute("SELECT source_sha256 FROM documents").fetchone()[0]
    subs = con.execute("SELECT source_sha256, siren FROM questionnaire_submissions").fetchall()
    scan_sha = con.execute("SELECT source_sha256 FROM inbox_scan").fetchone()[0]
    con.close()
    assert doc_sha == hashlib.sha256(b).hexdigest() == scan_sha
    assert subs == [(doc_sha, second["siren"])]
    summary = ingest.ingest_region(settings, warehouse, REGION, "run-2", log=lambda _: None)
    assert summary.unchanged == 1 and not summary.parsed


def test_check_says_what_refresh_says_for_every_file(bad_region) -> None:
    """``copdiag check`` runs the refresh's detection, parsing and validation: same status,
    same reason, for every file of the bad-input corpus (and the good files beside them)."""
    from assets.ingestion.verdict import file_verdict

    env, corpus, _, report, _ = bad_region
    inbox = Path(env.inbox) / REGION
    from sources.filenames import display_name

    names = {display_name(item.filename) for item in corpus}
    assert names <= set(report.index)
    for rel, row in report.iterrows():
        path = inbox / rel
        # the hostile entries of issue 15 (links, FIFOs, non-UTF-8 names, limits) are checked
        # by their own tests; `check` on them is not aligned yet (see README, known gaps)
        if rel.startswith("securite/") or path.is_symlink() or not path.is_file():
            continue
        verdict = file_verdict(inbox / rel, region=REGION, rel=rel, warehouse=env.warehouse)
        expected = (row["status"], row["reason"] if isinstance(row["reason"], str) else None)
        assert (verdict.status, verdict.reason) == expected, rel
