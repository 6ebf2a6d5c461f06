"""OCR fallback for scanned pages: Tesseract (French) word boxes as pdfplumber-like words.

A page without text layer (a scan) is rendered with pypdfium2 and read by Tesseract with the
``fra`` language; each recognised word becomes a dict shaped like a pdfplumber word
(``x0``, ``x1``, ``top``, ``bottom`` in PDF points from the page's top-left corner, ``text``,
``upright``, ``fontname``, ``size``) plus ``conf`` (Tesseract word confidence, 0-100), so the
layout code in :mod:`sources.pdf` (words → lines → tables) runs unchanged on scans.
Words under :data:`MIN_CONF` are dropped unless they still look like a word, a number or a
unit (Tesseract often scores acronyms such as "ADEME" or "k€" low, and dropping a unit would
turn "120 k€" into 120 €); a bullet read as "+"/"»" at the start of a line becomes "•".
The rules drawn on the page (table borders) are found on the rendered image too
(:func:`image_rules`), as pdfplumber-like ``edges``, so ruled field grids and table rows are
cut as on a text PDF. A page with no print on it (a sheet's blank back scanned recto-verso,
the front faintly seen through) is an empty page, never given to Tesseract
(:mod:`sources.ocr_blank`); a page whose declared size is no paper's (images wrapped into a
PDF at 96 dpi: 62 × 44 cm for an A4 sheet) is rendered and measured in the points of the
paper its pixels imply (:mod:`sources.ocr_paper`). A sheet printed « 2 pages par feuille » (two portrait pages reduced
side by side on a landscape sheet) is cut into its pages first, each read in its own frame
at its own size (:mod:`sources.ocr_nup`). Before Tesseract, a vibrating sensor's row jitter is
undone (:mod:`sources.ocr_jitter`), a sheet feeder's glass streaks
(thin dark columns down the whole page) are divided out (:mod:`sources.ocr_streaks`), a
printer's pale toner streaks darkened back (:mod:`sources.ocr_voids`), punch holes in a side
margin and a reader's pen strokes on a grey page painted as paper (:mod:`sources.ocr_holes`,
:mod:`sources.ocr_pen`), a coloured ink stamp pressed over a
colour scan's text is unmixed out, the print under it kept (:mod:`sources.ocr_colour`), a
halftone-screened page is averaged back to greys (:mod:`sources.ocr_screen`), a grey page's
fold shadow divided out and faded ink stretched dark (:mod:`sources.ocr_shade`), light
words on dark fills (header rows) are turned
dark on paper (:mod:`sources.ocr_invert`); after it, repairs from the image
(``COPDIAG_OCR_REPAIR=off`` to measure without them and the inversion): garbled lines and
short numbers read unsure read again alone (:mod:`sources.ocr_reread`), periods, spaces,
capital I and fiche-code digits Tesseract misread restored (:mod:`sources.ocr_repair`), light
cell fills given as row edges (:mod:`sources.ocr_fills`), edges inside a dark header band's
letters dropped (:mod:`sources.ocr_invert`), table rows the page layout garbled, joined
across a rule or left words out of read again cell by cell, words read unsure read again with
their block of ink, word boxes cut at the row rules they reach across (:mod:`sources.ocr_cells`,
``COPDIAG_OCR_CELLS=off`` to measure without). « Il » read as two rule stems is kept.
Tesseract lines cut out of one printed line get one font height, so they group again into
one line, and a line of x-height letters alone (« n » of a word broken in a narrow cell) the
size of the line above it; a word box stretched above its line by
other ink gets the line's top; short words read unsure over a sure word's ink (ghosts),
narrow unsure one-character words and marks opening a line (specks) are dropped, and an
elided « d' » read alone is glued to the next word.

Design choice: the ``tesseract`` command line is called directly (``subprocess``, PNG on stdin,
hOCR on stdout) rather than through ``pytesseract``. pytesseract is itself a wrapper around the
same binary (it writes temporary files and shells out), so it would add a dependency without
adding capability; calling the CLI keeps the Python dependency list unchanged, gives a hard
per-page timeout (``subprocess.run(timeout=...)`` kills the process) and no temporary files.
hOCR is read instead of TSV because it also gives, per line, Tesseract's baseline and font
"x_size": words then get the same ``top``/``bottom``/``size`` as their line, like the font
metrics pdfplumber reports, so words of one line (and cells of one table row) line up.

Tesseract and its French data are system packages (``scripts/install_system_deps.sh``); when
missing, :func:`ocr_available` is False and callers reject scanned PDFs with a French reason.
``COPDIAG_DISABLE_OCR=1`` switches OCR off (tests, constrained hosts).

Pure module: no Dagster, no warehouse. Rendering and recognition results are cached in
process (keyed by the PDF's hash), so detection and parsing of one file OCR each page once.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import shutil
import subprocess
import threading
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any

from sources.ocr_blank import blank_page
from sources.ocr_cells import clip_to_rules, reread_cells, reread_unsure_blocks
from sources.ocr_colour import colour_stamp_grey
from sources.ocr_faint_rules import with_faint_row_rules
from sources.ocr_fills import fill_edges
from sources.ocr_holes import remove_punch_holes
from sources.ocr_invert import dark_fill_rects, invert_dark_fills, rules_outside_letter_bands
from sources.ocr_jitter import unjitter
from sources.ocr_nup import split_sheet
from sources.ocr_orient import page_turn, tesseract_langs, turned
from sources.ocr_paper import NOTE as PAPER_NOTE
from sources.ocr_paper import paper_factor
from sources.ocr_pen import remove_pen_strokes
from sources.ocr_pixels import non_square_render, screened_render
from sources.ocr_repair import repair_words
from sources.ocr_reread import reread_garbled_lines
from sources.ocr_screen import descreen
from sources.ocr_shade import even_paper
from sources.ocr_sheet_line import clear_edge_lines
from sources.ocr_specks import remove_specks, thin_spread_toner
from sources.ocr_streaks import remove_streaks
from sources.ocr_unread import reread_unread_ink
from sources.ocr_voids import darken_voids
from sources.ocr_warp import straighten_lines, unwarped

OCR_LANG = "fra"
DEFAULT_DPI = 300
MIN_CONF = 30.0  # less sure words are dropped unless word-like (noise from rules and pictures)
PAGE_TIMEOUT_S = 90.0
MAX_RENDER_PX = 4200  # longest side of the rendered page: caps memory/time on huge pages
OCR_FONTNAME = "OCR"
_CACHE_SIZE = 64


class OcrError(RuntimeError):
    """Tesseract failed or timed out on a page (message in French)."""


def _tesseract() -> str | None:
    return shutil.which("tesseract")


def _installed() -> bool:
    return OCR_LANG in tesseract_langs()


def ocr_available() -> bool:
    """Tesseract is installed with French data (cached), and OCR is not switched off."""
    if os.environ.get("COPDIAG_DISABLE_OCR", "").strip() not in ("", "0"):
        return False
    return _installed()


# --------------------------------------------------------------------------- cache

_cache: OrderedDict[tuple[str, int, int], OcrResult] = OrderedDict()
_lock = threading.Lock()


def _digest(data: bytes) -> str:
    return hashlib.sha1(data, usedforsecurity=False).hexdigest()


def clear_cache() -> None:
    with _lock:
        _cache.clear()


# --------------------------------------------------------------------------- public API


@dataclass
class OcrResult:
    """One OCR'd page: words (pdfplumber-like dicts) and rules seen on the image (pdfplumber
    ``edges``-like dicts), both in PDF points from the page's top-left corner."""

    words: list[dict[str, Any]]
    rules: list[dict[str, Any]] = field(default_factory=list)
    turn: int = 0  # clockwise degrees the scan was turned to read it upright
    note: str | None = None  # French: how the turn was guessed, when not surely
    size: tuple[float, float] | None = None  # the upright page's width, height (points)
    # a sheet printed two pages per sheet (:mod:`sources.ocr_nup`): its pages, each read in
    # its own frame; ``words`` and ``rules`` then hold them laid side by side at full size
    parts: list[OcrResult] = field(default_factory=list)
    # read in the points of the paper its pixels imply, not the page's declared size
    # (:mod:`sources.ocr_paper`): ``size`` is the page's size then
    rescaled: bool = False
    # dark filled bands seen on the image (pdfplumber ``rects``-like dicts, a grey fill):
    # a step's name printed light on a band across its table
    fills: list[dict[str, Any]] = field(default_factory=list)


