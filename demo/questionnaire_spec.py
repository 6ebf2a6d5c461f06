"""Content of one returned questionnaire (:class:`QuestionnaireSpec`) and of its messiness.

The field names the writer knows, the relabelled headers real files carry, and the
:class:`Messiness` switches (formats, layouts, typos) that :mod:`demo.questionnaire_writer`
applies.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

LEVER_FIELDS = (
    "code",
    "theme",
    "label",
    "relevance",
    "deployment",
    "actions",
    "blockers",
    "needs",
    "exemplary",
)
PROJECT_FIELDS = (
    "title",
    "lever",
    "description",
    "owner",
    "partners",
    "cost",
    "calendar",
    "maturity",
    "funding",
    "engineering",
    "indicators",
)
IDENTIFICATION_FIELDS = (
    "authority_name",
    "authority_type",
    "siren",
    "department",
    "region",
    "respondent_name",
    "respondent_function",
    "respondent_email",
    "submitted_on",
)
RELABELLED_HEADERS = {
    "code": "CODE LEVIER",
    "theme": "Thématique",
    "label": "Levier SGPE",
    "relevance": "PERTINENCE de l'action\nterritoriale",
    "deployment": "Actions engagées ?",
    "actions": "Actions  menées / prévues",
    "blockers": "Freins",
    "needs": "Besoins d’accompagnement",
    "exemplary": "Projets exemplaires",
}


@dataclass
class Messiness:
    """How a returned file departs from the canonical layout (all off = canonical)."""

    title_rows: int = 0  # title lines above the Leviers header
    drop_code: bool = False  # "Code levier" column deleted
    empty_code: bool = False  # column kept, codes erased
    reorder: bool = False  # columns in another order
    relabel: bool = False  # headers retyped (case, accents, line breaks, synonyms)
    extra_columns: bool = False  # "N°" and "Commentaire" columns added
    typed_answers: bool = False  # answers typed instead of picked
    siren_style: str = "text"  # text | spaces | float
    department_style: str = "code"  # code | name | paren | lower | number
    hidden_identification: bool = False  # Identification sheet hidden (still to be read)
    lever_sheet_name: str = "Leviers"
    formulas: bool = False  # formulas with cached values
    formula_without_value: bool = False  # a formula saved without its cached value
    merged_cells: bool = False  # merged title and theme cells
    empty_rows: bool = False  # blank rows between themes
    file_format: str = "xlsx"  # xlsx | xlsm | csv | csv-cp1252


@dataclass
class QuestionnaireSpec:
    """Content of one returned questionnaire, as typed by the respondent."""

    identification: dict[str, Any]
    answers: list[dict[str, Any]]  # keys among LEVER_FIELDS; "code" required
    projects: list[dict[str, Any]] = field(default_factory=list)
    messiness: Messiness = field(default_factory=Messiness)
