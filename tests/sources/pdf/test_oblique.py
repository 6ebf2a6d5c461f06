"""Headings and labels leaned by a skew of the text matrix (a synthesized oblique: a site's
webfont with no italic face, plan_html_italique, sixty-first pass): read as the upright text
they are, from each glyph's origin over its advance (sources.pdf.oblique), by both engines."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.oblique import is_oblique, straighten_oblique
from tests.sources.pdf.hand_pages import HEIGHT, HandPages, page_texts


def test_a_skew_alone_is_an_oblique() -> None:
    assert is_oblique(0.744, 0.0, 0.186, 0.744)  # Chromium's synthesized italic (c/d 0.25)
    assert is_oblique(1.0, 0.0, -0.2, 1.0)  # leaning back
    assert not is_oblique(1.0, 0.0, 0.0, 1.0)  # upright
    assert not is_oblique(0.7, 0.7, -0.7, 0.7)  # turned 45°
    assert not is_oblique(1.0, 0.0, 0.8, 1.0)  # past any italic's lean
    assert not is_oblique(-1.0, 0.0, 0.2, 1.0)  # mirrored


def test_pdfminer_boxes_of_leaned_glyphs_are_set_upright() -> None:
    # « 1. » as pdfminer bounds Chromium's leaned glyphs (10.91 pt): 2.7 pt too wide each
    chars = [
        {"text": "1", "x0": 42.17, "x1": 50.97, "y0": 718.0, "y1": 728.91, "width": 8.8,
         "matrix": (0.744, 0.0, 0.186, 0.744, 42.75, 720.278)},
        {"text": ".", "x0": 48.24, "x1": 54.0, "y0": 718.0, "y1": 728.91, "width": 5.76,
         "matrix": (0.744, 0.0, 0.186, 0.744, 48.817, 720.278)},
        {"text": "a", "x0": 60.0, "x1": 65.0, "y0": 718.0, "y1": 728.91, "width": 5.0,
         "matrix": (1.0, 0.0, 0.0, 1.0, 60.0, 720.278)},
    ]  # fmt: skip
    assert straighten_oblique(chars) == 2
    assert round(chars[0]["x0"], 2) == 42.75 and round(chars[0]["x1"], 2) == 48.82
    assert round(chars[1]["x0"], 3) == 48.817 and chars[0]["x1"] <= chars[1]["x0"] + 0.05
    assert chars[0]["matrix"] == (0.744, 0.0, 0.0, 0.744, 42.75, 720.278)
    assert (chars[2]["x0"], chars[2]["x1"]) == (60.0, 65.0)  # upright: untouched


def _leaning_plan() -> bytes:
    pages = HandPages()

    def leaned(x: float, top: float, s: str, *, bold: bool = False, size: float = 9.0) -> float:
        font = "Helvetica-Bold" if bold else "Helvetica"
        if not bold:
            return HandPages.text(pages, x, top, s, bold=bold, size=size)
        text = pages.c.beginText()
        text.setTextTransform(1.0, 0.0, 0.25, 1.0, x, HEIGHT - top - size)
        text.setFont(font, size)
        text.textOut(s)
        pages.c.drawText(text)
        return x + pages.c.stringWidth(s, font, size)

    pages.text = leaned  # type: ignore[method-assign]
    pages.fiche_head(57.0)
    rows = [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Définir", "Choisir les filières.", "2020", "5000", "GACdG", ""),
    ]
    pages.steps_table(150.0, rows)
    pages.c.showPage()
    return pages.save()


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_plan_with_leaned_headings_and_header_labels_reads_whole(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPDIAG_PDF_ENGINE", engine)
    data = _leaning_plan()
    text = page_texts(data)[0]
    assert "Objectif opérationnel : Expérimenter" in text
    assert "Etape Descriptif Planification Ressources Porteur Partenaires" in text
    doc = parse_action_plan(data, "plans/italique.pdf", "0" * 64)
    assert [(a.action_code, a.title) for a in doc.actions] == [("1.1.1", "Expérimenter")]
    assert [(s.step, s.planning_label, s.budget_eur, s.owner) for s in doc.steps] == [
        ("Lancer un test", "2019", 18000.0, "GACdG"),
        ("Définir", "2020", 5000.0, "GACdG"),
    ]
