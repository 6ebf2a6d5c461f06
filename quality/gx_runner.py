"""Run a :class:`~quality.suites.SuiteSpec` on a DataFrame with Great Expectations (GX Core 1.x).

GX is imported lazily, inside functions: importing it costs several seconds and the Dagster code
location must load fast. One ephemeral GX context is kept per process (thread-safe), with one
pandas data source, one dataframe asset per table and one validation definition per
(suite, columns present) combination. Results come back as plain dataclasses, so callers (the
Dagster checks, tests, the CLI) never touch GX objects.

Two things are settled here, outside GX, on purpose:

- an expectation whose column is missing from the frame is not sent to GX (which would raise a
  metric error deep in its graph); it is reported as a clear failure ("colonne absente"), or as
  not evaluated when its spec says ``if_column_absent="skip"``;
- an empty frame is validated in plain Python (column rules hold vacuously, table rules are
  computed directly), without importing GX at all.
"""

from __future__ import annotations

import contextvars
import hashlib
import json
import math
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import pandas as pd

from quality.suites import (
    NO_FORBIDDEN_COLUMNS,
    ROWS_PER_GROUP,
    ExpectationSpec,
    SuiteSpec,
    suite_for,
)

if TYPE_CHECKING:  # pragma: no cover
    from great_expectations.data_context import AbstractDataContext

MAX_EXAMPLES = 10
_DATASOURCE = "copdiag_pandas"
_META_INDEX = "copdiag_index"
_lock = threading.RLock()
_context: AbstractDataContext | None = None
_definitions: dict[str, Any] = {}


@dataclass(frozen=True)
class ExpectationOutcome:
    """The result of one expectation, flattened for display and tests."""

    expectation: str
    columns: tuple[str, ...]
    success: bool
    blocking: bool
    description: str
    unexpected_count: int | None = None
    unexpected_percent: float | None = None
    examples: tuple[str, ...] = ()
    observed_value: str | None = None
    error: str | None = None
    evaluated: bool = True

    @property
    def column_label(self) -> str:
        return ", ".join(self.columns) if self.columns else "(table)"


@dataclass(frozen=True)
class ValidationSummary:
    """Everything a check needs to report: success, per-expectation outcomes, statistics."""

    table: str
    success: bool
    results: tuple[ExpectationOutcome, ...]
    statistics: dict[str, float | int] = field(default_factory=dict)
    n_rows: int = 0
    engine: str = "great_expectations"

    @property
    def failed(self) -> tuple[ExpectationOutcome, ...]:
        return tuple(r for r in self.results if not r.success)

    @property
    def blocking_failed(self) -> tuple[ExpectationOutcome, ...]:
        return tuple(r for r in self.failed if r.blocking)

    @property
    def blocking_success(self) -> bool:
        return not self.blocking_failed

    def outcome(self, expectation: str, *columns: str) -> ExpectationOutcome:
        """The first outcome of ``expectation`` on exactly ``columns`` (handy in tests)."""
        for r in self.results:
            if r.expectation == expectation and r.columns == tuple(columns):
                return r
        raise KeyError(f"{expectation} on {columns} not in suite {self.table}")


# ----------------------------------------------------------------------------- public API


