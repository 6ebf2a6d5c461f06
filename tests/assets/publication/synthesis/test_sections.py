"""Sections of the HTML synthesis, on small frames shaped like the published tables.

Each section must show what the tables hold (counts, reasons, criteria) and say in French what
is missing when a table or a column is absent, never fail.
"""

from __future__ import annotations

import re

import pandas as pd
import pytest

from assets.publication.synthesis.departments import department_view
from assets.publication.synthesis.page import build_synthesis_html
from assets.publication.synthesis.sections import (
    candidates_section,
    data_quality_section,
    document_counts,
    document_kpi_label,
    targets_review,
)

REGION = "32"

REPORT = pd.DataFrame(
    {
        "source_file": [
            "plans/02/pcaet-a.pdf", "plans/59/pcaet-b.pdf", "plans/60/plan.xlsx",
            "contrats/COT-01.pdf", "contrats/COT-02.pdf", "contrats/COT-03.pdf",
            "questionnaires/q1.xlsx", "questionnaires/q1_v1.xlsx", "destinataires.xlsx",
            "questionnaires/Budget_2024.xlsx", "plans/scan-illisible.pdf",
        ],
        "detected_type": [
            "action_plan", "action_plan", "plan_tableur", "cot", "cot", "cot", "questionnaire",
            "questionnaire", "recipients", "tableur_inconnu", "pdf_inconnu",
        ],
        "status": [
            "loaded", "unchanged", "loaded", "loaded", "loaded", "unchanged", "loaded",
            "superseded", "loaded", "quarantined", "quarantined",
        ],
        "reason": [None] * 7 + [
            "réponse remplacée par une réponse plus récente de la même collectivité", None,
            "tableur qui n'est ni un questionnaire de pré-diagnostic ni une liste de destinataires",
            "PDF sans couche texte et OCR indisponible (tesseract-ocr-fra non installé)",
        ],
        "n_records": [12, 9, 4, 30, 8, 5, 47, 47, 25, 0, 0],
        "n_warnings": [1, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0],
    }
)  # fmt: skip


def test_document_counts_by_type_from_the_report() -> None:
    """3 plans (2 PDF, 1 spreadsheet) and 3 contracts read; quarantined/superseded apart."""
    counts = document_counts({"ingestion_report": REPORT})
    assert (counts["n_plans"], counts["n_contracts"], counts["n_documents"]) == (3, 3, 6)
    assert document_kpi_label(counts) == "plans et contrats lus (3 plans d’action, 3 contrats)"
    # a file that gave actions but is missing from the report still counts, as a plan
    actions = pd.DataFrame({"source_file": ["plans/ancien.pdf", "plans/02/pcaet-a.pdf"]})
    counts = document_counts({"ingestion_report": REPORT, "actions": actions})
    assert (counts["n_plans"], counts["n_contracts"]) == (4, 3)
    # no report at all: the tables' files
    counts = document_counts(
        {"actions": actions, "contract_targets": pd.DataFrame({"source_file": ["c.pdf"]})}
    )
    assert (counts["n_plans"], counts["n_contracts"]) == (2, 1)


def test_data_quality_lists_quarantine_with_reasons_ocr_and_failed_checks() -> None:
    actions = pd.DataFrame(
        {
            "source_file": ["plans/scan.pdf"] * 3 + ["plans/a.pdf"],
            "extraction": ["ocr", "ocr", "ocr", "text"],
            "ocr_confidence": [0.9, 0.8, 1.0, None],
        }
    )
    checks = pd.DataFrame(
        {
            "check_name": ["gx_actions", "gx_actions_blocking"],
            "table": ["actions", "actions"],
            "passed": [False, True],
            "description": ["actions : 1 règle(s) sur 12 en échec, dont 0 bloquante(s).", ""],
        }
    )
    q = data_quality_section({"ingestion_report": REPORT, "actions": actions}, checks)
    assert q["n_files"] == 11 and q["n_warnings"] == 4
    assert [(r["label"], r["n"], r["read"], r["quarantined"]) for r in q["rows"]][:3] == [
        ("Plans d'action (PDF)", 2, 2, 0),
        ("Plans d'action (tableur)", 1, 1, 0),
        ("Contrats (COT…)", 3, 3, 0),
    ]
    assert [x["file"] for x in q["quarantined"]] == [
        "questionnaires/Budget_2024.xlsx",
        "plans/scan-illisible.pdf",
    ]
    assert q["quarantined"][1]["reason"].startswith("PDF sans couche texte")
    assert q["ocr"] == [{"label": "fiches action", "n": 3, "files": 1, "confidence": "90 %"}]
    assert [c["name"] for c in q["checks"]] == ["gx_actions"]
    assert q["checks_note"] == "2 contrôles qualité exécutés, 1 en échec."
    assert q["sentence"].startswith("11 fichiers reçus : 8 lus, 2 mis en quarantaine, 1 remplacé")
    # without a report: no failure, a French note in the page
    empty = data_quality_section({})
    assert not empty["available"] and empty["rows"] == []


