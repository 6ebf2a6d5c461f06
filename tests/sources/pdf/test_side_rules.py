"""A grid drawn with its INNER LINES ONLY (a theme drawing each cell's foot and right edge: no
left side on the first column, no right side on the last): its outer sides are added for the
grid finder (sources.pdf.ruled_tables._side_rules), so the first and last columns are read.
Rules under paragraphs (no column line) and a grid whose sides are drawn add nothing. Drawn
with reportlab, the lines as thin filled rectangles (as Chromium prints borders)."""

from __future__ import annotations

import io

import pytest

from sources.pdf.ruled_tables import _ruled_tables, _side_rules

HEIGHT = 842.0
XS = (43.0, 124.0, 318.0, 375.0, 436.0, 492.0, 553.0)
HEADER = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
ROWS = (
    ("Lancer une phase test", "Organiser des rencontres.", "2019", "18000", "GACdG", "CCI du Gers"),
    ("Définir une stratégie", "Déterminer le soutien.", "2020", "interne", "GACdG", "chambres"),
)
EDGES = (640.0, 662.0, 700.0, 738.0)


def _page(sides: bool = False, columns: bool = True) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFillColorRGB(0.6, 0.6, 0.6)
    for y in EDGES:  # the header's top, each row's foot, across the table
        c.rect(XS[0], HEIGHT - y - 0.8, XS[-1] - XS[0], 0.8, stroke=0, fill=1)
    inner = XS[1:-1] if not sides else XS
    if columns:
        for x in inner:  # each cell's right edge (the last one's too when ``sides``)
            c.rect(x - 0.8, HEIGHT - EDGES[-1], 0.8, EDGES[-1] - EDGES[0], stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 8)
    c.setFillColorRGB(0, 0, 0)
    for i, label in enumerate(HEADER):
        c.drawString(XS[i] + 3, HEIGHT - EDGES[0] - 12, label)
    c.setFont("Helvetica", 8)
    for row, top in zip(ROWS, EDGES[1:], strict=False):
        for i, text in enumerate(row):
            c.drawString(XS[i] + 3, HEIGHT - top - 12, text)
    c.save()
    return buffer.getvalue()


def test_the_outer_columns_of_an_inner_lines_grid_are_read() -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(_page())) as pdf:
        sides = _side_rules(pdf.pages[0])
        blocks = _ruled_tables(pdf.pages[0], 1, None)
    assert sorted(round(e["x0"]) for e in sides) == [43, 553]
    assert all(round(e["top"]) == 640 and round(e["bottom"]) == 738 for e in sides)
    rows = [b for b in blocks if b.rows][0].rows
    assert [r.cells["step"] for r in rows] == ["Lancer une phase test", "Définir une stratégie"]
    assert [r.cells["partners"] for r in rows] == ["CCI du Gers", "chambres"]


@pytest.mark.parametrize(("sides", "columns"), [(True, True), (False, False)])
def test_drawn_sides_or_no_grid_add_nothing(sides: bool, columns: bool) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(_page(sides, columns))) as pdf:
        found = _side_rules(pdf.pages[0])
    assert found == []  # both sides drawn; or rules under rows, no column line: no grid


def test_rules_of_other_tables_at_the_same_margin_are_not_joined() -> None:
    """A fields grid (one column line) under the steps grid, its rules starting at the same
    margin: the side spans the steps grid only."""
    import pdfplumber
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFillColorRGB(0.6, 0.6, 0.6)
    for y in EDGES:
        c.rect(XS[0], HEIGHT - y - 0.8, XS[-1] - XS[0], 0.8, stroke=0, fill=1)
    for x in XS[1:-1]:
        c.rect(x - 0.8, HEIGHT - EDGES[-1], 0.8, EDGES[-1] - EDGES[0], stroke=0, fill=1)
    fields = (780.0, 800.0, 820.0)  # the fields grid: rules at the margin, one column line
    for y in fields:
        c.rect(XS[0], HEIGHT - y - 0.8, XS[-1] - XS[0], 0.8, stroke=0, fill=1)
    c.rect(150.0, HEIGHT - fields[-1], 0.8, fields[-1] - fields[0], stroke=0, fill=1)
    c.save()
    with pdfplumber.open(io.BytesIO(buffer.getvalue())) as pdf:
        sides = _side_rules(pdf.pages[0])
    assert sorted(round(e["x0"]) for e in sides) == [43, 553]
    assert all(round(e["top"]) == 640 and round(e["bottom"]) == 738 for e in sides)
