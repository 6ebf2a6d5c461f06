"""Dagster asset checks that run the GX suites of :mod:`quality.suites` on warehouse tables.

For each table, :func:`build_table_checks` returns one ``multi_asset_check`` (a single op, so
GX is imported and the table read once) that reports two checks on the asset:

- ``gx_<table>``: the whole suite, one row per expectation in the metadata; never blocks,
  severity ERROR when a blocking expectation failed, WARN otherwise;
- ``gx_<table>_blocking`` (``blocking=True``): only the blocking expectations (keys, reference
  codes, score scales, amounts, personal data); on failure (severity ERROR) Dagster does not run
  the assets downstream, so a corrupt table is never published.

The table is read through the ``warehouse`` resource, duck-typed:
``context.resources.warehouse.read_table(table, region_code=...) -> pandas.DataFrame``.
With region partitions the check is partitioned too (Dagster 1.13, preview) and reads only the
partition's region.

Nothing here imports Great Expectations: :mod:`quality.gx_runner` does, inside the check body.
A validation whose table content, suite and code are identical to the last one stored for that
table and region is not run again: its outcomes are repeated and the metadata ``engine`` says
so (:mod:`quality.validation_cache`). The key is computed by DuckDB, so an unchanged table is
not even read; a changed one has only its new or changed row blocks validated by GX when its
suite is made of row-wise rules, else only the rules whose columns changed
(:mod:`quality.incremental`). ``COPDIAG_GX_CACHE=off`` validates every table whole.
"""

# No `from __future__ import annotations`: Dagster inspects the real type of `context`.
import warnings
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import dagster as dg

from quality.suites import SuiteSpec, region_codes, suite_for

if TYPE_CHECKING:  # pragma: no cover
    from quality.gx_runner import ValidationSummary

WAREHOUSE_KEY = "warehouse"
_MD_MAX_EXAMPLES = 3


def check_names(table: str) -> tuple[str, str]:
    """Names of the suite check and of the blocking check of ``table``."""
    return f"gx_{table}", f"gx_{table}_blocking"


def region_of_partition(partition_key: str | dg.MultiPartitionKey | None) -> str | None:
    """The region a partition key stands for, or None (read the whole table).

    A plain key is a region only if it is one of the 18 INSEE codes (file partitions are not);
    a multi-partition key contributes its ``region`` / ``region_code`` dimension.
    """
    if partition_key is None:
        return None
    if isinstance(partition_key, dg.MultiPartitionKey):
        dims = partition_key.keys_by_dimension
        return next((dims[d] for d in ("region", "region_code") if d in dims), None)
    return partition_key if partition_key in region_codes() else None


def build_table_checks(
    asset: str | dg.AssetKey | dg.AssetsDefinition,
    table: str,
    *,
    partitions_def: dg.PartitionsDefinition | None = None,
    suite: SuiteSpec | None = None,
    region_from_partition: Callable[[Any], str | None] = region_of_partition,
) -> list[dg.AssetChecksDefinition]:
    """The GX checks of ``table`` attached to ``asset`` (see the module docstring).

    ``partitions_def`` defaults to the asset's own when an ``AssetsDefinition`` is given; it
    must equal the asset's (a Dagster rule). Unpartitioned checks still narrow the read to one
    region when they run inside a partitioned run.
    """
    suite = suite or suite_for(table)
    if isinstance(asset, dg.AssetsDefinition):
        asset_key = asset.key
        partitions_def = partitions_def or asset.partitions_def
    else:
        asset_key = dg.AssetKey.from_coercible(asset)
    full_name, blocking_name = check_names(table)
    n_blocking = sum(e.blocking for e in suite.expectations)
    static_md = {"table": table, "n_expectations": len(suite.expectations)}

    with warnings.catch_warnings():  # partitioned check specs are a Dagster "preview" feature
        warnings.simplefilter("ignore")
        specs = [
            dg.AssetCheckSpec(
                full_name,
                asset=asset_key,
                description=f"Great Expectations — {suite.description} : suite complète "
                f"({len(suite.expectations)} règles, non bloquante).",
                metadata=static_md,
                partitions_def=partitions_def,
            ),
            dg.AssetCheckSpec(
                blocking_name,
                asset=asset_key,
                description=f"Great Expectations — {suite.description} : {n_blocking} règles "
                "bloquantes (clés, codes du référentiel, échelles, montants, données personnelles). "
                "En cas d'échec, les assets en aval ne sont pas exécutés.",
                blocking=True,
                metadata={**static_md, "n_expectations": n_blocking},
                partitions_def=partitions_def,
            ),
        ]

    @dg.multi_asset_check(
        specs=specs,
        name=f"gx_checks__{asset_key.to_python_identifier()}",
        description=f"Validation Great Expectations de la table {table}",
        required_resource_keys={WAREHOUSE_KEY},
    )
    def _gx_checks(context: dg.AssetCheckExecutionContext) -> Iterator[dg.AssetCheckResult]:
        partition_key = context.partition_key if context.has_partition_key else None
        region = region_from_partition(partition_key)
        warehouse = getattr(context.resources, WAREHOUSE_KEY)
        summary = _validate_in_warehouse(context, warehouse, table, region, suite)
        if summary is None:
            try:
                df = warehouse.read_table(table, region_code=region)
            except Exception as exc:  # noqa: BLE001 - reported as a failed check, not a crash
                context.log.error(f"lecture de la table {table} impossible : {exc}")
                yield from _unreadable(asset_key, table, full_name, blocking_name, region, exc)
                return
            summary = _validate_or_reuse(context, warehouse, table, region, df, suite)
        # the run's log keeps one line per suite (stewards read it in the terminal and the
        # run's log file); a failing suite as a warning
        log = context.log.warning if summary.failed else context.log.info
        log(
            f"GX {table} (région {region or 'toutes'}) : {summary.n_rows} lignes, "
            f"{len(summary.failed)} règle(s) en échec dont "
            f"{len(summary.blocking_failed)} bloquante(s)"
        )
        yield _result(asset_key, full_name, summary, region, blocking_only=False)
        yield _result(asset_key, blocking_name, summary, region, blocking_only=True)

    return [_gx_checks]


