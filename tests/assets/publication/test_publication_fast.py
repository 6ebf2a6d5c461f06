"""A cheaper incremental publication must publish the same bytes (issue 19).

- :func:`assets.publication.incremental.grown_packed` packs a grown table from its kept pack:
  it unpacks to the grown frame (missing cells kept as ``None`` or ``NaN``), and the codes it
  gives the Parquet writer produce the same file as factorising the column again;
- two questionnaires added one after the other (the second growth starts from the pack the
  first one stored): every file is byte-identical to a publication from scratch (the
  workbook part by part, but for its creation time; ``datapackage.json`` but for its date);
- the synthesis page is taken back only while what it is made of is unchanged.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import zipfile
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pytest

from assets.publication import writers
from assets.publication.incremental import grown_packed, pack_frame, unpack_frame
from tests.assets.publication.test_asset_incremental import _materialize, _metadata
from tests.conftest import REGION


@pytest.fixture
def work(refreshed_region, tmp_path) -> Path:
    """A copy of the refreshed demo region's warehouse (no publication yet)."""
    src = Path(refreshed_region.env.warehouse)
    for name in (src.name, src.name + ".wal"):
        if (src.parent / name).exists():
            shutil.copy2(src.parent / name, tmp_path / name)
    return tmp_path


def _frame(rng: np.random.Generator, n: int, start: int) -> pd.DataFrame:
    words = np.array(["alpha", "bêta", "gamma", "=delta", "epsilon ; zeta"], dtype=object)
    text = words[rng.integers(0, len(words), n)].astype(object)
    text[rng.random(n) < 0.2] = None
    other = np.array([f"t{start + i}" for i in range(n)], dtype=object)
    other[rng.random(n) < 0.1] = np.nan  # NaN, not None: kept apart
    days = np.array([dt.date(2025, 1, 1 + int(d)) for d in rng.integers(0, 20, n)], dtype=object)
    days[rng.random(n) < 0.1] = None
    return pd.DataFrame(
        {
            "text": text,
            "other": other,
            "day": days,
            "empty": pd.Series([None] * n, dtype=object),
            "score": pd.array(rng.integers(0, 4, n), dtype="Int32"),
        }
    )


@pytest.mark.parametrize("n_new", [0, 1, 7])
def test_grown_packed_unpacks_to_the_grown_frame(n_new: int, tmp_path: Path) -> None:
    rng = np.random.default_rng(n_new)
    kept = _frame(rng, 300, 0)
    new = _frame(rng, n_new, 300)
    new.loc[:, "text"] = "nouveau texte" if n_new else new["text"]  # a value not kept before
    positions = rng.permutation(len(kept) + n_new)
    grown = pd.concat([kept, new], ignore_index=True).take(positions)
    grown.index = pd.RangeIndex(len(grown))
    packed = grown_packed(pack_frame(kept), new, grown, positions)
    back = unpack_frame(packed)
    pd.testing.assert_frame_equal(back, grown, check_exact=True)
    for column in ("text", "other", "day"):  # None and NaN where they were
        assert [type(v) for v in back[column]] == [type(v) for v in grown[column]]
    # The Parquet file from these codes is the one factorising the columns gives.
    plain = tmp_path / "plain.parquet"
    writers.write_parquet("t", grown, plain)
    names, _, columns = packed
    writers.remember_codes(
        grown, {n: (c[1], c[2]) for n, c in zip(names, columns, strict=True) if c[0] == "codes"}
    )
    hinted = tmp_path / "hinted.parquet"
    writers.write_parquet("t", grown, hinted)
    assert writers._codes_of(grown, "text", len(grown)) is not None
    assert hinted.read_bytes() == plain.read_bytes()


def _add_questionnaire(folder: Path, tag: str) -> None:
    """The rows of one questionnaire again, as another authority's new file."""
    con = duckdb.connect(str(folder / "warehouse.duckdb"))
    try:
        con.execute(
            "INSERT INTO questionnaire_responses SELECT * REPLACE ("
            f"'questionnaires/{tag}.xlsx' AS source_file, '99999999{tag[-1]}' AS siren, "
            f"'Besoin {tag}' AS needs_text) "
            "FROM questionnaire_responses WHERE region_code = ? AND source_file = "
            "(SELECT min(source_file) FROM questionnaire_responses WHERE region_code = ?)",
            [REGION, REGION],
        )
    finally:
        con.close()