def validate_frame(
    table: str,
    df: pd.DataFrame,
    suite: SuiteSpec | None = None,
    reuse: Mapping[int, ExpectationOutcome] | None = None,
) -> ValidationSummary:
    """Validate ``df`` against the suite of ``table`` (or ``suite``) and summarise the result.

    ``reuse`` gives outcomes known for this very frame (by position in the suite: rules whose
    columns are unchanged, see :mod:`quality.incremental`); GX runs the others only."""
    suite = suite or suite_for(table)
    present = set(map(str, df.columns))
    outcomes: dict[int, ExpectationOutcome] = {}
    to_run: list[int] = []
    for i, spec in enumerate(suite.expectations):
        missing = [c for c in spec.columns if c not in present]
        if missing:
            outcomes[i] = _absent_column_outcome(spec, missing)
        else:
            to_run.append(i)

    if df.empty:
        engine = "python (table vide)"
        for i in to_run:
            outcomes[i] = _evaluate_on_empty(suite.expectations[i], list(df.columns))
    elif to_run:
        engine = "great_expectations"
        reused = {i: reuse[i] for i in to_run if reuse and i in reuse}
        if reused:
            outcomes.update(reused)
            to_run = [i for i in to_run if i not in reused]
            engine = (
                f"great_expectations — {len(to_run)} règle(s) validée(s), {len(reused)} "
                "reprise(s) de la validation précédente (leurs colonnes sont inchangées)"
            )
        if to_run:
            outcomes.update(_run_gx(suite, to_run, df))
    else:
        engine = "python"

    results = tuple(outcomes[i] for i in range(len(suite.expectations)))
    return ValidationSummary(
        table=suite.table,
        success=all(r.success for r in results),
        results=results,
        statistics=_statistics(results),
        n_rows=len(df),
        engine=engine,
    )


def reset_context() -> None:
    """Forget the cached GX context and validation definitions (tests, long-lived processes)."""
    global _context
    with _lock:
        _context = None
        _definitions.clear()


# ----------------------------------------------------------------------------- GX plumbing


def _get_context() -> AbstractDataContext:
    """One ephemeral, in-memory GX context per process; analytics and progress bars off."""
    global _context
    with _lock:
        if _context is None:
            import great_expectations as gx
            from great_expectations.data_context.types.base import (
                DataContextConfig,
                InMemoryStoreBackendDefaults,
                ProgressBarsConfig,
            )

            config = DataContextConfig(
                store_backend_defaults=InMemoryStoreBackendDefaults(),
                analytics_enabled=False,
                progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
            )
            context = gx.get_context(mode="ephemeral", project_config=config)
            context.data_sources.add_pandas(_DATASOURCE)
            _context = context
        return _context


@lru_cache(maxsize=1)
def _custom_expectations() -> dict[str, type]:
    """The two project expectations GX lacks, defined on first use (defining registers them)."""
    from great_expectations.expectations.expectation import (
        BatchExpectation,
        ColumnAggregateExpectation,
    )

    class ExpectTableColumnsToNotContain(BatchExpectation):
        """Fail when the table has any of ``column_set`` (case-insensitive): GX only has the
        positive form (``expect_table_columns_to_match_set``), not this negation."""

        column_set: list[str]
        metric_dependencies = ("table.columns",)
        success_keys = ("column_set",)

        def _validate(self, metrics, runtime_configuration=None, execution_engine=None):  # type: ignore[no-untyped-def]
            forbidden = {c.lower() for c in self.configuration.kwargs.get("column_set") or []}
            found = [
                str(c) for c in metrics.get("table.columns") or [] if str(c).lower() in forbidden
            ]
            return {
                "success": not found,
                "result": {"observed_value": found, "unexpected_count": len(found),
                           "partial_unexpected_list": found},
            }  # fmt: skip

    class ExpectColumnValueCountsToBeBetween(ColumnAggregateExpectation):
        """Bound the number of rows per distinct value of ``column`` (e.g. rows per region),
        which GX cannot express on a frame holding several regions."""

        min_value: int | None = None
        max_value: int | None = None
        metric_dependencies = ("column.value_counts",)
        success_keys = ("min_value", "max_value")

        def _validate(self, metrics, runtime_configuration=None, execution_engine=None):  # type: ignore[no-untyped-def]
            kwargs = self.configuration.kwargs
            counts = metrics.get("column.value_counts")
            counts = dict(counts.items()) if counts is not None else {}
            return _group_count_result(counts, kwargs.get("min_value"), kwargs.get("max_value"))

    return {
        NO_FORBIDDEN_COLUMNS: ExpectTableColumnsToNotContain,
        ROWS_PER_GROUP: ExpectColumnValueCountsToBeBetween,
    }


