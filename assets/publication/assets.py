"""Publication asset: every published table of a region, written atomically to its folder."""

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import dagster as dg
import numpy as np
import pandas as pd

from assets.diagnostic.assets import DIAGNOSTIC_ASSETS
from assets.diagnostic.store import diagnostic_config
from assets.metadata import response_rate_metadata
from assets.partitions import region_partitions
from assets.personal_data import PersonalDataPolicy, known_names_from_warehouse
from assets.publication.cache import table_content_hash
from assets.publication.folder import PublicationResult, _to_plain, publish
from assets.publication.history import archive_publication
from assets.publication.incremental import (
    DerivedCache,
    PreparedTables,
    PublicationStore,
    can_keep_folder,
    context_key,
    keep_memo_entries,
    prepare_all_or_some,
    raw_fingerprints,
)
from assets.publication.tables import _DROP, PUBLISHED_TABLES, _region_name
from assets.resources import Settings, Warehouse


def masking_memo_path(warehouse: Warehouse, region: str) -> Path:
    """Where the region's masking memo is kept: beside the warehouse (it holds raw texts, so
    never in the published outputs)."""
    path = Path(warehouse.path)
    return path.with_name(f"{path.stem}.masquage-{region}.bin")


def _analysis_coverage(warehouse: Warehouse, region: str, run_id: str) -> pd.DataFrame:
    """The response coverage the analysis computed in this run (``lever_state_of_play``
    keeps it with its inputs' keys, :mod:`assets.diagnostic.memo`): the same figures as
    :func:`assets.diagnostic.coverage.response_coverage` of the recipients and the published
    answers (test), computed once per run instead of twice (~0.3 s each on 115 000 answers)."""
    from assets.diagnostic import memo
    from assets.diagnostic.store import DiagnosticInputs, _coverage

    inputs = DiagnosticInputs.load(warehouse, region, run_id)
    keys = inputs.key_of("recipients", "responses")
    with memo.active(warehouse, region, run_id):
        return memo.cached(
            "response_coverage",
            (region, keys["recipients"], keys["responses"]),
            lambda: _coverage(region, inputs),
        )


def _previous_synthesis(folder: Path) -> str | None:
    """The current synthesis page, whose unchanged charts the new one reuses."""
    try:
        return (folder / "synthese.html").read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


