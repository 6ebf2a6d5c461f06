"""A steps table told by banded columns only (sources.pdf.banded_columns): no border, the
Etape, Planification and Porteur cells filled pale green under a dark header, nothing drawn
between two steps. The unfilled columns' cells get their filled neighbours' edges, so the
description, budget and partners are read; fills that make no such table (banded rows, two
boxes side by side, pillars whose rows differ) add no edge. Drawn with reportlab as Writer
draws cell fills (filled rectangles, no stroke)."""

from __future__ import annotations

import io
from types import SimpleNamespace

from sources.pdf.banded_columns import pillar_lines

HEIGHT = 842.0
XS = (57.0, 128.0, 278.0, 334.0, 405.0, 468.0, 539.0)
HEADER = ("Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires")
ROWS = (
    ("Lancer une phase test", "Organiser des rencontres.", "2019", "18000", "GACdG", "CCI du Gers"),
    ("Définir une stratégie", "Déterminer le soutien.", "2020", "interne", "GACdG", "chambres"),
)
EDGES = (60.0, 90.0, 150.0, 210.0)  # header top, then each row's top, the table's bottom
PILLARS = (0, 2, 4)  # Etape, Planification, Porteur


def _page() -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFillColorRGB(0.33, 0.51, 0.21)
    for i in range(6):  # the header: one dark fill a cell, abutting
        c.rect(XS[i], HEIGHT - EDGES[1], XS[i + 1] - XS[i], EDGES[1] - EDGES[0], stroke=0, fill=1)
    c.setFillColorRGB(0.89, 0.94, 0.85)
    for i in PILLARS:  # the banded columns: one pale fill a cell, rows edge to edge
        for top, bottom in zip(EDGES[1:], EDGES[2:], strict=False):
            c.rect(XS[i], HEIGHT - bottom, XS[i + 1] - XS[i], bottom - top, stroke=0, fill=1)
    c.setFont("Helvetica-Bold", 8)
    c.setFillColorRGB(1, 1, 1)
    for i, label in enumerate(HEADER):
        c.drawString(XS[i] + 3, HEIGHT - EDGES[0] - 12, label)
    c.setFont("Helvetica", 8)
    c.setFillColorRGB(0, 0, 0)
    for row, top in zip(ROWS, EDGES[1:], strict=False):
        for i, text in enumerate(row):
            c.drawString(XS[i] + 3, HEIGHT - top - 12, text)
    c.save()
    return buffer.getvalue()


def test_the_unfilled_columns_of_a_banded_table_are_read() -> None:
    import pdfplumber

    from sources.pdf.ruled_tables import _ruled_tables

    with pdfplumber.open(io.BytesIO(_page())) as pdf:
        horizontals, verticals = pillar_lines(pdf.pages[0])
        blocks = _ruled_tables(pdf.pages[0], 1, None)
    # the rows' edges across the whole table, the seven column sides down it
    assert sorted(round(e["top"]) for e in horizontals) == [90, 150, 210]
    assert all(round(e["x0"]) == 57 and round(e["x1"]) == 539 for e in horizontals)
    assert sorted(round(e["x0"]) for e in verticals) == [round(x) for x in XS]
    assert len(blocks) == 1
    rows = [r.cells for r in blocks[0].rows]
    assert [r["description"] for r in rows] == ["Organiser des rencontres.", "Déterminer le soutien."]
    assert [r["budget"] for r in rows] == ["18000", "interne"]
    assert [r["partners"] for r in rows] == ["CCI du Gers", "chambres"]
    assert [r["step"] for r in rows] == ["Lancer une phase test", "Définir une stratégie"]


def _rect(x0: float, top: float, x1: float, bottom: float, colour=(0.9, 0.9, 0.9)) -> dict:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "fill": True,
            "non_stroking_color": colour}  # fmt: skip


def _lines(rects: list[dict]) -> tuple[list, list]:
    return pillar_lines(SimpleNamespace(rects=rects))


def test_fills_that_make_no_banded_table_add_no_edge() -> None:
    # banded ROWS: full-width fills every other row
    zebra = [_rect(57, 90 + 60 * i, 539, 120 + 60 * i) for i in range(4)]
    assert _lines(zebra) == ([], [])
    # two boxes side by side, one cell high, nothing over them (two cards)
    assert _lines([_rect(57, 100, 200, 160), _rect(300, 100, 450, 160)]) == ([], [])
    # two pillars whose rows differ (each column's own paragraphs boxed)
    uneven = [_rect(57, 90, 128, 150), _rect(57, 150, 128, 210),
              _rect(278, 90, 334, 170), _rect(278, 170, 334, 210)]  # fmt: skip
    assert _lines(uneven) == ([], [])
    # white fills are the page's ground, no pillar
    white = [_rect(x, t, x + 60, t + 60, (1, 1, 1)) for x in (57, 278) for t in (90, 150)]
    assert _lines(white) == ([], [])
    # pillars of two cells, same rows, an unfilled column between, the header of the same
    # colour (banded columns from the header down): the outer unfilled columns not known
    pillars = [_rect(x, t, x + 60, t + 60) for x in (57, 278) for t in (90, 150)]
    assert _lines(pillars) == ([], [])
    # under a header row of another colour spanning them: a table
    dark = (0.2, 0.3, 0.5)
    header = [_rect(57, 60, 117, 90, dark), _rect(117, 60, 278, 90, dark),
              _rect(278, 60, 338, 90, dark), _rect(338, 60, 420, 90, dark)]  # fmt: skip
    horizontals, verticals = _lines(pillars + header)
    assert sorted(round(e["top"]) for e in horizontals) == [90, 150, 210]
    assert all(round(e["x1"]) == 420 for e in horizontals)  # across the header's width
    assert sorted(round(e["x0"]) for e in verticals) == [57, 117, 278, 338, 420]


def test_rows_and_columns_banded_with_one_tint_under_a_header_of_that_tint() -> None:
    # plan_html_ecossais: even rows and even columns tinted alike (a translucent tint over a
    # solid header prints the same colour): the pillars' first row, filled across the table
    # while the next row is not, is the header; the odd rows' unfilled cells get edges, the
    # last row's foot too
    xs = (57.0, 117.0, 278.0, 338.0, 420.0)
    edges = (60.0, 90.0, 150.0, 210.0, 270.0)  # header, three rows
    rects = [_rect(a, edges[0], b, edges[1]) for a, b in zip(xs, xs[1:], strict=False)]
    for k, (top, bottom) in enumerate(zip(edges[1:], edges[2:], strict=False)):
        for c, (a, b) in enumerate(zip(xs, xs[1:], strict=False)):
            if c % 2 == 1 or k % 2 == 1:  # even columns always, even rows across
                rects.append(_rect(a, top, b, bottom))
    horizontals, verticals = _lines(rects)
    assert sorted(round(e["top"]) for e in horizontals) == [60, 90, 150, 210, 270]
    assert sorted(round(e["x0"]) for e in verticals) == [57, 117, 278, 338, 420]
    # every row filled across (a plain filled table): no header told, no edge added
    full = [_rect(a, t, b, u) for a, b in zip(xs, xs[1:], strict=False)
            for t, u in zip(edges, edges[1:], strict=False)]  # fmt: skip
    assert _lines(full) == ([], [])
