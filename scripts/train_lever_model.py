"""Fit the sector model of :mod:`sources.lever_model` on the TUNING part of the ADEME titles.

The evaluation part (plans chosen by :func:`sources.lever_sectors.is_evaluation_plan`) is never
read here. Output: ``sources/reference/lever_sector_model.json`` (counts, sorted keys: the file
is reproducible byte for byte).

Usage: ``python scripts/train_lever_model.py [--data ../shared/realworld/ademe_pcaet/pcaet_actions_dev.csv]``
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sources.lever_mapping import lexicon_scores, tokens  # noqa: E402
from sources.lever_model import MODEL_FILE, NO_SECTOR, features, fit  # noqa: E402
from sources.lever_sectors import (  # noqa: E402
    lever_sectors,
    model_sector,
    read_ademe_actions,
    sector_levers,
    split,
)

DEFAULT_DATA = ROOT.parent / "shared" / "realworld" / "ademe_pcaet" / "pcaet_actions_dev.csv"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--output", type=Path, default=ROOT / "sources" / "reference" / MODEL_FILE)
    args = parser.parse_args(argv)
    tuning, _ = split(read_ademe_actions(args.data))
    table = sector_levers()
    samples = []
    evidenced: dict[str, Counter[str]] = defaultdict(Counter)
    for action in tuning:
        sectors = tuple(dict.fromkeys(model_sector(s) for s in lever_sectors(action)))
        labels = [(s, 1.0 / len(sectors)) for s in sectors] or [(NO_SECTOR, 1.0)]
        samples.append((features(tokens(action.title)), labels))
        scores = lexicon_scores(action.title)
        for sector in sectors:
            inside = {c: v for c, v in scores.items() if c in table[sector] and v > 0}
            if inside:
                evidenced[sector][max(sorted(inside), key=inside.__getitem__)] += 1
    data = fit(samples)
    data["default_lever"] = {
        s: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for s, c in sorted(evidenced.items())
    }
    data["trained_on"] = {
        "file": args.data.name,
        "actions": len(tuning),
        "plans": len({a.plan_id for a in tuning}),
        "part": "tuning (sources.lever_sectors.is_evaluation_plan is False)",
    }
    args.output.write_text(
        json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n",
        encoding="utf-8",
    )
    print(f"{args.output}: {len(data['counts'])} features, {len(tuning)} titles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
