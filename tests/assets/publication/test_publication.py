"""Publication writers: files, CSV dialect, formula neutralisation, datapackage, atomicity,
personal data, and the HTML synthesis (escaping, self-contained)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from assets.diagnostic.candidates import cop_action_candidates
from assets.diagnostic.coverage import response_coverage
from assets.diagnostic.exemplary import exemplary_projects
from assets.diagnostic.families import lever_families
from assets.diagnostic.state_of_play import state_of_play
from assets.diagnostic.themes import priority_themes
from assets.publication import folder as publication_folder
from assets.publication.folder import publish
from assets.publication.synthesis.page import build_synthesis_html
from assets.publication.tables import neutralise, prepare_table, redact_emails
from tests.assets.diagnostic import test_analysis as data

REGION = data.REGION
EMAIL = re.compile(rb"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _tables() -> dict[str, pd.DataFrame]:
    lev, cfg = data.levers(), data.CONFIG
    actions = data.actions()
    actions.loc[0, "title"] = '=HYPERLINK("http://evil")'
    actions.loc[1, "context"] = "-5 % de consommation"
    actions.at[2, "partners"] = ["ADEME", "@ANAH"]
    responses = data.responses()
    responses["respondent_email"] = "agent@commune.fr"  # must be dropped, never published
    responses["exemplary_project_text"] = responses["exemplary_project_text"].str.replace(
        r"contact \S+", "contact : voir la mairie", regex=True
    )
    themes = priority_themes(
        REGION, lev, responses, actions, data.projects(), data.contract_targets(), cfg,
        recipients=data.recipients(),
    )  # fmt: skip
    return {
        "actions": actions,
        "questionnaire_responses": responses,
        "lever_state_of_play": state_of_play(
            REGION, lev, data.recipients(), responses, actions, data.projects(), cfg
        ),
        "lever_families": lever_families(REGION, lev, responses, cfg),
        "priority_themes": themes,
        "exemplary_projects": exemplary_projects(REGION, responses, data.projects(), actions, cfg),
        "cop_action_candidates": cop_action_candidates(
            REGION, lev, data.projects(), actions, themes, cfg
        ),
        "response_coverage": response_coverage(REGION, data.recipients(), responses, cfg),
    }


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return _tables()


@pytest.fixture(scope="module")
def published(tables, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pub")
    result = publish(tables, out, REGION, config=data.CONFIG, region_name="Occitanie")
    assert result.path == out / REGION
    assert result.dropped_columns == {"questionnaire_responses": ["respondent_email"]}
    return result.path


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def test_every_file_is_written(published, tables):
    for name in tables:
        assert (published / f"{name}.csv").is_file()
        assert (published / f"{name}.parquet").is_file()
    for name in (f"diagnostic_{REGION}.xlsx", "datapackage.json", "synthese.html"):
        assert (published / name).is_file()
    assert not [p for p in published.parent.iterdir() if p.name.startswith(".")]


def test_csv_dialect_bom_semicolon_decimal_comma_lists(published):
    raw = (published / "lever_state_of_play.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw[3:].split(b"\n", 1)[0].decode()
    assert header.startswith("region_code;scope;department_code;lever_code")
    sop = pd.read_csv(
        published / "lever_state_of_play.csv",
        sep=";",
        decimal=",",
        encoding="utf-8-sig",
        dtype={"department_code": str},
    )
    reno = sop[(sop["lever_code"] == data.RENO) & sop["department_code"].isna()].iloc[0]
    assert reno["mean_relevance"] == pytest.approx(3.67)
    assert "3,67" in raw.decode("utf-8-sig")
    cand = pd.read_csv(published / "cop_action_candidates.csv", sep=";", encoding="utf-8-sig")
    row = cand.set_index("title").loc["Plateforme multimodale"]
    assert row["missing_fields"] == "autre acteur;calendrier;financement;coût estimé"
    assert row["coherence_ok"] == "oui" and row["progress_ok"] == "non"


def test_parquet_keeps_lists_and_types(published):
    cand = pd.read_parquet(published / "cop_action_candidates.parquet")
    row = cand.set_index("title").loc["Plateforme multimodale"]
    assert list(row["missing_fields"]) == [
        "autre acteur",
        "calendrier",
        "financement",
        "coût estimé",
    ]
    assert cand["coherence_ok"].dtype == bool or str(cand["coherence_ok"].dtype) == "boolean"
    actions = pd.read_parquet(published / "actions.parquet")
    assert actions.loc[0, "title"].startswith("=HYPERLINK")  # no neutralisation in Parquet
    assert list(actions.loc[2, "partners"]) == ["ADEME", "@ANAH"]


def test_formula_cells_neutralised_in_csv_and_xlsx(published):
    actions = pd.read_csv(published / "actions.csv", sep=";", encoding="utf-8-sig")
    assert actions.loc[0, "title"] == '\'=HYPERLINK("http://evil")'
    assert actions.loc[1, "context"] == "'-5 % de consommation"
    assert actions.loc[2, "partners"] == "ADEME;'@ANAH"  # « @ANAH » after a separator: neutralised
    from openpyxl import load_workbook

    wb = load_workbook(published / f"diagnostic_{REGION}.xlsx")
    assert wb.sheetnames[0] == "Lisez-moi"
    assert {"actions", "lever_state_of_play", "cop_action_candidates"} <= set(wb.sheetnames)
    ws = wb["actions"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=header.index("title") + 1)
    assert cell.value == '\'=HYPERLINK("http://evil")' and cell.data_type == "s"
    assert ws.freeze_panes == "A2" and ws.auto_filter.ref
    formulas = [c for row in ws.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    sop = wb["lever_state_of_play"]
    sop_header = [c.value for c in sop[1]]
    budget_col = sop_header.index("budget_eur") + 1
    # unknown budgets are empty cells (issue 17): the format is checked on a known one
    known = next(
        r for r in range(2, sop.max_row + 1) if sop.cell(row=r, column=budget_col).value is not None
    )
    assert sop.cell(row=known, column=budget_col).number_format == '#,##0 "€"'
    readme = [c.value for c in wb["Lisez-moi"]["A"] if c.value]
    assert "Paramètres du diagnostic" in readme and "family_relevance_threshold" in readme


def test_datapackage_validates_against_csvs(published):
    from frictionless import validate

    descriptor = json.loads((published / "datapackage.json").read_text(encoding="utf-8"))
    names = {r["name"] for r in descriptor["resources"]}
    assert "lever_state_of_play" in names
    res = next(r for r in descriptor["resources"] if r["name"] == "priority_themes")
    assert res["schema"]["primaryKey"] == ["region_code", "rank"]
    fields = {f["name"]: f for f in res["schema"]["fields"]}
    assert fields["rank"]["type"] == "integer" and fields["score"]["type"] == "number"
    assert fields["rationale"]["description"]
    assert descriptor["copdiag_config"]["family_relevance_threshold"] == 2.5
    report = validate(published / "datapackage.json")
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "message"])[:5]


def test_no_email_in_published_files(published):
    for path in published.rglob("*"):
        if path.suffix in (".csv", ".json", ".html"):
            assert not EMAIL.search(path.read_bytes()), path.name
    assert "respondent_email" not in (published / "questionnaire_responses.csv").read_text(
        "utf-8-sig"
    )


def test_failed_publication_leaves_previous_one_intact(tmp_path, tables, monkeypatch):
    publish(tables, tmp_path, REGION, config=data.CONFIG)
    before = _snapshot(tmp_path / REGION)

    def boom(*args, **kwargs):
        raise RuntimeError("disque plein")

    monkeypatch.setattr(publication_folder, "write_xlsx", boom)
    # A real change (a table one row shorter): the workbook must be rewritten, and fails.
    changed = dict(tables, actions=tables["actions"].iloc[:-1])
    with pytest.raises(RuntimeError, match="disque plein"):
        publish(changed, tmp_path, REGION, config=data.CONFIG)
    assert _snapshot(tmp_path / REGION) == before
    assert [p.name for p in tmp_path.iterdir()] == [REGION]  # no temp folder left


def test_failed_swap_restores_previous_folder(tmp_path):
    final, tmp, backup = tmp_path / "76", tmp_path / ".76.tmp", tmp_path / ".76.old"
    final.mkdir()
    (final / "a.csv").write_text("old")
    tmp.mkdir()
    (tmp / "a.csv").write_text("new")
    calls = []

    def flaky(src, dst):
        calls.append(src)
        if src == tmp:
            raise OSError("rename refusé")
        Path(src).rename(dst)

    with pytest.raises(OSError):
        publication_folder._swap(tmp, final, backup, replace=flaky)
    assert (final / "a.csv").read_text() == "old"


def test_successful_republication_replaces_folder(tmp_path, tables):
    publish(tables, tmp_path, REGION)
    (tmp_path / REGION / "stale.txt").write_text("ancien fichier")
    publish(tables, tmp_path, REGION)
    assert not (tmp_path / REGION / "stale.txt").exists()
    assert [p.name for p in tmp_path.iterdir()] == [REGION]


def test_personal_data_is_masked_in_every_table_and_never_blocks(tmp_path, tables):
    leaky = tables["questionnaire_responses"].copy()
    leaky.loc[0, "blockers_text"] = "Écrire à jean.dupont@mairie-exemple.fr ou au 06 12 34 56 78"
    themes = tables["priority_themes"].copy()
    themes.loc[0, "title"] = "Voir Mme Claire Martin"
    result = publish(
        dict(tables, questionnaire_responses=leaky, priority_themes=themes), tmp_path, REGION
    )
    text = (tmp_path / REGION / "questionnaire_responses.csv").read_text(encoding="utf-8-sig")
    assert "Écrire à [courriel masqué] ou au [téléphone masqué]" in text
    assert "jean.dupont" not in text
    assert "Voir Mme [nom masqué]" in (tmp_path / REGION / "priority_themes.csv").read_text(
        encoding="utf-8-sig"
    )
    kinds = {(m["table"], m["column"], m["kind"]) for m in result.masked}
    assert kinds >= {
        ("questionnaire_responses", "blockers_text", "courriel"),
        ("questionnaire_responses", "blockers_text", "téléphone"),
        ("priority_themes", "title", "nom"),
    }
    clean = redact_emails(leaky)
    assert "[courriel masqué]" in clean.loc[0, "blockers_text"]


def test_redact_emails_only_touches_addresses_and_keeps_other_cells() -> None:
    """Cells without « @ », missing values and non-text cells come back as they were; every
    repetition of a text holding an address is masked."""
    frame = pd.DataFrame(
        {
            "needs_text": ["écrire à a.b@mairie.fr", None, "a@b", "écrire à a.b@mairie.fr", "rien"],
            "relevance_score": [1.0, float("nan"), 2.0, 3.0, 4.0],
            "mixed": ["x@y.fr", 3, None, float("nan"), "fichier c.d@e.fr.xlsx"],
        }
    )
    clean = redact_emails(frame)
    assert clean["needs_text"].tolist() == [
        "écrire à [courriel masqué]", None, "a@b", "écrire à [courriel masqué]", "rien"
    ]
    assert clean["mixed"].tolist()[:3] == ["[courriel masqué]", 3, None]
    assert clean.loc[4, "mixed"] == "fichier [courriel masqué].xlsx"
    pd.testing.assert_series_equal(clean["relevance_score"], frame["relevance_score"])
    assert frame.loc[0, "needs_text"] == "écrire à a.b@mairie.fr"  # input untouched


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("\u200b=HYPERLINK(\"x\")", "'\u200b=HYPERLINK(\"x\")"),
        (" @SUM(A1)", "' @SUM(A1)"),
        ("Voir,=2+5+cmd|' /C calc'!A0", "Voir,'=2+5+cmd|' /C calc'!A0"),
        ("a\t@SUM(1)", "a\t'@SUM(1)"),
        ("réduction de 10, -5 %", "réduction de 10, -5 %"),
        ("texte ordinaire, avec virgule", "texte ordinaire, avec virgule"),
    ],
)
def test_neutralise_after_invisible_and_separators(text, expected):
    assert neutralise(text) == expected


def test_region_code_must_be_a_plain_folder_name(tmp_path, tables):
    with pytest.raises(ValueError):
        publish(tables, tmp_path, "../etc")


def test_synthesis_html_is_self_contained_and_escaped(tables):
    themes = tables["priority_themes"].copy()
    themes.loc[2, "title"] = "<script>alert(1)</script>"
    html = build_synthesis_html(
        "Occitanie <b>", REGION, dict(tables, priority_themes=themes), data.CONFIG
    )
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert "Occitanie &lt;b&gt;" in html
    # families chart (desktop and phone variants) and coverage chart
    assert html.count("<svg") == 3
    assert not re.search(r"<(link|script|img)\b[^>]*(src|href)=", html)
    for label in ("Se déplacer", "Se loger", "Produire", "Se nourrir", "Consommer", "Préserver"):
        assert label in html
    assert "75 %" in html  # response rate
    assert "Massifier la rénovation énergétique de l&#39;habitat privé" in html


def test_prepare_table_types():
    df = pd.DataFrame(
        {
            "n_actions": [1.0, np.nan],
            "flag": [True, None],
            "items": [["a", "b"], None],
            "evidence": [{"n": 1}, {"n": 2}],
            "email": ["x@y.fr", None],
        }
    )
    out, dropped = prepare_table("t", df)
    assert dropped == ["email"]
    assert str(out["n_actions"].dtype) == "Int64"
    assert str(out["flag"].dtype) == "boolean"
    assert out.loc[1, "items"] == [] and json.loads(out.loc[0, "evidence"]) == {"n": 1}
