"""Map an action (title + body) or a contractual target to one of the 47 SGPE levers.

A steward override table always wins. Otherwise a transparent scoring classifier decides: text is
folded (accents, case), elisions and stopwords dropped and words lightly stemmed (plural, common
French suffixes), then matched against a per-lever lexicon of phrases (a phrase inside a longer
matched phrase does not count: "pompe à chaleur" hides "chaleur"). The lexicon is general
planning vocabulary, built from the lever label, its theme, its 2030 target text when present,
and hand-written synonyms. Each hit weighs ``weight × idf × phrase bonus × field weight``
where idf is computed over the lexicon (a word shared by many levers, like "déchets", counts
less than "biodéchets") and title hits count more than body hits. ``transverse`` competes with
its own vocabulary (governance, observatory, procurement, air quality, adaptation...) and is
also the fallback, with source ``default``, when no lever gathers enough evidence.

Everything is pure Python and deterministic; the compiled lexicon is cached.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from sources.levers.lexicon import (
    _LETTERS_RE,
    _confidence,
    _Lexicon,
    _lexicon,
    _scores,
    lexicon_scores,
)
from sources.levers.linear import NO_SECTOR, LinearSectorModel, features, sector_model
from sources.levers.text import _LIGATURES, _STOPWORDS, _fold, stem, tokens
from sources.reference import TRANSVERSE, lever_by_code, levers

SOURCE_OVERRIDE = "override"
SOURCE_CLASSIFIER = "classifier"
SOURCE_DEFAULT = "default"

# Below this best score the evidence is too thin (about one mid-weight word in the title, or one
# specific word in the body): transverse by default.
MIN_SCORE = 3.6
MAX_TERMS = 8


@dataclass(frozen=True)
class LeverMatch:
    """Result of :func:`classify`: the lever and why it was chosen."""

    lever_code: str
    confidence: float
    matched_terms: tuple[str, ...]
    source: str


# Sector model (sources.levers.linear) × lexicon. The model gives P(sector | title), the lexicon's
# per-sector scores being among its features; the lever is the lexicon's best inside the most
# likely sector, else that sector's usual lever. A lever belongs to one or more sectors
# (sources/reference/ademe_sector_levers.csv), so P(the lever is in the action's sector) is the
# sum of the probabilities of its sectors (its "mass", shown as the confidence). Below
# MIN_LEVER_MASS the action stays transverse (abstention: such a guess would too often be
# another sector's lever). Strong lexicon evidence is trusted as is.
STRONG_SCORE = 20.0  # lexicon score above which the lexicon alone decides
MIN_LEVER_MASS = 0.6  # chosen by cross-validation by plan on the tuning part (train script --cv)
BODY_WORDS = 0  # description words given to the model (0: only through the lexicon)
LEXICON_LEAD = 1.2  # the lexicon's favourite must lead the model's choice this much
FAVOURITE_MASS = 0.5  # same theme as the model's choice: half the mass floor is enough
FALLBACK_SCORE = 14.0  # model unsure: a lexicon lever scoring this much still counts
TOPIC_GUARD = 0.75  # below this mass, a title naming a no-lever topic stays transverse (CV)
# The lexicon's strong favourite (≥ FALLBACK_SCORE) against a model choice the lexicon does not
# name at all (a lever picked only because it is shared by several likely sectors): the same
# half floor as for a lever of the same theme (seed-001 sheet « économie circulaire » → biogaz).
BARE_RIVAL_MASS = FAVOURITE_MASS
# The model learnt from titles only. When the description turns the lexicon's reading to
# governance (``transverse`` first, at least this many times the lever's score), the lever found
# through the sector model rests on incidental words of the description: no lever (seed-001
# sheet « Mener une réflexion autour de la démarche PLUiHD », a body about steering and training
# that mentions cycling). Title-only inputs (the ADEME titles) are never concerned.
BODY_MODE_RATIO = 2.0
# A lever neither named by the lexicon nor the most likely sector's usual lever, chosen only
# because it belongs to several likely sectors (pooled mass), needs this mass: « Action 3 : à
# définir » (no evidence at all) got a building lever at 0.61 once lever scores became model
# features. 0.65 is the smallest of 0.65 / 0.7 / 0.75 that keeps such titles transverse
# (cross-validation by plan: in sector −1.2, other sector −0.2 point).
BARE_MASS = 0.65


# Transverse vocabulary is of two kinds. Some names a *topic* with no lever (air quality,
# adaptation, procurement…): the action stays transverse. The rest says *how* (govern,
# communicate, train, a charter, a strategy): such an action about one lever's subject goes to
# that lever, unless the topic part outweighs it or several subjects are mixed.
_TRANSVERSE_MODES = frozenset(
    """
    gouvernance; pilotage; comité de pilotage; suivi et évaluation; animation du plan climat;
    plan climat; PCAET; exemplarité; sensibilisation; sensibiliser; communication; communiquer;
    éducation; formation; former; information; informer; charte; stratégie; feuille de route;
    référents; données; mobilisation des acteurs; concertation; participation citoyenne;
    observatoire; observatoires; innovation; recherche
    """.replace("\n", " ").split("; ")
)
_TRANSVERSE_MODES = frozenset(" ".join(m.split()) for m in _TRANSVERSE_MODES)
SUBJECT_MARGIN = 2.0  # the subject lever must lead other themes' levers this much


def _rank(
    scores: Mapping[str, float],
    lexicon: _Lexicon,
    topic: float | None = None,
) -> list[tuple[str, float]]:
    """Levers by score; a well-evidenced subject lever goes before a "how" ``transverse``.

    ``topic``: the part of the transverse score coming from topic vocabulary (all of it when
    unknown).
    """
    ranked = _sorted(scores, lexicon)
    if len(ranked) > 1 and ranked[0][0] == TRANSVERSE:
        subject = ranked[1]
        theme = _theme(subject[0])
        rival = max((v for c, v in ranked[2:] if _theme(c) != theme), default=0.0)
        if (
            subject[1] >= MIN_SCORE
            and (ranked[0][1] if topic is None else topic) < subject[1]
            and subject[1] >= SUBJECT_MARGIN * rival  # one subject, not a mix of several
        ):
            ranked = [subject, ranked[0], *ranked[2:]]
    return ranked


def _topic_score(terms: Mapping[str, Mapping[str, float]]) -> float:
    """Transverse score from topic (not "how") vocabulary."""
    return sum(
        value
        for display, value in terms.get(TRANSVERSE, {}).items()
        if " ".join(display.split()) not in _TRANSVERSE_MODES
    )


def _theme(code: str) -> str:
    lever = lever_by_code().get(code)
    return lever.theme if lever else code


def _sorted(scores: Mapping[str, float], lexicon: _Lexicon) -> list[tuple[str, float]]:
    return sorted(
        scores.items(),
        key=lambda item: (
            -round(item[1], 9),
            item[0] not in lexicon.defaults,
            lexicon.order[item[0]],
        ),
    )


def sector_lexicon(scores: Mapping[str, float]) -> dict[str, float]:
    """Best lexicon score of each model sector's levers (``NO_SECTOR``: the transverse score),
    and each lever's own score under its code."""
    from sources.levers.sectors import model_sector, sector_levers

    out: dict[str, float] = {}
    for sector, codes in sector_levers().items():
        if codes:
            key = model_sector(sector)
            out[key] = max([out.get(key, 0.0)] + [scores.get(c, 0.0) for c in codes])
    out[NO_SECTOR] = scores.get(TRANSVERSE, 0.0)
    # each lever's own score too (keys are lever codes, never a sector name): the model learns
    # which sectors real authors file a lever's vocabulary under (cross-validation: +0.6 point)
    out.update((code, value) for code, value in scores.items() if code != TRANSVERSE)
    return {k: v for k, v in out.items() if v > 0}


