"""A running header repeats in ONE band of the page. A spreadsheet printed with steps typed
as stacked blocks (plan_xlsx_tiroirs) put « Planification 2020 et + » in the top band of
two pages and « Planification 2021 et + » in the bottom band of a third: three of six
pages, the numbers masked, one key — taken for page furniture and dropped. Counted per band
(sources.pdf.running), it is body text; a header in the top band of every page stays one.
Drawn by hand with reportlab."""

from __future__ import annotations

import io

from sources.pdf.running import running_texts

HEIGHT = 842.0


def _pages(header: bool) -> bytes:
    """Six pages of body text; « Planification 20xx et + » at the top of pages 2 and 5 and
    at the foot of page 3; ``header``: « Plan climat — Agglomération » atop every page."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(595.0, HEIGHT))
    for page in range(1, 7):
        c.setFont("Helvetica", 9.0)
        if header:
            c.drawString(57.0, HEIGHT - 30.0, "Plan climat — Agglomération")
        for k in range(20):
            c.drawString(57.0, HEIGHT - 150.0 - 25.0 * k, f"Ligne {k} du texte de la page {page}")
        if page in (2, 5):
            c.drawString(57.0, HEIGHT - 50.0, f"Planification 202{page} et +")
        if page == 3:
            c.drawString(57.0, 40.0, "Planification 2021 et +")
        c.showPage()
    c.save()
    return buffer.getvalue()


def test_a_text_in_the_top_band_of_some_pages_and_the_foot_of_others_is_no_running_text() -> None:
    assert "planification # et" not in running_texts(_pages(header=False))


def test_a_header_atop_every_page_is_running_text() -> None:
    found = running_texts(_pages(header=True))
    assert "plan climat agglomeration" in found
    assert "planification # et" not in found
