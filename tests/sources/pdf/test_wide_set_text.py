"""Text set wider than usual by its producer, read as printed (real producer fixtures)."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from sources.action_plan import parse_action_plan
from sources.cot import parse_cot
from sources.pdf.pdfium_page import PdfiumPage

PRODUCERS = Path(__file__).resolve().parents[2] / "fixtures" / "producers"


def test_letter_spaced_words_keep_no_space_pdfium_puts_under_a_glyph() -> None:
    # plan_html_respiration: a WCAG text-spacing override (letter-spacing 0.12 em); Chromium
    # cuts « Collectivités » into two text objects and PDFium ends the first with a space the
    # next glyph overlaps
    doc = pdfium.PdfDocument(PRODUCERS / "plan_html_respiration.pdf")
    try:
        page = PdfiumPage(doc[1], 2)
        words = [w["text"] for w in page.extract_words()]
    finally:
        doc.close()
    assert "Collectivités" in words
    assert "Col" not in words and "lectivités" not in words
    assert "menés" in words and "avec" in words  # real word spaces kept


def test_objectives_set_one_and_a_half_lines_apart_end_at_the_next_code() -> None:
    # cot000_pptxpilotis: « Interligne 1,5 » — a two-line objective's lines farther apart
    # than the next item's code is below its last line
    doc = parse_cot((PRODUCERS / "cot000_pptxpilotis.pdf").read_bytes(), "p.pdf", "a" * 64)
    labels = {o.objective_code: o.objective_label for o in doc.objectives}
    assert labels["1.1"] == (
        "Améliorer la transversalité de l'information en interne, et favoriser une "
        "gouvernance partagée à l'échelle de la CCPAL"
    )
    assert labels["1.2"] == "Former et mobiliser les élus et les techniciens"
    assert len(labels) == 21


def test_value_lines_wrapped_under_a_floated_label_stay_the_value() -> None:
    # plan_html_accroche: run-in floated labels, the value's further lines under the label
    doc = parse_action_plan((PRODUCERS / "plan_html_accroche.pdf").read_bytes(), "p.pdf", "a" * 64)
    first = next(a for a in doc.actions if a.action_code == "1.1.1")
    assert first.context is not None
    assert first.context.startswith("L'agglomération mène une opération test")
    assert "sont auditées, par la Chambre du Commerce" in first.context
    assert first.context.endswith("proposer à terme une stratégie de déploiement.")