def model_features(
    title: str, body: str = "", scores: Mapping[str, float] | None = None
) -> dict[str, float]:
    """Features of :mod:`sources.levers.linear` for an action.

    The model learnt from titles alone: a description reaches it through the lexicon's scores
    (``scores``, computed on title + description when absent) and, weighted down, its words,
    scaled so that a long description does not outweigh the title.
    """
    if scores is None:
        scores = lexicon_scores(title, body)
    words = tokens(title)
    extra = tokens(body)[:BODY_WORDS] if body else None
    return features(words, sector_lexicon(scores), extra)


@lru_cache(maxsize=1)
def _label_keys() -> dict[tuple[str, ...], str]:
    """Folded, stemmed words of each lever label → its code (a label names its lever)."""
    return {tuple(tokens(lever.label)): lever.code for lever in levers()}


@lru_cache(maxsize=1)
def _sector_lever_codes() -> dict[str, frozenset[str]]:
    """Model sector → its lever codes."""
    out: dict[str, set[str]] = defaultdict(set)
    for code, sectors in _lever_model_sectors().items():
        for sector in sectors:
            out[sector].add(code)
    return {sector: frozenset(codes) for sector, codes in out.items()}


@lru_cache(maxsize=1)
def _lever_model_sectors() -> dict[str, tuple[str, ...]]:
    """Lever code → the model sectors it belongs to."""
    from sources.levers.sectors import model_sector, sector_levers

    out: dict[str, dict[str, None]] = defaultdict(dict)
    for sector, codes in sector_levers().items():
        for code in codes:
            out[code][model_sector(sector)] = None
    return {code: tuple(sorted(sectors)) for code, sectors in out.items()}


