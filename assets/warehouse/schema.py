"""DuckDB warehouse model: dimensions and facts, with keys and types declared.

Facts extracted from files carry ``source_sha256``: a changed file replaces exactly its own
rows (``DELETE … WHERE source_sha256 = ?`` then insert). Diagnostic tables are replaced per
region. The DDL is idempotent (``CREATE … IF NOT EXISTS``) and applied on every connection.
"""

from __future__ import annotations

import re

_TABLES: dict[str, str] = {
    # ----------------------------------------------------------------- dimensions
    "levers": """
        lever_code VARCHAR PRIMARY KEY, theme VARCHAR, label VARCHAR NOT NULL,
        thematic VARCHAR NOT NULL, target_2030 VARCHAR, target_value DOUBLE,
        target_unit VARCHAR, target_base_year INTEGER""",
    "thematics": "thematic VARCHAR PRIMARY KEY, label VARCHAR NOT NULL",
    "regions": "region_code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL",
    "departements": """
        department_code VARCHAR PRIMARY KEY, name VARCHAR NOT NULL, region_code VARCHAR""",
    "authorities": """
        region_code VARCHAR NOT NULL, siren VARCHAR NOT NULL, name VARCHAR,
        authority_type VARCHAR, department_code VARCHAR, is_recipient BOOLEAN,
        has_answered BOOLEAN, PRIMARY KEY (region_code, siren)""",
    "inbox_scan": """
        region_code VARCHAR NOT NULL, source_file VARCHAR NOT NULL,
        source_sha256 VARCHAR NOT NULL, size_bytes BIGINT, mtime TIMESTAMP,
        detected_type VARCHAR, container VARCHAR, detect_reason VARCHAR,
        mtime_ns BIGINT, ctime_ns BIGINT, inode BIGINT,
        PRIMARY KEY (region_code, source_file)""",
    "documents": """
        region_code VARCHAR NOT NULL, source_file VARCHAR NOT NULL,
        source_sha256 VARCHAR NOT NULL, detected_type VARCHAR, size_bytes BIGINT,
        status VARCHAR NOT NULL, reason VARCHAR, n_records INTEGER, parser_version VARCHAR,
        quarantine_path VARCHAR, n_warnings INTEGER, run_id VARCHAR,
        first_seen_at TIMESTAMP, loaded_at TIMESTAMP, last_seen_at TIMESTAMP,
        PRIMARY KEY (region_code, source_file)""",
    "lever_overrides": """
        override_key VARCHAR PRIMARY KEY, lever_code VARCHAR NOT NULL, comment VARCHAR,
        updated_by VARCHAR, updated_at TIMESTAMP""",
    # ----------------------------------------------------------------- facts
    "actions": """
        action_id VARCHAR PRIMARY KEY, region_code VARCHAR NOT NULL, department_code VARCHAR,
        territory_name VARCHAR, plan_type VARCHAR, axis VARCHAR,
        strategic_objective_code VARCHAR, strategic_objective VARCHAR,
        action_code VARCHAR NOT NULL, title VARCHAR NOT NULL, context VARCHAR,
        expected_results VARCHAR, indicators VARCHAR[], target_audiences VARCHAR[],
        regulatory_links VARCHAR[], lever_code VARCHAR, lever_confidence DOUBLE,
        lever_terms VARCHAR[], lever_source VARCHAR, thematic VARCHAR,
        total_budget_eur DOUBLE, total_etp DOUBLE, start_year INTEGER, end_year INTEGER,
        owners VARCHAR[], partners VARCHAR[], has_body BOOLEAN,
        source_file VARCHAR NOT NULL, source_sha256 VARCHAR NOT NULL, page INTEGER,
        extraction VARCHAR, ocr_confidence DOUBLE, source_sheet VARCHAR, source_row INTEGER,
        sub_axis VARCHAR, sub_sub_axis VARCHAR, action_status VARCHAR, action_priority VARCHAR,
        calendar VARCHAR, annual_budget_eur DOUBLE""",
    "action_steps": """
        action_id VARCHAR NOT NULL, step_no INTEGER NOT NULL, region_code VARCHAR NOT NULL,
        step VARCHAR, description VARCHAR, planning_label VARCHAR, start_year INTEGER,
        end_year INTEGER, open_ended BOOLEAN, budget_label VARCHAR, budget_eur DOUBLE,
        funded BOOLEAN, internal BOOLEAN, etp DOUBLE, owner VARCHAR, partners VARCHAR[],
        source_file VARCHAR NOT NULL, source_sha256 VARCHAR NOT NULL, page INTEGER,
        extraction VARCHAR, ocr_confidence DOUBLE, source_sheet VARCHAR, source_row INTEGER,
        budget_eur_per_year DOUBLE,
        PRIMARY KEY (action_id, step_no)""",
    "referential_scores": """
        region_code VARCHAR NOT NULL, row_no INTEGER NOT NULL, territory_name VARCHAR,
        referential VARCHAR NOT NULL, level VARCHAR NOT NULL, code VARCHAR,
        label VARCHAR NOT NULL, parent_label VARCHAR, points_remaining DOUBLE,
        pct_done DOUBLE, pct_programmed DOUBLE, source_file VARCHAR NOT NULL,
        source_sha256 VARCHAR NOT NULL, page INTEGER,
        extraction VARCHAR, ocr_confidence DOUBLE, source_sheet VARCHAR, source_row INTEGER,
        points_max DOUBLE, points_potential DOUBLE, points_done DOUBLE, points_programmed DOUBLE,
        measure_status VARCHAR, PRIMARY KEY (source_sha256, row_no)""",
    # deeper than sub-axis (measures, sub-measures): warehouse only
    "referential_measures": """
        region_code VARCHAR NOT NULL, row_no INTEGER NOT NULL, territory_name VARCHAR,
        referential VARCHAR NOT NULL, level VARCHAR NOT NULL, code VARCHAR,
        label VARCHAR NOT NULL, parent_label VARCHAR, points_remaining DOUBLE,
        pct_done DOUBLE, pct_programmed DOUBLE, source_file VARCHAR NOT NULL,
        source_sha256 VARCHAR NOT NULL, page INTEGER,
        extraction VARCHAR, ocr_confidence DOUBLE, source_sheet VARCHAR, source_row INTEGER,
        points_max DOUBLE, points_potential DOUBLE, points_done DOUBLE, points_programmed DOUBLE,
        measure_status VARCHAR, PRIMARY KEY (source_sha256, row_no)""",
    "audit_scores": """
        region_code VARCHAR NOT NULL, territory_name VARCHAR, referential VARCHAR NOT NULL,
        score_pct DOUBLE, stars INTEGER, target_increase_pct DOUBLE, target_score_pct DOUBLE,
        source_file VARCHAR NOT NULL, source_sha256 VARCHAR NOT NULL, page INTEGER,
        extraction VARCHAR, ocr_confidence DOUBLE""",
    "cot_objectives": """
        region_code VARCHAR NOT NULL, territory_name VARCHAR, orientation_no INTEGER,
        orientation_label VARCHAR, objective_code VARCHAR, objective_label VARCHAR,
        source_file VARCHAR NOT NULL, source_sha256 VARCHAR NOT NULL, page INTEGER,
        extraction VARCHAR, ocr_confidence DOUBLE""",
    "contract_targets": """
        target_id VARCHAR PRIMARY KEY, region_code VARCHAR NOT NULL, territory_name VARCHAR,
        contract_type VARCHAR, domain VARCHAR, label VARCHAR NOT NULL, target_value DOUBLE,
        unit VARCHAR, priority BOOLEAN, lever_code VARCHAR, lever_confidence DOUBLE,
        lever_source VARCHAR, period_start INTEGER, period_end INTEGER,
        source_file VARCHAR NOT NULL, source_sha256 VARCHAR NOT NULL, page INTEGER,
        extraction VARCHAR, ocr_confidence DOUBLE""",
    "questionnaire_submissions": """
        source_sha256 VARCHAR PRIMARY KEY, region_code VARCHAR NOT NULL,
        source_file VARCHAR NOT NULL, siren VARCHAR, siren_valid BOOLEAN,
        authority_name VARCHAR, authority_type VARCHAR, department_code VARCHAR,
        declared_region_code VARCHAR, submitted_on DATE, file_format VARCHAR,
        n_answers INTEGER, n_projects INTEGER, n_warnings INTEGER, file_mtime TIMESTAMP""",
    # people named in plans and exports (pilots, elected referents, exporters): never published
    "people_private": """
        region_code VARCHAR NOT NULL, role VARCHAR NOT NULL, name VARCHAR NOT NULL,
        action_id VARCHAR, source_file VARCHAR NOT NULL, source_sha256 VARCHAR NOT NULL,
        source_sheet VARCHAR, source_row INTEGER, page INTEGER""",
    "action_funders": """
        region_code VARCHAR NOT NULL, action_id VARCHAR NOT NULL, funder_no INTEGER NOT NULL,
        funder VARCHAR, amount_eur DOUBLE, amount_label VARCHAR, source_file VARCHAR NOT NULL,
        source_sha256 VARCHAR NOT NULL, source_sheet VARCHAR, source_row INTEGER, page INTEGER""",
    "respondents_private": """
        source_sha256 VARCHAR PRIMARY KEY, region_code VARCHAR NOT NULL, siren VARCHAR,
        respondent_name VARCHAR, respondent_function VARCHAR, respondent_email VARCHAR""",
    "questionnaire_answers": """
        source_sha256 VARCHAR NOT NULL, region_code VARCHAR NOT NULL, siren VARCHAR,
        lever_code VARCHAR NOT NULL, relevance_label VARCHAR, relevance_score INTEGER,
        relevance_flag VARCHAR, deployment_label VARCHAR, deployment_score INTEGER,
        deployment_flag VARCHAR, actions_text VARCHAR, blockers_text VARCHAR,
        needs_text VARCHAR, exemplary_project_text VARCHAR, row_no INTEGER,
        source_file VARCHAR NOT NULL, PRIMARY KEY (source_sha256, lever_code)""",
    "questionnaire_projects": """
        source_sha256 VARCHAR NOT NULL, row_no INTEGER NOT NULL, region_code VARCHAR NOT NULL,
        siren VARCHAR, authority_name VARCHAR, department_code VARCHAR, title VARCHAR NOT NULL,
        lever_code VARCHAR, description VARCHAR, owner VARCHAR, partners VARCHAR[],
        estimated_cost_eur DOUBLE, calendar VARCHAR, maturity VARCHAR,
        funding_obtained VARCHAR, engineering_needs VARCHAR, indicators VARCHAR,
        source_file VARCHAR NOT NULL, PRIMARY KEY (source_sha256, row_no)""",
    "recipients": """
        region_code VARCHAR NOT NULL, row_no INTEGER NOT NULL, siren VARCHAR,
        siren_valid BOOLEAN, name VARCHAR, authority_type VARCHAR, department_code VARCHAR,
        contact_email VARCHAR, source_file VARCHAR NOT NULL, source_sha256 VARCHAR NOT NULL,
        PRIMARY KEY (source_sha256, row_no)""",
    "parse_issues": """
        region_code VARCHAR NOT NULL, source_file VARCHAR NOT NULL,
        source_sha256 VARCHAR NOT NULL, severity VARCHAR NOT NULL, message VARCHAR NOT NULL,
        sheet VARCHAR, row_no INTEGER, column_name VARCHAR, value VARCHAR, page INTEGER""",
    # ----------------------------------------------------------------- published (per region)
    "questionnaire_responses": """
        region_code VARCHAR NOT NULL, department_code VARCHAR, siren VARCHAR,
        authority_name VARCHAR, authority_type VARCHAR, lever_code VARCHAR NOT NULL,
        relevance_label VARCHAR, relevance_score INTEGER, deployment_label VARCHAR,
        deployment_score INTEGER, actions_text VARCHAR, blockers_text VARCHAR,
        needs_text VARCHAR, exemplary_project_text VARCHAR, submitted_on DATE,
        source_file VARCHAR, source_sha256 VARCHAR""",
    "ingestion_report": """
        region_code VARCHAR NOT NULL, source_file VARCHAR NOT NULL, source_sha256 VARCHAR,
        detected_type VARCHAR, status VARCHAR NOT NULL, reason VARCHAR, n_records INTEGER,
        n_warnings INTEGER, quarantine_path VARCHAR, first_read_at TIMESTAMP,
        last_seen_at TIMESTAMP, parser_version VARCHAR""",
}

