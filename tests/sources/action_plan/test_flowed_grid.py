"""Steps laid out as a grid of boxes flowing four a row (sources.action_plan.flowed_grid: a
page builder's auto-fill grid printed narrower than the editor's screen). Lines are built by
hand: six labels then each step's six values, four boxes a row; a row cut by a page break,
a row ending a page, and lines that open no such grid are checked."""

from __future__ import annotations

from dataclasses import replace

from sources.action_plan.flowed_grid import FlowedGrid
from sources.pdf.content import Line
from tests.sources.pdf.hand_lines import hand_line

X = (48.0, 177.0, 306.0, 436.0)


def _line(top: float, *cells: str, page: int = 1) -> Line:
    words = [(X[i], X[i] + 4.5 * len(t), t) for i, t in enumerate(cells) if t]
    return replace(hand_line(top, *words, size=8.5, bold=False), page=page)


HEAD = _line(100.0, "Etape", "Descriptif", "Planification", "Ressources à mobiliser")
GRID = [
    _line(122.5, "Porteur", "Partenaires envisagés", "Lancer une phase", "Les actions"),
    _line(131.5, "", "", "test", "à développer"),
    _line(154.0, "2019", "18000", "GACdG", "Chambre du"),
    _line(163.0, "", "", "", "Commerce"),
    _line(185.5, "Définir une stratégie", "Sur la base", "2019", "interne"),
    _line(208.0, "GACdG", ""),
]


def _rows(pages: list[list[Line]]) -> list[dict[str, str | None]]:
    grid = FlowedGrid()
    out = []
    for number, lines in enumerate(pages, start=1):
        left, _, blocks = grid(lines, [], number)
        assert all(ln.page == number for ln in left)
        out += [dict(r.cells) for b in blocks for r in b.rows]
    out += [dict(r.cells) for b in grid.flush(len(pages)) for r in b.rows]
    return out


def test_flowed_boxes_read_as_steps() -> None:
    rows = _rows([[HEAD, *GRID]])
    assert [r["step"] for r in rows] == ["Lancer une phase test", "Définir une stratégie"]
    assert rows[0]["description"] == "Les actions à développer"
    assert [r["planning"] for r in rows] == ["2019", "2019"]
    assert [r["budget"] for r in rows] == ["18000", "interne"]
    assert [r["owner"] for r in rows] == ["GACdG", "GACdG"]
    assert [r["partners"] for r in rows] == ["Chambre du Commerce", ""]


def test_a_row_cut_by_the_page_goes_on_at_the_next_top() -> None:
    # the page ends inside the partners box of the first step; the next page goes on at its
    # topmost place (43.5), the new row's boxes lower (by their border and padding)
    first = [
        _line(43.5, "FICHE 1.1.1"),
        HEAD,
        *GRID[:2],
        _line(154.0, "2019", "18000", "GACdG", "Chambre du"),
    ]
    second = [
        _line(43.5, "", "", "", "Commerce", page=2),
        _line(66.0, "Définir une stratégie", "Sur la base", "2019", "interne", page=2),
        _line(88.5, "GACdG", "", page=2),
    ]
    rows = _rows([first, second])
    assert [r["partners"] for r in rows] == ["Chambre du Commerce", ""]
    assert [r["step"] for r in rows] == ["Lancer une phase test", "Définir une stratégie"]


def test_a_row_ending_a_page_is_no_cut_row() -> None:
    # the next page opens on a new row (its boxes' text lower than the page's topmost line)
    first = [_line(43.5, "FICHE 1.1.1"), HEAD, *GRID[:4]]
    second = [
        _line(47.3, "Définir une stratégie", "Sur la base", "2019", "interne", page=2),
        _line(69.8, "GACdG", "", page=2),
    ]
    rows = _rows([first, second])
    assert [r["step"] for r in rows] == ["Lancer une phase test", "Définir une stratégie"]
    assert rows[0]["partners"] == "Chambre du Commerce"
    assert rows[1]["budget"] == "interne"


def test_a_whole_header_or_plain_lines_open_no_grid() -> None:
    whole = _line(100.0, "Etape", "Planification", "Porteur", "Partenaires envisagés")
    rows = [_line(122.5, "Lancer", "2019", "GACdG", "ADEME")]
    assert _rows([[whole, *rows]]) == []
    # a four-label header whose next line opens with no label: an ordinary table's lines
    assert _rows([[HEAD, _line(122.5, "Lancer", "Les actions", "2019", "interne")]]) == []
