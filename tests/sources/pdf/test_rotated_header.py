"""Grid header cells whose labels are turned a quarter turn (:mod:`sources.pdf.turned`):
drawn with reportlab, read through pdfplumber's grid finder and the ruled-table reader."""

from __future__ import annotations

import io

import pdfplumber
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sources.pdf.columns import text_has_table_header
from sources.pdf.ruled_tables import _ruled_tables
from sources.pdf.turned import turned_runs, turned_text, vertical_text

COLUMNS = [60, 160, 330, 380, 440, 500, 560]  # Etape, Descriptif, four narrow columns
TOP, HEADER_BOTTOM, BOTTOM = 700, 600, 540  # reportlab y (from the bottom of the page)


def _label(c: canvas.Canvas, x: float, y: float, text: str, angle: int) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(angle)
    c.drawString(0, 0, text)
    c.restoreState()


def _grid_pdf(angle: int = 90, watermark: bool = False, margin_note: bool = False) -> bytes:
    """A ruled steps grid: « Etape », « Descriptif » horizontal, the four narrow columns'
    labels turned by ``angle`` degrees (90: bottom to top; -90: top to bottom)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setLineWidth(0.5)
    for x in COLUMNS:
        c.line(x, TOP, x, BOTTOM)
    for y in (TOP, HEADER_BOTTOM, BOTTOM):
        c.line(COLUMNS[0], y, COLUMNS[-1], y)
    c.setFont("Helvetica-Bold", 8.5)
    c.drawString(COLUMNS[0] + 3, HEADER_BOTTOM + 4, "Etape")
    c.drawString(COLUMNS[1] + 3, HEADER_BOTTOM + 4, "Descriptif")
    for x0, label in zip(
        COLUMNS[2:],
        ["Planification", "Ressources à mobiliser", "Porteur", "Partenaires"],
        strict=False,
    ):
        if angle > 0:
            _label(c, x0 + 30, HEADER_BOTTOM + 4, label, 90)
        else:
            _label(c, x0 + 20, TOP - 4, label, -90)
    c.setFont("Helvetica", 8.5)
    for x0, value in zip(
        COLUMNS, ["Lancer", "Un audit", "2020", "5000", "GACdG", "CCI"], strict=False
    ):
        c.drawString(x0 + 3, BOTTOM + 40, value)
    if watermark:
        c.setFont("Helvetica", 30)
        _label(c, 200, 200, "BROUILLON", 45)
    if margin_note:
        c.setFont("Helvetica", 8)
        _label(c, 30, 300, "Document de travail", 90)
    c.showPage()
    c.save()
    return buf.getvalue()


def _blocks(data: bytes):
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return _ruled_tables(pdf.pages[0], 1, None)


@pytest.mark.parametrize("angle", [90, -90])
def test_turned_labels_name_the_columns(angle: int) -> None:
    (block,) = _blocks(_grid_pdf(angle))
    assert block.has_header
    assert block.keys == ["step", "description", "planning", "budget", "owner", "partners"]
    assert [r.cells for r in block.rows] == [
        {
            "step": "Lancer",
            "description": "Un audit",
            "planning": "2020",
            "budget": "5000",
            "owner": "GACdG",
            "partners": "CCI",
        }
    ]


def test_vertical_text_reads_words_bottom_to_top() -> None:
    with pdfplumber.open(io.BytesIO(_grid_pdf(90))) as pdf:
        page = pdf.pages[0]
        turned = [c for c in page.chars if not c["upright"]]
        column = [c for c in turned if 380 <= c["x0"] < 440]
        assert vertical_text(column) == "Ressources à mobiliser"
        # two printed lines of turned text: read left to right
        two = [c for c in turned if c["x0"] < 440 and c["x0"] >= 330]
        assert vertical_text(two) == "Planification\nRessources à mobiliser"


def test_upright_and_diagonal_text_are_not_vertical() -> None:
    with pdfplumber.open(io.BytesIO(_grid_pdf(90, watermark=True))) as pdf:
        page = pdf.pages[0]
        upright = [c for c in page.chars if c["upright"]]
        diagonal = [c for c in page.chars if c["size"] > 20]
        assert diagonal and vertical_text(diagonal) is None
        assert vertical_text(upright) is None
        assert vertical_text(upright[:3] + [c for c in page.chars if not c["upright"]]) is None


def test_watermark_and_margin_note_change_nothing() -> None:
    (plain,) = _blocks(_grid_pdf(90))
    (marked,) = _blocks(_grid_pdf(90, watermark=True, margin_note=True))
    assert marked.keys == plain.keys
    assert [r.cells for r in marked.rows] == [r.cells for r in plain.rows]


def test_turned_text_outside_any_header_is_no_header() -> None:
    """A grid with only a turned margin note beside it and horizontal body text: no header
    is found in the turned note (it lies outside every cell)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for x in (60, 200, 340, 480):
        c.line(x, 700, x, 600)
    for y in (700, 650, 600):
        c.line(60, y, 480, y)
    c.setFont("Helvetica", 9)
    for x, v in ((63, "a"), (203, "b"), (343, "c")):
        c.drawString(x, 660, v)
        c.drawString(x, 610, v + "2")
    _label(c, 40, 600, "Etape Planification Porteur", 90)
    c.showPage()
    c.save()
    assert _blocks(buf.getvalue()) == []


