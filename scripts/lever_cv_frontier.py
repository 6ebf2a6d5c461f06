"""How far can a title-only lever mapping go on the ADEME titles? Figures on the TUNING part only.

Why: the goal of issue 16 (≥ 90 % of actions on a lever of their ADEME sector, ≤ 3 % on another
sector's) was not met by the shipped classifier; this script measures, by the same 5-fold
cross-validation by plan as ``scripts/train_lever_model.py --cv``, whether another model or
decision rule could meet it, and how noisy the labels are. The evaluation part is never read.

1. **Label agreement** (a ceiling): titles repeated word for word (same stemmed words) in two
   plans — how often do their sector sets share a sector; each title's nearest title of another
   plan (TF-IDF cosine) by similarity band; and each repeated title's lever chosen from the other
   plans' copies (the lever in sector for most of them), judged against its own sectors.
2. **Frontier per sector model**: out-of-fold P(sector) of (i) the shipped multinomial logistic
   model (soft targets, no-sector gate), (ii) one-vs-rest sigmoids per sector (P(sector is among
   the authors'), combined per lever by noisy-or), (iii) one sigmoid per *lever group* (levers
   with the same sectors) fitted on « the authors' sectors meet this group's » — the quantity the
   metric judges, (iv) (i) blended with a TF-IDF kNN over the other folds' titles. For each, a
   lever is picked by two rules — *top sector* (the lexicon's best lever inside the most likely
   sector, else its usual lever, as shipped) and *max mass* (among the levers the lexicon names
   and the usual levers, the one most likely in sector: the metric's optimum, but it prefers
   levers shared by many sectors, e.g. fuel-oil boilers → renewable electricity) — and the
   action is left ``transverse`` below a threshold. Printed: in-sector share at other-sector
   ≤ 3 % and ≤ 4.1 % (the shipped classifier's rate), best threshold of each. Shares are over the
   tuning titles having a lever sector, as in ``scripts/eval_lever_mapping.py``. These rules are
   simplified (no lexicon-alone answers, no topic guard): compare approaches with each other; the
   whole classifier's own curve is ``train_lever_model.py --cv --tau …``.

Dev-time tool (numpy/scipy; refits 15 models, several minutes of one core).
Usage: ``python scripts/lever_cv_frontier.py [--data CSV]``
"""

from __future__ import annotations

import argparse
import math
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from itertools import combinations
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_lever_model as train  # noqa: E402

import sources.levers.classifier as lm  # noqa: E402
from sources.levers.linear import NO_SECTOR, build  # noqa: E402
from sources.levers.sectors import (  # noqa: E402
    SectorAction,
    lever_sectors,
    model_sector,
    read_ademe_actions,
    sector_levers,
    split,
)
from sources.levers.text import tokens  # noqa: E402

CAPS = (0.03, 0.041)  # other-sector rates at which the in-sector share is read
KNN_K, KNN_ALPHA = 10, 2.0  # neighbours, similarity exponent
KNN_WEIGHTS = (0.2, 0.35, 0.5)  # blend weight × nearest similarity


def frontier(confidence: np.ndarray, correct: np.ndarray, cap: float) -> tuple[float, float]:
    """(in-sector share, threshold) of the best "answer when confidence ≥ threshold" rule whose
    other-sector share stays ≤ ``cap``; an unanswered item counts as ``transverse``."""
    order = np.argsort(-confidence, kind="stable")
    right = np.cumsum(correct[order])
    wrong = np.cumsum(1.0 - correct[order])
    n = len(correct)
    allowed = np.where(wrong / n <= cap + 1e-12)[0]
    if len(allowed) == 0:
        return 0.0, math.inf
    last = allowed.max()
    # ties: a threshold answers every item of equal confidence
    while last >= 0 and last + 1 < n and confidence[order][last + 1] == confidence[order][last]:
        last -= 1
    if last < 0:
        return 0.0, math.inf
    return float(right[last] / n), float(confidence[order][last])


