"""A steps table with ROUNDED CORNERS (``border-radius`` with ``border-collapse: separate``, as
a design system's site prints): the outer border is one path of four sides joined by arcs,
each side stopping short of its corners, and the cells draw only their own bottom and left
rules. The corner cells of an unfilled last row then have no corner where their rules meet:
pdfplumber's ``lines`` finder read the first and last cells of that row as merged with the
row above (its step and partners lost). The box's sides are run on to its corners
(sources.pdf.rounded_boxes). Drawn with reportlab (its ``roundRect`` arcs are Bézier curves);
negative cases: a pill, a corner rounder than a table's, a free shape give no side."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.rounded_boxes import rounded_box_sides
from tests.sources.pdf.hand_pages import BOUNDS, HEADER, HEIGHT, HandPages

EDGE = 57.0
ROWS = [
    ("Lancer une phase test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
    ("Animer le réseau", "Deux rencontres par an.", "2021", "interne", "Mairie", "CAUE"),
]


class _Rounded(HandPages):
    def rule(self, x0: float, top: float, x1: float, bottom: float) -> None:
        """A 0.75 pt rule as a browser paints a cell border: a thin filled rectangle."""
        self.c.setFillColorRGB(0.82, 0.84, 0.87)
        self.c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def rounded_table(self, top: float, rows: list[tuple[str, ...]]) -> float:
        """Header and body rows, each cell ruled below (not the last row) and on its left (not
        the first column), the second body row tinted, the whole in a box with 6 pt arcs."""
        tops = [top, top + 20.0] + [top + 20.0 + 30.0 * (k + 1) for k in range(len(rows))]
        for r, (y0, y1) in enumerate(zip(tops, tops[1:], strict=False)):
            if r in (0, 2):  # the header and the zebra row: filled cell backgrounds
                self.c.setFillColorRGB(0.96, 0.97, 0.98)
                for x0, x1 in zip(BOUNDS, BOUNDS[1:], strict=False):
                    self.c.rect(x0, HEIGHT - y1, x1 - x0, y1 - y0, stroke=0, fill=1)
                self.c.setFillColorRGB(0, 0, 0)
            for c, (x0, x1) in enumerate(zip(BOUNDS, BOUNDS[1:], strict=False)):
                if r < len(rows):
                    self.rule(x0, y1 - 0.75, x1, y1)
                if c:
                    self.rule(x0, y0, x0 + 0.75, y1)
        self.c.setLineWidth(0.75)
        self.c.setStrokeColorRGB(0.82, 0.84, 0.87)
        width, height = BOUNDS[-1] - BOUNDS[0], tops[-1] - top
        self.c.roundRect(BOUNDS[0], HEIGHT - tops[-1], width, height, 6.0, stroke=1, fill=0)
        for x, label in zip(BOUNDS, HEADER, strict=False):
            self.text(x + 3.0, top + 5.0, label, bold=True)
        for row, y in zip(rows, tops[1:], strict=False):
            for x, cell in zip(BOUNDS, row, strict=False):
                self.text(x + 3.0, y + 5.0, cell, size=8.0)
        return tops[-1]


def _plan() -> bytes:
    pages = _Rounded()
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    pages.text(EDGE, 85.0, "FICHE 1.1.1", bold=True, size=12.0)
    pages.text(EDGE, 104.0, "Objectif opérationnel : Expérimenter", bold=True, size=12.0)
    pages.text(EDGE, 130.0, "Contexte", bold=True)
    pages.text(180.0, 130.0, "Une opération test auprès des entreprises.")
    pages.text(EDGE, 155.0, "Modalités de mise en oeuvre", bold=True)
    pages.rounded_table(175.0, ROWS)
    pages.c.showPage()
    return pages.save()


def test_the_corner_cells_of_a_rounded_table_are_read(monkeypatch: pytest.MonkeyPatch) -> None:
    data = _plan()
    for engine in ENGINES:
        monkeypatch.setenv(ENGINE_ENV, engine)
        doc = parse_action_plan(data, "plans/arrondi.pdf", "0" * 64)
        steps = [(s.step, s.planning_label, s.owner, s.partners) for s in doc.steps]
        assert steps == [
            ("Lancer une phase test", "2019", "GACdG", ["CCI"]),
            ("Définir une stratégie", "2020", "GACdG", ["ADEME"]),
            ("Animer le réseau", "2021", "Mairie", ["CAUE"]),
        ], engine


def _curve(points: list[tuple[float, float]]) -> dict[str, object]:
    top = min(y for _, y in points)
    return {"object_type": "curve", "pts": points, "top": top, "doctop": top + 842.0}


def _rounded(x0: float, top: float, x1: float, bottom: float, r: float) -> list[tuple[float, ...]]:
    """A rounded rectangle as a browser flattens it: sides, and each arc as two chords."""
    m = 0.29 * r  # the arc's midpoint, off the corner
    return [
        (x0, bottom - r), (x0, top + r), (x0 + m, top + m), (x0 + r, top),
        (x1 - r, top), (x1 - m, top + m), (x1, top + r),
        (x1, bottom - r), (x1 - m, bottom - m), (x1 - r, bottom),
        (x0 + r, bottom), (x0 + m, bottom - m), (x0, bottom - r),
    ]  # fmt: skip


def test_a_rounded_box_gives_its_four_sides_to_the_corners() -> None:
    page = SimpleNamespace(curves=[_curve(_rounded(49.0, 120.0, 547.0, 600.0, 6.0))])
    verticals, horizontals = rounded_box_sides(page)
    assert [(e["x0"], e["top"], e["bottom"]) for e in verticals] == [
        (49.0, 120.0, 600.0),
        (547.0, 120.0, 600.0),
    ]
    assert [(e["top"], e["x0"], e["x1"]) for e in horizontals] == [
        (120.0, 49.0, 547.0),
        (600.0, 49.0, 547.0),
    ]
    assert {e["orientation"] for e in verticals} == {"v"}
    assert verticals[0]["doctop"] == 962.0  # the page's offset in the document kept


def test_no_side_from_a_pill_a_very_round_box_or_a_free_shape() -> None:
    pill = _rounded(100.0, 100.0, 200.0, 120.0, 10.0)  # radius half the height: a button
    very_round = _rounded(100.0, 100.0, 400.0, 300.0, 30.0)  # a bubble, not a table
    free = [(100.0, 100.0), (300.0, 100.0), (300.0, 200.0), (250.0, 150.0), (100.0, 200.0)]
    zigzag = [(100.0 + 10 * k, 100.0 + 5 * (k % 2)) for k in range(12)]  # a chart's line
    for points in (pill, very_round, free, zigzag):
        assert rounded_box_sides(SimpleNamespace(curves=[_curve(points)])) == ([], [])
