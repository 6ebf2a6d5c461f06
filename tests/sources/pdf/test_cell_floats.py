"""A pull quote and a photo floated inside grid cells (sources.pdf.cell_floats): a CMS editor's
quote (larger italic type, its attribution under it) at the right of a description cell and a
photo with its caption (smaller type) at the left of another, the description's lines wrapped
round them; both are set aside and the description reads as written. Negative: a smaller
line under a value, beside nothing (« (financé) » under « 18000 »), and a superscript inside
a line stay the cell's text. Drawn with reportlab."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from sources.pdf.cell_floats import floats_in
from tests.sources.pdf.hand_pages import BOUNDS, HEADER, HEIGHT, HandPages

QUOTE = ("« La transition", "se construit avec", "tous. »")
WRAPPED = ("Les actions à", "développer sont", "les suivantes :", "réunir les")
BELOW = "entreprises chaque année."
CAPTION = ("Atelier de lancement.", "Photo : GACdG")


def _plan() -> bytes:
    pages = HandPages()
    pages.fiche_head()
    tops = [150.0, 166.0, 246.0, 326.0]
    c = pages.c
    c.setLineWidth(0.5)
    for y in tops:
        c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
    for x in BOUNDS:
        c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
    for x, label in zip(BOUNDS, HEADER, strict=False):
        pages.text(x + 3.0, 154.0, label, bold=True, size=8.0)
    # row 1: a pull quote floated right in the description
    pages.text(60.0, 170.0, "Lancer un test", size=8.0)
    for k, text in enumerate(WRAPPED):
        pages.text(150.0, 170.0 + 10.0 * k, text, size=8.0)
    for k, text in enumerate(QUOTE):
        pages.text(222.0, 172.0 + 13.0 * k, text, size=10.5)
    pages.text(222.0, 212.0, "— le président", size=7.0)
    pages.text(150.0, 224.0, BELOW, size=8.0)
    for x, value in zip(BOUNDS[2:], ("2019", "18000", "GACdG", "CCI"), strict=False):
        pages.text(x + 3.0, 170.0, value, size=8.0)
    pages.text(BOUNDS[3] + 3.0, 180.0, "(financé)", size=6.5)
    # row 2: a photo floated left with its caption under it
    pages.text(60.0, 250.0, "Définir", size=8.0)
    c.setFillColorRGB(0.3, 0.6, 0.3)
    c.rect(150.0, HEIGHT - 290.0, 56.0, 38.0, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for k, text in enumerate(CAPTION):
        pages.text(150.0, 293.0 + 8.0 * k, text, size=6.5)
    for k, text in enumerate(
        ("Choisir les filières", "avec les chambres", "consulaires du", "Gers")
    ):
        pages.text(212.0, 250.0 + 10.0 * k, text, size=8.0)
    for x, value in zip(BOUNDS[2:], ("2020", "interne", "GACdG", "ADEME"), strict=False):
        pages.text(x + 3.0, 250.0, value, size=8.0)
    pages.text(57.0, 360.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, 380.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    c.showPage()
    return pages.save()


def test_floats_in_cells_are_set_aside() -> None:
    doc = parse_action_plan(_plan(), "plans/magazine.pdf", "0" * 64)
    got = [(s.step, s.description, s.budget_label) for s in doc.steps]
    assert got == [
        ("Lancer un test", " ".join((*WRAPPED, BELOW)), "18000 (financé)"),
        ("Définir", "Choisir les filières avec les chambres consulaires du Gers", "interne"),
    ]


def _chars(text: str, x: float, top: float, size: float) -> list[dict]:
    return [
        {
            "text": ch,
            "x0": x + 0.5 * size * k,
            "x1": x + 0.5 * size * (k + 1),
            "top": top,
            "bottom": top + size,
            "size": size,
        }
        for k, ch in enumerate(text)
    ]


def test_a_superscript_and_a_line_under_a_value_stay() -> None:
    cell = _chars("Réunir les entreprises", 150.0, 100.0, 8.0)
    cell += _chars("12", 238.0, 98.0, 5.0)  # a call inside the line, text on both sides
    cell += _chars("chaque année", 246.0, 100.0, 8.0)
    cell += _chars("(financé, voir la note)", 150.0, 110.0, 6.5)  # under, beside nothing
    assert floats_in(cell, []) == set()
