"""The synthesis charts, written as plain SVG: what they show must follow the data.

Points, bars, labels and ticks are read back from the SVG (parsed as XML) and their positions
checked against the values they stand for.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pandas as pd
import pytest

from assets.diagnostic.statistics import FAMILY_BORDERLINE
from assets.publication.synthesis import charts

NS = "{http://www.w3.org/2000/svg}"

FAMILIES = pd.DataFrame(
    {
        "lever_code": ["velo", "haies", "biogaz", "fret", "bus", "nan"],
        "lever_label": ["Vélo", "Haies", "Biogaz", "Fret ferroviaire", "Bus & cars", "Sans axe"],
        "family": ["A", "B", "B", "C", "A", "A"],
        "relevance_axis": [2.0, 3.2, 2.6, 1.0, 4.0, None],
        "deployment_axis": [1.0, 0.5, 1.4, 0.3, 3.0, 1.0],
        "n_respondents": [10, 8, 5, 3, 10, 4],
        "family_confidence": ["solide", "solide", FAMILY_BORDERLINE, "solide", "solide", "solide"],
        "relevance_axis_ci_low": [None, None, 2.2, None, None, None],
        "relevance_axis_ci_high": [None, None, 3.0, None, None, None],
        "deployment_axis_ci_low": [None, None, 1.1, None, None, None],
        "deployment_axis_ci_high": [None, None, 1.7, None, None, None],
    }
)
COVERAGE = pd.DataFrame(
    {
        "dimension": ["region", "departement", "departement", "departement"],
        "key": ["32", "59", "02", "80"],
        "label": ["Région", "Nord (59)", "Aisne (02)", "Somme (80)"],
        "n_recipients": [40, 20, 10, 10],
        "n_respondents": [20, 10, 10, 0],
        "n_respondents_recipients": [20, 10, 10, 0],
        "response_rate": [0.5, 0.5, 1.0, 0.0],
    }
)


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)


def _texts(root: ET.Element) -> list[ET.Element]:
    return list(root.iter(f"{NS}text"))


def _text(root: ET.Element, content: str) -> ET.Element:
    (el,) = [t for t in _texts(root) if t.text == content]
    return el


def _lines(root: ET.Element) -> list[tuple[float, float, float, float, str]]:
    return [
        (*(float(el.get(k)) for k in ("x1", "y1", "x2", "y2")), el.get("style", ""))
        for el in root.iter(f"{NS}line")
    ]


def _plot_area(root: ET.Element) -> tuple[float, float, float, float]:
    """(left, right, top, bottom) from the black spines."""
    spines = [ln for ln in _lines(root) if "stroke: #000000" in ln[4]]
    bottom = max(spines, key=lambda ln: ln[2] - ln[0])  # the longest horizontal one
    left = max(spines, key=lambda ln: ln[3] - ln[1])  # the longest vertical one
    return bottom[0], bottom[2], left[1], left[3]


@pytest.mark.parametrize("compact", [False, True])
def test_family_points_sit_at_their_values(compact: bool) -> None:
    svg = str(charts.families_chart_svg(FAMILIES, {}, {"haies"}, compact=compact))
    assert svg.startswith("<svg data-chart-key=") and svg.endswith("</svg>\n")
    root = _parse(svg)
    points = {el.get("data-lever"): el for el in root.iter(f"{NS}circle") if el.get("data-lever")}
    # one point per classified lever (the one without a relevance axis is left out)
    assert sorted(points) == ["biogaz", "bus", "fret", "haies", "velo"]
    left, right, top, bottom = _plot_area(root)
    for _, row in FAMILIES.dropna(subset=["relevance_axis"]).iterrows():
        point = points[row["lever_code"]]
        # x from -0.2 to 4.2, y from -0.2 to 3.2 across the plot area
        fx = (float(point.get("cx")) - left) / (right - left)
        fy = (bottom - float(point.get("cy"))) / (bottom - top)
        assert fx == pytest.approx((row["relevance_axis"] + 0.2) / 4.4, abs=1e-3)
        assert fy == pytest.approx((row["deployment_axis"] + 0.2) / 3.4, abs=1e-3)
        assert point.get("data-family") == row["family"]
        assert charts.FAMILY_COLORS[row["family"]] in point.get("style")
        # area grows with the respondents: 25 + 90 × n / max n (pt²)
        area = 25 + 90 * row["n_respondents"] / 10
        assert float(point.get("r")) == pytest.approx(area**0.5 / 2, abs=0.01)
    # relevance 2.0 sits under the « 2 » tick, half-way from the « 0 » tick to the « 4 » one
    tick_x = {
        t.text: float(t.get("x"))
        for t in _texts(root)
        if t.text in {"0", "2", "4"}
        and "text-anchor: middle" in t.get("style")
        and not t.get("data-label")
    }
    assert float(points["velo"].get("cx")) == pytest.approx(tick_x["2"], abs=0.01)
    assert (tick_x["2"] - tick_x["0"]) / (tick_x["4"] - tick_x["0"]) == pytest.approx(0.5)


def test_family_chart_ticks_titles_and_legend() -> None:
    root = _parse(str(charts.families_chart_svg(FAMILIES, {}, set())))
    texts = [t.text for t in _texts(root)]
    for tick in ("0", "nulle", "1", "faible", "2", "moyenne", "3", "forte", "4", "très forte"):
        assert tick in texts
    for tick in ("0 non", "1 en projet", "2 ponctuel", "3 grande", "échelle"):
        assert tick in texts
    assert "Pertinence perçue de l'action territoriale (moyenne des réponses)" in texts
    ylabel = _text(root, "Actions engagées (moyenne des réponses)")
    assert ylabel.get("transform", "").startswith("rotate(-90")
    # legend: family counts, and the borderline ring
    assert "A — Accélérer (2)" in texts
    assert "B — Sensibiliser, identifier les actions (2)" in texts
    assert "C — Interterritorial (1)" in texts
    assert "à la limite (1) : seuil dans l'intervalle de confiance" in texts
    assert "A · accélérer" in texts and "C · interterritorial" in texts
    assert root.find(f"{NS}title").text.startswith("Familles de leviers")
    assert "5 leviers" in root.find(f"{NS}desc").text
    # y ticks: « 1 en projet » level with deployment 1, as the « velo » point (deployment 1.0)
    velo = next(el for el in root.iter(f"{NS}circle") if el.get("data-lever") == "velo")
    tick = _text(root, "1 en projet")
    assert float(tick.get("y")) - float(velo.get("cy")) == pytest.approx(0.37 * 9, abs=0.02)


def test_family_labels_and_borderline_marks() -> None:
    root = _parse(str(charts.families_chart_svg(FAMILIES, {}, {"haies"})))
    labels = {t.get("data-label"): t for t in _texts(root) if t.get("data-label")}
    # labelled: the priority lever, the 3 widest relevance/deployment gaps (haies, biogaz,
    # velo), the 2 most deployed (bus, biogaz); « fret » (small gap, least deployed) is not
    assert {k: v.text for k, v in labels.items()} == {
        "velo": "Vélo", "haies": "Haies", "biogaz": "Biogaz", "bus": "Bus & cars",
    }  # fmt: skip
    # a priority theme's lever is bold, the others are not
    assert "font-weight: 700" in labels["haies"].get("style")
    assert "font-weight" not in labels["velo"].get("style")
    # the first placement candidate: just right of its point, level with it
    points = {el.get("data-lever"): el for el in root.iter(f"{NS}circle") if el.get("data-lever")}
    haies = labels["haies"]
    assert "text-anchor: start" in haies.get("style")
    assert float(haies.get("x")) > float(points["haies"].get("cx"))
    assert float(haies.get("y")) == pytest.approx(float(points["haies"].get("cy")) + 2.4, abs=0.1)
    # borderline: one dashed ring on « biogaz », its two 95 % intervals
    rings = [el for el in root.iter(f"{NS}circle") if el.get("data-borderline")]
    assert [r.get("data-borderline") for r in rings] == ["biogaz"]
    assert "stroke-dasharray" in rings[0].get("style")
    assert (rings[0].get("cx"), rings[0].get("cy")) == (
        points["biogaz"].get("cx"),
        points["biogaz"].get("cy"),
    )
    ci = [ln for ln in _lines(root) if "#777777" in ln[4]]
    assert len(ci) == 2
    left, right, top, bottom = _plot_area(root)
    horizontal = next(ln for ln in ci if ln[1] == ln[3])
    assert (horizontal[0] - left) / (right - left) == pytest.approx(2.4 / 4.4, abs=1e-3)
    assert (horizontal[2] - left) / (right - left) == pytest.approx(3.2 / 4.4, abs=1e-3)


def test_phone_chart_numbers_its_labels_as_listed_under_it() -> None:
    svg = str(charts.families_chart_svg(FAMILIES, {}, {"haies"}, compact=True))
    root = _parse(svg)
    labels = {t.get("data-label"): t.text for t in _texts(root) if t.get("data-label")}
    keys = charts.compact_chart_keys(FAMILIES, {"haies"})
    names = dict(zip(FAMILIES["lever_label"], FAMILIES["lever_code"], strict=True))
    assert labels == {names[k["label"]]: str(k["n"]) for k in keys}
    texts = [t.text for t in _texts(root)]
    assert {"A (2)", "B (2)", "C (1)", "à la limite (1)", "B · sensibiliser"} <= set(texts)
    assert min(float(v) for v in re.findall(r"font-size: ([\d.]+)px", svg)) >= 10


def test_family_chart_without_classified_lever_says_so() -> None:
    empty = FAMILIES.assign(relevance_axis=None)
    root = _parse(str(charts.families_chart_svg(empty, {}, set())))
    assert not [el for el in root.iter(f"{NS}circle") if el.get("data-lever")]
    assert "Aucun levier classé (pas de réponse au questionnaire)" in [t.text for t in _texts(root)]


def test_thresholds_move_the_dashed_lines() -> None:
    root = _parse(
        str(
            charts.families_chart_svg(
                FAMILIES, {"family_relevance_threshold": 3.0, "family_deployment_threshold": 2.0}
            )
        )
    )
    left, right, top, bottom = _plot_area(root)
    dashed = [ln for ln in _lines(root) if "#888888" in ln[4]]
    (vertical,) = [ln for ln in dashed if ln[0] == ln[2]]
    (horizontal,) = [ln for ln in dashed if ln[1] == ln[3]]
    assert (vertical[0] - left) / (right - left) == pytest.approx(3.2 / 4.4, abs=1e-3)
    assert (bottom - horizontal[1]) / (bottom - top) == pytest.approx(2.2 / 3.4, abs=1e-3)


def test_coverage_bars_follow_the_rates() -> None:
    svg = str(charts.coverage_chart_svg(COVERAGE))
    assert svg.endswith("</svg>\n")
    root = _parse(svg)
    bars = [el for el in root.iter(f"{NS}rect") if "#1f4e79" in el.get("style", "")]
    assert len(bars) == 3  # one per département, the region is not a bar
    texts = [t.text for t in _texts(root)]
    assert ["0 %", "50 %", "100 %"] == [t for t in texts if t in {"0 %", "50 %", "100 %"}]
    for value in ("50 % (10/20)", "100 % (10/10)", "0 % (0/10)"):
        assert value in texts
    # bars from 0 to the rate: « 100 % » tick at the end of Aisne's bar, Nord's half as long
    zero, hundred = float(_text(root, "0 %").get("x")), float(_text(root, "100 %").get("x"))
    by_top = sorted(bars, key=lambda b: float(b.get("y")))
    widths = [float(b.get("width")) / (hundred - zero) for b in by_top]
    # sorted by département code from the top: 02, 59, 80
    assert widths == pytest.approx([1.0, 0.5, 0.0], abs=1e-3)
    assert all(float(b.get("x")) == pytest.approx(zero, abs=0.01) for b in bars)
    names = sorted(
        (t for t in _texts(root) if t.text in {"Nord (59)", "Aisne (02)", "Somme (80)"}),
        key=lambda t: float(t.get("y")),
    )
    assert [t.text for t in names] == ["Aisne (02)", "Nord (59)", "Somme (80)"]
    assert "Taux de réponse (répondants / destinataires)" in texts


def test_no_departement_no_coverage_chart() -> None:
    assert str(charts.coverage_chart_svg(COVERAGE[COVERAGE["dimension"] == "region"])) == ""


def test_chart_key_follows_data_and_version(monkeypatch: pytest.MonkeyPatch) -> None:
    key = charts._chart_key("families", FAMILIES, [2.5, 1.5])
    assert key == charts._chart_key("families", FAMILIES.copy(), [2.5, 1.5])
    assert key != charts._chart_key("families", FAMILIES.iloc[:-1], [2.5, 1.5])
    monkeypatch.setattr(charts, "CHART_VERSION", "other")
    assert key != charts._chart_key("families", FAMILIES, [2.5, 1.5])
