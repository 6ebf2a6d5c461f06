"""``questionnaire_responses`` written by DuckDB (issue 19) holds EXACTLY what the pandas round
trip wrote (rows, order, types, masked addresses), and a refresh whose query result did not
change keeps the rows instead of rewriting them; any changed answer rewrites them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from assets.ingestion import submissions
from assets.publication.tables import redact_emails
from assets.resources import Warehouse
from assets.warehouse.tables import insert_frame, replace_rows

REGION = "84"
LEVERS = ["voyageurs.velo", "batiments.renovation_residentiel", "energie.biogaz"]


def _write_inputs(warehouse: Warehouse) -> None:
    """Four questionnaires (one superseded, one without SIREN recovered by name), answers
    with an address in free text and in a name, recipients of two départements."""
    recipients = pd.DataFrame(
        {
            "region_code": REGION, "row_no": [1, 2, 3], "siren": ["200000001", "200000002", "200000003"],
            "siren_valid": True, "name": ["Commune A", "Commune B", "Commune C"],
            "authority_type": ["Commune", "EPCI", "Commune"], "department_code": ["01", "69", "69"],
            "contact_email": "x@y.fr", "source_file": "dest.xlsx", "source_sha256": "r" * 64,
        }
    )  # fmt: skip
    subs = pd.DataFrame(
        {
            "source_sha256": ["a" * 64, "b" * 64, "c" * 64, "d" * 64],
            "region_code": REGION,
            "source_file": ["qa.xlsx", "qb_old.xlsx", "qb.xlsx", "qc.xlsx"],
            "siren": ["200000001", "200000002", "200000002", None],
            "siren_valid": [True, True, True, None],
            "authority_name": ["Commune A (contact : maire@commune-a.fr)", "Commune B",
                               "Commune B", "Commune C"],
            "authority_type": [None, "EPCI", "EPCI", None],
            "department_code": [None, "69", "69", None],
            "submitted_on": [dt.date(2025, 3, 1), dt.date(2025, 3, 2), dt.date(2025, 4, 2),
                             dt.date(2025, 3, 5)],
            "file_mtime": pd.Timestamp("2025-05-01"),
        }
    )  # fmt: skip
    answers = []
    for sha, name in zip(subs["source_sha256"], subs["source_file"], strict=True):
        for k, lever in enumerate(LEVERS):
            answers.append(
                {
                    "source_sha256": sha, "region_code": REGION, "lever_code": lever,
                    "relevance_score": (k + len(name)) % 5 if k != 1 else None,
                    "relevance_label": "Pertinent", "deployment_score": k,
                    "blockers_text": "Écrire à agent.technique@epci-b.fr ; manque d'ingénierie"
                    if (sha, k) == ("c" * 64, 2) else "Manque de financement",
                    "needs_text": None if k == 0 else "Appui technique",
                    "exemplary_project_text": "Piste cyclable @ gare" if k == 0 else None,
                    "row_no": k + 1, "source_file": name,
                }
            )  # fmt: skip
    with warehouse.connect() as con:
        replace_rows(con, "recipients", recipients, "region_code = ?", [REGION])
        replace_rows(con, "questionnaire_submissions", subs, "region_code = ?", [REGION])
        insert_frame(con, "questionnaire_answers", pd.DataFrame(answers))


def _pandas_responses(warehouse: Warehouse) -> pd.DataFrame:
    """The responses as the pandas round trip built them before issue 19 (the reference)."""
    with warehouse.connect() as con:
        latest = submissions.current_submissions(con, REGION)[2]
        con.register(
            "_latest",
            latest[["source_sha256", "siren"]].rename(columns={"siren": "resolved_siren"}),
        )
        frame = con.execute(
            submissions._RESPONSES_QUERY + submissions._ORDER, [REGION, REGION]
        ).df()
        con.unregister("_latest")
    return redact_emails(frame)


@pytest.fixture
def warehouse(tmp_path: Path) -> Warehouse:
    warehouse = Warehouse(path=str(tmp_path / "w.duckdb"))
    _write_inputs(warehouse)
    return warehouse


def test_duckdb_write_equals_the_pandas_round_trip(warehouse: Warehouse, tmp_path: Path) -> None:
    stats = submissions.build_questionnaire_responses(warehouse, REGION, "run-1")
    written = warehouse.read_table("questionnaire_responses", REGION)
    # the reference: the frame built in pandas, inserted by column name, read back
    expected = _pandas_responses(warehouse)
    other = Warehouse(path=str(tmp_path / "reference.duckdb"))
    with other.connect() as con:
        insert_frame(con, "questionnaire_responses", expected)
    pd.testing.assert_frame_equal(
        written, other.read_table("questionnaire_responses", REGION), check_exact=True
    )
    assert stats["responses"] == len(written) == 3 * len(LEVERS)
    assert stats == {"submissions": 4, "unidentified": 0, "latest": 3, "superseded": 1,
                     "responses": 9}  # fmt: skip
    # addresses masked, the superseded file left out, a lone « @ » kept as written
    text = written.astype(str).to_numpy().ravel().tolist()
    assert not any("maire@" in t or "agent.technique@" in t for t in text)
    assert (written["authority_name"] == "Commune A (contact : [courriel masqué])").sum() == 3
    assert "Écrire à [courriel masqué] ; manque d'ingénierie" in set(written["blockers_text"])
    assert "qb_old.xlsx" not in set(written["source_file"])
    assert (written["exemplary_project_text"] == "Piste cyclable @ gare").sum() == 3
    assert written["siren"].tolist() == sorted(written["siren"].tolist())


def _record(warehouse: Warehouse) -> list[tuple]:
    with warehouse.connect() as con:
        return con.execute(
            "SELECT input_key, run_id FROM diagnostic_reuse "
            "WHERE table_name = 'questionnaire_responses'"
        ).fetchall()


def test_unchanged_result_keeps_the_rows(warehouse: Warehouse) -> None:
    submissions.build_questionnaire_responses(warehouse, REGION, "run-1")
    first = warehouse.read_table("questionnaire_responses", REGION)
    [(key, run)] = _record(warehouse)
    assert run == "run-1"
    submissions.build_questionnaire_responses(warehouse, REGION, "run-2")
    # kept: the record of run-1 still stands, the rows are the same
    assert _record(warehouse) == [(key, "run-1")]
    pd.testing.assert_frame_equal(
        warehouse.read_table("questionnaire_responses", REGION), first, check_exact=True
    )


@pytest.mark.parametrize(
    "change",
    [
        "UPDATE questionnaire_answers SET relevance_score = 0 "
        "WHERE source_sha256 = repeat('a', 64) AND lever_code = 'energie.biogaz'",
        "UPDATE questionnaire_answers SET needs_text = 'Appui technique ' "
        "WHERE source_sha256 = repeat('c', 64) AND lever_code = 'energie.biogaz'",
        "UPDATE recipients SET authority_type = 'Commune nouvelle' WHERE siren = '200000003'",
        "DELETE FROM questionnaire_rows_kept",  # the table's rows lost: rewritten
        "UPDATE questionnaire_responses SET needs_text = 'modifié' "  # rows edited: rewritten
        "WHERE lever_code = 'energie.biogaz'",
    ],
)
def test_a_changed_answer_rewrites(warehouse: Warehouse, change: str) -> None:
    submissions.build_questionnaire_responses(warehouse, REGION, "run-1")
    with warehouse.connect() as con:
        if "questionnaire_rows_kept" in change:
            con.execute("DELETE FROM questionnaire_responses WHERE siren = '200000001'")
        else:
            con.execute(change)
    submissions.build_questionnaire_responses(warehouse, REGION, "run-2")
    assert [run for _, run in _record(warehouse)] == ["run-2"]
    written = warehouse.read_table("questionnaire_responses", REGION)
    expected = _pandas_responses(warehouse)
    assert len(written) == len(expected) == 9
    assert written["relevance_score"].astype("Float64").sum() == pytest.approx(
        float(expected["relevance_score"].astype("Float64").sum())
    )
    assert written["needs_text"].tolist() == expected["needs_text"].tolist()
    assert written["authority_name"].tolist() == expected["authority_name"].tolist()
    assert written["authority_type"].tolist() == expected["authority_type"].tolist()


def test_switched_off_always_rewrites(
    warehouse: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPDIAG_ANALYSIS_CACHE", "off")
    submissions.build_questionnaire_responses(warehouse, REGION, "run-1")
    assert _record(warehouse) == []
    assert len(warehouse.read_table("questionnaire_responses", REGION)) == 9


# ----------------------------------------------------------------------------- partial writes


def _rows_in_order(warehouse: Warehouse) -> pd.DataFrame:
    """The region's rows in storage order (the order every reader gets)."""
    with warehouse.connect() as con:
        return con.execute(
            "SELECT * FROM questionnaire_responses WHERE region_code = ? ORDER BY rowid", [REGION]
        ).df()


