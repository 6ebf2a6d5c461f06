"""Scan preprocessing before Tesseract: a halftone screen averaged back to greys
(:mod:`sources.ocr_screen`), a fold's shadow divided out and faded ink stretched dark
(:mod:`sources.ocr_shade`); and the two-row header of a scan whose one-line labels sit
between the lines of the two-line ones (:func:`sources.pdf.geometry_tables._header_cells`).
Hand-made pages and lines, each rule with its negative case."""

from __future__ import annotations

import dataclasses

import numpy as np
from PIL import Image

from sources.ocr_screen import descreen, screen_period
from sources.ocr_shade import even_paper
from sources.pdf.content import Line, Segment
from sources.pdf.geometry_tables import _header_cells, _header_rows, _over_header

W, H = 1240, 1754  # an A4 page at 150 dpi
PT = 72.0 / 150.0  # points per pixel


def _page(paper: int = 250, ink: int = 30) -> np.ndarray:
    """Paper with ten « text lines » of strokes 3 px wide, a grey fill (160) on a third of the
    width and a rule across."""
    grey = np.full((H, W), paper, dtype=np.uint8)
    grey[300:500, 800:1150] = 160  # a filled cell
    grey[600:603, 100:1150] = ink  # a table rule
    for n in range(10):
        top = 700 + 60 * n
        for x in range(120, 1100, 14):
            grey[top : top + 24, x : x + 3] = ink
    return grey


