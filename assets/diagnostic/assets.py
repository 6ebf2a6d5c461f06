"""Diagnostic assets: the pure rules of ``assets.diagnostic`` wired to the warehouse, glue only.

Each asset reads its inputs for one region from DuckDB (``store.DiagnosticInputs``), computes
its table with the pure module and replaces that region's rows (``store.write_region_table``:
the table's columns come from the analysis frame; new columns are added).
"""

from collections.abc import Callable

import dagster as dg
import pandas as pd

from assets.diagnostic import candidates as candidate_rules
from assets.diagnostic import exemplary as exemplary_rules
from assets.diagnostic import families as family_rules
from assets.diagnostic import memo, reuse
from assets.diagnostic import state_of_play as state_rules
from assets.diagnostic import themes as theme_rules
from assets.diagnostic.store import DiagnosticInputs, _coverage, _store, diagnostic_config
from assets.metadata import response_rate_metadata, table_metadata
from assets.partitions import region_partitions
from assets.resources import WRITER_POOL, Settings, Warehouse, writer_step


def _preview(df: pd.DataFrame, columns: list[str], limit: int = 15) -> dg.MetadataValue:
    cols = [c for c in columns if c in df.columns]
    if df.empty or not cols:
        return dg.MetadataValue.md("_(vide)_")
    return dg.MetadataValue.md(df[cols].head(limit).to_markdown(index=False))


def _computed_or_kept(
    context: dg.AssetExecutionContext,
    warehouse: Warehouse,
    table: str,
    frame_keys: dict[str, str],
    config: object,
    compute: Callable[[], pd.DataFrame],
) -> tuple[pd.DataFrame, str]:
    """Compute ``table`` for the region and store it, unless its stored rows were computed
    from the same inputs, settings and code (:mod:`assets.diagnostic.reuse`); returns the
    table and a French note saying which."""
    region = context.partition_key
    key = reuse.input_key(table, frame_keys, config)
    if reuse.enabled():
        note = None
        try:
            with warehouse.connect() as con:
                note = reuse.lookup(con, table, region, key)
        except Exception as exc:  # noqa: BLE001 - an optimisation, never a failure
            context.log.warning(f"clé de calcul de {table} illisible ({exc}) : table recalculée")
        if note is not None:
            context.log.info(f"{table} : {note}")
            return warehouse.read_table(table, region), note
    # parts of the analysis whose inputs did not change are taken back (memo)
    with memo.active(warehouse, region, context.run_id) as session:
        frame = compute()
    if session is not None and (session.hits or session.misses):
        context.log.info(
            f"{table} : {session.hits} partie(s) reprise(s), {session.misses} calculée(s)"
        )
    _store(warehouse, table, frame, region)
    try:
        with warehouse.connect() as con:
            reuse.remember(con, table, region, key, len(frame), context.run_id)
    except Exception as exc:  # noqa: BLE001
        context.log.warning(f"clé de calcul de {table} non enregistrée ({exc})")
    return frame, "calculée dans cette exécution"


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
@writer_step
def lever_families(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region, context.run_id)
    config = diagnostic_config(settings)
    families, computed = _computed_or_kept(
        context, warehouse, "lever_families", inputs.key_of("levers", "responses"), config,
        lambda: family_rules.lever_families(
            region, inputs.levers, inputs.responses, config, answered=inputs.answered(region),
            stats=inputs.score_stats(region, config),
        ),
    )  # fmt: skip
    counts = families["family"].value_counts().to_dict() if not families.empty else {}
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "lever_families", region),
            "calcul": computed,
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
@writer_step
def lever_state_of_play(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region, context.run_id)
    config = diagnostic_config(settings)
    keys = inputs.key_of("levers", "recipients", "responses", "actions", "projects")
    state, computed = _computed_or_kept(
        context, warehouse, "lever_state_of_play", keys, config,
        lambda: state_rules.state_of_play(
            region, inputs.levers, inputs.recipients, inputs.responses, inputs.actions,
            inputs.projects, config, answered=inputs.answered(region), input_keys=keys,
            region_stats=lambda: inputs.score_stats(region, config),
            slice_keys=inputs.slice_keys("recipients", "responses", "actions", "projects"),
        ),
    )  # fmt: skip
    regional = state[state["scope"] == "region"] if not state.empty else state
    # the response figures of the metadata, kept with the inputs they come from (a refresh
    # where nothing changed took 0.5–1.5 s for them)
    with memo.active(warehouse, region, context.run_id):
        coverage = memo.cached(
            "response_coverage",
            (region, keys["recipients"], keys["responses"]),
            lambda: _coverage(region, inputs),
        )
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "lever_state_of_play", region),
            "calcul": computed,
            "n_departements": int(state["department_code"].nunique()) if not state.empty else 0,
            # the same figures as the synthesis (« 58 % »), not one lever's ratio
            **response_rate_metadata(coverage),
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
@writer_step
def priority_themes(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region, context.run_id)
    config = diagnostic_config(settings)
    targets = warehouse.read_table("lever_targets", region)
    keys = {
        **inputs.key_of(
            "levers", "responses", "actions", "projects", "contract_targets", "recipients"
        ),
        "lever_targets": reuse.frame_key(targets),
    }
    themes, computed = _computed_or_kept(
        context, warehouse, "priority_themes", keys, config,
        lambda: theme_rules.priority_themes(
            region, inputs.levers, inputs.responses, inputs.actions, inputs.projects,
            inputs.contract_targets, config, recipients=inputs.recipients,
            regional_targets=targets, answered=inputs.answered(region), input_keys=keys,
            region_stats=lambda: inputs.score_stats(region, config),
            slice_keys=inputs.slice_keys(
                "responses", "actions", "projects", "contract_targets", "recipients"
            ),
        ),
    )  # fmt: skip
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "priority_themes", region),
            "calcul": computed,
            "themes": _preview(themes, ["rank", "lever_code", "title", "score"]),
        }
    )


