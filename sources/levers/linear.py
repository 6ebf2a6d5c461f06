"""Multinomial logistic regression of the ADEME sector of an action, learnt here from real titles.

Why: real PCAET titles often name the *field* of an action without any lever vocabulary (« ORU
Lac Renardières », « Plan alimentaire territorial »); the lexicon of :mod:`sources.levers`
alone leaves them ``transverse`` or sends them astray. A discriminative linear model over the
title's stemmed words, word pairs, character n-grams and the lexicon's own per-sector and
per-lever scores tells which group of levers (an ADEME sector, :mod:`sources.levers.sectors`)
is meant; the lexicon then picks the lever inside that group. Unlike naive Bayes it weighs correlated words once, and it
learns how far to trust the lexicon on real wording.

Weights are fitted offline by ``scripts/train_lever_model.py`` on the *tuning* part of the ADEME
corpus only (scipy's L-BFGS, a dev-time tool) and shipped as plain data in
``sources/reference/lever_linear_model.json``. Inference here is pure Python (a sparse dot
product and a softmax), deterministic, nothing downloaded. The features that weigh most for the
chosen sector are shown to the steward as ``lever_terms``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

NO_SECTOR = "-"  # actions whose ADEME sectors have no lever (communication, cooperation…)
MODEL_FILE = "lever_linear_model.json"
CHAR_N = (4, 5)  # character n-gram sizes, inside words (robust to spelling and inflection)
BODY_WEIGHT = 0.3  # a description word counts this much of a title word
LEXICON_PREFIX = "lex:"
EVIDENCE_MIN = 0.4  # a feature is shown as evidence when it favours the sector by this much


def _chars(words: Iterable[str]) -> set[str]:
    out: set[str] = set()
    for word in words:
        padded = f"<{word}>"
        for n in CHAR_N:
            out.update(padded[i : i + n] for i in range(len(padded) - n + 1))
    return out


def features(
    title_words: list[str],
    lexicon: Mapping[str, float] | None = None,
    body_words: list[str] | None = None,
) -> dict[str, float]:
    """Feature values of an action.

    ``title_words``: folded, stemmed content words (:func:`sources.levers.text.tokens`);
    ``lexicon``: model sector → best lexicon score of its levers (``NO_SECTOR`` → transverse
    score), and lever code → its own score; ``body_words``: the description's words, weighted
    down.
    """
    out: dict[str, float] = {}
    for weight, words in ((BODY_WEIGHT, body_words or []), (1.0, title_words)):
        grams = [f"w:{w}" for w in words]
        grams += [f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False)]
        grams += [f"c:{c}" for c in _chars(words)]
        for gram in grams:
            out[gram] = max(out.get(gram, 0.0), weight)
    # the char n-grams of a long title would drown its words: scale them to a fixed mass
    chars = [k for k in out if k.startswith("c:")]
    if chars:
        scale = 1.0 / math.sqrt(len(chars))
        for key in chars:
            out[key] *= scale
    for sector, score in (lexicon or {}).items():
        if score > 0:
            out[LEXICON_PREFIX + sector] = math.log1p(score)
    return out


@dataclass(frozen=True)
class LinearSectorModel:
    """Weights of a fitted model: ``score(sector) = bias + Σ value × weight``."""

    sectors: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]  # feature → one weight per sector
    default_lever: dict[str, str]  # sector → lever used when the lexicon names none of its levers
    # P(no lever sector) at or above which the model abstains; below it, the lever sectors'
    # probabilities are given *knowing the action has one* (renormalised without NO_SECTOR).
    # ``None``: plain softmax (NO_SECTOR keeps its share). Chosen by cross-validation.
    no_sector_gate: float | None = None

    def posterior(self, values: Mapping[str, float]) -> tuple[dict[str, float], list[str]]:
        """P(sector | features) and the features the model knows (in input order).

        With ``no_sector_gate``: a title the model finds to be about a sector with no lever
        (communication, cooperation…) with probability ≥ the gate gets no lever sector at all;
        otherwise P(sector | it has a lever sector). Why: a title split between « no lever »
        and one lever sector (« Accompagner les communes dans leurs économies d'énergie ») is
        about that sector when it is about any; the plain share drowned it under the abstention
        threshold (cross-validation by plan: +3 points in sector at the same wrong-sector rate).
        """
        logits = list(self.bias)
        known = []
        for feat, value in values.items():
            row = self.weights.get(feat)
            if row is None:
                continue
            known.append(feat)
            for i, w in enumerate(row):
                logits[i] += value * w
        top = max(logits)
        exp = [math.exp(v - top) for v in logits]
        total = sum(exp)
        probs = {s: e / total for s, e in zip(self.sectors, exp, strict=True)}
        if self.no_sector_gate is None:
            return probs, known
        none = probs.get(NO_SECTOR, 0.0)
        if none >= self.no_sector_gate:
            return {s: (p if s == NO_SECTOR else 0.0) for s, p in probs.items()}, known
        return {s: (0.0 if s == NO_SECTOR else p / (1.0 - none)) for s, p in probs.items()}, known

    def evidence(
        self,
        sector: str,
        values: Mapping[str, float],
        words: list[str],
        n: int = 4,
        min_push: float = EVIDENCE_MIN,
    ) -> list[str]:
        """Title words (stems) and word pairs (``a_b``) pushing most towards ``sector``, best first.

        A feature's push is value × (its weight for ``sector`` − its mean weight for the other
        sectors); a character n-gram's push goes to the title words containing it. Lexicon
        scores are not shown here (the caller lists the lexicon's own terms).
        """
        i = self.sectors.index(sector)
        others = len(self.sectors) - 1
        push: dict[str, float] = {}
        padded = {w: f"<{w}>" for w in dict.fromkeys(words)}
        for feat, value in values.items():
            row = self.weights.get(feat)
            if row is None or feat.startswith(LEXICON_PREFIX):
                continue
            amount = value * (row[i] - (sum(row) - row[i]) / others)
            kind, key = feat[:2], feat[2:]
            if kind == "c:":
                owners = [w for w, p in padded.items() if key in p]
                for owner in owners:
                    push[owner] = push.get(owner, 0.0) + amount / len(owners)
            else:
                push[key] = push.get(key, 0.0) + amount
        scored = sorted((-v, k) for k, v in push.items() if v >= min_push)
        return [key for _, key in scored[:n]]


def build(data: dict) -> LinearSectorModel:
    """Model from its stored JSON form."""
    sectors = tuple(data["sectors"])
    return LinearSectorModel(
        sectors=sectors,
        bias=tuple(float(b) for b in data["bias"]),
        weights={f: tuple(float(w) for w in row) for f, row in data["weights"].items()},
        default_lever=dict(data.get("default_lever", {})),
        no_sector_gate=data.get("no_sector_gate"),
    )


@lru_cache(maxsize=1)
def sector_model() -> LinearSectorModel | None:
    """The shipped model, or ``None`` when the file is absent (the lexicon alone then decides)."""
    path = resources.files("sources").joinpath("reference", MODEL_FILE)
    if not path.is_file():
        return None
    return build(json.loads(path.read_text(encoding="utf-8")))
