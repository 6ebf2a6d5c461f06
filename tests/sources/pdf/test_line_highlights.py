"""Cells whose every line is HIGHLIGHTED (a ``<mark>`` cloned on each line it wraps onto: a
rounded pill hugging each line's text): the pills are no tag chips (no « • » before each
line: sources.pdf.chip_lists._wrapped_lines) and their edges are no rules of a grid
(sources.pdf.line_fills, seen past by sources.pdf.rules._table_rules and
sources.pdf.rounded_boxes). Drawn with reportlab."""

from __future__ import annotations

import io
from typing import Any

import pdfplumber
from reportlab.pdfgen import canvas

from sources.pdf.line_fills import line_fills
from sources.pdf.lines import _words
from sources.pdf.rounded_boxes import rounded_box_sides
from sources.pdf.rules import _table_rules

H = 400.0
SIZE = 8.5
PAD = 0.4 * SIZE

# two cells side by side, their texts wrapped at their columns' edges (greedy), a line a pill
STEP = ["Lancer une phase", "test d'un projet", "d'Economie", "Circulaire"]
TEXT = [
    "Les matériaux et ressources disponibles",
    "mais aussi les besoins sont étudiés et",
    "identifiés finement, au cas par cas, à",
    "travers un audit.",
]


def _pills(c: canvas.Canvas, x: float, lines: list[str]) -> None:
    top = 60.0
    for text in lines:
        width = c.stringWidth(text, "Helvetica", SIZE)
        c.setFillColorRGB(0.89, 0.93, 0.98)
        c.roundRect(x - PAD, H - top - 11.8, width + 2 * PAD, 11.8, 2.25, stroke=0, fill=1)
        c.setFillGray(0.12)
        c.setFont("Helvetica", SIZE)
        c.drawString(x, H - top - 8.8, text)
        top += 16.2


def _pdf(draw: Any) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, H))
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _two_cells(c: canvas.Canvas) -> None:
    _pills(c, 49.0, STEP)
    _pills(c, 130.7, TEXT)


def test_highlighted_lines_are_no_tag_chips() -> None:
    with pdfplumber.open(io.BytesIO(_pdf(_two_cells))) as pdf:
        words = [w["text"] for w in _words(pdf.pages[0])]
    assert "•" not in words
    assert words.count("Lancer") == 1 and "audit." in words


def test_highlights_give_the_grid_finder_no_rule() -> None:
    with pdfplumber.open(io.BytesIO(_pdf(_two_cells))) as pdf:
        page = pdf.pages[0]
        assert len(line_fills(page)) == 8
        assert _table_rules(page, 40.0, 320.0, 0.3) == []
        assert rounded_box_sides(page) == ([], [])


