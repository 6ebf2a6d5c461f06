"""Tolerant header matching: find a table's columns by folded synonyms, anywhere in the top rows.

Columns may be renamed, reordered or deleted and the header may sit under title rows; each field
lists the phrases that name it (see shared/spec/questionnaire.md).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sources.spreadsheet import Sheet
from sources.values import fold

HEADER_SEARCH_ROWS = 15


# --------------------------------------------------------------------------- tolerant headers

LEVER_COLUMNS: dict[str, tuple[str, ...]] = {
    "code": (
        "code levier",
        "code du levier",
        "code",
        "id levier",
        "identifiant levier",
        "ref levier",
    ),
    "theme": ("theme", "thematique", "secteur", "domaine", "theme sgpe"),
    "label": (
        "levier",
        "leviers",
        "libelle levier",
        "libelle du levier",
        "intitule du levier",
        "nom du levier",
        "levier d action",
        "levier sgpe",
        "libelle",
    ),
    "relevance": (
        "pertinence de l action territoriale",
        "pertinence",
        "pertinence territoriale",
        "niveau de pertinence",
        "pertinence pour le territoire",
        "pertinence de l action",
        "enjeu pour le territoire",
    ),
    "deployment": (
        "actions engagees",
        "action engagee",
        "actions engagees ?",
        "actions deja engagees",
        "deploiement",
        "niveau de deploiement",
        "etat d engagement",
        "engagement",
        "niveau d engagement",
        "mise en oeuvre",
        "actions en cours",
    ),
    "actions": (
        "actions menees ou prevues",
        "actions menees",
        "actions prevues",
        "actions menees prevues",
        "description des actions",
        "actions realisees ou prevues",
        "detail des actions",
    ),
    "blockers": (
        "freins et verrous",
        "freins",
        "verrous",
        "freins verrous",
        "difficultes",
        "obstacles",
        "freins rencontres",
    ),
    "needs": (
        "besoins d accompagnement",
        "besoins",
        "besoin d accompagnement",
        "accompagnement",
        "besoins d appui",
        "accompagnement souhaite",
    ),
    "exemplary": (
        "projet exemplaire a valoriser",
        "projet exemplaire",
        "projets exemplaires",
        "projets exemplaires a valoriser",
        "projet a valoriser",
        "exemple a valoriser",
    ),
}

PROJECT_COLUMNS: dict[str, tuple[str, ...]] = {
    "title": (
        "intitule",
        "intitule du projet",
        "titre",
        "titre du projet",
        "nom du projet",
        "projet",
        "intitule de l action",
        "action",
    ),
    "lever": ("code levier", "levier", "levier sgpe", "code du levier"),
    "description": ("description", "descriptif", "description du projet", "objet"),
    "owner": (
        "porteur",
        "porteur du projet",
        "maitre d ouvrage",
        "maitrise d ouvrage",
        "pilote",
        "porteur de projet",
    ),
    "partners": ("partenaires", "partenaire", "partenaires associes", "autres acteurs"),
    "cost": (
        "cout estime",
        "cout estime €",
        "cout estime euros",
        "cout",
        "budget",
        "montant",
        "cout previsionnel",
        "budget estime",
    ),
    "calendar": (
        "calendrier",
        "echeance",
        "echeancier",
        "planning",
        "calendrier previsionnel",
        "dates",
        "periode",
    ),
    "maturity": ("maturite", "etat d avancement", "avancement", "stade", "niveau de maturite"),
    "funding": (
        "financement obtenu",
        "financement",
        "financements obtenus",
        "financement acquis",
        "financements",
    ),
    "engineering": (
        "besoins d ingenierie",
        "besoins en ingenierie",
        "ingenierie",
        "besoin d ingenierie",
    ),
    "indicators": ("indicateurs de suivi", "indicateurs", "indicateur", "indicateurs de resultat"),
}

IDENTIFICATION_LABELS: dict[str, tuple[str, ...]] = {
    "authority_name": (
        "collectivite",
        "nom de la collectivite",
        "collectivite territoriale",
        "nom collectivite",
        "structure",
        "nom de la structure",
        "organisme",
        "denomination",
        "raison sociale",
    ),
    "authority_type": (
        "type de collectivite",
        "type",
        "nature de la collectivite",
        "categorie",
        "type de structure",
    ),
    "siren": (
        "siren",
        "n siren",
        "numero siren",
        "no siren",
        "siren de la collectivite",
        "siret",
        "n siret",
        "numero siret",
    ),
    "department": (
        "departement",
        "dept",
        "code departement",
        "n departement",
        "departement code insee",
    ),
    "region": ("region", "code region"),
    "respondent_name": (
        "nom du repondant",
        "repondant",
        "nom et prenom",
        "nom prenom",
        "nom prenom du repondant",
        "personne referente",
        "referent",
        "contact",
        "nom du referent",
        "redacteur",
    ),
    "respondent_function": ("fonction", "fonction du repondant", "poste", "qualite", "service"),
    "respondent_email": (
        "courriel",
        "email",
        "e mail",
        "mail",
        "adresse electronique",
        "adresse mail",
        "courriel du repondant",
        "mel",
        "contact e mail",
        "contact email",
        "contact mail",
        "courriel de contact",
    ),
    "submitted_on": (
        "date de reponse",
        "date",
        "date de saisie",
        "date de remplissage",
        "date de la reponse",
        "fait le",
        "le",
    ),
}


def _header_score(cell: object, synonyms: Iterable[str]) -> int:
    text = fold(cell) if isinstance(cell, str) else ""
    if not text or len(text) > 120:
        return 0
    best = 0
    for synonym in synonyms:
        if text == synonym:
            best = max(best, 1000 + len(synonym))
        elif text.startswith(synonym + " "):
            best = max(best, 500 + len(synonym))
        elif len(synonym) >= 5 and f" {synonym} " in f" {text} ":
            best = max(best, 100 + len(synonym))
    return best


def match_header(row: Sequence[object], spec: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """Field → 0-based column for one candidate header row (each column used once)."""
    pairs = []
    for col, cell in enumerate(row):
        for name, synonyms in spec.items():
            score = _header_score(cell, synonyms)
            if score:
                pairs.append((-score, col, name))
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for _, col, name in sorted(pairs):
        if name not in mapping and col not in used:
            mapping[name] = col
            used.add(col)
    return mapping


def find_header(
    sheet: Sheet,
    spec: dict[str, tuple[str, ...]],
    required: Sequence[Sequence[str]],
    max_rows: int = HEADER_SEARCH_ROWS,
) -> tuple[int, dict[str, int]] | None:
    """Best header row among the first rows: (1-based row, mapping) or ``None``.

    ``required`` is a list of alternatives groups: each group needs one of its fields.
    """
    best: tuple[int, dict[str, int]] | None = None
    for index, row in enumerate(sheet.rows[:max_rows], start=1):
        mapping = match_header(row, spec)
        if not all(any(name in mapping for name in group) for group in required):
            continue
        if best is None or len(mapping) > len(best[1]):
            best = (index, mapping)
    return best


_LEVER_REQUIRED = (("label", "code"), ("relevance", "deployment"))
_PROJECT_REQUIRED = (("title",), ("description", "owner", "cost", "maturity", "lever", "funding"))
