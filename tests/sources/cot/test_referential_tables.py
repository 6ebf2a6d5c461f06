"""Progress tables read from hand-made slide words: wrapped headers, tables side by side."""

from __future__ import annotations

from sources.cot.pages import _group_lines, _Page, _Word
from sources.cot.referential import (
    _find_header,
    _parse_tables,
    _referential_records,
    _side_by_side_cuts,
)

SIZE = 7.0


def _w(text: str, x0: float, top: float, bold: bool = False, x1: float | None = None) -> _Word:
    """A word of a 7 pt slide; numbers get ``x1`` to be right-aligned."""
    width = 0.5 * SIZE * len(text)
    if x1 is None:
        x1 = x0 + width
    else:
        x0 = x1 - width
    return _Word(text, x0, x1, top, top + SIZE, SIZE, bold)


def _text(x: float, top: float, text: str, bold: bool = False) -> list[_Word]:
    """Words of ``text`` set one after the other from ``x`` (a space of 2 pt)."""
    words: list[_Word] = []
    for part in text.split():
        words.append(_w(part, x, top, bold))
        x = words[-1].x1 + 2
    return words


def _page(words: list[_Word], no: int = 1) -> _Page:
    return _Page(no, 720.0, 450.0, words, _group_lines(words), [])


def _header(x: float, top: float, wrapped: bool, label: str = "Les actions") -> list[_Word]:
    """One table's header at ``x``: label, then "Points restants", "% Réalisé", "% Programmé"
    (``wrapped``: "restants" and "Programmé" on a second line, as a narrow column sets them)."""
    words = _text(x, top, label, bold=True)
    if wrapped:
        second = top + 8
        return words + [
            _w("Points", 0, top, True, x1=x + 222),
            _w("restants", 0, second, True, x1=x + 222),
            _w("%", x + 247, top, True),
            _w("Réalisé", x + 256, top, True),
            _w("%", x + 326, top, True),
            _w("Programmé", 0, second, True, x1=x + 331),
        ]
    return words + [
        *_text(x + 169, top, "Points restants", bold=True),
        *_text(x + 240, top, "% Réalisé", bold=True),
        *_text(x + 290, top, "% Programmé", bold=True),
    ]


def _row(x: float, top: float, label: str, numbers: tuple[str, str, str]) -> list[_Word]:
    words = _text(x + 4, top, label)
    ends = (x + 222, x + 264, x + 320)
    words += [_w(n, 0, top, x1=end) for n, end in zip(numbers, ends, strict=True)]
    return words


def test_header_wrapped_over_two_lines_is_found() -> None:
    """ "% Réalisé %" on one line, "restants" and "Programmé" on the next: one header, rows
    read from the line under its second line."""
    page = _page(_header(14, 50, wrapped=True) + _row(14, 70, "▼ Mobilité", ("4,1", "13", "3")))
    cols = _find_header(page, 0)
    assert cols is not None
    assert set(cols.centres) == {"points_remaining", "pct_done", "pct_programmed"}
    assert cols.last_line == 1
    assert cols.centres["points_remaining"] < cols.centres["pct_done"]
    assert cols.centres["pct_done"] < cols.centres["pct_programmed"]
    assert _find_header(page, 2) is None  # a row line is no header
    tables, used = _parse_tables([page])
    assert [t.rows[0].cells for t in tables] == [
        {"points_remaining": "4,1", "pct_done": "13", "pct_programmed": "3"}
    ]
    assert used == {(1, 0), (1, 1), (1, 2)}


def test_one_header_per_table_has_no_cut() -> None:
    page = _page(_header(14, 50, wrapped=False))
    assert _side_by_side_cuts(page, 0) == []


def test_header_naming_the_columns_twice_cuts_in_the_gutter() -> None:
    """Two headers on one line (left table at x=14, right one at x=366): the cut lies half
    way between the left table's last header (x1 = 371) and the right one's label (380)."""
    page = _page(_header(14, 50, wrapped=False) + _header(366, 50, wrapped=False))
    cuts = _side_by_side_cuts(page, 0)
    assert len(cuts) == 1
    left_edge = max(w.x1 for w in page.lines[0] if w.x0 < 366)
    assert cuts[0] == (left_edge + 366) / 2


