"""Progress tables whose cells say more, or say it otherwise (sources.cot.referential): a
bracketed level word after a percentage (« 27 % (avancé) ») qualifies the number and is no
label text; percentages written as fractions of one (« 0,27 ») read as 27 %; a label column
set BETWEEN the percentage columns and the points keeps the row codes printed in it
(« 1.1 ▶ … ») as codes. Negative cases: a fraction column with one « % » value, a column of
« 0 » and « 1 » only, a word after a number that opens no bracket. Drawn with reportlab as
16:9 slides, read through both engines."""

from __future__ import annotations

from reportlab.pdfgen import canvas

from tests.sources.cot.hand_decks import H, hand_slide, referential_rows, table_slide

AXIS, MOBILITY = "Planification territoriale", "Mobilité"
ROWS = [
    ("▼ Planification territoriale", "58,7", "27 %", "16,4 %"),
    ("▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
    ("▼ Mobilité", "41,1", "13,7 %", "3,7 %"),
    ("▶ Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
]
WANT = [
    ("axis", AXIS, None, 58.7, 27.0, 16.4),
    ("sub_axis", "Urbanisme", AXIS, 15.9, 22.2, 12.4),
    ("axis", MOBILITY, None, 41.1, 13.7, 3.7),
    ("sub_axis", "Mobilité alternative", MOBILITY, 22.5, 13.8, 3.6),
]


def _table(rows: list[tuple[str, ...]]) -> bytes:
    return table_slide(rows)


def test_a_bracketed_level_word_after_a_percentage_is_no_label(engine: str) -> None:
    words = ("(avancé)", "(en cours)", "(en cours)", "(faible)")
    rows = [(r[0], r[1], f"{r[2]} {w}", r[3]) for r, w in zip(ROWS, words, strict=True)]
    assert referential_rows(_table(rows)) == WANT


def test_a_word_opening_no_bracket_stays_where_it_was_read(engine: str) -> None:
    # negative: « 27 % avancé » is not bracketed: the reader does not take it for a comment
    rows = [(r[0], r[1], f"{r[2]} avancé", r[3]) for r in ROWS]
    labels = [row[1] for row in referential_rows(_table(rows))]
    assert labels != [w[1] for w in WANT]


def _fraction(text: str) -> str:
    value = float(text.rstrip(" %").replace(",", ".")) / 100
    return f"{value:.3f}".rstrip("0").rstrip(".").replace(".", ",")


def test_percentages_written_as_fractions_of_one(engine: str) -> None:
    rows = [(r[0], r[1], _fraction(r[2]), _fraction(r[3])) for r in ROWS]
    assert rows[0][2:] == ("0,27", "0,164")
    assert referential_rows(_table(rows)) == WANT


def test_fractions_not_scaled_when_a_value_says_percent(engine: str) -> None:
    rows = [(r[0], r[1], _fraction(r[2]), _fraction(r[3])) for r in ROWS]
    rows[1] = (*rows[1][:3], "12,4 %")  # one « % » in the column: read as printed
    got = referential_rows(_table(rows))
    assert [g[5] for g in got] == [0.164, 12.4, 0.037, 0.036]
    assert [g[4] for g in got] == [27.0, 22.2, 13.7, 13.8]


def test_a_column_of_noughts_and_ones_is_not_scaled(engine: str) -> None:
    rows = [(r[0], r[1], r[2], v) for r, v in zip(ROWS, ("0", "1", "0", "1"), strict=True)]
    assert [g[5] for g in referential_rows(_table(rows))] == [0.0, 1.0, 0.0, 1.0]


def test_codes_in_a_label_column_between_number_columns(engine: str) -> None:
    """« % Réalisé | % Programmé | Les actions | Points restants », codes before the labels."""
    coded = [("", "▼ Planification territoriale"), ("2.5", "▶ Urbanisme"), ("", "▼ Mobilité")]
    coded.append(("4.1", "▶ Mobilité alternative"))

    def draw(c: canvas.Canvas) -> None:
        c.setFont("PptCalibri-Bold", 7.5)
        c.drawRightString(46, H - 61, "% Réalisé")
        c.drawRightString(112, H - 61, "% Programmé")
        c.drawString(124, H - 61, "Les actions")
        c.drawRightString(700, H - 61, "Points restants")
        c.setFont("PptCalibri", 7.5)
        for k, ((code, label), row) in enumerate(zip(coded, ROWS, strict=True)):
            baseline = H - 66.0 - 12.0 * (k + 1) - 8
            c.drawRightString(46, baseline, row[2])
            c.drawRightString(112, baseline, row[3])
            if code:
                c.drawString(124, baseline, code)
            c.drawString(124 if not code else 140, baseline, label)
            c.drawRightString(700, baseline, row[1])

    got = referential_rows(hand_slide(draw))
    assert got == WANT
    pages_codes = _codes(hand_slide(draw))
    assert pages_codes == [None, "2.5", None, "4.1"]


def _codes(data: bytes) -> list[str | None]:
    from sources.cot.pages import _open_pages
    from sources.cot.referential import _parse_tables, _referential_records

    pages, _ = _open_pages(data)
    tables, _ = _parse_tables(pages)
    return [r.code for r in _referential_records(tables, "CCPAL", "deck.pdf", "c" * 64)]


def test_sub_axes_written_as_paths_from_their_axis(engine: str) -> None:
    """No marker, no bold, no indent: « Planification territoriale > Urbanisme » is the
    sub-axis « Urbanisme » of the axis above; a code after the separator is the row's."""
    paths = [
        ("Planification territoriale", *ROWS[0][1:]),
        ("Planification territoriale > Urbanisme", *ROWS[1][1:]),
        ("Mobilité", *ROWS[2][1:]),
        ("Mobilité > 2.5 Mobilité alternative", *ROWS[3][1:]),
    ]
    assert referential_rows(_table(paths)) == WANT
    assert _codes(_table(paths)) == [None, None, None, "2.5"]
    # negative: a « > » after a label that is no axis read above stays in the label
    odd = [("Planification territoriale", *ROWS[0][1:]), ("Urbanisme > PLU", *ROWS[1][1:])]
    assert [r[1] for r in referential_rows(_table(odd))] == [
        "Planification territoriale",
        "Urbanisme > PLU",
    ]
