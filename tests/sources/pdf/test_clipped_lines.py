"""A spreadsheet row of a fixed height too short for its text: the cell's last lines written
past the row's foot, clipped away there but in the text layer, over the next row's own lines
(plan_xlsx_tronque): sources.pdf.clipped_lines gives them back to their cell. Drawn by hand
with reportlab (a clipping path per cell, each cell's text written in one run as Calc does);
the whole plan read with the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import BOUNDS, HEADER, HEIGHT, HandPages

ROW = 30.0  # pt: the template's fixed row height, three lines of 8 pt type
PITCH = 9.5


def _cell(pages: HandPages, col: int, top: float, lines: list[str], clip: bool) -> None:
    """One cell's lines from its top, clipped to the cell (a fixed-height row) or not."""
    c = pages.c
    c.saveState()
    if clip:
        path = c.beginPath()
        x0, x1 = BOUNDS[col], BOUNDS[col + 1]
        path.rect(x0, HEIGHT - top - ROW, x1 - x0, ROW)
        c.clipPath(path, stroke=0, fill=0)
    for k, text in enumerate(lines):
        pages.text(BOUNDS[col] + 3.0, top + 4.0 + PITCH * k, text, size=8.0)
    c.restoreState()


def _plan(later: bool = False) -> bytes:
    """Fiche 1.1.1's grid of two fixed-height rows, the first description two lines too long.
    ``later``: those two lines drawn at the end of the page instead (not written with their
    cell: no clipped line of the cell above)."""
    pages = HandPages()
    pages.fiche_head()
    top = 150.0
    tops = [top, top + 16.0, top + 16.0 + ROW, top + 16.0 + 2 * ROW]
    c = pages.c
    c.setLineWidth(0.5)
    for y in tops:
        c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
    for x in BOUNDS:
        c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
    for x, label in zip(BOUNDS, HEADER, strict=False):
        pages.text(x + 3.0, top + 4.0, label, bold=True, size=8.0)
    first = [
        "Les actions sont",
        "les suivantes :",
        "1) des rencontres",
        "2) des mises en",
        "relation",
    ]
    rows = [
        ("Lancer un test", first, "2019", "18000", "GACdG", "CCI"),
        (
            "Définir",
            ["Sur la base du", "test, choisir les", "filières."],
            "2020",
            "interne",
            "GACdG",
            "ADEME",
        ),
    ]
    for (step, description, *rest), y in zip(rows, tops[2:], strict=False):
        y -= ROW
        _cell(pages, 0, y, [step], True)
        shown = description[:3] if later else description
        _cell(pages, 1, y, shown, True)
        for col, value in enumerate(rest, start=2):
            _cell(pages, col, y, [value], True)
    if later:  # the same two lines, past the first row's foot, written after everything
        for k, text in enumerate(first[3:], start=3):
            pages.text(BOUNDS[1] + 3.0, tops[1] + 4.0 + PITCH * k, text, size=8.0)
    pages.next_fiche(tops[-1])
    pages.c.showPage()
    return pages.save()


def test_lines_past_a_fixed_row_foot_go_back_to_their_cell() -> None:
    doc = parse_action_plan(_plan(), "plans/tronque.pdf", "0" * 64)
    assert [(s.step, s.description) for s in doc.steps] == [
        (
            "Lancer un test",
            "Les actions sont les suivantes : 1) des rencontres 2) des mises en relation",
        ),
        ("Définir", "Sur la base du test, choisir les filières."),
    ]
    assert [(s.planning_label, s.budget_label, s.owner) for s in doc.steps] == [
        ("2019", "18000", "GACdG"),
        ("2020", "interne", "GACdG"),
    ]


def test_overprinted_lines_written_apart_stay_where_they_are_printed() -> None:
    # the same lines written after the whole grid: nothing ties them to the cell above
    doc = parse_action_plan(_plan(later=True), "plans/tronque.pdf", "0" * 64)
    first, second = (s.description or "" for s in doc.steps)
    assert first == "Les actions sont les suivantes : 1) des rencontres"  # nothing lifted
    assert second != "Sur la base du test, choisir les filières."  # read as printed, overprinted
