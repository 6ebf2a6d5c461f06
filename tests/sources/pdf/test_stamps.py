"""A STAMP (« FICHE VALIDÉE — Comité de pilotage du 14/10/2021 »: a rounded box, no fill, a red
outline, its words in red) laid in front of a fields table's value: its words are set aside by
both engines (sources.pdf.stamps), the value under it is kept whole. A red frame around its
own caption, a grey box over text and a black one are no stamps."""

from __future__ import annotations

import pytest

from sources.pdf.engine import ENGINE_ENV, ENGINES
from tests.sources.pdf.hand_pages import HEIGHT, HandPages, page_texts

RED = (0.753, 0.0, 0.0)


class _Page(HandPages):
    def box(self, x0: float, top: float, x1: float, bottom: float, rgb: tuple) -> None:
        self.c.setStrokeColorRGB(*rgb)
        self.c.setLineWidth(2.25)
        self.c.roundRect(x0, HEIGHT - bottom, x1 - x0, bottom - top, 6, stroke=1, fill=0)
        self.c.setStrokeColorRGB(0, 0, 0)

    def coloured(self, x: float, top: float, s: str, rgb: tuple, size: float = 8.0) -> None:
        self.c.setFillColorRGB(*rgb)
        self.text(x, top, s, bold=True, size=size)
        self.c.setFillColorRGB(0, 0, 0)


VALUE = [
    "L'agglomération mène une opération test d'économie",
    "circulaire sur le territoire avec vingt entreprises.",
]


def _page(p: _Page, rgb: tuple, words: bool = True) -> None:
    p.text(57.0, 100.0, "Contexte", bold=True)
    for k, line in enumerate(VALUE):
        p.text(160.0, 100.0 + 12.0 * k, line)
    p.box(300.0, 92.0, 450.0, 130.0, rgb)
    if words:
        p.coloured(330.0, 96.0, "FICHE VALIDÉE", rgb, 12.0)
        p.coloured(320.0, 114.0, "Comité de pilotage du 14/10/2021", rgb)
    p.c.showPage()


@pytest.mark.parametrize("engine", ENGINES)
def test_a_stamps_words_are_set_aside_and_the_value_under_it_kept(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    p = _Page()
    _page(p, RED)
    # a red frame around its own caption, over no other text: kept
    p.box(300.0, 92.0, 450.0, 130.0, RED)
    p.coloured(320.0, 105.0, "A valider en comité", RED)
    p.c.showPage()
    # the same box and words in grey: no stamp (a greyed note)
    _page(p, (0.5, 0.5, 0.5))
    # a tile: its coloured figure over its black caption, apart: no stamp
    p.box(300.0, 92.0, 450.0, 160.0, RED)
    p.coloured(320.0, 100.0, "1 500", RED, 16.0)
    p.text(320.0, 130.0, "rénovations réalisées", size=8.0)
    p.c.showPage()
    texts = page_texts(p.save())
    assert texts[0] == "Contexte " + " ".join(VALUE)
    assert texts[1] == "A valider en comité"
    assert "FICHE VALIDÉE" in texts[2] and "pilotage" in texts[2]
    assert texts[3] == "1 500 rénovations réalisées"
