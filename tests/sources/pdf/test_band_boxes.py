"""A framed box in the page's top band on every page (plan_docx_notaire's « Accusé de
réception en préfecture » stamp, level with the running header): page furniture, its words
and frame set aside before the page's lines are built (sources.pdf.band_boxes)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from sources.pdf.band_boxes import band_box_objects, band_boxes, without_band_boxes
from sources.pdf.lines import _words, words_to_lines
from sources.pdf.running import running_texts

PRODUCERS = Path(__file__).resolve().parents[2] / "fixtures" / "producers"
NOTAIRE = PRODUCERS / "plan_docx_notaire.pdf"


class _Shapes:
    """A page of shapes only (band_boxes reads nothing else)."""

    def __init__(self, rects: list[dict[str, Any]]) -> None:
        self.width, self.height = 595.3, 841.9
        self.rects, self.curves, self.lines = rects, [], []


def _rect(x0: float, top: float, x1: float, bottom: float, stroke: bool = True) -> dict[str, Any]:
    return {"x0": x0, "top": top, "x1": x1, "bottom": bottom, "stroke": stroke, "fill": False}


def test_a_lone_stroked_box_in_the_top_band_is_a_band_box() -> None:
    page = _Shapes([_rect(379.9, 14.2, 567.0, 70.9), _rect(51.3, 72.0, 533.0, 93.2)])
    assert band_boxes(page) == [(379.9, 14.2, 567.0, 70.9)]  # the table's cell 1.1 pt under


def test_boxes_joined_to_others_or_reaching_the_body_are_not() -> None:
    cells = [_rect(51.3, 30.0, 131.6, 60.0), _rect(131.6, 30.0, 211.9, 60.0)]  # a header row
    body = [_rect(379.9, 14.2, 567.0, 90.0)]  # down past the band (75.8 pt)
    unstroked = [_rect(379.9, 14.2, 567.0, 70.9, stroke=False)]  # a fill, no outline
    for rects in (cells, body, unstroked):
        assert band_boxes(_Shapes(rects)) == []


@pytest.fixture(scope="module")
def running() -> set[str]:
    return running_texts(NOTAIRE.read_bytes())


def test_the_receipt_stamp_is_set_aside_and_the_running_header_left_alone(
    running: set[str],
) -> None:
    with pdfplumber.open(NOTAIRE) as pdf:
        page = pdf.pages[2]
        before = words_to_lines(_words(page), 3)
        header = next(ln for ln in before if abs(ln.top - 35.5) < 1)
        assert [s.text for s in header.segments] == [
            "PCAET Grand Auch Cœur de Gascogne — Programme d'actions",
            "Date de télétransmission : 16/03/2022",
        ]
        drop = band_box_objects(page, running)
        stamp = [c for c in page.chars if id(c) in drop]
        assert len([c for c in stamp if c["text"].strip()]) == 135  # the stamp's four lines
        assert {round(float(c["x0"]), 1) for c in stamp} >= {384.2}
        assert all(float(c["x0"]) >= 379.9 and float(c["bottom"]) <= 70.9 for c in stamp)
        assert sum(1 for c in page.curves if id(c) in drop) == 2  # its fill and outline
        view = without_band_boxes(page, running)
        after = words_to_lines(_words(view), 3)
        tops = [round(ln.top, 1) for ln in after if ln.top < 71.0]
        assert tops == [35.5]  # the running header alone, on its line
        assert [s.text for s in after[0].segments] == [
            "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"
        ]
        assert round(after[1].top, 1) == 72.0  # the steps header row under it kept


def test_a_box_whose_text_does_not_run_stays(running: set[str]) -> None:
    # the identifier line not seen on most pages: the box may hold the page's own text
    with pdfplumber.open(NOTAIRE) as pdf:
        page = pdf.pages[2]
        assert band_box_objects(page, {k for k in running if "del" not in k}) == set()
