"""Diagonal watermarks (:mod:`sources.pdf.watermark`): light, large letters turned an angle
and crossing the page are set aside by both engines before lines and tables are built; a
turned stamp that does not cross the page, dark turned text and quarter-turned labels stay."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from sources.pdf.engine import ENGINE_ENV, iter_plumber_pages
from sources.pdf.pdfium_page import PdfiumPage
from sources.pdf.watermark import crosses_page, is_angled, is_candidate, lightness

ROWS = [("Urbanisme", "15,9"), ("Mobilité", "41,1"), ("Patrimoine", "50,7")]


def _page(
    mark: str | None = "DOCUMENT DE TRAVAIL",
    angle: float = 30,
    grey: float = 0.75,
    size: float = 40,
    at: tuple[float, float] = (120, 300),
) -> bytes:
    """A small ruled table of three rows, then ``mark`` drawn OVER it (last, as LibreOffice's
    export watermark), turned ``angle`` degrees, in ``grey``."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    c.setFont("Helvetica", 10)
    for i, (label, value) in enumerate(ROWS):
        y = 480 - 30 * i
        c.drawString(80, y, label)
        c.drawString(400, y, value)
        c.line(70, y - 10, 500, y - 10)
    if mark:
        c.saveState()
        c.setFillGray(grey)
        c.setFont("Helvetica", size)
        c.translate(*at)
        c.rotate(angle)
        c.drawString(0, 0, mark)
        c.restoreState()
    c.showPage()
    c.save()
    return buf.getvalue()


def _read(data: bytes) -> tuple[bool, str, str]:
    """(read by PDFium?, the page's characters joined, its text by lines)."""
    pages = iter_plumber_pages(data)
    try:
        page = next(pages)
        chars = "".join(c["text"] for c in page.chars)
        text = page.extract_text()
        by_pdfium = isinstance(page, PdfiumPage)
        page.close()
    finally:
        pages.close()
    return by_pdfium, chars, text


@pytest.fixture(params=["pdfium", "pdfplumber"])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv(ENGINE_ENV, request.param)
    return str(request.param)


def test_watermark_over_a_table_set_aside(engine: str) -> None:
    """The watermark's letters are gone; the rows read as without it, by PDFium itself."""
    by_pdfium, chars, text = _read(_page())
    assert "DOCUMENT" not in chars.replace(" ", "") and "TRAVAIL" not in chars
    assert text == _read(_page(mark=None))[2]
    assert [line.split() for line in text.splitlines()] == [[label, value] for label, value in ROWS]
    assert by_pdfium == (engine == "pdfium")


def test_table_cells_and_words_as_without_the_watermark(engine: str) -> None:
    """The ruled rows' words and the page's table cells are those of the page without it."""

    def read(data: bytes) -> tuple[list[str], list[list[list[str | None]]]]:
        pages = iter_plumber_pages(data)
        try:
            page = next(pages)
            words = [w["text"] for w in page.extract_words()]
            tables = [t.extract() for t in page.find_tables({"vertical_strategy": "text"})]
            page.close()
        finally:
            pages.close()
        return words, tables

    assert read(_page()) == read(_page(mark=None))


@pytest.mark.parametrize("angle", [30, 45, -30, 150])
def test_any_diagonal_angle(engine: str, angle: float) -> None:
    at = (120, 300) if angle in (30, 45) else (120, 600) if angle == -30 else (480, 300)
    _, chars, _ = _read(_page(angle=angle, at=at))
    assert "TRAVAIL" not in chars


def test_dark_turned_text_stays(engine: str) -> None:
    """Dark text turned an angle is content (a slanted title), not a watermark."""
    by_pdfium, chars, _ = _read(_page(grey=0.1))
    assert "TRAVAIL" in chars.replace(" ", "") or "LIAVART" in chars.replace(" ", "")
    assert not by_pdfium  # turned text still goes to pdfplumber


def test_small_stamp_not_crossing_the_page_stays(engine: str) -> None:
    """A short light turned stamp near a corner does not cross the page: kept as text."""
    _, chars, _ = _read(_page(mark="VU", size=24, at=(480, 700)))
    assert "V" in chars and "U" in chars


def test_small_letters_stay(engine: str) -> None:
    """Light turned text in body size is not a watermark (a slanted axis label)."""
    _, chars, _ = _read(_page(size=10))
    assert "T" in chars and "L" in chars


def test_quarter_turn_is_not_angled() -> None:
    assert not is_angled(1.0, 0.0)
    assert not is_angled(0.0, 1.0)
    assert not is_angled(0.0, -1.0)
    assert not is_angled(-1.0, 0.0)
    assert is_angled(0.866, 0.5)
    assert is_angled(0.866, -0.5)
    assert not is_angled(0.0, 0.0)


def test_lightness_of_colour_spaces() -> None:
    assert lightness((0.75,)) == pytest.approx(0.75)
    assert lightness(0.75) == pytest.approx(0.75)
    assert lightness((1.0, 1.0, 1.0)) == pytest.approx(1.0)
    assert lightness((0.0, 0.0, 0.0, 0.25)) == pytest.approx(0.75)
    assert lightness(None) is None
    assert lightness(("P0",)) is None
    assert not is_candidate(0.866, 0.5, 40, None)
    assert is_candidate(0.866, 0.5, 40, (0.75, 0.75, 0.75))


def test_crossing_needs_a_third_of_the_page() -> None:
    assert crosses_page([(100, 100), (400, 300)], 720, 405)
    assert not crosses_page([(100, 100), (150, 150)], 720, 405)
    assert not crosses_page([(100, 100)], 720, 405)