def _spy_writes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[bool, str | None]]:
    """The ``first`` argument of every ``_write_responses`` call from now on: whether only
    the rows from a SIREN on were written again, and that SIREN."""
    calls: list[tuple[bool, str | None]] = []
    original = submissions._write_responses

    def spy(*args, **kwargs):
        calls.append(args[7] if len(args) > 7 else kwargs.get("first", (False, None)))
        return original(*args, **kwargs)

    monkeypatch.setattr(submissions, "_write_responses", spy)
    return calls


def _whole_rewrite(warehouse: Warehouse, tmp_path: Path) -> pd.DataFrame:
    """The rows a whole rewrite gives from the same inputs (the reference)."""
    reference = Warehouse(path=str(tmp_path / "whole.duckdb"))
    with warehouse.connect() as con, reference.connect() as other:
        for table in ("recipients", "questionnaire_submissions", "questionnaire_answers"):
            insert_frame(other, table, con.execute(f"SELECT * FROM {table}").df())
    submissions.build_questionnaire_responses(reference, REGION, "whole")
    return reference.read_table("questionnaire_responses", REGION)


def _add_questionnaire(warehouse: Warehouse, sha: str, siren: str, name: str) -> None:
    subs = pd.DataFrame(
        {
            "source_sha256": [sha], "region_code": REGION, "source_file": [f"{name}.xlsx"],
            "siren": [siren], "siren_valid": [True], "authority_name": [name],
            "authority_type": ["Commune"], "department_code": ["01"],
            "submitted_on": [dt.date(2025, 4, 9)], "file_mtime": pd.Timestamp("2025-05-02"),
        }
    )  # fmt: skip
    answers = pd.DataFrame(
        {
            "source_sha256": sha, "region_code": REGION, "lever_code": LEVERS,
            "relevance_score": [3, 2, 1], "deployment_score": [1, 0, 2],
            "blockers_text": ["Contact : elu@mairie.fr", None, "Foncier rare"],
            "row_no": [1, 2, 3], "source_file": f"{name}.xlsx",
        }
    )  # fmt: skip
    with warehouse.connect() as con:
        insert_frame(con, "questionnaire_submissions", subs)
        insert_frame(con, "questionnaire_answers", answers)


