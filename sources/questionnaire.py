"""Read returned pre-diagnostic questionnaires (contract: shared/spec/questionnaire.md).

Files come back from hundreds of authorities, filled in by hand: title rows above the header,
columns renamed, reordered or deleted, answers typed instead of picked, sheets renamed or
hidden, CSV exports. The reader therefore finds everything by content (tolerant header and
label matching through :func:`sources.values.fold`), normalises answers to the canonical
scales, and never drops what it does not understand: unknown answers are kept as text, flagged
and reported as :class:`ParseIssue`. Only a file that is not a questionnaire at all, or cannot
be opened, raises :class:`InputRejected`.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from sources.errors import InputRejected
from sources.records import (
    AnswerRecord,
    Identification,
    ParseIssue,
    ProjectRecord,
    QuestionnaireDocument,
)
from sources.reference import (  # noqa: F401  (re-exported for callers of the reader)
    Lever,
    departements_of_region,
    lever_by_code,
    lever_by_folded_label,
    levers,
    normalize_department_code,
    normalize_region_code,
)
from sources.spreadsheet import (
    Sheet,
    Workbook,
    column_letter,
    excel_serial_to_date,
    load_workbook,
)
from sources.values import (
    clean_siren,
    fold,
    normalize_text,
    one_line,
    parse_french_number,
    siren_is_valid,
    split_list,
    strip_accents,
)

HEADER_SEARCH_ROWS = 15
N_LEVERS = 47

# --------------------------------------------------------------------------- scales

RELEVANCE_SCORES: dict[str, int | None] = {
    "Très forte": 4,
    "Forte": 3,
    "Moyenne": 2,
    "Faible": 1,
    "Nulle": 0,
    "Ne sait pas": None,
}
DEPLOYMENT_SCORES: dict[str, int | None] = {
    "Oui, à grande échelle": 3,
    "Oui, ponctuellement": 2,
    "En projet": 1,
    "Non": 0,
    "Ne sait pas": None,
}
AUTHORITY_TYPES = ("Commune", "EPCI", "Département", "Région", "Syndicat", "PNR", "Autre")
MATURITIES = ("Initié", "En conception", "À initier")
FUNDING = ("Oui", "Non", "Partiel")

UNKNOWN_FLAG = "réponse non reconnue, conservée telle quelle"
PLAIN_YES_FLAG = "« oui » sans précision, lu « Oui, ponctuellement »"
GUESSED_FLAG = "réponse interprétée"

_DONT_KNOW = (
    "ne sait pas",
    "nsp",
    "ne sais pas",
    "je ne sais pas",
    "ne se prononce pas",
    "nspp",
    "ns",
    "inconnu",
    "inconnue",
    "sans avis",
    "nc ne sait pas",
)
_NOT_CONCERNED = (
    "non concerne",
    "non concernee",
    "pas concerne",
    "pas concernee",
    "sans objet",
    "non applicable",
    "na",
    "n a",
    "nc",
    "non pertinent",
    "non pertinente",
    "pas pertinent",
    "hors competence",
)
_RELEVANCE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "Très forte": (
        "tres forte",
        "tres fort",
        "tres elevee",
        "tres eleve",
        "tres importante",
        "tres important",
        "majeure",
        "majeur",
        "tres forte pertinence",
    ),
    "Forte": ("forte", "fort", "elevee", "eleve", "importante", "important", "forte pertinence"),
    "Moyenne": ("moyenne", "moyen", "moderee", "modere", "moyennement", "intermediaire"),
    "Faible": (
        "faible",
        "faibles",
        "peu",
        "peu pertinent",
        "peu pertinente",
        "limitee",
        "limite",
        "basse",
        "bas",
    ),
    "Nulle": ("nulle", "nul", "aucune", "aucun", *_NOT_CONCERNED),
    "Ne sait pas": _DONT_KNOW,
}
_DEPLOYMENT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "Oui, à grande échelle": (
        "oui a grande echelle",
        "a grande echelle",
        "grande echelle",
        "oui grande echelle",
        "oui largement",
        "largement",
        "oui generalise",
        "generalise",
        "oui massivement",
    ),
    "Oui, ponctuellement": (
        "oui ponctuellement",
        "ponctuellement",
        "oui ponctuel",
        "ponctuel",
        "oui ponctuelles",
        "oui quelques actions",
        "quelques actions",
        "oui partiellement",
        "partiellement",
    ),
    "En projet": (
        "en projet",
        "projet",
        "oui en projet",
        "prevu",
        "prevue",
        "prevues",
        "prevus",
        "en preparation",
        "a l etude",
        "en reflexion",
        "envisage",
        "envisagee",
        "programme",
        "programmee",
    ),
    "Non": (
        "non",
        "no",
        "aucune",
        "aucune action",
        "pas d action",
        "pas encore",
        "rien",
        "non engage",
        "non engagees",
        *_NOT_CONCERNED,
    ),
    "Ne sait pas": _DONT_KNOW,
}
_PLAIN_YES = ("oui", "yes", "o", "ok", "oui engage", "oui engagees", "engage", "engagees")
# keyword fallbacks (word starts), most specific first
_RELEVANCE_KEYWORDS = (
    ("tres fort", "Très forte"),
    ("ne sait", "Ne sait pas"),
    ("non concern", "Nulle"),
    ("fort", "Forte"),
    ("moyen", "Moyenne"),
    ("faibl", "Faible"),
    ("nul", "Nulle"),
)
_DEPLOYMENT_KEYWORDS = (
    ("grande echelle", "Oui, à grande échelle"),
    ("ne sait", "Ne sait pas"),
    ("ponctuel", "Oui, ponctuellement"),
    ("en projet", "En projet"),
    ("prevu", "En projet"),
    ("envisag", "En projet"),
)


@dataclass(frozen=True)
class ScaleAnswer:
    """A normalised drop-down answer; ``note`` explains an interpretation (for an issue)."""

    label: str | None
    score: int | None
    flag: str | None = None
    note: str | None = None
    severity: str = "info"


def _scale_lookup(synonyms: dict[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for canonical, words in synonyms.items():
        table[fold(canonical)] = canonical
        for word in words:
            table.setdefault(word, canonical)
    return table


_RELEVANCE_TABLE = _scale_lookup(_RELEVANCE_SYNONYMS)
_DEPLOYMENT_TABLE = _scale_lookup(_DEPLOYMENT_SYNONYMS)


def _normalize_scale(
    value: object,
    scores: dict[str, int | None],
    table: dict[str, str],
    keywords: Sequence[tuple[str, str]],
    plain_yes: str | None,
) -> ScaleAnswer:
    raw = one_line(value)
    if raw is None:
        return ScaleAnswer(None, None)
    if raw in scores:
        return ScaleAnswer(raw, scores[raw])
    key = fold(raw)
    if not key:
        if raw.strip() in ("?", "??", "???"):
            return ScaleAnswer("Ne sait pas", None, note=f"« {raw} » lu « Ne sait pas »")
        return ScaleAnswer(None, None)  # "-", "/", "." : no answer
    stripped = re.sub(r"\s*\d+$", "", re.sub(r"^\d+\s*", "", key)).strip()
    for candidate in (key, stripped):
        if candidate and candidate in table:
            canonical = table[candidate]
            note = None if key == fold(canonical) else f"« {raw} » lu « {canonical} »"
            return ScaleAnswer(canonical, scores[canonical], note=note)
    if plain_yes is not None and (key in _PLAIN_YES or stripped in _PLAIN_YES):
        return ScaleAnswer(
            plain_yes,
            scores[plain_yes],
            flag=PLAIN_YES_FLAG,
            note=f"« {raw} » sans précision d'échelle : lu « {plain_yes} »",
            severity="warning",
        )
    if stripped:
        hits = {canon for word, canon in keywords if re.search(rf"\b{word}", stripped)}
        first = next((canon for word, canon in keywords if re.search(rf"\b{word}", stripped)), None)
        if first is not None and (
            len(hits) == 1 or first in ("Très forte", "Oui, à grande échelle")
        ):
            return ScaleAnswer(
                first,
                scores[first],
                flag=GUESSED_FLAG,
                note=f"« {raw} » interprété comme « {first} »",
                severity="warning",
            )
    return ScaleAnswer(raw, None, flag=UNKNOWN_FLAG, severity="warning")


def normalize_relevance(value: object) -> ScaleAnswer:
    """Relevance answer → canonical label + score 0-4 (``Ne sait pas``/unknown → None)."""
    return _normalize_scale(value, RELEVANCE_SCORES, _RELEVANCE_TABLE, _RELEVANCE_KEYWORDS, None)


def normalize_deployment(value: object) -> ScaleAnswer:
    """Deployment answer → canonical label + score 0-3.

    A plain ``oui`` says something is done but not at what scale: it is read as the cautious
    ``Oui, ponctuellement`` (score 2) and flagged, rather than dropped or over-rated.
    """
    return _normalize_scale(
        value, DEPLOYMENT_SCORES, _DEPLOYMENT_TABLE, _DEPLOYMENT_KEYWORDS, "Oui, ponctuellement"
    )


# --------------------------------------------------------------------------- small parsers

_FRENCH_MONTHS = {
    "janvier": 1,
    "janv": 1,
    "fevrier": 2,
    "fevr": 2,
    "fev": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "decembre": 12,
    "dec": 12,
}


def parse_date(value: object) -> dt.date | None:
    """Date from a cell: date/datetime, Excel serial, ``12/03/2024``, ``2024-03-12``, ``12 mars 2024``."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float):
        return excel_serial_to_date(float(value))
    text = one_line(value)
    if not text:
        return None
    try:
        match = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", text)
        if match:
            return dt.date(int(match[1]), int(match[2]), int(match[3]))
        match = re.search(r"\b(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})\b", text)
        if match:
            year = int(match[3])
            year += 2000 if year < 100 else 0
            return dt.date(year, int(match[2]), int(match[1]))
        folded = fold(text)
        match = re.search(r"\b(\d{1,2})(?:er)? ([a-z]+) (\d{4})\b", folded)
        if match and match[2] in _FRENCH_MONTHS:
            return dt.date(int(match[3]), _FRENCH_MONTHS[match[2]], int(match[1]))
    except ValueError:
        return None
    if re.fullmatch(r"\d{5}(\.\d+)?", text):
        return excel_serial_to_date(float(text))
    return None


