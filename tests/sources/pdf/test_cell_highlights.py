"""Figures under a word processor's TEXT HIGHLIGHTER inside a ruled grid (Word's
``w:highlight``, printed by Writer as a filled box behind the run, the height of its line):
the boxes are no rules of the grid (sources.pdf.cell_highlights), even the one of a figure
opening the first body row, a fraction of a point under the header row's grey fill across
the row's rule (sources.pdf.line_fills._parted). Drawn with reportlab."""

from __future__ import annotations

import io
from itertools import pairwise
from typing import Any

import pdfplumber
from reportlab.pdfgen import canvas

from sources.pdf.cell_highlights import WithoutHighlights, cell_highlights
from sources.pdf.line_fills import line_fills
from sources.pdf.rules import vertical_rules

H = 400.0
SIZE = 9.0
COLUMNS = [51.5, 130.7, 289.4, 346.0, 408.4]  # the grid's vertical rules
ROWS = [60.0, 84.5, 124.0, 164.0]  # its horizontal rules: header row, two body rows


def _text(c: canvas.Canvas, x: float, top: float, text: str, mark: bool) -> float:
    """``text`` with its line's top at ``top``; a yellow box the line's height behind it when
    ``mark``; its right side."""
    width = c.stringWidth(text, "Helvetica", SIZE)
    if mark:
        c.setFillColorRGB(1.0, 1.0, 0.0)
        c.rect(x, H - top - 10.3, width, 10.3, stroke=0, fill=1)
    c.setFillGray(0.0)
    c.setFont("Helvetica", SIZE)
    c.drawString(x, H - top - 8.0, text)
    return x + width


def _grid(c: canvas.Canvas, ruled: bool = True) -> None:
    c.setFillGray(0.85)  # the header row's fill, cell by cell
    for a, b in pairwise(COLUMNS):
        c.rect(a, H - ROWS[1] + 0.3, b - a, ROWS[1] - ROWS[0] - 0.3, stroke=0, fill=1)
    for row, top in enumerate(ROWS[1:3]):
        top += 0.2  # the figure opening its cell: its box just under the row's rule
        _text(c, 56.0, top, "Lancer une", False)
        _text(c, 56.0, top + 11.0, "phase test", False)
        right = _text(c, 294.8, top, "2019", True)
        _text(c, right, top, " - ", False)
        _text(c, right + 10.0, top, "2020", True)
        _text(c, 351.5, top, "18000" if row == 0 else "5 000", True)
        _text(c, 351.5, top + 11.0, "(financé)", False)
    if ruled:
        c.setLineWidth(0.5)
        for y in ROWS:
            c.line(COLUMNS[0], H - y, COLUMNS[-1], H - y)
        for x in COLUMNS:
            c.line(x, H - ROWS[0], x, H - ROWS[-1])


def _pdf(draw: Any) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, H))
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_highlights_under_the_header_row_are_line_fills() -> None:
    # the first body row's boxes meet the header's fill only across the row's rule
    with pdfplumber.open(io.BytesIO(_pdf(_grid))) as pdf:
        page = pdf.pages[0]
        yellow = [r for r in page.rects if r["non_stroking_color"] == (1, 1, 0)]
        assert len(yellow) == 6
        found = {id(r) for r in line_fills(page)}
        assert all(id(r) in found for r in yellow)


def test_cell_highlights_are_no_rules_of_the_grid() -> None:
    with pdfplumber.open(io.BytesIO(_pdf(_grid))) as pdf:
        page = pdf.pages[0]
        marks = cell_highlights(page)
        assert sorted((round(r["x0"], 1), round(r["top"], 1)) for r in marks) == [
            (294.8, 84.7),
            (294.8, 124.2),
            (324.8, 84.7),
            (324.8, 124.2),
            (351.5, 84.7),
            (351.5, 124.2),
        ]
        # the boxes' sides (10.3 pt) were vertical rules at the figures' left
        assert 294.8 in {round(x, 1) for x, _, _ in vertical_rules(page, 8)}
        view = WithoutHighlights(page, marks)
        assert sorted({round(x, 1) for x, _, _ in vertical_rules(view, 8)}) == COLUMNS
        assert len(view.chars) == len(page.chars)
        assert len(view.rects) == len(page.rects) - 6  # the header's fills kept


def test_highlights_outside_a_ruled_grid_stay() -> None:
    # the same boxes on a page without rules (a value list, a free paragraph): no cell
    with pdfplumber.open(io.BytesIO(_pdf(lambda c: _grid(c, ruled=False)))) as pdf:
        assert cell_highlights(pdf.pages[0]) == []