def _read_confidence(image: Any, points_per_px: float, timeout: float) -> float:
    """Mean word confidence (0-1) of Tesseract's reading of ``image``: which way up a page
    reads best, when Tesseract cannot tell its orientation."""
    try:
        words = hocr_words(tesseract_hocr(image, points_per_px, timeout=timeout), points_per_px)
    except OcrError:
        return 0.0
    return mean_confidence(words) or 0.0


def ocr_page(
    pdf_bytes: bytes,
    page_index: int,
    dpi: int = DEFAULT_DPI,
    timeout: float = PAGE_TIMEOUT_S,
) -> OcrResult:
    """OCR one page (0-based ``page_index``) of a PDF and find its drawn rules (cached).

    Raises :class:`OcrError` when Tesseract is missing, fails or exceeds ``timeout`` seconds.
    """
    key: tuple[Any, ...] = (
        _digest(pdf_bytes),
        page_index,
        dpi,
        binarize_mode(),
        repair_on(),
        cells_on(),
    )
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _copy(_cache[key])
    image, scale, factor = _render(pdf_bytes, page_index, dpi)
    if blank_page(image, scale):
        # no print on the page (a sheet's blank back, the front seen through): nothing to
        # read, and Tesseract would read the show-through as garbled words
        result = OcrResult([], size=(image.width * scale, image.height * scale))
        return _cached(key, result)
    if key[4]:
        # a coloured stamp over the text of a colour scan unmixed out (grey, the threshold
        # would keep its strokes as dark as the letters)
        image = _without_colour_stamp(pdf_bytes, page_index, dpi, image, scale)
    if key[4]:
        # a vibrating sensor's row jitter undone first: every later step reads upright strokes
        # and rules, and Tesseract misreads letters sheared to and fro
        image, _ = unjitter(image, scale)
    if key[4]:
        # a sheet feeder's glass streaks (dark columns down the whole page, through text and
        # rules) divided out before the page is straightened: they are vertical as scanned
        image, _ = remove_streaks(image, scale)
        # a printer low on toner: pale streaks down the page (the same drum columns on every
        # sheet) darkened back, or the threshold loses every letter they cross
        image, _ = darken_voids(image, scale)
        # a binder's punch holes (dark discs in a side margin) painted as paper: Tesseract
        # reads them as letters opening the lines beside them
        image, _ = remove_punch_holes(image, scale)
    # a page fed a quarter or half turn round put upright (the streaks and holes above are
    # where the sheet lay on the glass; all that follows reads the page as printed)
    turn, note = page_turn(image, scale, lambda im, ppp: _read_confidence(im, ppp, timeout))
    if key[4] and turn in (90, 270):
        # a fax's transmission line over the SHEET's top edge runs across a page turned a
        # quarter turn on it: upright, a column of sideways letters beside the page's text
        image, _ = clear_edge_lines(image, scale)
    image = turned(image, turn)
    halves = split_sheet(image, scale)
    if halves is None:
        result = _read_upright(image, scale, key, timeout)
        result.turn, result.note = turn, note
    else:  # a sheet printed two pages per sheet: each page read on its own, in order
        result = _sheet_of([_read_upright(im, sc, key, timeout) for im, sc in halves])
        result.turn, result.note = turn, " ; ".join(n for n in (note, NUP_NOTE) if n)
    if factor != 1.0:  # read in the points of the paper its pixels imply, not the declared
        result.rescaled = True
        result.note = " ; ".join(n for n in (result.note, PAPER_NOTE) if n)
    return _cached(key, result)


def _cached(key: tuple[Any, ...], result: OcrResult) -> OcrResult:
    """``result`` kept in the page cache under ``key``; a copy of it."""
    with _lock:
        _cache[key] = result
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return _copy(result)


def _read_upright(image: Any, scale: float, key: tuple[Any, ...], timeout: float) -> OcrResult:
    """OCR a page image already upright (``scale``: PDF points per pixel): words and rules."""
    if key[4]:
        # a halftone screen's dots averaged back to greys (read as a grey page: thresholded
        # locally again, its box borders and fills cost more and read worse)
        image, _ = descreen(image)
    mode = key[3]
    grey_page = not (mode == "on" or (mode == "auto" and needs_binarize(image)))
    if key[4] and grey_page:
        # a fold's shadow divided out, faded toner stretched dark: Tesseract's own global
        # threshold would turn the shadow black and the faint ink white
        image, _ = even_paper(image, scale)
    grey = image  # the page as scanned, for the light rules a threshold breaks
    if key[4]:
        # a photocopy's spread toner thinned (and the light letters it ate in a dark fill
        # thickened) before the fills are inverted and the page thresholded
        image, _ = thin_spread_toner(image, scale)
    if not grey_page:
        if key[4]:  # light letters on a dark fill would vanish in the threshold
            image, _ = invert_dark_fills(image, scale)
        image = binarize(image, scale)  # before deskewing: shading would blur the ink profile
        if key[4]:
            image, _ = remove_specks(image, scale)  # a copier's toner specks
        image, angle = deskew(image)
        if angle:
            grey = _rotated(grey, angle)
        if key[4]:  # a crumpled sheet's waving lines levelled (the grey page the same way)
            image, field = straighten_lines(image, scale)
            if field is not None:
                image = image.point(lambda v: 0 if v < 128 else 255)
                grey = unwarped(grey, field)
        scanned = image
    else:
        if key[4]:
            image, _ = remove_specks(image, scale)  # a fax page's specks
        image, _angle = deskew(image)
        if key[4]:
            # a crumpled sheet's waving lines levelled: Tesseract cuts a waving line into
            # pieces of their own baselines and font heights
            image, _ = straighten_lines(image, scale)
        if key[4]:
            # a reader's pen strokes (underlines, a tick) painted as paper: Tesseract reads
            # them as letters, the rule finder as rules; straight rules at the page's skew kept
            image, _ = remove_pen_strokes(image, scale)
        scanned = image  # rules and fills are looked for on the page as printed
        if key[4]:
            image, _ = invert_dark_fills(image, scale)  # a header row's light-on-dark words
    hocr = tesseract_hocr(image, scale, timeout=timeout)
    if key[4]:
        # garbled lines (cells of two lines beside cells of one) read again on their own band
        # on a grey page, a band the grey crop does not read better is read thresholded:
        # grain and JPEG blocks around a bold code (« FICHE ZL.4.1 » at 32 %) are gone there
        hocr = reread_garbled_lines(
            image,
            hocr,
            lambda crop, psm: tesseract_hocr(crop, scale, psm=psm, timeout=timeout),
            (lambda crop: binarize(crop, scale)) if grey_page else None,
        )
    words = hocr_words(hocr, scale)
    if key[4]:
        repair_words(image, words, scale)  # periods the image shows and Tesseract dropped
    rules = image_rules(scanned, scale)
    if key[4] and grey_page:
        # thin grey grid rules on greyed paper (a Writer grid's grey rules, ~180 on paper of
        # 235) lie over the ink level: pieces at best, the rule under a group row's fill lost
        # (long ones only: a highlighter's stroke edges and letters' grey rims make short
        # light runs inside the rows, and cut them)
        rules = light_rules(
            scanned,
            scale,
            rules,
            _GREY_LIGHT_H * scanned.width * scale,
            _GREY_LIGHT_V * scanned.height * scale,
        )
    if key[4] and not grey_page:
        rules = light_rules(grey, scale, rules)  # light row rules the threshold broke
        # fainter still (a phone photo's thin grey row rules, a reflection over them)
        rules = with_faint_row_rules(grey, scale, rules)
    if key[4]:
        # a header row light on a dark fill: the fill between its letters is not rules
        rules = rules_outside_letter_bands(rules, scanned, scale)
        rules += fill_edges(
            scanned, scale, words
        )  # zebra rows: edges as pdfplumber gives for rects
        if key[5]:
            # rows the page layout garbled or joined across a rule: read again cell by cell
            words = reread_cells(
                image, words, rules, scale, lambda crop, psm: _cell_words(crop, scale, psm)
            )
            words = reread_unsure_blocks(
                image, words, scale, lambda crop, psm: _cell_words(crop, scale, psm)
            )
            # ink of a table row no word covers (a header word read as noise): read alone
            words = reread_unread_ink(
                image, words, rules, scale, lambda crop, psm: _cell_words(crop, scale, psm)
            )
            words = clip_to_rules(words, rules, scale, image.width * scale)
        unoverlap_words(words)  # re-read words overlap the next line again
        words = drop_flat_specks(words)
    fills = dark_fill_rects(scanned if grey_page else grey, scale) if key[4] else []
    return OcrResult(words, rules, size=(image.width * scale, image.height * scale), fills=fills)