def test_cut_without_label_header_is_one_em_right_of_the_numbers() -> None:
    page = _page(_header(14, 50, wrapped=False) + _header(366, 50, False, label=""))
    left_edge = max(w.x1 for w in page.lines[0] if w.x0 < 366)
    assert _side_by_side_cuts(page, 0) == [left_edge + SIZE]


def _side_by_side(right_label: str = "Les actions") -> _Page:
    """A table cut in two halves side by side, rows of unequal height: the lines of the two
    halves interleave (the first rows share a visual line, the next ones alternate)."""
    words = _header(14, 50, wrapped=True) + _header(366, 50, True, label=right_label)
    words += _row(14, 70, "▼ Planification territoriale", ("58,7", "27 %", "16,4 %"))
    words += _row(14, 82, "▶ Urbanisme", ("15,9", "22,2 %", "12,4 %"))
    words += [_w("climatique", 18, 90)]  # a wrapped label, alone on its line
    words += _row(366, 71, "▶ Mobilité alternative", ("22,5", "13,8 %", "3,6 %"))
    words += _row(366, 86, "▼ Organisation interne", ("43", "6,5 %", "0,3 %"))
    words += _row(366, 98, "▶ Gouvernance", ("24,4", "6,3 %", "0 %"))
    return _page(words)


def test_tables_side_by_side_are_read_each_on_its_own() -> None:
    """Left rows first, then right ones, never a label glued from both halves; the right
    half (same header label) continues the left one."""
    tables, used = _parse_tables([_side_by_side()])
    assert len(tables) == 2
    labels = [[" ".join(w.text for w in r.label_words) for r in t.rows] for t in tables]
    assert labels == [
        ["▼ Planification territoriale", "▶ Urbanisme climatique"],
        ["▶ Mobilité alternative", "▼ Organisation interne", "▶ Gouvernance"],
    ]
    assert tables[1].rows[0].cells == {
        "points_remaining": "22,5",
        "pct_done": "13,8 %",
        "pct_programmed": "3,6 %",
    }
    assert not tables[0].continued and tables[1].continued
    assert tables[0].referential == tables[1].referential == "CAE"
    page = _side_by_side()
    assert used == {(1, i) for i in range(len(page.lines))}
    records = _referential_records(tables, "CCPAL", "deck.pdf", "0" * 64)
    assert [(r.level, r.label, r.parent_label, r.pct_programmed) for r in records] == [
        ("axis", "Planification territoriale", None, 16.4),
        ("sub_axis", "Urbanisme climatique", "Planification territoriale", 12.4),
        ("sub_axis", "Mobilité alternative", "Planification territoriale", 3.6),
        ("axis", "Organisation interne", None, 0.3),
        ("sub_axis", "Gouvernance", "Organisation interne", 0.0),
    ]


def test_tables_side_by_side_keep_their_own_referential() -> None:
    """Two different tables next to each other: each header label names its referential."""
    words = _header(14, 50, False, label="Actions Climat Air Energie")
    words += _header(366, 50, False, label="Actions Economie circulaire")
    words += _row(14, 70, "▼ Mobilité", ("41,1", "13,7 %", "3,7 %"))
    words += _row(366, 70, "▼ Coopération", ("68,5", "23,9 %", "5,8 %"))
    tables, _ = _parse_tables([_page(words)])
    assert [(t.referential, t.continued, len(t.rows)) for t in tables] == [
        ("CAE", False, 1),
        ("ECI", False, 1),
    ]


def test_header_on_one_line_takes_nothing_from_a_caption_above() -> None:
    """A header naming "réalisé" and "programmé" on its line keeps its own spans: a caption
    just above ("Taux de réalisation") is not taken for a wrapped header word."""
    words = _text(180, 42, "Taux de réalisation", bold=True) + _header(14, 50, wrapped=False)
    page = _page(words)
    cols = _find_header(page, 1)
    alone = _find_header(_page(_header(14, 50, wrapped=False)), 0)
    assert cols is not None and alone is not None
    assert cols.centres == alone.centres
    assert cols.last_line == 1


