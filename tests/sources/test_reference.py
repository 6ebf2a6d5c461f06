"""Reference data: levers with their 2030 targets, regions and départements."""

from __future__ import annotations

from sources.reference import (
    departement_by_code,
    departements,
    departements_of_region,
    lever_by_code,
    levers,
    region_by_code,
    regions,
)


def test_levers_have_their_2030_target_from_seed_004() -> None:
    assert len(levers()) == 47
    assert len({lever.code for lever in levers()}) == 47
    velo = lever_by_code()["voyageurs.velo"]
    assert velo.label == "Vélo" and velo.thematic == "se_deplacer"
    assert velo.target_2030 == "Multiplication par 4 de l'usage du vélo entre 2019 et 2030"
    assert velo.target_value == 4 and velo.target_base_year == 2019
    renov = lever_by_code()["batiments.renovation_residentiel"]
    assert renov.target_value == -60 and renov.target_base_year == 2021
    assert "passoires thermiques" in (renov.target_unit or "")
    assert lever_by_code()["eau.desimpermeabilisation"].target_2030 == "Pas de cible"
    assert lever_by_code()["eau.desimpermeabilisation"].target_value is None
    assert all(lever.target_2030 for lever in levers())


def test_regions_and_departements() -> None:
    assert len(regions()) == 18
    assert len(departements()) == 101
    assert region_by_code()["32"].name == "Hauts-de-France"
    assert departements_of_region("32") == ["02", "59", "60", "62", "80"]
    assert departement_by_code()["2A"].region_code == "94"
    assert departement_by_code()["976"].name == "Mayotte"
    assert {d.region_code for d in departements()} == {r.region_code for r in regions()}
