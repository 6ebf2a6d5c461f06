"""Engine selection: PDFium pages in pdfplumber's shape, pdfplumber where PDFium cannot match.

Pages PDFium cannot give with the same fidelity are read by pdfplumber instead (per page):
a ``/Rotate`` attribute or a MediaBox not at the origin (pdfminer's coordinate conventions
differ there), rotated or skewed text (characters without an axis-aligned matrix) other than a
diagonal watermark's (set aside by both engines, :mod:`sources.pdf.watermark`), and glyphs
PDFium's text page leaves out (codes 0–31 of a standard font not embedded, see
:mod:`sources.pdf.pdfium_chars`).
Both engines set aside a page's ground: a dark fill under light text, or tinted or white paper
drawn first under every other shape (:mod:`sources.pdf.page_ground`).
Both engines set aside a web page's fixed bars and banners printed over the text of every
page (:mod:`sources.pdf.overlays`, remembered from page to page), the text they hide kept,
and a sheet's cell notes printed over its cells (:mod:`sources.pdf.note_boxes`).
Both engines set aside the link addresses and abbreviation expansions a web page's print
stylesheet adds (:mod:`sources.pdf.print_additions`), a template's bracketed hints left in
the filled document (:mod:`sources.pdf.template_hints`), and the sort arrows a data-grid plug-in
draws in its header cells (:mod:`sources.pdf.grid_widgets`), and the hair-thin slices a
spreadsheet's gradient data bar is printed as (:mod:`sources.pdf.gradient_slices`), and the
source lists of a sheet's dropdowns typed beside its tables (:mod:`sources.pdf.choice_lists`),
and the title, labels and axis ticks of a vector chart drawn among the tables
(:mod:`sources.pdf.charts`).
``COPDIAG_PDF_ENGINE=pdfplumber`` reads every page with pdfplumber (reference engine).
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from typing import Any

import pypdfium2 as pdfium

from sources.errors import InputRejected
from sources.pdf.ascii_grids import with_drawn_grids
from sources.pdf.backdrop_glyphs import without_backdrop_glyphs
from sources.pdf.badges import without_badges
from sources.pdf.charts import without_charts
from sources.pdf.choice_lists import without_choice_lists
from sources.pdf.cut_marks import without_cut_marks
from sources.pdf.drop_caps import set_drop_caps_in_line
from sources.pdf.engraved_rules import with_engraved_rules
from sources.pdf.float_drops import lift_dropped_floats
from sources.pdf.gradient_slices import without_gradient_slices
from sources.pdf.grid_widgets import without_sort_arrows
from sources.pdf.icon_names import without_icon_names
from sources.pdf.marks import without_mark_spaces
from sources.pdf.note_boxes import without_notes
from sources.pdf.oblique import straighten_oblique
from sources.pdf.overlays import without_overlays
from sources.pdf.page_ground import without_ground
from sources.pdf.pdfium_chars import NeedsPdfplumber
from sources.pdf.pdfium_page import PdfiumPage
from sources.pdf.phantom_spaces import without_phantom_spaces
from sources.pdf.print_additions import without_print_additions
from sources.pdf.qr_codes import without_qr_codes
from sources.pdf.rule_overhang import tuck_overhangs
from sources.pdf.shadows import without_shadows
from sources.pdf.sheet_margins import without_sheet_margins
from sources.pdf.spread_words import close_spread_words
from sources.pdf.stamps import without_stamps
from sources.pdf.struck import without_struck
from sources.pdf.teasers import without_teasers
from sources.pdf.template_hints import without_template_hints
from sources.pdf.tilted_blocks import straighten_tilted
from sources.pdf.unseen_text import without_unseen_text
from sources.pdf.watermark import without_watermark

ENGINE_ENV = "COPDIAG_PDF_ENGINE"
ENGINES = ("pdfium", "pdfplumber")


def engine() -> str:
    """Engine chosen by ``COPDIAG_PDF_ENGINE`` (``pdfium`` by default)."""
    value = os.environ.get(ENGINE_ENV, "pdfium").strip().lower() or "pdfium"
    return value if value in ENGINES else "pdfium"


def _plumber_error(exc: BaseException) -> InputRejected:
    text = (type(exc).__name__ + " " + repr(exc.args)).lower()
    if "password" in text or "encrypt" in text:
        return InputRejected("PDF protégé par mot de passe", "encrypted")
    return InputRejected("PDF illisible ou tronqué", "corrupt_pdf")


def _fits_pdfium(page: pdfium.PdfPage) -> bool:
    """Pages whose coordinates pdfminer and PDFium express the same way."""
    if page.get_rotation() % 360:
        return False
    left, bottom, _, _ = page.get_mediabox()
    return abs(left) < 1e-6 and abs(bottom) < 1e-6


def iter_plumber_pages(data: bytes, max_pages: int | None = None, first: int = 0) -> Iterator[Any]:
    """pdfplumber-compatible pages in order (from the 0-based page ``first`` on), each
    closed after use by the caller (``close``).

    PDFium pages (:class:`PdfiumPage`) unless ``COPDIAG_PDF_ENGINE=pdfplumber`` or the page is
    one PDFium cannot give with the same fidelity, then a pdfplumber page. Raises
    :class:`InputRejected` (French reason) for a corrupt or password-protected file.
    """
    use_pdfium = engine() == "pdfium"
    overlays: list[Any] = []  # the overlay fills met so far (a fixed banner on every page)
    # the columns where the page before ended inside a printed abbreviation's expansion
    expansion: list[tuple[float, float]] = []
    plumber: Any = None
    doc: pdfium.PdfDocument | None = None
    try:
        if use_pdfium:
            try:
                doc = pdfium.PdfDocument(io.BytesIO(data))
            except pdfium.PdfiumError as exc:
                raise _plumber_error(exc) from exc
            n_pages = len(doc)
        else:
            plumber = _open_plumber(data)
            n_pages = len(plumber.pages)
        if max_pages is not None:
            n_pages = min(n_pages, max_pages)
        for index in range(first, n_pages):
            page: Any = None
            if doc is not None:
                raw_page = doc[index]
                if _fits_pdfium(raw_page):
                    page = PdfiumPage(raw_page, index + 1)
                    try:
                        page.load()  # read now: rotated text falls back below
                    except NeedsPdfplumber:
                        page = None
                else:
                    raw_page.close()
            if page is None:
                if plumber is None:
                    plumber = _open_plumber(data)
                raw = plumber.pages[index]
                straighten_oblique(raw.chars)  # a synthesized italic's leaned boxes
                page = without_watermark(raw)
            page = without_unseen_text(page)  # white glyphs on white paper
            page = without_print_additions(
                without_notes(without_overlays(page, overlays)), expansion
            )
            page = without_shadows(without_ground(without_sort_arrows(page)))
            page = without_gradient_slices(page)  # a data bar drawn as hair-thin slices
            page = with_engraved_rules(page)  # a 3D border's three strokes, one rule
            page = without_sheet_margins(page)  # an editor's sheets' headers and numbers
            page = without_stamps(page)  # a stamp's words laid over the text
            page = straighten_tilted(page)  # notes turned a degree or two, set straight
            page = without_icon_names(page)  # an icon font's names printed as words
            page = without_badges(page)  # « i » help badges after labels
            page = without_template_hints(page)  # a template's « [Décrire ici …] » hints
            page = without_cut_marks(page)  # « ✂ » on a coupon's dashed border
            page = without_qr_codes(page)  # « Flashez ce code » and its caption
            page = without_backdrop_glyphs(page)  # big pale numbers behind text
            page = without_teasers(page)  # « À LIRE AUSSI » boxes a CMS drops in
            page = without_choice_lists(page)  # a dropdown's source list beside a sheet
            page = without_charts(page)  # a chart's title, labels and axis ticks
            page = without_phantom_spaces(page)  # soft hyphens written as spaces
            page = with_drawn_grids(page)  # a grid drawn with « +--+ » and « | » glyphs
            page = without_mark_spaces(without_struck(page))
            set_drop_caps_in_line(page.chars)  # a template's « Lettrine » two lines tall
            close_spread_words(page)  # a lone word spread across its cell (« 2 0 1 9 »)
            tuck_overhangs(page)  # lines started left of their cell's rule
            lift_dropped_floats(page)  # a row's last floated cell dropped under the others
            yield page
    finally:
        if plumber is not None:
            plumber.close()
        if doc is not None:
            doc.close()


def _open_plumber(data: bytes) -> Any:
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001 - pdfminer raises many types
        raise _plumber_error(exc) from exc
