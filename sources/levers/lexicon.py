"""The compiled lexicon and its scores: idf-weighted phrases, longest match first, per field.

Neutral phrases consume their words without scoring; words of labels and targets too generic to
stand alone are left out of the derived vocabulary.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from sources.levers.families import _FAMILIES
from sources.levers.terms import _LEXICON
from sources.levers.text import _STOPWORDS, stem, tokens
from sources.reference import TRANSVERSE, Lever, levers
from sources.values import fold

TITLE_WEIGHT = 3.0  # a word in the title says more about the action than one in its context
BODY_WEIGHT = 1.0
STRENGTH_SCALE = 10.0  # score at which the absolute part of the confidence reaches 63 %


# Phrases that would otherwise leak words into a lever ("serre", "chaleur", "climat"...): they
# consume their tokens and score nothing.
_NEUTRAL = """
    gaz à effet de serre; effet de serre; émissions de gaz; émissions de GES; réduction des
    émissions; transition énergétique; transition écologique; développement durable;
    changement climatique; enjeux climat; énergie climat; climat air énergie; maîtrise de
    l'énergie; maîtrise de la consommation d'énergie; consommation d'énergie; consommations
    d'énergie; économie locale; acteurs économiques; développement économique
"""

# Words of labels and target texts too generic to stand alone as lever vocabulary.
_DERIVED_STOP = frozenset(
    stem(w)
    for w in fold(
        """
        changement changements pratiques gestion reduction usage utilisation ressource zones
        zone surface points noirs prioritaires grands sites top taux sobriete efficacite mise
        loi climat resilience produits besoin durable durables decarbone decarbones decarbonee
        decarbonees habitats habitat restauration naturels espaces agriculture energie
        transport batiments batiment vehicules vehicule rapport entre aujourd hui flotte part
        hausse baisse multiplication division passage moyenne an ans niveau actuel definition
        nationale venir pas cible non applicable defini cadre cre ensemble doublement
        stabilisation augmentation remplacement suppression alignement scenario ambitieux
        feuilles route volume volumes emissions ges consommation energetique objectif objectifs
        obligations legales respecte public publiques publics prives privees plus moins vs
        production produits dotees dote collective collectif accompagnees filieres filiere epci
        modele kilometres rythme identification indicateur europeen sensibles quantite augmenter
        doit pour dont sous demande construction panneaux commun particuliers thermiques legers
        moyen sols protection forte livree privees sur trafic matiere
        valorisation reseaux reseau ecologique especes espece nature naturelle mix projet
        projets distribution culture cultures mode modes collectivites compte secteur centre
        bourg approvisionnement exposition offre
        """
    ).split()
)

_PHRASE_SPLIT_RE = re.compile(r";")


def _entries(spec: str, scale: float = 1.0) -> Iterable[tuple[str, float]]:
    """``"vélo; mobilité douce@0.7"`` → ``("vélo", 1.0), ("mobilité douce", 0.7)``."""
    for raw in _PHRASE_SPLIT_RE.split(spec):
        text = " ".join(raw.split())
        if not text:
            continue
        weight = 1.0
        if "@" in text:
            text, _, num = text.rpartition("@")
            weight = float(num)
        yield text.strip(), weight * scale


@dataclass(frozen=True)
class _Lexicon:
    """Compiled lexicon: token n-gram → ``((lever, weight × idf × phrase bonus, display), ...)``."""

    index: dict[tuple[str, ...], tuple[tuple[str, float, str], ...]]
    starts: dict[str, int]  # first token of a key → length of the longest key it starts
    order: dict[str, int]
    defaults: frozenset[str]


_LETTERS_RE = re.compile(r"[^\W\d_]+")


def _content_words(text: str, min_len: int) -> list[str]:
    """Words of a reference text worth matching alone (accents kept for display)."""
    out = []
    for word in _LETTERS_RE.findall(text):
        key = fold(word)
        if len(key) >= min_len and key not in _STOPWORDS and stem(key) not in _DERIVED_STOP:
            out.append(word.lower())
    return out


def _derived_entries(lever: Lever) -> list[tuple[str, float]]:
    """Vocabulary read from the reference itself: label (phrase and words), theme, target."""
    out = [(lever.label, 1.0)]
    out += [(word, 0.5) for word in _content_words(lever.label, 3)]
    out += [(word, 0.3) for word in _content_words(lever.theme, 3)]
    if lever.target_2030:  # filled in from seed 004; extra, low-weight vocabulary
        out += [(word, 0.25) for word in _content_words(lever.target_2030, 4)]
    return out


@lru_cache(maxsize=4)
def _compile(reference: tuple[Lever, ...]) -> _Lexicon:
    """Merge hand-written, family and derived vocabulary; weight each entry by its idf."""
    codes = [lever.code for lever in reference] + [TRANSVERSE]
    known = set(codes)
    raw: dict[str, list[tuple[str, float]]] = defaultdict(list)
    for code, spec in _LEXICON.items():
        if code in known:
            raw[code].extend(_entries(spec))
    defaults = set()
    for members, default, spec in _FAMILIES.values():
        if default in known:
            defaults.add(default)
        for code in members:
            if code in known:
                raw[code].extend(_entries(spec))
    for lever in reference:
        raw[lever.code].extend(_derived_entries(lever))
    # per lever, keep the strongest weight of each token key (and its first display form)
    per_lever: dict[str, dict[tuple[str, ...], tuple[float, str]]] = {}
    for code in codes:
        terms: dict[tuple[str, ...], tuple[float, str]] = {}
        for display, weight in raw.get(code, []):
            key = tuple(tokens(display))
            if not key:
                continue
            if key not in terms or weight > terms[key][0]:
                terms[key] = (weight, terms[key][1] if key in terms else display)
        per_lever[code] = terms
    df: Counter[tuple[str, ...]] = Counter()
    for terms in per_lever.values():
        df.update(key for key, (weight, _) in terms.items() if weight > 0)
    n = len(codes)
    index: dict[tuple[str, ...], list[tuple[str, float, str]]] = defaultdict(list)
    for code in codes:
        for key, (weight, display) in per_lever[code].items():
            idf = math.log(1 + n / df[key]) if df[key] else 0.0
            bonus = min(1.0 + 0.5 * (len(key) - 1), 2.0)
            index[key].append((code, weight * idf * bonus, display))
    for display, _ in _entries(_NEUTRAL):
        key = tuple(tokens(display))
        if key and key not in index:
            index[key] = []
    starts: dict[str, int] = {}
    for key in index:
        starts[key[0]] = max(starts.get(key[0], 0), len(key))
    return _Lexicon(
        index={key: tuple(hits) for key, hits in index.items()},
        starts=starts,
        order={code: i for i, code in enumerate(codes)},
        defaults=frozenset(defaults),
    )


def _lexicon() -> _Lexicon:
    return _compile(levers())


def _matches(words: list[str], lexicon: _Lexicon) -> Counter[tuple[str, ...]]:
    """Lexicon phrases found in ``words``, a phrase inside a longer match not counted.

    ``pompe à chaleur`` hides ``chaleur``; overlapping phrases (``filière bois`` and
    ``bois énergie`` in "filière bois-énergie") both count.
    """
    found: Counter[tuple[str, ...]] = Counter()
    index, starts, size = lexicon.index, lexicon.starts, len(words)
    covered_to = 0  # end of the furthest-reaching match so far
    for i in range(size):
        longest = starts.get(words[i])
        if longest is None:
            continue
        for n in range(min(longest, size - i), 0, -1):
            key = tuple(words[i : i + n])
            if key in index:
                if i + n > covered_to:
                    found[key] += 1
                    covered_to = i + n
                break
    return found


def _scores(
    title: str, body: str, lexicon: _Lexicon
) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """Score per lever and, per lever, the contribution of each matched term."""
    scores: dict[str, float] = defaultdict(float)
    terms: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for text, field_weight in ((title, TITLE_WEIGHT), (body, BODY_WEIGHT)):
        for key, count in _matches(tokens(text), lexicon).items():
            saturation = 1.0 + math.log(count)  # repeating a word adds less and less
            for code, weight, display in lexicon.index[key]:
                value = weight * field_weight * saturation
                scores[code] += value
                terms[code][display] += value
    return scores, terms


def _confidence(best: float, second: float) -> float:
    """Absolute evidence × margin over the runner-up, in [0, 1]."""
    strength = 1.0 - math.exp(-best / STRENGTH_SCALE)
    margin = (best - second) / best if best > 0 else 0.0
    return round(max(0.0, min(1.0, strength * (0.35 + 0.65 * margin))), 3)


def lexicon_scores(title: str, body: str = "") -> dict[str, float]:
    """Lexicon score of every lever with evidence in ``title`` / ``body`` (for tools, training)."""
    scores, _ = _scores(title or "", body or "", _lexicon())
    return dict(scores)
