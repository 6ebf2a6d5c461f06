"""Scissors on a coupon's dashed border (plan_html_decoupe, sixty-first pass): page
furniture, set aside before the page is read (sources.pdf.cut_marks)."""

from __future__ import annotations

import pytest

from sources.action_plan import parse_action_plan
from sources.pdf.cut_marks import cut_marks
from tests.sources.pdf.hand_pages import HEIGHT, HandPages, page_texts


def test_only_scissors_are_cut_marks() -> None:
    chars = [{"text": t} for t in ("✂", "a", "✓", "✁", "✔", "✗", "✄", " ")]
    assert cut_marks(chars) == [0, 3, 6]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_scissors_on_the_line_after_a_cell_are_no_text_of_it(
    engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COPDIAG_PDF_ENGINE", engine)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))
    pages = HandPages()
    pages.fiche_head()
    rows = [
        ("Lancer un test", "Auditer vingt entreprises.", "2019", "18000", "GACdG", "CCI"),
        ("Accompagner", "Créer des services.", "2021", "5000", "GACdG", ""),
    ]
    bottom = pages.steps_table(150.0, rows)
    # the next coupon's dashed top border, its scissors on it, right under the table
    c = pages.c
    c.setDash(3, 2)
    c.line(57.0, HEIGHT - bottom - 4.0, 538.0, HEIGHT - bottom - 4.0)
    c.setDash()
    c.setFont("DejaVuSans", 13.0)
    c.drawString(60.0, HEIGHT - bottom - 8.0, "\u2702")
    pages.next_fiche(bottom + 10.0)
    c.showPage()
    data = pages.save()
    assert "✂" not in page_texts(data)[0]
    doc = parse_action_plan(data, "plans/coupon.pdf", "0" * 64)
    assert [s.step for s in doc.steps] == ["Lancer un test", "Accompagner"]