@dg.asset(
    **_COMMON,
    deps=["questionnaire_responses", "questionnaire_projects", "actions"],
    description="Projets exemplaires mis en avant (questionnaires, fiches projets, plans).",
)
@writer_step
def exemplary_projects(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region, context.run_id)
    config = diagnostic_config(settings)
    projects, computed = _computed_or_kept(
        context, warehouse, "exemplary_projects",
        inputs.key_of("responses", "projects", "actions"), config,
        lambda: exemplary_rules.exemplary_projects(
            region, inputs.responses, inputs.projects, inputs.actions, config
        ),
    )  # fmt: skip
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "exemplary_projects", region),
            "calcul": computed,
            "preview": _preview(projects, ["lever_code", "title", "owner"]),
        }
    )


@dg.asset(
    **_COMMON,
    deps=[priority_themes, "questionnaire_projects", "actions"],
    description="Actions candidates au plan COP, vérifiées sur les 3 critères "
    "(cohérence, potentiel, avancement).",
)
@writer_step
def cop_action_candidates(
    context: dg.AssetExecutionContext, settings: Settings, warehouse: Warehouse
) -> dg.MaterializeResult:
    region = context.partition_key
    inputs = DiagnosticInputs.load(warehouse, region, context.run_id)
    config = diagnostic_config(settings)
    # only the ranked levers of the themes (new scores or rationales alone change nothing)
    themes = candidate_rules.theme_ranks(warehouse.read_table("priority_themes", region))
    keys = {**inputs.key_of("levers", "projects", "actions"), "themes": reuse.frame_key(themes)}
    candidates, computed = _computed_or_kept(
        context, warehouse, "cop_action_candidates", keys, config,
        lambda: candidate_rules.cop_action_candidates(
            region, inputs.levers, inputs.projects, inputs.actions, themes, config,
            input_keys=keys,
        ),
    )  # fmt: skip
    all_ok = (
        candidates[["coherence_ok", "potential_ok", "progress_ok"]].all(axis=1).sum()
        if not candidates.empty
        else 0
    )
    return dg.MaterializeResult(
        metadata={
            **table_metadata(warehouse, "cop_action_candidates", region),
            "calcul": computed,
            "n_meeting_all_criteria": int(all_ok),
        }
    )


@dg.asset(
    **_COMMON,
    deps=["reference_tables"],
    description="Revue des cibles : objectifs 2030 de la région par levier (panorama régional "
    "SGPE : kt CO₂e évitées, cible physique, point 2019, part de l'effort régional).",
)
@writer_step
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
