"""Diagnostic assets: the pure functions of ``assets.diagnostic.analysis`` wired to the warehouse.

Each asset reads its inputs for one region from DuckDB, computes its table and replaces that
region's rows (the table's columns come from the analysis frame; new columns are added).
"""

from dataclasses import dataclass

import dagster as dg
import duckdb
import pandas as pd

from assets.diagnostic import analysis as an
from assets.ingestion.submissions import current_questionnaire_files
from assets.metadata import response_rate_metadata, table_metadata
from assets.partitions import region_partitions
from assets.resources import WRITER_POOL, Settings, Warehouse


@dataclass
class DiagnosticInputs:
    """The warehouse tables the diagnostic reads, for one region."""

    levers: pd.DataFrame
    actions: pd.DataFrame
    responses: pd.DataFrame
    recipients: pd.DataFrame
    projects: pd.DataFrame
    contract_targets: pd.DataFrame

    @classmethod
    def load(cls, warehouse: Warehouse, region: str) -> "DiagnosticInputs":
        """Read the region's inputs; questionnaire rows only from the current files (the rule
        of ``questionnaire_responses``: a superseded answer never feeds a figure)."""
        read = warehouse.read_table
        recipients = read("recipients", region)
        recipients = recipients.drop(columns=["contact_email"], errors="ignore")
        with warehouse.connect() as con:
            current = current_questionnaire_files(con, region)
        return cls(
            levers=an.lever_frame(),
            actions=read("actions", region),
            responses=_current(read("questionnaire_responses", region), current),
            recipients=recipients,
            projects=_current(read("questionnaire_projects", region), current),
            contract_targets=read("contract_targets", region),
        )


def _current(df: pd.DataFrame, current: dict[str, str | None]) -> pd.DataFrame:
    """Rows of ``df`` that come from a current questionnaire file, with the file's resolved
    SIREN when the row has none (so a project and its answer name the same authority)."""
    if df.empty or "source_sha256" not in df.columns:
        return df
    out = df[df["source_sha256"].isin(list(current))].reset_index(drop=True)
    if "siren" in out.columns:
        resolved = out["source_sha256"].map(current)
        has = out["siren"].notna() & out["siren"].astype("string").str.strip().ne("")
        out["siren"] = out["siren"].where(has, resolved)
    return out


def diagnostic_config(settings: Settings) -> an.DiagnosticConfig:
    """Thresholds from the settings resource; the other knobs keep their published defaults."""
    return an.DiagnosticConfig(
        family_relevance_threshold=settings.family_relevance_threshold,
        family_deployment_threshold=settings.family_deployment_threshold,
        min_themes=settings.min_themes,
        max_themes=settings.max_themes,
    )


def _duck_type(series: pd.Series) -> str:
    if pd.api.types.is_bool_dtype(series):
        return "BOOLEAN"
    if pd.api.types.is_integer_dtype(series):
        return "BIGINT"
    if pd.api.types.is_float_dtype(series):
        return "DOUBLE"
    if pd.api.types.is_datetime64_any_dtype(series):
        return "TIMESTAMP"
    sample = series.dropna()
    if not sample.empty and isinstance(sample.iloc[0], list | tuple):
        return "VARCHAR[]"
    return "VARCHAR"


def _normalise_for_duckdb(df: pd.DataFrame) -> pd.DataFrame:
    """Dicts become JSON text; tuples become lists, so every table has stable column types."""
    import json

    out = df.copy()
    for column in out.columns:
        if out[column].dtype == object:
            sample = out[column].dropna()
            if not sample.empty and isinstance(sample.iloc[0], dict):
                out[column] = out[column].map(
                    lambda v: (
                        json.dumps(v, ensure_ascii=False, default=str) if isinstance(v, dict) else v
                    )
                )
            elif not sample.empty and isinstance(sample.iloc[0], tuple):
                out[column] = out[column].map(lambda v: list(v) if isinstance(v, tuple) else v)
    return out


def write_region_table(
    con: duckdb.DuckDBPyConnection, table: str, df: pd.DataFrame, region: str
) -> int:
    """Replace one region's rows of a diagnostic table (created/extended from the frame)."""
    df = _normalise_for_duckdb(df)
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [table]
    ).fetchone()[0]
    con.execute("BEGIN TRANSACTION")
    try:
        if not exists:
            columns = ", ".join(f'"{c}" {_duck_type(df[c])}' for c in df.columns)
            con.execute(f"CREATE TABLE {table} ({columns})")
        else:
            have = {
                r[0]
                for r in con.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ?",
                    [table],
                ).fetchall()
            }
            for column in df.columns:
                if column not in have:
                    con.execute(
                        f'ALTER TABLE {table} ADD COLUMN "{column}" {_duck_type(df[column])}'
                    )
        con.execute(f"DELETE FROM {table} WHERE region_code = ?", [region])
        if not df.empty:
            con.register("_frame", df)
            cols = ", ".join(f'"{c}"' for c in df.columns)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _frame")
            con.unregister("_frame")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return len(df)


def _store(warehouse: Warehouse, table: str, df: pd.DataFrame, region: str) -> None:
    with warehouse.connect() as con:
        write_region_table(con, table, df, region)


def _coverage(region: str, inputs: DiagnosticInputs) -> pd.DataFrame:
    """Response coverage as published (``response_coverage``) and shown by the synthesis."""
    from sources.reference import departement_by_code

    return an.response_coverage(
        region,
        inputs.recipients,
        inputs.responses,
        department_names={code: d.name for code, d in departement_by_code().items()},
    )


