"""Steps tables PASTED WITHOUT THEIR HEADER ROW (plan_xlsx_souche: an agent built the first
fiche's steps table with its header, then pasted only the step rows under every other
fiche's « Modalités de mise en oeuvre »): the six labels printed once in the document. A
ruled grid right under a steps heading, of as many columns as the last steps table read
under a header, is read by that header's columns (sources.pdf.ruled_tables). Negative: the
same grid under an ordinary line is not taken for steps. Drawn by hand with reportlab; the
whole plan read with the parser."""

from __future__ import annotations

from sources.action_plan import parse_action_plan
from tests.sources.pdf.hand_pages import BOUNDS, HEIGHT, HandPages

FIRST = (("Créer", "Définir les besoins", "2020", "interne", "GACdG", "ADEME"),)
PASTED = (  # each cell's lines
    (("Réaliser les", "diagnostics"), ("Première version", "de la charte"), ("2021",), ("3000",),
     ("GACdG",), ("CAUE",)),
    (("Suivre et piloter", "le réseau"), ("Bilan annuel", "avec les élus"), ("2022 et +",),
     ("5000",), ("GACdG",), ("AUaT", "Communes")),
)  # fmt: skip
ROW = 30.0


HEAP = ((("er bili s g é s", "Et a p e D e s cri ptif"), (), (), (), (), ()),)  # fmt: skip


def _pasted_rows(pages: HandPages, top: float, heap: bool = False) -> float:
    """The pasted rows: a ruled grid on the header's column rules, no header; its bottom.
    ``heap``: a first row holding a slanted header's letters, read in a heap in its first
    cell."""
    c = pages.c
    rows = (HEAP + PASTED) if heap else PASTED
    tops = [top + ROW * k for k in range(len(rows) + 1)]
    c.setLineWidth(0.5)
    for y in tops:
        c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
    for x in BOUNDS:
        c.line(x, HEIGHT - tops[0], x, HEIGHT - tops[-1])
    for row, y in zip(rows, tops, strict=False):
        for col, (x, lines) in enumerate(zip(BOUNDS, row, strict=False)):
            for k, text in enumerate(lines):
                left = x + 3.0
                if col == 2:  # a year right-aligned against the next cell's rule (Calc's)
                    left = BOUNDS[3] - 1.0 - c.stringWidth(text, "Helvetica", 8.0)
                elif col == 3:  # the amount left-aligned right after that rule
                    left = x + 1.0
                pages.text(left, y + 4.0 + 10.0 * k, text, size=8.0)
    return tops[-1]


def _fields(pages: HandPages, top: float) -> None:
    """Fiche 1.1.2's fields, a ruled grid of two columns (label | value)."""
    c = pages.c
    c.setLineWidth(0.5)
    for y in (top, top + 18.0, top + 36.0):
        c.line(BOUNDS[0], HEIGHT - y, BOUNDS[-1], HEIGHT - y)
    for x in (BOUNDS[0], BOUNDS[1], BOUNDS[-1]):
        c.line(x, HEIGHT - top, x, HEIGHT - top - 36.0)
    pages.text(BOUNDS[0] + 3.0, top + 4.0, "Contexte", size=8.0)
    pages.text(BOUNDS[1] + 3.0, top + 4.0, "Sur la base du premier travail réalisé.", size=8.0)
    pages.text(BOUNDS[0] + 3.0, top + 22.0, "Indicateurs", size=8.0)
    pages.text(BOUNDS[1] + 3.0, top + 22.0, "Nombre de structures engagées", size=8.0)


def _plan(heading: str, heap: bool = False) -> bytes:
    """Fiche 1.1.1 with its steps table under a header; fiche 1.1.2 whose step rows stand
    under ``heading`` with no header; then fiche 1.1.3's heading."""
    pages = HandPages()
    pages.fiche_head()
    bottom = pages.steps_table(150.0, FIRST)
    pages.text(57.0, bottom + 30.0, "FICHE 1.1.2", bold=True, size=12.0)
    pages.text(57.0, bottom + 50.0, "Objectif opérationnel : Etendre", bold=True, size=12.0)
    _fields(pages, bottom + 66.0)
    pages.text(57.0, bottom + 116.0, heading, bold=True)
    end = _pasted_rows(pages, bottom + 130.0, heap)
    pages.text(57.0, end + 30.0, "FICHE 1.1.3", bold=True, size=12.0)
    pages.text(57.0, end + 50.0, "Objectif opérationnel : Mettre en place", bold=True, size=12.0)
    pages.c.showPage()
    return pages.save()


def test_rows_pasted_under_a_steps_heading_are_read_by_the_first_header() -> None:
    doc = parse_action_plan(_plan("Modalités de mise en oeuvre"), "plans/souche.pdf", "0" * 64)
    steps = [(s.action_id[-5:], s.step, s.start_year, s.budget_eur) for s in doc.steps]
    assert steps == [
        ("1.1.1", "Créer", 2020, 0.0),
        ("1.1.2", "Réaliser les diagnostics", 2021, 3000.0),
        ("1.1.2", "Suivre et piloter le réseau", 2022, 5000.0),
    ]
    assert [s.description for s in doc.steps][1:] == [
        "Première version de la charte",
        "Bilan annuel avec les élus",
    ]
    assert [s.partners for s in doc.steps] == [["ADEME"], ["CAUE"], ["AUaT Communes"]]


def test_the_same_rows_under_an_ordinary_line_are_no_steps() -> None:
    doc = parse_action_plan(_plan("Budget prévisionnel détaillé"), "plans/souche.pdf", "0" * 64)
    assert [s.step for s in doc.steps if s.action_id.endswith("1.1.2")] == []


def test_a_grid_opening_with_a_heap_of_header_letters_is_not_read_by_the_header() -> None:
    # a header set slanted, glyph by glyph: its letters in a heap in the first cell
    doc = parse_action_plan(
        _plan("Modalités de mise en oeuvre", heap=True), "plans/slanted.pdf", "0" * 64
    )
    assert not any("cri ptif" in s.step or "criptif" in s.step for s in doc.steps)
