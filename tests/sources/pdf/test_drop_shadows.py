"""A steps table with a drop shadow (sources.pdf.drop_shadows): grey bands along its right
and bottom edges, offset by their thickness (Writer's « Ombre », a web page's box-shadow).
The grid is read without them: no column at either side, no row at the top, and the rows of
a table the shadow's page break cuts join as before. Negative: a grey band lying on no rule
at a shadow's offset (a fill of the page's own) is no shadow. Read with both engines."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.drop_shadows import shadow_bands
from sources.pdf.engine import ENGINE_ENV
from tests.sources.pdf.hand_pages import BOUNDS, HEIGHT, HandPages

ROWS = (
    ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
    ("Définir", "Choisir les filières.", "2020", "interne", "GACdG", "ADEME"),
)


def _plan(offset: float = 5.0) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    top = 150.0
    bottom = pages.steps_table(top, ROWS)
    c = pages.c
    c.setFillGray(0.5)
    right = BOUNDS[-1]
    c.rect(right, HEIGHT - bottom, 5.0, bottom - top - offset, stroke=0, fill=1)  # right band
    c.rect(BOUNDS[0] + offset, HEIGHT - bottom - 5.0, right - BOUNDS[0], 5.0, stroke=0, fill=1)
    c.setFillGray(0.0)
    c.showPage()
    return pages.save()


@pytest.fixture(params=["pdfium", "pdfplumber"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(ENGINE_ENV, request.param)
    return request.param


def test_a_table_s_drop_shadow_is_no_rule(engine: str) -> None:
    doc = parse_action_plan(_plan(), "plans/ombre.pdf", "0" * 64)
    steps = [(s.step, s.description, s.planning_label, s.budget_label, s.owner) for s in doc.steps]
    assert steps == [row[:5] for row in ROWS]


def test_bands_at_a_shadow_s_offset_only() -> None:
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(_plan())) as pdf:
        assert len(shadow_bands(pdf.pages[0])) == 2
    # negative: bands starting level with the table's edges (no offset) are fills, not a
    # shadow (a page's own coloured strips)
    with pdfplumber.open(io.BytesIO(_plan(offset=0.0))) as pdf:
        bands = shadow_bands(pdf.pages[0])
        assert all(b["x1"] - b["x0"] > b["bottom"] - b["top"] for b in bands)  # right one kept
