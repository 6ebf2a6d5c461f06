"""THE NIL SIGN « - » (INSEE's « signe conventionnel »: a result of zero printed as a dash, the
convention stated under the table): on a slide stating it, a lone dash in a table's row reads
« 0 » (sources.cot.nil_sign); a slide stating nothing keeps its dashes, a dash opening a line
of text stays."""

from __future__ import annotations

from sources.cot.nil_sign import with_nil_zeros
from sources.cot.pages import _Page, _Word


def _word(x: float, top: float, text: str) -> _Word:
    return _Word(text, x, x + 5.0 * len(text), top, top + 8.0, 8.0, False)


def _page(note: str | None) -> _Page:
    rows = [
        [_word(20, 100, "Gouvernance"), _word(400, 100, "24,4"), _word(480, 100, "6,3 %"),
         _word(560, 100, "-")],
        [_word(20, 112, "-"), _word(30, 112, "une"), _word(60, 112, "liste")],
    ]  # fmt: skip
    if note:
        rows.append([_word(20, 300, w) for w in note.split()])
    words = [w for line in rows for w in line]
    return _Page(7, 720.0, 405.0, words, rows, [])


def test_a_dash_reads_zero_where_the_convention_is_stated() -> None:
    page = with_nil_zeros(_page("Signe conventionnel utilisé : - Résultat nul"))
    assert [w.text for w in page.lines[0]] == ["Gouvernance", "24,4", "6,3 %", "0"]
    assert [w.text for w in page.lines[1]] == ["-", "une", "liste"]  # no row of numbers
    assert page.words[3].text == "0"


def test_a_dash_stays_where_nothing_is_stated() -> None:
    for note in (None, "Source : ADEME - données 2024"):
        page = _page(note)
        assert with_nil_zeros(page) is page
