"""Pages laid out for recto-verso printing: the page number in the outer margin, the text
block shifted sideways from one page to the next (plan_docx_mirror reads whole with them)."""

from __future__ import annotations

from typing import Any

from sources.pdf.block_shift import BlockShift, block_left
from sources.pdf.side_folios import side_folio
from sources.pdf.table_shift import continuation_shift
from tests.sources.pdf.hand_lines import hand_line

WIDTH, HEIGHT = 595.3, 841.9


def _word(x0: float, top: float, text: str, width: float = 30.0) -> dict[str, Any]:
    return {"x0": x0, "x1": x0 + width, "top": top, "bottom": top + 9.0, "text": text}


def _body(left: float) -> list[dict[str, Any]]:
    """A text block 453 pt wide from ``left``: labels, values and a steps row."""
    words = []
    for k in range(12):
        top = 120.0 + 14.0 * k
        words += [_word(left, top, "Contexte"), _word(left + 113, top, "valeur", 340.0)]
    return words


def test_page_number_in_the_outer_margin_is_furniture() -> None:
    odd = [*_body(99.0), _word(572.0, 415.0, "3", 5.0)]
    assert {odd[i]["text"] for i in side_folio(odd, 3, WIDTH, HEIGHT)} == {"3"}
    even = [*_body(43.0), _word(16.0, 415.0, "10", 10.0)]
    assert {even[i]["text"] for i in side_folio(even, 10, WIDTH, HEIGHT)} == {"10"}
    worded = [*_body(43.0), _word(10.0, 415.0, "Page", 18.0), _word(30.0, 415.0, "4", 5.0)]
    assert len(side_folio(worded, 4, WIDTH, HEIGHT)) == 2


def test_numbers_that_are_no_side_folio_stay() -> None:
    # not the page's number (a figure in the margin, a step count)
    assert side_folio([*_body(99.0), _word(572.0, 415.0, "42", 10.0)], 3, WIDTH, HEIGHT) == set()
    # a footer's folio is read with the footer (bottom band), never here
    assert side_folio([*_body(99.0), _word(572.0, 800.0, "3", 5.0)], 3, WIDTH, HEIGHT) == set()
    # a « N° » column: numbers on several lines, sharing the block's edge
    numbered = [*_body(60.0)] + [_word(20.0, 120.0 + 14.0 * k, str(k + 1), 5.0) for k in range(3)]
    assert side_folio(numbered, 1, WIDTH, HEIGHT) == set()
    # no gap between the number and the text block: a word of the body
    assert side_folio([*_body(43.0), _word(36.0, 415.0, "2", 5.0)], 2, WIDTH, HEIGHT) == set()


# the steps table of the page before: Etape / Descriptif / Planification / Ressources /
# Porteur / Partenaires, its text block from x = 99
BOUNDS = [91.0, 180.0, 340.0, 395.0, 452.0, 503.0, 560.0]


def _rest(dx: float) -> list[Any]:
    """A table's rest at the next page's top, set ``dx`` aside: a description's last line,
    then a whole row."""
    return [
        hand_line(57.0, (186.0 + dx, 300.0 + dx, "protocole d'actualisation"), bold=False),
        hand_line(
            70.0,
            (99.0 + dx, 170.0 + dx, "Actualiser les"),
            (186.0 + dx, 330.0 + dx, "Mettre à jour des données"),
            (346.0 + dx, 385.0 + dx, "2021 et +"),
            (401.0 + dx, 430.0 + dx, "interne"),
            (458.0 + dx, 490.0 + dx, "GACdG"),
            bold=False,
        ),
        hand_line(82.0, (99.0 + dx, 140.0 + dx, "données"), bold=False),
    ]


def test_a_table_going_on_two_centimetres_aside_follows_its_columns() -> None:
    shift = continuation_shift(_rest(-56.7), BOUNDS)
    assert -60.0 <= shift <= -50.0
    shifted = [b + shift for b in BOUNDS]
    segments = [seg for line in _rest(-56.7) for seg in line.segments]
    assert all(
        any(a - 1 <= seg.x0 and seg.x1 <= b + 1 for a, b in zip(shifted, shifted[1:], strict=False))
        for seg in segments
    )


def test_a_table_going_on_in_place_keeps_its_bounds() -> None:
    assert continuation_shift(_rest(0.0), BOUNDS) == 0.0
    assert continuation_shift(_rest(0.0)[:1], BOUNDS) == 0.0  # too few segments to tell


def test_text_block_shift_from_page_to_page() -> None:
    def page(left: float) -> list[Any]:
        return [hand_line(100.0 + 12 * k, (left, left + 200.0, "texte")) for k in range(4)]

    assert block_left(page(99.0)) == 99.0
    assert block_left(page(99.0)[:2]) is None  # two lines tell no edge
    shift = BlockShift()
    assert shift(page(99.0)) == 0.0  # the first page: nothing before it
    assert shift(page(43.0)) == -56.0
    assert shift(page(99.0)) == 56.0
    assert shift(page(101.0)) == 0.0  # a scanner's feed: within a cell's padding
