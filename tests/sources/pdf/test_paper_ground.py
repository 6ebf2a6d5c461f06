"""A page printed on TINTED PAPER: LibreOffice Writer's page colour (Format › Page › Area) or
Word's « Couleur de page » is one fill over the whole page; Chromium printing a tinted
``html``/``body`` background (a sepia reading theme, « Graphiques d'arrière-plan » on) draws
one fill over the printable area (15 mm margins left white), then the ``body``'s fill of the
same colour over the content's height. Over the whole page the fill read right already; over
the printable area, a steps table as wide as it (shaded header, banded rows) was closed by its
sides into one grid down the page: the next fiche's heading, fields and steps were read as
steps of the fiche before, each with the first step's year. Drawn first, under every rule and
every table, the text on it: the page's paper, set aside by both engines
(sources.pdf.page_ground). A pale box with white paper around it, a box with text or rules
outside it, or a fill drawn over other shapes stays a shape."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from sources.pdf.engine import ENGINE_ENV, ENGINES
from sources.pdf.page_ground import ground_rects
from tests.sources.pdf.hand_pages import HEIGHT
from tests.sources.pdf.test_page_ground import (
    COLUMNS,
    EDGE,
    EXPECTED,
    LEFT,
    RIGHT,
    _read,
    fiches_plan,
)
from tests.sources.pdf.test_page_ground import _Dark as _Tinted

WIDTH = 595.0
CREAM = (1.0, 0.973, 0.906)  # #FFF8E7, a Writer page colour
GREY = (0.937, 0.937, 0.937)  # #EFEFEF, a Chromium body background
HEAD = (0.878, 0.878, 0.878)  # #E0E0E0
BAND = (0.914, 0.914, 0.914)  # #E9E9E9
RULE = (0.702, 0.702, 0.702)  # #B3B3B3
INK = (0.133, 0.133, 0.133)  # #222222


class _Writer(_Tinted):
    """The page's colour over the whole sheet, a steps table ruled on every side."""

    def paint_ground(self) -> None:
        self.fill(0.0, 0.0, WIDTH, HEIGHT, CREAM)

    def field(self, top: float, label: str, value: str) -> float:
        self.text(EDGE, top + 4.0, f"{label} : {value}")
        return top + 18.0

    def steps(self, top: float, rows: list[tuple[str, ...]]) -> float:
        tops = [top] + [top + 18.0 * (k + 1) for k in range(len(rows) + 1)]
        self.c.setStrokeColorRGB(0.0, 0.0, 0.0)
        self.c.setLineWidth(0.5)
        for y in tops:
            self.c.line(LEFT, HEIGHT - y, RIGHT, HEIGHT - y)
        for x in COLUMNS:
            self.c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
        header = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
        for cells, y in zip([header, *rows], tops, strict=False):
            for x, cell in zip(COLUMNS, cells, strict=False):
                self.text(x + 3.0, y + 4.0, cell, bold=cells is header, size=8.0)
        return tops[-1]


class _Chromium(_Tinted):
    """The ``html`` fill over the printable area, then the ``body`` fill of the same colour
    over the content; pairs ruled below, a banded steps table as wide as the printable area."""

    def paint_ground(self) -> None:
        self.fill(LEFT, LEFT, RIGHT, 799.5, GREY)
        self.fill(LEFT, 52.5, RIGHT + 0.8, 560.0, GREY)

    def field(self, top: float, label: str, value: str) -> float:
        self.text(EDGE, top + 4.0, label, bold=True)
        self.text(185.0, top + 4.0, value)
        self.fill(LEFT, top + 20.0, RIGHT, top + 20.75, RULE)
        return top + 20.75

    def steps(self, top: float, rows: list[tuple[str, ...]]) -> float:
        cells = list(zip(COLUMNS, COLUMNS[1:], strict=False))
        for x0, x1 in cells:
            self.fill(x0, top, x1, top + 20.0, HEAD)
            self.fill(x0, top + 19.5, x1, top + 21.0, RULE)
        header = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
        for x, label in zip(COLUMNS, header, strict=False):
            self.text(x + 3.0, top + 6.0, label, bold=True, size=8.5)
        y = top + 21.0
        for k, row in enumerate(rows):
            for x0, x1 in cells:
                if k % 2 == 0:
                    self.fill(x0, y, x1, y + 24.0, BAND)
                self.fill(x0, y + 23.25, x1, y + 24.0, RULE)
            for x, cell in zip(COLUMNS, row, strict=False):
                self.text(x + 3.0, y + 4.0, cell, size=8.0)
            y += 24.0
        return y


def _plan(pages: _Writer | _Chromium) -> bytes:
    return fiches_plan(pages, pages.steps)


@pytest.mark.parametrize("paper", [_Writer, _Chromium])
def test_two_fiches_on_tinted_paper_are_read_as_on_white(
    monkeypatch: pytest.MonkeyPatch, paper: type[_Writer] | type[_Chromium]
) -> None:
    data = _plan(paper(None, INK))
    for engine in ENGINES:
        monkeypatch.setenv(ENGINE_ENV, engine)
        assert _read(data) == EXPECTED, engine
        # 1.1.1: 2 steps (2019, 2020); 1.1.2: 3 steps, Mairie owning the 2022 one
        assert [len(steps) for _, _, steps in _read(data)] == [2, 3], engine


def _rect(
    x0: float, top: float, x1: float, bottom: float, rgb: tuple[float, ...] = GREY, **kw: bool
) -> dict:
    return {
        "x0": x0, "x1": x1, "top": top, "bottom": bottom,
        "fill": True, "stroke": False, "non_stroking_color": rgb, **kw,
    }  # fmt: skip


