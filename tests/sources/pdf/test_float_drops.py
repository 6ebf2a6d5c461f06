"""A row of floated cell boxes whose last box dropped under the others (a « tableless »
theme's cells too wide for the row; sources.pdf.float_drops), on hand-drawn pages."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from tests.sources.pdf.hand_pages import HEIGHT, HandPages

# five boxes side by side (x from, width), 0.8 pt apart; the sixth is 60 pt wide
ACROSS = ((57.0, 80.0), (137.8, 170.0), (308.6, 60.0), (369.4, 60.0), (430.2, 60.0))
SIXTH = 60.0
LABELS = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
ROWS = [
    # the step's values, and the column index the sixth box drops under (-1: the row's left)
    (("Lancer une phase", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"), 4),
    (("Définir une stratégie", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"), 2),
    (("Animer le réseau", "Deux rencontres par an.", "2021", "12000", "Service", "CMA"), -1),
]


def _box(pages: HandPages, x: float, top: float, w: float, h: float) -> None:
    pages.c.rect(x, HEIGHT - top - h, w, h, stroke=1, fill=0)


def _plan(*, band: bool = False) -> bytes:
    """Fiche 1.1.1: the header row (« Partenaires » dropped under « Porteur »), then a row a
    step, each its sixth box dropped (``band``: a box across the table under the last row
    instead of a drop, a merged row: stays where it is)."""
    pages = HandPages()
    pages.fiche_head()
    pages.c.setLineWidth(0.75)
    top = 150.0
    for (x, w), label in zip(ACROSS, LABELS, strict=False):
        _box(pages, x, top, w, 16.0)
        pages.text(x + 3, top + 4, label, bold=True, size=8.0)
    _box(pages, ACROSS[4][0], top + 16.8, SIXTH, 16.0)  # « Partenaires » under « Porteur »
    pages.text(ACROSS[4][0] + 3, top + 20.8, LABELS[5], bold=True, size=8.0)
    top += 16.8 + 16.0 + 0.8
    for values, under in ROWS:
        for (x, w), value in zip(ACROSS, values, strict=False):
            _box(pages, x, top, w, 26.0 if x == ACROSS[1][0] else 16.0)
            pages.text(x + 3, top + 4, value, size=8.0)
        x = ACROSS[0][0] if under < 0 else ACROSS[under][0]
        drop = top + (26.8 if under < 0 else 16.8)
        _box(pages, x, drop, SIXTH, 16.0)
        pages.text(x + 3, drop + 4, values[5], size=8.0)
        top = max(top + 26.8, drop + 16.8)
    if band:
        _box(pages, ACROSS[0][0], top, 433.2, 16.0)
        pages.text(ACROSS[0][0] + 3, top + 4, "Suivi annuel en comité de pilotage", size=8.0)
        top += 16.8
    pages.next_fiche(top)
    pages.c.showPage()
    return pages.save()


@pytest.mark.parametrize("engine", ENGINES)
def test_each_dropped_box_is_its_rows_last_cell(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    doc = parse_action_plan(_plan(), "plans/decroche.pdf", "a" * 64)
    got = [(s.step, s.planning_label, s.budget_label, s.owner, s.partners) for s in doc.steps]
    assert got == [(v[0], v[2], v[3], v[4], [v[5]]) for v, _ in ROWS]


def test_a_band_across_the_table_is_no_dropped_cell() -> None:
    """A box alone at its height right under a row, as wide as the table (a merged row):
    not moved; the two dropped cells are, with their text."""
    from sources.pdf.float_drops import lift_dropped_floats

    def box(x0: float, top: float, w: float, h: float) -> dict:
        return {
            "x0": x0,
            "x1": x0 + w,
            "top": top,
            "bottom": top + h,
            "stroke": True,
            "fill": False,
        }

    rects, chars = [], []
    for k, top in enumerate((100.0, 140.0, 180.0)):
        rects += [box(57 + 81 * n, top, 80, 16) for n in range(3)]
        if k < 2:  # the fourth cell dropped under the second box
            rects.append(box(138, top + 16.8, 60, 16))
            chars.append({"x0": 140, "x1": 150, "top": top + 20, "bottom": top + 28, "text": "X"})
    band = box(57, 196.8, 242, 16)  # under the third row, across it
    rects.append(band)
    chars.append({"x0": 60, "x1": 70, "top": 200, "bottom": 208, "text": "B"})

    class Page:
        pass

    page = Page()
    page.rects, page.chars = rects, chars  # type: ignore[attr-defined]
    lift_dropped_floats(page)
    assert [(round(c["x0"], 1), round(c["top"], 1)) for c in chars] == [
        (302.0, 103.2), (302.0, 143.2), (60, 200),
    ]  # fmt: skip
    assert band["x0"] == 57 and band["top"] == 196.8