_MULTIPLIERS = (
    (r"milliards?|mds?\b|md€|mrd", 1e9),
    (r"millions?|m€|meur|m\b|mio", 1e6),
    (r"k€|keur|k\b|ke\b|mille\b|milliers?", 1e3),
)


def parse_cost(value: object) -> float | None:
    """Euro amount: numbers pass, ``15 k€`` → 15000, ``1,2 M€`` → 1.2e6, ``15 000 € HT``."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    number = parse_french_number(value)
    if number is None:
        return None
    text = strip_accents(one_line(value) or "").lower()
    match = re.search(r"\d[\d\s\u00a0\u202f.,]*\s*(.*)$", text)
    tail = match.group(1) if match else ""
    for pattern, factor in _MULTIPLIERS:
        if re.match(rf"\s*(?:{pattern})", tail):
            return number * factor
    return number


def normalize_authority_type(value: object) -> str | None:
    text = one_line(value)
    if not text:
        return None
    key = fold(text)
    table = (
        (("commune", "mairie", "ville", "municipalite", "commune nouvelle"), "Commune"),
        (
            (
                "epci",
                "communaute de communes",
                "communaute d agglomeration",
                "communaute urbaine",
                "metropole",
                "cc",
                "ca",
                "cu",
                "intercommunalite",
                "interco",
                "agglomeration",
            ),
            "EPCI",
        ),
        (("departement", "conseil departemental", "cd", "collectivite europeenne"), "Département"),
        (("region", "conseil regional", "collectivite territoriale unique"), "Région"),
        (
            (
                "syndicat",
                "syndicat mixte",
                "sivu",
                "sivom",
                "sm",
                "petr",
                "pays",
                "syndicat intercommunal",
            ),
            "Syndicat",
        ),
        (("pnr", "parc naturel regional", "parc naturel", "parc"), "PNR"),
        (("autre", "autres"), "Autre"),
    )
    for words, canonical in table:
        if key in words or key == fold(canonical):
            return canonical
    for words, canonical in table:
        if any(len(word) > 3 and key.startswith(word + " ") for word in words):
            return canonical
    return None


def authority_type_from_name(name: str | None) -> str | None:
    key = fold(name)
    rules = (
        (r"^(commune|mairie|ville) ", "Commune"),
        (r"^(communaute (de communes|d agglomeration|urbaine)|metropole|cc |ca |cu )", "EPCI"),
        (r"^(departement|conseil departemental)", "Département"),
        (r"^(region|conseil regional)", "Région"),
        (r"^(syndicat|sivom|sivu|sm |petr|pole d equilibre)", "Syndicat"),
        (r"^(parc naturel regional|pnr )", "PNR"),
    )
    for pattern, canonical in rules:
        if re.match(pattern, key):
            return canonical
    return None


_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


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


# --------------------------------------------------------------------------- lever lookup

_STOPWORDS = {
    "de",
    "des",
    "du",
    "la",
    "le",
    "les",
    "l",
    "d",
    "et",
    "a",
    "en",
    "dans",
    "sur",
    "au",
    "aux",
    "pour",
}


def _tokens(text: str) -> set[str]:
    return {re.sub(r"(s|x)$", "", word) for word in text.split() if word not in _STOPWORDS}


@lru_cache(maxsize=1)
def _lever_index() -> tuple[dict[str, Lever], list[tuple[Lever, str, set[str]]]]:
    from sources.lever_crosswalk import codes_for_2025, levers_2025

    by_code = {fold(lever.code): lever for lever in levers()}
    entries = [(lever, fold(lever.label), _tokens(fold(lever.label))) for lever in levers()]
    for name in levers_2025():  # 2025 SGPE names, for near misses of either list
        codes = codes_for_2025(name)
        if codes:
            lever = lever_by_code()[codes[0]]
            entries.append((lever, fold(name), _tokens(fold(name))))
    return by_code, entries


@dataclass(frozen=True)
class LeverMatch:
    """Result of a lever lookup; ``note`` is set when the match needs a steward's eye."""

    lever: Lever | None
    how: str  # code | label | label_2025 | fuzzy | ambiguous | none
    note: str | None = None


