"""Naive Bayes model of the ADEME sector of an action title, learnt here from real PCAET titles.

Why: real titles often name the *field* of an action without any lever vocabulary (« ORU Lac
Renardières », « Plan alimentaire territorial », « Gestion des eaux pluviales »). Words that the
tuning part of the ADEME corpus (see :mod:`sources.lever_sectors`) ties to a sector tell which
group of levers is meant; the lexicon of :mod:`sources.lever_mapping` then picks the lever inside
that group. The model is a multinomial naive Bayes over the set of stemmed words and word pairs
of a title (Bernoulli-like presence counts), fitted by ``scripts/train_lever_model.py`` and stored
as plain counts in ``sources/reference/lever_sector_model.json`` (nothing downloaded, pure
Python, deterministic). Its top words per decision are shown to the steward as ``lever_terms``.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

NO_SECTOR = "-"  # actions whose ADEME sectors have no lever (communication, cooperation…)
MODEL_FILE = "lever_sector_model.json"
ALPHA = 0.3  # additive smoothing
MIN_COUNT = 2  # features seen fewer times are not stored
EVIDENCE_RATIO = 0.7  # log-likelihood margin of a word shown as evidence (about × 2)


def features(words: list[str]) -> list[str]:
    """Distinct stemmed words and adjacent word pairs (``a_b``), in first-seen order."""
    out = dict.fromkeys(words + [f"{a}_{b}" for a, b in zip(words, words[1:], strict=False)])
    return list(out)


@dataclass(frozen=True)
class SectorModel:
    """Counts of a fitted model and the derived log-probabilities."""

    prior: dict[str, float]  # sector → log P(sector)
    loglik: dict[str, dict[str, float]]  # feature → sector → log P(feature | sector)
    unseen: dict[str, float]  # sector → log P(unseen-in-sector feature | sector)
    default_lever: dict[str, str]  # sector → lever used when the lexicon names none of its levers

    def posterior(self, feats: Iterable[str]) -> tuple[dict[str, float], list[str]]:
        """P(sector | features) (normalised) and the features the model knows."""
        known = [f for f in feats if f in self.loglik]
        logs = dict(self.prior)
        for feat in known:
            row = self.loglik[feat]
            for sector in logs:
                logs[sector] += row.get(sector, self.unseen[sector])
        top = max(logs.values())
        exp = {s: math.exp(v - top) for s, v in logs.items()}
        total = sum(exp.values())
        return {s: v / total for s, v in exp.items()}, known

    def evidence(
        self, sector: str, feats: Iterable[str], n: int = 4, min_ratio: float = EVIDENCE_RATIO
    ) -> list[str]:
        """Known features favouring ``sector`` over every other by ``min_ratio`` (log), best first.

        Generic verbs (« développer », « mettre en œuvre ») favour no sector that much: when no
        feature passes, the model has no real evidence and the caller does not follow it.
        """
        scored = []
        for feat in feats:
            row = self.loglik.get(feat)
            if not row:
                continue
            own = row.get(sector, self.unseen[sector])
            others = [row.get(s, self.unseen[s]) for s in self.prior if s != sector]
            ratio = own - max(others)
            if ratio > min_ratio:
                scored.append((-ratio, feat))
        return [feat for _, feat in sorted(scored)[:n]]


def fit(samples: Iterable[tuple[list[str], list[tuple[str, float]]]]) -> dict:
    """Counts of a model from ``(features, [(sector, weight), …])`` samples (JSON-ready)."""
    docs: Counter[str] = Counter()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for feats, labels in samples:
        for sector, weight in labels:
            docs[sector] += weight
            for feat in feats:
                counts[feat][sector] += weight
    kept = {
        feat: {s: round(v, 4) for s, v in sorted(row.items())}
        for feat, row in sorted(counts.items())
        if sum(row.values()) >= MIN_COUNT
    }
    return {"docs": {s: round(v, 4) for s, v in sorted(docs.items())}, "counts": kept}


def build(data: dict) -> SectorModel:
    """Log-probabilities from stored counts."""
    docs: dict[str, float] = data["docs"]
    counts: dict[str, dict[str, float]] = data["counts"]
    total_docs = sum(docs.values())
    mass: Counter[str] = Counter()
    for row in counts.values():
        for sector, value in row.items():
            mass[sector] += value
    vocab = len(counts)
    denom = {s: mass[s] + ALPHA * vocab for s in docs}
    loglik = {
        feat: {s: math.log((v + ALPHA) / denom[s]) for s, v in row.items()}
        for feat, row in counts.items()
    }
    return SectorModel(
        prior={s: math.log(v / total_docs) for s, v in docs.items()},
        loglik=loglik,
        unseen={s: math.log(ALPHA / denom[s]) for s in docs},
        default_lever=dict(data.get("default_lever", {})),
    )


@lru_cache(maxsize=1)
def sector_model() -> SectorModel | None:
    """The shipped model, or ``None`` when the file is absent (lexicon alone then decides)."""
    path = resources.files("sources").joinpath("reference", MODEL_FILE)
    if not path.is_file():
        return None
    return build(json.loads(path.read_text(encoding="utf-8")))