# History (never lose a row): when a file is removed from the inbox or its content replaced,
# its rows move to ``history_<table>`` (same columns, no key, plus when/by which run/why),
# keyed by the content's sha256. ``history_documents`` keeps the file's document entry.
HISTORY_PREFIX = "history_"
_HISTORY_COLUMNS = "archived_at TIMESTAMP, archived_by_run VARCHAR, archive_reason VARCHAR"
_HISTORIZED = (
    "documents", "actions", "action_steps", "referential_scores", "audit_scores",
    "cot_objectives", "contract_targets", "questionnaire_submissions", "respondents_private",
    "questionnaire_answers", "questionnaire_projects", "recipients", "parse_issues",
)  # fmt: skip


def _history_ddl(ddl: str) -> str:
    """The table's columns without keys or NOT NULL (a history row is a copy), plus stamps."""
    parts = [p.strip() for p in re.split(r",\s*(?![^()]*\))", ddl) if p.strip()]
    columns = []
    for part in parts:
        words = part.split()
        if words[0].upper() == "PRIMARY":
            continue
        columns.append(f"{words[0]} {words[1]}")
    return ", ".join([*columns, _HISTORY_COLUMNS])


for _name in _HISTORIZED:
    _TABLES[HISTORY_PREFIX + _name] = _history_ddl(_TABLES[_name])

