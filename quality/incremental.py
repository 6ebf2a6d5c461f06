"""Validate only the rows that changed, with Great Expectations, and give the same summary a
whole-table validation gives.

After one new questionnaire, ``questionnaire_responses`` has 47 new rows among 115 000; every
refresh re-ran its whole GX suite (and hashed the whole frame to key the cache). Here:

1. **Blocks, keyed in DuckDB.** The table's rows (in storage order, the order ``SELECT *``
   returns them) are cut into content-defined blocks: a row ends a block when the hash of the
   columns the suite reads is a multiple of :data:`BLOCK_MODULUS` (≈ 256 rows a block), so an
   insertion anywhere only changes the block it falls in. Each block's key is the md5 of its
   rows' hashes in order; DuckDB hashes the rows, the frame is never read into Python. The table
   key (schema, suite, code, block keys in order) repeats a stored validation exactly as
   :mod:`quality.validation_cache` did, now without reading the table at all.
2. **Per-block outcomes.** For suites whose expectations are all *row-wise* (not null, in set,
   between, regex, value lengths), *uniqueness* or *column-set* rules, each block's outcomes
   are kept in ``gx_block_cache``: element, missing and unexpected counts, the first
   :data:`~quality.gx_runner.MAX_EXAMPLES` unexpected values. Only the new or changed blocks are
   read and validated by GX (one run, ``COMPLETE`` result format, split by row index).
3. **Combination, as GX does it.** Counts are summed; ``unexpected_percent`` is recomputed with
   GX's formula; the partial unexpected list is the first values in table order and its counts
   are GX's (``Counter.most_common`` then sorted). Uniqueness is table-wide: DuckDB counts the
   duplicated keys of the whole table first; when there is any, the whole table is validated
   by GX instead (the rare case), so a reported duplicate always comes from GX.

Anything else (pair rules, rows per region, ``mostly``, a GX error, a value that does not
survive JSON) validates the whole table, as before. ``tests/quality/test_incremental.py``
checks whole vs incremental summaries on tables with failures.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from quality.gx_runner import (
    MAX_EXAMPLES,
    ExpectationOutcome,
    ValidationSummary,
    _absent_column_outcome,
    _outcome_from_gx,
    _statistics,
    run_raw,
)
from quality.suites import NO_FORBIDDEN_COLUMNS, ExpectationSpec, SuiteSpec

BLOCK_MODULUS = 256
BLOCK_TABLE = "gx_block_cache"
_BLOCK_DDL = (
    f"CREATE TABLE IF NOT EXISTS {BLOCK_TABLE} (table_name VARCHAR, region_code VARCHAR, "
    "suite_key VARCHAR, block_key VARCHAR, stats_json VARCHAR)"
)

ROW_WISE = frozenset(
    {
        "expect_column_values_to_not_be_null",
        "expect_column_values_to_be_in_set",
        "expect_column_values_to_be_between",
        "expect_column_values_to_match_regex",
        "expect_column_value_lengths_to_be_between",
    }
)
UNIQUE = frozenset({"expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique"})
COLUMN_SET = frozenset({NO_FORBIDDEN_COLUMNS, "expect_table_columns_to_match_set"})


class NotCombinable(Exception):
    """This table or run cannot be validated block by block: validate it whole."""


@dataclass(frozen=True)
class TableState:
    """What DuckDB says about a table (one region of it) without reading it into Python."""

    table: str
    where: str  # SQL filter ("" or "WHERE region_code = ?")
    params: tuple[Any, ...]
    columns: tuple[tuple[str, str], ...]  # (name, DuckDB type), in table order
    blocks: tuple[tuple[str, int, int, int], ...]  # (block key, rows, first rowid, last rowid)

    @property
    def n_rows(self) -> int:
        return sum(b[1] for b in self.blocks)

    @property
    def column_names(self) -> set[str]:
        return {c for c, _ in self.columns}


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def combinable(suite: SuiteSpec) -> bool:
    """True when every expectation of ``suite`` can be validated block by block."""
    for spec in suite.expectations:
        kw = spec.kwargs
        if "mostly" in kw or "row_condition" in kw:
            return False
        if spec.expectation in COLUMN_SET or spec.expectation in ROW_WISE:
            continue
        if spec.expectation in UNIQUE and "ignore_row_if" not in kw:
            continue
        return False
    return True


def table_columns(con: Any, table: str) -> tuple[tuple[str, str], ...]:
    """(name, DuckDB type) of the table's columns in order; empty when there is no such table.

    ``PRAGMA table_info`` resolves the name as the reads do and costs ~0.4 ms, where the
    ``duckdb_columns()`` catalogue view cost ~3 ms a check (it lists every column of every
    table)."""
    import duckdb

    try:
        rows = con.execute(f"PRAGMA table_info({_literal(table)})").fetchall()
    except duckdb.CatalogException:
        return ()
    return tuple((str(r[1]), str(r[2])) for r in sorted(rows, key=lambda r: r[0]))


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def table_state(con: Any, table: str, region: str | None, suite: SuiteSpec) -> TableState | None:
    """Schema and block keys of ``table`` (rows of ``region``), or None when it does not exist."""
    columns = table_columns(con, table)
    if not columns:
        return None
    names = {c for c, _ in columns}
    where, params = "", ()
    if region is not None and "region_code" in names:
        where, params = "WHERE region_code = ?", (region,)
    read = sorted({c for e in suite.expectations for c in e.columns if c in names})
    row_hash = f"hash({', '.join(map(_quote, read))})" if read else "hash(0)"
    # One scan in DuckDB (the row hashes), the cut and the block keys in numpy: a window
    # function over the rows cost ten times more than fetching 8 bytes a row.
    fetched = con.execute(
        f"SELECT rowid AS rid, {row_hash} AS h FROM {_quote(table)} {where}", list(params)
    ).fetchnumpy()
    rid = np.asarray(fetched["rid"], dtype=np.int64)
    hashes = np.asarray(fetched["h"], dtype=np.uint64)
    if len(rid) > 1 and not bool((np.diff(rid) > 0).all()):  # storage order, as read_frame
        order = np.argsort(rid, kind="stable")
        rid, hashes = rid[order], hashes[order]
    n = len(rid)
    ends = (np.flatnonzero(hashes % np.uint64(BLOCK_MODULUS) == 0) + 1).tolist()
    cuts = [0, *(e for e in ends if e < n), n] if n else [0]
    blocks = tuple(
        (hashlib.md5(hashes[lo:hi].tobytes()).hexdigest(), hi - lo, int(rid[lo]), int(rid[hi - 1]))
        for lo, hi in zip(cuts[:-1], cuts[1:], strict=True)
    )
    return TableState(table, where, params, columns, blocks)


def suite_key(code_fingerprint: str, suite: SuiteSpec, state: TableState) -> str:
    """What every block outcome depends on besides the block's rows: code, suite, schema."""
    digest = hashlib.sha256(code_fingerprint.encode())
    digest.update(repr((suite.table, suite.expectations)).encode())
    digest.update(json.dumps(state.columns).encode())
    digest.update(str(BLOCK_MODULUS).encode())
    return digest.hexdigest()