def _state() -> pd.DataFrame:
    rows = []
    for lever, label, thematic in (
        ("voyageurs.velo", "Vélo", "se_deplacer"),
        ("batiments.renovation_residentiel", "Sobriété et isolation (résidentiel)", "se_loger"),
        ("agriculture.haies", "Gestion des haies", "preserver"),
    ):
        rows.append(
            {"scope": "region", "department_code": None, "lever_code": lever, "lever_label": label,
             "thematic": thematic, "mean_deployment": 1.5 if lever != "agriculture.haies" else None,
             "mean_relevance": 3.0, "n_scored_deployment": 14 if lever != "agriculture.haies" else 0,
             "n_scored_relevance": 14, "family": "A"}
        )  # fmt: skip
        for dept, dep, n in (("59", 2.5, 12), ("62", 0.5, 2)):
            if lever == "agriculture.haies":
                dep, n = None, 0
            rows.append(
                {"scope": "departement", "department_code": dept, "lever_code": lever,
                 "lever_label": label, "thematic": thematic, "mean_deployment": dep,
                 "mean_relevance": 3.0, "n_scored_deployment": n, "n_scored_relevance": n,
                 "family": None}
            )  # fmt: skip
    df = pd.DataFrame(rows)
    df["n_respondents"] = df["n_scored_relevance"]
    for column in ("n_actions", "budget_eur", "n_blockers"):
        df[column] = 0
    return df


def test_department_view_cells_counts_and_department_themes() -> None:
    themes = pd.DataFrame(
        {"rank": [1, 2], "lever_code": ["voyageurs.velo", "voyageurs.velo"],
         "scope": ["region", "departement"], "department_code": [None, "62"]}
    )  # fmt: skip
    v = department_view(
        {"lever_state_of_play": _state(), "priority_themes": themes},
        {"59": "Nord (59)", "62": "Pas-de-Calais (62)"},
    )
    assert v["available"]
    assert [c["code"] for c in v["columns"]] == ["59", "62"]
    assert [c["short"] for c in v["columns"]] == ["Nord", "Pas-de-Calais"]
    # the lever nobody scored anywhere is left out and counted
    assert v["n_levers"] == 2 and v["n_unanswered"] == 1
    assert [g["label"] for g in v["groups"]] == ["Se déplacer", "Se loger"]
    velo = v["groups"][0]["rows"][0]
    assert [c["text"] for c in velo["cells"]] == ["2,5", "0,5"]
    assert [c["n"] for c in velo["cells"]] == [12, 2]
    assert [c["theme"] for c in velo["cells"]] == [False, True]
    assert velo["region"]["text"] == "1,5" and velo["region"]["n"] == 14
    assert (v["n_cells"], v["n_small"], v["n_dept_themes"]) == (4, 2, 1)
    # darker for more deployment, and readable text on it
    assert velo["cells"][0]["fg"] == "#ffffff" and velo["cells"][1]["fg"] == "#1d2733"
    # no département rows: a French note
    region_only = _state()[lambda d: d["scope"] == "region"]
    v = department_view({"lever_state_of_play": region_only})
    assert not v["available"] and "Aucune ligne départementale" in v["note"]