def _broken_header(x: float, top: float, label: str) -> list[_Word]:
    """A header in columns too narrow for its labels (cells 220 / 40 / 40 / 40 pt, labels
    right-aligned): « Points » / « restants », « % Réalisé », and « % Programmé » broken
    inside the word, « % » / « Program » / « mé », as Impress sets it."""
    return [
        *_text(x + 3, top, label, bold=True),
        _w("Points", 0, top, True, x1=x + 257),
        _w("restants", 0, top + 8, True, x1=x + 257),
        _w("%", 0, top, True, x1=x + 270),
        _w("Réalisé", 0, top, True, x1=x + 297),
        _w("%", 0, top, True, x1=x + 337),
        _w("Program", 0, top + 8, True, x1=x + 337),
        _w("mé", 0, top + 16, True, x1=x + 337),
    ]


def _broken_row(x: float, top: float, label: str, numbers: tuple[str, str, str]) -> list[_Word]:
    words = _text(x + 3, top, label)
    ends = (x + 257, x + 297, x + 337)
    return words + [_w(n, 0, top, x1=end) for n, end in zip(numbers, ends, strict=True)]


def test_header_label_broken_inside_the_word_is_rejoined() -> None:
    """« Program » over « mé » is one « Programmé » header: its column is found and rows
    start under the broken word's last piece; « Programme » pieces that do not spell a
    header label (« Pro » over « jet ») are left alone."""
    page = _page(
        _broken_header(14, 50, "Les actions")
        + _broken_row(14, 76, "▼ Mobilité", ("41,1", "13,7 %", "3,7 %"))
    )
    cols = _find_header(page, 0)
    assert cols is not None
    assert cols.last_line == 2
    assert cols.centres["pct_programmed"] > cols.centres["pct_done"] + 30
    tables, _ = _parse_tables([page])
    assert [(t.rows[0].cells["pct_programmed"], len(t.rows)) for t in tables] == [("3,7 %", 1)]
    words = _text(14, 50, "Les actions % Réalisé Pro", bold=True) + [_w("jet", 0, 58, x1=141)]
    assert _find_header(_page(words), 0) is None


def test_two_tables_side_by_side_with_broken_headers_keep_their_numbers() -> None:
    """Two 340 pt tables on one slide (CAE at x = 14, ECI at x = 366), each with its own
    header whose « % Programmé » is broken inside the word, rows at different heights: each
    table is cut at the gap between them and read with its own header and numbers."""
    words = _broken_header(14, 50, "Les actions")
    words += _broken_header(366, 50, "Actions Economie circulaire")
    words += _broken_row(14, 76, "▼ Planification territoriale", ("58,7", "27 %", "16,4 %"))
    words += _broken_row(14, 88, "▶ Urbanisme", ("15,9", "22,2 %", "12,4 %"))
    words += _broken_row(366, 77, "▼ Définition d'une stratégie", ("77,1", "14,3 %", "61,2 %"))
    words += _broken_row(366, 93, "1.1 ▶ Définir une stratégie", ("21,1", "29,6 %", "30,4 %"))
    tables, _ = _parse_tables([_page(words)])
    assert [(t.referential, t.continued, len(t.rows)) for t in tables] == [
        ("CAE", False, 2),
        ("ECI", False, 2),
    ]
    records = _referential_records(tables, "CCPAL", "deck.pdf", "0" * 64)
    assert [
        (r.referential, r.level, r.code, r.label, r.points_remaining, r.pct_programmed)
        for r in records
    ] == [
        ("CAE", "axis", None, "Planification territoriale", 58.7, 16.4),
        ("CAE", "sub_axis", None, "Urbanisme", 15.9, 12.4),
        ("ECI", "axis", None, "Définition d'une stratégie", 77.1, 61.2),
        ("ECI", "sub_axis", "1.1", "Définir une stratégie", 21.1, 30.4),
    ]