def _group_count_result(
    counts: dict[Any, int], min_value: int | None, max_value: int | None
) -> dict[str, Any]:
    bad = {
        k: n
        for k, n in counts.items()
        if (min_value is not None and n < min_value) or (max_value is not None and n > max_value)
    }
    empty_fail = not counts and bool(min_value)
    examples = [f"{k} : {n} lignes" for k, n in sorted(bad.items(), key=lambda kv: str(kv[0]))]
    if empty_fail:
        examples = ["aucune ligne"]
    return {
        "success": not bad and not empty_fail,
        "result": {
            "observed_value": {str(k): int(n) for k, n in counts.items()},
            "unexpected_count": len(bad) + int(empty_fail),
            "unexpected_percent": 100.0 * len(bad) / len(counts) if counts else (100.0 if empty_fail else 0.0),
            "partial_unexpected_list": examples,
        },
    }  # fmt: skip


def _expectation_class(name: str) -> type:
    custom = _custom_expectations()
    if name in custom:
        return custom[name]
    import great_expectations as gx

    camel = "".join(part.capitalize() for part in name.split("_"))
    try:
        return getattr(gx.expectations, camel)
    except AttributeError as exc:
        raise ValueError(f"unknown GX expectation {name!r}") from exc


@dataclass(frozen=True)
class _Definition:
    """A GX batch definition (the table's dataframe asset) and a suite of expectations."""

    batch_definition: Any
    suite: Any


def _validation_definition(suite: SuiteSpec, indices: list[int]) -> _Definition:
    """Build (once per process) the GX suite of these expectations on the table's asset.

    The suite is not added to the context's stores: the validator only reads its
    expectations, and a partial validation (:func:`validate_frame` with ``reuse``) asks for a
    new subset of rules now and then, which the stores would keep serialising."""
    key_src = repr((suite.table, suite.expectations, indices))
    key = f"{suite.table}-{hashlib.sha1(key_src.encode()).hexdigest()[:12]}"
    with _lock:
        if key in _definitions:
            return _definitions[key]
        import great_expectations as gx

        context = _get_context()
        datasource = context.data_sources.get(_DATASOURCE)
        try:
            asset = datasource.get_asset(suite.table)
        except LookupError:
            asset = datasource.add_dataframe_asset(suite.table)
        try:
            batch_definition = asset.get_batch_definition("whole")
        except (KeyError, LookupError):
            batch_definition = asset.add_batch_definition_whole_dataframe("whole")
        expectations = []
        for i in indices:
            spec = suite.expectations[i]
            cls = _expectation_class(spec.expectation)
            expectations.append(cls(**dict(spec.kwargs), meta={_META_INDEX: i}))
        gx_suite = gx.ExpectationSuite(name=key, expectations=expectations)
        definition = _Definition(batch_definition, gx_suite)
        _definitions[key] = definition
        return definition


# Configurations of the expectations being validated, by object (see _configurations_kept).
_CONFIGURATIONS: contextvars.ContextVar[dict[int, tuple[Any, Any]] | None] = contextvars.ContextVar(
    "copdiag_gx_configurations", default=None
)


# GX's own ``Expectation.configuration`` property (set when the memo is installed).
_GX_CONFIGURATION: Any = None


