"""Title matching (assets.diagnostic.matching) on real PCAET action titles (ADEME open data, dev half).

The rule was written on the demo and the issue's examples; these 5 178 titles of 154 real
plans were not used to tune it. A sample checks that the same action written by two plans is
found, that different actions are not, and that no generic title swallows the corpus.
"""

from __future__ import annotations

import pandas as pd
import pytest

from assets.diagnostic.matching import same_action_counts, same_title, title_key

THRESHOLD = 88.0


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Sensibiliser à l'éco-rénovation", "Action 1.1.1 - sensibiliser à l’éco-rénovation", True),
        ("Projet alimentaire territorial", "2.1.1. Initier un projet alimentaire territorial (PAT)", True),
        ("Sensibiliser les habitants aux enjeux du développement durable",
         "Sensibiliser les habitants au développement durable", True),
        ("Projet alimentaire territorial", "Préserver la ressource en eau", False),
        ("Réduire la précarité énergétique",
         "Réduire la consommation énergétique du patrimoine public", False),
        ("Développer le covoiturage", "Développer le vélo", False),
    ],
)  # fmt: skip
def test_pairs(a: str, b: str, same: bool) -> None:
    assert same_title(title_key(a), title_key(b), THRESHOLD) is same


def test_real_titles_sample(realworld_dir) -> None:
    df = pd.read_csv(realworld_dir / "ademe_pcaet" / "pcaet_actions_dev.csv")
    sample = df.iloc[::8].reset_index(drop=True)  # 648 titles, every plan represented
    counts = pd.Series(
        same_action_counts(sample["intitule"].tolist(), sample["demarche_id"].tolist(), THRESHOLD)
    )
    n_plans = sample["demarche_id"].nunique()
    shared = float((counts >= 2).mean())
    # some actions recur across plans, most titles are their plan's own wording
    assert 0.01 <= shared <= 0.25, shared
    assert counts.max() <= 0.1 * n_plans, counts.max()
