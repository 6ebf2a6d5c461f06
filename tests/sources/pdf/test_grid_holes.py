"""A table whose every cell is its own box and whose empty cells are left undrawn (a CMS
theme's ``empty-cells: hide``: plan_html_lacunes): a white hole in the last column, closed
only on its top and left by its neighbours' sides. The grid finder finds no cell there; the
hole is an empty cell (sources.pdf.grid_holes), not the cell above merged down, and a word
overflowing into it stays with its own cell (sources.pdf.cell_overflow). Negative: a true
rowspan (one box over two rows) still carries its value down. Drawn by hand with reportlab;
the whole plan read with the parser."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

from sources.action_plan import parse_action_plan
from sources.pdf.cell_overflow import keep_overflow
from sources.pdf.grid_holes import open_holes
from tests.sources.pdf.hand_pages import BOUNDS, HEADER, HEIGHT, HandPages

ROW = 24.0
LONG = "l'agglomération"


def _box(pages: HandPages, col: int, top: float, rows: int = 1) -> None:
    x0, x1 = BOUNDS[col], BOUNDS[col + 1]
    pages.c.rect(x0, HEIGHT - top - ROW * rows, x1 - x0, ROW * rows, stroke=1, fill=0)


def _headed() -> HandPages:
    """Fiche 1.1.1's heading and its steps grid's header row, each label in its own box."""
    pages = HandPages()
    pages.fiche_head()
    pages.c.setLineWidth(0.75)
    for col, label in enumerate(HEADER):
        _box(pages, col, 150.0)
        pages.text(BOUNDS[col] + 3.0, 154.0, label, bold=True, size=8.0)
    return pages


def _plan(span: bool = False) -> bytes:
    """Fiche 1.1.1's steps, three rows, the third's partners cell undrawn (a hole); ``span``:
    the second row's partners box drawn over the third row too (a rowspan)."""
    pages, top = _headed(), 150.0
    c = pages.c
    rows = [
        ("Créer", "Définir les besoins", "2020", "interne", "GACdG", "ADEME"),
        ("Réaliser", "Première version", "2020", "3000", "GACdG", "université"),
        ("Actualiser", "Mettre à jour", "2021", "interne", "élus, services de", ""),
    ]
    for k, row in enumerate(rows):
        y = top + ROW * (k + 1)
        for col, value in enumerate(row):
            if col == 5 and k == 2:
                continue  # the hole (or the rowspan's lower half)
            _box(pages, col, y, 2 if (span and col == 5 and k == 1) else 1)
            pages.text(BOUNDS[col] + 3.0, y + 3.0, value, size=8.0)
    y = top + ROW * 3
    pages.text(BOUNDS[4] + 3.0, y + 13.0, LONG, size=9.0)  # runs past the owner's right side
    pages.next_fiche(top + ROW * 4)
    c.showPage()
    return pages.save()


def test_the_long_word_really_overflows() -> None:
    assert BOUNDS[4] + 3.0 + stringWidth(LONG, "Helvetica", 9.0) > BOUNDS[5] + 2.0


def test_an_undrawn_empty_cell_is_empty_not_merged() -> None:
    doc = parse_action_plan(_plan(), "plans/lacunes.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == ["Créer", "Réaliser", "Actualiser"]
    assert [s.partners for s in doc.steps] == [["ADEME"], ["université"], []]
    assert doc.steps[2].owner == "élus, services de l'agglomération"


def test_a_rowspan_still_carries_its_value_down() -> None:
    doc = parse_action_plan(_plan(span=True), "plans/rowspan.pdf", "0" * 64)
    assert [s.partners for s in doc.steps] == [["ADEME"], ["université"], ["université"]]
    assert doc.steps[2].owner == "élus, services de l'agglomération"


def _open_merge() -> bytes:
    """The three rows' partners one merged cell the finder cannot close (its right side
    undrawn), its one value at its foot (a spreadsheet's default bottom alignment)."""
    pages, top = _headed(), 150.0
    c = pages.c
    rows = [
        ("Créer", "Définir les besoins", "2020", "interne", "GACdG"),
        ("Réaliser", "Première version", "2020", "3000", "GACdG"),
        ("Actualiser", "Mettre à jour", "2021", "interne", "GACdG"),
    ]
    for k, row in enumerate(rows):
        y = top + ROW * (k + 1)
        for col, value in enumerate(row):
            _box(pages, col, y)
            pages.text(BOUNDS[col] + 3.0, y + 3.0, value, size=8.0)
    foot = top + ROW * 4
    c.line(BOUNDS[5], HEIGHT - foot, BOUNDS[6], HEIGHT - foot)  # its foot, no right side
    pages.text(BOUNDS[5] + 3.0, foot - 12.0, "ADEME", size=8.0)
    pages.next_fiche(foot)
    c.showPage()
    return pages.save()


def _cells(data: bytes) -> list[list[str | None]]:
    """The steps grid's cells after :func:`open_holes` (a word overflowing into the hole
    given back to its cell first, as the grid reader does)."""
    import io

    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        page = pdf.pages[0]
        table = page.find_tables({"vertical_strategy": "lines", "horizontal_strategy": "lines"})[0]
        cells, given = keep_overflow(page, table, table.extract())
        return open_holes(page, table, cells, given)


def test_a_merged_cell_open_below_is_no_hole() -> None:
    # a merged cell whose right side is undrawn: each row's part open below (merged, None)
    assert [row[5] for row in _cells(_open_merge())[1:]] == [None, None, None]
    # the hole closed below by the grid's foot: empty
    assert [row[5] for row in _cells(_plan())[1:]] == ["ADEME", "université", ""]
