"""Progress tables pasted from a spreadsheet (hand-made slide words): each number without
its unit, the unit (« pts », « % ») alone in the next cell; axis labels turned a quarter
turn in a narrow first column. The unit belongs to the number, the turned labels are no
row and no part of a label."""

from __future__ import annotations

from sources.cot.pages import _group_lines, _Page, _to_words, _Word
from sources.cot.referential import _is_unit_after, _parse_tables, _referential_records
from tests.sources.cot.test_referential_tables import SIZE, _text, _w

# number cell right edge, unit cell left edge (one space right), per column
_ENDS = ((232.0, 234.0), (274.0, 276.0), (330.0, 332.0))
_UNITS = ("pts", "%", "%")


def _header(top: float, unit_header: bool = False) -> list[_Word]:
    """Header labels centred over each number / unit pair; ``unit_header``: a real « pts »
    column header right of « Points restants »."""
    words = [
        *_text(30, top, "Les actions", bold=True),
        *_text(190, top, "Points restants", bold=True),
        *_text(250, top, "% Réalisé", bold=True),
        *_text(300, top, "% Programmé", bold=True),
    ]
    if unit_header:
        words.append(_w("pts", 236, top + 8, bold=True))
    return words


def _row(top: float, label: str, cells: tuple[str, str, str], unit_gap: float = 2.0) -> list[_Word]:
    """A row: label from x = 34, each number right-aligned, its unit ``unit_gap`` right."""
    words = _text(34, top, label)
    for value, unit, (end, _) in zip(cells, _UNITS, _ENDS, strict=True):
        number = _w(value, 0, top, x1=end)
        words += [number, _w(unit, number.x1 + unit_gap, top)]
    return words


def _page(words: list[_Word]) -> _Page:
    return _Page(1, 720.0, 450.0, words, _group_lines(words), [])


def _records(words: list[_Word]) -> list[tuple[str, str, float | None, float | None, float | None]]:
    tables, _ = _parse_tables([_page(words)])
    records = _referential_records(tables, "CCPAL", "deck.pdf", "0" * 64)
    return [(r.level, r.label, r.points_remaining, r.pct_done, r.pct_programmed) for r in records]


EXPECTED = [
    ("axis", "Planification territoriale", 58.7, 27.0, 16.4),
    ("sub_axis", "Urbanisme", 15.9, 22.2, 12.4),
    ("axis", "Mobilité", 41.1, 13.7, 3.7),
]


def _body(top: float, unit_gap: float = 2.0) -> list[_Word]:
    return [
        *_row(top, "▼ Planification territoriale", ("58,7", "27", "16,4"), unit_gap),
        *_row(top + 12, "▶ Urbanisme", ("15,9", "22,2", "12,4"), unit_gap),
        *_row(top + 24, "▼ Mobilité", ("41,1", "13,7", "3,7"), unit_gap),
    ]


def test_unit_in_its_own_cell_belongs_to_the_number() -> None:
    """« 58,7 » | « pts »: the unit cell is part of the points value, not of the label."""
    assert _records(_header(50) + _body(62)) == EXPECTED


def test_unit_one_cell_right_with_a_wider_margin() -> None:
    """A unit cell starting a few points after the number (cell margins) is still its unit."""
    assert _records(_header(50) + _body(62, unit_gap=9.0)) == EXPECTED


def test_units_already_glued_read_the_same() -> None:
    """Units glued to their number (« 58,7 pts » one cell, a thin space) read the same."""
    assert _records(_header(50) + _body(62, unit_gap=0.6)) == EXPECTED


def test_real_pts_column_header_is_no_row_and_changes_nothing() -> None:
    """A « pts » header word over the unit cells (wrapped under « Points restants »)."""
    assert _records(_header(50, unit_header=True) + _body(66)) == EXPECTED


def test_number_and_unit_inside_the_label_stay_in_the_label() -> None:
    """« de 20 % » or « 5 pts » written in the label column is label text, not a cell."""
    words = _header(50) + _row(62, "▼ Réduire de 20 % les déchets", ("12", "5", "0"))
    words += _row(74, "▶ Gagner 5 pts sur les achats", ("7,5", "40", "10"))
    assert _records(words) == [
        ("axis", "Réduire de 20 % les déchets", 12.0, 5.0, 0.0),
        ("sub_axis", "Gagner 5 pts sur les achats", 7.5, 40.0, 10.0),
    ]


def test_unit_rule_needs_a_bare_unit_right_after_the_number() -> None:
    number = _w("58,7", 0, 62, x1=232)
    assert _is_unit_after(_w("pts", 234, 62), number)
    assert _is_unit_after(_w("%", 234, 62), number)
    assert _is_unit_after(_w("points", 234, 62), number)
    assert not _is_unit_after(_w("ptsx", 234, 62), number)  # more than a unit
    # a footnote call glued to the unit (« 27 %* », « 16,4 %¹ », « 3 pts(1) ») is the unit's
    for unit in ("%*", "%**", "%¹", "pts(1)"):
        assert _is_unit_after(_w(unit, 234, 62), number), unit
    assert not _is_unit_after(_w("%12", 234, 62), number)  # a number, no call
    assert not _is_unit_after(_w("Mobilité", 234, 62), number)
    assert not _is_unit_after(_w("pts", 234, 74), number)  # on the next line
    assert not _is_unit_after(_w("pts", 232 + 4 * SIZE, 62), number)  # a column away
    assert not _is_unit_after(_w("pts", 200, 62), number)  # left of the number


def _turned(text: str, x0: float, top: float) -> dict[str, object]:
    """A pdfplumber word dict of text turned a quarter turn (not upright)."""
    return {
        "text": text,
        "x0": x0,
        "x1": x0 + SIZE,
        "top": top,
        "bottom": top + 3.5 * len(text),
        "size": 6.5,
        "fontname": "Bold",
        "upright": False,
    }


def _upright(word: _Word) -> dict[str, object]:
    return {
        "text": word.text,
        "x0": word.x0,
        "x1": word.x1,
        "top": word.top,
        "bottom": word.bottom,
        "size": word.size,
        "fontname": "Bold" if word.bold else "Regular",
        "upright": True,
    }


def test_turned_axis_labels_in_the_first_column_are_no_row_nor_label() -> None:
    """« Axe 1 » turned in an 18 pt first column, merged over its rows, and « Axe » / « 2 »
    wrapped on two turned lines: no row, no word of any label."""
    raw = [_upright(w) for w in _header(50) + _body(62)]
    raw += [_turned("Axe 1", 16, 62), _turned("Axe", 14, 86), _turned("2", 22, 88)]
    words = _to_words(raw)
    assert {w.text for w in words}.isdisjoint({"Axe", "Axe 1", "2"})
    assert _records(words) == EXPECTED


def test_upright_words_in_the_first_column_are_kept() -> None:
    """Only turned text is dropped: an upright word at the same place stays a word."""
    raw = [_upright(w) for w in _header(50) + _body(62)]
    raw.append(_upright(_w("Axe", 14, 62)))
    assert "Axe" in {w.text for w in _to_words(raw)}
