"""A web page's disclosure label printed at the head of every description (« En savoir plus »).

A page that folds each step's description into an ``<details>`` element, printed with the
elements open, prints the summary — « En savoir plus », « Voir le détail », « Lire la suite » —
at the head of every description cell: a button's label, not the plan's words. When most
descriptions of a document (three at least, four in five) open with one such phrase, it is
taken off them, and the document says so (French, ``info``); one description opening so is
left as written.
"""

from __future__ import annotations

import re

from sources.records import ParseIssue, StepRecord
from sources.values import fold

# folded (:func:`sources.values.fold`): lower case, no accents, apostrophes as spaces
_PHRASES = (
    "en savoir plus",
    "voir plus",
    "lire la suite",
    "afficher plus",
    "afficher le detail",
    "afficher les details",
    "voir le detail",
    "voir les details",
    "plus de details",
    "plus d informations",
    "details",
)
_MIN, _SHARE = 3, 0.8


def _opens(text: str, phrase: str) -> bool:
    folded = fold(text)
    return folded == phrase or folded.startswith(phrase + " ")


def without_disclosure_labels(steps: list[StepRecord]) -> ParseIssue | None:
    """Take a disclosure label off the descriptions it opens (see the module); the issue
    saying so, or None when no label opens most of them."""
    described = [s for s in steps if s.description]
    if len(described) < _MIN:
        return None
    for phrase in _PHRASES:
        hits = [s for s in described if _opens(s.description or "", phrase)]
        if len(hits) < _MIN or len(hits) < _SHARE * len(described):
            continue
        words = len(phrase.split())
        label = " ".join((hits[0].description or "").split()[:words])
        for step in hits:
            text = step.description or ""
            rest = re.split(r"\s+", text.strip(), maxsplit=words)
            step.description = rest[words].strip() if len(rest) > words else None
        return ParseIssue(
            "info",
            f"Libellé d'affichage « {label} » (bouton d'une page web) retiré du début de "
            f"{len(hits)} descriptifs d'étapes",
            page=hits[0].page,
        )
    return None
