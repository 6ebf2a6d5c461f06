"""Incremental publication (issue 19): a publication made over a previous one gives the files a
publication from scratch gives, whatever was carried over; each skip rule still rewrites what
changed (a changed table, a hand-edited file, a name learnt in another table)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from assets.personal_data import NAME_MASK, PersonalDataPolicy
from assets.publication.folder import publish
from assets.publication.history import archive_publication, list_publications
from tests.assets.publication.test_publication import REGION, _tables

T0 = dt.datetime(2026, 11, 30, 10, 0, tzinfo=dt.UTC)
T1 = T0 + dt.timedelta(hours=1)
XLSX = f"diagnostic_{REGION}.xlsx"


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return _tables()


def _changed(tables: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """What a new questionnaire does: answers and derived tables change, plans do not."""
    out = dict(tables)
    responses = tables["questionnaire_responses"].copy()
    out["questionnaire_responses"] = pd.concat([responses, responses.iloc[[0]]], ignore_index=True)
    families = tables["lever_families"].copy()
    first_number = families.select_dtypes("number").columns[0]
    families.loc[0, first_number] = families.loc[0, first_number] + 1
    out["lever_families"] = families
    out["response_coverage"] = tables["response_coverage"].iloc[:-1]
    return out


def _workbook(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def assert_same_publication(a: Path, b: Path) -> None:
    """Same files, same bytes (same publication date given), the workbook cell for cell."""
    files_a, files_b = _files(a), _files(b)
    assert sorted(files_a) == sorted(files_b)
    for name in files_a:
        if name == XLSX:  # a zip: its entries carry their own write time
            assert _workbook(a / name) == _workbook(b / name)
        elif name == "datapackage.json":
            pa, pb = json.loads(files_a[name]), json.loads(files_b[name])
            for package in (pa, pb):  # the workbook's own sha256 differs with its zip times
                package["copdiag_content"]["files"].pop(XLSX)
            assert pa == pb
        else:
            assert files_a[name] == files_b[name], name


def _publish(tables, out: Path, now: dt.datetime, **kwargs):
    return publish(tables, out, REGION, config={"k": 1}, region_name="Occitanie", now=now, **kwargs)


def test_incremental_publication_equals_a_publication_from_scratch(tables, tmp_path):
    changed = _changed(tables)
    _publish(tables, tmp_path / "inc", T0)
    incremental = _publish(changed, tmp_path / "inc", T1)
    scratch = _publish(changed, tmp_path / "new", T1)
    assert scratch.carried_over == []
    # Unchanged tables were carried over, the changed ones rewritten…
    assert "actions.csv" in incremental.carried_over
    for name in ("questionnaire_responses", "lever_families", "response_coverage"):
        assert f"{name}.csv" not in incremental.carried_over
        assert f"{name}.parquet" not in incremental.carried_over
    assert XLSX not in incremental.carried_over
    # …and the folder is the one a publication from scratch gives.
    assert_same_publication(incremental.path, scratch.path)
    assert incremental.masked == scratch.masked
    assert incremental.row_counts == scratch.row_counts


def test_republishing_unchanged_tables_gives_the_same_files(tables, tmp_path):
    _publish(tables, tmp_path / "inc", T0)
    again = _publish(tables, tmp_path / "inc", T1)
    scratch = _publish(tables, tmp_path / "new", T1)
    assert XLSX in again.carried_over
    assert_same_publication(again.path, scratch.path)


def test_a_name_learnt_in_another_table_rewrites_a_table_that_did_not_change(tables, tmp_path):
    """« Jean Dupont » in an action is masked once a questionnaire introduces « M. Jean
    Dupont »: the actions table did not change, its published files must."""
    base = dict(tables)
    actions = tables["actions"].copy()
    actions.loc[3, "context"] = "Réunion du 12 mars avec Jean Dupont et les élus"
    base["actions"] = actions
    first = _publish(base, tmp_path / "inc", T0)
    assert b"Jean Dupont" in (first.path / "actions.csv").read_bytes()
    later = dict(base)
    responses = base["questionnaire_responses"].copy()
    responses.loc[0, "needs_text"] = "Besoin d'un appui, voir M. Jean Dupont au service"
    later["questionnaire_responses"] = responses
    second = _publish(later, tmp_path / "inc", T1)
    assert "actions.csv" not in second.carried_over
    assert "actions.parquet" not in second.carried_over
    text = (second.path / "actions.csv").read_text(encoding="utf-8-sig")
    assert "Jean Dupont" not in text and f"avec {NAME_MASK} et" in text
    assert_same_publication(second.path, _publish(later, tmp_path / "new", T1).path)


def test_frames_masked_by_the_caller_are_published_as_when_publish_masks_them(tables, tmp_path):
    """The asset masks once (for the synthesis) and tells publish(): same files, same counts."""
    # (the warehouse's tables have no personal column: a dropped one would be counted here)
    responses = tables["questionnaire_responses"].drop(columns=["respondent_email"])
    responses.loc[1, "blockers_text"] = "Contact : Claire Martin, 06 12 34 56 78"
    data = {**tables, "questionnaire_responses": responses}
    alone = _publish(data, tmp_path / "alone", T0, policy=PersonalDataPolicy(["Paul Durand"]))
    policy = PersonalDataPolicy(["Paul Durand"])
    policy.learn_names(data.values())
    masked = {name: policy.mask_frame(name, df) for name, df in data.items()}
    once = _publish(masked, tmp_path / "once", T0, policy=policy)
    assert_same_publication(alone.path, once.path)
    assert once.masked == alone.masked
    assert any(r["kind"] == "téléphone" for r in once.masked)


def test_tables_prepared_and_masked_once_by_the_caller(tables, tmp_path):
    """The asset prepares and masks every table once (``prepare_and_mask``) and passes them
    as ``ready``: the files and counts are those of publish() doing it all; a name the other
    tables teach is still masked in the ready ones."""
    from assets.publication.folder import prepare_and_mask

    responses = tables["questionnaire_responses"].drop(columns=["respondent_email"])
    responses.loc[1, "blockers_text"] = "Contact : Claire Martin, 06 12 34 56 78"
    actions = tables["actions"].copy()
    actions.loc[3, "context"] = "Réunion du 12 mars avec Jean Dupont et les élus"
    data = {**tables, "questionnaire_responses": responses, "actions": actions}
    alone = _publish(data, tmp_path / "alone", T0, policy=PersonalDataPolicy(["Paul Durand"]))
    policy = PersonalDataPolicy(["Paul Durand"])
    late = {"response_coverage"}  # added after, as the asset adds the coverage
    ready, _ = prepare_and_mask({k: v for k, v in data.items() if k not in late}, policy)
    once = _publish({**ready, **{k: data[k] for k in late}}, tmp_path / "once", T0,
                    policy=policy, ready=set(ready))  # fmt: skip
    assert_same_publication(alone.path, once.path)
    assert once.masked == alone.masked
    assert any(r["kind"] == "téléphone" for r in once.masked)
    # a name only a late table introduces: the ready tables are masked again
    coverage = data["response_coverage"].copy()
    text_column = coverage.select_dtypes("object").columns[-1]
    coverage[text_column] = coverage[text_column].astype(object)
    coverage.loc[0, text_column] = "Référent : M. Jean Dupont"
    data = {**data, "response_coverage": coverage}
    policy = PersonalDataPolicy(["Paul Durand"])
    ready, _ = prepare_and_mask({k: v for k, v in data.items() if k not in late}, policy)
    assert "Jean Dupont" in ready["actions"].loc[3, "context"]
    late_run = _publish({**ready, "response_coverage": coverage}, tmp_path / "late", T0,
                        policy=policy, ready=set(ready))  # fmt: skip
    text = (late_run.path / "actions.csv").read_text(encoding="utf-8-sig")
    assert "Jean Dupont" not in text and f"avec {NAME_MASK} et" in text
    alone = _publish(data, tmp_path / "alone2", T0, policy=PersonalDataPolicy(["Paul Durand"]))
    assert_same_publication(alone.path, late_run.path)


def test_history_copies_are_listed_without_hashing_until_asked(tables, tmp_path):
    outputs, history = tmp_path / "out", tmp_path / "history"
    _publish(tables, outputs, T0)
    first = archive_publication(outputs, REGION, history, keep=5)
    # Archiving the same publication again finds the copy (same date, same bytes).
    assert archive_publication(outputs, REGION, history, keep=5) == first
    (entry,) = list_publications(history, REGION)
    assert "digest" not in entry.__dict__  # not computed by the listing
    assert entry.digest == first.digest
    _publish(_changed(tables), outputs, T1)
    second = archive_publication(outputs, REGION, history, keep=5)
    assert second.publication_id != first.publication_id
    assert [e.publication_id for e in list_publications(history, REGION)] == [
        second.publication_id,
        first.publication_id,
    ]


def test_unchanged_charts_are_taken_from_the_previous_page(tables):
    from assets.publication.synthesis import charts
    from assets.publication.synthesis.page import build_synthesis_html

    args = ("Occitanie", REGION, tables, {"k": 1})
    first = build_synthesis_html(*args, published_on=T0.date())
    keyed = charts.previous_charts(first)
    assert len(keyed) == 3 == first.count("<svg")
    drawn: list[str] = []
    original = charts._families_chart_svg

    def spy(*a, **k):
        drawn.append("families")
        return original(*a, **k)

    import pytest as _pytest

    with _pytest.MonkeyPatch.context() as mp:
        mp.setattr(charts, "_families_chart_svg", spy)
        again = build_synthesis_html(*args, published_on=T0.date(), previous_html=first)
        assert again == first and drawn == []  # same page, nothing drawn
        # Other family scores: both family charts are drawn again, the coverage one is not.
        changed = {**tables, "lever_families": _changed(tables)["lever_families"]}
        other = build_synthesis_html(
            "Occitanie", REGION, changed, {"k": 1}, published_on=T0.date(), previous_html=first
        )
    assert drawn == ["families", "families"]
    fresh = build_synthesis_html("Occitanie", REGION, changed, {"k": 1}, published_on=T0.date())
    assert other == fresh
    assert set(charts.previous_charts(other)) != set(keyed)
    # Another threshold changes the key too.
    assert charts.previous_charts(
        build_synthesis_html(
            "Occitanie", REGION, tables, {"family_relevance_threshold": 3.0},
            published_on=T0.date(), previous_html=first,
        )
    ).keys() != keyed.keys()  # fmt: skip


def test_charts_never_import_matplotlib(tables, tmp_path):
    """Run in a fresh interpreter: neither reusing the charts nor drawing them (plain SVG now)
    imports matplotlib (~1.4 s)."""
    import pickle
    import subprocess
    import sys

    from assets.publication.synthesis.page import build_synthesis_html

    first = build_synthesis_html("Occitanie", REGION, tables, {"k": 1}, published_on=T0.date())
    (tmp_path / "tables.pkl").write_bytes(pickle.dumps(tables))
    (tmp_path / "first.html").write_text(first, encoding="utf-8")
    code = (
        "import pickle, sys, datetime as dt\n"
        "from pathlib import Path\n"
        "from assets.publication.synthesis.page import build_synthesis_html\n"
        f"p = Path({str(tmp_path)!r})\n"
        "tables = pickle.loads((p / 'tables.pkl').read_bytes())\n"
        "first = (p / 'first.html').read_text(encoding='utf-8')\n"
        f"html = build_synthesis_html('Occitanie', {REGION!r}, tables, {{'k': 1}},"
        " published_on=dt.date(2026, 11, 30), previous_html=first)\n"
        "assert html == first\n"
        f"drawn = build_synthesis_html('Occitanie', {REGION!r}, tables,"
        " {'family_relevance_threshold': 3.0}, published_on=dt.date(2026, 11, 30))\n"
        "assert drawn.count('data-chart-key') == 3\n"
        "print('matplotlib' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[3],
    )  # fmt: skip
    assert out.stdout.strip() == "False"


def test_masking_cache_is_kept_only_while_the_names_are_the_same():
    """publish() masks frames the asset masked already: with no new name the second pass is
    served by the cache, and whenever names changed it is computed again (same results as a
    policy that always clears its cache)."""
    policy = PersonalDataPolicy(["Paul Durand"])
    frame = pd.DataFrame({"t": ["Réunion avec Jean Dupont", "Voir Paul Durand", "Rien ici"]})
    assert policy.mask_frame("x", frame)["t"].tolist() == [
        "Réunion avec Jean Dupont",
        f"Voir {NAME_MASK}",
        "Rien ici",
    ]
    cached = dict(policy._cache)
    policy.learn_names([frame])  # nothing new: the cache stays
    assert policy._cache == cached
    # A name introduced while masking (« Contact : Jean Dupont ») marks the cache stale: the
    # next learning pass clears it, so the earlier text is masked on the second pass.
    assert policy.mask_text("Contact : Jean Dupont") == f"Contact : {NAME_MASK}"
    assert policy.mask_text("Réunion avec Jean Dupont") == "Réunion avec Jean Dupont"  # as before
    policy.learn_names([frame])
    assert policy.mask_text("Réunion avec Jean Dupont") == f"Réunion avec {NAME_MASK}"
    # A name learnt from a table clears it too.
    other = PersonalDataPolicy()
    assert other.mask_text("Merci à Lise Moreau") == "Merci à Lise Moreau"
    other.learn_names([pd.DataFrame({"t": ["Mme Lise Moreau, cheffe de projet"]})])
    assert other.mask_text("Merci à Lise Moreau") == f"Merci à {NAME_MASK}"
    # Texts already searched are not searched again, and still count as learnt.
    assert "Mme Lise Moreau, cheffe de projet" in other._scanned


def _asset_publish(tables, out: Path, now: dt.datetime, known: list[str], memo: Path | None):
    """What the publication asset does: one policy (memo loaded when given), tables masked
    once for the synthesis, then publish(); the memo kept for the next run."""
    policy = PersonalDataPolicy(known)
    if memo is not None:
        policy.load_memo(memo)
    policy.learn_names(tables.values())
    masked = {name: policy.mask_frame(name, df) for name, df in tables.items()}
    result = _publish(masked, out, now, policy=policy)
    if memo is not None:
        policy.save_memo(memo)
    return result


def test_new_respondent_name_with_the_masking_memo_equals_a_publication_from_scratch(
    tables, tmp_path, monkeypatch
):
    """A new questionnaire brings a new respondent (a known name): with the masking memo of
    the previous run, only texts holding that name are masked again, and the folder is the one
    a publication from scratch gives (his name masked in a table that did not change)."""
    monkeypatch.delenv("COPDIAG_MASK_MEMO", raising=False)
    memo = tmp_path / "memo.bin"
    base = dict(tables)
    actions = tables["actions"].copy()
    actions.loc[2, "context"] = "Atelier animé par Hugo Bernard, puis visite"
    base["actions"] = actions
    first = _asset_publish(base, tmp_path / "inc", T0, ["Paul Durand"], memo)
    assert b"Hugo Bernard" in (first.path / "actions.csv").read_bytes()
    assert memo.is_file()
    later = _changed(base)
    known = ["Paul Durand", "Hugo Bernard"]
    second = _asset_publish(later, tmp_path / "inc", T1, known, memo)
    scratch = _asset_publish(later, tmp_path / "new", T1, known, None)
    assert "actions.csv" not in second.carried_over
    assert "Hugo Bernard" not in (second.path / "actions.csv").read_text(encoding="utf-8-sig")
    assert_same_publication(second.path, scratch.path)
    assert second.masked == scratch.masked
    # and back: the questionnaire removed, the name forgotten, the text published again
    third = _asset_publish(base, tmp_path / "inc", T1 + dt.timedelta(hours=1), known[:1], memo)
    again = _asset_publish(base, tmp_path / "new2", T1 + dt.timedelta(hours=1), known[:1], None)
    assert b"Hugo Bernard" in (third.path / "actions.csv").read_bytes()
    assert_same_publication(third.path, again.path)
    assert third.masked == again.masked
