"""Answer scales of the lever sheet: canonical labels, scores, and the typed answers they absorb.

An answer typed instead of picked (« plutôt oui », « je ne sais pas », « oui ») is mapped to the
canonical scale by folded synonyms and keywords; anything else is kept as text and flagged.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sources.values import fold, one_line

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