def _sectors(action: SectorAction) -> set[str]:
    return {model_sector(s) for s in lever_sectors(action)}


def label_agreement(tuning: list[SectorAction]) -> None:
    """Part 1: how often two plans agree on a title's sectors."""
    table = sector_levers()
    acts = [a for a in tuning if a.levers and tokens(a.title)]
    groups: dict[tuple[str, ...], list[SectorAction]] = defaultdict(list)
    for a in acts:
        groups[tuple(sorted(set(tokens(a.title))))].append(a)
    pairs = [
        (a, b) for g in groups.values() for a, b in combinations(g, 2) if a.plan_id != b.plan_id
    ]
    shared = sum(bool(_sectors(a) & _sectors(b)) for a, b in pairs)
    print("== 1. label agreement (tuning part)")
    print(
        f"identical titles in two plans: {len(pairs)} pairs, sector sets share a lever sector: "
        f"{shared / len(pairs):.1%}"
    )
    levers = sorted(set().union(*table.values()))
    n = ok = 0
    for g in groups.values():
        for a in g:
            others = [b for b in g if b.plan_id != a.plan_id]
            if others:
                best = max(levers, key=lambda c: (sum(c in b.levers for b in others), c))
                n, ok = n + 1, ok + (best in a.levers)
    print(f"lever of a repeated title chosen from its other plans' copies: {ok / n:.1%} in sector")
    print(f"  ({n} titles, no abstention)")
    docs = [set(tokens(a.title)) for a in acts]
    df = Counter(w for d in docs for w in d)
    vocab = {w: i for i, w in enumerate(df)}
    r, c, v = [], [], []
    for i, d in enumerate(docs):
        for w in d:
            r.append(i)
            c.append(vocab[w])
            v.append(math.log(len(docs) / df[w]))
    x = sparse.csr_matrix((v, (r, c)), shape=(len(docs), len(vocab)))
    x = sparse.diags(1 / np.sqrt(np.asarray(x.multiply(x).sum(1)).ravel())) @ x
    sim = (x @ x.T).toarray()
    plans = np.array([a.plan_id for a in acts])
    sim[plans[:, None] == plans[None, :]] = -1
    nearest, best_sim = sim.argmax(1), sim.max(1)
    for lo, hi in ((0.95, 1.01), (0.8, 0.95), (0.6, 0.8), (0.4, 0.6), (0.0, 0.4)):
        idx = np.where((best_sim >= lo) & (best_sim < hi))[0]
        agree = np.mean([bool(_sectors(acts[i]) & _sectors(acts[nearest[i]])) for i in idx])
        print(
            f"nearest title of another plan, cosine [{lo:.2f}, {min(hi, 1):.2f}): "
            f"{len(idx)} titles, share a lever sector {agree:.1%}"
        )


class Data:
    """Tuning titles, their model features, folds and targets."""

    def __init__(self, tuning: list[SectorAction]) -> None:
        self.tuning = tuning
        self.n = len(tuning)
        self.fold = np.array([train.fold_of(a.plan_id) for a in tuning])
        self.rows = [lm.model_features(a.title) for a in tuning]
        self.sectors = sorted({model_sector(s) for s, c in sector_levers().items() if c})
        own: dict[str, set[str]] = defaultdict(set)
        for s, codes in sector_levers().items():
            for code in codes:
                own[code].add(model_sector(s))
        self.levers = sorted(own)
        self.groups = sorted({tuple(sorted(v)) for v in own.values()})
        self.lever_group = np.array([self.groups.index(tuple(sorted(own[c]))) for c in self.levers])
        labels = [_sectors(a) for a in tuning]
        self.has = np.array([bool(lab) for lab in labels])
        self.y_sector = np.array([[s in lab for s in self.sectors] for lab in labels], float)
        self.y_group = np.array(
            [[bool(set(g) & lab) for g in self.groups] for lab in labels], float
        )
        self.member = np.array([[s in g for s in self.sectors] for g in self.groups], float)
        self.lexicon = np.array(
            [[lm.lexicon_scores(a.title).get(c, 0.0) for c in self.levers] for a in tuning]
        )

    def design(self, train_idx: np.ndarray) -> sparse.csr_matrix:
        docs = Counter(f for i in train_idx for f in self.rows[i])
        vocab = {f: k for k, f in enumerate(sorted(f for f, n in docs.items() if n >= 2))}
        d, ri, ci = [], [], []
        for r, row in enumerate(self.rows):
            for f, v in row.items():
                if f in vocab:
                    ri.append(r)
                    ci.append(vocab[f])
                    d.append(v)
        return sparse.csr_matrix((d, (ri, ci)), shape=(self.n, len(vocab)))


