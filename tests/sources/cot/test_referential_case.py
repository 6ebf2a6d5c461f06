"""Progress-table labels printed in capitals (cot000_pptxcapitales: Impress caps effects on
the label column, sixtieth pass) given back the referential's wording from the Territoires en
Transitions exports (sources.cot.referential_case), never guessed where the list is silent."""

from __future__ import annotations

import csv
from importlib import resources

from sources.cot.referential_case import referential_case


def test_reference_list_holds_the_exports_upper_levels() -> None:
    path = resources.files("sources").joinpath("reference", "referential_labels.csv")
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 192
    assert sum(r["referential"] == "ECI" for r in rows) == 106
    assert {"referential": "CAE", "code": "1", "label": "Planification territoriale"} in rows
    assert max(r["code"].count(".") for r in rows) == 2


def test_labels_in_capitals_take_the_referential_wording() -> None:
    assert referential_case("CAE", "PLANIFICATION TERRITORIALE") == "Planification territoriale"
    assert referential_case("CAE", "STRATÉGIE GLOBALE CLIMAT-AIR-ÉNERGIE") == (
        "Stratégie globale climat-air-énergie"
    )
    # capitals typed without their accents: the same label
    assert referential_case("CAE", "PATRIMOINE DE LA COLLECTIVITE") == (
        "Patrimoine de la collectivité"
    )
    # a label the deck cut short: as many characters of the label it begins, its ellipsis kept
    assert referential_case(
        "ECI", "DÉFINIR UNE STRATÉGIE GLOBALE DE LA POLITIQUE ECONOMIE C..."
    ) == ("Définir une stratégie globale de la politique Economie C...")
    # the referential unknown: either list, when one label only matches
    assert referential_case(None, "URBANISME") == "Urbanisme"


def test_other_labels_stay_as_read() -> None:
    # lower-case letters: the author's own wording, kept
    assert referential_case("CAE", "Planification TERRITORIALE") == "Planification TERRITORIALE"
    # a label the list does not know (another version of the referential): never guessed
    label = "IDENTIFIER ET DÉVELOPPER DES FILIÈRES/DOMAINES À ENJEUX EN LIEN AVE..."
    assert referential_case("ECI", label) == label
    # too short to be told, or nothing at all
    assert referential_case("CAE", "EAU") == "EAU"
    assert referential_case("CAE", "") == ""
    assert referential_case("CAE", None) is None
