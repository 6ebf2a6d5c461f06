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
from sources.pdf.inset_rules import without_inset_strokes
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


def _chip(c: canvas.Canvas, x: float, top: float, text: str) -> None:
    """``text`` in a character border's box (a « chip »): a pale fill 0.04 cm around the line,
    its four sides stroked 0.5 pt, each stroke the side's length (Writer's run border)."""
    width = c.stringWidth(text, "Helvetica", SIZE) + 2 * 1.7
    c.setFillColorRGB(0.87, 0.92, 0.97)
    c.rect(x, H - top - 14.2, width, 14.2, stroke=0, fill=1)
    c.setStrokeColorRGB(0.18, 0.46, 0.71)
    c.setLineWidth(0.5)
    for y in (top + 0.3, top + 13.9):
        c.line(x, H - y, x + width, H - y)
    for a in (x + 0.3, x + width - 0.3):
        c.line(a, H - top, a, H - top - 14.2)
    c.setFillGray(0.0)
    c.setFont("Helvetica", SIZE)
    c.drawString(x + 1.7, H - top - 10.5, text)


def _chips(c: canvas.Canvas, highlight: bool = False) -> None:
    """The grid of :func:`_grid`, every step name's line and planning value in a chip; with
    ``highlight``, a highlighted figure too in the third column's first body row."""
    c.setLineWidth(0.5)
    for y in ROWS:
        c.line(COLUMNS[0], H - y, COLUMNS[-1], H - y)
    for x in COLUMNS:
        c.line(x, H - ROWS[0], x, H - ROWS[-1])
    for top in ROWS[1:3]:
        _chip(c, 56.0, top + 2.0, "Lancer une")
        _chip(c, 56.0, top + 16.2, "phase test")
        _chip(c, 294.8, top + 2.0, "2019 - 2020")
    if highlight:
        c.setStrokeGray(0.0)
        _text(c, 351.5, ROWS[1] + 2.0, "18000", True)


def test_character_borders_are_no_highlights() -> None:
    # a chip's fill hugs its line inside a ruled cell, but its own four strokes border it:
    # a boxed run (inset_rules.text_boxes), its sides no cell's rules
    with pdfplumber.open(io.BytesIO(_pdf(_chips))) as pdf:
        page = pdf.pages[0]
        fills = [r for r in page.rects if r["non_stroking_color"] == (0.87, 0.92, 0.97)]
        assert len(fills) == 6
        found = {id(r) for r in line_fills(page)}
        assert all(id(r) in found for r in fills)
        assert cell_highlights(page) == []


def test_a_page_without_highlights_keeps_its_boxed_runs_aside() -> None:
    # a highlight and chips on one page: read without the highlight, the chips' strokes are
    # still set aside for the table finder (the view has a filter of its own)
    with pdfplumber.open(io.BytesIO(_pdf(lambda c: _chips(c, highlight=True)))) as pdf:
        page = pdf.pages[0]
        marks = cell_highlights(page)
        assert [(round(r["x0"], 1), round(r["top"], 1)) for r in marks] == [(351.5, 86.5)]
        view = WithoutHighlights(page, marks)
        with without_inset_strokes(view) as grid:
            across = sorted({round(o["top"], 1) for o in grid.lines if o["top"] == o["bottom"]})
            assert across == ROWS
            assert len(grid.chars) == len(page.chars)
        assert len(view.lines) == len(page.lines)  # the chips' strokes for every other reader