def test_a_cells_fill_and_a_lone_pill_are_no_highlights() -> None:
    def draw(c: canvas.Canvas) -> None:
        c.setFillGray(0.9)
        c.rect(40, H - 100, 120, 40, stroke=0, fill=1)  # a cell's fill, wider than its text
        c.rect(160, H - 100, 120, 40, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", SIZE)
        c.drawString(45, H - 75, "Porteur")
        c.drawString(165, H - 75, "GACdG")

    with pdfplumber.open(io.BytesIO(_pdf(draw))) as pdf:
        assert line_fills(pdf.pages[0]) == []
    with pdfplumber.open(io.BytesIO(_pdf(lambda c: _pills(c, 49.0, ["2019"])))) as pdf:
        assert line_fills(pdf.pages[0]) == []  # one alone: a badge, a chip


def _solid_bands(c: canvas.Canvas, x: float, lines: list[str], height: float) -> None:
    """A highlighter's band behind each line, as tall as the line: the bands abut."""
    top = 60.0
    for text in lines:
        width = c.stringWidth(text, "Helvetica", SIZE)
        c.setFillColorRGB(1.0, 0.89, 0.48)
        c.rect(x - 1.5, H - top - height, width + 3.0, height, stroke=0, fill=1)
        c.setFillGray(0.12)
        c.setFont("Helvetica", SIZE)
        c.drawString(x, H - top - 0.75 * height, text)
        top += height


def test_highlighter_bands_as_tall_as_their_lines_are_highlights() -> None:
    # « surlignage feutre »: each line's band meets the next one's; one above the other,
    # they are still highlights, no cells
    with pdfplumber.open(io.BytesIO(_pdf(lambda c: _solid_bands(c, 49.0, STEP, 10.0)))) as pdf:
        page = pdf.pages[0]
        assert len(line_fills(page)) == 4
        assert _table_rules(page, 40.0, 320.0, 0.3) == []

    # negative: two bands side by side that meet (cells of one row, each filled to its
    # text) are no highlights
    def cells(c: canvas.Canvas) -> None:
        _solid_bands(c, 49.0, ["Porteur"], 10.0)
        _solid_bands(c, 49.0 + c.stringWidth("Porteur", "Helvetica", SIZE) + 3.0, ["GACdG"], 10.0)

    with pdfplumber.open(io.BytesIO(_pdf(cells))) as pdf:
        assert line_fills(pdf.pages[0]) == []


def _char(x0: float, top: float, text: str = "e") -> dict[str, Any]:
    return {"text": text, "x0": x0, "x1": x0 + 4.5, "top": top, "bottom": top + SIZE, "size": SIZE}


def _underlines(colour: Any) -> Any:
    from types import SimpleNamespace

    chars = [_char(496.0 + 5 * i, 653.1 + 8.9 * k) for k in range(3) for i in range(8)]
    # a gradient's 0.7 pt box at each line's foot, as wide as the gradient (past the cell)
    rects = [
        {
            "x0": 449.1 - 40 * k,
            "x1": 632.9 - 40 * k,
            "top": 660.5 + 8.9 * k,
            "bottom": 661.2 + 8.9 * k,
            "fill": True,
            "stroke": False,
            "non_stroking_color": colour,
        }
        for k in range(3)
    ]
    return SimpleNamespace(rects=rects, curves=[], chars=chars)


def test_gradient_underlines_at_the_lines_feet_are_no_rules() -> None:
    # a design system's link underlined by a background gradient: pdfminer names the
    # pattern, PDFium tells it as white
    assert len(line_fills(_underlines("P6"))) == 3
    assert len(line_fills(_underlines((1.0, 1.0, 1.0)))) == 3
    # negative: a rule in a plain colour, or a pattern clear of the text (a row's border)
    assert line_fills(_underlines((0.75, 0.75, 0.75))) == []
    far = _underlines("P6")
    for rect in far.rects:
        rect["top"] += 4.0
        rect["bottom"] += 4.0
    assert line_fills(far) == []


def test_thick_underlines_under_a_wrapped_name_are_no_rules() -> None:
    # a theme's « text-decoration: underline 3px » under each line of a step name: a 2.2 pt
    # fill from the line's first glyph to its last, 1 pt under their feet
    def draw(c: canvas.Canvas) -> None:
        top = 60.0
        for text in ["Concevoir et", "mettre en œuvre", "un Plan d'actions"]:
            c.setFillGray(0.12)
            c.setFont("Helvetica", SIZE)
            c.drawString(49.0, H - top - SIZE, text)
            width = c.stringWidth(text, "Helvetica", SIZE)
            c.setFillColorRGB(0.89, 0.63, 0.11)
            c.rect(49.0, H - top - SIZE - 1.1 - 2.2 - 1.8, width, 2.2, stroke=0, fill=1)
            top += 10.4
        c.setFillGray(0.9)  # a row's border under the cell: past its text by the padding
        c.rect(43.0, H - top - 6.0, 81.0, 0.7, stroke=0, fill=1)

    with pdfplumber.open(io.BytesIO(_pdf(draw))) as pdf:
        page = pdf.pages[0]
        found = line_fills(page)
        assert len(found) == 3
        assert all(r["x0"] == 49.0 and r["bottom"] - r["top"] < 2.5 for r in found)

    # negative: a padless cell's hairline border under its text, from its first glyph to
    # its last (a narrow column wrapped to its full width), is no underline
    def padless(c: canvas.Canvas) -> None:
        c.setFillGray(0.12)
        c.setFont("Helvetica", SIZE)
        c.drawString(49.0, H - 60.0 - SIZE, "Lancer une phase")
        width = c.stringWidth("Lancer une phase", "Helvetica", SIZE)
        c.setFillGray(0.87)
        c.rect(49.0, H - 60.0 - SIZE - 1.1 - 0.8 - 1.8, width, 0.8, stroke=0, fill=1)

    with pdfplumber.open(io.BytesIO(_pdf(padless))) as pdf:
        assert line_fills(pdf.pages[0]) == []


def _author_runs(c: canvas.Canvas, runs: list[tuple[str, tuple[float, float, float]]]) -> None:
    """An editor's author colours (Etherpad): a box behind each author's run of text, its
    trailing space included, the next author's box from the next glyph on; one line."""
    x, top, height = 49.0, 60.0, 10.0
    for text, colour in runs:
        width = c.stringWidth(text, "Helvetica", SIZE)
        c.setFillColorRGB(*colour)
        c.rect(x, H - top - height, width, height, stroke=0, fill=1)
        c.setFillGray(0.12)
        c.setFont("Helvetica", SIZE)
        c.drawString(x, H - top - 0.75 * height, text)
        x += width


BLUE, PINK, GREEN = (0.81, 0.89, 1.0), (0.98, 0.79, 0.87), (0.76, 0.94, 0.79)


def test_author_colour_runs_side_by_side_are_highlights() -> None:
    # boxes meeting side by side, the text running on across a printed space (« économie »
    # · « circulaire ») or inside a word (« d'a » · « nimation »): highlights, no cells
    runs = [("Nombre de démarches d'", BLUE), ("économie ", PINK), ("circulaire d'a", GREEN)]
    runs += [("nimation", BLUE)]
    with pdfplumber.open(io.BytesIO(_pdf(lambda c: _author_runs(c, runs)))) as pdf:
        page = pdf.pages[0]
        assert len(line_fills(page)) == 4
        assert _table_rules(page, 40.0, 320.0, 0.3) == []
        words = [w["text"] for w in _words(page)]
    assert words == ["Nombre", "de", "démarches", "d'économie", "circulaire", "d'animation"]