@pytest.mark.parametrize("siren", ["200000001", "200000002", "199999999", "299999999"])
def test_a_new_questionnaire_rewrites_only_the_rows_from_its_siren(
    warehouse: Warehouse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, siren: str
) -> None:
    """One new questionnaire (a new SIREN first or last; or a newer answer of a known SIREN,
    first or in the middle): only the rows from its SIREN on are written again, and the table
    holds the rows a whole rewrite gives, in the same order."""
    submissions.build_questionnaire_responses(warehouse, REGION, "run-1")
    before = _rows_in_order(warehouse)
    _add_questionnaire(warehouse, "e" * 64, siren, "Commune E")
    writes = _spy_writes(monkeypatch)
    submissions.build_questionnaire_responses(warehouse, REGION, "run-2")
    assert writes == [(True, siren)]
    after = _rows_in_order(warehouse)
    pd.testing.assert_frame_equal(after, _whole_rewrite(warehouse, tmp_path), check_exact=True)
    assert after["siren"].tolist() == sorted(after["siren"].tolist())
    pd.testing.assert_frame_equal(
        after[after["siren"] < siren].reset_index(drop=True),
        before[before["siren"] < siren].reset_index(drop=True),
        check_exact=True,
    )
    assert "Contact : [courriel masqué]" in set(after["blockers_text"])
    assert [run for _, run in _record(warehouse)] == ["run-2"]