# Diagnostic outputs: their columns come from assets.diagnostic; created from the first frame.
DYNAMIC_TABLES = (
    "lever_targets",
    "lever_state_of_play",
    "lever_families",
    "priority_themes",
    "exemplary_projects",
    "cop_action_candidates",
)


def column_types(ddl: str) -> dict[str, str]:
    """Column name → declared type (constraints dropped), for additive migrations."""
    out = {}
    for part in re.split(r",\s*(?![^()]*\))", ddl):
        words = part.strip().split()
        if len(words) >= 2 and words[0].upper() != "PRIMARY":
            out[words[0]] = words[1]
    return out


def migration_sql(existing: dict[str, set[str]]) -> list[str]:
    """``ALTER TABLE … ADD COLUMN`` for declared columns an older warehouse file lacks.

    Only additive changes happen in place; rows already loaded are kept (new columns are NULL
    until their file is read again).
    """
    statements = []
    for name, ddl in _TABLES.items():
        have = existing.get(name)
        if have is None:
            continue
        for column, kind in column_types(ddl).items():
            if column not in have:
                statements.append(f'ALTER TABLE {name} ADD COLUMN "{column}" {kind}')
    return statements


def _columns(ddl: str) -> list[str]:
    return list(column_types(ddl))


TABLE_COLUMNS: dict[str, list[str]] = {name: _columns(ddl) for name, ddl in _TABLES.items()}
for _name in DYNAMIC_TABLES:
    TABLE_COLUMNS[_name] = ["region_code"]

# What Warehouse.connect checks before skipping the schema statements (assets.resources).
SCHEMA_COLUMNS = {name: len(_columns(ddl)) for name, ddl in _TABLES.items()}

SCHEMA_SQL = ";\n".join(
    f"CREATE TABLE IF NOT EXISTS {name} ({ddl.strip()})" for name, ddl in _TABLES.items()
)

# Tables whose rows come from one inbox file, keyed by its sha256.
FILE_FACT_TABLES = (
    "actions",
    "action_steps",
    "referential_scores",
    "referential_measures",
    "people_private",
    "action_funders",
    "audit_scores",
    "cot_objectives",
    "contract_targets",
    "questionnaire_submissions",
    "respondents_private",
    "questionnaire_answers",
    "questionnaire_projects",
    "recipients",
    "parse_issues",
)
