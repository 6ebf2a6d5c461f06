"""Fit the sector model of :mod:`sources.levers.linear` on the TUNING part of the ADEME titles.

The evaluation part (plans chosen by :func:`sources.levers.sectors.is_evaluation_plan`) is never
read here. The model is a multinomial logistic regression (soft targets: an action filed under k
sectors counts 1/k for each; L2 penalty) fitted with scipy's L-BFGS — a dev-time tool; the
pipeline only reads the weights. Output: ``sources/reference/lever_linear_model.json`` (weights
rounded, sorted keys).

``--cv`` instead prints figures of a cross-validation *by plan inside the tuning part* (5 folds):
the in-sector / transverse / other-sector shares of the whole classifier for several abstention
thresholds and no-sector gates (``--gate``; above 1: the plain softmax), which is how the shipped
constants were chosen.

Usage: ``python scripts/train_lever_model.py [--data CSV] [--output JSON] [--cv]``
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import sources.levers.classifier as lm  # noqa: E402
from sources.levers.linear import MODEL_FILE, NO_SECTOR, build  # noqa: E402
from sources.levers.sectors import (  # noqa: E402
    IN_SECTOR,
    NO_LEVER_SECTOR,
    OTHER_SECTOR,
    SectorAction,
    lever_sectors,
    model_sector,
    outcome,
    read_ademe_actions,
    sector_levers,
    split,
)

DEFAULT_DATA = ROOT.parent / "shared" / "realworld" / "ademe_pcaet" / "pcaet_actions_dev.csv"
L2 = 3.0  # penalty on the squared weights (chosen by --cv)
NO_SECTOR_GATE = 0.7  # P(no lever sector) from which the model abstains (chosen by --cv)
MIN_DOCS = 2  # features seen in fewer titles are not learnt
DECIMALS = 3
FOLDS = 5


def targets(action: SectorAction) -> dict[str, float]:
    sectors = tuple(dict.fromkeys(model_sector(s) for s in lever_sectors(action)))
    return {s: 1.0 / len(sectors) for s in sectors} if sectors else {NO_SECTOR: 1.0}


def fit(actions: list[SectorAction], l2: float = L2) -> dict:
    """Weights (JSON-ready) of the model fitted on ``actions``."""
    rows = [lm.model_features(a.title) for a in actions]
    docs: Counter[str] = Counter(f for row in rows for f in row)
    vocab = sorted(f for f, n in docs.items() if n >= MIN_DOCS)
    index = {f: i for i, f in enumerate(vocab)}
    labels = [targets(a) for a in actions]
    sectors = sorted({s for t in labels for s in t})
    col = {s: i for i, s in enumerate(sectors)}
    data, ri, ci = [], [], []
    for r, row in enumerate(rows):
        for f, v in row.items():
            if f in index:
                ri.append(r)
                ci.append(index[f])
                data.append(v)
    x = sparse.csr_matrix((data, (ri, ci)), shape=(len(rows), len(vocab)))
    y = np.zeros((len(rows), len(sectors)))
    for r, t in enumerate(labels):
        for s, v in t.items():
            y[r, col[s]] = v
    n_feat, n_cls = len(vocab), len(sectors)

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: n_feat * n_cls].reshape(n_feat, n_cls)
        b = theta[n_feat * n_cls :]
        z = x @ w + b
        z -= z.max(axis=1, keepdims=True)
        logp = z - np.log(np.exp(z).sum(axis=1, keepdims=True))
        value = -(y * logp).sum() + 0.5 * l2 * (w * w).sum()
        g = np.exp(logp) - y
        grad_w = x.T @ g + l2 * w
        return value, np.concatenate([np.asarray(grad_w).ravel(), g.sum(axis=0)])

    start = np.zeros(n_feat * n_cls + n_cls)
    result = minimize(loss, start, jac=True, method="L-BFGS-B", tol=1e-6, options={"maxiter": 300})
    w = result.x[: n_feat * n_cls].reshape(n_feat, n_cls)
    b = result.x[n_feat * n_cls :]
    weights = {
        f: [round(float(v), DECIMALS) for v in w[i]]
        for f, i in index.items()
        if np.abs(w[i]).max() >= 10**-DECIMALS
    }
    return {
        "sectors": sectors,
        "bias": [round(float(v), DECIMALS) for v in b],
        "weights": weights,
        "default_lever": default_levers(actions),
        "no_sector_gate": NO_SECTOR_GATE,
    }


def default_levers(actions: list[SectorAction]) -> dict[str, str]:
    """Per sector, the lever the lexicon most often picks inside it on the sector's titles."""
    table = sector_levers()
    evidenced: dict[str, Counter[str]] = defaultdict(Counter)
    for action in actions:
        scores = lm.lexicon_scores(action.title)
        for sector in dict.fromkeys(model_sector(s) for s in lever_sectors(action)):
            inside = {c: v for c, v in scores.items() if c in table[sector] and v > 0}
            if inside:
                evidenced[sector][max(sorted(inside), key=inside.__getitem__)] += 1
    return {
        s: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for s, c in sorted(evidenced.items())
    }


def fold_of(plan_id: str) -> int:
    return hashlib.sha256(f"copdiag-cv:{plan_id}".encode()).digest()[0] % FOLDS