def _install_configuration_memo() -> None:
    """Let ``Expectation.configuration`` give back, inside :func:`_configurations_kept`, the
    object it built for the same expectation object, instead of building it again.

    Why: GX 1.x rebuilds that configuration (a pydantic ``dict()`` and a new object) on every
    read, and reads it for every keyword of every metric while planning a validation: about a
    hundred times per expectation, half the CPU of validating a changed block of 300 rows.
    The expectation objects are not modified while they are validated (GX builds them from
    their configurations for the run), so the configuration read again is the same value.
    Outside the block, every read builds it as GX does."""
    global _GX_CONFIGURATION
    from great_expectations.expectations.expectation import Expectation

    original = Expectation.__dict__["configuration"]
    if getattr(original.fget, "_copdiag_memo", False):
        return
    _GX_CONFIGURATION = original

    def configuration(self: Any) -> Any:
        kept = _CONFIGURATIONS.get()
        if kept is None:
            return _GX_CONFIGURATION.fget(self)
        hit = kept.get(id(self))
        if hit is None or hit[0] is not self:
            hit = (self, _GX_CONFIGURATION.fget(self))
            kept[id(self)] = hit
        return hit[1]

    configuration._copdiag_memo = True  # type: ignore[attr-defined]
    Expectation.configuration = property(configuration, doc=original.__doc__)


# Metric-kwargs ids computed inside the current validation, by exact content (see
# _install_id_memo).
_IDS: contextvars.ContextVar[dict[Any, Any] | None] = contextvars.ContextVar(
    "copdiag_gx_ids", default=None
)

# GX's own ``IDDict.to_id`` (set when the memo is installed).
_GX_TO_ID: Any = None
_PLAIN = (str, int, float, bool, type(None))


class _NotPlain(Exception):
    """A value whose JSON form is not a plain function of its exact type and value."""


def _frozen(value: Any) -> Any:
    """A hashable, type-tagged copy of a plain value (``1``, ``1.0``, ``True`` and ``"1"``
    differ; so do a list and a tuple), or _NotPlain for anything else (numpy values, sets,
    pydantic models…: their ids are computed by GX itself, not kept)."""
    kind = type(value)
    if kind in _PLAIN:
        return (kind, value)
    if kind is list or kind is tuple:
        if all(type(v) is str for v in value):  # value sets: one tuple, no call per code
            return (kind, "str", tuple(value))
        return (kind, tuple(_frozen(v) for v in value))
    if kind is dict or kind.__name__ == "IDDict":
        items = tuple(value.items())
        if all(type(k) is str and (type(v) is str or v is None) for k, v in items):
            return (kind, "str", items)  # domain kwargs: column names, batch id, None
        if any(type(k) is not str for k, _ in items):
            raise _NotPlain
        return (kind, tuple((k, _frozen(v)) for k, v in items))
    raise _NotPlain


def _install_id_memo() -> None:
    """Let ``IDDict.to_id`` give back, inside :func:`_configurations_kept`, the id it computed
    for kwargs of exactly the same content, instead of computing it again.

    Why: GX builds about fifty metric configurations per expectation while planning a
    validation, and each computes the ids of its domain and value kwargs through
    ``convert_to_json_serializable`` and ``json.dumps`` — value sets of a hundred codes
    included: a third of the CPU of validating a changed block. The id is a pure function of
    the kwargs' content; only plain values (str, numbers, booleans, None, lists, tuples and
    dicts of them) are keyed, by type and value, anything else goes to GX as before. Outside
    the block, every id is computed as GX does."""
    global _GX_TO_ID
    from great_expectations.core.id_dict import IDDict

    original = IDDict.__dict__["to_id"]
    if getattr(original, "_copdiag_memo", False):
        return
    _GX_TO_ID = original

    def to_id(self: Any, id_keys: Any = None, id_ignore_keys: Any = None) -> Any:
        memo = _IDS.get()
        if memo is None or id_keys is not None or id_ignore_keys is not None:
            return _GX_TO_ID(self, id_keys, id_ignore_keys)
        try:
            key = (type(self), _frozen(dict(self)))
        except _NotPlain:
            return _GX_TO_ID(self)
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = _GX_TO_ID(self)
        return hit

    to_id._copdiag_memo = True  # type: ignore[attr-defined]
    to_id.__doc__ = original.__doc__
    IDDict.to_id = to_id


