"""Sheets printed as a booklet (sources.pdf.booklet, sources.pdf.imposed): a brochure's sides
hold ``n | 1, 2 | n − 1, n − 2 | 3 …``, the page count padded with blank pages to a multiple
of four; the pages are read in booklet order. Synthetic sheets (hand-placed runs, as in
test_imposed_sheets) and the ``plan_docx_agrafe`` fixture (Writer's « Brochure » print of a
21-page document: 12 sides, pages 22–24 blank)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sources.pdf.booklet import booklet_order, booklet_pages
from sources.pdf.imposed import Box, Imposition, imposition, reduction, settle
from sources.pdf.running import _running_key

W, H = 842.0, 595.0
HEAD = "PCAET Grand Auch — Programme d'actions"
FIXTURE = Path(__file__).parents[2] / "fixtures" / "producers" / "plan_docx_agrafe.pdf"


def _run(x0: float, top: float, text: str | None = None) -> tuple[Box, str | None]:
    return (x0, top, x0 + 150.0, top + 7.0), text


def _column(x0: float) -> list[tuple[Box, str | None]]:
    return [_run(x0, 80.0 + 12 * n) for n in range(30)]


def _impose(runs: list[tuple[Box, str | None]]) -> Imposition | None:
    return imposition(W, H, runs, lambda: [], _running_key)


def _sheet(inked: tuple[bool, ...]) -> Imposition:
    boxes = ((0.0, 0.0, W / 2, H), (W / 2, 0.0, W, H))[: len(inked)]
    return Imposition(boxes, reduction(W, H), (W, H), (), 40.0, inked)


def test_booklet_pages_stand_outer_and_inner_side_by_side() -> None:
    # 8 pages on 4 sides: 8 | 1, 2 | 7, 6 | 3, 4 | 5
    assert booklet_pages(4) == [(0, 1), (1, 0), (2, 1), (3, 0), (3, 1), (2, 0), (1, 1), (0, 0)]


def test_a_padding_blank_page_beside_a_page_is_a_sheet_of_two_pages() -> None:
    """A booklet's outer side holds its padding blank page at left and page 1 at right: set
    as two pages, the left one blank, its margin the right page's own."""
    sheet = _impose([_run(461.3, 25.1, HEAD), *_column(461.3)])
    assert sheet is not None and len(sheet.boxes) == 2
    assert sheet.inked == (False, True) and sheet.margin == pytest.approx(40.3)
    assert _impose(_column(425.0)) is None  # ink against the middle: no page margin there
    sizes: list[tuple[float, float] | None] = [(W, H)] * 3
    full = _impose(
        [_run(40.3, 25.1, HEAD), _run(461.3, 25.1, HEAD), *_column(40.3), *_column(461.3)]
    )
    assert full is not None and full.furniture
    assert all(s is not None for s in settle([sheet, full, full], sizes))


def test_sheets_with_the_last_pages_blank_are_read_in_booklet_order() -> None:
    # 21 pages on 12 sides: pages 24, 23, 22 blank (side 1 left, side 2 right, side 3 left)
    sides = [_sheet((False, True)), _sheet((True,)), _sheet((False, True))]
    sides += [_sheet((True, True))] * 9
    order = booklet_order(sides)
    assert order is not None and order == booklet_pages(12)
    assert order[:4] == [(0, 1), (1, 0), (2, 1), (3, 0)] and order[-1] == (0, 0)
    # page 13 (its middle side's right half) comes right after page 12 (its left half)
    assert order[11:13] == [(11, 0), (11, 1)]


def test_sheets_set_otherwise_keep_their_reading_order() -> None:
    full = _sheet((True, True))
    assert booklet_order([full] * 4) is None  # no padding to tell it by
    assert booklet_order([full] * 3 + [_sheet((True,))]) is None  # an odd last page: 2-up
    assert booklet_order([full] * 2 + [_sheet((True, False))]) is None  # an odd sheet count
    # a blank page inside the document (side 2's left is page 2 of 8 pages), not at its end
    assert booklet_order([full, _sheet((False, True)), full, full]) is None
    assert booklet_order([full, None, full, full]) is None


def test_the_brochure_fixture_is_read_in_booklet_order() -> None:
    from sources.pdf.opening import read_pdf_text
    from sources.pdf.running import EdgeTexts

    edges = EdgeTexts()
    read_pdf_text(FIXTURE.read_bytes(), on_page=edges.add)
    assert all(sheet is not None for sheet in edges.imposed)
    assert edges.booklet == booklet_pages(12)
