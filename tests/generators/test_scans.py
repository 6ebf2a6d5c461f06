"""The scan generator's effects, each checked on a small synthetic page: what the option does to
the pixels (and to the page sizes of the image-only PDF), so a held-out scan drawn with it is
what its description says."""

from __future__ import annotations

import io

import numpy as np
import pytest

from tests.generators.scans import (
    _app_document_filter,
    _app_watermark,
    _colour_fringe,
    _highlighter,
    _text_lines,
    scan_pdf,
)

DPI = 100  # 3.94 px per mm


def _text_page(mode: str = "L") -> object:
    """A 100 dpi page (80 × 100 mm) holding three « text lines » of dark glyph-like bars
    (3 mm high) and a table grid's long vertical rule down the page."""
    from PIL import Image, ImageDraw

    image = Image.new(mode, (315, 394), 255 if mode == "L" else (255, 255, 255))
    draw = ImageDraw.Draw(image)
    ink = 20 if mode == "L" else (20, 20, 20)
    for top in (60, 160, 260):
        for x in range(40, 280, 9):
            draw.rectangle((x, top, x + 2, top + 11), fill=ink)  # a third of ink
    draw.rectangle((300, 10, 301, 384), fill=ink)  # a vertical rule: not a text line
    return image


def test_text_lines_are_the_rows_of_glyphs_not_the_rules() -> None:
    lines = _text_lines(np.asarray(_text_page()), DPI)
    assert [(top, bottom) for top, bottom, _, _ in lines] == [(60, 72), (160, 172), (260, 272)]
    assert all((left, right) == (40, 276) for _, _, left, right in lines)


def test_highlighter_strokes_colour_the_paper_of_text_lines_and_keep_the_ink_dark() -> None:
    page = _text_page("RGB")
    out = np.asarray(_highlighter(page, 0.9, DPI, seed=0)).astype(int)
    again = np.asarray(_highlighter(page, 0.9, DPI, seed=0)).astype(int)
    assert (out == again).all()  # deterministic per page
    before = np.asarray(page).astype(int)
    changed = (out != before).any(axis=2)
    rows = np.flatnonzero(changed.any(axis=1))
    # every coloured row lies within a stroke (about 4.5 mm high) over one of the lines
    assert all(any(abs(y - (c + 6)) <= 14 for c in (60, 160, 260)) for y in rows)
    assert 2 <= sum(changed[c + 6].any() for c in (60, 160, 260)) <= 3
    assert not changed[:40].any() and not changed[110:140].any()  # paper between lines
    # the paper under a stroke is tinted (a fluorescent ink, never grey), the glyphs stay ink
    gaps = changed & (before.min(axis=2) == 255)
    paper = out[gaps]
    assert (paper.max(axis=1) - paper.min(axis=1) > 40).mean() > 0.5
    assert (out[before.max(axis=2) == 20].max(axis=1) <= 20).all()


def test_highlighter_on_a_grey_page_is_a_grey_band() -> None:
    page = _text_page("L")
    out = np.asarray(_highlighter(page, 0.9, DPI, seed=3)).astype(int)
    before = np.asarray(page).astype(int)
    band = (out < before) & (before == 255)
    assert band.sum() > 500  # strokes a few centimetres long, ~18 px high
    assert out[band].min() > 120  # light: the ink of a highlighter, not of a pen
    assert (out[before == 20] <= 20).all()


def test_colour_fringe_shifts_red_down_and_blue_up() -> None:
    from PIL import Image

    rgb = np.full((40, 30, 3), 250, dtype=np.uint8)
    rgb[20:28, 5:25] = 10  # a black bar, rows 20–27
    out = np.asarray(_colour_fringe(Image.fromarray(rgb, mode="RGB"), 2)).astype(int)
    column = out[:, 15]
    assert column[19].tolist() == [250, 250, 10]  # above the bar: blue seen early
    assert column[18].tolist() == [250, 250, 10]
    assert column[17].tolist() == [250, 250, 250]
    assert column[28].tolist() == [10, 250, 250]  # below it: red seen late
    assert column[29].tolist() == [10, 250, 250]
    assert column[30].tolist() == [250, 250, 250]
    assert column[20].tolist() == [250, 10, 10]  # its top edge lacks red, its foot blue
    assert column[27].tolist() == [10, 10, 250]
    assert column[22:26].tolist() == [[10, 10, 10]] * 4  # the bar's middle stays black


