"""Declarative data-quality suites, one per warehouse / published table.

Pure data: no Great Expectations import here, so the Dagster code location loads fast and the
suites can be read, listed and tested without GX. :mod:`quality.gx_runner` turns a
:class:`SuiteSpec` into a GX ``ExpectationSuite`` only when a check actually runs.

Each expectation says whether it is *blocking*: blocking where bad data would corrupt the
published diagnostic (keys, reference codes, score scales, amounts, personal data); non-blocking
for row-count bounds and soft ranges (years, counts, provenance), which only warn.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Literal

# Custom expectation types (implemented in quality.gx_runner as GX BatchExpectations).
NO_FORBIDDEN_COLUMNS = "expect_table_columns_to_not_contain"
ROWS_PER_GROUP = "expect_column_value_counts_to_be_between"

# Fallback reference lists, used while sources/reference/{regions,departements}.csv are absent.
_REGION_CODES: tuple[str, ...] = (
    "01", "02", "03", "04", "06", "11", "24", "27", "28",
    "32", "44", "52", "53", "75", "76", "84", "93", "94",
)  # fmt: skip
_DEPARTMENT_CODES: tuple[str, ...] = (
    *(f"{n:02d}" for n in range(1, 20)),
    "2A",
    "2B",
    *(f"{n:02d}" for n in range(21, 96)),
    "971", "972", "973", "974", "976",
)  # fmt: skip

# Column names that would carry personal data (respondent identity); never published.
PERSONAL_DATA_COLUMNS: tuple[str, ...] = (
    "respondent_name",
    "respondent_function",
    "respondent_email",
    "contact_email",
    "email",
    "e_mail",
    "courriel",
    "nom_du_repondant",
    "fonction",
    "phone",
    "telephone",
)

YEAR_MIN, YEAR_MAX = 2000, 2060


@dataclass(frozen=True)
class ExpectationSpec:
    """One expectation: a GX expectation type (snake_case), its kwargs and how much it matters.

    ``if_column_absent`` decides what happens when a column it needs is missing from the
    frame: ``"fail"`` (default) reports a clear failure, ``"skip"`` reports it as not evaluated
    (for columns the contract makes optional, e.g. ``priority_themes.lever_code``).
    """

    expectation: str
    kwargs: Mapping[str, Any]
    description: str
    blocking: bool
    if_column_absent: Literal["fail", "skip"] = "fail"

    @property
    def columns(self) -> tuple[str, ...]:
        """Columns the expectation reads (empty for table-level expectations)."""
        kw = self.kwargs
        if "column" in kw:
            return (kw["column"],)
        if "column_list" in kw:
            return tuple(kw["column_list"])
        if "column_A" in kw:
            return (kw["column_A"], kw["column_B"])
        return ()


@dataclass(frozen=True)
class SuiteSpec:
    """All expectations for one table, with a French description for the Dagster UI."""

    table: str
    description: str
    expectations: tuple[ExpectationSpec, ...] = field(default_factory=tuple)

    def subset(self, blocking: bool) -> SuiteSpec:
        """Only the blocking (or only the non-blocking) expectations."""
        return SuiteSpec(
            self.table,
            self.description,
            tuple(e for e in self.expectations if e.blocking is blocking),
        )


# ----------------------------------------------------------------------------- reference data


def _reference_codes(filename: str, candidates: tuple[str, ...]) -> tuple[str, ...] | None:
    """Codes from ``sources/reference/<filename>`` if that file exists (another module owns it)."""
    try:
        path = resources.files("sources").joinpath("reference", filename)
        if not path.is_file():
            return None
        rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    except (FileNotFoundError, ModuleNotFoundError, OSError):
        return None
    if not rows:
        return None
    column = next((c for c in candidates if c in rows[0]), None)
    if column is None:
        return None
    codes = tuple(sorted({(r[column] or "").strip() for r in rows} - {""}))
    return codes or None


@lru_cache(maxsize=1)
def region_codes() -> tuple[str, ...]:
    """The 18 INSEE region codes (reference CSV when present, else the built-in list)."""
    return _reference_codes("regions.csv", ("region_code", "code", "reg")) or _REGION_CODES


@lru_cache(maxsize=1)
def department_codes() -> tuple[str, ...]:
    """The 101 INSEE département codes (reference CSV when present, else the built-in list)."""
    found = _reference_codes(
        "departements.csv", ("department_code", "departement_code", "code", "dep")
    )
    return found or _DEPARTMENT_CODES


@lru_cache(maxsize=1)
def lever_codes(with_transverse: bool = True) -> tuple[str, ...]:
    """The 47 lever codes, plus the pseudo-lever ``transverse`` unless told otherwise."""
    from sources.reference import TRANSVERSE, levers

    codes = tuple(lever.code for lever in levers())
    return (*codes, TRANSVERSE) if with_transverse else codes


def thematic_codes() -> tuple[str, ...]:
    from sources.reference import THEMATICS

    return tuple(THEMATICS)


# ----------------------------------------------------------------------------- builders


def _e(expectation: str, description: str, blocking: bool, **kwargs: Any) -> ExpectationSpec:
    absent = kwargs.pop("if_column_absent", "fail")
    return ExpectationSpec(expectation, kwargs, description, blocking, absent)


def not_null(column: str, label: str, blocking: bool = True, **extra: Any) -> ExpectationSpec:
    return _e(
        "expect_column_values_to_not_be_null",
        f"{label} ({column}) toujours renseigné",
        blocking,
        column=column,
        **extra,
    )


def unique_key(columns: Iterable[str], label: str, blocking: bool = True) -> list[ExpectationSpec]:
    """Key columns not null and unique together (one expectation per column + one for the key)."""
    cols = list(columns)
    out = [not_null(c, f"Clé {label}", blocking) for c in cols]
    if len(cols) == 1:
        out.append(
            _e(
                "expect_column_values_to_be_unique",
                f"Clé {label} unique : {cols[0]}",
                blocking,
                column=cols[0],
            )
        )
    else:
        out.append(
            _e(
                "expect_compound_columns_to_be_unique",
                f"Clé {label} unique : ({', '.join(cols)})",
                blocking,
                column_list=cols,
            )
        )
    return out


def in_set(
    column: str, values: Iterable[str], description: str, blocking: bool = True, **extra: Any
) -> ExpectationSpec:
    return _e(
        "expect_column_values_to_be_in_set",
        description,
        blocking,
        column=column,
        value_set=list(values),
        **extra,
    )


def between(
    column: str,
    min_value: float | None,
    max_value: float | None,
    description: str,
    blocking: bool,
    **extra: Any,
) -> ExpectationSpec:
    return _e(
        "expect_column_values_to_be_between",
        description,
        blocking,
        column=column,
        min_value=min_value,
        max_value=max_value,
        **extra,
    )


def region_code(blocking: bool = True) -> list[ExpectationSpec]:
    return [
        not_null("region_code", "Code région", blocking),
        in_set("region_code", region_codes(), "Code région INSEE parmi les 18 régions", blocking),
    ]


def department_code() -> ExpectationSpec:
    return in_set(
        "department_code", department_codes(), "Code département INSEE parmi les 101 départements"
    )


def lever_code(with_transverse: bool = True, **extra: Any) -> ExpectationSpec:
    what = "47 leviers + « transverse »" if with_transverse else "47 leviers"
    return in_set(
        "lever_code",
        lever_codes(with_transverse),
        f"Code levier présent dans le référentiel ({what})",
        **extra,
    )


def years(*columns: str) -> list[ExpectationSpec]:
    return [
        between(c, YEAR_MIN, YEAR_MAX, f"Année {c} plausible ({YEAR_MIN}–{YEAR_MAX})", False)
        for c in columns
    ]


def year_order(start: str, end: str) -> ExpectationSpec:
    return _e(
        "expect_column_pair_values_a_to_be_greater_than_b",
        f"{end} postérieure ou égale à {start}",
        False,
        column_A=end,
        column_B=start,
        or_equal=True,
        ignore_row_if="either_value_is_missing",
    )


def amount(column: str, blocking: bool = True) -> ExpectationSpec:
    return between(column, 0, None, f"Montant {column} positif ou nul (euros)", blocking)


def count(column: str) -> ExpectationSpec:
    return between(column, 0, None, f"Effectif {column} positif ou nul", False)


def pct(column: str) -> ExpectationSpec:
    return between(column, 0, 100, f"Pourcentage {column} compris entre 0 et 100", True)


def page() -> ExpectationSpec:
    return between("page", 1, None, "Numéro de page (provenance) à partir de 1", False)


def provenance() -> ExpectationSpec:
    return not_null("source_file", "Fichier source (provenance)", blocking=False)


def rows_per_region(min_value: int | None, max_value: int | None) -> ExpectationSpec:
    if min_value is not None and max_value is not None:
        text = f"entre {min_value} et {max_value}"
    elif min_value is not None:
        text = f"au moins {min_value}"
    else:
        text = f"au plus {max_value}"
    return _e(
        ROWS_PER_GROUP,
        f"Nombre de lignes par région : {text}",
        False,
        column="region_code",
        min_value=min_value,
        max_value=max_value,
    )


def no_personal_data() -> ExpectationSpec:
    return _e(
        NO_FORBIDDEN_COLUMNS,
        "Aucune colonne de données personnelles (nom, fonction, courriel du répondant) publiée",
        True,
        column_set=list(PERSONAL_DATA_COLUMNS),
    )


def minimum_columns(columns: Iterable[str]) -> ExpectationSpec:
    return _e(
        "expect_table_columns_to_match_set",
        "Colonnes minimales du contrat de publication présentes",
        False,
        column_set=list(columns),
        exact_match=False,
    )


# ----------------------------------------------------------------------------- the suites

# Minimum columns of each published table (shared/spec/published_tables.md).
MINIMUM_COLUMNS: dict[str, tuple[str, ...]] = {
    "actions": (
        "action_id", "region_code", "territory_name", "plan_type", "axis",
        "strategic_objective_code", "strategic_objective", "action_code", "title", "context",
        "expected_results", "indicators", "target_audiences", "lever_code", "thematic",
        "total_budget_eur", "total_etp", "start_year", "end_year", "owners", "partners",
        "source_file", "source_sha256", "page",
    ),
    "action_steps": (
        "action_id", "step_no", "step", "description", "planning_label", "start_year",
        "end_year", "budget_label", "budget_eur", "funded", "internal", "etp", "owner",
        "partners", "source_file", "page",
    ),
    "referential_scores": (
        "region_code", "territory_name", "referential", "level", "code", "label",
        "parent_label", "points_remaining", "pct_done", "pct_programmed", "source_file", "page",
    ),
    "contract_targets": (
        "region_code", "territory_name", "contract_type", "domain", "label", "target_value",
        "unit", "priority", "lever_code", "period_start", "period_end", "source_file", "page",
    ),
    "questionnaire_responses": (
        "region_code", "department_code", "siren", "authority_name", "authority_type",
        "lever_code", "relevance_label", "relevance_score", "deployment_label",
        "deployment_score", "actions_text", "blockers_text", "needs_text",
        "exemplary_project_text", "submitted_on", "source_file",
    ),
    "lever_state_of_play": (
        "region_code", "scope", "department_code", "lever_code", "lever_label", "thematic",
        "n_recipients", "n_respondents", "response_rate", "mean_relevance", "pct_relevant",
        "mean_deployment", "pct_deploying", "n_actions", "n_territories_with_actions",
        "budget_eur", "n_blockers", "n_exemplary_projects", "family", "target_2030",
    ),
    "lever_families": (
        "region_code", "lever_code", "family", "relevance_axis", "deployment_axis", "rationale",
    ),
    # "lever_code or theme": neither is required on its own.
    "priority_themes": ("region_code", "rank", "title", "score", "rationale", "evidence"),
    "exemplary_projects": (
        "region_code", "lever_code", "title", "owner", "description", "source_file",
    ),
    "cop_action_candidates": (
        "region_code", "title", "lever_code", "priority_theme_rank", "owner", "other_actors",
        "maturity", "estimated_cost_eur", "calendar", "coherence_ok", "potential_ok",
        "progress_ok", "missing_fields", "source_file",
    ),
    "ingestion_report": (
        "source_file", "source_sha256", "detected_type", "status", "reason", "n_records",
    ),
}  # fmt: skip

INGESTION_STATUSES = ("loaded", "quarantined", "superseded")
FAMILIES = ("A", "B", "C")
SCOPES = ("region", "departement")
MATURITIES = ("Initié", "En conception", "À initier")


def _build(table: str) -> list[ExpectationSpec]:  # noqa: C901 - one branch per table, by design
    if table == "actions":
        return [
            *unique_key(["action_id"], "fiche action"),
            *region_code(),
            lever_code(),
            in_set("thematic", thematic_codes(), "Thématique France Nation Verte connue"),
            amount("total_budget_eur"),
            between("total_etp", 0, None, "ETP total positif ou nul", False),
            *years("start_year", "end_year"),
            year_order("start_year", "end_year"),
            not_null("title", "Intitulé de l'action", blocking=False),
            provenance(),
            page(),
        ]
    if table == "action_steps":
        return [
            *unique_key(["action_id", "step_no"], "étape d'action"),
            between("step_no", 1, None, "Numéro d'étape à partir de 1", False),
            amount("budget_eur"),
            between("etp", 0, None, "ETP de l'étape positif ou nul", False),
            *years("start_year", "end_year"),
            year_order("start_year", "end_year"),
            provenance(),
            page(),
        ]
    if table == "referential_scores":
        return [
            *region_code(),
            not_null("referential", "Référentiel"),
            in_set("referential", ("CAE", "ECI"), "Référentiel CAE (climat-air-énergie) ou ECI"),
            not_null("level", "Niveau"),
            in_set("level", ("axis", "sub_axis"), "Niveau « axis » ou « sub_axis »"),
            pct("pct_done"),
            pct("pct_programmed"),
            between("points_remaining", 0, None, "Points restants positifs ou nuls", False),
            not_null("label", "Libellé de l'axe", blocking=False),
            provenance(),
            page(),
        ]
    if table == "contract_targets":
        return [
            # target_id is the warehouse key; the published contract does not require it.
            not_null("target_id", "Clé objectif contractuel", if_column_absent="skip"),
            _e(
                "expect_column_values_to_be_unique",
                "Clé objectif contractuel unique : target_id",
                True,
                column="target_id",
                if_column_absent="skip",
            ),
            *region_code(),
            lever_code(),
            # Soft: a reduction target may be written as a negative number in a COT deck.
            between("target_value", 0, None, "Valeur cible positive ou nulle", False),
            *years("period_start", "period_end"),
            year_order("period_start", "period_end"),
            not_null("label", "Libellé de l'objectif", blocking=False),
            provenance(),
            page(),
        ]
    if table == "questionnaire_responses":
        return [
            *unique_key(["region_code", "siren", "lever_code"], "réponse (collectivité, levier)"),
            in_set("region_code", region_codes(), "Code région INSEE parmi les 18 régions"),
            lever_code(with_transverse=False),
            department_code(),
            _e(
                "expect_column_values_to_match_regex",
                "SIREN sur 9 chiffres",
                False,
                column="siren",
                regex=r"^\d{9}$",
            ),
            between("relevance_score", 0, 4, "Score de pertinence sur l'échelle 0–4", True),
            between("deployment_score", 0, 3, "Score de déploiement sur l'échelle 0–3", True),
        ]
    if table == "lever_state_of_play":
        return [
            # department_code is empty on region-scope rows: part of the key, never required.
            *(not_null(c, "Clé état des lieux") for c in ("region_code", "scope", "lever_code")),
            _e(
                "expect_compound_columns_to_be_unique",
                "Clé état des lieux unique : (region_code, scope, department_code, lever_code)",
                True,
                column_list=["region_code", "scope", "department_code", "lever_code"],
            ),
            in_set("region_code", region_codes(), "Code région INSEE parmi les 18 régions"),
            in_set("scope", SCOPES, "Périmètre « region » ou « departement »"),
            department_code(),
            lever_code(),
            between("response_rate", 0, 1, "Taux de réponse compris entre 0 et 1", True),
            between("mean_relevance", 0, 4, "Pertinence moyenne sur l'échelle 0–4", True),
            between("mean_deployment", 0, 3, "Déploiement moyen sur l'échelle 0–3", True),
            pct("pct_relevant"),
            pct("pct_deploying"),
            in_set("family", FAMILIES, "Famille de levier A, B ou C"),
            amount("budget_eur"),
            *(
                count(c)
                for c in (
                    "n_recipients",
                    "n_respondents",
                    "n_actions",
                    "n_territories_with_actions",
                    "n_blockers",
                    "n_exemplary_projects",
                )
            ),
            _e(
                "expect_column_pair_values_a_to_be_greater_than_b",
                "Pas plus de répondants que de destinataires",
                False,
                column_A="n_recipients",
                column_B="n_respondents",
                or_equal=True,
                ignore_row_if="either_value_is_missing",
            ),
            rows_per_region(47, None),
        ]
    if table == "lever_families":
        return [
            *unique_key(["region_code", "lever_code"], "famille (région, levier)"),
            in_set("region_code", region_codes(), "Code région INSEE parmi les 18 régions"),
            lever_code(),
            not_null("family", "Famille de levier"),
            in_set("family", FAMILIES, "Famille de levier A, B ou C"),
        ]
    if table == "priority_themes":
        return [
            *unique_key(["region_code", "rank"], "thème prioritaire (région, rang)"),
            in_set("region_code", region_codes(), "Code région INSEE parmi les 18 régions"),
            # 5–10 regional lever themes, then cross-cutting and département themes (issue 17)
            between("rank", 1, 40, "Rang du thème entre 1 et 40", False),
            # The contract allows `lever_code` or `theme`: a missing lever_code column is fine.
            lever_code(if_column_absent="skip"),
            not_null("title", "Intitulé du thème", blocking=False),
            not_null("rationale", "Justification chiffrée du thème", blocking=False),
            rows_per_region(5, 40),
        ]
    if table == "exemplary_projects":
        return [
            *region_code(),
            lever_code(),
            not_null("title", "Intitulé du projet exemplaire", blocking=False),
            provenance(),
        ]
    if table == "cop_action_candidates":
        return [
            *region_code(),
            lever_code(),
            amount("estimated_cost_eur"),
            # the rank of a regional or département theme of priority_themes (issue 17)
            between("priority_theme_rank", 1, 40, "Rang de thème prioritaire entre 1 et 40", False),
            in_set("maturity", MATURITIES, "Maturité : Initié, En conception ou À initier", False),
            not_null("title", "Intitulé de l'action candidate", blocking=False),
        ]
    if table == "ingestion_report":
        return [
            *unique_key(["region_code", "source_file"], "rapport d'ingestion (région, fichier)"),
            in_set("region_code", region_codes(), "Code région INSEE parmi les 18 régions"),
            not_null("status", "Statut d'ingestion"),
            in_set(
                "status",
                INGESTION_STATUSES,
                "Statut d'ingestion : loaded, quarantined ou superseded",
            ),
            count("n_records"),
            _e(
                "expect_column_values_to_match_regex",
                "Empreinte SHA-256 sur 64 caractères hexadécimaux",
                False,
                column="source_sha256",
                regex=r"^[0-9a-f]{64}$",
            ),
        ]
    raise KeyError(f"no quality suite for table {table!r}")


SUITE_DESCRIPTIONS: dict[str, str] = {
    "actions": "Fiches actions extraites des plans d'action (PCAET, COT…)",
    "action_steps": "Étapes de mise en œuvre des fiches actions",
    "referential_scores": "Scores d'avancement des référentiels CAE / ECI",
    "contract_targets": "Objectifs chiffrés des contrats (COT, COT TRI…)",
    "questionnaire_responses": "Réponses au questionnaire de pré-diagnostic (collectivité × levier)",
    "lever_state_of_play": "État des lieux par levier (région et départements)",
    "lever_families": "Familles de leviers A / B / C",
    "priority_themes": "Thèmes prioritaires de la région",
    "exemplary_projects": "Projets exemplaires à valoriser",
    "cop_action_candidates": "Actions candidates pour le plan de la COP",
    "ingestion_report": "Rapport d'ingestion des fichiers reçus",
}

TABLES: tuple[str, ...] = tuple(SUITE_DESCRIPTIONS)


@cache
def suite_for(table: str) -> SuiteSpec:
    """The suite of ``table``: its rules, then the publication rules shared by every table."""
    expectations = [*_build(table), no_personal_data(), minimum_columns(MINIMUM_COLUMNS[table])]
    return SuiteSpec(table, SUITE_DESCRIPTIONS[table], tuple(expectations))


def all_suites() -> dict[str, SuiteSpec]:
    """Every suite, keyed by table name."""
    return {table: suite_for(table) for table in TABLES}