def shares(actions: list[SectorAction], codes: list[str]) -> tuple[int, float, float, float]:
    results = [outcome(c, a) for a, c in zip(actions, codes, strict=True)]
    results = [r for r in results if r != NO_LEVER_SECTOR]
    n = len(results) or 1
    return (
        len(results),
        results.count(IN_SECTOR) / n,
        1 - (results.count(IN_SECTOR) + results.count(OTHER_SECTOR)) / n,
        results.count(OTHER_SECTOR) / n,
    )


def fold_models(tuning: list[SectorAction], l2: float) -> dict[int, object]:
    """One model per fold, each fitted on the tuning plans outside that fold."""
    return {k: build(fit([a for a in tuning if fold_of(a.plan_id) != k], l2)) for k in range(FOLDS)}


def out_of_fold_codes(tuning: list[SectorAction], models: dict[int, object]) -> list[str]:
    """Each title classified by the model not fitted on its plan (current settings)."""
    return [
        lm._classify(a.title, "", None, None, models[fold_of(a.plan_id)]).lever_code for a in tuning
    ]


def cross_validate(
    tuning: list[SectorAction],
    l2: float,
    thresholds: list[float],
    strong: list[float],
    gates: list[float | None] | None = None,
) -> dict[int, object]:
    """Figures of the whole classifier, each plan's titles classified by a model not fitted on
    that plan, for each no-sector gate (``None``: plain softmax), abstention threshold and
    lexicon-alone threshold. Also the share of titles with no lever sector left transverse
    (neither right nor wrong, but a cost of answering more). Returns the fold models (reused
    for the per-sector table)."""
    models = fold_models(tuning, l2)
    saved = lm.MIN_LEVER_MASS, lm.STRONG_SCORE
    try:
        for gate in gates or [NO_SECTOR_GATE]:
            gated = {k: replace(m, no_sector_gate=gate) for k, m in models.items()}
            for strong_score in strong:
                for tau in thresholds:
                    lm.MIN_LEVER_MASS, lm.STRONG_SCORE = tau, strong_score
                    codes = out_of_fold_codes(tuning, gated)
                    n, inside, transverse, other = shares(tuning, codes)
                    none = [c for a, c in zip(tuning, codes, strict=True) if not a.levers]
                    left = sum(c == lm.TRANSVERSE for c in none) / (len(none) or 1)
                    print(
                        f"l2={l2:<5} gate={gate} strong={strong_score:<5} min_mass={tau:.2f}  "
                        f"n={n}  in={inside:.1%} transverse={transverse:.1%} "
                        f"other={other:.1%}  no-lever-sector left transverse={left:.1%}"
                    )
    finally:
        lm.MIN_LEVER_MASS, lm.STRONG_SCORE = saved
    return models


def per_sector_cv(tuning: list[SectorAction], models: dict[int, object] | None = None) -> None:
    """Per-sector table of the shipped settings, each plan classified by a model not fitted on
    it (the honest figure for the tuning part; the in-sample one is optimistic)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from eval_lever_mapping import sector_figures  # noqa: PLC0415 - a sibling script

    models = models or fold_models(tuning, L2)
    codes = out_of_fold_codes(tuning, models)
    overall, per, none_total, none_transverse = sector_figures(tuning, codes)
    print(f"\nout-of-fold, shipped settings (l2={L2}, min_mass={lm.MIN_LEVER_MASS})")
    for sector, fig in [("TOUS", overall), *per.items()]:
        print(
            f"{sector[:52]:52} {fig.n:5d} {fig.in_sector:7.1%} {fig.transverse:7.1%} "
            f"{fig.other_sector:7.1%}"
        )
    print(f"sans secteur à leviers: {none_total}, dont {none_transverse:.1%} laissées transverse")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--output", type=Path, default=ROOT / "sources" / "reference" / MODEL_FILE)
    parser.add_argument("--cv", action="store_true", help="cross-validation figures by plan")
    parser.add_argument("--l2", type=float, nargs="*", default=[L2])
    parser.add_argument("--tau", type=float, nargs="*", default=[0.45, 0.5, 0.55, 0.6, 0.65])
    parser.add_argument(
        "--gate", type=float, nargs="*", default=[NO_SECTOR_GATE], help="no-sector gates (>1: none)"
    )
    parser.add_argument("--strong", type=float, nargs="*", default=[lm.STRONG_SCORE])
    args = parser.parse_args(argv)
    tuning, _ = split(read_ademe_actions(args.data))
    if args.cv:
        shipped = None
        for l2 in args.l2:
            gates = [g if g <= 1.0 else None for g in args.gate]
            models = cross_validate(tuning, l2, args.tau, args.strong, gates)
            shipped = models if l2 == L2 else shipped
        per_sector_cv(tuning, shipped)
        return 0
    data = fit(tuning)
    data["trained_on"] = {
        "file": args.data.name,
        "actions": len(tuning),
        "plans": len({a.plan_id for a in tuning}),
        "part": "tuning (sources.lever_sectors.is_evaluation_plan is False)",
        "l2": L2,
    }
    args.output.write_text(
        json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"{args.output}: {len(data['weights'])} features, {len(tuning)} titles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
