"""A page printed in DARK MODE (a documentation site printed with its background graphics):
one dark fill under the whole printable area, light text on it, fields as label/value pairs
ruled below, a steps table of filled header and banded body cells ruled under each row. Read
as a shape, the dark fill made the page one big box: the next fiche's heading was read as a
step row of the fiche before. The fill is the page's ground, set aside by both engines
(sources.pdf.page_ground); a pale box under dark text or a dark shadow under dark text stays
a shape."""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import Any

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.page_ground import ground_rects
from tests.sources.pdf.hand_pages import HEADER, HEIGHT, HandPages

LEFT, RIGHT = 42.7, 552.7  # the printable area inside 15 mm margins: the ground's sides
EDGE = LEFT + 5.0
# the six seed columns (17 / 35 / 11 / 12 / 12 / 13 %), the table as wide as the ground
COLUMNS = tuple(LEFT + (RIGHT - LEFT) * f for f in (0, 0.17, 0.52, 0.63, 0.75, 0.87, 1.0))
GROUND = (0.118, 0.129, 0.161)  # #1E2129
BAND = (0.149, 0.165, 0.212)  # #262A36
HEAD = (0.180, 0.196, 0.271)  # #2E3245
RULE = (0.227, 0.239, 0.302)  # #3A3D4D
LIGHT = (0.886, 0.894, 0.914)  # #E2E4E9
FICHES = [
    (
        "1.1.1",
        "Expérimenter l'économie circulaire",
        "Une opération test auprès des entreprises.",
        [
            (
                "Lancer une phase test",
                "Auditer vingt entreprises.",
                "2019",
                "18000",
                "GACdG",
                "CCI",
            ),
            ("Définir une stratégie", "Choisir les filières.", "2020", "5000", "GACdG", "ADEME"),
        ],
    ),
    (
        "1.1.2",
        "Etendre l'expérimentation",
        "Mobiliser les acteurs du territoire.",
        [
            ("Créer un réseau", "Deux rencontres par an.", "2021", "30000", "GACdG", "CAUE"),
            ("Animer le réseau", "Une lettre par trimestre.", "2022", "interne", "Mairie", "CMA"),
            ("Evaluer la démarche", "Un bilan partagé.", "2023", "2000", "GACdG", "Région"),
        ],
    ),
]


class _Dark(HandPages):
    """A4 pages with a ground fill under the printable area and text in ``ink``."""

    def __init__(self, ground: tuple[float, float, float] | None, ink: tuple[float, ...]) -> None:
        super().__init__()
        self.ground, self.ink = ground, ink
        self.paint_ground()

    def paint_ground(self) -> None:
        if self.ground is not None:  # 15 mm margins left white, as Chromium prints
            self.fill(LEFT, LEFT, RIGHT, 799.5, self.ground)

    def fill(self, x0: float, top: float, x1: float, bottom: float, rgb: tuple[float, ...]) -> None:
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)

    def text(self, x: float, top: float, s: str, *, bold: bool = False, size: float = 9.0) -> float:
        self.c.setFillColorRGB(*self.ink)
        return super().text(x, top, s, bold=bold, size=size)

    def field(self, top: float, label: str, value: str) -> float:
        """A label/value pair ruled below (a 1 px rule under the pair); returns its bottom."""
        self.text(EDGE, top + 4.0, label, bold=True)
        self.text(185.0, top + 4.0, value)
        self.fill(LEFT, top + 20.0, RIGHT, top + 20.75, RULE)
        return top + 20.75

    def dark_table(self, top: float, rows: list[tuple[str, ...]], banded: bool) -> float:
        """Header cells filled, body rows banded (first filled), a rule under each row, no
        vertical rule; returns the table's bottom."""
        cells = list(zip(COLUMNS, COLUMNS[1:], strict=False))
        if banded:
            for x0, x1 in cells:
                self.fill(x0, top, x1, top + 20.0, HEAD)
        for x0, x1 in cells:
            self.fill(x0, top + 19.5, x1, top + 21.0, (0.475, 0.525, 0.796))
        for x, label in zip(COLUMNS, HEADER, strict=False):
            self.text(x + 3.0, top + 6.0, label, bold=True, size=8.5)
        y = top + 21.0
        for k, row in enumerate(rows):
            if banded and k % 2 == 0:
                for x0, x1 in cells:
                    self.fill(x0, y, x1, y + 24.0, BAND)
            for x0, x1 in cells:
                self.fill(x0, y + 23.25, x1, y + 24.0, RULE)
            for x, cell in zip(COLUMNS, row, strict=False):
                self.text(x + 3.0, y + 4.0, cell, size=8.0)
            y += 24.0
        return y


