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


def test_real_tet_fiche_people_are_masked(realworld_dir) -> None:
    """A fiche exported by Territoires en Transitions (real layout, test users' names)."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(realworld_dir / "tet" / "golden-baseline-fiche-81152.pdf")
    text = "\n".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    masked = PersonalDataPolicy().mask_text(text)
    for name in ("Nicolas VALLEE", "Sophie Durand", "Benjamin Goullard", "Manon Bouvier", "Doe John"):
        assert name in text and name not in masked, name
    assert "Structures Pilotes : Communauté de communes des Coëvrons" in masked
    assert "Directions ou Services Pilotes : Direction environnement" in masked


def test_real_pcaet_titles_are_almost_never_touched(realworld_dir) -> None:
    """5 178 real ADEME action titles hold no personal data: false positives stay rare."""
    titles = pd.read_csv(realworld_dir / "ademe_pcaet" / "pcaet_actions_dev.csv")["intitule"]
    policy = PersonalDataPolicy()
    changed = [t for t in titles.dropna() if policy.mask_text(t) != t]
    assert len(titles) > 5000
    assert len(changed) <= 2, changed  # « Docteur Watt » (a programme) reads as a civility


def test_distinct_cell_masking_equals_row_by_row():
    """mask_frame masks each distinct text once (then weights the counts): same cells and
    same counts as the row-by-row path, names learnt mid-column included."""
    import pandas as pd

    from assets.personal_data import PersonalDataPolicy

    texts = [
        "Projet suivi par Jean Dupont",
        "Réunion avec M. Paul Martin le 3 mars",
        None,
        "Projet suivi par Jean Dupont",
        "Paul Martin présentera le bilan",
        "contact : agent@mairie.fr ou 06 12 34 56 78",
        "contact : agent@mairie.fr ou 06 12 34 56 78",
        "Oui",
        "Oui",
    ]
    frame = pd.DataFrame({"text": texts, "n": range(len(texts))})
    fast = PersonalDataPolicy()
    masked = fast.mask_frame("t", frame)
    slow = PersonalDataPolicy()
    expected = frame["text"].map(lambda v: slow.mask_value(v, ("t", "text")), na_action="ignore")
    assert masked["text"].tolist() == expected.tolist()
    assert fast.summary() == slow.summary()
    assert "Paul Martin" not in " ".join(v for v in masked["text"] if v)
    assert {r["kind"]: r["count"] for r in fast.summary()}["courriel"] == 2


def test_sha256_starting_like_a_phone_number_is_not_masked() -> None:
    """A content hash is provenance: « 0612345678ab… » is not a phone number (it was masked
    in the published ingestion report of a large generated region)."""
    sha = "0612345678abcdef" + "0123456789abcdef" * 3
    policy = PersonalDataPolicy()
    assert policy.mask_text(sha) == sha
    assert policy.mask_text(f"fichier {sha} lu") == f"fichier {sha} lu"
    assert not policy.summary()
    assert policy.mask_text("Tél. 0612345678, puis rien") == "Tél. [téléphone masqué], puis rien"