def resolve_lever(code: object = None, label: object = None, theme: object = None) -> LeverMatch:
    """Find a lever from its code, else its label (fold-exact, then fuzzy with difflib).

    The theme, when given, narrows fuzzy candidates (``Sobriété et isolation des bâtiments``
    exists for housing and for offices). Ambiguous labels are not guessed.
    """
    by_code, entries = _lever_index()
    code_text = one_line(code)
    if code_text:
        lever = lever_by_code().get(code_text.strip()) or by_code.get(fold(code_text))
        if lever:
            return LeverMatch(lever, "code")
    label_text = one_line(label) or (code_text if code_text and "." not in code_text else None)
    if not label_text:
        return LeverMatch(
            None, "none", f"code levier inconnu « {code_text} »" if code_text else None
        )
    key = fold(label_text)
    exact = lever_by_folded_label().get(key)
    if exact:
        note = (
            f"code levier inconnu « {code_text} » : levier reconnu par son libellé"
            if code_text
            else None
        )
        return LeverMatch(exact, "label", note)
    named_2025 = _resolve_2025_label(label_text, theme)
    if named_2025 is not None:
        return named_2025
    theme_key = fold(theme)
    candidates = [e for e in entries if theme_key and fold(e[0].theme) == theme_key] or entries
    tokens = _tokens(key)
    scored = []
    for lever, folded, lever_tokens in candidates:
        ratio = difflib.SequenceMatcher(None, key, folded).ratio()
        union = tokens | lever_tokens
        jaccard = len(tokens & lever_tokens) / len(union) if union else 0.0
        contained = (
            0.8 * len(tokens & lever_tokens) / len(lever_tokens)
            if tokens and tokens <= lever_tokens and len(key) >= 5
            else 0.0
        )
        scored.append((max(ratio, jaccard, contained), lever))
    best_per_lever: dict[str, tuple[float, Lever]] = {}
    for score, lever in scored:  # a lever has two names (seed 004, 2025): keep its best
        if lever.code not in best_per_lever or score > best_per_lever[lever.code][0]:
            best_per_lever[lever.code] = (score, lever)
    scored = list(best_per_lever.values())
    scored.sort(key=lambda item: -item[0])
    best_score, best = scored[0]
    second_score = scored[1][0] if len(scored) > 1 else 0.0
    if best_score >= 0.72 and best_score - second_score >= 0.08:
        return LeverMatch(
            best, "fuzzy", f"libellé « {label_text} » rapproché du levier « {best.label} »"
        )
    if best_score >= 0.6:
        close = [lever.label for score, lever in scored if best_score - score < 0.08][:3]
        if len(close) > 1:
            return LeverMatch(
                None,
                "ambiguous",
                "libellé de levier ambigu : " + " / ".join(f"« {c} »" for c in close),
            )
    return LeverMatch(None, "none", f"libellé de levier non reconnu « {label_text} »")