def cells_on() -> bool:
    """Doubtful table rows read again cell by cell (``COPDIAG_OCR_CELLS=off`` to measure
    without)."""
    return os.environ.get("COPDIAG_OCR_CELLS", "on").strip().lower() not in ("off", "0")


def _cell_words(crop: Any, scale: float, psm: int) -> list[dict[str, Any]]:
    """Words of one table cell cropped from the page, read alone, repaired."""
    words = hocr_words(tesseract_hocr(crop, scale, psm=psm), scale)
    repair_words(crop, words, scale)
    return words


def _copy(result: OcrResult) -> OcrResult:
    return OcrResult(
        [dict(w) for w in result.words],
        [dict(r) for r in result.rules],
        result.turn,
        result.note,
        result.size,
        [_copy(part) for part in result.parts],
        result.rescaled,
        [dict(f) for f in result.fills],
    )


NUP_NOTE = (
    "feuilles scannées imprimées « 2 pages par feuille » : les deux pages de chaque feuille "
    "lues l'une après l'autre, à leur taille d'origine ; le numéro de page indiqué est celui "
    "de la feuille scannée"
)


def _sheet_of(parts: list[OcrResult]) -> OcrResult:
    """One scanned sheet holding ``parts`` (pages read in their own frames): their words
    and rules laid side by side at full size, for readers that take a page as a whole (the
    page text, a slide's words); the page reader reads ``parts`` one after the other."""
    words: list[dict[str, Any]] = []
    rules: list[dict[str, Any]] = []
    left = height = 0.0
    for part in parts:
        width, tall = part.size or (0.0, 0.0)
        for item in part.words:
            words.append({**item, "x0": item["x0"] + left, "x1": item["x1"] + left})
        for item in part.rules:
            rules.append({**item, "x0": item["x0"] + left, "x1": item["x1"] + left})
        left, height = left + width, max(height, tall)
    return OcrResult(words, rules, size=(left, height), parts=parts)


def ocr_page_words(
    pdf_bytes: bytes,
    page_index: int,
    dpi: int = DEFAULT_DPI,
    timeout: float = PAGE_TIMEOUT_S,
) -> list[dict[str, Any]]:
    """OCR one page (0-based ``page_index``) of a PDF; words in PDF points, ``conf`` 0-100.

    Raises :class:`OcrError` when Tesseract is missing, fails or exceeds ``timeout`` seconds.
    """
    return ocr_page(pdf_bytes, page_index, dpi, timeout).words


def render_page(pdf_bytes: bytes, page_index: int, dpi: int = DEFAULT_DPI) -> tuple[Any, float]:
    """Render a page in grey levels; returns (PIL image, PDF points per pixel). A scanned
    page whose declared size is no paper's (:mod:`sources.ocr_paper`) is rendered and
    measured in the points of the paper its pixels imply."""
    image, points_per_px, _factor = _render(pdf_bytes, page_index, dpi)
    return image, points_per_px


def _render(pdf_bytes: bytes, page_index: int, dpi: int) -> tuple[Any, float, float]:
    """:func:`render_page`, and the implied paper's points per declared point."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(io.BytesIO(pdf_bytes))
    try:
        page = doc[page_index]
        try:
            width, height = page.get_size()
            factor = paper_factor(page)
            scale = dpi / 72.0 * factor  # pixels per declared point
            longest = max(width, height) * scale
            if longest > MAX_RENDER_PX:
                scale *= MAX_RENDER_PX / longest
            bitmap = page.render(scale=scale, grayscale=True)
            image = bitmap.to_pil()
            bitmap.close()
            # a fax page's tall pixels resampled sharply, not stretched soft by the renderer
            resampled = non_square_render(page, image.size)
            if resampled is None and repair_on():
                # a halftone screen averaged out before the renderer's resampling blurs its
                # dots past recognition (at the screen's own resolution, left to descreen)
                resampled = screened_render(page, image.size)
            if resampled is not None:
                image = resampled
        finally:
            page.close()
    finally:
        doc.close()
    return image, factor / scale, factor


def _without_colour_stamp(
    pdf_bytes: bytes, page_index: int, dpi: int, grey: Any, scale: float
) -> Any:
    """The page's grey image with a coloured ink stamp taken out (:mod:`sources.ocr_colour`),
    rendered again in colour for it; ``grey`` as is when the page is grey or holds none."""
    import numpy as np
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(io.BytesIO(pdf_bytes))
    try:
        page = doc[page_index]
        try:
            # a look at a small copy first: a grey page (most scans) is not rendered again
            bitmap = page.render(scale=50.0 / 72.0)
            small = np.asarray(bitmap.to_pil().convert("RGB"), dtype=np.int16)
            bitmap.close()
            if int((small.max(axis=2) - small.min(axis=2)).max(initial=0)) < 24:
                return grey
            bitmap = page.render(scale=paper_factor(page) / scale)
            colour = bitmap.to_pil().convert("RGB")
            bitmap.close()
        finally:
            page.close()
    finally:
        doc.close()
    if colour.size != grey.size:
        return grey
    unstamped = colour_stamp_grey(colour, scale)
    return grey if unstamped is None else unstamped


MAX_SKEW_DEG = 5.0  # a sheet laid askew on the glass; more is a rotated page, not a skew
_MIN_SKEW_DEG = 0.15  # below this, rotating would only blur the glyphs


def skew_angle(image: Any) -> float:
    """Angle (degrees, PIL ``rotate`` convention) that makes a scanned page's text lines
    horizontal: the rotation whose row-ink profile is the sharpest (projection profile), on a
    reduced copy; coarse search by 0.25°, then refined by 0.05°."""
    import numpy as np
    from PIL import Image

    grey = image.convert("L")
    factor = max(1.0, max(grey.size) / 1200.0)
    small = grey.resize((int(grey.width / factor), int(grey.height / factor)), Image.BILINEAR)
    ink = Image.fromarray(((np.asarray(small) < _DARK) * 255).astype("uint8"))
    if not np.asarray(ink).any():
        return 0.0

    def sharpness(angle: float) -> float:
        rows = np.asarray(ink.rotate(angle, resample=Image.NEAREST, fillcolor=0)).sum(axis=1)
        return float(np.square(np.diff(rows.astype(np.float64))).sum())

    coarse = np.arange(-MAX_SKEW_DEG, MAX_SKEW_DEG + 1e-9, 0.25)
    best = max(coarse, key=sharpness)
    fine = np.arange(best - 0.25, best + 0.25 + 1e-9, 0.05)
    return float(max(fine, key=sharpness))


def _rotated(image: Any, angle: float) -> Any:
    """A grey page turned by ``angle`` as :func:`deskew` turns it, the corners filled with
    the paper's grey (white corners on grey paper would be ink against it)."""
    import numpy as np
    from PIL import Image

    paper = int(np.percentile(np.asarray(image.convert("L"))[::4, ::4], 90))
    return image.convert("L").rotate(angle, resample=Image.BICUBIC, fillcolor=paper)