def table_key(block_suite_key: str, state: TableState) -> str:
    """The whole-table validation key: suite key and every block key, in table order."""
    digest = hashlib.sha256(block_suite_key.encode())
    for key, n, _, _ in state.blocks:
        digest.update(f"{key}:{n};".encode())
    return digest.hexdigest()


def read_frame(
    con: Any, state: TableState, blocks: list[tuple[str, int, int, int]] | None = None
) -> pd.DataFrame:
    """The table's rows (or only those of ``blocks``), in storage order, as ``read_table``."""
    where, params = state.where, list(state.params)
    if blocks is not None:
        ranges = " OR ".join("rowid BETWEEN ? AND ?" for _ in blocks)
        params += [v for b in blocks for v in (b[2], b[3])]
        where = f"{where} AND ({ranges})" if where else f"WHERE ({ranges})"
    return con.execute(f"SELECT * FROM {_quote(state.table)} {where} ORDER BY rowid", params).df()


def has_duplicates(con: Any, state: TableState, spec: ExpectationSpec) -> bool:
    """Whether the key of a uniqueness rule repeats anywhere in the table (nulls as GX skips
    them: a single column ignores nulls, a compound key only rows whose every column is null)."""
    cols = [_quote(c) for c in spec.columns]
    skip = " AND ".join(f"{c} IS NULL" for c in cols)
    cond = f"NOT ({skip})"
    where = f"{state.where} AND {cond}" if state.where else f"WHERE {cond}"
    sql = (
        f"SELECT count(*) FROM (SELECT 1 FROM {_quote(state.table)} {where} "
        f"GROUP BY {', '.join(cols)} HAVING count(*) > 1)"
    )
    return bool(con.execute(sql, list(state.params)).fetchone()[0])


# ----------------------------------------------------------------------------- JSON values


