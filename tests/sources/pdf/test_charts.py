"""Vector charts among tables (sources.pdf.charts): a chart told by its value axis (evenly spaced
bare numbers growing right or up, an axis line from the first tick's centre to the last one's)
has its title, category and data labels and ticks set aside (its strokes kept); a table's
column of years (growing down) and a header row of years over a rule running past them stay.
Pages drawn with reportlab as Chromium prints an inline SVG bar chart and as Calc prints a
column chart beside a sheet's rows; and the fixture ``plan_html_ormeau``'s page 7, whose
chart stands at the page's top under a steps table ended on page 6."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from sources.pdf.charts import chart_objects, tick_value

HEIGHT = 842.0
FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_html_ormeau.pdf"


def _split(page_bytes: bytes) -> tuple[str, str, int]:
    """(kept text, set-aside text, strokes set aside) of the page's first page."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(page_bytes)) as pdf:
        page = pdf.pages[0]
        drop = chart_objects(page)
        kept = "".join(c["text"] for c in page.chars if id(c) not in drop)
        gone = "".join(c["text"] for c in page.chars if id(c) in drop)
        strokes = sum(1 for o in page.rects + page.lines if id(o) in drop)
    return kept, gone, strokes


def _bar_chart_page() -> bytes:
    """A steps row, then an SVG-like horizontal bar chart under it, then the next heading."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFont("Helvetica", 8.4)
    c.drawString(47, HEIGHT - 660, "Suivre et piloter    Au grè des innovations   2022   5000")
    c.line(42.7, HEIGHT - 686, 553, HEIGHT - 686)  # the table's bottom rule
    c.setFont("Helvetica-Bold", 7.8)
    c.drawString(42.7, HEIGHT - 703, "Ressources à mobiliser par étape (€)")
    c.setFont("Helvetica", 7.8)
    c.setFillColorRGB(0.18, 0.46, 0.71)
    for k, value in enumerate((5000, 15000, 10000, 0)):
        top = 712 + 12 * k
        if value:
            c.rect(94.8, HEIGHT - top - 8, 208.4 * value / 15000, 8, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    for k, value in enumerate((5000, 15000, 10000, 0)):
        base = HEIGHT - 718 - 12 * k
        c.drawString(64.2, base, f"Étape {k + 1}")
        if value:
            c.drawString(94.8 + 208.4 * value / 15000 + 3, base, str(value))
    c.setStrokeColorRGB(0.5, 0.5, 0.5)
    c.line(94.8, HEIGHT - 772, 303.2, HEIGHT - 772)  # the value axis
    for value, x in ((0, 94.8), (7500, 199.0), (15000, 303.2)):
        c.drawCentredString(x, HEIGHT - 782, f"{value:,}".replace(",", " "))
    c.setFont("Helvetica-Bold", 11.4)
    c.drawString(42.7, HEIGHT - 806, "FICHE 1.1.5")
    c.save()
    return buffer.getvalue()


def _column_chart_page() -> bytes:
    """A sheet's steps rows at the left, a column chart beside them with gridlines."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFont("Helvetica", 3.6)
    for k in range(6):
        c.drawString(43, HEIGHT - 520 - 8 * k, f"Réaliser le diagnostic {k}   2019   5000   CCI")
    c.setFont("Helvetica-Bold", 7.2)
    c.drawString(466, HEIGHT - 522, "Ressources à")
    c.drawString(467, HEIGHT - 530, "mobiliser (€)")
    c.setFont("Helvetica", 4.0)
    c.setStrokeColorRGB(0.53, 0.53, 0.53)
    for k in range(7):  # 0 … 6000 upwards, a gridline at each
        y = HEIGHT - 566.2 + 4.65 * k
        c.line(459.9, y, 535.9, y)
        c.drawRightString(459.0, y - 1.4, str(1000 * k))
    c.line(459.9, HEIGHT - 566.2, 459.9, HEIGHT - 538.3)  # the value axis
    c.setFillColorRGB(0.18, 0.46, 0.71)
    c.rect(481.4, HEIGHT - 566.2, 5.9, 23.2, stroke=0, fill=1)
    c.setFillColorRGB(0, 0, 0)
    c.drawString(479.0, HEIGHT - 541.0, "5000")
    c.drawString(471.6, HEIGHT - 570.0, "Étape 1")
    c.drawString(496.0, HEIGHT - 570.0, "Étape 2")
    c.save()
    return buffer.getvalue()


def test_tick_values() -> None:
    assert tick_value("7 500") == 7500.0
    assert tick_value("2,5") == 2.5
    assert tick_value("40 %") == 40.0
    assert tick_value("Étape 1") is None
    assert tick_value("2019-2020") is None


def test_a_bar_chart_under_a_table_is_set_aside() -> None:
    kept, gone, strokes = _split(_bar_chart_page())
    assert gone == (
        "Ressources à mobiliser par étape (€)Étape 15000Étape 215000Étape 310000Étape 407 50015 000"
    ).replace(" ", "")
    assert "Suivre et piloter" in kept and "2022" in kept and "FICHE 1.1.5" in kept
    assert strokes == 0  # bars, axis and the table's rule kept


def test_a_column_chart_beside_rows_is_set_aside() -> None:
    kept, gone, strokes = _split(_column_chart_page())
    assert gone == "Ressourcesàmobiliser(€)" + "0100020003000400050006000" + "5000Étape1Étape2"
    assert kept.count("Réaliser le diagnostic") == 6 and kept.count("5000") == 6
    assert strokes == 0  # gridlines, axis and column kept


def test_numbers_in_a_table_are_no_scale() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    c.setFont("Helvetica", 9)
    for k in range(5):  # a column of years growing downwards, its cell rule beside it
        c.drawRightString(200, HEIGHT - 100 - 14 * k, str(2019 + k))
    c.line(202, HEIGHT - 90, 202, HEIGHT - 160)
    for k in range(5):  # a header row of years over a rule running to the cells' edges
        c.drawCentredString(300 + 40 * k, HEIGHT - 300, str(2019 + k))
    c.line(280, HEIGHT - 292, 480, HEIGHT - 292)
    c.save()
    kept, gone, strokes = _split(buffer.getvalue())
    assert gone == "" and strokes == 0


@pytest.mark.skipif(not FIXTURE.exists(), reason="fixture not generated")
def test_a_chart_at_a_page_top_is_set_aside() -> None:
    import pdfplumber

    with pdfplumber.open(FIXTURE) as pdf:
        page = pdf.pages[6]
        drop = chart_objects(page)
        gone = "".join(c["text"] for c in page.chars if id(c) in drop and c["top"] < 140)
        kept_top = [
            c for c in page.chars if id(c) not in drop and c["top"] < 140 and c["text"].strip()
        ]
    assert gone.startswith("Ressourcesàmobiliserparétape(€)Étape1Étape25000")
    assert gone.endswith("01000020000")
    assert kept_top == []
