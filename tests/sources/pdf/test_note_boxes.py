"""Cell notes printed over a sheet's cells (sources.pdf.note_boxes): a pale box with a shadow
and an outline, painted AFTER the cells it covers, its own text on it. The note (box, shadow,
outline, text) is set aside; the cells' text it hides stays. Negative: a filled cell painted
BEFORE its text, the same text over it, is no note. Read with both engines."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import ENGINE_ENV
from tests.sources.pdf.hand_pages import BOUNDS, HEIGHT, HandPages

ROWS = (
    ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"),
)


def _note(pages: HandPages, x: float, top: float) -> None:
    """Calc's shown note: shadow, pale box, outline, then its text (painted last)."""
    c = pages.c
    w, h = 90.0, 40.0
    c.setFillGray(0.0)
    c.rect(x + 1.5, HEIGHT - top - h - 1.5, w, h, stroke=0, fill=1)
    c.setFillColorRGB(1.0, 1.0, 0.88)
    c.rect(x, HEIGHT - top - h, w, h, stroke=0, fill=1)
    c.setStrokeGray(0.6)
    c.rect(x, HEIGHT - top - h, w, h, stroke=1, fill=0)
    c.setFillGray(0.0)
    for k, line in enumerate(("S. Climat : montant", "à confirmer au", "primitif 2021.")):
        pages.text(x + 2.0, top + 2.0 + 9.0 * k, line, size=7.0)


def _plan(note: bool = True) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    pages.steps_table(150.0, ROWS)
    if note:  # over the planning and budget cells of both rows
        _note(pages, BOUNDS[2] + 8.0, 168.0)
    pages.c.showPage()
    return pages.save()


@pytest.fixture(params=["pdfium", "pdfplumber"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(ENGINE_ENV, request.param)
    return request.param


def _steps(data: bytes) -> list[tuple[str | None, ...]]:
    doc = parse_action_plan(data, "plans/glose.pdf", "0" * 64)
    return [(s.step, s.planning_label, s.budget_label, s.owner) for s in doc.steps]


def test_a_note_printed_over_cells_is_set_aside(engine: str) -> None:
    assert _steps(_plan()) == [(r[0], r[2], r[3], r[4]) for r in ROWS]


def test_a_filled_cell_under_its_text_is_no_note(engine: str) -> None:
    pages = HandPages()
    pages.fiche_head()
    c = pages.c
    c.setFillColorRGB(1.0, 1.0, 0.88)
    c.rect(BOUNDS[2], HEIGHT - 204.0, BOUNDS[4] - BOUNDS[2], 38.0, stroke=0, fill=1)
    c.setFillGray(0.0)
    pages.steps_table(150.0, ROWS)
    c.showPage()
    assert _steps(pages.save()) == [(r[0], r[2], r[3], r[4]) for r in ROWS]
