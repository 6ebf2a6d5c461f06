"""COT parser on the two REAL decks of the seed set, redrawn in layouts it was never tuned on.

``tests.generators.seed_cot_pdf`` renders the content of seeds 000 (COT CAE/ECI of the CCPAL)
and 003 (COT TRI of the Pays du Calaisis) as a PowerPoint export and as a Keynote export. The ground
truth is NOT taken from the generator: the progress tables, orientations and contractual
objectives are read back from the seed texts themselves (tab-separated lines were tables),
plus a few figures read by hand and checked against the same texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from sources.cot import parse_cot
from sources.detect import detect
from sources.records import CotDocument
from sources.values import fold, parse_french_number
from tests.generators.seed_cot_pdf import LAYOUTS, seed000_pdf, seed003_pdf

SEEDS = Path(__file__).resolve().parents[2] / "fixtures" / "seeds"
SEED000 = SEEDS / "000_b0dfb06d3e574f69.txt"
SEED003 = SEEDS / "003_73ea452fe6ac6326.txt"

pytestmark = pytest.mark.skipif(
    not (SEED000.exists() and SEED003.exists()), reason="seed documents not available"
)


# --------------------------------------------------------------------------- ground truth


@dataclass(frozen=True)
class Row:
    referential: str
    level: str
    code: str | None
    label: str
    parent_label: str | None
    points_remaining: float | None
    pct_done: float | None
    pct_programmed: float | None


def _untag(cell: str) -> str:
    return re.sub(r"</?b>", "", cell).strip()


@cache
def seed_rows() -> list[Row]:
    """Every row of the CAE and ECI tables of seed 000, from its tab-separated lines."""
    rows: list[Row] = []
    referential: str | None = None
    parent: str | None = None
    for line in SEED000.read_text(encoding="utf-8").splitlines():
        cells = [_untag(c) for c in line.split("\t")]
        if len(cells) != 4:
            continue
        if fold(cells[1]) == "points restants":  # header row: which referential?
            referential = "ECI" if "economie circulaire" in fold(cells[0]) else "CAE"
            parent = None
            continue
        assert referential is not None
        label, code = cells[0], None
        match = re.match(r"^(\d{1,2}\.\d{1,2})\s+", label)
        if match:
            code, label = match.group(1), label[match.end() :]
        marker, label = label[0], label[1:].strip()
        assert marker in "▼▶", line
        level = "axis" if marker == "▼" else "sub_axis"
        if level == "axis":
            parent = label
        numbers = [parse_french_number(c) for c in cells[1:]]
        rows.append(
            Row(
                referential,
                level,
                code,
                label,
                None if level == "axis" else parent,
                *numbers,
            )
        )
    return rows


# figures read by hand in seed 000 (checked against the text by test_ground_truth_is_sound)
AUDITS = {
    # referential: (score %, stars, target increase, target score)
    "CAE": (23.3, 1, 11.0, 34.3),
    "ECI": (15.1, 0, 12.0, 27.6),
}


def _plain(markup: str) -> str:
    text = markup.replace("**", "").replace("←", " ")
    return " ".join(text.split()).strip(" :")


@cache
def seed_objectives() -> list[tuple[int, str, str, str]]:
    """(orientation no, orientation label, objective code, objective label) of seed 000,
    from the per-orientation slides ("# ORIENTATION n : label" then "n.m label" lines)."""
    out: list[tuple[int, str, str, str]] = []
    current: tuple[int, str] | None = None
    for line in SEED000.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^#+\s*ORIENTATION (\d+) : (.+)$", line)
        if heading:
            current = (int(heading.group(1)), _plain(heading.group(2)))
            continue
        if line.startswith("#"):
            current = None
            continue
        objective = re.match(r"^(?:- )?(\d+)\.(\d+) (.+)$", line)
        if objective and current and int(objective.group(1)) == current[0]:
            code = f"{objective.group(1)}.{objective.group(2)}"
            out.append((current[0], current[1], code, _plain(objective.group(3))))
    return out


@dataclass(frozen=True)
class Target:
    domain: str
    label: str
    value: float
    unit: str
    priority: bool


# value and unit of each objective, in slide order, read by hand
_VALUES = [
    (1500.0, "rénovations"),
    (50.0, "km"),
    (1.0, "réseau"),  # "Mise en œuvre d'un REseau ..."
    (1.0, "contrat"),  # "Contractualiser un Contrat d'Objectifs Territorial ..."
    (10.0, "actions"),
    (50.0, "%"),
    (50.0, "km"),
    (26.0, "hectares"),
    (1.0, "protocole"),
]
# the three "OBJECTIF CONTRACTUEL PRIORITAIRE" zoom slides: rénovation, REGAL, COT ENR
_PRIORITY_DOMAINS = {"renovation energetique", "economie circulaire", "enr r stokage de l energie"}


@cache
def seed_targets() -> list[Target]:
    """The 9 contractual objectives of seed 003: "- sentence", optional "re03", caption."""
    text = SEED003.read_text(encoding="utf-8")
    start = text.index("OBJECTIFS CONTRACTUELS (ET")
    end = text.index("4 - ZOOM SUR")
    items: list[tuple[str, list[str]]] = []
    for line in text[start:end].splitlines()[1:]:
        line = line.strip()
        if line.startswith("- "):
            items.append((_plain(line[2:]), []))
        elif line and line != "re03" and items:
            items[-1][1].append(line)
    assert len(items) == len(_VALUES) == 9
    return [
        Target(
            " ".join(caption), sentence, value, unit, fold(" ".join(caption)) in _PRIORITY_DOMAINS
        )
        for (sentence, caption), (value, unit) in zip(items, _VALUES, strict=True)
    ]


def test_ground_truth_is_sound() -> None:
    text000 = SEED000.read_text(encoding="utf-8")
    text003 = SEED003.read_text(encoding="utf-8")
    rows = seed_rows()
    assert len([r for r in rows if r.referential == "CAE"]) == 25
    assert len([r for r in rows if r.referential == "ECI"]) == 20
    assert sum(r.level == "axis" for r in rows) == 11
    assert all(r.points_remaining is not None and r.pct_programmed is not None for r in rows)
    assert "Score 23,3 % et obtention d'une ★" in text000
    assert "Score 15,1 % et 0 ★" in text000
    assert "+11 %** soit une note de 34.3 %" in text000
    assert "+12 %** soit une note de 27,6 %" in text000
    objectives = seed_objectives()
    assert [sum(1 for o in objectives if o[0] == n) for n in (1, 2, 3, 4)] == [5, 8, 4, 4]
    targets = seed_targets()
    assert sum(t.priority for t in targets) == 3
    assert len(re.findall(r"OBJECTIF\s+CONTRACTUEL\s+PRIORITAIRE", text003)) == 3
    for target in targets:  # every hand-read figure is in its sentence (or "un/une" object)
        figure = f"{target.value:g}"
        assert figure in target.label or re.search(r"\bd?'?une? ", target.label)


# --------------------------------------------------------------------------- parsing


@cache
def _doc(seed: str, layout: str) -> CotDocument:
    data = (seed000_pdf if seed == "000" else seed003_pdf)(layout)
    return parse_cot(data, f"contrats/seed{seed}-{layout}.pdf", "e" * 64)


def _row(r) -> Row:
    return Row(
        r.referential,
        r.level,
        r.code,
        r.label,
        r.parent_label,
        r.points_remaining,
        r.pct_done,
        r.pct_programmed,
    )


@pytest.mark.parametrize("layout", LAYOUTS)
def test_detected_as_cot(layout: str) -> None:
    assert detect(seed000_pdf(layout), "deck.pdf").kind == "cot"
    assert detect(seed003_pdf(layout), "deck.pdf").kind == "cot"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seed000_referential_rows(layout: str) -> None:
    doc = _doc("000", layout)
    got = [_row(r) for r in doc.referential_scores]
    expected = seed_rows()
    missing = [r for r in expected if r not in got]
    extra = [r for r in got if r not in expected]
    assert not missing and not extra, (missing, extra)
    assert got == expected  # order kept too
    assert any(r.label.endswith("...") for r in doc.referential_scores)


def test_seed000_rows_with_vertically_centred_cells() -> None:
    """PowerPoint cells centred vertically: the numbers sit between two label lines."""
    doc = parse_cot(seed000_pdf("powerpoint_export", "middle"), "c.pdf", "e" * 64)
    assert [_row(r) for r in doc.referential_scores] == seed_rows()


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seed000_audits(layout: str) -> None:
    doc = _doc("000", layout)
    got = {
        a.referential: (a.score_pct, a.stars, a.target_increase_pct, a.target_score_pct)
        for a in doc.audit_scores
    }
    assert got == AUDITS


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seed000_orientations(layout: str) -> None:
    doc = _doc("000", layout)
    got = [
        (o.orientation_no, fold(o.orientation_label), o.objective_code, fold(o.objective_label))
        for o in doc.objectives
    ]
    expected = [(no, fold(label), code, fold(obj)) for no, label, code, obj in seed_objectives()]
    assert got == expected


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seed000_document(layout: str) -> None:
    doc = _doc("000", layout)
    assert doc.territory_name == "CCPAL"
    assert doc.contract_type == "COT"
    assert (doc.period_start, doc.period_end) == (2022, 2026)
    assert doc.amount_eur == 75_000
    assert doc.targets == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seed003_targets(layout: str) -> None:
    doc = _doc("003", layout)
    got = [(fold(t.domain), fold(t.label), t.target_value, t.unit, t.priority) for t in doc.targets]
    expected = [
        (fold(t.domain), fold(t.label), t.value, t.unit, t.priority) for t in seed_targets()
    ]
    assert got == expected
    for target in doc.targets:
        assert target.contract_type == "COT TRI"
        assert (target.period_start, target.period_end) == (2021, 2023)


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seed003_document(layout: str) -> None:
    doc = _doc("003", layout)
    assert fold(doc.territory_name) == "pays du calaisis"
    assert doc.contract_type == "COT TRI"
    assert (doc.period_start, doc.period_end) == (2021, 2023)
    assert doc.amount_eur == 422_371
    assert doc.referential_scores == [] and doc.audit_scores == [] and doc.objectives == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_seed003_priorities_without_zoom_slides(layout: str, monkeypatch) -> None:
    """The target slide alone marks the 3 priorities: red items under a red "PRIORITAIRES"
    legend (PowerPoint), "PRIORITAIRE" badges on the cards (Keynote)."""
    from sources.cot import targets

    monkeypatch.setattr(targets, "_zoom_priorities", lambda *args, **kwargs: None)
    doc = parse_cot(seed003_pdf(layout), "p.pdf", "e" * 64)
    assert [t.priority for t in doc.targets] == [t.priority for t in seed_targets()]