# Expectations GX rebuilt from a configuration inside the current validation (see
# _install_domain_obj_memo).
_DOMAIN_OBJECTS: contextvars.ContextVar[dict[int, tuple[Any, Any, Any]] | None] = (
    contextvars.ContextVar("copdiag_gx_domain_objects", default=None)
)

# GX's own ``ExpectationConfiguration.to_domain_obj`` (set when the memo is installed).
_GX_TO_DOMAIN_OBJ: Any = None


def _install_domain_obj_memo() -> None:
    """Let ``ExpectationConfiguration.to_domain_obj`` give back, inside
    :func:`_configurations_kept`, the expectation it built from the same configuration object
    whose type, kwargs, meta and notes are still the same values, instead of building and
    validating a new pydantic object.

    Why: while planning a validation GX rebuilds the expectation from its configuration once
    per metric it needs (``registry.get_metric_kwargs``), about twenty times per expectation,
    only to read its kwargs; each new object also misses :func:`_install_configuration_memo`.
    A configuration whose content changed, or holds values that are not plain
    (:func:`_frozen`), is rebuilt as GX does."""
    global _GX_TO_DOMAIN_OBJ
    from great_expectations.expectations.expectation_configuration import (
        ExpectationConfiguration,
    )

    original = ExpectationConfiguration.__dict__["to_domain_obj"]
    if getattr(original, "_copdiag_memo", False):
        return
    _GX_TO_DOMAIN_OBJ = original

    def to_domain_obj(self: Any) -> Any:
        memo = _DOMAIN_OBJECTS.get()
        if memo is None or self.rendered_content is not None:
            return _GX_TO_DOMAIN_OBJ(self)
        try:
            content = _frozen(
                [self.type, dict(self.kwargs), dict(self.meta or {}), self.notes, self.id]
            )
            content = (content, self.description, str(self.severity))
        except (_NotPlain, TypeError):
            return _GX_TO_DOMAIN_OBJ(self)
        hit = memo.get(id(self))
        if hit is None or hit[0] is not self or hit[1] != content:
            hit = (self, content, _GX_TO_DOMAIN_OBJ(self))
            memo[id(self)] = hit
        return hit[2]

    to_domain_obj._copdiag_memo = True  # type: ignore[attr-defined]
    to_domain_obj.__doc__ = original.__doc__
    ExpectationConfiguration.to_domain_obj = to_domain_obj


@contextmanager
def _configurations_kept() -> Iterator[None]:
    """Expectation configurations built once per expectation object, expectations once per
    configuration, and metric-kwargs ids once per content, inside the block."""
    with _lock:
        _install_configuration_memo()
        _install_id_memo()
        _install_domain_obj_memo()
    token = _CONFIGURATIONS.set({})
    ids_token = _IDS.set({})
    objects_token = _DOMAIN_OBJECTS.set({})
    try:
        yield
    finally:
        _DOMAIN_OBJECTS.reset(objects_token)
        _IDS.reset(ids_token)
        _CONFIGURATIONS.reset(token)


def _validate(definition: _Definition, df: pd.DataFrame, result_format: str) -> Any:
    """The suite of ``definition`` on ``df`` through GX's own validator, as
    ``ValidationDefinition.run`` does, without its freshness diagnostics and without storing
    every result in the in-memory results store (a third of the time on small tables, and
    memory that grew with every check of a long-lived process); each expectation's
    configuration built once (:func:`_install_configuration_memo`)."""
    from great_expectations.validator.v1_validator import Validator

    validator = Validator(
        batch_definition=definition.batch_definition,
        batch_parameters={"dataframe": _gx_friendly(df)},
        result_format={"result_format": result_format, "partial_unexpected_count": MAX_EXAMPLES},
    )
    with _configurations_kept():
        return validator.validate_expectation_suite(definition.suite)