def fit_sigmoids(x: sparse.csr_matrix, y: np.ndarray, l2: float) -> tuple[np.ndarray, np.ndarray]:
    """Independent L2 logistic regressions, one per column of ``y`` (L-BFGS)."""
    n_f, n_c = x.shape[1], y.shape[1]

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: n_f * n_c].reshape(n_f, n_c)
        z = x @ w + theta[n_f * n_c :]
        g = 1 / (1 + np.exp(-z)) - y
        value = (np.logaddexp(0, z) - y * z).sum() + 0.5 * l2 * (w * w).sum()
        return value, np.concatenate([np.asarray(x.T @ g + l2 * w).ravel(), g.sum(0)])

    start = np.zeros(n_f * n_c + n_c)
    res = minimize(loss, start, jac=True, method="L-BFGS-B", tol=1e-6, options={"maxiter": 300})
    return res.x[: n_f * n_c].reshape(n_f, n_c), res.x[n_f * n_c :]


def oof_sigmoids(data: Data, y: np.ndarray) -> np.ndarray:
    """Out-of-fold probabilities of ``y``'s columns, fitted on titles having a lever sector."""
    out = np.zeros_like(y)
    for k in range(train.FOLDS):
        fit_idx = np.where((data.fold != k) & data.has)[0]
        x = data.design(fit_idx)
        w, b = fit_sigmoids(x[fit_idx], y[fit_idx], train.L2)
        test = np.where(data.fold == k)[0]
        out[test] = 1 / (1 + np.exp(-(x[test] @ w + b)))
    return out


def oof_softmax(data: Data) -> np.ndarray:
    """Out-of-fold P(sector | it has a lever sector) of the shipped model (gate off: the metric
    only counts titles having one)."""
    out = np.zeros((data.n, len(data.sectors)))
    for k in range(train.FOLDS):
        fitted = train.fit([a for a, f in zip(data.tuning, data.fold, strict=True) if f != k])
        model = replace(build(fitted), no_sector_gate=None)
        for i in np.where(data.fold == k)[0]:
            p, _ = model.posterior(data.rows[i])
            none = p.get(NO_SECTOR, 0.0)
            out[i] = [p.get(s, 0.0) / max(1e-9, 1 - none) for s in data.sectors]
    return out


