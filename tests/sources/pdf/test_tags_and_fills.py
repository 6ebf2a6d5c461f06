"""Two web design-system habits (sources.pdf.fill_edges, sources.pdf.chip_lists):

* a header label running past its filled cell into the next one, its letters touching the
  next cell's label (« PlanificationRessources »): cut at the edge of the two fills, where
  the second label starts; a label running into an EMPTY cell stays whole;
* names printed as TAG CHIPS (rounded filled boxes, no comma): each chip of a list of two or
  more gets a bullet, so the cell reads as a list of names; a lone chip, and rectangles (a
  table's cell fills), are left as printed.

Drawn with reportlab, read through the page reader's words."""

from __future__ import annotations

import io

import pdfplumber
from reportlab.pdfgen import canvas

from sources.pdf.lines import _words

H = 300.0


def _page(draw: object) -> list[str]:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(595.0, H))
    draw(c)  # type: ignore[operator]
    c.showPage()
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        return [w["text"] for w in sorted(_words(pdf.pages[0]), key=lambda w: (w["top"], w["x0"]))]


def _header(c: canvas.Canvas, second: str) -> None:
    """Two grey header cells side by side (300–357, 357–416); « Planification » (9 pt) runs
    past the first into the second, whose label starts under its last letter."""
    c.setFillGray(0.93)
    c.rect(300, H - 60, 57, 30, stroke=0, fill=1)
    c.rect(357, H - 60, 59, 30, stroke=0, fill=1)
    c.setFillGray(0)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(304.5, H - 45, "Planification")  # ends past 357
    end = 304.5 + c.stringWidth("Planification", "Helvetica-Bold", 9)
    if second:  # starting 1 pt inside the first label's last letter (no collision yet)
        c.drawString(end - 1.0, H - 45, second)


def test_a_label_run_into_the_next_filled_cell_is_cut_at_its_edge() -> None:
    assert _page(lambda c: _header(c, "Ressources")) == ["Planification", "Ressources"]


def test_a_label_run_into_an_empty_cell_stays_whole() -> None:
    assert _page(lambda c: _header(c, "")) == ["Planification"]


def _chips(c: canvas.Canvas, names: list[str], rounded: bool = True) -> None:
    """Chips (grey, 8.5 pt names) stacked at x = 480, 5 pt apart."""
    top = 40.0
    for name in names:
        c.setFillGray(0.93)
        if rounded:
            c.roundRect(480, H - top - 14, 60, 14, 6, stroke=0, fill=1)
        else:
            c.rect(480, H - top - 14, 60, 14, stroke=0, fill=1)
        c.setFillGray(0)
        c.setFont("Helvetica", 8.5)
        c.drawString(484.5, H - top - 10, name)
        top += 19.0


def test_stacked_chips_read_as_a_bulleted_list() -> None:
    words = _page(lambda c: _chips(c, ["Trigone", "chambres", "ADEME"]))
    assert words == ["•", "Trigone", "•", "chambres", "•", "ADEME"]


def test_a_lone_chip_and_rectangle_fills_stay_as_printed() -> None:
    assert _page(lambda c: _chips(c, ["GACdG"])) == ["GACdG"]
    assert _page(lambda c: _chips(c, ["Trigone", "ADEME"], rounded=False)) == ["Trigone", "ADEME"]


def test_labelled_badges_are_no_tag_list() -> None:
    """A card's badges open with their column's label (« Planification 2019 », « Porteur
    GACdG »): each a detail of its own, never read as a list of names."""
    words = _page(lambda c: _chips(c, ["Planification 2019", "Porteur GACdG"]))
    assert words == ["Planification", "2019", "Porteur", "GACdG"]
