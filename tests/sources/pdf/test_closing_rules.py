"""A ruled table cut by a page break whose column rules just stop (no bottom border): the grid
is closed where three or more rules end (sources.pdf.ruled_tables._closing_rules). A filled
row-header cell reaching the cut closes itself there (its fill's bottom edge): the closing
rule still spans it, or the grid loses every cell left of the first loose rule. Drawn with
reportlab like Chromium draws borders (thin filled rectangles)."""

from __future__ import annotations

import io

import pytest

from sources.pdf.ruled_tables import _closing_rules

HEIGHT = 842.0
RULES = (43.0, 125.0, 318.0, 374.0, 435.0, 553.0)


def _page(row_header: bool) -> bytes:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    top, bottom = 740.0, 800.0
    c.setFillColorRGB(0.75, 0.75, 0.75)
    c.rect(RULES[1], HEIGHT - top - 0.8, RULES[-1] - RULES[1], 0.8, stroke=0, fill=1)
    c.rect(RULES[0], HEIGHT - 763.8, RULES[-1] - RULES[0], 0.8, stroke=0, fill=1)
    for x in RULES:  # the column rules stop at the page's cut: no bottom border
        start = 763.0 if x == RULES[0] else top
        c.rect(x, HEIGHT - bottom, 0.8, bottom - start, stroke=0, fill=1)
    if row_header:  # the step cell filled dark down to the cut
        c.setFillColorRGB(0.12, 0.31, 0.47)
        c.rect(RULES[0] + 0.8, HEIGHT - bottom, RULES[1] - RULES[0] - 0.8, bottom - 763.8,
               stroke=0, fill=1)  # fmt: skip
    c.save()
    return buffer.getvalue()


@pytest.mark.parametrize("row_header", [False, True])
def test_the_closing_rule_spans_every_column_cut_by_the_page(row_header: bool) -> None:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(_page(row_header))) as pdf:
        closing = _closing_rules(pdf.pages[0])
    bottoms = [e for e in closing if abs(e["top"] - 800.0) <= 1.0]
    assert len(bottoms) == 1
    assert abs(bottoms[0]["x0"] - 43.0) <= 1.0 and abs(bottoms[0]["x1"] - 553.0) <= 1.0