def _from_sector(
    title: str,
    body: str,
    scores: Mapping[str, float],
    lexicon: _Lexicon,
    model: LinearSectorModel,
    topic: float = 0.0,
    mode: float = 0.0,
) -> tuple[str, float, tuple[str, ...]] | None:
    """(lever, its mass, model words) chosen through the sector model; ``None``: abstain.

    ``topic``: the lexicon's score of no-lever topics; ``mode``: its ``transverse`` score when
    it ranks ``transverse`` first (title + description), else 0.
    """
    values = model_features(title, body, scores)
    posterior, known = model.posterior(values)
    if not known:
        return None
    top_sector = max(
        sorted(s for s in posterior if s != NO_SECTOR), key=posterior.__getitem__, default=None
    )
    default = model.default_lever.get(top_sector or "")
    top_levers = _sector_lever_codes().get(top_sector or "", frozenset())
    ranked = []
    for code, sectors in _lever_model_sectors().items():
        if code not in lexicon.order:
            continue
        mass = sum(posterior.get(s, 0.0) for s in sectors)
        # the most likely sector's levers first: its lexicon's best, else its usual lever
        key = (code not in top_levers, -round(scores.get(code, 0.0), 9), code != default, -mass)
        ranked.append((key, code, mass))
    ranked.sort()
    # when that lever is not likely enough, a lever shared by several likely sectors may be; one
    # the lexicon does not name at all (nor the usual lever) needs more mass (BARE_MASS)
    chosen = next(
        (
            (code, mass)
            for _, code, mass in ranked
            if mass
            >= (MIN_LEVER_MASS if scores.get(code, 0.0) > 0 or code == default else BARE_MASS)
        ),
        None,
    )
    # the lexicon's clear favourite goes first when the model finds it plausible enough
    favourite = max(
        (c for c in scores if c != TRANSVERSE and c in lexicon.order),
        key=lambda c: (scores[c], -lexicon.order[c]),
        default=None,
    )
    if favourite is not None and scores[favourite] >= MIN_SCORE and chosen != favourite:
        mass = sum(posterior.get(s, 0.0) for s in _lever_model_sectors().get(favourite, ()))
        rival = scores.get(chosen[0], 0.0) if chosen else 0.0
        same = chosen is not None and _theme(chosen[0]) == _theme(favourite)
        floor = MIN_LEVER_MASS * (FAVOURITE_MASS if same else 1.0)
        if rival <= 0 and scores[favourite] >= FALLBACK_SCORE:
            floor = min(floor, MIN_LEVER_MASS * BARE_RIVAL_MASS)
        if mass >= floor and scores[favourite] >= LEXICON_LEAD * rival:
            chosen = (favourite, mass)
    if chosen is None:
        return None
    lever, mass = chosen
    if topic >= MIN_SCORE and topic > scores.get(lever, 0.0) and mass < TOPIC_GUARD:
        return None  # air quality, adaptation… named in so many words: no lever
    if body.strip() and mode >= BODY_MODE_RATIO * max(scores.get(lever, 0.0), MIN_SCORE / 2):
        return None  # the description makes it governance; the lever came from incidental words
    sectors = _lever_model_sectors()[lever]
    sector = max(sectors, key=lambda s: posterior.get(s, 0.0))
    words = tokens(title) + tokens(body)
    found = model.evidence(sector, values, words) or model.evidence(sector, values, words, 2, 0.0)
    return lever, mass, tuple(_surface(title + " " + body, found))


