"""A slide after a progress table whose numbers fall in its columns continues it, unless a
header row of its own labels those columns with something else than the progress columns
(years, « Objectif 2026 », « Cible »): an indicators table set in the progress table's frame
is no continuation of it (sources.cot.continued_tables, cot000_pptxbarometre)."""

from __future__ import annotations

from sources.cot.continued_tables import heads_own_table
from sources.cot.pages import _Page, _Word
from sources.cot.referential import _parse_tables


def _word(x: float, top: float, text: str, bold: bool = False) -> _Word:
    return _Word(text, x, x + 4.0 * len(text), top, top + 6.0, 6.0, bold)


def _line(top: float, label: str, *cells: str, bold: bool = False) -> list[_Word]:
    words, x = [], 20.0
    for part in label.split():
        words.append(_word(x, top, part, bold))
        x += 4.0 * len(part) + 2.0
    for x0, cell in zip((466.0, 575.0, 690.0), cells, strict=False):
        for part in cell.split(" "):
            words.append(_word(x0, top, part, bold))
            x0 += 4.0 * len(part) + 2.0
    return words


HEADER = [_word(20, 40, "Axes"), _word(460, 40, "Points"), _word(490, 40, "restants"),
          _word(570, 40, "%"), _word(580, 40, "Réalisé"), _word(680, 40, "%"),
          _word(690, 40, "Programmé")]  # fmt: skip

FIRST = [
    HEADER,
    _line(55, "▼ Planification territoriale", "21,8", "31,7 %", "12,5 %"),
    _line(64, "▶ Stratégie globale", "26,3", "28,5 %", "22,3 %"),
]
ROWS = [  # a table's rows under its header (the indicators' values, in the same columns)
    _line(66, "Consommation d'énergie finale (GWh)", "1412", "1365", "1180"),
    _line(78, "Part des énergies renouvelables", "8,4 %", "10,3 %", "22,0 %"),
    _line(90, "Logements rénovés (par an)", "85", "120", "300"),
]


def _page(no: int, lines: list[list[_Word]]) -> _Page:
    return _Page(no, 720.0, 405.0, [w for ln in lines for w in ln], lines, [])


def _read(second: list[list[_Word]]) -> list[tuple[int, list[str]]]:
    tables, _ = _parse_tables([_page(7, FIRST), _page(8, second)])
    return [(t.page, [" ".join(w.text for w in r.label_words) for r in t.rows]) for t in tables]


def test_a_slide_of_rows_without_header_continues_the_table() -> None:
    rows = [
        _line(55, "▶ Mobilité alternative", "22,5", "13,8 %", "3,6 %"),
        _line(64, "▶ Gestion de l'eau", "18,9", "37 %", "16,9 %"),
    ]
    assert _read(rows) == [
        (7, ["▼ Planification territoriale", "▶ Stratégie globale"]),
        (8, ["▶ Mobilité alternative", "▶ Gestion de l'eau"]),
    ]


def test_a_header_of_years_heads_another_table() -> None:
    header = _line(54, "Indicateur", "2015", "2018", "Objectif 2026", bold=True)
    assert _read([header, *ROWS]) == [
        (7, ["▼ Planification territoriale", "▶ Stratégie globale"]),
    ]


def test_a_header_of_words_above_the_numbers_heads_another_table() -> None:
    header = _line(54, "Indicateur", "Valeur", "Cible", "Écart", bold=True)
    page = _page(8, [_line(13, "Tableau de bord"), header, *ROWS])
    assert heads_own_table(page, 2, 300.0, {"a": 470.0, "b": 580.0, "c": 695.0})
    assert _read(page.lines) == [
        (7, ["▼ Planification territoriale", "▶ Stratégie globale"]),
    ]


def test_values_units_and_progress_labels_are_no_other_header() -> None:
    centres = {"points_remaining": 470.0, "pct_done": 580.0, "pct_programmed": 695.0}
    values = _page(8, [_line(55, "▶ Mobilité", "22,5 pts", "13,8 %", "3,6 %")])
    assert not heads_own_table(values, 0, 300.0, centres)
    nil = _page(8, [_line(46, "▶ Eau", "n.c.", "nd", "nd"), *ROWS])
    assert not heads_own_table(nil, 1, 300.0, centres)
    progress = _page(8, [_line(54, "Axes", "Points restants", "Réalisé", "Programmé"), *ROWS])
    assert not heads_own_table(progress, 1, 300.0, centres)
    title = _page(8, [[_word(300, 10, "Indicateurs", True)], *ROWS])
    assert not heads_own_table(title, 1, 300.0, centres)
