"""Questionnaire submissions: who answered, which answer is current, the publishable responses.

A superseded answer is kept (marked) but never feeds a figure. No Dagster."""

import difflib
import functools
import hashlib
import operator
import uuid
from collections import Counter
from pathlib import Path

import duckdb
import pandas as pd

from assets.publication.tables import redact_emails
from assets.resources import Warehouse
from assets.warehouse.tables import replace_rows
from sources.values import fold


def authority_key(siren: str | None, siren_valid: bool | None, name: str | None) -> str:
    """Who answered: a valid SIREN, else the folded name (so duplicates still collapse)."""
    if siren and siren_valid:
        return f"siren:{siren}"
    if siren:
        return f"siren:{siren}"
    return f"nom:{fold(name)}"


def identify_submissions(con, region: str) -> pd.DataFrame:
    """Submissions of a region, a missing SIREN recovered from the recipients list by name.

    People forget the SIREN but rarely their own name: a folded exact (or very close, ≥ 0.92)
    match on the recipients' names gives it back. ``identified`` is False when neither works;
    such an answer stays in the warehouse but is not published (the report says why).
    """
    subs = con.execute(
        "SELECT * FROM questionnaire_submissions WHERE region_code = ?", [region]
    ).df()
    if subs.empty:
        return subs.assign(identified=pd.Series([], dtype=bool), siren_from_recipients=[])
    recipients = con.execute(
        "SELECT siren, name FROM recipients WHERE region_code = ? AND siren IS NOT NULL "
        "AND name IS NOT NULL",
        [region],
    ).df()
    by_name: dict[str, set[str]] = {}
    for siren, name in zip(recipients["siren"], recipients["name"], strict=True):
        by_name.setdefault(fold(name), set()).add(siren)
    unique = {name: next(iter(codes)) for name, codes in by_name.items() if len(codes) == 1}
    recovered = []
    for siren, name in zip(subs["siren"], subs["authority_name"], strict=True):
        if isinstance(siren, str) and siren:
            recovered.append(None)
            continue
        key = fold(name) if isinstance(name, str) else ""
        found = unique.get(key)
        if found is None and key:
            close = difflib.get_close_matches(key, list(unique), n=1, cutoff=0.92)
            found = unique[close[0]] if close else None
        recovered.append(found)
    subs["siren_from_recipients"] = recovered
    has_siren = subs["siren"].notna() & (subs["siren"].astype(str) != "")
    subs["siren"] = subs["siren"].where(has_siren, subs["siren_from_recipients"])
    subs["siren_valid"] = subs["siren_valid"].where(has_siren, subs["siren"].notna())
    subs["identified"] = subs["siren"].notna()
    return subs


UNIDENTIFIED_REASON = (
    "réponse non publiée : collectivité non identifiée (SIREN absent ou illisible et nom "
    "« {name} » introuvable dans la liste des destinataires) ; ajoutez le SIREN à 9 chiffres "
    "dans la feuille Identification"
)


def resolve_submissions(submissions: pd.DataFrame) -> pd.DataFrame:
    """Mark the latest submission per authority; earlier ones are ``superseded``.

    Latest = most recent ``Date de réponse``, then file modification time, then file name.
    """
    if submissions.empty:
        return submissions.assign(authority_key=[], is_latest=[])
    frame = submissions.copy()
    frame["authority_key"] = [
        authority_key(s, v, n)
        for s, v, n in zip(
            frame["siren"], frame["siren_valid"], frame["authority_name"], strict=True
        )
    ]
    frame["_date"] = pd.to_datetime(frame["submitted_on"], errors="coerce")
    frame["_mtime"] = pd.to_datetime(frame["file_mtime"], errors="coerce")
    frame = frame.sort_values(
        ["authority_key", "_date", "_mtime", "source_file"], na_position="first"
    )
    frame["is_latest"] = ~frame.duplicated("authority_key", keep="last")
    return frame.drop(columns=["_date", "_mtime"])


