"""Revue des cibles: the SGPE regional panorama as ``lever_targets`` and the regional stake.

The reference CSV is built from ``shared/realworld/sgpe/regional_lever_targets.json`` (the
SGPE tool's own data); these tests compare it with that file, figure by figure.
"""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from assets.diagnostic.config import DiagnosticConfig
from assets.diagnostic.frames import lever_frame
from assets.diagnostic.themes import priority_themes
from sources.reference import lever_by_code
from sources.sgpe_panorama import (
    lever_targets,
    panorama_mapping,
    panorama_rows,
    parse_panorama,
    physical_values,
    unmapped_levers,
)


@pytest.fixture(scope="module")
def panorama(realworld_dir) -> list[dict]:
    path = realworld_dir / "sgpe" / "regional_lever_targets.json"
    if not path.exists():
        pytest.skip(f"panorama SGPE absent : {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def test_reference_csv_is_the_panorama(panorama) -> None:
    """Every panorama record of an INSEE region is stored with its figures unchanged."""
    rows, unknown = parse_panorama(panorama)
    assert unknown == ["Région exemple"]  # the tool's demo region, no INSEE code
    assert len(rows) == 474 - 30 == len(panorama_rows())
    stored = {(r["region_code"], r["sgpe_id"]): r for r in panorama_rows()}
    for row in rows:
        got = stored[(row["region_code"], row["sgpe_id"])]
        assert got["obj_co2_kt"] == pytest.approx(row["obj_co2_kt"], abs=1e-9)
        assert got["ratio_co2_to_phys"] == pytest.approx(row["ratio_co2_to_phys"], abs=1e-12)
        assert got["unit_phys"] == row["unit_phys"]
    assert {r["region_code"] for r in rows} == {
        "01", "02", "03", "04", "06", "11", "24", "27", "28", "32", "44", "52", "53", "75",
        "76", "84", "93", "94",
    }  # fmt: skip


def test_demo_region_equals_the_panorama_figures(panorama) -> None:
    """Hauts-de-France (32): kt CO₂e, physical units and 2019 points as in the SGPE tool."""
    hdf = {r["id"]: r for r in panorama if r["regionName"] == "Hauts-de-France"}
    assert len(hdf) == 30
    table = lever_targets("32")
    # 30 SGPE levers, all mapped: 23 one-to-one, 7 shared (vélo+TC, fret ×2, forêts, industrie)
    assert table["sgpe_lever_id"].nunique() == 30
    assert len(table) == 36 and not table.duplicated(["region_code", "lever_code"]).any()
    for row in table.to_dict("records"):
        src = hdf[row["sgpe_lever_id"]]
        assert row["kt_co2e_avoided_2030"] == pytest.approx(src["objCO2"], abs=1e-9)
        assert row["sgpe_lever_name"] == src["leverName"]
        assert row["sector"] == src["sector"]
    by_lever = table.set_index("lever_code")
    # figures read in the JSON by hand
    assert by_lever.at["voyageurs.vehicules_electriques", "kt_co2e_avoided_2030"] == 940.7603
    assert by_lever.at["voyageurs.vehicules_electriques", "physical_2019"] == 6.706
    # 6,706 + 940,7603 × 0,4677 = 446,70 milliers de véhicules électriques en 2030
    assert by_lever.at["voyageurs.vehicules_electriques", "physical_target_2030"] == pytest.approx(
        446.6996, abs=1e-4
    )
    assert by_lever.at["voyageurs.vehicules_electriques", "physical_unit"].startswith(
        "milliers de véhicules électriques"
    )
    # a change vs 2019 (« km annuels/voiture évités ») has no 2019 level
    assert math.isnan(by_lever.at["voyageurs.covoiturage", "physical_2019"])
    assert by_lever.at["voyageurs.covoiturage", "physical_target_2030"] == pytest.approx(
        266.7958 * 2.2489, abs=1e-3
    )
    # no physical translation: empty, never 0
    assert pd.isna(by_lever.at["industrie.grands_sites", "physical_target_2030"])
    # the industry figure is one for two of our levers: repeated, said « partagé », not split
    assert by_lever.at["industrie.grands_sites", "kt_co2e_avoided_2030"] == 7394.6462
    assert by_lever.at["industrie.industrie_diffuse", "kt_co2e_avoided_2030"] == 7394.6462
    assert by_lever.at["industrie.grands_sites", "mapping"].startswith("partagé")
    # shares: over SGPE levers counted once
    total = sum(r["objCO2"] for r in hdf.values())
    assert by_lever.at["industrie.grands_sites", "share_of_regional_effort"] == pytest.approx(
        7394.6462 / total, abs=1e-4
    )
    once = table.drop_duplicates("sgpe_lever_id")["share_of_regional_effort"].sum()
    assert once == pytest.approx(1.0, abs=0.002)
    assert table["share_of_regional_effort"].between(0, 1).all()
    assert "Hauts-de-France" in table["source"].iloc[0]
    # the forest figure is not regionalised in the panorama: the note says so
    assert "non régionalisé" in by_lever.at["agriculture.puits_forestiers", "panorama_note"]


def test_unmapped_levers_are_kept_with_a_reason() -> None:
    """Overseas levers with no lever of ours (air transport, HFC…) are recorded, not forced."""
    guadeloupe = {u["sgpe_id"]: u for u in unmapped_levers("01")}
    assert set(guadeloupe) == {
        "co2_efficacitepl", "co2_carbaerien", "co2_traficaerien", "co2_sobriete",
        "co2_dechets", "co2_hfc",
    }  # fmt: skip
    assert "aérien" in guadeloupe["co2_carbaerien"]["reason"]
    assert unmapped_levers("32") == []
    codes = set(lever_by_code())
    for m in panorama_mapping():
        assert (m.lever_code in codes) if m.lever_code else m.relation == "non couvert"
        assert m.note or m.relation in ("equivalent",)


def test_physical_values_follow_the_tool() -> None:
    level = {"unit_phys": "TWh", "obj_co2_kt": 100.0, "ratio_co2_to_phys": -0.5,
             "start_point_2019": 30.0, "relative": True}  # fmt: skip
    assert physical_values(level) == (30.0, 0.0)  # floored at 0 as the tool does
    assert physical_values({**level, "unit_phys": ""}) == (None, None)


def test_regional_stake_weighs_in_the_priority_score() -> None:
    """Two levers with identical answers: the one carrying more of the region's 2030 effort
    (Hauts-de-France: vélo+TC 444,7 kt vs bus 53,1 kt) scores higher, by the stake's weight."""
    answers = [
        {"region_code": "32", "siren": f"20000000{i}", "authority_name": f"C{i}",
         "lever_code": lever, "relevance_score": 4, "deployment_score": 0,
         "relevance_label": "Très forte", "deployment_label": "Non"}
        for i in range(1, 4)
        for lever in ("voyageurs.velo", "voyageurs.bus_cars_decarbones")
    ]  # fmt: skip
    config = DiagnosticConfig()
    themes = priority_themes(
        "32", lever_frame(), pd.DataFrame(answers), pd.DataFrame(), pd.DataFrame(),
        pd.DataFrame(), config,
    ).set_index("lever_code")  # fmt: skip
    velo, bus = themes.loc["voyageurs.velo"], themes.loc["voyageurs.bus_cars_decarbones"]
    assert velo["share_of_regional_effort"] == pytest.approx(0.0195, abs=1e-4)
    assert bus["share_of_regional_effort"] == pytest.approx(0.0023, abs=1e-4)
    top = lever_targets("32")["share_of_regional_effort"].max()  # industry, 32 %
    assert velo["score_regional_stake"] == pytest.approx(100 * 0.15 * 0.0195 / top, abs=0.02)
    assert velo["score"] - bus["score"] == pytest.approx(
        velo["score_regional_stake"] - bus["score_regional_stake"], abs=0.02
    )
    assert "Enjeu régional : 445 kt CO₂e à éviter en 2030" in velo["rationale"].replace(
        "\u202f", " "
    )
    assert config.weights["regional_stake"] == 0.15
    assert sum(config.weights.values()) == pytest.approx(1.0)
