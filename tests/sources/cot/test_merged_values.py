"""Identical numbers merged (sources.cot.merged_values): a column writing a run of equal values
once, in a cell merged down the run's rows, the value centred between them. The value is set
on each row line the drawn cell spans; a box alone (a badge), a cell holding text or two
values, and a cell spanning one row leave the page alone. Words and boxes by hand, then the
table through the referential reader."""

from __future__ import annotations

from sources.cot.merged_values import with_merged_values
from sources.cot.pages import _group_lines, _Page, _Word


def _w(x0: float, top: float, text: str) -> _Word:
    return _Word(text, x0, x0 + 5.0 * len(text), top, top + 6.0, 6.0, False)


HEADER = [_w(18, 54, "Actions"), _w(435, 54, "Points"), _w(462, 54, "restants"), _w(561, 54, "%"),
          _w(570, 54, "Réalisé"), _w(648, 54, "%"), _w(657, 54, "Programmé")]  # fmt: skip


def _row(top: float, label: str, *values: tuple[float, str]) -> list[_Word]:
    return [_w(18, top, "▶"), _w(30, top, label)] + [_w(x, top, t) for x, t in values]


def _page(extra: list[_Word] | None = None, rects: list | None = None) -> _Page:
    rows = [
        _row(66, "Achats", (479, "12,9"), (574, "48,5"), (591, "%"), (680, "9"), (695, "%")),
        _row(78, "Écoconception", (485, "25")),
        _row(90, "Écologie", (479, "21,5")),
        _row(102, "Fonctionnalité", (479, "21,3")),
    ]
    merged = [_w(585, 84, "0"), _w(592, 84, "%"), _w(689, 84, "0"), _w(695, 84, "%")]
    words = [w for ln in [HEADER, *rows] for w in ln] + merged + (extra or [])
    cells = [(x0, t, x0 + 104, t + 12) for x0 in (394.0, 498.0, 602.0) for t in (52, 64)]
    cells += [(394.0, t, 498.0, t + 12) for t in (76, 88, 100)]
    # « % Réalisé » and « % Programmé »: one cell merged down rows 2 to 4 each
    cells += [(498.0, 76.0, 602.0, 112.0), (602.0, 76.0, 706.0, 112.0)]
    return _Page(8, 720.0, 405.0, words, _group_lines(words), rects if rects is not None else cells)


def _texts(page: _Page) -> list[str]:
    return [" ".join(w.text for w in ln) for ln in page.lines]


def test_a_merged_value_is_every_spanned_rows() -> None:
    texts = _texts(with_merged_values(_page()))
    assert texts[2:] == [
        "▶ Écoconception 25 0 % 0 %",
        "▶ Écologie 21,5 0 % 0 %",
        "▶ Fonctionnalité 21,3 0 % 0 %",
    ]
    assert texts[1] == "▶ Achats 12,9 48,5 % 9 %"


def test_what_is_no_merged_value_is_left() -> None:
    page = _page(rects=[])
    assert with_merged_values(page) is page
    # a badge: one box alone beside the rows, one number in it
    page = _page(rects=[(498.0, 76.0, 602.0, 112.0)])
    assert with_merged_values(page) is page
    # a cell holding text beside its value
    page = _page(extra=[_w(630, 84, "env.")])
    texts = _texts(with_merged_values(page))
    assert texts[2] == "▶ Écoconception 25 0 %"  # the « % Réalisé » cell's value only
    assert "env. 0 %" in texts  # the other left where it is printed


def test_read_through_the_referential_reader() -> None:
    from sources.cot.referential import _parse_tables

    tables, _ = _parse_tables([_page()])
    rows = [r for t in tables for r in t.rows]
    done = [r.cells.get("pct_done", "").replace(" ", "") for r in rows]
    assert done == ["48,5%", "0%", "0%", "0%"]
    programmed = [r.cells.get("pct_programmed", "").replace(" ", "") for r in rows]
    assert programmed == ["9%", "0%", "0%", "0%"]


def test_a_row_whose_label_wraps_is_no_merged_cell() -> None:
    """A tall row (its label on two lines), every column's cell as tall, a bar's 4 pt track
    in one: the value stays on its row, no copy on the label's second line."""
    words = [
        *HEADER,
        _w(18, 66, "▼"), _w(30, 66, "Définition"), _w(479, 66, "77,1"),
        _w(574, 66, "14,3"), _w(600, 66, "%"),
        _w(30, 78, "inscri..."),
        _w(18, 90, "▶"), _w(30, 90, "Définir"), _w(479, 90, "21,1"),
        _w(574, 90, "29,6"), _w(600, 90, "%"),
    ]  # fmt: skip
    cells = [(x0, 64.0, x0 + 104, 88.0) for x0 in (14.0, 394.0, 498.0)]
    cells += [(x0, 88.0, x0 + 104, 100.0) for x0 in (14.0, 394.0, 498.0)]
    cells += [(x0, 52.0, x0 + 104, 64.0) for x0 in (14.0, 394.0, 498.0)]
    cells += [(322.0, 68.0, 386.0, 72.0), (322.0, 80.0, 386.0, 84.0)]  # bar tracks
    page = _Page(8, 720.0, 405.0, words, _group_lines(words), cells)
    assert with_merged_values(page) is page
