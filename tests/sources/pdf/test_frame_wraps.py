"""A Writer TEXT FRAME at the right with the fields wrapped at its left (sources.pdf.float_wraps,
:func:`~sources.pdf.float_wraps._frames`), on the ``plan_odt_jouxte`` fixture's pages: the
frame read as a unit, then the text at its left, then under it; a frame pushed over a page
break from its anchor on the page before read after the text at its left and the text running
on under it. Negative cases: a grid's column of shaded cells, a ruled table beside a fields
table (other fixtures), neither read as a frame."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest

from sources.pdf.float_wraps import float_wrap_regions

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "producers"


def _regions(name: str, index: int) -> tuple[Any, list[tuple[float, float, float, float]] | None]:
    pdf = pdfplumber.open(FIXTURES / f"{name}.pdf")
    page = pdf.pages[index]
    return page, float_wrap_regions(page)


def _text(page: Any, box: tuple[float, float, float, float]) -> str:
    x0, top, x1, bottom = box
    chars = [
        c
        for c in page.chars
        if c["text"].strip()
        and x0 <= (c["x0"] + c["x1"]) / 2 < x1
        and top <= (c["top"] + c["bottom"]) / 2 < bottom
    ]
    return "".join(c["text"] for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])))


def test_a_frame_anchored_on_the_page_then_the_text_at_its_left() -> None:
    """Page 4 (index 3), the second fiche's frame level with its « Contexte » label: above
    it, the frame (the heading and the steps table), the fields at its left, under it."""
    page, regions = _regions("plan_odt_jouxte", 3)
    assert regions is not None
    *_, above, frame, beside, below = regions
    assert frame[1] == pytest.approx(541.75, abs=0.5)  # the frame's top edge, less 1 pt
    assert frame[3] == pytest.approx(739.95, abs=0.5)  # its bottom edge, plus 1 pt
    assert 216.0 < frame[0] < 226.75 and frame[2] == page.width  # right of the gutter
    assert beside == (0.0, frame[1], frame[0], frame[3])
    assert above[3] == frame[1] and below[1] == frame[3]
    assert _text(page, frame).startswith("Modalitésdemiseenoeuvre")
    assert _text(page, beside).startswith("ContexteBienquenereprésentant")
    assert "Modalités" not in _text(page, beside)


def test_a_frame_pushed_from_the_page_before_after_the_text_running_on() -> None:
    """Page 2 (index 1): the frame's anchor label at the page before's foot, its top edge
    above the text at its left (through the running header's line): the text at its left,
    then the « Liens » value running on under it, then the frame, then the next fiche."""
    page, regions = _regions("plan_odt_jouxte", 1)
    assert regions is not None
    header, beside, under, frame, rest = regions
    assert header == (0.0, 0.0, page.width, beside[1])
    assert beside[1] == frame[1] == pytest.approx(49.95, abs=0.5)
    assert beside[2] == frame[0] and beside[3] == frame[3] == under[1]
    assert under[3] == rest[1] == pytest.approx(491.6, abs=1.0)  # the « Liens » value's foot
    assert _text(page, beside).startswith("L'agglomérationmèneuneopération")
    assert _text(page, under).startswith("Priseencomptedel'EESLiensavec")
    assert _text(page, under).endswith("Qualitédel'airAdaptation")  # the « Liens » value

    assert _text(page, rest).startswith("FICHE1.1.2")


@pytest.mark.parametrize(
    ("name", "index"),
    [
        ("plan_html_sidebar", 2),  # a steps table's shaded columns, one cell on another
        ("plan_docx_sidebyside", 1),  # a ruled steps table beside a shaded fields table
    ],
)
def test_a_grids_cells_are_no_frame(name: str, index: int) -> None:
    assert _regions(name, index)[1] is None
