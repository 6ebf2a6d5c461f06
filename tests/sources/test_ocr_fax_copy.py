"""OCR on a fax-like page and on a photocopy: toner specks and spread toner.

Issue 13, twenty-third pass: a black-and-white fax page with specks and a photocopy whose
toner spread a pixel each side (``scripts/measure_ocr_variants.py``, ``ledger_fax_200`` and
``bootstrap_copie_240``) were read with specks taken for periods, hyphens and accents, and
with « i » read « I » (its dot run into its stem). Specks are painted with the paper unless
they are punctuation by their place; spread strokes are thinned by a pixel each side.
"""

from __future__ import annotations

import numpy as np
from PIL import Image

from sources.ocr_specks import (
    MIN_SPECK_TILES,
    remove_specks,
    stroke_width_pt,
    thin_spread_toner,
)
from sources.pdf.content import Line, Segment
from sources.pdf.geometry_tables import _fits_label_above

SCALE = 0.24  # 300 dpi: points per pixel
W, H = 2480, 3508


def _page(paper: int = 255) -> np.ndarray:
    return np.full((H, W), paper, dtype=np.uint8)


def _text(grey: np.ndarray, x: int, baseline: int) -> None:
    """Ink of a few letters with their punctuation, at ``x`` on ``baseline``:
    a stem (« l ») followed by a period on the baseline; an « i »: its stem and its dot over
    it; a colon: two dots one over the other, a word space from the letters."""
    grey[baseline - 40 : baseline, x : x + 5] = 0  # « l »
    grey[baseline - 5 : baseline, x + 9 : x + 14] = 0  # its period, 4 px after it
    grey[baseline - 28 : baseline, x + 40 : x + 45] = 0  # stem of « i »
    grey[baseline - 37 : baseline - 32, x + 40 : x + 45] = 0  # its dot, 4 px over it
    grey[baseline - 5 : baseline, x + 80 : x + 85] = 0  # colon, lower dot
    grey[baseline - 24 : baseline - 19, x + 80 : x + 85] = 0  # colon, upper dot


def _scatter(grey: np.ndarray, step: int = 150) -> list[tuple[int, int]]:
    """Specks, 3 px square, every ``step`` pixels over the whole page, away from the text."""
    spots = []
    for y in range(60, H - 60, step):
        for x in range(60, W - 60, step):
            if not (900 <= y <= 1100 and 300 <= x <= 600):
                grey[y : y + 3, x : x + 3] = 25
                spots.append((y, x))
    return spots


def test_scattered_specks_are_painted_with_the_paper_punctuation_is_kept() -> None:
    grey = _page(paper=240)
    _text(grey, 400, 1000)
    spots = _scatter(grey)
    before = grey.copy()
    out, removed = remove_specks(Image.fromarray(grey), SCALE)
    result = np.asarray(out)
    assert removed == len(spots)
    for y, x in spots:
        assert (result[y : y + 3, x : x + 3] == 240).all()
    # the letters, the period after « l », the dot of « i » and the colon's dots: untouched
    assert (result[900:1100, 300:600] == before[900:1100, 300:600]).all()
    assert result[997, 411] == 0 and result[966, 442] == 0
    assert result[997, 482] == 0 and result[978, 482] == 0


def test_a_dot_in_a_word_space_is_a_speck_a_dot_after_a_letter_is_a_period() -> None:
    grey = _page()
    _text(grey, 400, 1000)
    grey[960:963, 470:473] = 25  # mid-height in the space after « i »: no baseline, no letter under
    grey[997:1000, 330:333] = 25  # on the baseline, but 15 pt before the « l »: a speck
    _scatter(grey)
    result = np.asarray(remove_specks(Image.fromarray(grey), SCALE)[0])
    assert (result[960:963, 470:473] == 255).all()
    assert (result[997:1000, 330:333] == 255).all()
    assert result[997, 411] == 0  # the period stays


def test_a_few_small_dots_in_one_band_are_left_as_is() -> None:
    """The ragged edge of a thresholded header band: many small dots, all in one band of
    the page (fewer than MIN_SPECK_TILES tiles): no specks, the page object comes back."""
    grey = _page()
    grey[1600:1700, 200:2280] = 0
    for x in range(210, 2270, 40):
        grey[1590:1592, x : x + 2] = 0  # bits over the band's edge
    image = Image.fromarray(grey)
    out, removed = remove_specks(image, SCALE)
    assert removed == 0 and out is image
    assert MIN_SPECK_TILES == 32


def test_a_clean_page_is_not_touched() -> None:
    grey = _page()
    _text(grey, 400, 1000)
    image = Image.fromarray(grey)
    out, removed = remove_specks(image, SCALE)
    assert removed == 0 and out is image


def _strokes(width: int) -> np.ndarray:
    """Lines of « letters »: vertical stems and horizontal bars ``width`` px thick, and a
    table rule 3 px thick across the page (long runs are no strokes)."""
    grey = _page(paper=230)
    for baseline in range(400, 3000, 80):
        for x in range(200, 2200, 36):
            grey[baseline - 40 : baseline, x : x + width] = 20
            grey[baseline - 20 : baseline - 20 + width, x : x + 20] = 20
    grey[3100:3103, 100:2400] = 20
    return grey


