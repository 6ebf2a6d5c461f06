"""A steps table printed TURNED A QUARTER TURN on a portrait page of its own
(plan_html_travers: a print stylesheet's ``transform: rotate(-90deg)``; a landscape section
on portrait paper), every line reading bottom to top, or top to bottom: the page is seen
turned back, upright (sources.pdf.turned_pages), and its grid read as any. Negative: a page
of upright text, a page with a few turned labels, a page turned by ``/Rotate``. Drawn by
hand with reportlab; the whole plan read with the parser."""

from __future__ import annotations

import io

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.engine import iter_plumber_pages
from sources.pdf.turned_pages import page_turn
from tests.sources.pdf.hand_pages import HEADER, HandPages

WIDE = 842.0  # the turned page seen upright: A4 landscape
LOW = 595.0
BOUNDS = (60.0, 190.0, 470.0, 560.0, 650.0, 730.0, 800.0)
STEPS = (
    ("Lancer une phase test", "Rencontres annuelles", "2019", "18000 (financé)", "GACdG", "CCI"),
    ("Définir une stratégie", "Sur la base du potentiel", "2020", "interne", "GACdG", "CCI"),
    ("Suivre le réseau", "Animer et faire vivre", "2021", "5000", "GACdG", "Communes"),
)


def _turned_table(pages: HandPages, turn: int) -> None:
    """The steps table drawn on a landscape frame turned onto the portrait page: ``turn``
    +1 reads bottom to top, -1 top to bottom."""
    c = pages.c
    c.saveState()
    if turn > 0:
        c.translate(LOW, 0.0)
        c.rotate(90)
    else:
        c.translate(0.0, WIDE)
        c.rotate(-90)
    tops = [60.0, 80.0] + [80.0 + 30.0 * (k + 1) for k in range(len(STEPS))]
    c.setLineWidth(0.5)
    for y in tops:
        c.line(BOUNDS[0], LOW - y, BOUNDS[-1], LOW - y)
    for x in BOUNDS:
        c.line(x, LOW - tops[0], x, LOW - tops[-1])
    for row, y, bold in (
        (HEADER, tops[0], True),
        *((r, t, False) for r, t in zip(STEPS, tops[1:], strict=False)),
    ):
        c.setFont("Helvetica-Bold" if bold else "Helvetica", 9.0)
        for x, text in zip(BOUNDS, row, strict=False):
            c.drawString(x + 3.0, LOW - y - 13.0, text)
    c.restoreState()


def _plan(turn: int) -> bytes:
    pages = HandPages()
    pages.fiche_head()
    pages.text(57.0, 160.0, "Contexte : une opération test d'économie circulaire.")
    pages.c.showPage()
    _turned_table(pages, turn)
    pages.c.showPage()
    pages.next_fiche(40.0)
    pages.c.showPage()
    return pages.save()


@pytest.mark.parametrize("turn", [1, -1])
def test_a_steps_table_printed_turned_is_read_upright(turn: int) -> None:
    doc = parse_action_plan(_plan(turn), "plans/travers.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == [r[0] for r in STEPS]
    assert [s.start_year for s in doc.steps] == [2019, 2020, 2021]
    assert [s.budget_eur for s in doc.steps] == [18000.0, 0.0, 5000.0]
    assert [s.partners for s in doc.steps] == [["CCI"], ["CCI"], ["Communes"]]
    assert {s.page for s in doc.steps} == {2}


def _turns(data: bytes) -> list[int]:
    out = []
    for page in iter_plumber_pages(data):
        out.append(page_turn(page))
        page.close()
    return out


def test_which_pages_are_seen_turned() -> None:
    assert _turns(_plan(1)) == [0, 1, 0]
    assert _turns(_plan(-1)) == [0, -1, 0]


def test_a_page_turned_by_its_rotate_attribute_is_left_as_read() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(LOW, WIDE))
    c.setPageRotation(90)
    for k in range(5):
        c.drawString(100.0, 700.0 - 20.0 * k, f"Une ligne de texte de la page tournée {k}")
    c.showPage()
    c.save()
    assert _turns(buffer.getvalue()) == [0]