_TIME_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00")


def _same_bytes(a: Path, b: Path) -> list[str]:
    """Files of two publication folders that differ, but for their publication time."""
    differ = []
    for path in sorted(a.iterdir()):
        x, y = path.read_bytes(), (b / path.name).read_bytes()
        if x == y:
            continue
        if path.name == "datapackage.json":
            jx, jy = json.loads(x), json.loads(y)
            for j in (jx, jy):
                j.pop("created")
                files = j["copdiag_content"]["files"]
                files.pop(f"diagnostic_{REGION}.xlsx")  # its creation time differs
            if jx == jy:
                continue
        elif path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as za, zipfile.ZipFile(b / path.name) as zb:
                names = [i.filename for i in za.infolist()]
                if names == [i.filename for i in zb.infolist()] and all(
                    za.read(n) == zb.read(n) for n in names if n != "docProps/core.xml"
                ):
                    continue
        elif path.name == "projets.csv":  # one column says the publication time
            if _TIME_RE.sub(b"", x) == _TIME_RE.sub(b"", y):
                continue
        differ.append(path.name)
    return differ


def test_two_grown_publications_have_the_bytes_of_one_from_scratch(work, monkeypatch) -> None:
    from assets.publication import incremental, rows

    monkeypatch.setattr(rows, "ROWS_MIN", 10)
    packs: list[str] = []
    real = incremental.grown_packed

    def spy(kept, new, df, positions):
        packs.append(f"{len(new)}/{len(df)}")
        return real(kept, new, df, positions)

    monkeypatch.setattr(incremental, "grown_packed", spy)
    _materialize(work)
    folder = work / "outputs" / REGION
    for tag in ("nouveau_1", "nouveau_2"):
        _add_questionnaire(work, tag)
        later = _metadata(_materialize(work))
        assert "questionnaire_responses" not in later["tables_reprises"]
    assert len(packs) >= 2  # the answers table grown twice, packed from its kept pack
    text = (folder / "questionnaire_responses.csv").read_text(encoding="utf-8-sig")
    assert "Besoin nouveau_1" in text and "Besoin nouveau_2" in text

    shutil.rmtree(work / f"warehouse.publication-{REGION}")
    _materialize(work, outputs="scratch")
    assert _same_bytes(folder, work / "scratch" / REGION) == []


def test_the_synthesis_is_taken_back_only_while_its_inputs_are_unchanged(work, monkeypatch) -> None:
    from assets.publication.synthesis import page

    built: list[str] = []
    real = page.build_synthesis_html

    def spy(*args, **kwargs):
        built.append("page")
        return real(*args, **kwargs)

    monkeypatch.setattr(page, "build_synthesis_html", spy)
    _materialize(work)
    folder = work / "outputs" / REGION
    first = (folder / "synthese.html").read_bytes()
    assert built == ["page"]

    # Only a column the page never reads changed (the report's last sighting): taken back.
    con = duckdb.connect(str(work / "warehouse.duckdb"))
    try:
        con.execute(
            "UPDATE ingestion_report SET last_seen_at = last_seen_at + INTERVAL 1 DAY "
            "WHERE region_code = ?",
            [REGION],
        )
    finally:
        con.close()
    later = _metadata(_materialize(work))
    assert "ingestion_report" not in later["tables_reprises"]  # the table was published again
    assert built == ["page"]
    assert (folder / "synthese.html").read_bytes() == first

    # An answer changed (a table the page is made of): the page is made again.
    con = duckdb.connect(str(work / "warehouse.duckdb"))
    try:
        con.execute(
            "UPDATE questionnaire_responses SET deployment_score = 3 - coalesce(deployment_score, 0) "
            "WHERE region_code = ?",
            [REGION],
        )
    finally:
        con.close()
    _materialize(work)
    assert built == ["page", "page"]  # made again (here with the same text: the page shows
    # the state of play, which the diagnostic assets, not run here, compute from the answers)