def current_submissions(con, region: str) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The « current files » rule, in one place: of a region's questionnaires, the latest
    submission of each identified authority. Returns ``(submissions, resolved, latest)``;
    every table fed by questionnaires (responses, projects, diagnostic) reads ``latest``.
    """
    subs = identify_submissions(con, region)
    resolved = resolve_submissions(subs[subs["identified"]])
    latest = resolved[resolved["is_latest"]] if not resolved.empty else resolved
    return subs, resolved, latest


def current_questionnaire_files(con, region: str) -> dict[str, str | None]:
    """sha256 → resolved SIREN of the current questionnaire files of ``region`` (see
    :func:`current_submissions`)."""
    latest = current_submissions(con, region)[2]
    if latest.empty:
        return {}
    return {
        sha: (siren if isinstance(siren, str) and siren else None)
        for sha, siren in zip(latest["source_sha256"], latest["siren"], strict=True)
    }


_RESPONSES_QUERY = """
    SELECT s.region_code,
           COALESCE(s.department_code, r.department_code) AS department_code,
           _latest.resolved_siren AS siren,
           COALESCE(s.authority_name, r.name) AS authority_name,
           COALESCE(s.authority_type, r.authority_type) AS authority_type,
           a.lever_code, a.relevance_label, a.relevance_score, a.deployment_label,
           a.deployment_score, a.actions_text, a.blockers_text, a.needs_text,
           a.exemplary_project_text, s.submitted_on, s.source_file, s.source_sha256
    FROM questionnaire_answers a
    JOIN questionnaire_submissions s USING (source_sha256)
    JOIN _latest USING (source_sha256)
    LEFT JOIN (
        SELECT siren, any_value(name) AS name, any_value(authority_type) AS authority_type,
               any_value(department_code) AS department_code
        FROM recipients WHERE region_code = ? GROUP BY siren
    ) r ON r.siren = _latest.resolved_siren
    WHERE s.region_code = ?
"""
_ORDER = " ORDER BY siren, a.lever_code"
_REDACT_UDF = "_copdiag_redact_emails_{}"


def _redact_text(text: str) -> str:
    """One text cell as :func:`assets.publication.tables.redact_emails` masks it."""
    return redact_emails(pd.DataFrame({"text": [text]}, dtype=object))["text"].iloc[0]


@functools.lru_cache(maxsize=1)
def _code_version() -> str:
    """The code the responses are written with: this module, the masking of addresses
    (``assets.publication.tables``, ``assets.personal_data``) and DuckDB's version."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256(f"duckdb={duckdb.__version__}".encode())
    for path in (
        root / "ingestion" / "submissions.py",
        root / "publication" / "tables.py",
        root / "personal_data.py",
    ):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _as_written(name: str, kind: str, udf: str) -> str:
    """A query column as written: a text cell holding an « @ » masked by ``udf``."""
    if kind == "VARCHAR":
        return f'CASE WHEN contains("{name}", \'@\') THEN {udf}("{name}") ELSE "{name}" END'
    return f'"{name}"'


def _table_types(con) -> dict[str, str]:
    """The table's columns and DuckDB types, in order (``PRAGMA table_info``: ~0.4 ms, where
    the ``duckdb_columns()`` view, which lists every column of every table, cost ~3 ms)."""
    try:
        rows = con.execute("PRAGMA table_info('questionnaire_responses')").fetchall()
    except duckdb.CatalogException:
        return {}
    return {str(r[1]): str(r[2]) for r in sorted(rows, key=lambda r: r[0])}


# per SIREN: rows, rows with a lever, sum and xor-mix of the rows' hashes (as written)
_PER_SIREN = (
    "SELECT siren, count(*), count(lever_code), coalesce(sum(h::HUGEINT), 0), "
    "coalesce(bit_xor(hash(h, 'copdiag')), 0) FROM ({rows}) AS r GROUP BY siren"
)