def _surface(title: str, feats: list[str]) -> list[str]:
    """Model features (stems, ``a_b`` pairs) shown with the title's own words."""
    seen: dict[str, str] = {}
    for word in _LETTERS_RE.findall(title.translate(_LIGATURES)):
        key = _fold(word)
        if len(key) >= 2 and key not in _STOPWORDS:
            seen.setdefault(stem(key), word.lower())
    return [" ".join(seen.get(part, part) for part in feat.split("_")) for feat in feats]


def classify(
    title: str,
    body: str = "",
    *,
    overrides: Mapping[str, str] | None = None,
    override_key: str | None = None,
) -> LeverMatch:
    """Lever of an action (title + body) or a contractual target (label + domain).

    ``overrides[override_key]`` (the steward's table) wins with confidence 1; an unknown code
    there is a data error and raises ``ValueError``. Otherwise strong lexicon evidence decides;
    below that the sector model (:mod:`sources.levers.linear`) picks the group of levers the title
    belongs to and the lexicon the lever inside it; with too little evidence on both sides the
    answer is ``transverse`` with source ``default`` and a low confidence.
    """
    return _classify(title, body, overrides, override_key, sector_model())


def _classify(
    title: str,
    body: str,
    overrides: Mapping[str, str] | None,
    override_key: str | None,
    model: LinearSectorModel | None,
) -> LeverMatch:
    lexicon = _lexicon()
    if overrides is not None and override_key is not None and override_key in overrides:
        code = (overrides[override_key] or "").strip()
        if code not in lexicon.order:
            raise ValueError(f"code de levier inconnu dans la table de correspondance : {code!r}")
        return LeverMatch(code, 1.0, (), SOURCE_OVERRIDE)
    scores, terms = _scores(title or "", body or "", lexicon)
    topic = _topic_score(terms)
    ranked = _rank(scores, lexicon, topic)
    best_score = ranked[0][1] if ranked else 0.0
    named = _label_keys().get(tuple(tokens(title)))
    if named is not None and named in lexicon.order:  # the title is a lever's own label
        ranked = [(named, max(best_score, MIN_SCORE)), *[r for r in ranked if r[0] != named]]
        best_score = ranked[0][1]
    elif model is not None and best_score < STRONG_SCORE:
        mode = best_score if ranked and ranked[0][0] == TRANSVERSE else 0.0
        chosen = _from_sector(title or "", body or "", scores, lexicon, model, topic, mode)
        if chosen is not None:
            code, probability, words = chosen
            contributions = sorted(terms[code].items(), key=lambda item: (-item[1], item[0]))
            lexicon_terms = [display for display, _ in contributions]
            matched = tuple(dict.fromkeys(lexicon_terms + list(words)))[:MAX_TERMS]
            own = scores.get(code, 0.0)
            second = max((v for c, v in scores.items() if c != code), default=0.0)
            # the lever's mass is a probability of being right, calibrated on real titles
            confidence = max(_confidence(own, second), round(probability, 3))
            if matched:
                return LeverMatch(code, min(confidence, 1.0), matched, SOURCE_CLASSIFIER)
        elif ranked and ranked[0][0] != TRANSVERSE and best_score < FALLBACK_SCORE:
            best_score = 0.0  # the model is unsure: no lever rather than a guess
            ranked = []
    if best_score < MIN_SCORE:
        confidence = round(0.2 * (1.0 - best_score / MIN_SCORE) + 0.05, 3)
        return LeverMatch(TRANSVERSE, confidence, (), SOURCE_DEFAULT)
    code = ranked[0][0]
    second = ranked[1][1] if len(ranked) > 1 else 0.0
    contributions = sorted(terms[code].items(), key=lambda item: (-item[1], item[0]))
    matched = tuple(display for display, _ in contributions[:MAX_TERMS])
    return LeverMatch(code, _confidence(best_score, second), matched, SOURCE_CLASSIFIER)
