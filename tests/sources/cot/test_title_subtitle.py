"""A slide title's smaller italic line right under it is its subtitle, not a second heading
(sources.cot.orientations._subtitle_of): a bilingual deck's English line « ORIENTATION 2:
Formalising … » under the French title gives no label, however longer. Slides drawn by
hand with reportlab."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from sources.cot.orientations import _parse_orientations
from sources.cot.pages import _open_pages
from tests.sources.cot.hand_decks import H, hand_slide


def _objectives(data: bytes) -> list[tuple[int, str, str | None, str | None]]:
    pages, _ = _open_pages(data)
    records = _parse_orientations(pages, set(), "CCPAL", "deck.pdf", "c" * 64)
    return [
        (r.orientation_no, r.orientation_label, r.objective_code, r.objective_label)
        for r in records
    ]


def _slide(subtitle_font: str, subtitle_size: float, subtitle_baseline: float) -> bytes:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 18)
        c.drawString(60, H - 60, "ORIENTATION 2 : Formalisation d'une politique Eci")
        c.setFont(subtitle_font, subtitle_size)
        c.drawString(
            150, H - subtitle_baseline, "ORIENTATION 2: Formalising a circular economy policy"
        )
        c.setFont("PptCalibri", 11)
        c.drawString(33, H - 120, "2.1 Clarifier la gouvernance et la coordination Eci")
        c.drawString(33, H - 143, "2.2 Intégrer l'Eci dans les politiques territoriales")

    return hand_slide(draw)


def test_a_titles_italic_translation_under_it_gives_no_label() -> None:
    got = _objectives(_slide("Helvetica-Oblique", 9, 73))
    assert got == [
        (
            2,
            "Formalisation d'une politique Eci",
            "2.1",
            "Clarifier la gouvernance et la coordination Eci",
        ),
        (
            2,
            "Formalisation d'une politique Eci",
            "2.2",
            "Intégrer l'Eci dans les politiques territoriales",
        ),
    ]


def test_an_upright_or_distant_second_heading_is_still_read() -> None:
    # the same line upright, or an italic one far below the title: a heading of its own,
    # the longer label kept as before
    for font, baseline in (("Helvetica", 73), ("Helvetica-Oblique", 110)):
        got = _objectives(_slide(font, 9, baseline))
        assert {label for _, label, _, _ in got} == {"Formalising a circular economy policy"}, (
            font,
            baseline,
        )