def _rows_per_siren(
    con, region: str, columns: list[tuple[str, str]], types: dict[str, str], udf: str
) -> dict[str | None, tuple[int, int, int, int]] | None:
    """The query's rows as they would be written (masked text, cast to the table's types),
    summed up per SIREN by DuckDB (:data:`_PER_SIREN`), in the table's column order, so that
    :func:`_table_per_siren` gives equal figures for equal rows; ``None`` when a column
    written has no place in the table (the write itself will say so)."""
    if not {name for name, _ in columns} <= set(types):
        return None
    kinds = dict(columns)
    row = ", ".join(
        (
            _as_written(c, kinds[c], udf)
            if kinds[c] == types[c]
            else f"CAST({_as_written(c, kinds[c], udf)} AS {types[c]})"
        )
        if c in kinds
        else f"CAST(NULL AS {types[c]})"
        for c in types
    )
    rows = f"SELECT siren, lever_code, hash({row}) AS h FROM ({_RESPONSES_QUERY}) AS q0"
    found = con.execute(_PER_SIREN.format(rows=rows), [region, region]).fetchall()
    return {r[0]: tuple(int(v) for v in r[1:]) for r in found}


def _table_per_siren(
    con, region: str, types: dict[str, str]
) -> dict[str | None, tuple[int, int, int, int]]:
    """:func:`_rows_per_siren` of the rows the table holds for the region."""
    row = ", ".join(f'"{c}"' for c in types)
    rows = (
        f"SELECT siren, lever_code, hash({row}) AS h FROM questionnaire_responses "
        "WHERE region_code = ?"
    )
    found = con.execute(_PER_SIREN.format(rows=rows), [region]).fetchall()
    return {r[0]: tuple(int(v) for v in r[1:]) for r in found}


def _responses_key(per_siren: dict[str | None, tuple[int, int, int, int]]) -> tuple[str, int]:
    """What the region's rows would be: their count and two order-free aggregates of the
    hashes of the rows as written (the rows are written in the query's order, fixed by SIREN
    and lever), and the code writing them; and the count."""
    n = sum(v[0] for v in per_siren.values())
    total = sum(v[2] for v in per_siren.values())
    mixed = functools.reduce(operator.xor, (v[3] for v in per_siren.values()), 0)
    digest = hashlib.sha256(f"{_code_version()}|{n}|{total}|{mixed}".encode())
    return digest.hexdigest(), int(n)


def _written(con, region: str, key: str) -> str:
    """``key`` with the region's rows as the table holds them (count and sum of row hashes):
    rows edited or removed behind the pipeline's back no longer match what was written."""
    n, total = con.execute(
        "SELECT count(*), coalesce(sum(hash(t)::HUGEINT), 0) FROM questionnaire_responses AS t "
        "WHERE region_code = ?",
        [region],
    ).fetchall()[0]
    return hashlib.sha256(f"{key}|{n}|{total}".encode()).hexdigest()


def _kept(con, region: str, key: str) -> str | None:
    """A note when the region's rows were written from the same query result by the same
    code and are still those rows (:func:`assets.diagnostic.reuse.lookup`); else ``None``."""
    from assets.diagnostic import reuse

    if not reuse.enabled():
        return None
    try:
        return reuse.lookup(con, "questionnaire_responses", region, _written(con, region, key))
    except Exception:  # noqa: BLE001 - an optimisation, never a failure: rewrite
        return None


def _first_changed_siren(
    con,
    region: str,
    wanted: dict[str | None, tuple[int, int, int, int]],
    types: dict[str, str],
    latest: pd.DataFrame,
) -> tuple[bool, str | None]:
    """Where the region's rows start to differ from the query's: ``(True, siren)`` when the
    rows of every SIREN below ``siren`` are already written as the query would write them
    (``siren`` None: no row differs), ``(False, None)`` when the rows must be written whole.

    The rows are written in the query's order (SIREN, then lever: the table's order, in which
    every reader gets them), so the rows before the first changed SIREN can stay where they
    are and only the others be written again, after them. SIRENs compared by their rows'
    figures (:func:`_rows_per_siren`, :func:`_table_per_siren`). Whole when a row has no
    SIREN or no lever, when two current files give the same SIREN (a lever could then repeat
    and the order among the repeats be the sort's), or when the table's rows are not in that
    order (written by other means)."""
    if None in wanted or any(v[0] != v[1] for v in wanted.values()):
        return False, None
    sirens = latest["siren"]
    if sirens.isna().any() or not sirens.is_unique or not latest["source_sha256"].is_unique:
        return False, None
    held = _table_per_siren(con, region, types)
    if None in held or any(v[0] != v[1] for v in held.values()):
        return False, None
    # strictly increasing (SIREN, lever) in storage order, as every write of this module
    unordered = con.execute(
        "SELECT count(*) FROM (SELECT siren, lever_code, "
        "lag(siren) OVER (ORDER BY rowid) AS ps, lag(lever_code) OVER (ORDER BY rowid) AS pl "
        "FROM questionnaire_responses WHERE region_code = ?) "
        "WHERE ps > siren OR (ps = siren AND pl >= lever_code)",
        [region],
    ).fetchall()[0][0]
    if unordered:
        return False, None
    changed = [s for s in wanted.keys() | held.keys() if wanted.get(s) != held.get(s)]
    return True, min(changed, default=None)