def fiches_plan(pages: Any, steps: Callable[[float, list], float]) -> bytes:
    """The two fiches of :data:`FICHES` on ``pages``, each steps table drawn by ``steps(top,
    rows)`` (which returns the table's bottom)."""
    pages.text(EDGE, 60.0, "Axe 1 : Un territoire sobre", bold=True, size=14.0)
    top = 90.0
    for code, title, context, rows in FICHES:
        pages.text(EDGE, top, f"FICHE {code}", bold=True, size=12.0)
        pages.text(EDGE, top + 18.0, f"Objectif opérationnel : {title}", bold=True, size=12.0)
        top = pages.field(top + 40.0, "Contexte", context)
        top = pages.field(top, "Publics cibles", "Entreprises, Collectivités")
        pages.text(EDGE, top + 12.0, "Modalités de mise en oeuvre", bold=True, size=10.0)
        top = steps(top + 30.0, rows) + 30.0
    pages.c.showPage()
    return pages.save()


def _plan(ground: tuple[float, float, float] | None, ink: tuple[float, ...]) -> bytes:
    pages = _Dark(ground, ink)
    return fiches_plan(
        pages, lambda top, rows: pages.dark_table(top, rows, banded=ground is not None)
    )


Read = list[tuple[str, str | None, list[tuple[str, str | None, str | None, list[str]]]]]


def _read(data: bytes) -> Read:
    """Each fiche's code, context and steps (step, planning, owner, partners)."""
    doc = parse_action_plan(data, "plans/sombre.pdf", "0" * 64)
    return [
        (
            action.action_code,
            action.context,
            [
                (s.step, s.planning_label, s.owner, s.partners)
                for s in doc.steps
                if s.action_id == action.action_id
            ],
        )
        for action in doc.actions
    ]


EXPECTED: Read = [
    (
        "1.1.1",
        "Une opération test auprès des entreprises.",
        [
            ("Lancer une phase test", "2019", "GACdG", ["CCI"]),
            ("Définir une stratégie", "2020", "GACdG", ["ADEME"]),
        ],
    ),
    (
        "1.1.2",
        "Mobiliser les acteurs du territoire.",
        [
            ("Créer un réseau", "2021", "GACdG", ["CAUE"]),
            ("Animer le réseau", "2022", "Mairie", ["CMA"]),
            ("Evaluer la démarche", "2023", "GACdG", ["Région"]),
        ],
    ),
]


def test_two_fiches_on_a_dark_page_are_read_as_on_white(monkeypatch: pytest.MonkeyPatch) -> None:
    dark, white = _plan(GROUND, LIGHT), _plan(None, (0.0, 0.0, 0.0))
    for engine in ENGINES:
        monkeypatch.setenv(ENGINE_ENV, engine)
        assert _read(dark) == EXPECTED, engine
        assert _read(white) == EXPECTED, engine  # the same page printed on white


def _rect(x0: float, top: float, x1: float, bottom: float, rgb: tuple[float, ...]) -> dict:
    return {
        "x0": x0, "x1": x1, "top": top, "bottom": bottom,
        "fill": True, "stroke": False, "non_stroking_color": rgb,
    }  # fmt: skip


def _chars(rgb: tuple[float, ...], n: int = 40, top: float = 100.0) -> list[dict]:
    return [
        {"x0": 60.0 + 6 * k, "x1": 65.0 + 6 * k, "top": top, "bottom": top + 9.0,
         "non_stroking_color": rgb}
        for k in range(n)
    ]  # fmt: skip


def _page(rects: list[dict], chars: list[dict]) -> SimpleNamespace:
    return SimpleNamespace(width=595.0, height=842.0, rects=rects, chars=chars, lines=[], curves=[])


def test_only_a_dark_fill_under_light_text_across_the_page_is_a_ground() -> None:
    ground = _rect(42.7, 42.7, 552.7, 799.5, GROUND)
    assert ground_rects(_page([ground], _chars(LIGHT))) == [ground]
    # dark text on it: a shadow or a dark box read as before
    assert ground_rects(_page([ground], _chars((0.133, 0.133, 0.133)))) == []
    # a pale box under dark text (a shaded page body): a shape
    pale = _rect(25.0, 142.0, 570.0, 817.0, (0.94, 0.94, 1.0))
    assert ground_rects(_page([pale], _chars((0.0, 0.0, 0.0)))) == []
    # a dark panel over half the page's width: a side panel, not the ground
    panel = _rect(42.7, 42.7, 340.0, 799.5, GROUND)
    assert ground_rects(_page([panel], _chars(LIGHT))) == []
    # a dark fill leaving a fifth of the text below it (a dark band over most of a page)
    text = _chars(LIGHT, 32) + _chars((0.0, 0.0, 0.0), 8, top=810.0)
    band = _rect(42.7, 42.7, 552.7, 799.5, GROUND)
    assert ground_rects(_page([band], text)) == []
    # outlined: a page frame, kept with its edges
    framed = {**ground, "stroke": True}
    assert ground_rects(_page([framed], _chars(LIGHT))) == []