def test_rows_out_of_order_are_written_whole(
    warehouse: Warehouse, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows stored out of the SIREN order (written by other means) are all written again, so
    the table ends in the query's order."""
    submissions.build_questionnaire_responses(warehouse, REGION, "run-1")
    with warehouse.connect() as con:
        # the first SIREN's rows moved after the others
        con.execute(
            "CREATE TEMP TABLE moved AS SELECT * FROM questionnaire_responses "
            "WHERE siren = '200000001'"
        )
        con.execute("DELETE FROM questionnaire_responses WHERE siren = '200000001'")
        con.execute("INSERT INTO questionnaire_responses SELECT * FROM moved")
    _add_questionnaire(warehouse, "e" * 64, "299999999", "Commune E")
    writes = _spy_writes(monkeypatch)
    submissions.build_questionnaire_responses(warehouse, REGION, "run-2")
    assert writes == [(False, None)]
    after = _rows_in_order(warehouse)
    assert after["siren"].tolist() == sorted(after["siren"].tolist())
    pd.testing.assert_frame_equal(after, _whole_rewrite(warehouse, tmp_path), check_exact=True)


def test_unchanged_rows_without_a_record_are_not_written(
    warehouse: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The record lost (or the cache switched back on): rows already equal to the query's
    are left as they are and the record written again."""
    submissions.build_questionnaire_responses(warehouse, REGION, "run-1")
    before = _rows_in_order(warehouse)
    with warehouse.connect() as con:
        con.execute("DELETE FROM diagnostic_reuse")
    writes = _spy_writes(monkeypatch)
    submissions.build_questionnaire_responses(warehouse, REGION, "run-2")
    assert writes == [(True, None)]
    pd.testing.assert_frame_equal(_rows_in_order(warehouse), before, check_exact=True)
    assert [run for _, run in _record(warehouse)] == ["run-2"]


def test_authorities_rewritten_only_when_a_row_differs(
    warehouse: Warehouse, monkeypatch: pytest.MonkeyPatch
) -> None:
    query = "SELECT * FROM authorities WHERE region_code = ? ORDER BY siren"
    submissions.build_questionnaire_responses(warehouse, REGION)
    with warehouse.connect() as con:
        first = con.execute(query, [REGION]).fetchall()
    assert [r[1] for r in first] == ["200000001", "200000002", "200000003"]
    assert [(r[5], r[6]) for r in first] == [(True, True), (True, True), (True, False)]
    writes: list[str] = []
    real = submissions.replace_rows

    def counting(con, table, *args, **kwargs):
        writes.append(table)
        return real(con, table, *args, **kwargs)

    monkeypatch.setattr(submissions, "replace_rows", counting)
    submissions.build_questionnaire_responses(warehouse, REGION)
    assert "authorities" not in writes
    with warehouse.connect() as con:
        assert con.execute(query, [REGION]).fetchall() == first
        con.execute("UPDATE recipients SET name = 'Commune C bis' WHERE siren = '200000003'")
        con.execute("DELETE FROM recipients WHERE siren = '200000001'")
    submissions.build_questionnaire_responses(warehouse, REGION)
    assert "authorities" not in writes  # three rows replaced, not the whole region
    with warehouse.connect() as con:
        after = con.execute(query, [REGION]).fetchall()
        rebuilt = con.execute(
            submissions._AUTHORITIES_QUERY + " ORDER BY siren", [REGION] * 3
        ).fetchall()
    assert after == rebuilt
    assert after[1] == first[1]
    assert after[2][2] == "Commune C bis"
    # Commune A still answered (its questionnaire), but is no longer a recipient
    assert after[0][1] == "200000001" and (after[0][5], after[0][6]) == (False, True)