def _plain(value: Any) -> Any:
    """A partial-unexpected value as plain JSON, or NotCombinable (kept exact or not at all)."""
    if value is None or isinstance(value, bool | str):
        return value
    if isinstance(value, np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        return float(value)
    if isinstance(value, dict):
        return {"__dict__": [[str(k), _plain(v)] for k, v in value.items()]}
    raise NotCombinable(f"valeur non sérialisable : {type(value).__name__}")


def _unplain(value: Any) -> Any:
    if isinstance(value, dict) and "__dict__" in value:
        return {k: _unplain(v) for k, v in value["__dict__"]}
    return value


# ----------------------------------------------------------------------------- block stats


def _missing(spec: ExpectationSpec, frame: pd.DataFrame) -> np.ndarray | None:
    """Rows GX counts as missing for ``spec`` (None when GX reports no missing count)."""
    if spec.expectation == "expect_column_values_to_not_be_null":
        return None
    if spec.expectation == "expect_compound_columns_to_be_unique":
        return frame[list(spec.columns)].isnull().all(axis=1).to_numpy()
    return frame[spec.columns[0]].isnull().to_numpy()


def block_stats(
    suite: SuiteSpec, indices: list[int], frame: pd.DataFrame, sizes: list[int]
) -> list[dict[str, Any]]:
    """Validate ``frame`` (consecutive blocks of ``sizes`` rows) with GX once, then split each
    expectation's outcome by block. Raises NotCombinable when GX's own totals disagree."""
    frame = frame.reset_index(drop=True)
    raw = run_raw(suite, indices, frame)
    bounds = np.cumsum([0, *sizes])
    out: list[dict[str, Any]] = [{"n": n, "e": {}} for n in sizes]
    for i in indices:
        spec = suite.expectations[i]
        success, result, error = raw[i]
        if error or result is None:
            raise NotCombinable(f"erreur GX sur {spec.expectation}")
        if spec.expectation in COLUMN_SET:
            entry = {"s": bool(success), "r": json.loads(json.dumps(result, default=_plain))}
            for o in out:
                o["e"][str(i)] = entry
            continue
        positions = np.asarray(result.get("unexpected_index_list") or [], dtype=np.int64)
        values = list(result.get("unexpected_list") or [])
        if len(positions) != len(values) or len(values) != (result.get("unexpected_count") or 0):
            raise NotCombinable(f"liste des valeurs inattendues incomplète ({spec.expectation})")
        missing = _missing(spec, frame)
        gx_missing = result.get("missing_count")
        if (missing is None) != (gx_missing is None) or (
            missing is not None and int(missing.sum()) != int(gx_missing)
        ):
            raise NotCombinable(f"valeurs manquantes comptées autrement ({spec.expectation})")
        block_of = np.searchsorted(bounds, positions, side="right") - 1
        for b, o in enumerate(out):
            mine = np.flatnonzero(block_of == b)
            o["e"][str(i)] = {
                "u": len(mine),
                "m": None if missing is None else int(missing[bounds[b] : bounds[b + 1]].sum()),
                "p": [_plain(values[k]) for k in mine[:MAX_EXAMPLES]],
            }
    return out


def _combine_map(
    spec: ExpectationSpec, entries: list[dict[str, Any]], sizes: list[int]
) -> ExpectationOutcome:
    """One map expectation's outcome over the whole table, as GX's ``_format_map_output``."""
    element = sum(sizes)
    unexpected = sum(e["u"] for e in entries)
    has_missing = entries[0]["m"] is not None
    result: dict[str, Any] = {"element_count": element, "unexpected_count": unexpected}
    if has_missing:
        nonnull = element - sum(e["m"] for e in entries)
        percent = unexpected / nonnull * 100 if element > 0 and nonnull > 0 else None
        success = nonnull == 0 or unexpected == 0
    else:
        percent = unexpected / element * 100 if element > 0 else None
        success = element == 0 or unexpected == 0
    result["unexpected_percent"] = percent
    partial: list[Any] = []
    for e in entries:
        if len(partial) >= MAX_EXAMPLES:
            break
        partial.extend(_unplain(v) for v in e["p"])
    partial = partial[:MAX_EXAMPLES]
    result["partial_unexpected_list"] = partial
    hashable = [tuple(v.values()) if isinstance(v, dict) else v for v in partial]
    try:
        result["partial_unexpected_counts"] = [
            {"value": k, "count": n}
            for k, n in sorted(
                Counter(hashable).most_common(MAX_EXAMPLES), key=lambda x: (-x[1], x[0])
            )
        ]
    except TypeError:  # as GX: no counts when the values cannot be counted or sorted
        pass
    return _outcome_from_gx(spec, success, result, None)


def combine(
    suite: SuiteSpec, present: set[str], stats: list[dict[str, Any]], engine: str
) -> ValidationSummary:
    """The whole-table summary from the blocks' stats, in table order."""
    sizes = [s["n"] for s in stats]
    results: list[ExpectationOutcome] = []
    for i, spec in enumerate(suite.expectations):
        missing = [c for c in spec.columns if c not in present]
        if missing:
            results.append(_absent_column_outcome(spec, missing))
            continue
        entries = [s["e"][str(i)] for s in stats]
        if spec.expectation in COLUMN_SET:
            first = entries[0]
            results.append(_outcome_from_gx(spec, first["s"], first["r"], None))
        else:
            results.append(_combine_map(spec, entries, sizes))
    out = tuple(results)
    return ValidationSummary(
        table=suite.table,
        success=all(r.success for r in out),
        results=out,
        statistics=_statistics(out),
        n_rows=sum(sizes),
        engine=engine,
    )


# ----------------------------------------------------------------------------- stored blocks


def load_blocks(con: Any, table: str, region: str | None, key: str) -> dict[str, dict[str, Any]]:
    con.execute(_BLOCK_DDL)
    rows = con.execute(
        f"SELECT block_key, stats_json FROM {BLOCK_TABLE} "
        "WHERE table_name = ? AND region_code = ? AND suite_key = ?",
        [table, region or "", key],
    ).fetchall()
    return {k: json.loads(v) for k, v in rows}


def store_blocks(
    con: Any, table: str, region: str | None, key: str, blocks: dict[str, dict[str, Any]]
) -> None:
    """Keep exactly ``blocks`` (the table's current ones) for this table and region."""
    con.execute(_BLOCK_DDL)
    con.execute(
        f"DELETE FROM {BLOCK_TABLE} WHERE table_name = ? AND region_code = ?",
        [table, region or ""],
    )
    if not blocks:
        return
    frame = pd.DataFrame(
        {
            "table_name": table,
            "region_code": region or "",
            "suite_key": key,
            "block_key": list(blocks),
            "stats_json": [
                json.dumps(s, ensure_ascii=False, allow_nan=True) for s in blocks.values()
            ],
        }
    )
    con.register("_gx_blocks", frame)
    try:
        con.execute(f"INSERT INTO {BLOCK_TABLE} SELECT * FROM _gx_blocks")
    finally:
        con.unregister("_gx_blocks")


@dataclass
class BlockPlan:
    """What a block-wise validation needs from the warehouse, read in one short connection."""

    state: TableState
    stored: dict[str, dict[str, Any]]
    todo: list[tuple[str, int, int, int]]
    frame: pd.DataFrame | None  # the rows of ``todo`` (None when no expectation is run)


def plan_blocks(
    con: Any, state: TableState, suite: SuiteSpec, key: str, region: str | None
) -> BlockPlan:
    """Read the stored block outcomes and the rows of the new or changed blocks.

    Raises NotCombinable for the tables that must be validated whole (see the module doc)."""
    if not combinable(suite) or not state.blocks:
        raise NotCombinable("suite ou table non découpable")
    present = state.column_names
    for spec in suite.expectations:
        if spec.expectation in UNIQUE and all(c in present for c in spec.columns):
            if has_duplicates(con, state, spec):
                raise NotCombinable("clé en double : validation de toute la table")
    stored = load_blocks(con, state.table, region, key)
    todo = [b for b in state.blocks if b[0] not in stored]
    frame = None
    if todo and _indices(suite, present):
        frame = read_frame(con, state, None if len(todo) == len(state.blocks) else todo)
        if len(frame) != sum(b[1] for b in todo):
            raise NotCombinable("table modifiée pendant la lecture")
    return BlockPlan(state, stored, todo, frame)


def _indices(suite: SuiteSpec, present: set[str]) -> list[int]:
    return [i for i, e in enumerate(suite.expectations) if all(c in present for c in e.columns)]


def validate_blocks(
    plan: BlockPlan, suite: SuiteSpec
) -> tuple[ValidationSummary, dict[str, dict[str, Any]]]:
    """GX on the planned blocks, combined with the stored ones: the whole-table summary and
    the outcomes of every current block (to store)."""
    state, todo = plan.state, plan.todo
    present = state.column_names
    if plan.frame is not None:
        indices = _indices(suite, present)
        # Column-set rules depend on the schema only, which is part of the blocks' suite key:
        # any stored block already has their outcome.
        sample = next(iter(plan.stored.values()))["e"] if plan.stored else {}
        known = {
            str(i): sample[str(i)]
            for i in indices
            if suite.expectations[i].expectation in COLUMN_SET and str(i) in sample
        }
        run = [i for i in indices if str(i) not in known]
        sizes = [b[1] for b in todo]
        if run:
            stats = block_stats(suite, run, plan.frame, sizes)
        else:
            stats = [{"n": n, "e": {}} for n in sizes]
        for block in stats:
            block["e"].update(known)
        fresh = dict(zip((b[0] for b in todo), stats, strict=True))
    else:
        fresh = {b[0]: {"n": b[1], "e": {}} for b in todo}
    stats = [fresh.get(b[0]) or plan.stored[b[0]] for b in state.blocks]
    n_new = sum(b[1] for b in todo)
    engine = (
        f"great_expectations — validation incrémentale : {len(todo)} bloc(s) de lignes sur "
        f"{len(state.blocks)} validé(s) ({n_new} ligne(s) sur {state.n_rows}), "
        "résultats des autres blocs repris"
    )
    summary = combine(suite, present, stats, engine)
    return summary, {b[0]: s for b, s in zip(state.blocks, stats, strict=True)}


# ----------------------------------------------------------------------------- rule by rule

RULE_TABLE = "gx_rule_cache"
_RULE_DDL = (
    f"CREATE TABLE IF NOT EXISTS {RULE_TABLE} (table_name VARCHAR, region_code VARCHAR, "
    "position INTEGER, rule_key VARCHAR, outcome_json VARCHAR)"
)


def rule_keys(con: Any, state: TableState, suite: SuiteSpec, code_fingerprint: str) -> list[str]:
    """One key per expectation: what its GX outcome depends on — the code, the rule, the row
    count, the values in table order and DuckDB types of the columns it reads (the schema for
    table-level rules). A table validated whole (pair rules, rows per region) then re-runs only
    the rules whose columns changed."""
    types = dict(state.columns)
    read = sorted({c for e in suite.expectations for c in e.columns if c in types})
    column_key: dict[str, str] = {}
    if read:
        hashes = ", ".join(f"hash({_quote(c)}) AS h{i}" for i, c in enumerate(read))
        fetched = con.execute(
            f"SELECT rowid AS rid, {hashes} FROM {_quote(state.table)} {state.where}",
            list(state.params),
        ).fetchnumpy()
        rid = np.asarray(fetched["rid"], dtype=np.int64)
        order = np.argsort(rid, kind="stable")
        for i, c in enumerate(read):
            values = np.asarray(fetched[f"h{i}"], dtype=np.uint64)[order]
            column_key[c] = hashlib.md5(values.tobytes()).hexdigest()
    keys = []
    for spec in suite.expectations:
        parts = [code_fingerprint, suite.table, repr(spec), str(state.n_rows)]
        if not spec.columns:
            parts.append(json.dumps(state.columns))
        parts += [f"{c}:{types.get(c)}:{column_key.get(c)}" for c in spec.columns]
        keys.append(hashlib.sha256("\x1f".join(parts).encode()).hexdigest())
    return keys


def load_rules(
    con: Any, table: str, region: str | None, keys: list[str]
) -> dict[int, ExpectationOutcome]:
    """Stored outcomes of the expectations whose key is unchanged, by position."""
    con.execute(_RULE_DDL)
    rows = con.execute(
        f"SELECT position, rule_key, outcome_json FROM {RULE_TABLE} "
        "WHERE table_name = ? AND region_code = ?",
        [table, region or ""],
    ).fetchall()
    out: dict[int, ExpectationOutcome] = {}
    for position, key, text in rows:
        if 0 <= position < len(keys) and keys[position] == key:
            data = json.loads(text)
            out[position] = ExpectationOutcome(
                **{**data, "columns": tuple(data["columns"]), "examples": tuple(data["examples"])}
            )
    return out


def store_rules(
    con: Any, table: str, region: str | None, keys: list[str], summary: ValidationSummary
) -> None:
    """Keep each expectation's outcome under its key (the last validation of the table)."""
    from dataclasses import asdict

    con.execute(_RULE_DDL)
    con.execute(
        f"DELETE FROM {RULE_TABLE} WHERE table_name = ? AND region_code = ?", [table, region or ""]
    )
    frame = pd.DataFrame(
        {
            "table_name": table,
            "region_code": region or "",
            "position": list(range(len(keys))),
            "rule_key": keys,
            "outcome_json": [
                json.dumps(asdict(r), ensure_ascii=False, default=str) for r in summary.results
            ],
        }
    )
    con.register("_gx_rules", frame)
    try:
        con.execute(f"INSERT INTO {RULE_TABLE} SELECT * FROM _gx_rules")
    finally:
        con.unregister("_gx_rules")