def _two_page_pdf() -> bytes:
    """A portrait page then a landscape page (A4), each with a black square in its top-left
    corner."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for size in ((595.0, 842.0), (842.0, 595.0)):
        pdf.setPageSize(size)
        pdf.rect(30, size[1] - 130, 100, 100, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _pages(data: bytes) -> list[tuple[tuple[float, float], np.ndarray]]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    out = []
    for page in doc:
        grey = np.asarray(page.render(scale=20 / 72, grayscale=True).to_pil())
        out.append((tuple(round(v) for v in page.get_size()), grey))
    return out


def _corner(grey: np.ndarray) -> str:
    """Which corner holds the black square."""
    h, w = grey.shape
    ys, xs = np.nonzero(grey < 100)
    return (
        ("top" if ys.mean() < h / 2 else "bottom")
        + "-"
        + ("left" if xs.mean() < w / 2 else "right")
    )


def test_portrait_feed_turns_landscape_pages_a_quarter_turn_and_upside_a_half_turn() -> None:
    plain = _pages(scan_pdf(_two_page_pdf(), dpi=50))
    assert [(size, _corner(g)) for size, g in plain] == [
        ((595, 842), "top-left"),
        ((842, 595), "top-left"),
    ]
    fed = _pages(scan_pdf(_two_page_pdf(), dpi=50, portrait_feed=90))
    # counter-clockwise: the landscape page's top runs along the portrait sheet's left edge
    assert [(size, _corner(g)) for size, g in fed] == [
        ((595, 842), "top-left"),
        ((595, 842), "bottom-left"),
    ]
    both = _pages(scan_pdf(_two_page_pdf(), dpi=50, portrait_feed=90, upside=(0, 1)))
    assert [(size, _corner(g)) for size, g in both] == [
        ((595, 842), "bottom-right"),
        ((595, 842), "top-right"),
    ]
    clockwise = _pages(scan_pdf(_two_page_pdf(), dpi=50, portrait_feed=270))
    assert _corner(clockwise[1][1]) == "top-right"


def test_fringe_needs_a_colour_scan_and_portrait_feed_a_quarter_turn() -> None:
    with pytest.raises(ValueError, match="fringe"):
        scan_pdf(_two_page_pdf(), dpi=50, fringe=1)
    with pytest.raises(ValueError, match="portrait_feed"):
        scan_pdf(_two_page_pdf(), dpi=50, portrait_feed=45)


def _portrait_pdf(count: int) -> bytes:
    """``count`` A4 portrait pages, each with a black square 100 pt wide in its top-left
    corner (30 pt from the left edge, 30 pt from the top)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for _ in range(count):
        pdf.setPageSize((595.0, 842.0))
        pdf.rect(30, 842 - 130, 100, 100, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _dark_boxes(grey: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Bounding boxes (left, top, right, bottom) of the dark squares, left to right."""
    dark = grey < 100
    cols = np.flatnonzero(dark.any(axis=0))
    runs = np.split(cols, np.flatnonzero(np.diff(cols) > 1) + 1) if cols.size else []
    boxes = []
    for run in runs:
        rows = np.flatnonzero(dark[:, run[0] : run[-1] + 1].any(axis=1))
        boxes.append((int(run[0]), int(rows[0]), int(run[-1]), int(rows[-1])))
    return boxes


def test_nup_prints_two_pages_side_by_side_on_a_landscape_sheet() -> None:
    # three pages → two sheets, A4 landscape
    sheets = _pages(scan_pdf(_portrait_pdf(3), dpi=72, nup=2))
    assert [size for size, _ in sheets] == [(842, 595), (842, 595)]
    scale = 421 / 595  # a 595 × 842 page into a 421 × 595 half: 70.7 %
    first, second = (_dark_boxes(grey) for _, grey in sheets)
    assert len(first) == 2 and len(second) == 1  # the odd last page alone
    px = 20 / 72  # _pages renders at 20 dpi
    for box, half in zip(first, (0.0, 421.0), strict=True):
        left, top, right, _ = box
        assert abs(left / px - (half + 30 * scale)) <= 4  # the square reduced in its half
        assert abs(top / px - 30 * scale) <= 4
        assert abs((right - left + 1) / px - 100 * scale) <= 4
    assert second[0][0] / px < 421  # on the left half


def test_nup_takes_two_pages_only() -> None:
    with pytest.raises(ValueError, match="nup"):
        scan_pdf(_portrait_pdf(2), dpi=50, nup=4)


def _lit_page() -> object:
    """A phone photo of a page (800 px wide): paper lit from 250 on the left down to 130 on the
    right, faint ink (bars at 60 % of the paper's light) from side to side."""
    from PIL import Image

    light = np.linspace(250, 130, 800)[None, :].repeat(200, axis=0)
    page = light.copy()
    for x in (100, 400, 700):
        page[80:110, x : x + 6] = light[80:110, x : x + 6] * 0.6
    return Image.fromarray(page.astype("uint8"), mode="L")


def test_app_filter_whitens_the_unevenly_lit_paper_and_darkens_faint_ink() -> None:
    photo = _lit_page()
    before = np.asarray(photo).astype(int)
    out = np.asarray(_app_document_filter(photo, 1.0)).astype(int)
    paper = out[20:60]  # rows without ink, across the whole width
    assert before[20:60, 760:].max() < 140  # the photo's far side was dim
    assert paper.min() >= 238 and paper.max() <= 255  # levelled white everywhere
    for x in (100, 400, 700):  # faint ink, wherever it stood, comes out dark
        assert before[95, x + 3] > 75
        assert out[95, x + 3] < 60
    # the unsharp mask: light halos beside the strokes, brighter than the levelled paper
    assert out[95, 400 + 6 + 1] > np.median(paper)
    assert (np.asarray(_app_document_filter(photo, 0.0)) == np.asarray(photo)).all()


def test_app_watermark_writes_grey_type_in_the_bottom_right_corner_only() -> None:
    from PIL import Image

    dpi = 100
    page = Image.new("L", (827, 1169), 255)  # A4 at 100 dpi
    out = np.asarray(_app_watermark(page, dpi)).astype(int)
    marked = np.argwhere(out < 255)
    mm = dpi / 25.4
    top, left = marked.min(axis=0)
    bottom, right = marked.max(axis=0)
    assert 827 - right >= 6 * mm - 2 and 1169 - bottom >= 6 * mm - 2  # 6 mm from the edges
    assert 827 - right <= 6 * mm + 3 and 1169 - bottom <= 6 * mm + 4
    assert 2 * mm <= bottom - top <= 4.5 * mm  # type about 3 mm high
    assert left > 827 / 2 and top > 1169 * 0.9  # the corner only
    assert out.min() >= 100  # grey, never black


def test_blank_backs_follow_every_page_with_its_print_seen_through_mirrored() -> None:
    plain = _pages(scan_pdf(_portrait_pdf(2), dpi=72))
    duplex = _pages(scan_pdf(_portrait_pdf(2), dpi=72, blank_backs=0.1))
    assert len(duplex) == 4 and all(size == (595, 842) for size, _ in duplex)
    for front, (_, scanned) in zip(plain, duplex[0::2], strict=True):
        assert (front[1] == scanned).all()  # the fronts as without the option
    for _, back in duplex[1::2]:
        assert back.min() > 200  # no print on a back, only a faint trace
        h, w = back.shape
        left, right = back[: h // 5, : w // 3], back[: h // 5, 2 * w // 3 :]
        assert left.min() >= 250  # the square's own corner stays paper
        assert right.min() <= 240  # the square seen through, mirrored to the other side
        assert back[h // 2 :].min() >= 250  # paper under the square's trace
    with pytest.raises(ValueError, match="blank_backs"):
        scan_pdf(_portrait_pdf(1), dpi=50, blank_backs=0.1, tint=(250, 245, 230))


def test_declared_dpi_sizes_each_page_from_its_pixels_at_that_resolution() -> None:
    import pypdfium2 as pdfium

    data = scan_pdf(_portrait_pdf(1), dpi=100, declared_dpi=50)
    doc = pdfium.PdfDocument(data)
    width, height = doc[0].get_size()
    image = doc[0].get_objects().__next__().get_bitmap().to_pil()
    doc.close()
    assert image.size == (827, 1170)  # A4 at 100 dpi, as without the option
    assert (round(width), round(height)) == (1191, 1685)  # pixels × 72 / 50: twice A4
    assert _pages(scan_pdf(_portrait_pdf(1), dpi=100))[0][0] == (595, 842)


def test_row_dpi_stores_fewer_rows_than_columns_over_the_same_page() -> None:
    import pypdfium2 as pdfium

    data = scan_pdf(_portrait_pdf(1), dpi=72, row_dpi=36)
    doc = pdfium.PdfDocument(data)
    width, height = doc[0].get_size()
    image = doc[0].get_objects().__next__().get_bitmap().to_pil()
    doc.close()
    assert (round(width), round(height)) == (595, 842)  # the page as without the option
    assert image.size == (595, 421)  # 72 dots per inch across, 36 lines down
    pixels = np.asarray(image.convert("L"))
    ys, xs = np.nonzero(pixels < 100)
    assert (xs.min(), xs.max() + 1) == (30, 130)  # the 100 pt square: 100 columns wide
    assert (ys.min(), ys.max() + 1) == (15, 65)  # but 50 rows high
    square = _pages(data)[0][1]  # drawn over the page, the square is square again
    ys, xs = np.nonzero(square < 100)
    assert abs((ys.max() - ys.min()) - (xs.max() - xs.min())) <= 2


def test_fax_header_prints_a_numbered_line_over_the_top_margin_only() -> None:
    plain = scan_pdf(_portrait_pdf(2), dpi=100)
    faxed = scan_pdf(_portrait_pdf(2), dpi=100, fax_header=True)
    mm = 100 / 25.4
    pages = []
    for data in (plain, faxed):
        import pypdfium2 as pdfium

        doc = pdfium.PdfDocument(data)
        pages.append([np.asarray(p.render(scale=100 / 72, grayscale=True).to_pil()) for p in doc])
        doc.close()
    for before, after in zip(pages[0], pages[1], strict=True):
        changed = np.abs(after.astype(int) - before.astype(int)) > 60
        ys, xs = np.nonzero(changed)
        assert 2.5 * mm <= ys.min() and ys.max() <= 6.5 * mm  # type about 2.5 mm high, 3 mm down
        assert 7 * mm <= xs.min() <= 9 * mm and xs.max() > 0.6 * after.shape[1]  # a long line
        assert after[: round(7 * mm)].min() < 80  # black type
    first, second = pages[1]
    assert (first[: round(7 * mm)] != second[: round(7 * mm)]).any()  # « P.001/002 », « P.002/002 »
    assert (first[round(8 * mm) :] == second[round(8 * mm) :]).all()  # nothing else differs


def test_mrc_page_is_a_low_resolution_background_under_a_full_resolution_ink_mask() -> None:
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    plain = scan_pdf(_portrait_pdf(1), dpi=100)
    compact = scan_pdf(_portrait_pdf(1), dpi=100, mrc=25, quality=35)
    doc = pdfium.PdfDocument(compact)
    images = [o for o in doc[0].get_objects() if o.type == pdfium_c.FPDF_PAGEOBJ_IMAGE]
    sizes = [o.get_bitmap().to_pil().size for o in images]
    doc.close()
    assert sizes == [(207, 292), (827, 1170)]  # the background at 25 dpi, then the ink at 100
    (_, before), (_, after) = _pages(plain)[0], _pages(compact)[0]
    assert np.abs(after.astype(int) - before.astype(int)).mean() < 3  # the same page
    ys, xs = np.nonzero(after < 100)
    assert abs(xs.min() - 30 * 20 / 72) <= 1 and abs(ys.min() - 30 * 20 / 72) <= 1
    with pytest.raises(ValueError, match="mrc"):
        scan_pdf(_portrait_pdf(1), dpi=50, mrc=25, bilevel=150)


def _render(data: bytes, dpi: int = 50) -> list[np.ndarray]:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    pages = [np.asarray(p.render(scale=dpi / 72, grayscale=True).to_pil()) for p in doc]
    doc.close()
    return pages


def _plain_pdf(count: int = 1) -> bytes:
    """``count`` white A4 portrait pages, each with a black bar across its whole width
    from 380 to 460 pt down (ink to lighten, rows to move)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for _ in range(count):
        pdf.setPageSize((595.0, 842.0))
        pdf.rect(0, 842 - 460, 595, 80, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_voids_lighten_three_vertical_bands_of_ink_the_same_on_every_page() -> None:
    dpi = 72  # one pixel a point: the A4 page 595 px wide
    pages = _render(scan_pdf(_plain_pdf(2), dpi=dpi, voids=0.8, quality=95), dpi)
    assert (pages[0].astype(int) - pages[1].astype(int) == 0).all()  # the same drum
    bar = pages[0][420].astype(int)  # a row across the black bar
    light = np.flatnonzero(bar > 120)
    runs = np.split(light, np.flatnonzero(np.diff(light) > 1) + 1)
    centres = [run.mean() / 595 for run in runs]
    widths = [(run[-1] - run[0] + 1) * 25.4 / dpi for run in runs]
    assert [round(c, 2) for c in centres] == [0.23, 0.51, 0.78]
    assert all(abs(w - want) <= 1.2 for w, want in zip(widths, (3, 8, 5), strict=True))
    middle = bar[round(0.51 * 595)]
    # brought 80 % of the way to white times the slow factor down the page (0.7 to 1)
    assert 0.7 * 0.8 * 255 - 5 <= middle <= 0.8 * 255 + 5
    assert (bar[:100] < 40).all()  # the ink outside the streaks untouched
    assert (pages[0][:300] > 245).all()  # paper stays white


def test_slip_squashes_then_stretches_rows_and_ends_the_page_where_it_should() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setPageSize((595.0, 842.0))
    for top in (100, 280, 540, 800):  # 20 pt bars: before, in the squashed band, in the
        pdf.rect(100, 842 - top - 20, 300, 20, stroke=0, fill=1)  # stretched one, after
    pdf.showPage()
    pdf.save()
    plain, slipped = (
        _render(scan_pdf(buffer.getvalue(), dpi=72, **options), 72)[0]
        for options in ({}, {"slip": 0.2})
    )

    def bars(grey: np.ndarray) -> list[tuple[int, int]]:
        rows = np.flatnonzero(grey[:, 200] < 100)
        runs = np.split(rows, np.flatnonzero(np.diff(rows) > 1) + 1)
        return [(run[0], run[-1] + 1) for run in runs]

    before = bars(plain)
    after = bars(slipped)
    assert before == [(100, 120), (280, 300), (540, 560), (800, 820)]
    assert after[0] == before[0] and after[3] == before[3]  # untouched, the page's end kept
    assert 15 <= after[1][1] - after[1][0] <= 18  # 20 rows squashed by 1 / 1.2
    assert 24 <= after[2][1] - after[2][0] <= 26  # 20 rows stretched by 1 / 0.8
    assert after[1][0] < 280 and after[2][0] < 540  # moved up, given back only further down


def test_shadow_darkens_the_lower_right_part_behind_a_soft_edge() -> None:
    dpi = 72
    plain = _render(scan_pdf(_portrait_pdf(1), dpi=dpi, quality=95), dpi)[0].astype(int)
    shaded = _render(scan_pdf(_portrait_pdf(1), dpi=dpi, shadow=0.45, quality=95), dpi)[0]
    shaded = shaded.astype(int)
    assert abs(shaded[830, 580] - 0.55 * plain[830, 580]) <= 4  # deep in the shadow
    assert abs(shaded[200, 300] - plain[200, 300]) <= 2  # the upper page lit as before
    assert abs(shaded[830, 100] - plain[830, 100]) <= 2  # left of the edge's foot (40 %)
    # along the bottom row the light falls over a soft edge around 40 % of the width
    row = shaded[835, :]
    assert row[200] > 240 and row[300] < 160
    assert 160 <= row[238] <= 240  # inside the penumbra
    assert (np.abs(shaded[:400] - plain[:400]) <= 2).all()  # above 55 % of the height: none
    ys, xs = np.nonzero(shaded < 100)
    assert (xs.max(), ys.max()) == (129, 129)  # the black square not moved


def test_lens_bows_straight_lines_outward_and_leaves_the_centre_in_place() -> None:
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setPageSize((595.0, 842.0))
    pdf.rect(40, 842 - 62, 515, 2, stroke=0, fill=1)  # a straight rule near the top
    pdf.rect(296, 420, 3, 3, stroke=0, fill=1)  # a dot at the centre
    pdf.showPage()
    pdf.save()
    grey = _render(scan_pdf(buffer.getvalue(), dpi=72, lens=0.1, quality=95), 72)[0]
    rows_at = [np.flatnonzero(grey[:200, x] < 128).max() for x in (60, 297, 535)]  # rule foot
    # the rule's middle stays nearly put, its ends drawn towards the centre: bowed outward
    assert rows_at[0] > rows_at[1] + 4 and rows_at[2] > rows_at[1] + 4
    ys, xs = np.nonzero(grey[380:460, 260:340] < 128)
    assert abs(ys.mean() + 380 - 420.5) <= 1 and abs(xs.mean() + 260 - 297.5) <= 1
    assert grey[0, 0] < 80 and grey[841, 594] < 80  # the desk at the corners
    assert grey[421, 10] > 200  # the middle of the side edges still paper


def _bars_pdf(count: int, bars: list[tuple[float, float, float, float]]) -> bytes:
    """``count`` white A4 portrait pages, each with the black ``bars`` (left, top, width,
    height in points from the page's top-left corner)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for _ in range(count):
        pdf.setPageSize((595.0, 842.0))
        for left, top, width, height in bars:
            pdf.rect(left, 842 - top - height, width, height, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_crumple_waves_the_print_and_draws_creases_and_facets_different_on_every_page() -> None:
    dpi = 72  # one pixel a point, 1 mm about 2.8 px
    data = _bars_pdf(2, [(40, 420, 515, 4)])  # a straight rule across the page
    first, second = _render(scan_pdf(data, dpi=dpi, crumple=1.0, quality=95), dpi)
    again = _render(scan_pdf(data, dpi=dpi, crumple=1.0, quality=95), dpi)[0]
    assert (first.astype(int) == again.astype(int)).all()  # deterministic
    assert np.abs(first.astype(int) - second.astype(int)).max() > 40  # pages differ
    mm = dpi / 25.4
    centres = []
    for x in range(60, 535):
        rows = np.flatnonzero(first[:, x] < 100)
        assert rows.size, x  # the rule never broken
        centres.append(rows.mean())
    centres = np.array(centres)
    # waved by the displacement, never by more than 1 mm (plus a pixel of rendering)
    assert np.abs(centres - 422).max() <= mm + 1
    assert centres.max() - centres.min() >= 0.5
    paper = first[:380].astype(int)
    # creases: thin dark lines, 22 % darker (× the facets' 8 %; more only where they
    # cross), the rest light
    assert (paper < 255 * 0.78 * 0.92 - 6).mean() < 0.002
    assert (paper < 225).sum() > 500
    assert np.median(paper) >= 230
    # facets: the paper lit differently from patch to patch
    assert np.percentile(paper, 95) - np.percentile(paper, 5) >= 5


def test_ghost_repeats_the_print_faintly_one_and_two_drum_turns_lower() -> None:
    dpi = 72
    data = _bars_pdf(2, [(100, 100, 300, 20)])
    pages = _render(scan_pdf(data, dpi=dpi, ghost=0.15, quality=95), dpi)
    assert (pages[0].astype(int) == pages[1].astype(int)).all()  # the same drum
    grey = pages[0].astype(int)
    turn = round(75.4 * dpi / 25.4)  # 214 px
    assert (grey[102:118, 110:390] < 30).all()  # the print itself untouched
    assert (grey[:100] >= 250).all() and (grey[125 : 100 + turn - 2] >= 250).all()
    first = grey[100 + turn + 3 : 120 + turn - 3, 110:390]
    assert abs(np.median(first) - 255 * 0.85) <= 4  # 15 % of the light taken
    second = grey[100 + 2 * turn + 3 : 120 + 2 * turn - 3, 110:390]
    assert abs(np.median(second) - 255 * (1 - 0.15**2)) <= 3  # the share squared
    assert (grey[130 + turn : 100 + 2 * turn - 2] >= 250).all()  # nothing between
    assert (grey[:, 20:90] >= 250).all()  # only below the print, straight down


def test_jitter_shifts_rows_across_wavily_and_brings_white_in_at_the_edge() -> None:
    dpi = 72
    data = _bars_pdf(2, [(0, 0, 30, 842), (300, 0, 6, 842), (100, 400, 150, 10)])
    first, second = _render(scan_pdf(data, dpi=dpi, jitter=1.0, quality=95), dpi)
    plain = _render(scan_pdf(data, pages=[0], dpi=dpi, quality=95), dpi)[0]
    mm = dpi / 25.4
    centres = np.array(
        [np.flatnonzero(first[y, 260:400] < 128).mean() + 260 for y in range(30, 810)]
    )
    assert np.abs(centres - 302.5).max() <= mm + 0.6  # up to 1 mm across
    assert centres.std() >= 0.3 * mm  # and wavy down the page
    assert np.abs(np.diff(centres)).max() <= 3.5  # smoothly, row after row
    # rows shifted right show white paper at the left edge, where the page is black
    assert (first[30:810, 0] > 128).any() and (first[30:810, 0] < 128).any()
    assert (plain[30:810, 0] < 128).all()
    # rows keep their place down the page: the horizontal bar's rows unchanged
    rows = np.flatnonzero((first[:, 120:230] < 128).all(axis=1))
    assert rows.min() == 400 and rows.max() == 409
    # the phases seeded by the page
    assert np.abs(first.astype(int) - second.astype(int)).max() > 60


def test_glare_washes_out_a_seeded_ellipse_toward_white_and_leaves_the_rest() -> None:
    dpi = 72  # one pixel a point, 1 mm about 2.8 px
    data = _bars_pdf(2, [(0, 0, 595, 842)])  # ink over the whole page
    first, second = _render(scan_pdf(data, dpi=dpi, glare=0.7, quality=95), dpi)
    again = _render(scan_pdf(data, dpi=dpi, glare=0.7, quality=95), dpi)[0]
    assert (first.astype(int) == again.astype(int)).all()  # deterministic
    assert np.abs(first.astype(int) - second.astype(int)).max() > 60  # moved on every page
    grey = first.astype(int)
    mm = dpi / 25.4
    # the core: ink brought 70 % of the way to white, over 40 % of a 60 × 35 mm ellipse
    assert abs(grey.max() - 255 * 0.7) <= 4
    core = np.pi * (0.4 * 60 * mm) * (0.4 * 35 * mm)
    assert core <= (grey >= 255 * 0.7 - 6).sum() <= 1.45 * core  # flat, then falling
    # half the share where the raised cosine is half-way, at 70 % of the radius
    half = np.pi * (0.7 * 60 * mm) * (0.7 * 35 * mm)
    assert 0.9 * half <= (grey >= 255 * 0.35).sum() <= 1.1 * half
    # the whole patch no larger than the ellipse, the rest of the page left black
    assert (grey > 12).sum() <= np.pi * (60 * mm) * (35 * mm)
    assert (grey <= 12).mean() >= 0.8
    ys, xs = np.nonzero(grey >= 150)
    h, w = grey.shape
    assert 0.2 * w <= xs.mean() <= 0.8 * w and 0.25 * h <= ys.mean() <= 0.65 * h
    # the long axis within 30° of the horizontal: the patch wider than it is high
    assert np.ptp(xs) > np.ptp(ys)
    # white paper stays white
    blank = _render(scan_pdf(_bars_pdf(1, []), dpi=dpi, glare=0.7, quality=95), dpi)[0]
    assert blank.min() >= 250


def _colour_bars_pdf() -> bytes:
    """One white A4 portrait page with four bars 100 pt high across the page, from 100 pt
    down: pure red, pure blue, a pale green tint (#E2EFDA) and a mid grey (#808080)."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setPageSize((595.0, 842.0))
    for k, colour in enumerate(("#FF0000", "#0000FF", "#E2EFDA", "#808080")):
        pdf.setFillColor(colour)
        pdf.rect(0, 842 - 100 - 150 * (k + 1), 595, 100, stroke=0, fill=1)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_dropout_takes_one_colour_channel_instead_of_the_luminance() -> None:
    dpi = 72  # one pixel a point
    data = _colour_bars_pdf()

    def bars(page: np.ndarray) -> list[float]:  # the middle of each bar, then the paper
        rows = [150 * (k + 1) + 50 for k in range(4)] + [50]
        return [float(np.median(page[r - 20 : r + 20, 100:500])) for r in rows]

    grey = bars(_render(scan_pdf(data, dpi=dpi, quality=95), dpi)[0])
    red = bars(_render(scan_pdf(data, dpi=dpi, quality=95, dropout="red"), dpi)[0])
    blue = bars(_render(scan_pdf(data, dpi=dpi, quality=95, dropout="blue"), dpi)[0])
    # a grey scan: red and blue both dark, the pale tint light, the grey mid
    assert grey[0] < 110 and grey[1] < 60 and 225 <= grey[2] <= 240 and grey[3] == 128
    # red dropped: the red bar white as the paper, the blue one black, the green tint a
    # little darker (its red 226), the grey and the paper unchanged
    assert red[0] >= 250 and red[1] <= 4 and abs(red[2] - 226) <= 3 and red[3] == 128
    assert red[4] >= 250
    # blue dropped: the other way round
    assert blue[0] <= 4 and blue[1] >= 250 and abs(blue[2] - 218) <= 3 and blue[3] == 128
    # off by default: the same bytes as a scan without the option
    assert scan_pdf(data, dpi=dpi, quality=95, dropout="") == scan_pdf(data, dpi=dpi, quality=95)
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=dpi, dropout="yellow")
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=dpi, dropout="red", tint=(250, 250, 245))
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=dpi, dropout="red", nup=2)


def _block_pdf() -> bytes:
    """Two white A4 portrait pages: the first with a black block from 100 to 300 pt across
    and 200 to 400 pt down and a speck of 1 pt at (500, 750) pt, the second blank."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setPageSize((595.0, 842.0))
    pdf.rect(100, 842 - 400, 200, 200, stroke=0, fill=1)
    pdf.rect(500, 842 - 751, 1, 1, stroke=0, fill=1)
    pdf.showPage()
    pdf.setPageSize((595.0, 842.0))
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def test_autocrop_cuts_each_page_to_its_print_and_a_margin() -> None:
    import pypdfium2 as pdfium

    dpi = 72  # one pixel a point
    data = _block_pdf()
    out = scan_pdf(data, dpi=dpi, quality=95, grain=2.0, autocrop=10.0)
    doc = pdfium.PdfDocument(out)
    sizes = [doc[i].get_size() for i in range(len(doc))]
    doc.close()
    margin = 10 / 25.4 * 72  # 28.3 pt
    # the block and 10 mm round it, the speck (median-filtered away) not counted
    assert all(abs(side - (200 + 2 * margin)) <= 2 for side in sizes[0])
    page = _render(out, dpi)[0]
    assert all(abs(side - 257) <= 2 for side in page.shape)
    inside = page[60:-60, 60:-60]
    assert inside.max() < 80  # the block fills the middle
    assert np.median(page[:, :15]) > 200 and np.median(page[:15, :]) > 200  # paper margins
    # a page without ink kept whole
    assert sizes[1] == (595.0, 842.0)
    # off by default: the same bytes as a scan without the option
    assert scan_pdf(data, dpi=dpi, quality=95, autocrop=0.0) == scan_pdf(data, dpi=dpi, quality=95)
    for bad in ({"tint": (250, 250, 245)}, {"nup": 2}, {"border": 20}, {"declared_dpi": 96}):
        with pytest.raises(ValueError):
            scan_pdf(data, dpi=dpi, autocrop=4.0, **bad)


def test_dogear_folds_the_top_left_corner_over_the_print_at_45_degrees() -> None:
    dpi = 200  # 7.9 px per mm
    mm = dpi / 25.4
    # a blank page, then a page inked all over the top left 100 × 100 mm
    data = _bars_pdf(1, [])
    first = _render(scan_pdf(data, dpi=dpi, quality=95, dogear=30.0), dpi)[0].astype(int)
    again = _render(scan_pdf(data, dpi=dpi, quality=95, dogear=30.0), dpi)[0].astype(int)
    assert (first == again).all()  # deterministic

    def runs(row_mm: float) -> tuple[int, int]:  # where the flap (the darker back) runs
        row = first[round(row_mm * mm), : round(80 * mm)]
        flap = np.nonzero(np.abs(row - 0.92 * 255) <= 5)[0]
        pieces = np.split(flap, np.nonzero(np.diff(flap) > 1)[0] + 1)
        longest = max(pieces, key=len)  # not a pixel of the shadow's ramp
        return int(longest[0]), int(longest[-1])

    # the flap's run along a row as long as the row is deep (a 45° fold), ending at one
    # place (its free edge x = leg) on every row; the bare corner before it white
    (a0, a1), (b0, b1) = runs(8.0), runs(16.0)
    assert abs((a1 - a0) - 8 * mm) <= 6 and abs((b1 - b0) - 16 * mm) <= 6
    assert abs((b1 - b0) - (a1 - a0) - 8 * mm) <= 3 and abs(a1 - b1) <= 2
    leg = (a1 + b1) / 2 / mm
    assert 30 * 0.85 - 1 <= leg <= 30 * 1.15 + 1
    assert first[round(8 * mm), : a0 - 3].min() >= 250  # the backing, white
    assert abs(np.median(first[round(8 * mm), a0 + 5 : a1 - 3]) - 0.92 * 255) <= 4
    # the shadow just past the free edge, then the paper again
    assert first[round(8 * mm), a1 + 2 : a1 + 5].min() <= 205
    assert first[round(8 * mm), a1 + round(2 * mm) :].min() >= 250
    # two staple holes, dark, on the flap; nothing changed far from the corner
    assert first[: round(leg * mm), : round(leg * mm)].min() <= 110
    assert first[round(70 * mm) :, :].min() >= 250 and first[:, round(70 * mm) :].min() >= 250
    # an inked corner: the flap hides the ink (only a faint mirrored show-through on it)
    inked = _bars_pdf(1, [(0, 0, 283.5, 283.5)])
    page = _render(scan_pdf(inked, dpi=dpi, quality=95, dogear=30.0), dpi)[0].astype(int)
    y = round(8 * mm)
    assert page[y, : a0 - 3].min() >= 250  # the corner gone
    assert abs(np.median(page[y, a0 + 5 : a1 - 3]) - 0.92 * 0.9 * 255) <= 5  # 211: the back
    assert page[y, a1 + 3 : round(90 * mm)].max() <= 10  # the print beyond the flap
    # off by default: the same bytes as a scan without the option
    assert scan_pdf(data, dpi=72, quality=95, dogear=0.0) == scan_pdf(data, dpi=72, quality=95)
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=72, dogear=30.0, tint=(250, 250, 245))


def test_verso_shows_the_other_side_of_the_sheet_mirrored_shifted_and_faint() -> None:
    from reportlab.pdfgen import canvas

    dpi = 72  # one pixel a point, 1 mm about 2.8 px
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    # page 0 two squares at the right (one where page 1's bar shows through), page 1 a bar at
    # the left, page 2 (alone on its sheet) blank
    for bars in ([(500, 350, 20, 20), (500, 450, 20, 20)], [(40, 300, 100, 100)], []):
        pdf.setPageSize((595.0, 842.0))
        for left, top, width, height in bars:
            pdf.rect(left, 842 - top - height, width, height, stroke=0, fill=1)
        pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    plain = _render(scan_pdf(data, dpi=dpi, quality=95), dpi)
    front, back, last = _render(scan_pdf(data, dpi=dpi, quality=95, verso=0.2), dpi)
    again = _render(scan_pdf(data, dpi=dpi, quality=95, verso=0.2), dpi)[0]
    assert (front.astype(int) == again.astype(int)).all()  # deterministic
    # page 1's bar (x 40–140, y 300–400) mirrored (x 455–555) and shifted 1 mm right,
    # 0.6 mm down (3 and 2 px): the front's paper there at 80 % of its light
    assert abs(int(np.median(front[310:390, 470:490])) - 204) <= 4
    assert front[310:390, 470:490].min() >= 198
    assert front[:, :440].min() >= 250 and front[:290].min() >= 250  # the rest untouched
    assert front[310:390, 455].min() >= 250 and front[310:390, 460:470].max() <= 206  # 3 px
    assert front[299, 470:490].min() >= 250 and front[304:390, 470:490].max() <= 206  # 2 px
    assert front[360:365, 505:515].max() <= 10  # the front's own ink stays dark
    # page 1 shows page 0's lower square mirrored to the left (x 78–98, y 452–472), faint
    assert abs(int(np.median(back[455:470, 80:96])) - 204) <= 4
    assert back[:, 150:].min() >= 250 and back[410:445].min() >= 250
    assert (back[300:400, 40:140] <= 5).all()  # its own bar unchanged
    assert (last == plain[2]).all()  # a last page alone on its sheet: a blank back
    # the back is the document's, whatever pages are scanned
    only = _render(scan_pdf(data, pages=[0], dpi=dpi, quality=95, verso=0.2), dpi)[0]
    assert (only == front).all()
    # off by default: the same bytes as a scan without the option
    assert scan_pdf(data, dpi=dpi, quality=95, verso=0.0) == scan_pdf(data, dpi=dpi, quality=95)
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=dpi, verso=0.2, tint=(250, 250, 245))
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=dpi, verso=0.2, nup=2)


def test_jbig2_substitutes_a_symbol_by_the_first_close_representative_of_its_size() -> None:
    from PIL import Image, ImageDraw

    from tests.generators.scans import _jbig2_substituted

    dpi = 200  # symbols up to 4 mm (31 px) each way
    page = Image.new("L", (300, 200), 255)
    draw = ImageDraw.Draw(page)

    def glyph(top: int, left: int, height: int = 14, width: int = 10, hole: int = 0) -> None:
        draw.rectangle((left, top, left + width - 1, top + height - 1), fill=0)
        if hole:  # a hole at the middle
            y, x = top + (height - hole) // 2, left + (width - hole) // 2
            draw.rectangle((x, y, x + hole - 1, y + hole - 1), fill=255)

    glyph(20, 20, hole=2)  # A: the first class
    glyph(20, 50)  # B: 4 px of its 140 differ from A (≤ 6 %): becomes A
    glyph(20, 80, height=15, width=11)  # C: 1 px larger, 29 px differ: a class of its own
    glyph(60, 20, hole=4)  # D: 12 px differ from A (> 8.4): kept
    glyph(100, 20, height=13)  # E: one row shorter, 14 px differ from A (a row, the hole)
    draw.rectangle((10, 150, 290, 151), fill=0)  # a rule longer than 4 mm: left as it is
    glyph(160, 20)  # F: later in reading order, as B: becomes A too (B started no class)
    before = np.asarray(page) < 128
    out = np.asarray(_jbig2_substituted(page, 0.06, dpi)) < 128
    again = np.asarray(_jbig2_substituted(page, 0.06, dpi)) < 128
    assert (out == again).all()  # deterministic
    a = before[20:34, 20:30]
    assert (out[20:34, 50:60] == a).all() and (out[160:174, 20:30] == a).all()  # B, F → A
    assert not out[20:34, 50:60].all()  # B got A's hole
    for rows, cols in ((slice(20, 35), slice(80, 91)), (slice(60, 74), slice(20, 30))):
        assert (out[rows, cols] == before[rows, cols]).all()  # C, D unchanged
    assert (out[100:114, 20:30] == before[100:114, 20:30]).all()  # E unchanged
    assert (out[150:152] == before[150:152]).all()  # the rule
    changed = out != before
    assert changed.sum() == 8  # B's and F's holes only
    # a looser threshold (15.4 of 140 px) takes D and E into A's class, drawn as A centred
    # the same (E's box one row shorter: A drawn from E's top, its last row added)
    loose = np.asarray(_jbig2_substituted(page, 0.11, dpi)) < 128
    assert (loose[60:74, 20:30] == a).all() and (loose[100:114, 20:30] == a).all()
    # through scan_pdf (at 144 dpi, 2 px a point): bilevel pages only, off by default
    data = _bars_pdf(1, [(20, 20, 5, 7), (40, 20, 5, 6.5)])  # 10 × 14 and 10 × 13 px
    assert scan_pdf(data, dpi=144, bilevel=128, jbig2=0.0) == scan_pdf(data, dpi=144, bilevel=128)
    plain = _render(scan_pdf(data, dpi=144, bilevel=128), 144)[0] < 128
    scanned = _render(scan_pdf(data, dpi=144, bilevel=128, jbig2=0.08), 144)[0] < 128
    assert plain[40:53, 80:90].all() and not plain[53, 80:90].any()
    assert scanned[40:54, 80:90].all() and (scanned[:, :70] == plain[:, :70]).all()  # 13 → 14
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=144, jbig2=0.06)


def test_shake_smears_a_dot_along_a_seeded_straight_path_and_keeps_its_ink() -> None:
    import math

    from PIL import Image

    from tests.generators.scans import _camera_shake

    dpi = 254  # 10 px a mm
    page = Image.new("L", (120, 120), 255)
    page.putpixel((60, 60), 0)
    length = 1.5  # mm: 15 px, 16 points on the path
    out = 255 - np.asarray(_camera_shake(page, length, dpi, 3)).astype(float)
    again = 255 - np.asarray(_camera_shake(page, length, dpi, 3)).astype(float)
    assert (out == again).all()  # deterministic
    assert abs(out.sum() - 255) < 60  # the dot's ink kept (rounding aside), only spread
    ys, xs = np.nonzero(out)
    weights = out[ys, xs]
    cy, cx = np.average(ys, weights=weights), np.average(xs, weights=weights)
    assert abs(cy - 60) < 0.5 and abs(cx - 60) < 0.5  # centred on the dot
    angle = np.random.default_rng(13100 + 3).uniform(0.0, math.pi)
    along = (ys - cy) * math.sin(angle) + (xs - cx) * math.cos(angle)
    across = -(ys - cy) * math.cos(angle) + (xs - cx) * math.sin(angle)
    assert np.abs(along).max() <= 8.5 and np.abs(along).max() >= 6.5  # half the path
    assert np.abs(across).max() <= 1.5  # a straight path: no width
    other = np.random.default_rng(13100 + 4).uniform(0.0, math.pi)
    assert abs(math.sin(other - angle)) > 0.1  # another page, another direction
    # a rule (5 px wide) along the path stays dark, a rule across it is smeared over 16 px
    from PIL import ImageDraw

    rule = Image.new("L", (120, 120), 255)
    dx, dy = math.cos(angle), math.sin(angle)
    draw = ImageDraw.Draw(rule)
    draw.line(((60 - 50 * dx, 60 - 50 * dy), (60 + 50 * dx, 60 + 50 * dy)), fill=0, width=5)
    draw.line(((60 + 50 * dy, 60 - 50 * dx), (60 - 50 * dy, 60 + 50 * dx)), fill=0, width=5)
    smeared = np.asarray(_camera_shake(rule, length, dpi, 3)).astype(float)
    on_along = [smeared[round(60 + t * dy), round(60 + t * dx)] for t in range(20, 30)]
    on_across = [smeared[round(60 + t * dx), round(60 - t * dy)] for t in range(20, 30)]
    assert max(on_along) < 40 and min(on_across) > 140
    # through scan_pdf: off by default, grey scans only
    data = _bars_pdf(2, [(100, 100, 200, 3)])
    assert scan_pdf(data, dpi=72, quality=95, shake=0.0) == scan_pdf(data, dpi=72, quality=95)
    first, second = _render(scan_pdf(data, dpi=72, quality=95, shake=3.0), 72)
    assert np.abs(first.astype(int) - second.astype(int)).max() > 40  # seeded per page
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=72, shake=0.6, tint=(250, 250, 245))


def test_sleeve_shifts_the_sheet_behind_a_punched_strip_hazes_it_and_scratches_it() -> None:
    from PIL import Image

    from tests.generators.scans import _plastic_sleeve

    dpi = 127  # 5 px a mm: the strip 60 px, holes 25 px across, 125 px apart
    white = Image.new("L", (1050, 1485), 255)  # 210 × 297 mm
    out = np.asarray(_plastic_sleeve(white, 1.0, dpi, 0)).astype(int)
    again = np.asarray(_plastic_sleeve(white, 1.0, dpi, 0)).astype(int)
    assert (out == again).all()  # deterministic
    strip, sheet = out[:, :60], out[:, 60:]
    assert (strip[:, 45:] == 235).all()  # the doubled film, right of the holes
    centres = [742 + (k - 5) * 125 for k in range(11)]  # h / 2 + (k - 5) × 25 mm
    for y in centres:
        assert strip[y, 30] == 250  # the lid's white through the hole
        assert strip[y, 30 - 12 : 30 + 13].min() == 150  # its dark ring
    assert strip[(centres[0] + centres[1]) // 2, 30] == 235  # no hole between
    # on white paper, only the rings show: two discs of at most 20 mm, down to 10 % darker
    assert sheet.min() >= 229 and sheet.min() <= 232
    darker = sheet < 250
    assert 0 < darker.sum() <= 2 * np.pi * 100**2
    assert (sheet == 255).mean() > 0.9
    # on black: the haze lifts the ink to 64, scratches lighten it to about 160
    black = Image.new("L", (1050, 1485), 0)
    inked = np.asarray(_plastic_sleeve(black, 1.0, dpi, 0)).astype(int)[:, 63:]  # off the edge
    assert np.median(inked) == 64
    scratched = inked > 120
    assert 0 < scratched.sum() < 30 * 80 * 5 * 1.5  # 30 lines of one pixel, ≤ 80 mm
    assert inked[scratched].max() <= 160
    assert (np.asarray(_plastic_sleeve(black, 1.0, dpi, 1))[:, 63:] > 120).sum() != (
        scratched.sum()
    )  # each page its own sleeve
    # through scan_pdf (72 dpi, the strip 34 px): the print moved 34 px right, the right
    # 12 mm lost, off by default, grey scans only
    data = _bars_pdf(1, [(100, 200, 20, 300), (570, 200, 20, 300)])
    plain = _render(scan_pdf(data, dpi=72, quality=95), 72)[0]
    bagged = _render(scan_pdf(data, dpi=72, quality=95, sleeve=1.0), 72)[0]
    assert plain[300, 100:120].max() < 40 and bagged[300, 134:154].max() < 100
    assert bagged[300, 134:154].min() > 40  # the haze: no black left
    assert bagged[300, 125:130].min() > 200  # the paper left of the moved bar
    assert plain[300, 572:588].max() < 40 and bagged[300, 560:].min() > 200  # lost
    assert scan_pdf(data, dpi=72, quality=95, sleeve=0.0) == scan_pdf(data, dpi=72, quality=95)
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=72, sleeve=1.0, tint=(250, 250, 245))
    with pytest.raises(ValueError):
        scan_pdf(data, dpi=72, sleeve=1.0, nup=2)