def _rule(x0: float, x1: float, top: float) -> dict:
    return {"x0": x0, "x1": x1, "top": top, "bottom": top, "stroke": True}


def _chars(n: int, top: float = 100.0) -> list[dict]:
    return [
        {"x0": 60.0 + 6 * k, "x1": 65.0 + 6 * k, "top": top, "bottom": top + 9.0,
         "non_stroking_color": INK}
        for k in range(n)
    ]  # fmt: skip


def _page(rects: list[dict], chars: list[dict], lines: list[dict] | None = None) -> SimpleNamespace:
    return SimpleNamespace(
        width=WIDTH, height=HEIGHT, rects=rects, chars=chars, lines=lines or [], curves=[]
    )


def test_only_a_fill_drawn_first_under_everything_near_the_edges_is_paper() -> None:
    rules = [_rule(57.0, 538.0, 300.0 + 18 * k) for k in range(4)]
    cell = _rect(57.0, 300.0, 538.0, 318.0, HEAD)
    whole = _rect(0.0, 0.0, WIDTH, HEIGHT, CREAM)
    assert ground_rects(_page([whole, cell], _chars(40), rules)) == [whole]
    html, body = _rect(LEFT, LEFT, RIGHT, 799.5), _rect(LEFT, 52.5, RIGHT + 0.8, 560.0)
    assert ground_rects(_page([html, body, cell], _chars(40), rules)) == [html, body]
    # a running foot in the margin, under a tenth of the text: still the paper
    foot = _chars(40) + _chars(3, top=815.0)
    assert ground_rects(_page([html, cell], foot, rules)) == [html]
    # a big pale box with white paper around it (1.4 in left and above it): a shape
    boxed = _rect(100.0, 140.0, 545.0, 800.0)
    assert ground_rects(_page([boxed, cell], _chars(40), rules)) == []
    # framed: a page frame, kept with its edges
    assert ground_rects(_page([{**html, "stroke": True}, cell], _chars(40), rules)) == []
    # a fifth of the text outside it (a title band above a shaded body): a box
    title = _chars(32, top=300.0) + _chars(8, top=30.0)
    low = _rect(LEFT, 80.0, RIGHT, 799.5)
    assert ground_rects(_page([low, cell], title, rules)) == []
    # a rule or a filled band outside it: drawn on the white paper, the fill is a box
    outside = [*rules, _rule(20.0, 575.0, 820.0)]
    assert ground_rects(_page([html, cell], _chars(40), outside)) == []
    assert ground_rects(_page([html, _rect(0.0, 0.0, WIDTH, 30.0, HEAD)], _chars(40))) == []
    # drawn over another shape: not the first thing on the paper
    assert ground_rects(_page([cell, html], _chars(40), rules)) == []
    # a fill of the paper's colour over part of its width after it: a shape (a panel)
    panel = _rect(LEFT, 100.0, 300.0, 400.0)
    assert ground_rects(_page([html, panel, cell], _chars(40), rules)) == [html]


def test_further_layers_of_the_body_box_are_paper() -> None:
    """A CSS multiple background (plan_html_reglure's Seyès ruling, sixty-first pass): over
    the ``body``'s white, Chromium fills the body's box again with each layer, tiling patterns
    pdfminer names (« P188 ») and PDFium gives a flat tone: the same background, paper."""
    rules = [_rule(57.0, 538.0, 300.0 + 18 * k) for k in range(4)]
    cell = _rect(57.0, 300.0, 538.0, 318.0, HEAD)
    white = (1.0, 1.0, 1.0)
    html, body = (
        _rect(LEFT, LEFT, RIGHT, 799.5, white),
        _rect(LEFT, 42.8, RIGHT + 0.8, 563.1, white),
    )
    fine = _rect(LEFT, 42.8, RIGHT + 0.8, 563.1, "P188")  # type: ignore[arg-type]
    bold = _rect(LEFT + 0.1, 42.8, RIGHT + 0.8, 563.0, (0.749, 0.749, 0.749))
    stack = [html, body, fine, bold]
    assert ground_rects(_page([*stack, cell], _chars(40), rules)) == stack
    # a fill of another box after the body (a margin rule's layer, a panel): a shape, and
    # what comes after it too
    margin = _rect(LEFT, 42.8, 71.5, 563.1, (0.89, 0.55, 0.59))
    assert ground_rects(_page([html, body, margin, fine, cell], _chars(40), rules)) == [
        html,
        body,
    ]
    # the same box drawn again with nothing under it that is paper: no paper to layer on
    assert ground_rects(_page([cell, body, fine], _chars(40), rules)) == []


class _Layered(_Chromium):
    """:class:`_Chromium`'s page on white, the body's box filled again by two background
    layers (a ruling's patterns, read as flat tones) and ending with the content."""

    def paint_ground(self) -> None:
        self.fill(LEFT, LEFT, RIGHT, 799.5, (1.0, 1.0, 1.0))
        self.fill(LEFT, 52.5, RIGHT + 0.8, 560.0, (1.0, 1.0, 1.0))
        self.fill(LEFT, 52.5, RIGHT + 0.8, 560.0, (0.79, 0.84, 0.93))
        self.fill(LEFT, 52.5, RIGHT + 0.8, 560.0, (0.56, 0.65, 0.84))


def test_two_fiches_on_a_layered_body_background_are_read_as_on_white(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = _plan(_Layered(None, INK))
    for engine in ENGINES:
        monkeypatch.setenv(ENGINE_ENV, engine)
        assert _read(data) == EXPECTED, engine