def _validate_in_warehouse(
    context: dg.AssetCheckExecutionContext,
    warehouse: Any,
    table: str,
    region: str | None,
    suite: SuiteSpec,
) -> "ValidationSummary | None":
    """Key, reuse and validate without reading the whole table (:mod:`quality.incremental`):
    the table key is computed by DuckDB; a stored identical validation is repeated; else only
    the new or changed row blocks are validated by GX when the suite allows it, the whole table
    otherwise. None (the caller reads and validates the frame) when the cache is off, the
    warehouse has no connection, the table is absent or anything goes wrong here.

    The warehouse connection is held only to read and to store, never while GX runs."""
    from quality import incremental as inc
    from quality import validation_cache as cache
    from quality.gx_runner import validate_frame

    if not cache.enabled() or not hasattr(warehouse, "connect"):
        return None
    try:
        with warehouse.connect() as con:
            state = inc.table_state(con, table, region, suite)
            if state is None:
                return None
            block_key = inc.suite_key(_code_key(), suite, state)
            key = inc.table_key(block_key, state)
            cached = cache.lookup(con, table, region, key)
            if cached is not None:
                return cached
            plan = whole = None
            try:
                plan = inc.plan_blocks(con, state, suite, block_key, region)
            except inc.NotCombinable:  # pair rules, rows per region, a duplicate key…
                whole = _whole(con, inc, state, suite, region)
        blocks = rule_keys = None
        if plan is not None:
            try:
                summary, blocks = inc.validate_blocks(plan, suite)
            except inc.NotCombinable:
                with warehouse.connect() as con:
                    whole = _whole(con, inc, state, suite, region)
        if whole is not None:
            frame, rule_keys, known = whole
            summary = validate_frame(table, frame, suite, reuse=known)
    except Exception as exc:  # noqa: BLE001 - an optimisation, never a failure
        context.log.warning(f"validation par blocs impossible ({exc}) : validation complète")
        return None
    try:
        with warehouse.connect() as con:
            # one transaction: one commit instead of one per statement (~3 per table stored)
            con.execute("BEGIN TRANSACTION")
            try:
                if blocks is not None:
                    inc.store_blocks(con, table, region, block_key, blocks)
                if rule_keys is not None:
                    inc.store_rules(con, table, region, rule_keys, summary)
                cache.remember(con, table, region, key, summary, context.run.run_id)
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
    except Exception as exc:  # noqa: BLE001
        context.log.warning(f"cache des validations GX non enregistré ({exc})")
    return summary


def _whole(con: Any, inc: Any, state: Any, suite: SuiteSpec, region: str | None) -> tuple:
    """The whole frame, the per-rule keys and the stored outcomes of the unchanged rules."""
    keys = inc.rule_keys(con, state, suite, _code_key())
    return inc.read_frame(con, state), keys, inc.load_rules(con, state.table, region, keys)


def _code_key() -> str:
    from quality import validation_cache as cache

    return cache._code_fingerprint()