def deskew(image: Any) -> tuple[Any, float]:
    """The page straightened when it lies askew (words of one line then share a baseline and
    table rules become long runs again); ``(image, angle)``, angle 0 when left as is."""
    from PIL import Image

    angle = skew_angle(image)
    if abs(angle) < _MIN_SKEW_DEG:
        return image, 0.0
    fill = 255 if image.mode == "L" else None
    return image.rotate(angle, resample=Image.BICUBIC, fillcolor=fill), angle


# --------------------------------------------------------------------------- thresholding

BINARIZE_ENV = "COPDIAG_OCR_BINARIZE"  # auto (default) | on | off: measurements compare them
_BG_UNEVEN = 24  # spread (grey levels) of the paper's brightness across the page
_BG_DULL = 215  # paper darker than this: greyed, yellowed or under-exposed
_WINDOW_PT = 18.0  # local window of the adaptive threshold, ~ two text lines


REPAIR_ENV = "COPDIAG_OCR_REPAIR"  # on (default) | off: second reading and period repair


def repair_on() -> bool:
    """Garbled lines read again, dropped periods restored, light fills taken as row edges
    (:mod:`sources.ocr_reread`, :mod:`sources.ocr_repair`, :mod:`sources.ocr_fills`); ``off``
    only to measure what they bring."""
    return os.environ.get(REPAIR_ENV, "on").strip().lower() != "off"


def binarize_mode() -> str:
    mode = os.environ.get(BINARIZE_ENV, "auto").strip().lower()
    return mode if mode in ("on", "off") else "auto"