def _preview(df: pd.DataFrame, columns: list[str], limit: int = 15) -> dg.MetadataValue:
    cols = [c for c in columns if c in df.columns]
    if df.empty or not cols:
        return dg.MetadataValue.md("_(vide)_")
    return dg.MetadataValue.md(df[cols].head(limit).to_markdown(index=False))


_COMMON = dict(
    partitions_def=region_partitions,
    group_name="diagnostic",
    pool=WRITER_POOL,
    kinds={"duckdb", "pandas"},
)


@dg.asset(
    **_COMMON,
    deps=["questionnaire_responses", "reference_tables"],
    description="Familles de leviers A/B/C (pertinence perçue × déploiement des actions).",
)
def lever_families(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region)
    families = an.lever_families(
        region, inputs.levers, inputs.responses, diagnostic_config(settings)
    )
    _store(warehouse, "lever_families", families, region)
    counts = families["family"].value_counts().to_dict() if not families.empty else {}
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "lever_families", region),
            "by_family": dg.MetadataValue.json({str(k): int(v) for k, v in counts.items()}),
            "preview": _preview(
                families, ["lever_code", "family", "relevance_axis", "deployment_axis"]
            ),
        }
    )


@dg.asset(
    **_COMMON,
    deps=[lever_families, "actions", "recipients", "questionnaire_projects"],
    description="État des lieux par levier, pour la région et pour chaque département.",
)
def lever_state_of_play(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region)
    state = an.state_of_play(
        region,
        inputs.levers,
        inputs.recipients,
        inputs.responses,
        inputs.actions,
        inputs.projects,
        diagnostic_config(settings),
    )
    _store(warehouse, "lever_state_of_play", state, region)
    regional = state[state["scope"] == "region"] if not state.empty else state
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "lever_state_of_play", region),
            "n_departements": int(state["department_code"].nunique()) if not state.empty else 0,
            # the same figures as the synthesis (« 58 % »), not one lever's ratio
            **response_rate_metadata(_coverage(region, inputs)),
            "preview": _preview(
                regional.sort_values("mean_relevance", ascending=False)
                if not regional.empty
                else regional,
                [
                    "lever_code",
                    "n_respondents",
                    "mean_relevance",
                    "mean_deployment",
                    "n_actions",
                    "family",
                ],
            ),
        }
    )


@dg.asset(
    **_COMMON,
    deps=[lever_state_of_play, "contract_targets", "lever_targets"],
    description="5 à 10 thèmes prioritaires, score transparent et justification chiffrée.",
)
def priority_themes(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region)
    themes = an.priority_themes(
        region,
        inputs.levers,
        inputs.responses,
        inputs.actions,
        inputs.projects,
        inputs.contract_targets,
        diagnostic_config(settings),
        recipients=inputs.recipients,
        regional_targets=warehouse.read_table("lever_targets", region),
    )
    _store(warehouse, "priority_themes", themes, region)
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "priority_themes", region),
            "themes": _preview(themes, ["rank", "lever_code", "title", "score"]),
        }
    )


@dg.asset(
    **_COMMON,
    deps=["questionnaire_responses", "questionnaire_projects", "actions"],
    description="Projets exemplaires mis en avant (questionnaires, fiches projets, plans).",
)
def exemplary_projects(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region)
    projects = an.exemplary_projects(
        region, inputs.responses, inputs.projects, inputs.actions, diagnostic_config(settings)
    )
    _store(warehouse, "exemplary_projects", projects, region)
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "exemplary_projects", region),
            "preview": _preview(projects, ["lever_code", "title", "owner"]),
        }
    )


@dg.asset(
    **_COMMON,
    deps=[priority_themes, "questionnaire_projects", "actions"],
    description="Actions candidates au plan COP, vérifiées sur les 3 critères "
    "(cohérence, potentiel, avancement).",
)
def cop_action_candidates(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region)
    themes = warehouse.read_table("priority_themes", region)
    candidates = an.cop_action_candidates(
        region,
        inputs.levers,
        inputs.projects,
        inputs.actions,
        themes,
        diagnostic_config(settings),
    )
    _store(warehouse, "cop_action_candidates", candidates, region)
    all_ok = (
        candidates[["coherence_ok", "potential_ok", "progress_ok"]].all(axis=1).sum()
        if not candidates.empty
        else 0
    )
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "cop_action_candidates", region),
            "n_meeting_all_criteria": int(all_ok),
        }
    )


@dg.asset(
    **_COMMON,
    deps=["reference_tables"],
    description="Revue des cibles : objectifs 2030 de la région par levier (panorama régional "
    "SGPE : kt CO₂e évitées, cible physique, point 2019, part de l'effort régional).",
)
def lever_targets(context: dg.AssetExecutionContext, warehouse: Warehouse) -> dg.MaterializeResult:
    from sources.sgpe_panorama import lever_targets as panorama_targets
    from sources.sgpe_panorama import unmapped_levers

    region = context.partition_key
    targets = panorama_targets(region)
    _store(warehouse, "lever_targets", targets, region)
    unmapped = unmapped_levers(region)
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "lever_targets", region),
            "kt_co2e_total": float(
                targets.drop_duplicates("sgpe_lever_id")["kt_co2e_avoided_2030"].sum()
            )
            if not targets.empty
            else 0.0,
            "sgpe_levers_unmapped": dg.MetadataValue.json(
                [f"{u['sgpe_lever_name']} : {u['reason']}" for u in unmapped]
            ),
            "preview": _preview(
                targets, ["lever_code", "kt_co2e_avoided_2030", "share_of_regional_effort"]
            ),
        }
    )


DIAGNOSTIC_ASSETS = [
    lever_targets,
    lever_families,
    lever_state_of_play,
    priority_themes,
    exemplary_projects,
    cop_action_candidates,
]
