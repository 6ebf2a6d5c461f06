"""SHEETS ON A BACKDROP (an online office editor's tab printed by the browser): each white sheet
on the grey backdrop has its own running header and page number, printed wherever the
browser's page cuts the view, mid-page. The small text in a sheet's top and bottom margins is
set aside (sources.pdf.sheet_margins) by both engines; the sheet's text, small print in the
body of a sheet and a page without a backdrop are kept."""

from __future__ import annotations

import pytest

from sources.pdf.engine import ENGINE_ENV, ENGINES
from tests.sources.pdf.hand_pages import HEIGHT, HandPages, page_texts

GREY, WHITE = (0.855, 0.855, 0.855), (1.0, 1.0, 1.0)


class _Editor(HandPages):
    def fill(self, x0: float, top: float, x1: float, bottom: float, rgb: tuple) -> None:
        self.c.setFillColorRGB(*rgb)
        self.c.rect(x0, HEIGHT - bottom, x1 - x0, bottom - top, stroke=0, fill=1)
        self.c.setFillColorRGB(0, 0, 0)

    def small(self, x: float, top: float, s: str) -> None:
        self.c.setFillColorRGB(0.27, 0.27, 0.27)
        self.text(x, top, s, size=6.5)
        self.c.setFillColorRGB(0, 0, 0)


@pytest.mark.parametrize("engine", ENGINES)
def test_a_sheets_header_and_number_mid_page_are_set_aside(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    p = _Editor()
    p.fill(22.0, 22.0, 573.0, 820.0, GREY)
    p.fill(49.0, -60.0, 546.0, 400.0, WHITE)  # the first sheet, its top above the page
    p.text(90.0, 60.0, "Budget 2024 : 18000 euros")
    p.text(90.0, 80.0, "Contexte : une opération test menée auprès de vingt entreprises du Gers")
    p.small(90.0, 200.0, "Note : montant estimé")  # small print in the sheet's body: kept
    p.small(290.0, 370.0, "3 / 11")  # its number in its bottom margin
    p.fill(49.0, 420.0, 546.0, 900.0, WHITE)  # the next sheet
    p.small(96.0, 450.0, "PCAET Grand Auch - Programme d'actions")  # its running header
    p.text(90.0, 500.0, "Porteur : GACdG")
    p.c.showPage()
    # the same texts on a page showing no sheets: kept
    p.text(90.0, 60.0, "Budget 2025 : 5000 euros")
    p.small(290.0, 370.0, "3 / 11")
    p.c.showPage()
    assert page_texts(p.save()) == [
        "Budget 2024 : 18000 euros Contexte : une opération test menée auprès de vingt "
        "entreprises du Gers Note : montant estimé Porteur : GACdG",
        "Budget 2025 : 5000 euros 3 / 11",
    ]
