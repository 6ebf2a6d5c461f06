"""The table finder's cell search on precomputed edge sets (sources.pdf.grid_cells) gives
pdfplumber's cells, in pdfplumber's order, on ruled tables drawn for the purpose: a plain grid,
merged cells (a missing inner rule), a grid with a short extra rule, and two tables on a page."""

from __future__ import annotations

import io

import pdfplumber
from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.table import intersections_to_cells as plumber_cells

from sources.pdf.grid_cells import find_tables, intersections_to_cells

SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    "snap_tolerance": 3,
    "join_tolerance": 3,
    "intersection_tolerance": 3,
}


def _page_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, 842.0))
    c.setLineWidth(0.5)
    # a 4 × 3 grid whose middle row merges its first two cells (no inner rule there)
    xs, ys = (50.0, 150.0, 250.0, 350.0, 450.0), (800.0, 780.0, 760.0, 740.0)
    for y in ys:
        c.line(xs[0], y, xs[-1], y)
    for x in (xs[0], xs[2], xs[3], xs[4]):
        c.line(x, ys[0], x, ys[-1])
    c.line(xs[1], ys[0], xs[1], ys[1])
    c.line(xs[1], ys[2], xs[1], ys[3])
    c.line(300.0, 760.0, 300.0, 750.0)  # a short rule inside a cell: no cell of its own
    # a second table lower down
    for y in (600.0, 580.0, 560.0):
        c.line(100.0, y, 400.0, y)
    for x in (100.0, 250.0, 400.0):
        c.line(x, 600.0, x, 560.0)
    c.drawString(60.0, 785.0, "Etape")
    c.showPage()
    c.save()
    return buf.getvalue()


def test_same_cells_as_pdfplumber() -> None:
    with pdfplumber.open(io.BytesIO(_page_pdf())) as pdf:
        page = pdf.pages[0]
        finder = TableFinder(page, TableSettings.resolve(SETTINGS))
        want = plumber_cells(finder.intersections)
        got = intersections_to_cells(finder.intersections)
        assert got == want
        # 11 in the first table (the merged pair one cell) + the 2 the short rule cuts its
        # cell into, as pdfplumber finds them; 2 in the second table
        assert len(got) == 15
        tables = find_tables(page, SETTINGS)
        assert [t.bbox for t in tables] == [t.bbox for t in finder.tables]
        assert len(tables) == 2
        assert [row for row in tables[0].extract()][0][0] == "Etape"


def test_no_point_no_cell() -> None:
    assert intersections_to_cells({}) == []