def _resolve_2025_label(label_text: str, theme: object = None) -> LeverMatch | None:
    """Lever named with the SGPE list of March 2025 (crosswalk), ``None`` if no such name.

    A 2025 lever covering several codes gives its primary code (the theme, when given, may
    pick another) with a note; one outside the 47 levers (« Nucléaire »…) is reported.
    """
    from sources.lever_crosswalk import codes_for_2025

    codes = codes_for_2025(label_text)
    if codes is None:
        return None
    if not codes:
        return LeverMatch(
            None,
            "none",
            f"levier 2025 « {label_text} » hors des 47 leviers du référentiel (non couvert)",
        )
    by_code = lever_by_code()
    theme_key = fold(theme)
    chosen = next((c for c in codes if theme_key and fold(by_code[c].theme) == theme_key), codes[0])
    lever = by_code[chosen]
    note = None
    if len(codes) > 1:
        others = ", ".join(f"« {by_code[c].label} »" for c in codes if c != chosen)
        note = (
            f"levier 2025 « {label_text} » rattaché au levier « {lever.label} » "
            f"(il recouvre aussi {others})"
        )
    return LeverMatch(lever, "label_2025", note)


# --------------------------------------------------------------------------- reading helpers


def _cell(row: Sequence[object], col: int | None) -> object:
    if col is None or col >= len(row):
        return None
    return row[col]