def _write_responses(
    con,
    region: str,
    columns: list[tuple[str, str]],
    udf: str,
    key: str,
    n_rows: int,
    run_id: str,
    first: tuple[bool, str | None] = (False, None),
) -> None:
    """Write the region's rows as the query gives them, in its order, text cells holding an
    « @ » masked (``udf``: :func:`_redact_text`), in one transaction; then record ``key``.

    ``first`` (:func:`_first_changed_siren`): only the rows from the first SIREN whose rows
    changed are written again, after the others. One new questionnaire rewrote the 115 000
    rows of a large region (~1 s with the checkpoint its log then triggered); the table ends
    up with the same rows in the same order as a whole rewrite."""
    from assets.diagnostic import reuse

    select = ", ".join(_as_written(name, kind, udf) for name, kind in columns)
    names = ", ".join(f'"{name}"' for name, _ in columns)
    suffix, siren = first
    con.execute("BEGIN TRANSACTION")
    try:
        reuse.forget(con, "questionnaire_responses", region)
        if not suffix:
            con.execute("DELETE FROM questionnaire_responses WHERE region_code = ?", [region])
            con.execute(
                f"INSERT INTO questionnaire_responses ({names}) "
                f"SELECT {select} FROM ({_RESPONSES_QUERY}{_ORDER}) AS q",
                [region, region],
            )
        elif siren is not None:
            con.execute(
                "DELETE FROM questionnaire_responses WHERE region_code = ? AND siren >= ?",
                [region, siren],
            )
            con.execute(
                f"INSERT INTO questionnaire_responses ({names}) "
                f"SELECT {select} FROM (SELECT * FROM ({_RESPONSES_QUERY}) AS q0 "
                "WHERE q0.siren >= ? ORDER BY q0.siren, q0.lever_code) AS q",
                [region, region, siren],
            )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    if reuse.enabled():
        try:
            written = _written(con, region, key)
            reuse.remember(con, "questionnaire_responses", region, written, n_rows, run_id)
        except Exception:  # noqa: BLE001, S110 - without a record, the next refresh rewrites
            pass


def build_questionnaire_responses(
    warehouse: Warehouse, region: str, run_id: str | None = None
) -> dict[str, int]:
    """Publishable answers: latest submission per authority, with its identification.

    Written by DuckDB from the query straight into the table (rows in the query's order, as
    a pandas round trip wrote them): 115 000 answers of a large region cost a second through
    pandas. Free text is published, so an address typed into an answer must not leak: a text
    cell holding an « @ » goes through :func:`redact_emails` (the same masking; a cell
    without « @ » holds no address and is what it would give back). Only the rows from the
    first SIREN whose rows changed are written again (:func:`_write_responses`).
    """
    from assets.warehouse.schema import TABLE_COLUMNS

    with warehouse.connect() as con:
        subs, resolved, latest = current_submissions(con, region)
        con.register(
            "_latest",
            latest[["source_sha256", "siren"]].rename(columns={"siren": "resolved_siren"})
            if not latest.empty
            else pd.DataFrame({"source_sha256": pd.Series([], dtype=str), "resolved_siren": []}),
        )
        udf = _REDACT_UDF.format(uuid.uuid4().hex)
        con.create_function(udf, _redact_text, ["VARCHAR"], "VARCHAR")
        try:
            described = con.execute(f"DESCRIBE {_RESPONSES_QUERY}", [region, region]).fetchall()
            wanted = set(TABLE_COLUMNS["questionnaire_responses"])
            columns = [(name, kind) for name, kind, *_ in described if name in wanted]
            types = _table_types(con)
            per_siren = _rows_per_siren(con, region, columns, types, udf)
            if per_siren is None:  # a column the table lacks: written whole (the insert says)
                n_responses = con.execute(
                    f"SELECT count(*) FROM ({_RESPONSES_QUERY}) AS q", [region, region]
                ).fetchall()[0][0]
                _write_responses(con, region, columns, udf, "", n_responses, run_id or "")
            else:
                key, n_responses = _responses_key(per_siren)
                if _kept(con, region, key) is None:
                    try:
                        first = _first_changed_siren(con, region, per_siren, types, latest)
                    except Exception:  # noqa: BLE001 - an optimisation, never a failure
                        first = (False, None)
                    _write_responses(
                        con, region, columns, udf, key, n_responses, run_id or "", first
                    )
        finally:
            con.remove_function(udf)
            con.unregister("_latest")
        superseded = resolved[~resolved["is_latest"]] if not resolved.empty else resolved
        _write_authorities(con, region)
    return {
        "submissions": len(subs),
        "unidentified": int((~subs["identified"]).sum()) if not subs.empty else 0,
        "latest": len(latest),
        "superseded": len(superseded),
        "responses": int(n_responses),
    }