LEVER_TARGETS = pd.DataFrame(
    {
        "region_code": [REGION] * 3,
        "lever_code": ["industrie.grands_sites", "batiments.chaudiere_gaz_residentiel",
                       "voyageurs.velo"],
        "lever_label": ["Grands sites industriels (top 50)", "Changement de chaudière à gaz (résidentiel)",
                        "Vélo"],
        "sgpe_lever_name": ["Production industrielle", "Changement de chaudière à gaz", "Vélo"],
        "sector": ["Industrie", "Résidentiel", "Transport de voyageurs"],
        "kt_co2e_avoided_2030": [7394.6462, 977.5228, 120.0],
        "share_of_regional_effort": [0.8543, 0.1129, 0.0139],
        "physical_target_2030": [None, 938.5, 2.1],
        "physical_unit": [None, "milliers de résidences p. chauffées au gaz", "% des trajets"],
        "physical_2019": [None, 1313.916, 0.9],
        "source": ["SGPE, panorama régional des leviers"] * 3,
    }
)  # fmt: skip


def test_targets_review_ranks_levers_by_regional_effort_next_to_engagement() -> None:
    state = pd.DataFrame(
        {"scope": ["region", "region"], "lever_code": ["voyageurs.velo", "industrie.grands_sites"],
         "mean_relevance": [3.2, 1.0], "mean_deployment": [1.8, 0.1], "n_actions": [4, 0]}
    )  # fmt: skip
    families = pd.DataFrame({"lever_code": ["voyageurs.velo"], "family": ["A"]})
    t = targets_review(
        {"lever_targets": LEVER_TARGETS, "lever_state_of_play": state, "lever_families": families}
    )
    assert t["available"]
    assert [r["label"] for r in t["rows"]] == [
        "Production industrielle",
        "Changement de chaudière à gaz",
        "Vélo",
    ]
    first, second, velo = t["rows"]
    assert (first["kt"], first["share"], first["width"]) == ("7\u202f395", "85 %", 85)
    assert first["deployment"] == "0,1" and first["family"] is None
    assert first["physical"] == ""  # no unit in the panorama: no figure
    assert (
        second["physical"] == "938 milliers de résidences p. chauffées au gaz (2019 : 1\u202f314)"
    )
    assert (velo["deployment"], velo["family"], velo["n_actions"]) == ("1,8", "A", 4)
    assert "portent 100 % des 8\u202f492 kt CO₂e" in t["sentence"]
    assert "« Production industrielle »" in t["sentence"]  # weighs most, little engaged
    absent = targets_review({})
    assert not absent["available"] and "lever_targets" in absent["note"]


def test_phone_chart_keys_name_the_numbered_levers() -> None:
    from assets.publication.synthesis.charts import compact_chart_keys

    families = pd.DataFrame(
        {"lever_code": ["a", "b", "c"], "lever_label": ["Vélo", "Haies", "Biogaz"],
         "family": ["A", "B", None], "relevance_axis": [3.0, 3.2, 1.0],
         "deployment_axis": [2.0, 0.5, 0.3]}
    )  # fmt: skip
    keys = compact_chart_keys(families, {"b"})
    # the priority theme first, then the widest gap / most deployed; unclassified left out
    assert [(k["n"], k["label"], k["bold"]) for k in keys] == [
        (1, "Haies", True), (2, "Vélo", False),
    ]  # fmt: skip


def _candidates(with_shortlist: bool) -> pd.DataFrame:
    df = pd.DataFrame(
        {
            "title": ["Restaurer les zones humides", "Plan vélo", "Rénovation BBC école", "Haies"],
            "lever_code": ["agriculture.restauration_habitats", "voyageurs.velo",
                           "batiments.renovation_tertiaire", "agriculture.haies"],
            "priority_theme_rank": [1, 2, None, 1],
            "owner": ["CUDC", "CC Haute Somme", "CU Val de Lys", None],
            "estimated_cost_eur": [32000, 250000, 250000, 0],
            "coherence_ok": [True, True, False, True],
            "potential_ok": [False, True, True, False],
            "progress_ok": [True, True, True, False],
            "coherence_reason": ["Levier d'un thème prioritaire"] * 2 + ["Hors thème", "ok"],
            "potential_reason": ["Pas de cible 2030 propre", "Cible et coût", "Cible", "Non"],
            "progress_reason": ["Complet", "Complet", "Complet", "Manque : financement"],
            "missing_fields": [[], [], [], ["porteur", "financement"]],
        }
    )  # fmt: skip
    if with_shortlist:
        df["shortlisted"] = [True, True, False, False]
        df["shortlist_reason"] = ["1re du thème 1", "1re du thème 2", "hors thème", "1 critère"]
        df["criteria_met"] = [2, 3, 2, 1]
        df["missing_criteria"] = ["potentiel : pas de cible 2030 propre", "", "cohérence", "x"]
    return df


