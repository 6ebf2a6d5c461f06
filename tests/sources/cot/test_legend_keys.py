"""PICTOGRAM HEADERS (sources.cot.legend_keys): a progress table's number columns headed by
« ⚑ », « ✔ », « ◔ » alone, named only in a legend line under the table; the header's
pictograms read as the legend's words, so the table is found; markers no legend names, a
line holding one pictogram, and a page without a legend stay as printed. Words by hand, then
a whole table read through the referential reader."""

from __future__ import annotations

from sources.cot.legend_keys import with_legend_keys
from sources.cot.pages import _Page, _Word


def _word(x: float, top: float, text: str) -> _Word:
    return _Word(text, x, x + 5.0 * len(text), top, top + 8.0, 8.0, False)


def _line(top: float, *cells: tuple[float, str]) -> list[_Word]:
    return [_word(x, top, t) for x, t in cells]


HEADER = _line(52, (20, "Les"), (40, "actions"), (466, "⚑"), (580, "✔"), (694, "◔"))
ROWS = [
    _line(67, (18, "▼"), (30, "Planification"), (90, "territoriale"), (466, "58,7"), (575, "27 %"),
          (690, "16,4 %")),
    _line(78, (27, "▶"), (40, "Urbanisme"), (466, "15,9"), (575, "22,2 %"), (690, "12,4 %")),
]  # fmt: skip
LEGEND = _line(
    300, (30, "⚑"), (40, "Points"), (75, "restants"), (140, "✔"), (150, "%"), (160, "Réalisé"),
    (230, "◔"), (240, "%"), (250, "Programmé"),
)  # fmt: skip


def _page(*lines: list[_Word]) -> _Page:
    return _Page(7, 720.0, 405.0, [w for line in lines for w in line], list(lines), [])


def test_the_header_pictograms_read_as_their_legend_words() -> None:
    page = with_legend_keys(_page(HEADER, *ROWS, LEGEND))
    assert [w.text for w in page.lines[0]] == ["Les", "actions", "restants", "Réalisé", "Programmé"]
    assert [w.x0 for w in page.lines[0]] == [w.x0 for w in HEADER]  # in the pictograms' place
    assert [w.text for w in page.lines[1]][:1] == ["▼"]  # a row's marker stays
    assert [w.text for w in page.lines[3]] == [w.text for w in LEGEND]  # the legend stays


def test_no_legend_no_change() -> None:
    page = _page(HEADER, *ROWS)
    assert with_legend_keys(page) is page
    # a legend naming one column only is no legend of the table
    short = _line(300, (30, "⚑"), (40, "Points"), (75, "restants"))
    page = _page(HEADER, *ROWS, short)
    assert with_legend_keys(page) is page
    # a legend whose entries name nothing of a progress table (a map's key)
    key = _line(300, (30, "★"), (40, "Lauréat"), (140, "◆"), (150, "Candidat"))
    page = _page(HEADER, *ROWS, key)
    assert with_legend_keys(page) is page


def test_the_table_is_read_through_the_referential_reader() -> None:
    from sources.cot.referential import _parse_tables

    tables, _ = _parse_tables([_page(HEADER, *ROWS, LEGEND)])
    # (the legend line names the three columns too: a header over no row, nothing read)
    assert [len(t.rows) for t in tables] == [2, 0]
    assert set(tables[0].cols.centres) == {"points_remaining", "pct_done", "pct_programmed"}
    tables, _ = _parse_tables([_page(HEADER, *ROWS)])
    assert [len(t.rows) for t in tables] == []  # without the legend: no table