def test_turned_runs_split_stacked_labels_and_keep_reading_order() -> None:
    """Every turned line of a page as one run: two labels one above the other in the same x
    are two runs, top-to-bottom text comes after bottom-to-top, upright text is no run."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 8)
    _label(c, 100, 500, "Mobilité", 90)
    _label(c, 100, 300, "Bâtiment", 90)
    _label(c, 112, 500, "Eau potable", 90)
    _label(c, 300, 500, "Déchets", -90)
    c.drawString(200, 200, "Texte droit")
    c.showPage()
    c.save()
    with pdfplumber.open(io.BytesIO(buf.getvalue())) as pdf:
        runs = turned_runs(pdf.pages[0].chars)
    assert [(r.text, r.turn) for r in runs] == [
        ("Bâtiment", 1),
        ("Mobilité", 1),
        ("Eau potable", 1),
        ("Déchets", -1),
    ]
    assert runs[0].top > runs[1].bottom  # « Bâtiment » lower on the page
    assert all(r.x1 - r.x0 < 12 for r in runs)  # one printed line across each


def _all_turned_pdf() -> bytes:
    """A ruled steps grid whose SIX header labels are all turned bottom to top (a web theme's
    ``writing-mode: vertical-rl``), the body upright."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setLineWidth(0.5)
    for x in COLUMNS:
        c.line(x, TOP, x, BOTTOM)
    for y in (TOP, HEADER_BOTTOM, BOTTOM):
        c.line(COLUMNS[0], y, COLUMNS[-1], y)
    c.setFont("Helvetica-Bold", 8.5)
    labels = ["Etape", "Descriptif", "Planification", "Ressources", "Porteur", "Partenaires"]
    for x0, label in zip(COLUMNS, labels, strict=False):
        _label(c, x0 + 20, HEADER_BOTTOM + 4, label, 90)
    c.setFont("Helvetica", 8.5)
    for x0, value in zip(
        COLUMNS, ["Lancer", "Un audit", "2020", "5000", "GACdG", "CCI"], strict=False
    ):
        c.drawString(x0 + 3, BOTTOM + 40, value)
    c.showPage()
    c.save()
    return buf.getvalue()


def test_a_header_of_turned_labels_only_is_found_on_the_page() -> None:
    with pdfplumber.open(io.BytesIO(_all_turned_pdf())) as pdf:
        page = pdf.pages[0]
        assert not text_has_table_header(page.extract_text())  # reversed fragments only
        text = turned_text(page.chars)
        assert text.splitlines() == [
            "Etape",
            "Descriptif",
            "Planification",
            "Ressources",
            "Porteur",
            "Partenaires",
        ]
        assert text_has_table_header(text)


def test_upright_page_has_no_turned_text() -> None:
    with pdfplumber.open(io.BytesIO(_grid_pdf(angle=90))) as pdf:
        upright = [c for c in pdf.pages[0].chars if c.get("upright", True)]
        assert turned_text(upright) == ""
