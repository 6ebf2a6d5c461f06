"""Does a PDF's text look like a COT deck rather than an action plan (cue scores)?"""

from __future__ import annotations

import re

from sources.values import fold

_COT_CUES: list[tuple[str, float]] = [
    (r"contrats? d ?objectifs? territoria", 0.4),
    (r"\bcot\b", 0.2),
    (r"\bcot (tri|enr|climat)\b", 0.15),
    (r"points restants", 0.15),
    (r"% ?realise", 0.1),
    (r"% ?programme", 0.05),
    (r"objectifs? contractuels?", 0.2),
    (r"referentiel", 0.05),
    (r"climat air energie", 0.1),
    (r"economie circulaire", 0.05),
    (r"\baudit\b", 0.05),
    (r"orientations? strategiques?", 0.05),
]
_PLAN_CUES: list[tuple[str, float]] = [
    (r"\bfiche\b", 0.25),
    (r"modalites de mise en (oe|o)uvre", 0.3),
    (r"porteur", 0.05),
    (r"partenaires envisages", 0.1),
]


def looks_like_cot(text: str) -> float:
    """0..1 likelihood that ``text`` (first pages of a PDF) comes from a COT deck.

    Content cues only (file names lie); action-plan cues ("FICHE", "Modalités de mise en
    oeuvre") pull the score down so the detector can tell both kinds of PDF apart.
    """
    folded = fold(text)
    if not folded:
        return 0.0
    score = sum(weight for pattern, weight in _COT_CUES if re.search(pattern, folded))
    score -= sum(weight for pattern, weight in _PLAN_CUES if re.search(pattern, folded))
    return max(0.0, min(1.0, score))
