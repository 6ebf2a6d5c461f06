"""The personal-data policy: what is masked, what is left alone."""

from __future__ import annotations

import pandas as pd
import pytest

from assets.personal_data import PersonalDataPolicy, names_from_email


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Écrire à jean.dupont@mairie.fr", "Écrire à [courriel masqué]"),
        ("tél. 06 12 34 56 78", "tél. [téléphone masqué]"),
        ("+33 6 12 34 56 78 ou 01.23.45.67.89", "[téléphone masqué] ou [téléphone masqué]"),
        ("0033 (0)1 23 45 67 89", "[téléphone masqué]"),
        ("Contact : Claire Martin, service urbanisme", "Contact : [nom masqué], service urbanisme"),
        ("Mme Odile Marchand et M. Dupont", "Mme [nom masqué] et M. [nom masqué]"),
        ("Personne pilote : Jean-Paul Lefebvre", "Personne pilote : [nom masqué]"),
        # left alone: organisations, amounts, identifiers, places
        ("Responsable : Service Mobilité", "Responsable : Service Mobilité"),
        ("Contact : Direction de l'environnement", "Contact : Direction de l'environnement"),
        ("M. le Maire", "M. le Maire"),
        ("SIRET 21310555400017, budget 1 200 000 €", "SIRET 21310555400017, budget 1 200 000 €"),
        ("Commune de Saint-Martin", "Commune de Saint-Martin"),
        ("du 06.12.2024 au 31/12/2025", "du 06.12.2024 au 31/12/2025"),
    ],
)
def test_masking_rules(text: str, expected: str) -> None:
    assert PersonalDataPolicy().mask_text(text) == expected


def test_known_names_in_either_order_and_counts() -> None:
    policy = PersonalDataPolicy(["Claire Martin", "paul durand"])
    frame = pd.DataFrame(
        {
            "actions_text": ["Voir avec claire martin", "MARTIN Claire a répondu", None],
            "partners": [["ADEME", "Paul Durand"], [], None],
            "n": [1, 2, 3],
        }
    )
    out = policy.mask_frame("t", frame)
    assert out["actions_text"].tolist()[:2] == ["Voir avec [nom masqué]", "[nom masqué] a répondu"]
    assert out["partners"][0] == ["ADEME", "[nom masqué]"]
    assert policy.summary() == [
        {"table": "t", "column": "actions_text", "kind": "nom", "count": 2},
        {"table": "t", "column": "partners", "kind": "nom", "count": 1},
    ]


def test_names_from_contact_addresses() -> None:
    assert names_from_email("claire.martin@x.fr") == "claire martin"
    assert names_from_email("transition.ecologique@x.fr") is None
    assert names_from_email("mairie@x.fr") is None