@dg.asset(
    partitions_def=region_partitions,
    group_name="publication",
    kinds={"parquet", "csv", "html"},
    deps=[*DIAGNOSTIC_ASSETS, "ingestion_report", "action_steps", "referential_scores"],
    description="Publication de la région : CSV, Parquet, XLSX, datapackage.json et synthèse "
    "HTML dans COPDIAG_OUTPUTS/<région>/ (écriture atomique).",
)
def publication(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    folder = settings.outputs_path() / region
    config = diagnostic_config(settings)
    region_name = _region_name(region)
    from assets.publication.synthesis.checks import run_check_results

    checks = run_check_results(context)
    # What the last publication was made of (assets.publication.incremental): the tables whose
    # raw fingerprint did not change are neither read nor prepared nor masked again.
    store = PublicationStore(publication_store_path(warehouse, region))
    state = store.load()
    with warehouse.connect() as con:
        known = known_names_from_warehouse(con, region)
        fingerprints = raw_fingerprints(con, region, [*PUBLISHED_TABLES, "recipients"])
    setting = context_key(
        config=_to_plain(config), region=region, region_name=region_name, checks=checks,
        recipients=fingerprints["recipients"],
    )  # fmt: skip
    # One personal-data policy for every published table, the synthesis included: the tables
    # are prepared and masked here, once, as they are published (so the HTML is built from
    # the published values); publish() only prepares what is added after (the coverage).
    # Maskings kept from the last run: only texts a change of names can alter are masked again.
    memo_path = masking_memo_path(warehouse, region)
    prepared, policy = prepare_all_or_some(
        PUBLISHED_TABLES,
        fingerprints,
        lambda name: published_frame(warehouse, region, name),
        lambda: PersonalDataPolicy(known),
        store,
        state,
        load_memo=lambda p: p.load_memo(memo_path),
        rows=WarehouseRows(warehouse, region),
    )
    if can_keep_folder(prepared, state, setting, folder):
        return _kept_publication(context, state)
    tables = prepared.tables
    context.log.info(
        f"Publication : {len(prepared.reused)} table(s) reprise(s) telle(s) quelle(s) "
        f"({', '.join(prepared.reused) or 'aucune'}), {len(prepared.prepared)} préparée(s)"
        + (
            f", dont {len(prepared.grown)} par leurs seules lignes nouvelles "
            f"({', '.join(prepared.grown)})."
            if prepared.grown
            else "."
        )
    )
    # Content hashes (kept ones as recorded): they key what is made from the tables.
    # (and of large tables prepared here, hashed as they were: see incremental._content_hash)
    hashes = {
        name: prepared.entries[name].hash or table_content_hash(frame)
        for name, frame in tables.items()
    }
    derived = store.derived(state)
    from sources.reference import departement_by_code

    departments = {code: d.name for code, d in departement_by_code().items()}
    key = "coverage:" + context_key(
        recipients=fingerprints["recipients"], responses=hashes["questionnaire_responses"],
        region=region, departments=departments,
    )  # fmt: skip
    coverage = derived.get(key)
    if not isinstance(coverage, pd.DataFrame):
        coverage = _analysis_coverage(warehouse, region, context.run_id)
        derived[key] = coverage
    html = _synthesis(
        region_name, region, tables, hashes, coverage, checks, config, folder, derived
    )
    # Response rates per région, département and authority type: published too.
    tables = {**tables, "response_coverage": coverage}
    kept = archive_publication(
        settings.outputs_path(), region, settings.publication_history, settings.keep_publications
    )
    version = policy.version
    result = publish(
        tables,
        settings.outputs_path(),
        region,
        config=config,
        region_name=region_name,
        synthesis_html=html,
        policy=policy,
        ready=set(tables) - {"response_coverage"},
        content_hashes=hashes,
        derived=derived,
    )
    if prepared.reused or prepared.grown:  # texts of kept rows not masked again: kept too
        keep_memo_entries(policy)
    policy.save_memo(memo_path)
    masked = policy.summary()
    metadata = {
        "folder": dg.MetadataValue.path(str(folder)),
        "synthese": dg.MetadataValue.path(str(folder / "synthese.html")),
        "tables": dg.MetadataValue.json({k: len(v) for k, v in tables.items()}),
        "n_files": len(result.files),
        **response_rate_metadata(coverage),
        "published_at": result.published_at,
        "personal_data_masked": dg.MetadataValue.json(masked),
        "n_personal_data_masked": sum(int(r["count"]) for r in masked),
        "previous_publication_kept_as": kept.publication_id if kept else "",
        "tables_reprises": dg.MetadataValue.json(prepared.reused),
    }
    _remember(
        context, store, prepared, tables, result, setting, folder,
        relearnt=policy.version != version, metadata=metadata, derived=derived,
    )  # fmt: skip
    if masked:
        context.log.warning(policy.summary_fr())
    return dg.MaterializeResult(metadata=metadata)


# Columns of the ingestion report the synthesis never reads: they change at every refresh
# (``last_seen_at``), the page does not.
_NOT_IN_SYNTHESIS = {"ingestion_report": ["first_read_at", "last_seen_at"]}


def _synthesis(
    region_name: str,
    region: str,
    tables: Mapping[str, pd.DataFrame],
    hashes: Mapping[str, str],
    coverage: pd.DataFrame,
    checks: pd.DataFrame,
    config: Any,
    folder: Path,
    derived: DerivedCache,
) -> str:
    """The synthesis page, taken back from the last publication when every value it is made
    of (tables but for the columns it never reads, coverage, checks, settings, date) is the
    same."""
    from assets.publication.synthesis.page import build_synthesis_html

    seen = {
        name: table_content_hash(tables[name].drop(columns=drop, errors="ignore"))
        if (drop := _NOT_IN_SYNTHESIS.get(name))
        else hashes[name]
        for name in tables
    }
    key = "synthese:" + context_key(
        tables=seen, coverage=coverage, checks=checks, config=_to_plain(config),
        region=region, region_name=region_name, day=dt.date.today().isoformat(),
    )  # fmt: skip
    html = derived.get(key)
    if not isinstance(html, str):
        html = build_synthesis_html(
            region_name,
            region,
            {**tables, "response_coverage": coverage, "quality_checks": checks},
            config,
            previous_html=_previous_synthesis(folder),
        )
        derived[key] = html
    return html


def publication_store_path(warehouse: Warehouse, region: str) -> Path:
    """Where what the last publication was made of is kept: beside the warehouse (its frames
    hold raw texts and names, so never in the published outputs)."""
    path = Path(warehouse.path)
    return path.with_name(f"{path.stem}.publication-{region}")


class WarehouseRows:
    """Rows of a region's warehouse tables one by one (:class:`RowSource`): a large table
    that only gained rows has only those read and prepared."""

    def __init__(self, warehouse: Warehouse, region: str) -> None:
        self.warehouse, self.region = warehouse, region
        self._hashes: dict[str, tuple[np.ndarray, np.ndarray]] = {}  # asked twice when not grown

    def _columns(self, con: Any, name: str) -> list[str]:
        return [
            r[0]
            for r in con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_schema = 'main' "
                "AND table_name = ? ORDER BY ordinal_position",
                [name],
            ).fetchall()
        ]

    def row_hashes(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Row ids and row hashes, in the order ``read_table`` gives the rows (that scan)."""
        if name in self._hashes:
            return self._hashes[name]
        with self.warehouse.connect() as con:
            columns = self._columns(con, name)
            if not columns:
                return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.uint64)
            quoted = ", ".join(f'"{c}"' for c in columns)
            where, params = (
                (" WHERE region_code = ?", [self.region]) if "region_code" in columns else ("", [])
            )
            table = con.execute(f'SELECT rowid, hash({quoted}) FROM "{name}"{where}', params)
            arrays = table.fetchnumpy()
        rowids, hashes = (np.asarray(v) for v in arrays.values())
        self._hashes[name] = rowids.astype(np.int64), hashes.astype(np.uint64)
        return self._hashes[name]

    def read_rows(self, name: str, rowids: np.ndarray) -> pd.DataFrame:
        """Those rows as ``published_frame`` reads them, in the order of ``rowids``."""
        wanted = [int(r) for r in rowids]
        with self.warehouse.connect() as con:
            columns = self._columns(con, name)
            where = " AND region_code = ?" if "region_code" in columns else ""
            frame = con.execute(
                f'SELECT rowid AS "__copdiag_rowid", * FROM "{name}" '
                f"WHERE rowid IN (SELECT unnest(?::BIGINT[])){where}",
                [wanted, self.region] if where else [wanted],
            ).df()
        order = pd.Index(frame.pop("__copdiag_rowid").to_numpy()).get_indexer(wanted)
        frame = frame.take(order).reset_index(drop=True)
        return frame.drop(columns=_DROP.get(name, []), errors="ignore")


def published_frame(warehouse: Warehouse, region: str, table: str) -> pd.DataFrame:
    """One published table of a region as read from the warehouse (:func:`published_frames`)."""
    return warehouse.read_table(table, region).drop(columns=_DROP.get(table, []), errors="ignore")


def _json_metadata(metadata: dict[str, Any]) -> dict[str, Any]:
    """The asset metadata in JSON (kept with the state, given again when nothing changed)."""
    out: dict[str, Any] = {}
    for key, value in metadata.items():
        if isinstance(value, dg.MetadataValue):
            out[key] = {"kind": type(value).__name__, "value": getattr(value, "value", None)}
        else:
            out[key] = value
    return out


def _metadata_from_json(data: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and set(value) == {"kind", "value"}:
            kind, inner = value["kind"], value["value"]
            out[key] = (
                dg.MetadataValue.path(inner) if "Path" in kind else dg.MetadataValue.json(inner)
            )
        else:
            out[key] = value
    return out


def _remember(
    context: dg.AssetExecutionContext,
    store: PublicationStore,
    prepared: PreparedTables,
    frames: Mapping[str, pd.DataFrame],
    result: PublicationResult,
    setting: str,
    folder: Path,
    *,
    relearnt: bool,
    metadata: dict[str, Any],
    derived: DerivedCache,
) -> None:
    """Keep what this publication was made of for the next one (never fails the run)."""
    try:
        store.remember(
            prepared, frames, result.hashes, context=setting, folder=folder,
            metadata=_json_metadata(metadata), relearnt=relearnt, derived=derived,
        )  # fmt: skip
    except Exception as exc:  # noqa: BLE001 - only the next publication is slower
        context.log.warning(f"État de publication non conservé ({exc}) : tout sera repréparé.")
        store.forget()


def _kept_publication(
    context: dg.AssetExecutionContext, state: Mapping[str, Any]
) -> dg.MaterializeResult:
    """Nothing changed since the last publication: its folder stays as it is."""
    metadata = _metadata_from_json(dict(state["metadata"]))
    when = str(metadata.get("published_at", ""))
    message = (
        f"Aucune table, aucun nom à masquer ni aucun paramètre n'a changé depuis la publication "
        f"du {when} : le dossier publié est conservé tel quel."
    )
    context.log.info(message)
    metadata.update(
        {
            "previous_publication_kept_as": "",
            "publication_inchangee": message,
            "tables_reprises": dg.MetadataValue.json(sorted(state.get("tables", {}))),
        }
    )
    return dg.MaterializeResult(metadata=metadata)
