"""A diagonal « DOCUMENT DE TRAVAIL » watermark stamped over every page of tuned documents (an
action plan, a COT deck; drawn last, over the tables, as an export watermark is): the records
are those read without it, with both engines (:mod:`sources.pdf.watermark`)."""

from __future__ import annotations

import io

import pypdfium2 as pdfium
import pytest
from reportlab.pdfgen import canvas

from sources.action_plan import parse_action_plan
from sources.cot import parse_cot
from sources.pdf.engine import ENGINE_ENV
from tests.sources.pdf.test_producers import _pdf


def stamped(data: bytes, mark: str = "DOCUMENT DE TRAVAIL") -> bytes:
    """``data`` with ``mark`` (40 pt, grey 0.75, turned 30°) drawn over each page's content."""
    doc = pdfium.PdfDocument(data)
    try:
        width, height = doc[0].get_size()
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(width, height))
        c.setFillGray(0.75)
        c.setFont("Helvetica", 40)
        c.translate(width * 0.2, height * 0.3)
        c.rotate(30)
        c.drawString(0, 0, mark)
        c.showPage()
        c.save()
        source = pdfium.PdfDocument(buf.getvalue())
        xobject = source.page_as_xobject(0, doc)
        for index in range(len(doc)):
            page = doc[index]
            page.insert_obj(xobject.as_pageobject())
            page.gen_content()
        out = io.BytesIO()
        doc.save(out)
        return out.getvalue()
    finally:
        doc.close()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
@pytest.mark.parametrize("layout", ["plan_docx_grid", "plan_odt_twocol"])
def test_plan_read_as_without_watermark(
    monkeypatch: pytest.MonkeyPatch, layout: str, engine: str
) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    data = _pdf(layout)
    plain = parse_action_plan(data, "plans/p.pdf", "a" * 64)
    marked = parse_action_plan(stamped(data), "plans/p.pdf", "a" * 64)
    assert marked.actions == plain.actions
    assert marked.steps == plain.steps


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_deck_read_as_without_watermark(monkeypatch: pytest.MonkeyPatch, engine: str) -> None:
    monkeypatch.setenv(ENGINE_ENV, engine)
    data = _pdf("cot003_pptx")
    plain = parse_cot(data, "contrats/c.pdf", "c" * 64)
    marked = parse_cot(stamped(data), "contrats/c.pdf", "c" * 64)
    assert marked.referential_scores == plain.referential_scores
    assert marked.objectives == plain.objectives
    assert marked.audit_scores == plain.audit_scores
    assert marked.targets == plain.targets
