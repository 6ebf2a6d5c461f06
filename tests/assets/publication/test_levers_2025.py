"""Published tables with ``lever_code`` also carry the 2025 SGPE lever name."""

from __future__ import annotations

import json

import pandas as pd

from assets.publication.folder import publish
from assets.publication.schema import COLUMN_DESCRIPTIONS
from assets.publication.tables import with_lever_label_2025


def test_every_table_with_lever_code_gets_the_2025_name(tmp_path) -> None:
    tables = {
        "lever_state_of_play": pd.DataFrame(
            {
                "region_code": ["32", "32", "32"],
                "lever_code": ["voyageurs.report_modal", "batiments.renovation_tertiaire", "x"],
                "lever_label": [
                    "Report modal",
                    "Sobriété et isolation des bâtiments (tertiaire)",
                    "?",
                ],
                "n_actions": [3, 1, 0],
            }
        ),
        "actions": pd.DataFrame(
            {
                "title": ["Réseau de chaleur", "Gouvernance"],
                "lever_code": ["energie.reseaux_chaleur", "transverse"],
            }
        ),
        "response_coverage": pd.DataFrame({"region_code": ["32"], "n_recipients": [4]}),
    }
    publish(tables, tmp_path, "32", synthesis_html="<html><body>test</body></html>")
    out = tmp_path / "32"
    sop = pd.read_csv(out / "lever_state_of_play.csv", sep=";", encoding="utf-8-sig")
    assert list(sop.columns)[:4] == ["region_code", "lever_code", "lever_label", "lever_label_2025"]
    assert sop["lever_label_2025"].tolist()[:2] == [
        "Transports en commun",
        "Sobriété des bâtiments (tertiaire) ; Rénovation (hors changement chaudières)",
    ]
    assert pd.isna(sop["lever_label_2025"].iloc[2])  # unknown code: no invented name
    actions = pd.read_parquet(out / "actions.parquet")
    assert actions["lever_label_2025"].tolist() == ["Réseaux de chaleur décarbonés", None]
    coverage = pd.read_csv(out / "response_coverage.csv", sep=";", encoding="utf-8-sig")
    assert "lever_label_2025" not in coverage.columns
    descriptor = json.loads((out / "datapackage.json").read_text(encoding="utf-8"))
    fields = {
        f["name"]: f
        for r in descriptor["resources"]
        if r["name"] == "actions"
        for f in r["schema"]["fields"]
    }
    assert fields["lever_label_2025"]["description"] == COLUMN_DESCRIPTIONS["lever_label_2025"]
    assert "mars 2025" in fields["lever_label_2025"]["description"]


def test_existing_column_and_input_frame_left_alone() -> None:
    df = pd.DataFrame({"lever_code": ["voyageurs.velo"]})
    out = with_lever_label_2025(df)
    assert list(df.columns) == ["lever_code"]
    assert out["lever_label_2025"].tolist() == ["Vélo"]
    assert with_lever_label_2025(out) is out