def test_candidates_shortlist_with_criteria_and_what_is_missing() -> None:
    c = candidates_section({"cop_action_candidates": _candidates(True)}, {"voyageurs.velo": "Vélo"})
    assert (c["n_total"], c["n_all3"], c["n_shown"]) == (4, 1, 2)
    assert [x["title"] for x in c["cards"]] == ["Restaurer les zones humides", "Plan vélo"]
    zones, velo = c["cards"]
    assert [(k["label"], k["ok"]) for k in zones["criteria"]] == [
        ("Cohérence", True), ("Potentiel", False), ("Avancement", True),
    ]  # fmt: skip
    assert zones["missing"] == "Manque : potentiel : pas de cible 2030 propre"
    assert zones["reason"] == "1re du thème 1" and zones["theme"] == 1
    assert velo["met"] == 3 and velo["missing"] == "" and velo["lever"] == "Vélo"
    assert c["note"] == ""
    assert c["sentence"].startswith("4 actions candidates tirées des plans d'action et des "
                                    "réponses ; 1 remplit les trois critères")  # fmt: skip


def test_candidates_fallback_without_shortlist_columns() -> None:
    """Today's table: no shortlisted/criteria_met; best per theme by criteria, said so."""
    c = candidates_section({"cop_action_candidates": _candidates(False)}, per_theme=1, min_shown=3)
    titles = [x["title"] for x in c["cards"]]
    # theme 1: zones humides (2 criteria) before haies (1); theme 2: vélo; then off-theme ≥ 2
    assert titles == ["Restaurer les zones humides", "Plan vélo", "Rénovation BBC école"]
    assert "la table ne porte pas encore de liste restreinte" in c["note"]
    assert c["cards"][0]["missing"] == "Critère non rempli : potentiel"
    haies = candidates_section({"cop_action_candidates": _candidates(False)}, per_theme=2)
    card = next(x for x in haies["cards"] if x["title"] == "Haies")
    assert card["missing"] == (
        "Critères non remplis : potentiel, avancement · À compléter : porteur, financement"
    )
    none = candidates_section({})
    assert not none["available"] and none["cards"] == []


def _themes() -> pd.DataFrame:
    return pd.DataFrame(
        {"rank": [1, 2], "lever_code": ["voyageurs.velo", "agriculture.haies"],
         "title": ["Développer le vélo", "Planter des haies"], "score": [81.35, 46.0],
         "thematic": ["se_deplacer", "preserver"], "rationale": ["r1", "r2"]}
    )  # fmt: skip


def test_page_holds_every_section_and_true_0_100_bars() -> None:
    dept_theme = pd.DataFrame(
        {"rank": [1], "lever_code": ["voyageurs.velo"], "title": ["Le vélo dans le Pas-de-Calais"],
         "score": [70.0], "scope": ["departement"], "department_code": ["62"],
         "rationale": ["Déploiement 0,5/3 contre 1,5/3 dans la région."]}
    )  # fmt: skip
    themes = pd.concat([_themes().assign(scope="region"), dept_theme], ignore_index=True)
    tables = {
        "ingestion_report": REPORT,
        "lever_state_of_play": _state(),
        "priority_themes": themes,
        "cop_action_candidates": _candidates(True),
        "lever_targets": LEVER_TARGETS,
    }
    html = build_synthesis_html("Hauts-de-France", REGION, tables)
    for anchor in ('id="cibles"', 'id="departements"', 'id="candidates"', 'id="qualite"'):
        assert anchor in html
    # bars on the 0–100 scale of the caption, not relative to the top score
    assert re.findall(r'<span class="bar"><i style="width:(\d+)%">', html) == ["81", "46"]
    assert "<b>6</b><span>plans et contrats lus (3 plans d’action, 3 contrats)" in html
    assert "Fichiers mis en quarantaine (2)" in html
    assert "PDF sans couche texte et OCR indisponible" in html
    assert html.count('class="card candidate"') == 2
    assert "Production industrielle" in html
    # département cells: 2 levers x 2 départements (deployment), 3 x 2 (relevance: the hedges
    # have regional relevance answers); Pas-de-Calais x vélo outlined as a département theme
    assert html.count('<td class="c"') + html.count('<td class="c theme"') == 2 * 2 + 3 * 2
    assert html.count('<td class="c reg"') == 2 + 3
    assert html.count('<td class="c theme"') == 2
    # the département theme is listed apart, not ranked among the region's themes
    assert "Thèmes départementaux (1)" in html and "Le vélo dans le Pas-de-Calais" in html
    assert "<b>2</b><span>thèmes prioritaires" in html