def _bayer(grey: np.ndarray, size: int = 4) -> np.ndarray:
    """Ordered dither to black and white (Bayer matrix of ``size``), as a halftone printer."""
    bayer = np.array([[0]], dtype=np.float64)
    while bayer.shape[0] < size:
        bayer = np.block([[4 * bayer, 4 * bayer + 2], [4 * bayer + 3, 4 * bayer + 1]])
    levels = (bayer + 0.5) / bayer.size * 255.0
    h, w = grey.shape
    threshold = np.tile(levels, (h // size + 1, w // size + 1))[:h, :w]
    return np.where(grey < threshold, 0, 255).astype(np.uint8)


def _image(grey: np.ndarray) -> Image.Image:
    return Image.fromarray(grey, mode="L")


def test_a_halftone_screened_page_is_averaged_back_to_its_greys() -> None:
    page = _page()
    screened = _image(_bayer(page))
    assert screen_period(screened) == 4
    out, period = descreen(screened)
    assert period == 4
    grey = np.asarray(out, dtype=np.float64)
    fill = grey[320:480, 820:1130]
    assert abs(fill.mean() - 160) < 8 and fill.std() < 6  # dots → one even grey
    assert grey[50:250, 50:1150].min() >= 240  # paper stays white
    assert grey[703:721, 121].max() < 140  # strokes stay ink


def test_a_screen_of_two_is_found_with_its_own_period() -> None:
    assert screen_period(_image(_bayer(_page(), 2))) == 2


def test_a_clean_page_and_a_fax_page_with_specks_are_not_screened() -> None:
    clean = _image(_page())
    out, period = descreen(clean)
    assert period == 0 and out is clean
    fax = np.where(_page() < 150, 0, 255).astype(np.uint8)
    rng = np.random.default_rng(3)
    for y, x in rng.integers(40, 1200, size=(300, 2)):
        fax[y : y + 2, x : x + 2] = 0  # toner specks, two pixels across
    assert screen_period(_image(fax)) == 0


def test_random_single_pixel_noise_is_no_screen() -> None:
    """Dots everywhere but at no fixed period (salt and pepper): not a halftone screen."""
    rng = np.random.default_rng(5)
    noisy = np.where(rng.random((H, W)) < 0.02, 0, 255).astype(np.uint8)
    assert screen_period(_image(noisy)) == 0


def _fold(grey: np.ndarray, amount: float = 0.35) -> np.ndarray:
    y = np.arange(H, dtype=np.float64)
    shade = 1.0 - amount * np.exp(-(((y - 0.5 * H) / (0.025 * H)) ** 2))
    return np.clip(grey * shade[:, None], 0, 255).astype(np.uint8)


def test_a_folds_shadow_is_divided_out() -> None:
    folded = _fold(_page())
    assert folded[877, 60] < 170  # the paper at the fold's centre, darker than faded ink
    out, changed = even_paper(_image(folded), PT)
    assert changed
    grey = np.asarray(out, dtype=np.float64)
    assert grey[877, 60] > 235 and grey[100, 60] > 235  # paper even across the fold
    assert grey[880, 121] < 90  # a stroke in the shadow is still ink


def test_faded_ink_is_stretched_dark() -> None:
    faded = _page(paper=252, ink=131)
    out, changed = even_paper(_image(faded), PT)
    assert changed
    grey = np.asarray(out, dtype=np.float64)
    assert grey[700:724, 121].max() < 50  # ink dark again
    assert grey[100, 60] > 245  # paper white


def test_an_even_page_with_dark_ink_and_a_partial_fill_is_left_as_is() -> None:
    image = _image(_page())
    out, changed = even_paper(image, PT)
    assert not changed and out is image
    stripes = _page()
    stripes[900:960, 100:500] = 200  # a fill on a third of a band of rows: not a shadow
    image = _image(stripes)
    assert even_paper(image, PT) == (image, False)


def _line(top: float, bottom: float, size: float, *cells: tuple[float, float, str]) -> Line:
    segments = [
        Segment(
            x0,
            x1,
            text,
            False,
            [(x0 + (x1 - x0) * i / len(text.split()), x1, w) for i, w in enumerate(text.split())],
        )
        for x0, x1, text in cells
    ]
    return Line(1, top, bottom, segments[0].x0, segments[-1].x1, size, False, segments)


_TWO_ROW = [
    _line(76.6, 88.4, 9.0, (83, 106, "Etape"), (185, 226, "Descriptif")),
    _line(
        83.2,
        92.9,
        8.0,
        (286, 332, "Planificatio"),
        (347, 398, "Ressources à"),
        (482, 529, "Partenaires"),
    ),
    _line(89.9, 100.1, 8.0, (423, 455, "Porteur")),
    _line(93.4, 106.1, 9.0, (306, 311, "n"), (353, 391, "mobiliser"), (487, 525, "envisagés")),
    _line(111.0, 123.9, 9.0, (62, 104, "Lancer une"), (133, 258, "Les actions à développer")),
]


def _never(line: Line) -> bool:
    return False


def test_a_label_centred_between_two_lines_is_no_header_row_of_its_own() -> None:
    """« Porteur » (one line) sits between « Ressources à » and « mobiliser »: the second
    lines of the two-line labels still belong to the header."""
    assert _header_rows(_TWO_ROW[:4]) == 0  # each line starts above the last one's bottom
    cells = _header_cells(_TWO_ROW[0], _TWO_ROW[1:], _never)
    assert cells is not None
    keys = [c[0] for c in cells]
    assert keys == ["step", "description", "planning", "budget", "owner", "partners"]


def test_three_stacked_header_lines_stop_at_the_second() -> None:
    """The same lines each a row of its own (no overlap): the third is not taken in."""
    stacked = [_TWO_ROW[0]]
    top = 90.0
    for line in _TWO_ROW[1:4]:
        stacked.append(dataclasses.replace(line, top=top, bottom=top + 9.0))
        top += 9.5
    assert _header_rows(stacked) == 3
    cells = _header_cells(stacked[0], stacked[1:], _never)
    keys = [c[0] for c in cells] if cells else []
    assert "planning" not in keys  # « Planificatio » never met its « n »


_ONE_LINE_HEADER = [
    _line(
        80.6,
        92.7,
        9.0,
        (81, 104, "Etape"),
        (183, 223, "Descriptif"),
        (283, 329, "Planificatio"),
        (344, 396, "Ressources à"),
        (480, 527, "Partenaires"),
    ),
    _line(89.0, 98.0, 8.0, (421, 452, "Porteur")),
    _line(94.2, 103.8, 8.0, (304, 309, "n"), (351, 389, "mobiliser"), (485, 522, "envisagés")),
    _line(112.6, 123.6, 9.0, (60, 102, "Lancer une"), (408, 440, "GACdG")),
]


def test_a_label_set_lower_beside_a_full_header_line_is_a_column_of_its_own() -> None:
    """The header line alone names enough columns; « Porteur », centred lower in the same
    row, still opens its column (else « GACdG » under it goes to « Ressources »)."""
    cells = _header_cells(_ONE_LINE_HEADER[0], _ONE_LINE_HEADER[1:], _never)
    assert cells is not None
    assert [c[0] for c in cells] == [
        "step",
        "description",
        "planning",
        "budget",
        "owner",
        "partners",
    ]


def test_a_column_name_on_a_line_of_its_own_under_a_full_header_opens_no_column() -> None:
    """The same « Porteur » a row lower (under the header line's bottom): a body word, as
    before."""
    lower = dataclasses.replace(_ONE_LINE_HEADER[1], top=95.0, bottom=104.0)
    cells = _header_cells(_ONE_LINE_HEADER[0], [lower], _never)
    assert cells is not None
    assert "owner" not in [c[0] for c in cells]


def test_group_labels_over_a_repeated_header_are_no_body_row() -> None:
    groups = _line(64.0, 73.5, 8.0, (312, 371, "Mise en œuvre"), (456, 488, "Acteurs"))
    assert _over_header([groups, *_ONE_LINE_HEADER], 0, _never)
    body = _line(64.0, 73.5, 9.0, (131, 260, "publics de la collectivité"))
    below = dataclasses.replace(_ONE_LINE_HEADER[3], top=75.0, bottom=86.0)
    assert not _over_header([body, below], 0, _never)  # a body line under it: no header


def _scan_pdf(grey: np.ndarray, dpi: int) -> bytes:
    """A one-image PDF page of ``grey`` (black and white) scanned at ``dpi``."""
    import io

    out = io.BytesIO()
    Image.fromarray(grey, mode="L").convert("1").save(out, format="PDF", resolution=dpi)
    return out.getvalue()


def test_a_coarse_screen_scanned_below_the_render_resolution_is_averaged_before_resampling() -> (
    None
):
    """A page screened with a period of 8 pixels at 150 ppi, rendered at 300: the renderer's
    resampling would smear the dots past recognition, so the screen is averaged out on the
    image's own pixels, over about a point (3 pixels here, not the whole period, which would
    fill the strokes' gaps), then drawn at the render's size."""
    import pypdfium2 as pdfium

    from sources.ocr_pixels import screened_render

    page = _page(paper=235)
    doc = pdfium.PdfDocument(_scan_pdf(_bayer(page, 8), 150))
    size = (2 * W, 2 * H)
    out = screened_render(doc[0], size)
    assert out is not None and out.size == size
    grey = np.asarray(out, dtype=np.float64)
    assert grey[100:480, 100:1500].mean() > 200  # the paper's dots dissolved (mean 235)
    assert grey[100:480, 100:1500].min() > 150  # no dot left as dark as ink
    assert grey[1410:1440, 242:248].mean() < 90  # a stroke (3 px at 150 ppi) still ink
    assert grey[1410:1440, 254:270].mean() > 150  # and the gap beside it still paper
    # the same page not screened is left to the renderer, and so is the screened page drawn
    # at its own resolution (the later repairs see its dots as they are)
    assert screened_render(pdfium.PdfDocument(_scan_pdf(page, 150))[0], size) is None
    assert screened_render(doc[0], (W, H)) is None
