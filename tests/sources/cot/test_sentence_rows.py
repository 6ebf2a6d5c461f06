"""A progress table written as sentences (sources.cot.sentence_rows): one bulleted line a
row, « ■ Axe : 58,7 pts restants (27 % réalisé, 16,4 % programmé) », the sub-axes indented
under « – », a long label wrapping over two lines. Negative: bulleted lines saying no
points and percentages are no rows. Drawn with reportlab as 16:9 slides, both engines."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from tests.sources.cot.hand_decks import H, hand_slide, referential_rows

LINES = [
    (14.0, "■ Planification territoriale : 58,7 pts restants (27 % réalisé, 16,4 % programmé)"),
    (36.0, "– Urbanisme : 15,9 pts restants (22,2 % réalisé, 12,4 % programmé)"),
    (36.0, "– Planification sectorielle et stratégie globale climat-air-énergie du"),
    (36.0, "territoire : 23,9 pts restants (20,2 % réalisé, 18,4 % programmé)"),
    (14.0, "■ Mobilité : 22,5 pts restants (13,8 % réalisé, 3,6 % programmé)"),
    (36.0, "– Mobilité alternative : 22,5 pts restants (13,8 % réalisé, 3,6 % programmé)"),
]


def _deck(lines: list[tuple[float, str]]) -> bytes:
    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 9)
        c.drawString(14, H - 55, "Les actions")
        c.setFont("PptCalibri", 7.5)
        for k, (x, text) in enumerate(lines):
            c.drawString(x, H - 75 - 10.0 * k, text)

    return hand_slide(draw)


def test_rows_written_as_sentences_are_read(engine: str) -> None:
    rows = referential_rows(_deck(LINES))
    label = "Planification sectorielle et stratégie globale climat-air-énergie du territoire"
    assert rows == [
        ("axis", "Planification territoriale", None, 58.7, 27.0, 16.4),
        ("sub_axis", "Urbanisme", "Planification territoriale", 15.9, 22.2, 12.4),
        ("sub_axis", label, "Planification territoriale", 23.9, 20.2, 18.4),
        ("axis", "Mobilité", None, 22.5, 13.8, 3.6),
        ("sub_axis", "Mobilité alternative", "Mobilité", 22.5, 13.8, 3.6),
    ]


def test_bullets_without_figures_are_no_rows(engine: str) -> None:
    lines = [(14.0, "■ Planification territoriale : une priorité du mandat"), (36.0, "– Urbanisme")]
    assert referential_rows(_deck(lines * 2)) == []
