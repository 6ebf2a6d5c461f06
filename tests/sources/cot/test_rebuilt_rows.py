"""A progress table as a PDF-to-PowerPoint converter rebuilds it: EACH WRAPPED LABEL LINE A
TABLE ROW OF ITS OWN, the numbers on the row's first line (sources.cot.referential,
_add_numbers_row). A continuation line half-way between two rows' numbers stays its own
row's; a label centred over two lines around its numbers still joins the row below."""

from __future__ import annotations

from sources.cot.pages import _join_words, _Page, _Word
from sources.cot.referential import _parse_tables


def _word(x: float, top: float, text: str) -> _Word:
    return _Word(text, x, x + 4.0 * len(text), top, top + 6.0, 6.0, False)


def _line(top: float, label: str, *numbers: str) -> list[_Word]:
    words, x = [], 20.0
    for part in label.split():
        words.append(_word(x, top, part))
        x += 4.0 * len(part) + 2.0
    return words + [
        _word(x0, top, n) for x0, n in zip((466.0, 575.0, 690.0), numbers, strict=False)
    ]


HEADER = [_word(20, 40, "Axes"), _word(460, 40, "Points"), _word(490, 40, "restants"),
          _word(570, 40, "%"), _word(580, 40, "Réalisé"), _word(680, 40, "%"),
          _word(690, 40, "Programmé")]  # fmt: skip


def _labels(lines: list[list[_Word]]) -> list[str]:
    tables, _ = _parse_tables([_Page(7, 720.0, 405.0, [w for ln in lines for w in ln], lines, [])])
    return [" ".join(w.text for w in r.label_words) for t in tables for r in t.rows]


def test_a_rebuilt_rows_continuation_stays_with_its_row() -> None:
    lines = [
        HEADER,
        _line(55, "▶ Production énergétique locale", "21,8", "31,7 %", "12,5 %"),
        _line(64, "▶ Gestion de l'eau, des espaces verts, des", "26,3", "28,5 %", "22,3 %"),
        _line(73.01, "déchets du territoire"),  # (a hair nearer the numbers below, as printed)
        _line(82, "▼ Mobilité", "41,1", "13,7 %", "3,7 %"),
        _line(91, "▶ Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
    ]
    assert _labels(lines) == [
        "▶ Production énergétique locale",
        "▶ Gestion de l'eau, des espaces verts, des déchets du territoire",
        "▼ Mobilité",
        "▶ Mobilité alternative",
    ]


def test_a_label_centred_around_its_numbers_joins_them() -> None:
    lines = [
        HEADER,
        _line(55, "▶ Urbanisme", "15,9", "22,2 %", "12,4 %"),
        _line(66, "▶ Gestion de l'eau, des espaces"),  # over its row's numbers
        _line(70.5, "", "26,3", "28,5 %", "22,3 %"),
        _line(75, "verts, des déchets du territoire"),  # under them
        _line(86, "▶ Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
    ]
    assert _labels(lines) == [
        "▶ Urbanisme",
        "▶ Gestion de l'eau, des espaces verts, des déchets du territoire",
        "▶ Mobilité alternative",
    ]


def test_a_label_wrapped_under_top_aligned_numbers_stays_with_its_row() -> None:
    """Cells aligned to their TOP (a dashboard's small tables, cot000_pptxvolets): a label
    wrapped on three lines, its numbers level with its first; the next row's marker level
    with its own numbers opens it there, so the last wrapped line — nearer the next row's
    numbers than its own — stays its row's; a compound word cut at its hyphen is rejoined."""
    lines = [
        HEADER,
        _line(55, "▶ Organisation de la", "3,7", "47,9 %", "10,7 %"),
        _line(62, "distribution d'énergie et services"),
        _line(69, "associés"),
        _line(78.6, "▶ Stratégie globale climat-air-", "18,9", "37 %", "16,9 %"),
        _line(85.6, "énergie"),
        _line(95, "▶ Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
    ]
    assert _labels(lines) == [
        "▶ Organisation de la distribution d'énergie et services associés",
        "▶ Stratégie globale climat-air- énergie",
        "▶ Mobilité alternative",
    ]
    tables, _ = _parse_tables([_Page(7, 720.0, 405.0, [w for ln in lines for w in ln], lines, [])])
    assert tables[0].rows[1].label_words[-1].text == "énergie"
    assert _join_words(tables[0].rows[1].label_words) == "▶ Stratégie globale climat-air-énergie"
    assert _join_words([_word(20, 55, "Axe"), _word(40, 55, "1 -"), _word(20, 62, "Mobilité")]) == (
        "Axe 1 - Mobilité"
    )