def oof_knn(data: Data) -> tuple[np.ndarray, np.ndarray]:
    """Out-of-fold lever-group shares among the K most similar titles of the other folds
    (TF-IDF cosine on stemmed words and word pairs) and the nearest similarity."""
    docs = []
    for a in data.tuning:
        words = tokens(a.title)
        docs.append(set(words) | {f"{p}_{q}" for p, q in zip(words, words[1:], strict=False)})
    out, nearest = np.zeros((data.n, len(data.groups))), np.zeros(data.n)
    for k in range(train.FOLDS):
        fit_idx = np.where((data.fold != k) & data.has)[0]
        test = np.where(data.fold == k)[0]
        df = Counter(w for i in fit_idx for w in docs[i])
        vocab = {w: j for j, w in enumerate(df)}

        def vectors(
            idx: np.ndarray, df: Counter = df, vocab: dict = vocab, n_fit: int = len(fit_idx)
        ) -> sparse.csr_matrix:
            r, c, v = [], [], []
            for row, i in enumerate(idx):
                for w in docs[i]:
                    if w in vocab:
                        r.append(row)
                        c.append(vocab[w])
                        v.append(math.log(n_fit / df[w]))
            x = sparse.csr_matrix((v, (r, c)), shape=(len(idx), len(vocab)))
            norm = np.sqrt(np.asarray(x.multiply(x).sum(1)).ravel())
            return sparse.diags(1 / np.where(norm == 0, 1, norm)) @ x

        sim = (vectors(test) @ vectors(fit_idx).T).toarray()
        for row, i in enumerate(test):
            top = np.argsort(-sim[row])[:KNN_K]
            weight = sim[row, top] ** KNN_ALPHA
            nearest[i] = sim[row, top[0]]
            if weight.sum() > 0:
                out[i] = weight @ data.y_group[fit_idx[top]] / weight.sum()
    return out, nearest


def report(data: Data, name: str, group_p: np.ndarray, top_sector: np.ndarray) -> None:
    """Frontier of both lever rules for P(in sector | lever group) ``group_p``."""
    top_usual = train.default_levers(data.tuning)  # as shipped (tuning part, in sample)
    usual = set(top_usual.values())
    p_lever = group_p[:, data.lever_group]
    named = data.lexicon > 0
    is_usual = np.array([c in usual for c in data.levers])
    rules = {}
    # max mass: the named or usual lever most likely in sector
    allowed = named | is_usual[None, :]
    rules["max mass"] = np.where(allowed, p_lever + 1e-6 * data.lexicon, -1).argmax(1)
    # top sector: the lexicon's best lever of the most likely sector, else its usual lever
    chosen = np.zeros(data.n, int)
    for i in range(data.n):
        sector = data.sectors[top_sector[i]]
        inside = [
            j for j, c in enumerate(data.levers) if sector in data.groups[data.lever_group[j]]
        ]
        best = max(inside, key=lambda j: (data.lexicon[i, j], -j))
        if data.lexicon[i, best] <= 0 and sector in top_usual:
            best = data.levers.index(top_usual[sector])
        chosen[i] = best
    rules["top sector"] = chosen
    h = np.where(data.has)[0]
    for rule, lever in rules.items():
        confidence = p_lever[np.arange(data.n), lever][h]
        correct = data.y_group[np.arange(data.n), data.lever_group[lever]][h]
        cells = []
        for cap in CAPS:
            share, tau = frontier(confidence, correct, cap)
            cells.append(f"other ≤ {cap:.1%}: in {share:.1%} (τ {tau:.2f})")
        print(f"{name:34} {rule:10}  " + "   ".join(cells) + f"   all: {correct.mean():.1%}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=train.DEFAULT_DATA)
    args = parser.parse_args(argv)
    tuning, _ = split(read_ademe_actions(args.data))
    label_agreement(tuning)
    data = Data(tuning)
    print(f"\n== 2. frontier, 5-fold cross-validation by plan ({int(data.has.sum())} titles)")
    soft = oof_softmax(data)
    mass = soft @ data.member.T
    report(data, "multinomial (shipped model)", mass, soft.argmax(1))
    ovr = oof_sigmoids(data, data.y_sector)
    noisy_or = 1 - np.exp(np.log(np.clip(1 - ovr, 1e-9, 1)) @ data.member.T)
    report(data, "one-vs-rest per sector", noisy_or, ovr.argmax(1))
    report(data, "one sigmoid per lever group", oof_sigmoids(data, data.y_group), soft.argmax(1))
    knn, nearest = oof_knn(data)
    for weight in KNN_WEIGHTS:
        w = (weight * np.clip(nearest, 0, 1))[:, None]
        report(
            data, f"multinomial + kNN ({weight} × sim)", (1 - w) * mass + w * knn, soft.argmax(1)
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