def _write_authorities(con, region: str) -> None:
    """The region's authorities (recipients and respondents): only the rows that differ are
    replaced. After one new questionnaire one row of the 3 800 of a large region changes
    (``has_answered``), and deleting and inserting them all cost ~0.15 s. The join gives no
    row order, so the rows are compared as a multiset; a SIREN is one row (the key)."""
    query = _AUTHORITIES_QUERY
    params = [region, region, region]
    fresh = con.execute(query, params).fetchall()
    stored = con.execute(
        f"SELECT {', '.join(_AUTHORITY_COLUMNS)} FROM authorities WHERE region_code = ?",
        [region],
    ).fetchall()
    gone = Counter(stored) - Counter(fresh)
    added = Counter(fresh) - Counter(stored)
    if not gone and not added:
        return
    sirens = [row[1] for row in (*gone, *added)]  # a changed row is in both: one SIREN
    if len(sirens) > _FEW_AUTHORITIES:
        authorities = con.execute(query, params).df()
        replace_rows(con, "authorities", authorities, "region_code = ?", [region])
        return
    placeholders = ", ".join("?" for _ in _AUTHORITY_COLUMNS)
    con.execute("BEGIN TRANSACTION")
    try:
        con.executemany(
            "DELETE FROM authorities WHERE region_code = ? AND siren = ?",
            [[region, siren] for siren in dict.fromkeys(sirens)],
        )
        if added:
            con.executemany(
                f"INSERT INTO authorities ({', '.join(_AUTHORITY_COLUMNS)}) "
                f"VALUES ({placeholders})",
                [list(row) for row in added.elements()],
            )
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


# Above this many changed rows, the region's authorities are written again whole.
_FEW_AUTHORITIES = 200


_AUTHORITY_COLUMNS = (
    "region_code", "siren", "name", "authority_type", "department_code", "is_recipient",
    "has_answered",
)  # fmt: skip
_AUTHORITIES_QUERY = """
        WITH rec AS (
            SELECT siren, any_value(name) AS name, any_value(authority_type) AS authority_type,
                   any_value(department_code) AS department_code
            FROM recipients WHERE region_code = ? AND siren IS NOT NULL GROUP BY siren
        ), sub AS (
            SELECT siren, any_value(authority_name) AS name,
                   any_value(authority_type) AS authority_type,
                   any_value(department_code) AS department_code
            FROM questionnaire_submissions WHERE region_code = ? AND siren IS NOT NULL
            GROUP BY siren
        )
        SELECT ? AS region_code, COALESCE(rec.siren, sub.siren) AS siren,
               COALESCE(rec.name, sub.name) AS name,
               COALESCE(rec.authority_type, sub.authority_type) AS authority_type,
               COALESCE(rec.department_code, sub.department_code) AS department_code,
               rec.siren IS NOT NULL AS is_recipient, sub.siren IS NOT NULL AS has_answered
        FROM rec FULL OUTER JOIN sub ON rec.siren = sub.siren
"""