def test_spread_toner_is_thinned_by_a_pixel_each_side() -> None:
    grey = _strokes(7)  # 1.68 pt: a regular font's stroke after a photocopy's spread
    assert stroke_width_pt(Image.fromarray(grey), SCALE) == np.float64(7 * SCALE)
    out, thinned = thin_spread_toner(Image.fromarray(grey), SCALE)
    result = np.asarray(out)
    assert thinned
    assert (result[380, 200:207] == [230, 20, 20, 20, 20, 20, 230]).all()
    assert stroke_width_pt(out, SCALE) == np.float64(5 * SCALE)


def test_light_letters_the_spread_toner_ate_in_a_dark_fill_grow_back() -> None:
    """Thinned before the dark fills are inverted: light strokes in a dark header band
    (thinner for the spread toner around them) come out a pixel wider each side."""
    grey = _strokes(7)
    grey[3200:3300, 100:2400] = 40  # a dark header band
    grey[3220:3280, 300:303] = 220  # a light stem in it, 3 px
    out, thinned = thin_spread_toner(Image.fromarray(grey), SCALE)
    assert thinned
    assert (np.asarray(out)[3250, 298:306] == [40, 220, 220, 220, 220, 220, 40, 40]).all()


def test_regular_and_bold_strokes_are_left_as_is() -> None:
    for width in (4, 5):  # 0.96 pt (regular at 300 dpi), 1.2 pt (bold)
        image = Image.fromarray(_strokes(width))
        out, thinned = thin_spread_toner(image, SCALE)
        assert not thinned and out is image


def test_no_ink_has_no_stroke() -> None:
    assert stroke_width_pt(Image.fromarray(_page()), SCALE) == 0.0


# --------------------------------------------------------------------------- header rows


def _line(top: float, *cells: tuple[float, str]) -> Line:
    """A line of cells (x0, text) set in 10 pt, 5 pt per character."""
    segments = []
    for x0, text in cells:
        words, x = [], x0
        for word in text.split():
            words.append((x, x + 5 * len(word), word))
            x += 5 * len(word) + 3
        segments.append(Segment(x0, words[-1][1], text, False, words))
    return Line(1, top, top + 10, segments[0].x0, segments[-1].x1, 10.0, False, segments)


_CELLS = [("step", 40, 65), ("description", 200, 250), ("budget", 360, 420), ("owner", 470, 505)]
_HEADER = [_line(100, (40, "Etape"), (200, "Descriptif"), (360, "Ressources à"), (470, "Porteur"))]


def test_a_body_line_whose_first_word_fitted_on_the_label_is_no_header_line() -> None:
    """« Lancer » would have gone on the line of « Etape » (room up to « Descriptif »): a
    header is never wrapped so, the line is the body's first."""
    body = _line(114, (40, "Lancer une phase"), (200, "Les actions à"), (360, "18000"))
    assert _fits_label_above(_CELLS, _HEADER, body)


def test_a_wrapped_label_is_a_header_line() -> None:
    """« mobiliser » did not fit after « Ressources à » before « Porteur » (paddings):
    the label's second line; « envisagés » in the last column tells nothing."""
    wrapped = _line(114, (360, "mobiliser"), (470, "envisagés"))
    assert not _fits_label_above(_CELLS, _HEADER, wrapped)


def test_words_not_set_where_a_label_starts_tell_nothing() -> None:
    """Centred labels: the body's words start left of them, where the column starts is not
    known; nor does a word in the last column."""
    body = _line(114, (20, "Lancer une phase"), (180, "Les actions"), (470, "GACdG"))
    assert not _fits_label_above(_CELLS, _HEADER, body)


def test_a_label_set_on_two_lines_inside_the_header_band_is_a_header_line() -> None:
    """« Ressources » / « à mobiliser » with a break (a Word header of two-line labels): « à »
    would have fitted after « Ressources », but the header's fill or rule closes right under
    the second line and none parts it from the first: the header's, not the body's first
    row. A body line under the band keeps being cut off by the fit rule."""
    from sources.pdf.geometry_tables import _closed_under
    from sources.pdf.scans import OcrPage

    header = _line(100, (40, "Etape"), (200, "Descriptif"), (360, "Ressources"), (470, "Porteur"))
    second = _line(110, (360, "à mobiliser"))
    body = _line(124, (40, "Lancer une phase"), (200, "Les actions à"), (360, "18000"))
    lines = [header, second, body]

    def rule(y: float) -> dict[str, object]:
        return {"orientation": "h", "top": y, "bottom": y, "x0": 30.0, "x1": 520.0}

    banded = OcrPage([], None, [rule(98.0), rule(121.5)])  # the band's top and bottom
    assert _fits_label_above(_CELLS, [header], second)  # a greedy wrap would have kept « à »
    assert _closed_under(banded, _CELLS, lines, 0, 1)
    assert not _closed_under(banded, _CELLS, lines, 1, 2)  # the body line: band closed above
    open_header = OcrPage([], None, [rule(98.0)])  # no fill nor rule under the labels
    assert not _closed_under(open_header, _CELLS, lines, 0, 1)
    parted = OcrPage([], None, [rule(98.0), rule(109.5), rule(121.5)])  # a row rule between
    assert not _closed_under(parted, _CELLS, lines, 0, 1)