def is_empty_cell(value: object) -> bool:
    """Blank for a reader: ``None`` or whitespace only."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: object) -> str | None:
    """Cell as cleaned text: dates in French format, ``12.0`` → ``12`` (floats from Excel)."""
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return normalize_text(value)


def _short(value: object) -> str | None:
    text = one_line(cell_text(value) if not isinstance(value, str) else value)
    return None if text is None else text[:200]


def _find_lever_sheet(workbook: Workbook) -> tuple[Sheet, int, dict[str, int]] | None:
    best = None
    for index, sheet in enumerate(workbook.sheets):
        found = find_header(sheet, LEVER_COLUMNS, _LEVER_REQUIRED)
        if not found:
            continue
        named = bool(workbook.sheets_named("Leviers")) and sheet in workbook.sheets_named("Leviers")
        n_rows = sum(1 for row in sheet.rows[found[0] :] if any(not is_empty_cell(v) for v in row))
        key = (len(found[1]), not sheet.hidden, named, min(n_rows, N_LEVERS), -index)
        if best is None or key > best[0]:
            best = (key, sheet, found)
    if best is None:
        return None
    _, sheet, (row, mapping) = best
    return sheet, row, mapping


def _read_answers(
    sheet: Sheet, header_row: int, mapping: dict[str, int], issues: list[ParseIssue]
) -> list[AnswerRecord]:
    header = sheet.rows[header_row - 1]

    def column_name(field_name: str) -> str:
        col = mapping.get(field_name)
        if col is None:
            return field_name
        return one_line(_cell(header, col)) or column_letter(col + 1)

    themes = {fold(lever.theme) for lever in levers()}
    by_lever: dict[str, AnswerRecord] = {}
    for row_no in range(header_row + 1, len(sheet.rows) + 1):
        row = sheet.rows[row_no - 1]
        get = {name: _cell(row, col) for name, col in mapping.items()}
        answer_fields = ("relevance", "deployment", "actions", "blockers", "needs", "exemplary")
        has_answer = any(not is_empty_cell(get.get(name)) for name in answer_fields)
        code, label, theme = get.get("code"), get.get("label"), get.get("theme")
        if is_empty_cell(code) and is_empty_cell(label):
            if has_answer:
                issues.append(
                    ParseIssue(
                        "warning",
                        "réponse sans levier (ni code ni libellé) : ligne ignorée",
                        sheet=sheet.name,
                        row=row_no,
                        value=_short(next(v for v in row if not is_empty_cell(v))),
                    )
                )
            continue
        match = resolve_lever(code, label, theme)
        if match.lever is None:
            if not has_answer and fold(label or code) in themes | {fold(h) for h in header if h}:
                continue  # theme section row or repeated header
            issues.append(
                ParseIssue(
                    "warning" if has_answer else "info",
                    (match.note or "levier non reconnu")
                    + (" : réponse ignorée" if has_answer else " : ligne ignorée"),
                    sheet=sheet.name,
                    row=row_no,
                    column=column_name("label" if not is_empty_cell(label) else "code"),
                    value=_short(label if not is_empty_cell(label) else code),
                )
            )
            continue
        if match.note:
            issues.append(
                ParseIssue(
                    "info" if match.how in ("label", "label_2025") else "warning",
                    match.note,
                    sheet=sheet.name,
                    row=row_no,
                    column=column_name("label"),
                    value=_short(label),
                )
            )
        relevance = normalize_relevance(cell_text(get.get("relevance")))
        deployment = normalize_deployment(cell_text(get.get("deployment")))
        for answer, field_name, what in (
            (relevance, "relevance", "pertinence"),
            (deployment, "deployment", "actions engagées"),
        ):
            if answer.flag == UNKNOWN_FLAG:
                issues.append(
                    ParseIssue(
                        "warning",
                        f"réponse « {answer.label} » non reconnue ({what}) : conservée telle quelle, sans score",
                        sheet=sheet.name,
                        row=row_no,
                        column=column_name(field_name),
                        value=_short(answer.label),
                    )
                )
            elif answer.note:
                issues.append(
                    ParseIssue(
                        answer.severity,
                        f"{what} : {answer.note}",
                        sheet=sheet.name,
                        row=row_no,
                        column=column_name(field_name),
                        value=_short(get.get(field_name)),
                    )
                )
        record = AnswerRecord(
            lever_code=match.lever.code,
            relevance_label=relevance.label,
            relevance_score=relevance.score,
            relevance_flag=relevance.flag,
            deployment_label=deployment.label,
            deployment_score=deployment.score,
            deployment_flag=deployment.flag,
            actions_text=cell_text(get.get("actions")),
            blockers_text=cell_text(get.get("blockers")),
            needs_text=cell_text(get.get("needs")),
            exemplary_project_text=cell_text(get.get("exemplary")),
            row=row_no,
        )
        previous = by_lever.pop(match.lever.code, None)
        if previous is not None:
            issues.append(
                ParseIssue(
                    "warning",
                    f"levier « {match.lever.label} » renseigné deux fois (lignes {previous.row} "
                    f"et {row_no}) : la dernière ligne est retenue",
                    sheet=sheet.name,
                    row=row_no,
                )
            )
        by_lever[match.lever.code] = record
    return sorted(by_lever.values(), key=lambda record: record.row)


def _identification_pairs(rows: Sequence[Sequence[object]]) -> dict[str, tuple[object, int, int]]:
    """Field → (value, 1-based row, 1-based column of the value) from label/value rows."""
    found: dict[str, tuple[object, int, int]] = {}
    for row_no, row in enumerate(rows, start=1):
        start = next((i for i, v in enumerate(row) if not is_empty_cell(v)), None)
        if start is None or not isinstance(row[start], str):
            continue
        raw_label = row[start]
        label_part, inline_value = raw_label, None
        if ":" in raw_label and not fold(raw_label.split(":", 1)[1]).startswith("//"):
            label_part, inline_value = raw_label.split(":", 1)
        key = fold(label_part)
        if not key or len(key) > 60:
            continue
        field_name, best = None, 0
        for name, synonyms in IDENTIFICATION_LABELS.items():
            for synonym in synonyms:
                score = (
                    1000 + len(synonym)
                    if key == synonym
                    else (
                        500 + len(synonym)
                        if key.startswith(synonym + " ") and len(synonym) > 2
                        else 0
                    )
                )
                if score > best:
                    field_name, best = name, score
        if field_name is None:
            continue
        value, col = None, None
        for index in range(start + 1, len(row)):
            if not is_empty_cell(row[index]):
                value, col = row[index], index + 1
                break
        if value is None and inline_value is not None and inline_value.strip():
            value, col = inline_value.strip(), start + 1
        if field_name not in found or (found[field_name][0] is None and value is not None):
            found[field_name] = (value, row_no, col or start + 2)
    return found


def _identification_from_header(
    rows: Sequence[Sequence[object]],
) -> dict[str, tuple[object, int, int]]:
    """Transposed layout: labels as a header row, values in the row below."""
    for row_no, row in enumerate(rows[:HEADER_SEARCH_ROWS], start=1):
        mapping = match_header(row, IDENTIFICATION_LABELS)
        if len(mapping) >= 3 and row_no < len(rows):
            values = rows[row_no]
            return {
                name: (_cell(values, col), row_no + 1, col + 1) for name, col in mapping.items()
            }
    return {}


def _read_identification(
    workbook: Workbook,
    lever_sheet: Sheet | None,
    header_row: int | None,
    issues: list[ParseIssue],
) -> Identification:
    best: tuple[tuple[int, bool, bool], Sheet, dict[str, tuple[object, int, int]]] | None = None
    named = workbook.sheets_named("Identification")
    for sheet in workbook.sheets:
        if sheet is lever_sheet:
            continue
        pairs = _identification_pairs(sheet.rows[:60])
        if len(pairs) < 2:
            pairs = _identification_from_header(sheet.rows) or pairs
        key = (len(pairs), sheet in named, not sheet.hidden)
        if pairs and (best is None or key > best[0]):
            best = (key, sheet, pairs)
    if best is None and lever_sheet is not None and header_row and header_row > 1:
        pairs = _identification_pairs(lever_sheet.rows[: header_row - 1])
        if pairs:
            best = ((len(pairs), False, True), lever_sheet, pairs)
    if best is None:
        return Identification(None, None, None, False, None, None, None, None, None, None)
    _, sheet, pairs = best

    def raw(name: str) -> object:
        return pairs[name][0] if name in pairs else None

    def issue(severity: str, message: str, name: str) -> None:
        value, row, col = pairs[name]
        issues.append(
            ParseIssue(
                severity,
                message,
                sheet=sheet.name,
                row=row,
                column=column_letter(col),
                value=_short(value),
            )
        )

    name = one_line(cell_text(raw("authority_name")))
    authority_type = None
    if not is_empty_cell(raw("authority_type")):
        authority_type = normalize_authority_type(raw("authority_type"))
        if authority_type is None:
            authority_type = one_line(cell_text(raw("authority_type")))
            issue(
                "warning", "type de collectivité non reconnu : conservé tel quel", "authority_type"
            )
    elif name and (guess := authority_type_from_name(name)):
        authority_type = guess
    siren = clean_siren(raw("siren")) if not is_empty_cell(raw("siren")) else None
    if siren and len(siren) == 14:
        issue("info", "SIRET saisi : les 9 premiers chiffres forment le SIREN", "siren")
        siren = siren[:9]
    valid = siren_is_valid(siren) if siren and len(siren) == 9 else False
    if siren and not valid:
        issue(
            "warning",
            "SIREN invalide (9 chiffres et clé de contrôle attendus) : conservé mais signalé",
            "siren",
        )
    elif not is_empty_cell(raw("siren")) and not siren:
        issue("warning", "SIREN illisible (aucun chiffre)", "siren")
    department = None
    if not is_empty_cell(raw("department")):
        department = normalize_department_code(raw("department"))
        if department is None:
            issue("warning", "département non reconnu (code INSEE ou nom attendu)", "department")
    region = None
    if not is_empty_cell(raw("region")):
        region = normalize_region_code(raw("region"))
        if region is None:
            issue("warning", "région non reconnue (code INSEE ou nom attendu)", "region")
    email = one_line(cell_text(raw("respondent_email")))
    if email:
        email = re.sub(r"^mailto:", "", email, flags=re.I).strip()
        if not _EMAIL_RE.match(email):
            issue(
                "warning", "courriel du répondant mal formé : conservé tel quel", "respondent_email"
            )
    submitted = None
    if not is_empty_cell(raw("submitted_on")):
        submitted = parse_date(raw("submitted_on"))
        if submitted is None:
            issue(
                "warning", "date de réponse illisible (format JJ/MM/AAAA attendu)", "submitted_on"
            )
    return Identification(
        authority_name=name,
        authority_type=authority_type,
        siren=siren,
        siren_valid=valid,
        department_code=department,
        region_code=region,
        respondent_name=one_line(cell_text(raw("respondent_name"))),
        respondent_function=one_line(cell_text(raw("respondent_function"))),
        respondent_email=email,
        submitted_on=submitted,
    )


def _normalize_choice(
    value: object, choices: Sequence[str], synonyms: dict[str, str]
) -> tuple[str | None, bool]:
    text = one_line(cell_text(value))
    if not text:
        return None, True
    key = fold(text)
    for choice in choices:
        if key == fold(choice):
            return choice, True
    if key in synonyms:
        return synonyms[key], True
    return text, False


_MATURITY_SYNONYMS = {
    "initie": "Initié",
    "engage": "Initié",
    "en cours": "Initié",
    "demarre": "Initié",
    "lance": "Initié",
    "conception": "En conception",
    "en etude": "En conception",
    "etude": "En conception",
    "en preparation": "En conception",
    "a initier": "À initier",
    "a lancer": "À initier",
    "idee": "À initier",
    "non demarre": "À initier",
    "a engager": "À initier",
}
_FUNDING_SYNONYMS = {
    "oui": "Oui",
    "o": "Oui",
    "obtenu": "Oui",
    "acquis": "Oui",
    "non": "Non",
    "n": "Non",
    "aucun": "Non",
    "partiel": "Partiel",
    "partiellement": "Partiel",
    "en partie": "Partiel",
    "oui partiellement": "Partiel",
}


def _find_project_sheet(
    workbook: Workbook, lever_sheet: Sheet | None
) -> tuple[Sheet, int, dict[str, int]] | None:
    named = workbook.sheets_named("Projets")
    best = None
    for index, sheet in enumerate(workbook.sheets):
        if sheet is lever_sheet:
            continue
        found = find_header(sheet, PROJECT_COLUMNS, _PROJECT_REQUIRED)
        if not found:
            continue
        key = (sheet in named, len(found[1]), -index)
        if best is None or key > best[0]:
            best = (key, sheet, found)
    if best is None:
        return None
    _, sheet, (row, mapping) = best
    return sheet, row, mapping


def _read_projects(
    sheet: Sheet, header_row: int, mapping: dict[str, int], issues: list[ParseIssue]
) -> list[ProjectRecord]:
    projects: list[ProjectRecord] = []
    header = sheet.rows[header_row - 1]
    for row_no in range(header_row + 1, len(sheet.rows) + 1):
        row = sheet.rows[row_no - 1]
        get = {name: _cell(row, col) for name, col in mapping.items()}
        if all(is_empty_cell(value) for value in get.values()):
            continue

        def where(name: str, row_no: int = row_no, get: dict = get) -> dict[str, object]:
            col = mapping.get(name)
            header_name = one_line(_cell(header, col)) if col is not None else None
            return {
                "sheet": sheet.name,
                "row": row_no,
                "column": header_name,
                "value": _short(get.get(name)),
            }

        title = one_line(cell_text(get.get("title")))
        if not title:
            description = one_line(cell_text(get.get("description")))
            title = (description[:80] if description else None) or "Projet sans intitulé"
            issues.append(
                ParseIssue("warning", "projet sans intitulé : titre reconstitué", **where("title"))
            )
        lever_code = None
        if not is_empty_cell(get.get("lever")):
            match = resolve_lever(get.get("lever"), get.get("lever"))
            if match.lever:
                lever_code = match.lever.code
                if match.how == "label_2025" and match.note:  # one 2025 lever, several codes
                    issues.append(ParseIssue("info", f"projet : {match.note}", **where("lever")))
            else:
                issues.append(
                    ParseIssue(
                        "warning",
                        f"projet : {match.note or 'levier non reconnu'}",
                        **where("lever"),
                    )
                )
        cost = None
        if not is_empty_cell(get.get("cost")):
            cost = parse_cost(get.get("cost"))
            if cost is None:
                issues.append(
                    ParseIssue("warning", "coût estimé illisible : ignoré", **where("cost"))
                )
        maturity, ok = _normalize_choice(get.get("maturity"), MATURITIES, _MATURITY_SYNONYMS)
        if not ok:
            issues.append(
                ParseIssue(
                    "warning",
                    "maturité non reconnue (Initié, En conception, À initier) : conservée telle quelle",
                    **where("maturity"),
                )
            )
        funding, ok = _normalize_choice(get.get("funding"), FUNDING, _FUNDING_SYNONYMS)
        if not ok:
            issues.append(
                ParseIssue(
                    "warning",
                    "financement obtenu non reconnu (Oui, Non, Partiel) : conservé tel quel",
                    **where("funding"),
                )
            )
        projects.append(
            ProjectRecord(
                title=title,
                lever_code=lever_code,
                description=cell_text(get.get("description")),
                owner=one_line(cell_text(get.get("owner"))),
                partners=split_list(cell_text(get.get("partners")), ",;\n/+"),
                estimated_cost_eur=cost,
                calendar=one_line(cell_text(get.get("calendar"))),
                maturity=maturity,
                funding_obtained=funding,
                engineering_needs=cell_text(get.get("engineering")),
                indicators=cell_text(get.get("indicators")),
                row=row_no,
            )
        )
    return projects


_FILENAME_NOISE = {
    "questionnaire",
    "questionnaires",
    "prediagnostic",
    "pre",
    "diagnostic",
    "cop",
    "leviers",
    "levier",
    "export",
    "reponse",
    "reponses",
    "csv",
    "final",
    "finale",
    "def",
    "definitif",
    "copie",
    "version",
    "rempli",
    "complete",
    "xlsx",
    "sgpe",
}


def authority_name_from_filename(filename: str) -> str | None:
    """``questionnaire_CC_du_Val_de_Lys_leviers.csv`` → ``CC du Val de Lys`` (best effort)."""
    stem = re.sub(r"\.[A-Za-z0-9]{1,5}$", "", filename.rsplit("/", 1)[-1])
    words = [w for w in re.split(r"[_\s]+|(?<=\w)-(?=\d)", stem) if w]
    kept = [
        w
        for w in words
        if fold(w) not in _FILENAME_NOISE
        and not re.fullmatch(r"v\d+|\d{4,8}|\d{1,2}", fold(w) or "0")
    ]
    while kept and fold(kept[0]) in {"de", "du", "des", "la", "le", "d", "l"}:
        kept.pop(0)
    name = " ".join(kept).strip(" -")
    return name or None


# --------------------------------------------------------------------------- public API

NOT_A_QUESTIONNAIRE = (
    "ce n'est pas un questionnaire de pré-diagnostic : aucune feuille « Leviers » reconnaissable "
    "(en-têtes Levier / Pertinence / Actions engagées) ni feuille « Projets »"
)


def looks_like_questionnaire(data: bytes, filename: str) -> bool:
    """Cheap content check for the type detector: is there a lever table (or Projets + Identification)?

    Raises :class:`InputRejected` when the file cannot be opened at all (corrupt, encrypted,
    zip bomb): the detector routes such files to the reader, which quarantines them with the reason.
    """
    workbook = load_workbook(data, filename)
    if _find_lever_sheet(workbook) is not None:
        return True
    project = _find_project_sheet(workbook, None)
    if project is None:
        return False
    return any(len(_identification_pairs(sheet.rows[:60])) >= 3 for sheet in workbook.sheets)


def read_questionnaire(data: bytes, filename: str) -> QuestionnaireDocument:
    """Read one returned questionnaire (xlsx, xlsm, xls, or CSV export of ``Leviers``).

    Raises :class:`InputRejected` (French reason) for unreadable files and files that are not
    questionnaires; everything else is read, with problems listed in ``issues``.
    """
    workbook = load_workbook(data, filename)
    issues: list[ParseIssue] = list(workbook.issues)
    lever = _find_lever_sheet(workbook)
    lever_sheet, header_row = (lever[0], lever[1]) if lever else (None, None)
    project = _find_project_sheet(workbook, lever_sheet)
    identification_ok = any(
        len(_identification_pairs(sheet.rows[:60])) >= 3 for sheet in workbook.sheets
    )
    if lever is None and not (project and identification_ok):
        raise InputRejected(NOT_A_QUESTIONNAIRE, "not_a_questionnaire")
    answers: list[AnswerRecord] = []
    if lever is not None:
        sheet, row, mapping = lever
        if fold(sheet.name) != "leviers" and workbook.file_format != "csv":
            issues.append(
                ParseIssue(
                    "info", f"leviers lus dans la feuille « {sheet.name} »", sheet=sheet.name
                )
            )
        if sheet.hidden:
            issues.append(
                ParseIssue(
                    "warning",
                    "la feuille des leviers est masquée : lue quand même",
                    sheet=sheet.name,
                )
            )
        if row > 1:
            issues.append(
                ParseIssue(
                    "info", f"ligne d'en-tête trouvée en ligne {row}", sheet=sheet.name, row=row
                )
            )
        if "code" not in mapping:
            issues.append(
                ParseIssue(
                    "info",
                    "colonne « Code levier » absente : leviers reconnus par leur libellé",
                    sheet=sheet.name,
                    row=row,
                )
            )
        for name, label in (
            ("relevance", "Pertinence de l'action territoriale"),
            ("deployment", "Actions engagées"),
        ):
            if name not in mapping:
                issues.append(
                    ParseIssue(
                        "warning", f"colonne « {label} » introuvable", sheet=sheet.name, row=row
                    )
                )
        answers = _read_answers(sheet, row, mapping, issues)
        if answers and len(answers) < N_LEVERS:
            issues.append(
                ParseIssue(
                    "info",
                    f"{len(answers)} leviers sur {N_LEVERS} présents dans le fichier",
                    sheet=sheet.name,
                )
            )
    else:
        issues.append(
            ParseIssue("warning", "pas de feuille « Leviers » : seuls les projets sont lus")
        )
    if workbook.file_format == "csv":
        identification = Identification(None, None, None, False, None, None, None, None, None, None)
        identification.authority_name = authority_name_from_filename(filename)
        issues.append(
            ParseIssue(
                "warning",
                "export CSV sans identification : la collectivité sera reconnue par le nom du "
                f"fichier ou rejetée (nom déduit : « {identification.authority_name or '—'} »)",
            )
        )
    else:
        identification = _read_identification(workbook, lever_sheet, header_row, issues)
        if not identification.authority_name and not identification.siren:
            issues.append(
                ParseIssue(
                    "warning", "feuille Identification vide ou introuvable : ni nom ni SIREN"
                )
            )
    projects = _read_projects(*project, issues) if project else []
    return QuestionnaireDocument(identification, answers, projects, issues, workbook.file_format)


def check_questionnaire(
    data: bytes, filename: str
) -> tuple[QuestionnaireDocument | None, list[ParseIssue]]:
    """Like :func:`read_questionnaire` but never raises: a rejection becomes an ``error`` issue."""
    try:
        document = read_questionnaire(data, filename)
    except InputRejected as exc:
        return None, [ParseIssue("error", exc.reason)]
    except Exception as exc:  # noqa: BLE001 - a checker must answer, whatever the file
        return None, [ParseIssue("error", f"fichier illisible : {type(exc).__name__}")]
    return document, list(document.issues)


_SEVERITY_FR = {"error": "ERREUR", "warning": "attention", "info": "info"}


def format_issues_fr(issues: Iterable[ParseIssue]) -> str:
    """One French line per problem: where (sheet, row, column), the value, and why."""
    lines = []
    for issue in issues:
        where = []
        if issue.sheet:
            where.append(f"feuille « {issue.sheet} »")
        if issue.row is not None:
            where.append(f"ligne {issue.row}")
        if issue.column:
            where.append(f"colonne « {issue.column} »")
        if issue.page is not None:
            where.append(f"page {issue.page}")
        text = f"[{_SEVERITY_FR.get(issue.severity, issue.severity)}] "
        if where:
            text += ", ".join(where) + " : "
        if issue.value:
            text += f"valeur « {issue.value} » — "
        lines.append(text + issue.message)
    return "\n".join(lines)