def _run_gx(
    suite: SuiteSpec, indices: list[int], df: pd.DataFrame
) -> dict[int, ExpectationOutcome]:
    definition = _validation_definition(suite, indices)
    result = _validate(definition, df, "SUMMARY")
    out: dict[int, ExpectationOutcome] = {}
    for r in result.results:
        i = int(r.expectation_config.meta[_META_INDEX])
        out[i] = _outcome_from_gx(
            suite.expectations[i], r.success, r.result or {}, r.exception_info
        )
    for i in indices:  # GX always answers, but never let a gap crash the check
        out.setdefault(
            i,
            _failed(suite.expectations[i], "résultat absent de la validation GX"),
        )
    return out


def run_raw(
    suite: SuiteSpec, indices: list[int], df: pd.DataFrame
) -> dict[int, tuple[bool | None, dict[str, Any] | None, str | None]]:
    """GX's raw answers (success, result dict with every unexpected value and row index, error)
    for expectations ``indices`` of ``suite``: what :mod:`quality.incremental` splits by block."""
    definition = _validation_definition(suite, indices)
    result = _validate(definition, df, "COMPLETE")
    out: dict[int, tuple[bool | None, dict[str, Any] | None, str | None]] = {
        i: (None, None, "résultat absent de la validation GX") for i in indices
    }
    for r in result.results:
        i = int(r.expectation_config.meta[_META_INDEX])
        out[i] = (r.success, dict(r.result or {}), _exception_message(r.exception_info))
    return out


def _gx_friendly(df: pd.DataFrame) -> pd.DataFrame:
    """Nullable extension dtypes (Int64, boolean, string) as plain numpy/object columns:
    some GX pandas metrics choke on ``pd.NA``."""
    converted = {}
    for col in df.columns:
        dtype = df[col].dtype
        if isinstance(dtype, pd.api.extensions.ExtensionDtype) and not isinstance(
            dtype, pd.CategoricalDtype | pd.DatetimeTZDtype
        ):
            if pd.api.types.is_numeric_dtype(dtype) and not pd.api.types.is_bool_dtype(dtype):
                converted[col] = df[col].astype("float64")
            else:
                converted[col] = df[col].astype(object).where(df[col].notna(), None)
    return df.assign(**converted) if converted else df


# ----------------------------------------------------------------------------- outcomes


def _outcome_from_gx(
    spec: ExpectationSpec, success: bool | None, result: dict[str, Any], exception_info: Any
) -> ExpectationOutcome:
    error = _exception_message(exception_info)
    examples: list[str]
    counts = result.get("partial_unexpected_counts")
    if counts:
        examples = [
            _fmt(c["value"]) + (f" (×{c['count']})" if c.get("count", 1) > 1 else "")
            for c in counts
        ]
    else:
        examples = [_fmt(v) for v in result.get("partial_unexpected_list") or []]
    details = result.get("details") or {}
    mismatched = details.get("mismatched") if isinstance(details, dict) else None
    if mismatched and not success:  # expect_table_columns_to_match_set: show missing columns
        examples = [f"colonne absente : {c}" for c in mismatched.get("missing") or []]
    observed = result.get("observed_value")
    return ExpectationOutcome(
        expectation=spec.expectation,
        columns=spec.columns,
        success=bool(success) and error is None,
        blocking=spec.blocking,
        description=spec.description,
        unexpected_count=_int_or_none(result.get("unexpected_count")),
        unexpected_percent=_float_or_none(result.get("unexpected_percent")),
        examples=tuple(examples[:MAX_EXAMPLES]),
        observed_value=None if observed is None else _fmt(observed),
        error=error,
    )


def _exception_message(info: Any) -> str | None:
    """GX reports errors either flat ({raised_exception, exception_message}) or per metric."""
    if not info:
        return None
    entries = [info] if "raised_exception" in info else list(info.values())
    messages = [
        str(e.get("exception_message"))
        for e in entries
        if isinstance(e, dict) and e.get("raised_exception")
    ]
    return "; ".join(dict.fromkeys(messages)) or None