def _background(grey: Any) -> Any:
    """Paper brightness per tile (8×8 grid): the 90th percentile of each tile's pixels."""
    import numpy as np

    h, w = grey.shape
    tiles = [
        np.percentile(grey[i * h // 8 : (i + 1) * h // 8, j * w // 8 : (j + 1) * w // 8], 90)
        for i in range(8)
        for j in range(8)
    ]
    return np.array(tiles)


def needs_binarize(image: Any) -> bool:
    """Threshold only where it helps: paper that is greyed or unevenly lit (a phone photo,
    a scan with its lid open, yellowed sheets). A clean white page is left to Tesseract's own
    global (Otsu) threshold, which is right there, and is not touched."""
    import numpy as np

    grey = np.asarray(image.convert("L"), dtype=np.float32)
    if grey.size == 0:
        return False
    bg = _background(grey)
    return bool(
        np.median(bg) < _BG_DULL or np.percentile(bg, 90) - np.percentile(bg, 10) > _BG_UNEVEN
    )


def binarize(image: Any, points_per_px: float | None = None, k: float = 0.2) -> Any:
    """Adaptive (Sauvola) threshold: a pixel is ink when darker than its neighbourhood's mean
    lowered in proportion to the local contrast. Unlike one global threshold it keeps letters on
    a shaded corner and drops light cell fills and paper grain. Integral images: O(pixels)."""
    import numpy as np
    from PIL import Image

    grey = np.asarray(image.convert("L"), dtype=np.float64)
    h, w = grey.shape
    if points_per_px is None:
        points_per_px = 595.0 / max(1, min(h, w)) if h > w else 842.0 / max(1, w)
    half = max(7, int(_WINDOW_PT / points_per_px / 2))
    pad = np.pad(grey, ((1, 0), (1, 0)))
    sum1 = pad.cumsum(0).cumsum(1)
    sum2 = (pad * pad).cumsum(0).cumsum(1)
    ys, xs = np.arange(h), np.arange(w)
    y0, y1 = np.clip(ys - half, 0, h), np.clip(ys + half + 1, 0, h)
    x0, x1 = np.clip(xs - half, 0, w), np.clip(xs + half + 1, 0, w)
    area = (y1 - y0)[:, None] * (x1 - x0)[None, :]

    def box(table: Any) -> Any:
        return table[y1][:, x1] - table[y0][:, x1] - table[y1][:, x0] + table[y0][:, x0]

    mean = box(sum1) / area
    var = np.maximum(box(sum2) / area - mean * mean, 0.0)
    threshold = mean * (1 + k * (np.sqrt(var) / 128.0 - 1))
    out = np.where(grey <= threshold, 0, 255).astype("uint8")
    return Image.fromarray(out, mode="L")


def ocr_image_words(
    image: Any, points_per_px: float, timeout: float = PAGE_TIMEOUT_S
) -> list[dict[str, Any]]:
    """Run Tesseract (``fra``) on a PIL image; words with boxes scaled by ``points_per_px``."""
    return hocr_words(tesseract_hocr(image, points_per_px, timeout=timeout), points_per_px)


def tesseract_hocr(
    image: Any, points_per_px: float, psm: int = 3, timeout: float = PAGE_TIMEOUT_S
) -> str:
    """Tesseract's hOCR of a PIL image (``fra``, page segmentation mode ``psm``)."""
    exe = _tesseract()
    if exe is None or not ocr_available():
        raise OcrError("reconnaissance de caractères indisponible (tesseract-ocr-fra non installé)")
    png = io.BytesIO()
    image.save(png, format="PNG")
    dpi = max(70, round(72.0 / points_per_px))
    env = dict(os.environ)
    env.setdefault("OMP_THREAD_LIMIT", "1")  # parallel workers: avoid CPU oversubscription
    try:
        proc = subprocess.run(
            [exe, "stdin", "stdout", "-l", OCR_LANG, "--dpi", str(dpi), "--psm", str(psm), "hocr"],
            input=png.getvalue(),
            capture_output=True,
            timeout=timeout,
            check=False,
            env=env,
        )
    except subprocess.TimeoutExpired as exc:
        raise OcrError(
            f"reconnaissance de caractères trop longue (plus de {timeout:.0f} s pour une page)"
        ) from exc
    except OSError as exc:
        raise OcrError(f"reconnaissance de caractères impossible : {exc}") from exc
    if proc.returncode != 0:
        detail = proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or [""]
        raise OcrError(f"échec de la reconnaissance de caractères : {detail[0]}")
    return proc.stdout.decode("utf-8", "replace")


# --------------------------------------------------------------------------- hOCR → words

_LINE_CLASSES = ("ocr_line", "ocr_header", "ocr_caption", "ocr_textfloat")
_BBOX_RE = re.compile(r"bbox\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)\s+(-?\d+)")
_BASELINE_RE = re.compile(r"baseline\s+(-?[\d.]+)\s+(-?[\d.]+)")
_XSIZE_RE = re.compile(r"x_size\s+([\d.]+)")
_XDESC_RE = re.compile(r"x_descenders\s+([\d.]+)")
_WCONF_RE = re.compile(r"x_wconf\s+(-?[\d.]+)")
_RULE_CHARS = "|¦[]{}_"  # table rules and cell borders read as characters
# a low-confidence word is kept when it still looks like a word (acronyms such as "ADEME"
# often score low); short or mixed low-confidence tokens are noise from rules and pictures
_WORDLIKE_RE = re.compile(
    r"[(«\"']?(?:[A-Za-zÀ-ÖØ-öø-ÿŒœ]{3,}|\d+(?:[.,/-]\d+)*|[kKM]?€|%|HT|TTC)[.,;:)»\"']{0,2}"
)
# a one-character word narrower than this share of the font height is a speck (JPEG noise,
# paper grain), unless it is one of the glyphs that thin
_SPECK_WIDTH = 0.2
_THIN_CHARS = frozenset("Il|i1!:;.,'’`-")
# read unsure (under this), a one-character word narrower than _UNSURE_SPECK_WIDTH of the font
# height is a speck too (« d' 2 appuyer »: a « 2 » 1.7 pt wide at 54 %); no digit or letter
# but the thin ones is that narrow
_SURE_CONF = 60.0
_UNSURE_SPECK_WIDTH = 0.3
# a mark that never opens a line of French text: read unsure at a line's start, a speck
_NO_LINE_START = frozenset(";:,.")
# a line-opening « : » taller than this share of the font height and reaching under the
# line's descenders is no mark (a colon sits on the baseline, half the height): a piece of a
# box's side rule beside the line, wavy (a jittered scan) so it is no straight rule
_MARK_HEIGHT = 0.75
# a list bullet (•) is often read as one of these when it starts a line
_BULLET_MISREADS = frozenset({"+", "»", "©", "®", "¢", "e", "«"})


def hocr_words(hocr: str, points_per_px: float, min_conf: float = MIN_CONF) -> list[dict[str, Any]]:
    """Words of a Tesseract hOCR page as pdfplumber-like dicts (see the module docstring).

    A word's ``top``/``bottom`` come from its line's baseline and font height (like font
    metrics), ``size`` from the line's x_size snapped to the page's size clusters.
    """
    from defusedxml import ElementTree

    root = ElementTree.fromstring(hocr.encode("utf-8"))
    parsed: list[_HocrLine] = []
    for node in root.iter():
        cls = node.get("class")
        if cls not in _LINE_CLASSES:
            continue
        title = node.get("title") or ""
        box = _BBOX_RE.search(title)
        if box is None:
            continue
        lx0, _ly0, lx1, ly1 = (float(v) for v in box.groups())
        base = _BASELINE_RE.search(title)
        slope, offset = (float(base.group(1)), float(base.group(2))) if base else (0.0, 0.0)
        xs = _XSIZE_RE.search(title)
        xd = _XDESC_RE.search(title)
        line_words: list[tuple[str, list[float], float]] = []
        for child in node.iter():
            if child.get("class") != "ocrx_word":
                continue
            text = " ".join("".join(child.itertext()).split())
            wtitle = child.get("title") or ""
            wbox = _BBOX_RE.search(wtitle)
            conf = _WCONF_RE.search(wtitle)
            if wbox is None:
                continue
            confidence = float(conf.group(1)) if conf else 0.0
            if text == _TWO_STEMS:  # « Il » or a double rule: told apart by its neighbours
                line_words.append((text, [float(v) for v in wbox.groups()], confidence))
                continue
            text = text.strip(_RULE_CHARS)
            if not line_words and text in _BULLET_MISREADS:
                text, confidence = "•", max(confidence, min_conf)
            if not text or (confidence < min_conf and not _WORDLIKE_RE.fullmatch(text)):
                continue
            box_px = [float(v) for v in wbox.groups()]
            if len(text) == 1 and text not in _THIN_CHARS and xs is not None:
                narrow = _SPECK_WIDTH if confidence >= _SURE_CONF else _UNSURE_SPECK_WIDTH
                if box_px[2] - box_px[0] < narrow * float(xs.group(1)):
                    continue  # « < », « 2 » a pixel or two wide: a speck of the paper
            if not line_words and text in _NO_LINE_START and confidence < _SURE_CONF:
                continue  # « ; » opening a line, read unsure: French never starts a line so
            if not line_words and text in _NO_LINE_START and xs is not None and xd is not None:
                size, under = float(xs.group(1)), ly1 + offset + float(xd.group(1))
                if box_px[3] - box_px[1] > _MARK_HEIGHT * size and box_px[3] > under:
                    continue  # a piece of a box's side rule beside the line, read as « : »
            line_words.append((text, box_px, confidence))
        if xs is not None:
            line_words = _two_stems_read_as_rules(line_words, float(xs.group(1)))
        if len(line_words) == 1 and line_words[0][0] == "•":
            continue  # a lone "bullet" is a speck
        if not line_words:
            continue
        if sum(len(t) for t, _, _ in line_words) <= 2 and not any(
            c.isalnum() for t, _, _ in line_words for c in t
        ):
            continue  # a line of one or two marks (« ; », « ' »): a speck, not text
        heights = sorted(b[3] - b[1] for _, b, _ in line_words)
        x_size = float(xs.group(1)) if xs else 0.8 * heights[len(heights) // 2]
        x_desc = float(xd.group(1)) if xd else 0.2 * x_size
        parsed.append(_HocrLine(lx0, lx1, ly1 + offset, slope, x_size, x_desc, line_words))
    _align_split_lines(parsed, points_per_px)
    words: list[dict[str, Any]] = []
    line_sizes: list[float] = []
    for line in parsed:
        x_size, x_desc = line.x_size, line.x_desc
        line_sizes.append(x_size * points_per_px)
        for text, (x0, y0, x1, y1), confidence in line.words:
            baseline = line.baseline + line.slope * ((x0 + x1) / 2 - line.x0)
            top, bottom = min(y0, baseline - x_size), max(y1, baseline + x_desc)
            if not (baseline - 2 * x_size < y0 < baseline + x_desc):  # baseline estimate off
                top, bottom = y0, y1
            elif y0 < baseline - _ABOVE_LINE * x_size:
                # a box stretched up by ink that is not the word's (the rest of a rule between
                # two table rows, taken in by sparse reading): the line's top, as the other
                # words of the line, or it sorts apart from them and the line is garbled
                top = baseline - x_size
            words.append(
                {
                    "text": text,
                    "x0": x0 * points_per_px,
                    "x1": x1 * points_per_px,
                    "top": top * points_per_px,
                    "bottom": bottom * points_per_px,
                    "width": (x1 - x0) * points_per_px,
                    "height": (bottom - top) * points_per_px,
                    "upright": True,
                    "direction": "ltr",
                    "fontname": OCR_FONTNAME,
                    "size": x_size * points_per_px,
                    "conf": round(confidence, 1),
                    "_line": len(line_sizes) - 1,
                }
            )
    words = _drop_ghosts(words)
    _unoverlap_lines(words)
    snapped = _snap_sizes(_wrapped_line_sizes(parsed, _short_letter_sizes(parsed, line_sizes)))
    for word in words:
        word["size"] = snapped[word.pop("_line")]
    words = _glue_elisions(words)
    words.sort(key=lambda w: (w["top"], w["x0"]))
    return words


_LINE_OVERLAP = 0.15  # of a line's height: a box reaching this little into the line below
# points left between a cut box and the line under it: the words of one printed line are
# read with tops a few tenths of a point apart (« objectifs » 385.0, « consommation » 385.2)
_LINE_GAP_PT = 0.5


_FLAT_SHARE = 0.1  # of the font size: a box this flat holds no letter
_FLAT_MAX_CHARS = 2
_FLAT_CONF = 60.0


def drop_flat_specks(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """``words`` without the specks read as a letter on a rule: one or two characters read
    unsurely (under :data:`_FLAT_CONF`) whose box, once cut at the lines and rules around
    it, is under :data:`_FLAT_SHARE` of its font size tall (« a » 0.2 pt tall at 9.5 pt on
    a table's bottom rule). A printed letter is at least its x-height tall wherever it sits;
    such a word made a table row of its own under the rule (an owner « a »)."""
    return [
        w
        for w in words
        if not (
            len(w["text"]) <= _FLAT_MAX_CHARS
            and w.get("conf", 100.0) < _FLAT_CONF
            and w["bottom"] - w["top"] < _FLAT_SHARE * w["size"]
        )
    ]


def unoverlap_words(words: list[dict[str, Any]]) -> None:
    """:func:`_unoverlap_lines` for a page's final words, which cell and block re-readings
    made from crops (their lines are no longer known): a word's box is cut at the top of a
    word on the next line under it, or starting within two font heights of it (the same
    column: « les » over the end of « objectifs »); then the words of its printed line
    (tops and bottoms within :data:`_SAME_LINE_PT`) are cut as low, so the line ends over
    the next one everywhere (« GES » ended its line and had no word right under it)."""
    order = sorted(words, key=lambda w: w["top"])
    cuts: list[float] = []
    for i, word in enumerate(order):
        height = word["bottom"] - word["top"]
        cut = word["bottom"]
        for other in order[i + 1 :]:
            if other["top"] >= word["bottom"]:
                break
            if (
                other["top"] > word["top"] + 0.5 * height
                and word["bottom"] - other["top"] <= _LINE_OVERLAP * height
                and other["x0"] < word["x1"] + 2 * height
                and word["x0"] < other["x1"] + 2 * height
            ):
                cut = min(cut, other["top"] - _LINE_GAP_PT)
        cuts.append(cut)
    for word, cut in zip(order, cuts, strict=True):
        if cut < word["bottom"]:
            word["bottom"], word["height"] = cut, cut - word["top"]
    # one printed line ends at one height: its words cut as low as the lowest cut of them
    start = 0
    while start < len(order):
        end = start + 1
        while end < len(order) and order[end]["top"] - order[start]["top"] <= _SAME_LINE_PT:
            end += 1
        line = order[start:end]
        low = min(w["bottom"] for w in line)
        for word in line:
            height = word["bottom"] - word["top"]
            if low < word["bottom"] <= low + _LINE_OVERLAP * height + _LINE_GAP_PT:
                word["bottom"], word["height"] = low, low - word["top"]
        start = end


_SAME_LINE_PT = 0.6  # words whose tops and bottoms agree this closely are of one line


def _unoverlap_lines(words: list[dict[str, Any]]) -> None:
    """The words of a Tesseract line cut, in place, at the top of the line under it when
    their boxes reach a little into it. A line's box runs from the font height over its
    baseline to its descenders under it, a few tenths of a point more than a tightly set
    line's pitch, so « Liens avec les » overlapped « objectifs » under it by 0.3 pt; the
    layout code, like a text PDF's font metrics, wants a wrapped label's lines to stack, not
    overlap (the label was cut in two, « objectifs » taken for the « Objectifs » field's
    label). Lines side by side (columns apart) are left alone; lines overlapping by more
    than :data:`_LINE_OVERLAP` of the height are no lines one under the other."""
    lines: dict[int, list[dict[str, Any]]] = {}
    for word in words:
        lines.setdefault(word["_line"], []).append(word)
    boxes = [
        (
            min(w["x0"] for w in ws),
            max(w["x1"] for w in ws),
            min(w["top"] for w in ws),
            max(w["bottom"] for w in ws),
            ws,
        )
        for ws in lines.values()
    ]
    for x0, x1, top, bottom, ws in boxes:
        height = bottom - top
        under = [
            other_top
            for ox0, ox1, other_top, _, _ in boxes
            if top + 0.5 * height < other_top < bottom
            and bottom - other_top <= _LINE_OVERLAP * height
            and ox0 < x1
            and x0 < ox1
        ]
        if under:
            cut = min(under) - _LINE_GAP_PT
            for word in ws:
                if word["bottom"] > cut:
                    word["bottom"] = cut
                    word["height"] = cut - word["top"]


_TWO_STEMS = "||"
_STEM_GAP = 0.8  # font heights: a word space, not the padding of a table cell


def _two_stems_read_as_rules(
    words: list[tuple[str, list[float], float]], x_size: float
) -> list[tuple[str, list[float], float]]:
    """« Il » read « || » (two stems, the rule character twice), which the rule stripping then
    dropped (« sens. s'agit » for « sens. Il s'agit »): between two words of its line at word
    spaces, and no taller than the line's capitals, two stems are the capital I and the l of
    « Il » (« ll » is no French word); anywhere else they are a rule, dropped as before."""
    out = []
    for i, (text, box, conf) in enumerate(words):
        if text != _TWO_STEMS:
            out.append((text, box, conf))
            continue
        before = words[i - 1][1] if i > 0 else None
        after = words[i + 1][1] if i + 1 < len(words) else None
        if (
            before is not None
            and after is not None
            and box[3] - box[1] <= 1.6 * x_size
            and 0 <= box[0] - before[2] <= _STEM_GAP * x_size
            and 0 <= after[0] - box[2] <= _STEM_GAP * x_size
        ):
            out.append(("Il", box, conf))
    return out


# a word's box reaching higher than this many font heights above its baseline holds more
# than the word (an accented capital stays under it)
_ABOVE_LINE = 1.3
# an elided word (« d' », « l' », « qu' ») is never printed alone: it is glued to the next
_ELIDED_RE = re.compile(r"(?:[cdjlmnstCDJLMNST]|[qQ]u|[lL]orsqu|[pP]uisqu)['’]")
_ELISION_GAP = 1.0  # at most this many font heights between « d' » and the next word


def _glue_elisions(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """« d' » read as a word of its own (a speck between it and « appuyer » read « 2 ») joined to the next word of its printed line, as French
    prints it: « d'appuyer ». Only when that word starts with a letter, its top is within
    half a word height and the gap under one font height (a word further on is another
    cell's)."""
    out = list(words)
    for word in [w for w in words if _ELIDED_RE.fullmatch(w["text"])]:
        height = word["bottom"] - word["top"]
        nxt = [
            w
            for w in out
            if w is not word
            and w["text"][:1].isalpha()
            and abs(w["top"] - word["top"]) <= 0.5 * height
            and 0 <= w["x0"] - word["x1"] <= _ELISION_GAP * word["size"]
        ]
        if not nxt or word not in out:
            continue
        other = min(nxt, key=lambda w: w["x0"])
        word["text"] += other["text"]
        word["x1"], word["width"] = other["x1"], other["x1"] - word["x0"]
        word["top"], word["bottom"] = (
            min(word["top"], other["top"]),
            max(word["bottom"], other["bottom"]),
        )
        word["height"] = word["bottom"] - word["top"]
        word["conf"] = min(word["conf"], other["conf"])
        out.remove(other)
    return out


GHOST_CONF = 40.0  # a short word read under this over a sure word's ink is a ghost
_GHOST_OVERLAP = 0.3  # share of the ghost's box lying on the sure word's


def _drop_ghosts(words: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Words of one or two characters read under :data:`GHOST_CONF` whose box lies for
    :data:`_GHOST_OVERLAP` or more on a word read surely (≥ 90 %): the same ink read twice,
    as a line of its own (« Le » at 33 % over the ascenders of « Planification » in a
    two-line table header: it became the column's header cell, and the years of the column
    went to the description)."""
    sure = [w for w in words if w["conf"] >= 90 and len(w["text"]) >= 3]

    def ghost(word: dict[str, Any]) -> bool:
        if len(word["text"]) > 2 or word["conf"] >= GHOST_CONF:
            return False
        area = (word["x1"] - word["x0"]) * (word["bottom"] - word["top"])
        for other in sure:
            dx = min(word["x1"], other["x1"]) - max(word["x0"], other["x0"])
            dy = min(word["bottom"], other["bottom"]) - max(word["top"], other["top"])
            if dx > 0 and dy > 0 and dx * dy >= _GHOST_OVERLAP * area:
                return True
        return False

    return [w for w in words if not ghost(w)]


@dataclass
class _HocrLine:
    """A Tesseract text line: left/right (px), baseline at its left edge and slope, font
    height and descender depth (px), and its words (text, bbox, confidence)."""

    x0: float
    x1: float
    baseline: float
    slope: float
    x_size: float
    x_desc: float
    words: list[tuple[str, list[float], float]]


def _align_split_lines(lines: list[_HocrLine], points_per_px: float) -> None:
    """Lines Tesseract cut out of one printed line (a table header row read as « Etape
    Descriptif Planification » and « Porteur » apart) share their baseline but not their
    font height: a one-word line's x_size is often a fifth smaller, so its words' tops fell
    outside the line grouping's tolerance and the header row came out as two lines (its
    wrapped « mobiliser » then taken for a table row). Side-by-side lines whose baselines
    agree within the line grouping's tolerance (0.3 of the font height, 1.5 pt at least)
    get the font height and descender of the line holding the most characters."""
    order = sorted(range(len(lines)), key=lambda i: lines[i].baseline)
    groups: list[list[int]] = []
    for i in order:
        line = lines[i]
        for group in reversed(groups[-4:]):
            head = lines[group[0]]
            size = max(head.x_size, line.x_size)
            if abs(_mid_baseline(head) - _mid_baseline(line)) > max(
                1.5 / points_per_px, 0.3 * size
            ):
                continue
            if any(lines[j].x0 < line.x1 and line.x0 < lines[j].x1 for j in group):
                continue  # overlapping lines: Tesseract's own reading, left as is
            group.append(i)
            break
        else:
            groups.append([i])
    for group in groups:
        if len(group) < 2:
            continue
        main = max(group, key=lambda j: sum(len(t) for t, _, _ in lines[j].words))
        for j in group:
            lines[j].x_size, lines[j].x_desc = lines[main].x_size, lines[main].x_desc


def _mid_baseline(line: _HocrLine) -> float:
    return line.baseline + line.slope * (line.x1 - line.x0) / 2


_WRAP_PITCH = 1.6  # of the line above's font height: the next line of one paragraph
_WRAP_SIZE = 0.1  # relative size difference Tesseract's estimate wobbles by
# ... and a line with no descender (« Intercommunale », « territoriaux ») under one with
# them: its font height is measured a good tenth small (48 px under 55)
_WRAP_SIZE_NO_DESCENDER = 0.15
_NO_DESCENDER = 0.6  # a descender depth under this share of the line above's: none


def _wrapped_line_sizes(lines: list[_HocrLine], sizes: list[float]) -> list[float]:
    """Line sizes with a line wrapped from the line above given that line's size.

    The next line of a wrapped heading (« territoire » under « Objectif opérationnel :
    Etendre … acteurs du ») is read on other glyphs: Tesseract's font size for it may fall a
    few percent off its first line's and snap to the body text's size, and the heading then
    ends a line early. A line right under another (baseline within :data:`_WRAP_PITCH` of
    its height), starting at its left edge and ending no further right (a heading's first
    line is the wider one; the body under a short heading reaches further), its size within
    :data:`_WRAP_SIZE`, gets the size of the line above. A wrapped line whose words have no
    descender (a last word alone, « Intercommunale ») is sized by its ascenders alone, a good
    tenth small: when its descender depth is well under the line above's, the size may be
    :data:`_WRAP_SIZE_NO_DESCENDER` off."""
    out = list(sizes)
    order = sorted(range(len(lines)), key=lambda i: lines[i].baseline)
    for k, i in enumerate(order):
        line = lines[i]
        above = [
            j
            for j in order[:k]
            if 0 < line.baseline - lines[j].baseline <= _WRAP_PITCH * lines[j].x_size
            and abs(lines[j].x0 - line.x0) <= 0.5 * lines[j].x_size
            and lines[j].x1 >= line.x1 - 0.5 * lines[j].x_size
        ]
        if not above:
            continue
        j = max(above, key=lambda j: lines[j].baseline)
        bare = line.x_desc < _NO_DESCENDER * lines[j].x_desc  # no descender: reads small
        if abs(out[j] - out[i]) <= _WRAP_SIZE * out[j] or (
            bare and 0 < out[j] - out[i] <= _WRAP_SIZE_NO_DESCENDER * out[j]
        ):
            out[i] = out[j]
    return out


_SHORT_LETTERS_RE = re.compile(r"[acemnorsuvwxz.,;:]+")  # no ascender, descender nor capital
_SHORT_LINE_SIZE = 0.75  # of the line above's size: a smaller estimate is another font
_SHORT_LINE_PITCH = 1.8  # of the line above's height: the next line of one cell (12.7 pt / 8)


def _short_letter_sizes(lines: list[_HocrLine], sizes: list[float]) -> list[float]:
    """Line sizes with a line of x-height letters only given the size of the line above it.

    Tesseract sizes a line by its letters' ink: a line of « n » alone (« l'agglomératio » /
    « n », a word broken in a narrow cell) or « en cours » has no ascender to measure by, and
    its font comes out a fifth small (6.5 pt under lines of 8 pt). The table code compares
    the gap over a line with its font size: the line then starts a row of its own. Such a
    line under another (baseline within
    :data:`_SHORT_LINE_PITCH` of its height, the two overlapping across) takes that line's
    size when larger, down to :data:`_SHORT_LINE_SIZE` of it."""
    out = list(sizes)
    for i, line in enumerate(lines):
        if not all(_SHORT_LETTERS_RE.fullmatch(text) for text, _, _ in line.words):
            continue
        above = [
            j
            for j, other in enumerate(lines)
            if 0 < line.baseline - other.baseline <= _SHORT_LINE_PITCH * other.x_size
            and other.x0 < line.x1
            and line.x0 < other.x1
        ]
        if not above:
            continue
        j = max(above, key=lambda j: lines[j].baseline)
        if _SHORT_LINE_SIZE * sizes[j] <= sizes[i] < sizes[j]:
            out[i] = sizes[j]
    return out


def _snap_sizes(sizes: list[float], tolerance: float = 0.1) -> list[float]:
    """Snap line font sizes (pt) to clusters, so lines printed in one font get one size.

    Tesseract's per-line x_size wobbles by a few percent around the true size; the layout code
    compares sizes between lines (title continuations, wrapped headers), so near-equal sizes
    are grouped (a cluster spans at most ``tolerance`` above its smallest size, so sizes do
    not chain from footnotes up to headings) and each line gets its cluster's median, rounded
    to 0.5 pt.
    """
    if not sizes:
        return []
    order = sorted(range(len(sizes)), key=lambda i: sizes[i])
    clusters: list[list[int]] = [[order[0]]]
    for i in order[1:]:
        if sizes[i] > sizes[clusters[-1][0]] * (1 + tolerance):
            clusters.append([i])
        else:
            clusters[-1].append(i)
    out = [0.0] * len(sizes)
    for cluster in clusters:
        values = sorted(sizes[i] for i in cluster)
        median = values[len(values) // 2]
        for i in cluster:
            out[i] = max(1.0, round(median * 2) / 2)
    return out


def mean_confidence(words: list[dict[str, Any]]) -> float | None:
    """Mean word confidence (0-1) weighted by word length; ``None`` without words."""
    total = sum(len(w["text"]) for w in words)
    if not total:
        return None
    return round(sum(w["conf"] * len(w["text"]) for w in words) / total / 100.0, 3)


# --------------------------------------------------------------------------- rules on the image

_DARK = 170  # grey level below which a pixel is ink (grey table rules included)


def image_rules(
    image: Any, points_per_px: float, min_h_pt: float = 40.0, min_v_pt: float = 20.0
) -> list[dict[str, Any]]:
    """Horizontal and vertical rules drawn on a scanned page, as pdfplumber-like ``edges``.

    A rule is a run of ink pixels at least ``min_h_pt`` wide (``min_v_pt`` tall): letters never
    make such runs, table borders and underlines do. Runs on adjacent pixel rows are merged;
    a thick run (a dark filled band) gives its top and bottom edges, like a rectangle.
    The layout code uses them as it uses a text PDF's rules: row bands of field grids, row
    separators and column boundaries of tables.
    """
    import numpy as np

    return mask_rules(np.asarray(image.convert("L")) < _DARK, points_per_px, min_h_pt, min_v_pt)


def mask_rules(
    ink: Any,
    points_per_px: float,
    min_h_pt: float = 40.0,
    min_v_pt: float = 20.0,
    max_thick_pt: float | None = None,
) -> list[dict[str, Any]]:
    """The rules (long runs) of a boolean ink mask, as :func:`image_rules` gives them;
    groups of runs thicker than ``max_thick_pt`` (when given) left out."""
    import numpy as np

    edges: list[dict[str, Any]] = []
    for orientation, mask, min_pt in (("h", ink, min_h_pt), ("v", ink.T, min_v_pt)):
        steps = np.diff(np.pad(mask, ((0, 0), (1, 1))).astype(np.int8), axis=1)
        rows, starts = np.nonzero(steps == 1)
        _, ends = np.nonzero(steps == -1)  # row-major order: each start has its end
        keep = (ends - starts) >= min_pt / points_per_px
        groups: list[list[int]] = []  # [first row, last row, start, end]
        for row, x0, x1 in zip(
            rows[keep].tolist(), starts[keep].tolist(), ends[keep].tolist(), strict=True
        ):
            for group in reversed(groups[-12:]):
                if row - group[1] <= 1 and x0 < group[3] and x1 > group[2]:
                    group[1], group[2], group[3] = row, min(group[2], x0), max(group[3], x1)
                    break
            else:
                groups.append([row, row, x0, x1])
        for first, last, x0, x1 in groups:
            thick = (last + 1 - first) * points_per_px
            if max_thick_pt is not None and thick > max_thick_pt:
                continue
            across = [(first + last + 1) / 2] if thick <= 3.0 else [first, last + 1]
            for pos in across:
                a, b, c = pos * points_per_px, x0 * points_per_px, x1 * points_per_px
                if orientation == "h":
                    edges.append({"orientation": "h", "x0": b, "x1": c, "top": a, "bottom": a})
                else:
                    edges.append({"orientation": "v", "x0": a, "x1": a, "top": b, "bottom": c})
    return edges


# a thin rule this many grey levels darker than the paper around it is a rule, however light
_LIGHT_RULE_CONTRAST = 30
# darker pixels are toner, found by the threshold (and the gaps between the light letters of
# a dark header band, paper-bright around them, are no rules)
_LIGHT_RULE_MIN_GREY = 110
_LIGHT_RULE_MAX_PT = 2.0  # thicker runs are fills or the scanner's border, not a light rule
_SAME_RULE_PT = 1.5  # a rule piece this close to a light rule is a piece of it


_GREY_LIGHT_H = 0.3  # of the page width: a light row rule on a grey page runs this far
_GREY_LIGHT_V = 0.1  # of the page height: a light column rule on a grey page


def light_rules(
    grey: Any,
    points_per_px: float,
    found: list[dict[str, Any]],
    min_h_pt: float = 40.0,
    min_v_pt: float = 20.0,
) -> list[dict[str, Any]]:
    """Light table rules a threshold broke, from the grey page: ``found`` (the rules of the
    thresholded page) with each thin run of pixels at least :data:`_LIGHT_RULE_CONTRAST`
    darker than the paper around it added, and the pieces of it already found dropped.

    A light grey row rule (~50 levels under the paper, 4 px) on a page thresholded for its
    uneven light sits at the adaptive threshold's edge: it came out in pieces, a third of the
    row wide, and the table's rows merged. The paper is estimated per pixel (the brightest
    grey around, on an 8× reduced copy), so light falling off across the page does not
    count as ink; text makes no run a rule long."""
    import numpy as np
    from PIL import Image
    from scipy import ndimage

    g = np.asarray(grey.convert("L"), dtype=np.int16)
    h, w = g.shape
    small = ndimage.maximum_filter(g[::8, ::8], size=7)
    paper = np.asarray(
        Image.fromarray(small.astype("uint8")).resize((w, h), Image.BILINEAR), dtype=np.int16
    )
    light = (paper - g >= _LIGHT_RULE_CONTRAST) & (g >= _LIGHT_RULE_MIN_GREY)
    thin = mask_rules(light, points_per_px, min_h_pt, min_v_pt, max_thick_pt=_LIGHT_RULE_MAX_PT)
    if not thin:
        return found

    def covered(piece: dict[str, Any]) -> bool:
        return any(_piece_of(piece, rule) for rule in thin)

    return [e for e in found if not covered(e)] + thin


def _piece_of(piece: dict[str, Any], rule: dict[str, Any]) -> bool:
    """``piece`` lies on ``rule``: same orientation, within :data:`_SAME_RULE_PT` across and
    inside its length."""
    if piece["orientation"] != rule["orientation"]:
        return False
    if piece["orientation"] == "h":
        across, a0, a1, b0, b1 = (
            piece["top"] - rule["top"],
            piece["x0"],
            piece["x1"],
            rule["x0"],
            rule["x1"],
        )
    else:
        across, a0, a1, b0, b1 = (
            piece["x0"] - rule["x0"],
            piece["top"],
            piece["bottom"],
            rule["top"],
            rule["bottom"],
        )
    return abs(across) <= _SAME_RULE_PT and a0 >= b0 - _SAME_RULE_PT and a1 <= b1 + _SAME_RULE_PT