def _validate_or_reuse(
    context: dg.AssetCheckExecutionContext,
    warehouse: Any,
    table: str,
    region: str | None,
    df: Any,
    suite: SuiteSpec,
) -> "ValidationSummary":
    """Validate with GX, or repeat the stored outcome of an identical validation
    (``quality.validation_cache``: same frame, same suite, same code); any cache error falls
    back to a real validation."""
    from quality import validation_cache as cache
    from quality.gx_runner import validate_frame

    if not cache.enabled() or not hasattr(warehouse, "connect"):
        return validate_frame(table, df, suite)
    key = None
    try:
        key = cache.validation_key(suite, df)
        with warehouse.connect() as con:
            cached = cache.lookup(con, table, region, key)
        if cached is not None:
            return cached
    except Exception as exc:  # noqa: BLE001 - the cache is an optimisation, never a failure
        context.log.warning(f"cache des validations GX illisible ({exc}) : validation complète")
    summary = validate_frame(table, df, suite)
    if key is not None:
        try:
            with warehouse.connect() as con:
                cache.remember(con, table, region, key, summary, context.run.run_id)
        except Exception as exc:  # noqa: BLE001
            context.log.warning(f"cache des validations GX non enregistré ({exc})")
    return summary


# ----------------------------------------------------------------------------- results


def _result(
    asset_key: dg.AssetKey,
    check_name: str,
    summary: "ValidationSummary",
    region: str | None,
    blocking_only: bool,
) -> dg.AssetCheckResult:
    outcomes = [r for r in summary.results if r.blocking or not blocking_only]
    failed = [r for r in outcomes if not r.success]
    blocking_failed = [r for r in failed if r.blocking]
    severity = dg.AssetCheckSeverity.ERROR if blocking_failed else dg.AssetCheckSeverity.WARN
    return dg.AssetCheckResult(
        asset_key=asset_key,
        check_name=check_name,
        passed=not failed,
        severity=severity,
        description=_summary_sentence(summary.table, outcomes, failed, blocking_failed),
        metadata={
            "table": summary.table,
            "region_code": region or "toutes",
            "n_rows": summary.n_rows,
            "n_expectations": len(outcomes),
            "n_failed": len(failed),
            "n_blocking_failed": len(blocking_failed),
            "failed_expectations": dg.MetadataValue.json(
                [f"{r.expectation}[{r.column_label}]" for r in failed]
            ),
            "results": dg.MetadataValue.md(_markdown(outcomes)),
            "unexpected_examples": dg.MetadataValue.json(
                {
                    f"{r.expectation}[{r.column_label}]": {
                        "description": r.description,
                        "unexpected_count": r.unexpected_count,
                        "unexpected_percent": r.unexpected_percent,
                        "examples": list(r.examples),
                        **({"error": r.error} if r.error else {}),
                    }
                    for r in failed
                }
            ),
            "statistics": dg.MetadataValue.json(dict(summary.statistics)),
            "engine": summary.engine,
        },
    )


def _summary_sentence(table: str, outcomes: list, failed: list, blocking_failed: list) -> str:
    if not failed:
        return f"{table} : les {len(outcomes)} règles sont respectées."
    return (
        f"{table} : {len(failed)} règle(s) sur {len(outcomes)} en échec, "
        f"dont {len(blocking_failed)} bloquante(s)."
    )


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(outcomes: list) -> str:
    """One row per expectation: failures first, then the rest, in suite order."""
    lines = [
        "| Résultat | Règle | Expectation | Colonne(s) | Bloquante | % inattendu | Exemples |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in sorted(outcomes, key=lambda r: r.success):
        verdict = "✅" if r.success else ("❌" if r.blocking else "⚠️")
        if not r.evaluated:
            verdict = "➖"
        pct = "" if r.unexpected_percent is None else f"{r.unexpected_percent:.1f} %"
        examples = ", ".join(r.examples[:_MD_MAX_EXAMPLES])
        if len(r.examples) > _MD_MAX_EXAMPLES:
            examples += ", …"
        if r.error and not r.examples:
            examples = r.error
        lines.append(
            f"| {verdict} | {_cell(r.description)} | `{r.expectation}` | {_cell(r.column_label)} "
            f"| {'oui' if r.blocking else 'non'} | {pct} | {_cell(examples)} |"
        )
    return "\n".join(lines)


def _unreadable(
    asset_key: dg.AssetKey,
    table: str,
    full_name: str,
    blocking_name: str,
    region: str | None,
    exc: Exception,
) -> Iterator[dg.AssetCheckResult]:
    for name in (full_name, blocking_name):
        yield dg.AssetCheckResult(
            asset_key=asset_key,
            check_name=name,
            passed=False,
            severity=dg.AssetCheckSeverity.ERROR,
            description=f"{table} : table illisible dans l'entrepôt ({type(exc).__name__}).",
            metadata={
                "table": table,
                "region_code": region or "toutes",
                "error": f"{type(exc).__name__}: {exc}",
            },
        )