def _absent_column_outcome(spec: ExpectationSpec, missing: list[str]) -> ExpectationOutcome:
    text = ", ".join(missing)
    if spec.if_column_absent == "skip":
        return ExpectationOutcome(
            expectation=spec.expectation,
            columns=spec.columns,
            success=True,
            blocking=spec.blocking,
            description=spec.description,
            error=f"non évaluée : colonne facultative absente ({text})",
            evaluated=False,
        )
    return _failed(spec, f"colonne absente : {text}", examples=(f"colonne absente : {text}",))


def _failed(
    spec: ExpectationSpec, error: str, examples: tuple[str, ...] = ()
) -> ExpectationOutcome:
    return ExpectationOutcome(
        expectation=spec.expectation,
        columns=spec.columns,
        success=False,
        blocking=spec.blocking,
        description=spec.description,
        examples=examples,
        error=error,
    )


def _evaluate_on_empty(spec: ExpectationSpec, columns: list[str]) -> ExpectationOutcome:
    """Same verdicts GX gives on a zero-row frame, without importing GX."""
    kw = spec.kwargs
    success = True
    examples: list[str] = []
    observed: Any = None
    if spec.expectation == "expect_table_row_count_to_be_between":
        observed = 0
        success = (kw.get("min_value") or 0) <= 0
    elif spec.expectation == ROWS_PER_GROUP:
        r = _group_count_result({}, kw.get("min_value"), kw.get("max_value"))
        success, examples = r["success"], r["result"]["partial_unexpected_list"]
    elif spec.expectation == NO_FORBIDDEN_COLUMNS:
        forbidden = {c.lower() for c in kw["column_set"]}
        examples = [str(c) for c in columns if str(c).lower() in forbidden]
        success, observed = not examples, examples
    elif spec.expectation == "expect_table_columns_to_match_set":
        wanted = list(kw["column_set"])
        missing = [c for c in wanted if c not in columns]
        extra = [c for c in columns if c not in wanted]
        success = not missing and (not kw.get("exact_match", True) or not extra)
        examples = [f"colonne absente : {c}" for c in missing]
        observed = sorted(map(str, columns))
    return ExpectationOutcome(
        expectation=spec.expectation,
        columns=spec.columns,
        success=success,
        blocking=spec.blocking,
        description=spec.description,
        unexpected_count=0 if spec.columns and spec.expectation != ROWS_PER_GROUP else None,
        unexpected_percent=None,
        examples=tuple(examples[:MAX_EXAMPLES]),
        observed_value=None if observed is None else _fmt(observed),
    )


def _statistics(results: tuple[ExpectationOutcome, ...]) -> dict[str, float | int]:
    evaluated = [r for r in results if r.evaluated]
    ok = sum(r.success for r in evaluated)
    return {
        "evaluated_expectations": len(evaluated),
        "successful_expectations": ok,
        "unsuccessful_expectations": len(evaluated) - ok,
        "success_percent": round(100.0 * ok / len(evaluated), 2) if evaluated else 100.0,
        "blocking_failures": sum(1 for r in evaluated if r.blocking and not r.success),
        "skipped_expectations": len(results) - len(evaluated),
    }


def _fmt(value: Any) -> str:
    """A short, stable string for an example value (dicts/tuples from compound keys included)."""
    if isinstance(value, dict):
        return "(" + ", ".join(f"{k}={_fmt(v)}" for k, v in value.items()) + ")"
    if isinstance(value, tuple | list):
        return "(" + ", ".join(_fmt(v) for v in value) + ")"
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "∅"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    try:
        return str(value) if not isinstance(value, bytes) else json.dumps(value.decode())
    except Exception:  # noqa: BLE001 - display only
        return repr(value)


def _int_or_none(value: Any) -> int | None:
    try:
        return None if value is None else int(value)
    except (TypeError, ValueError):
        return None


def _float_or_none(value: Any) -> float | None:
    try:
        return None if value is None else round(float(value), 4)
    except (TypeError, ValueError):
        return None
