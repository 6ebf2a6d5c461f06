"""The published synthesis of the demo region: sections with the right counts, and readable.

Counts are taken from the published tables of the same refresh (``refreshed_region``), so the
page must agree with them. The screenshot test renders ``synthese.html`` with headless
Chromium at 1400 and 390 px (scripts/screenshot_synthesis.py): no horizontal overflow, chart
and page text ≥ 10 px. It skips, saying why, only when Chromium is not installed.
"""

from __future__ import annotations

import html as html_lib
import importlib.util
import re
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import REGION, REPO_ROOT, RefreshedRegion


@pytest.fixture(scope="module")
def published(refreshed_region: RefreshedRegion) -> tuple[Path, str]:
    folder = Path(refreshed_region.env.outputs) / REGION
    return folder, (folder / "synthese.html").read_text(encoding="utf-8")


def _table(folder: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(folder / f"{name}.parquet")


def _section(page: str, anchor: str) -> str:
    start = page.index(f'<section id="{anchor}">')
    return page[start : page.index("</section>", start)]


def test_header_counts_every_plan_and_contract_read(published) -> None:
    folder, page = published
    report = _table(folder, "ingestion_report")
    read = report[report["status"].isin(["loaded", "unchanged"])]
    n_plans = int((read["detected_type"] == "action_plan").sum())
    n_cots = int((read["detected_type"] == "cot").sum())
    assert (n_plans, n_cots) == (3, 2)  # the demo: 3 plans, 2 COT
    assert (
        f"<b>{n_plans + n_cots}</b><span>plans et contrats lus ({n_plans} plans d’action, "
        f"{n_cots} contrats)" in page
    )


def test_data_quality_section_names_the_quarantined_file_and_its_reason(published) -> None:
    folder, page = published
    report = _table(folder, "ingestion_report")
    section = html_lib.unescape(_section(page, "qualite"))
    quarantined = report[report["status"] == "quarantined"]
    assert len(quarantined) == 1
    assert f"Fichiers mis en quarantaine ({len(quarantined)})" in section
    for r in quarantined.itertuples():
        assert f"<b>{r.source_file}</b> — {r.reason}" in section
    superseded = report[report["status"] == "superseded"]
    assert f"Réponses remplacées ({len(superseded)})" in section
    assert f"{len(report)} fichiers reçus" in section
    # one row per detected type, with received / read counts
    q = report[report["detected_type"] == "questionnaire"]
    row = re.search(
        r"<tr><td>Questionnaires de pré-diagnostic</td><td class=\"n\">(\d+)</td>"
        r"<td class=\"n\">(\d+)</td>",
        section,
    )
    assert row and (int(row[1]), int(row[2])) == (
        len(q),
        int(q["status"].isin(["loaded", "unchanged"]).sum()),
    )
    n_ocr = int((_table(folder, "actions")["extraction"] == "ocr").sum())
    assert n_ocr == 0 and "Aucune ligne lue par reconnaissance de caractères" in section
    # the GX checks of the same run, read back from the Dagster instance
    ran = re.search(r"(\d+) contrôles qualité exécutés, (\d+) en échec\.", section)
    assert ran and int(ran[1]) >= 20 and int(ran[2]) == 0


def test_department_view_has_every_departement_and_answered_lever(published) -> None:
    folder, page = published
    state = _table(folder, "lever_state_of_play")
    dept = state[state["scope"] == "departement"]
    section = _section(page, "departements")
    deployment = section.split("<details>")[0]
    codes = sorted(dept["department_code"].astype(str).unique())
    assert codes == ["02", "59", "60", "62", "80"]
    assert re.findall(r"<th><b>(\d\w)</b>", deployment) == codes
    answered = set(dept.loc[dept["n_scored_deployment"] > 0, "lever_code"]) | set(
        state.loc[(state["scope"] == "region") & (state["n_scored_deployment"] > 0), "lever_code"]
    )
    rows = re.findall(r'<tr><th class="lever">(?!Levier</th>)', deployment)
    assert len(rows) == len(answered)
    cells = re.findall(r'<td class="c(?: theme)?" ', deployment)
    assert len(cells) == len(answered) * len(codes)
    n_filled = int((dept["lever_code"].isin(answered) & dept["mean_deployment"].notna()).sum())
    assert f" des {n_filled} cases renseignées" in section


def test_candidates_section_counts_and_criteria(published) -> None:
    folder, page = published
    cand = _table(folder, "cop_action_candidates")
    section = html_lib.unescape(_section(page, "candidates"))
    assert section.count('class="card candidate"') >= 1
    assert f"{len(cand)} actions candidates" in section
    n_all = int((cand[["coherence_ok", "potential_ok", "progress_ok"]].sum(axis=1) == 3).sum())
    if "criteria_met" in cand.columns:
        n_all = int((cand["criteria_met"] >= 3).sum())
    assert (f"{n_all} rempli" if n_all else "aucune ne remplit") in section
    # every card shows the three criteria
    cards = section.split('class="card candidate"')[1:]
    for card in cards:
        assert all(k in card for k in ("Cohérence", "Potentiel", "Avancement"))
    if "shortlisted" in cand.columns:
        assert len(cards) == min(int(cand["shortlisted"].sum()), 15)


def test_theme_bars_on_the_0_100_scale(published) -> None:
    folder, page = published
    themes = _table(folder, "priority_themes")
    if "scope" in themes.columns:
        themes = themes[themes["scope"] != "departement"]
    widths = [int(w) for w in re.findall(r'<span class="bar"><i style="width:(\d+)%">', page)]
    assert widths == [round(s) for s in themes.sort_values("rank")["score"]]
    # the best lever theme scores ~81 in the demo: not a full bar (a cross-cutting theme's
    # score is a share of respondents and may really be 100, issue 17)
    levers = themes[themes["theme_kind"] != "transversal"] if "theme_kind" in themes else themes
    assert max(widths[: len(levers)]) < 100


def _screenshot_module():
    spec = importlib.util.spec_from_file_location(
        "screenshot_synthesis", REPO_ROOT / "scripts" / "screenshot_synthesis.py"
    )
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_screenshots_at_1400_and_390_px_no_overflow_text_at_least_10px(
    published, tmp_path: Path
) -> None:
    shots = _screenshot_module()
    if shots.find_chromium() is None:
        pytest.skip(
            "Chromium introuvable : installer le paquet « chromium » "
            "(scripts/install_system_deps.sh) ou définir COPDIAG_CHROMIUM"
        )
    folder, _ = published
    reports = shots.check_synthesis(folder / "synthese.html", tmp_path, (1400, 390))
    by_width = {r.width: r for r in reports}
    for width, rep in by_width.items():
        assert rep.problems == [], rep.problems
        assert rep.inner_width == width and rep.scroll_width <= width
        assert rep.n_chart_texts > 20  # the charts were drawn (and measured)
        assert rep.min_chart_font_px >= 10 and rep.min_html_font_px >= 10
        png = Path(rep.png)
        assert png.is_file()
        from PIL import Image

        with Image.open(png) as img:
            assert img.width == width and img.height >= 3000
    # the phone shows the compact chart, the desktop the wide one
    assert by_width[390].page_height > by_width[1400].page_height


def test_screenshot_script_reports_an_overflowing_page(tmp_path: Path) -> None:
    """The check can fail: a 600 px wide block on a 390 px screen is reported in French."""
    shots = _screenshot_module()
    if shots.find_chromium() is None:
        pytest.skip("Chromium introuvable : installer le paquet « chromium »")
    page = tmp_path / "large.html"
    page.write_text(
        '<!DOCTYPE html><html><head><meta name="viewport" content="width=device-width">'
        '</head><body><div style="width:600px">Tableau trop large</div>'
        '<svg viewBox="0 0 1000 100" style="width:100%"><text x="0" y="50" '
        'style="font-size:12px">minuscule</text></svg></body></html>',
        encoding="utf-8",
    )
    (rep,) = shots.check_synthesis(page, tmp_path / "shots", (390,))
    assert rep.scroll_width >= 600
    assert any(p.startswith("débordement horizontal à 390 px") for p in rep.problems)
    # 12 px text in a 1000-unit viewBox drawn ~370 px wide: ~4.5 px
    assert rep.min_chart_font_px < 6
    assert any("texte de graphique trop petit" in p for p in rep.problems)


def test_large_region_pages_stay_readable_at_390_px(tmp_path: Path) -> None:
    """Occitanie: 13 départements, long names, long file names, many candidates — the wide
    heatmap scrolls in its own box, the page does not."""
    shots = _screenshot_module()
    if shots.find_chromium() is None:
        pytest.skip("Chromium introuvable : installer le paquet « chromium »")
    from assets.diagnostic.frames import lever_frame
    from assets.publication.synthesis.page import build_synthesis_html
    from sources.reference import departements_of_region

    depts = departements_of_region("76")
    assert len(depts) == 13
    levers = lever_frame()
    rows = []
    for i, lever in enumerate(levers.to_dict("records")):
        base = {
            "lever_code": lever["lever_code"], "lever_label": lever["label"],
            "thematic": lever["thematic"], "n_actions": 0, "budget_eur": None, "n_blockers": 0,
            "family": None,
        }  # fmt: skip
        rows.append({**base, "scope": "region", "department_code": None,
                     "mean_deployment": (i % 4) * 0.75, "mean_relevance": 2.5,
                     "n_scored_deployment": 40, "n_scored_relevance": 40, "n_respondents": 40})  # fmt: skip
        for j, d in enumerate(depts):
            rows.append({**base, "scope": "departement", "department_code": d,
                         "mean_deployment": ((i + j) % 4) * 0.75, "mean_relevance": 3.0,
                         "n_scored_deployment": 3, "n_scored_relevance": 3, "n_respondents": 3})  # fmt: skip
    report = pd.DataFrame(
        {
            "source_file": [f"questionnaires/{'tres_long_nom_de_fichier_' * 4}{k}.xlsx"
                            for k in range(3)],
            "detected_type": ["questionnaire", "tableur_inconnu", "pdf_inconnu"],
            "status": ["loaded", "quarantined", "quarantined"],
            "reason": [None, "tableur qui n'est ni un questionnaire ni une liste",
                       "PDF sans couche texte"],
        }
    )  # fmt: skip
    page = build_synthesis_html(
        "Occitanie", "76", {"lever_state_of_play": pd.DataFrame(rows), "ingestion_report": report}
    )
    path = tmp_path / "synthese.html"
    path.write_text(page, encoding="utf-8")
    assert page.count('<td class="c"') == len(levers) * 13 * 2  # deployment and relevance
    reports = shots.check_synthesis(path, tmp_path / "shots", (1400, 390))
    for rep in reports:
        assert rep.problems == [], rep.problems