def test_page_degrades_with_french_notes_when_tables_are_absent() -> None:
    html = build_synthesis_html("Hauts-de-France", REGION, {"priority_themes": _themes()})
    assert "ne sont pas disponibles dans cette publication" in html  # targets
    assert "L&#39;état des lieux par levier et par département n&#39;est pas disponible" in html
    assert "Aucune action candidate n&#39;a été identifiée" in html
    assert "Le rapport d&#39;ingestion n&#39;est pas disponible" in html or (
        "Le rapport d'ingestion n'est pas disponible" in html
    )


@pytest.mark.parametrize("compact", [False, True])
def test_family_chart_text_sizes(compact: bool) -> None:
    """Desktop chart ≥ 7.5 pt (drawn ~1.6× at 1400 px); phone chart ≥ 10 pt (drawn ~1×)."""
    from assets.publication.synthesis.charts import families_chart_svg

    families = pd.DataFrame(
        {"lever_code": ["a", "b", "c"], "lever_label": ["Vélo", "Haies", "Biogaz"],
         "family": ["A", "B", "C"], "relevance_axis": [3.0, 3.2, 1.0],
         "deployment_axis": [2.0, 0.5, 0.3], "n_respondents": [10, 8, 3]}
    )  # fmt: skip
    svg = str(families_chart_svg(families, {}, {"a"}, compact=compact))
    sizes = [float(v) for v in re.findall(r"font-size: ([\d.]+)px", svg)]
    assert sizes and min(sizes) >= (10 if compact else 7.5)


def test_targets_review_counts_a_shared_panorama_figure_once() -> None:
    """One SGPE figure repeated on two of our levers (« partagé ») is one row, counted once."""
    shared = pd.DataFrame(
        {
            "region_code": ["32", "32", "32"],
            "lever_code": [
                "industrie.grands_sites",
                "industrie.industrie_diffuse",
                "voyageurs.velo",
            ],
            "lever_label": ["Grands sites industriels (top 50)", "Industrie diffuse", "Vélo"],
            "sgpe_lever_id": ["co2_indus", "co2_indus", "velo"],
            "sgpe_lever_name": ["Production industrielle", "Production industrielle", "Vélo"],
            "kt_co2e_avoided_2030": [600.0, 600.0, 400.0],
            "share_of_regional_effort": [0.6, 0.6, 0.4],
        }
    )
    state = pd.DataFrame(
        {"scope": ["region"] * 3,
         "lever_code": ["industrie.grands_sites", "industrie.industrie_diffuse", "voyageurs.velo"],
         "mean_relevance": [1.0, 2.0, 3.0], "mean_deployment": [0.2, 0.4, 1.8], "n_actions": [1, 2, 4]}
    )  # fmt: skip
    t = targets_review({"lever_targets": shared, "lever_state_of_play": state})
    assert [r["label"] for r in t["rows"]] == ["Production industrielle", "Vélo"]
    first = t["rows"][0]
    assert first["lever"] == "Grands sites industriels (top 50) ; Industrie diffuse"
    assert (first["relevance"], first["deployment"], first["n_actions"]) == ("1,5", "0,3", 3)
    assert "portent 100 % des 1\u202f000 kt CO₂e" in t["sentence"]
    assert t["sentence"].count("« Production industrielle »") == 1
