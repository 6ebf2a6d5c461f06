"""CARDS SIDE BY SIDE (plan_html_mosaique: a CSS grid of two columns, one card a fiche): a
row of boxes with the same top and bottom, an ink-free gutter between them, some card ruled
by its own table, is read card by card, the left one first; a row cut by the page break is
read column by column over the pages (sources.pdf.card_columns). Negatives: boxes whose
gutter is crossed, cards without a table of their own (steps set as cards), boxes not level.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber

from sources.pdf.card_columns import CardColumns, card_regions, card_rows

_FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_html_mosaique.pdf"


def _char(x0: float, top: float, width: float = 60.0, text: str = "a") -> dict[str, Any]:
    return {"x0": x0, "x1": x0 + width, "top": top, "bottom": top + 9.0, "text": text, "size": 9.0}


def _box(x0: float, top: float, x1: float, bottom: float) -> dict[str, Any]:
    return {"x0": x0, "x1": x1, "top": top, "bottom": bottom}


@dataclass
class _Page:
    chars: list[dict[str, Any]]
    rects: list[dict[str, Any]] = field(default_factory=list)
    lines: list[dict[str, Any]] = field(default_factory=list)
    curves: list[dict[str, Any]] = field(default_factory=list)
    width: float = 842.0
    height: float = 595.0
    page_number: int = 1
    bbox: tuple[float, float, float, float] = (0.0, 0.0, 842.0, 595.0)

    @property
    def objects(self) -> dict[str, list[dict[str, Any]]]:
        return {"char": self.chars, "rect": self.rects, "line": self.lines, "curve": self.curves}


def _cards_page(top: float, bottom: float, prose: bool = True, text: str = "a") -> _Page:
    """Prose across the page (when ``prose``), then two cards (x 34 → 412, 429 → 808) from
    ``top`` to ``bottom``, each three lines and a table's three row rules."""
    chars = [_char(34.0, 50.0, 770.0, "p")] if prose else []
    rects = []
    for x0, x1, mark in ((34.0, 412.0, "L"), (429.0, 808.0, "R")):
        rects.append(_box(x0, top, x1, bottom))
        chars += [_char(x0 + 8.0, top + 10.0 + 14.0 * i, 300.0, mark + text) for i in range(3)]
        rects += [
            _box(x0 + 8.0, top + 22.0 + 14.0 * i, x1 - 8.0, top + 22.75 + 14.0 * i)
            for i in range(3)
        ]
    return _Page(chars=chars, rects=rects)


def test_two_level_boxes_with_a_clear_gutter_are_a_card_row() -> None:
    page = _cards_page(322.5, 561.7)
    rows = card_rows(page)
    assert rows == [[(34.0, 322.5, 412.0, 561.7), (429.0, 322.5, 808.0, 561.7)]]
    regions = card_regions(page, rows)
    assert regions == [
        ((0.0, 0.0, 842.0, 322.5), -1),
        ((0.0, 322.5, 420.5, 561.7), 0),
        ((420.5, 322.5, 842.0, 561.7), 1),
        ((0.0, 561.7, 842.0, 595.0), -1),
    ]


def test_a_crossed_gutter_no_table_or_unlevel_boxes_make_no_card_row() -> None:
    crossed = _cards_page(322.5, 561.7)
    crossed.chars.append(_char(380.0, 400.0, 80.0))  # a line running over the gutter
    assert card_rows(crossed) == []
    plain = _cards_page(322.5, 561.7)  # steps set as cards: no rule of their own
    plain.rects = [r for r in plain.rects if r["bottom"] - r["top"] > 2.0]
    assert card_rows(plain) == []
    unlevel = _cards_page(322.5, 561.7)
    unlevel.rects[4] = _box(429.0, 322.5, 808.0, 500.0)  # the right box shorter
    assert card_rows(unlevel) == []
    narrow = _cards_page(322.5, 561.7)
    for c in narrow.chars:  # cards 42 em of 9 pt wide, 10.5 em of 36 pt: no running text
        c["size"] = 36.0
    assert card_rows(narrow) == []


def _marks(jobs: list[Any]) -> list[tuple[str, int]]:
    return [("".join(sorted({c["text"] for c in job[0].chars})), job[1]) for job in jobs]


def test_a_row_cut_by_the_page_break_is_read_column_by_column_over_the_pages() -> None:
    cards = CardColumns()
    first = _cards_page(322.5, 561.7, text="1")
    second = _cards_page(33.7, 445.5, prose=False, text="2")
    second.chars.append(_char(34.0, 500.0, 770.0, "q"))  # prose under the row
    jobs = cards.jobs(first, (first, 1, "", 1), first, last=False)
    assert jobs is not None
    assert _marks(jobs) == [("p", 1), ("L1", 1)]  # the right card's part held
    assert cards.holds(first)
    jobs = cards.jobs(second, (second, 2, "", 2), second, last=False)
    assert jobs is not None
    assert _marks(jobs) == [("L2", 2), ("R1", 1), ("R2", 2), ("q", 2)]
    assert not cards.holds(first)


def test_a_row_not_going_on_gives_its_held_column_back_first() -> None:
    cards = CardColumns()
    first = _cards_page(322.5, 561.7, text="1")
    cards.jobs(first, (first, 1, "", 1), first, last=False)
    other = _Page(chars=[_char(34.0, 50.0, 770.0, "q")])  # no card row on the next page
    assert cards.jobs(other, (other, 2, "", 2), other, last=False) is None
    assert _marks(cards.flush()) == [("R1", 1)]
    last = _cards_page(322.5, 561.7, text="1")  # on the document's last page nothing held
    jobs = CardColumns().jobs(last, (last, 1, "", 1), last, last=True)
    assert jobs is not None and _marks(jobs) == [("p", 1), ("L1", 1), ("R1", 1)]


def test_the_fixtures_card_rows_are_its_grid_rows() -> None:
    with pdfplumber.open(_FIXTURE) as pdf:
        found = {
            page.page_number: [[round(b[0]) for b in row] + [round(row[0][1])] for row in rows]
            for page in pdf.pages
            if (rows := card_rows(page))
        }
    # two cards a row (x 33.7 and 429.0), 1.2.5 and 1.3.1 alone on page 7: no row there
    assert found == {
        1: [[34, 429, 322]],
        2: [[34, 429, 34], [34, 429, 460]],
        3: [[34, 429, 34]],
        4: [[34, 429, 123]],
        5: [[34, 429, 34], [34, 429, 175]],
        6: [[34, 429, 34]],
        8: [[34, 429, 352]],
        9: [[34, 429, 34]],
    }
