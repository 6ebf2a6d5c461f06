"""A line printed across a sheet's top edge (a fax's transmission line) over a landscape page
turned a quarter turn on the sheet (sources.ocr_sheet_line): found and painted as paper on
hand-drawn sheets; the page's own print near the edge, a rule, a lone mark, a line touching
the print under it are left alone."""

from __future__ import annotations

from PIL import Image, ImageDraw

from sources.ocr_sheet_line import clear_edge_lines, edge_line_bands

_DPI = 200
_PPP = 72.0 / _DPI  # points per pixel
_MM = _DPI / 25.4


def _sheet(
    edge_line: bool = True, line_mm: float = 3.0, print_from_mm: float = 12.0
) -> Image.Image:
    """A portrait sheet: a turned page's text as vertical strokes (columns of letters) from
    ``print_from_mm`` down; over the top, when asked, a line of 40 small letter blocks from
    ``line_mm`` (2.5 mm tall)."""
    image = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(image)
    top = round(print_from_mm * _MM)
    for x in range(200, 1400, 30):  # the page's lines, run down the sheet
        draw.rectangle((x, top, x + 12, top + 900), fill=0)
    if edge_line:
        y = round(line_mm * _MM)
        for n in range(40):
            x = 64 + n * 28
            draw.rectangle((x, y, x + 14, y + round(2.5 * _MM)), fill=0)
    return image


def test_a_line_of_letters_over_the_sheets_top_is_found_and_painted_as_paper() -> None:
    sheet = _sheet()
    bands = edge_line_bands(sheet, _PPP)
    assert len(bands) == 1
    start, stop = bands[0]
    assert abs(start - round(3.0 * _MM)) <= 1 and abs(stop - round(5.5 * _MM)) <= 2
    cleared, n = clear_edge_lines(sheet, _PPP)
    assert n == 1
    assert min(cleared.crop((0, 0, sheet.width, round(8 * _MM))).getdata()) == 255
    # the page's print under it untouched
    assert list(cleared.crop((0, round(12 * _MM), 1654, 2339)).getdata()) == list(
        sheet.crop((0, round(12 * _MM), 1654, 2339)).getdata()
    )


def test_the_same_line_at_the_sheets_foot_is_found_too() -> None:
    sheet = _sheet().transpose(Image.Transpose.ROTATE_180)
    ((start, stop),) = edge_line_bands(sheet, _PPP)
    assert stop > sheet.height - round(6 * _MM)


def test_a_sheet_without_edge_line_is_left_as_it_is() -> None:
    sheet = _sheet(edge_line=False)
    assert edge_line_bands(sheet, _PPP) == []
    cleared, n = clear_edge_lines(sheet, _PPP)
    assert n == 0 and cleared is sheet


def test_print_starting_at_the_edge_is_no_edge_line() -> None:
    """The page's own lines running up to the sheet's edge: no band set off by a gap."""
    assert edge_line_bands(_sheet(edge_line=False, print_from_mm=2.0), _PPP) == []


def test_a_line_touching_the_print_under_it_is_kept() -> None:
    """No blank gap between the line and the page's print: it may be the page's own."""
    assert edge_line_bands(_sheet(line_mm=8.0, print_from_mm=10.6), _PPP) == []


def test_a_rule_or_a_lone_mark_over_the_top_is_no_line_of_type() -> None:
    sheet = _sheet(edge_line=False)
    draw = ImageDraw.Draw(sheet)
    draw.rectangle((64, 30, 1500, 34), fill=0)  # a rule: one piece
    assert edge_line_bands(sheet, _PPP) == []
    sheet = _sheet(edge_line=False)
    ImageDraw.Draw(sheet).ellipse((100, 20, 140, 60), fill=0)  # a hole's shadow, a blot
    assert edge_line_bands(sheet, _PPP) == []
