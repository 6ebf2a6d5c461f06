"""Labels set in a condensed character spacing (sources.cot.pages._mark_spaced): Impress's
« Espacement : condensé de 0,8 pt » overlaps every glyph with the next, so two words of a label
stand a fraction of a point apart, closer than the gap that tells words in ordinary text; the
blank glyph the producer writes between them still says « two words ». Negative case: a
word whose glyphs change style half-way (no blank between them) stays one word. Drawn with
reportlab as 16:9 slides, read through both engines."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from tests.sources.cot.hand_decks import (
    RIGHTS,
    draw_header,
    hand_slide,
    referential_rows,
    row_baseline,
)

ROWS = [
    ("▼ Patrimoine de la collectivité", "51,6", "21,1 %", "12,4 %"),
    ("▶ Suivi et stratégie patrimoniale", "20,7", "13,8 %", "17,7 %"),
    ("▶ Valeurs cibles énergétiques et climatiques", "26,8", "10,8 %", "9 %"),
]


def _deck(char_space: float, split_word: bool = False) -> bytes:
    def draw(c: canvas.Canvas) -> None:
        draw_header(c)
        for k, (label, *values) in enumerate(ROWS):
            baseline = row_baseline(k)
            x = 18 if label.startswith("▼") else 26.6
            text = c.beginText(x, baseline)
            text.setCharSpace(char_space)
            if split_word and k == 1:  # « patrimoniale » with its « p » in bold, no blank
                head, tail = label.rsplit(" ", 1)
                text.setFont("PptCalibri", 7.5)
                text.textOut(head + " ")
                text.setFont("PptCalibri-Bold", 7.5)
                text.textOut(tail[0])
                text.setFont("PptCalibri", 7.5)
                text.textOut(tail[1:])
            else:
                text.setFont("PptCalibri", 7.5)
                text.textOut(label)
            c.drawText(text)
            c.setFont("PptCalibri", 7.5)
            for x1, value in zip(RIGHTS, values, strict=True):
                c.drawRightString(x1 - 4, baseline, value)

    return hand_slide(draw)


def _labels(data: bytes) -> list[str]:
    return [row[1] for row in referential_rows(data)]


def test_condensed_words_keep_their_spaces(engine: str) -> None:
    assert _labels(_deck(-0.8)) == [
        "Patrimoine de la collectivité",
        "Suivi et stratégie patrimoniale",
        "Valeurs cibles énergétiques et climatiques",
    ]
    rows = referential_rows(_deck(-0.8))
    assert [r[3:] for r in rows] == [(51.6, 21.1, 12.4), (20.7, 13.8, 17.7), (26.8, 10.8, 9.0)]


def test_a_word_changing_style_half_way_stays_one_word(engine: str) -> None:
    # negative: no blank between « p » (bold) and « atrimoniale »: one word, condensed or not
    for space in (0.0, -0.8):
        assert _labels(_deck(space, split_word=True))[1] == "Suivi et stratégie patrimoniale"
