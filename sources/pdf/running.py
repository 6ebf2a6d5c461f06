"""Running headers/footers (texts repeated in the page margins) and page numbers."""

from __future__ import annotations

import ctypes
import io
import re
from collections import Counter
from functools import lru_cache
from typing import Any

from sources.pdf.booklet import booklet_order
from sources.pdf.content import Line
from sources.pdf.header_slots import Slot, slot_texts, slots_of
from sources.pdf.imposed import Box, Imposition, read_imposition, settle, sheet_runs
from sources.pdf.lines import words_to_lines
from sources.pdf.page_runs import (
    interleaved_candidate,
    page_marks,
    rows_candidate,
    run_length,
    uneven_candidate,
)
from sources.pdf.scans import OcrPage
from sources.values import fold

_PAGE_NO_RE = re.compile(r"^(?:page|p\.?)?\s*\d{1,4}(?:\s*(?:/|sur|of)\s*\d{1,4})?$", re.IGNORECASE)


_DIGITS_RE = re.compile(r"\d+")


_BARE_NUMBERS_RE = re.compile(r"\s*#(?:\s+#)+\s*")  # two numbers or more, nothing else


def _running_key(text: str) -> str:
    """``text`` folded, its numbers masked (« Page 3 » and « Page 12 » alike)."""
    if len(text) <= 200:
        return _short_running_key(text)  # every segment of every page is looked up
    return _DIGITS_RE.sub("#", fold(text))


@lru_cache(maxsize=16_384)
def _short_running_key(text: str) -> str:
    return _DIGITS_RE.sub("#", fold(text))


# a page's band keys (each marked with its band, :data:`_EDGES`), placed edge texts, height and
# top-band texts by slot
_View = tuple[set[str], set[tuple[str, int]], float, set[tuple[Slot, str]]]


class EdgeTexts:
    """Each page's texts in its top/bottom bands and placed near its edges, read while the
    page's text page is open: :func:`sources.pdf.opening.open_fast_text` calls :meth:`add` in
    its own pass over the pages, so the document is not opened and laid out a second time."""

    def __init__(self, band: float = 0.09) -> None:
        self.band = band
        self.empty: list[bool] = []  # per page: no character in its text layer
        self._sizes: list[tuple[float, float] | None] = []  # per page with text: its size
        # per page: the pages it is set as (:mod:`sources.pdf.imposed`), its bands read whole
        # and, where it may be a sheet of two pages, page by page (:attr:`pages`)
        self._sheets: list[Imposition | None] = []
        self._whole: list[list[_View]] = []
        self._cut: list[list[_View] | None] = []
        self._last: Imposition | None = None
        # per page: its body's text runs by place (:mod:`sources.pdf.page_runs`)
        self._marks: list[frozenset[Box] | None] = []

    def add(self, page: Any, textpage: Any) -> None:
        width, height = page.get_size()
        empty = textpage.count_chars() <= 0
        self.empty.append(empty)
        self._sizes.append(None if empty else (width, height))
        # a sheet printed two pages per sheet: each page's bands read on their own
        sheet = None if empty else read_imposition(page, textpage, _running_key, self._last)
        self._last = sheet if sheet is not None and sheet.furniture else None
        self._sheets.append(sheet)
        whole = self._views(textpage, height, ((0.0, 0.0, width, height),), False)
        self._whole.append(whole)
        self._cut.append(None if sheet is None else self._views(textpage, height, sheet.boxes))
        self._marks.append(None if empty else page_marks(_run_boxes(textpage, height), height))

    def add_empty(self, height: float) -> None:
        """A page with no character in its text layer (a scan, read by OCR)."""
        self.empty.append(True)
        self._sizes.append(None)
        self._sheets.append(None)
        self._whole.append([(set(), set(), height, set())])
        self._cut.append(None)
        self._marks.append(None)

    def _views(
        self, textpage: Any, height: float, boxes: tuple[Box, ...], cut: bool = True
    ) -> list[_View]:
        """Band keys, placed edge texts, height and top-band slots of each page of a sheet
        (``boxes``; ``cut``: pages cut from a sheet printed two pages per sheet)."""
        views: list[_View] = []
        for x0, _, x1, _ in boxes:
            seen: set[str] = set()
            for edge, (bottom, top) in zip(
                _EDGES, ((height * (1 - self.band), height), (0.0, height * self.band)), strict=True
            ):
                text = textpage.get_text_bounded(left=x0, bottom=bottom, right=x1, top=top)
                for raw in text.splitlines():
                    key = _running_key(raw)
                    if key:
                        seen.add(edge + key)
            slots: set[tuple[Slot, str]] = set()
            span = (x0, x1) if cut else None
            placed = _placed_edge_texts(textpage, height, self.band, slots, span)
            views.append((seen, placed, height, slots))
        return views

    @property
    def imposed(self) -> list[Imposition | None]:
        """Per page: the pages printed on it side by side (:mod:`sources.pdf.imposed`), or
        None, the whole document seen."""
        return settle(self._sheets, self._sizes)

    @property
    def booklet(self) -> list[tuple[int, int]] | None:
        """The pages in booklet order (each page's sheet, 0-based, and half) when the sheets
        are a brochure's (:mod:`sources.pdf.booklet`), else None."""
        return booklet_order(self.imposed)

    @property
    def tiled(self) -> int | None:
        """``N`` when the document is a sheet printed in two runs of ``N`` page columns
        (:mod:`sources.pdf.page_runs`), else None."""
        return run_length(self._marks) if self.uniform else None

    @property
    def tiled_on_rows(self) -> bool:
        """May the document be a sheet printed in page columns with no repeated column
        (:func:`sources.pdf.page_runs.rows_candidate`; told by reading pages again)?"""
        return self.uniform and rows_candidate(self._marks)

    @property
    def tiled_unevenly(self) -> dict[int, int] | None:
        """Each later page's mate when the document may be a sheet printed in two uneven runs
        of page columns (:func:`sources.pdf.page_runs.uneven_candidate`), else None."""
        return uneven_candidate(self._marks) if self.uniform else None

    @property
    def tiled_over(self) -> dict[int, int] | None:
        """Each later page's mate (the page before it) when the document may be a sheet
        printed in page columns over then down
        (:func:`sources.pdf.page_runs.interleaved_candidate`), else None."""
        return interleaved_candidate(self._marks) if self.uniform else None

    @property
    def uniform(self) -> bool:
        """Are all the document's pages of one size, with text, none set two per sheet (a
        sheet printed in page columns may be)?"""
        sizes = {(round(s[0]), round(s[1])) for s in self._sizes if s is not None}
        return len(sizes) == 1 and not any(self.empty) and not any(self.imposed)

    @property
    def pages(self) -> list[list[_View]]:
        """Per page, per page printed on it (two on a sheet printed two pages per sheet):
        band keys, placed edge texts, page height, top-band texts by slot."""
        return [
            whole if sheet is None else cut or whole
            for sheet, whole, cut in zip(self.imposed, self._whole, self._cut, strict=True)
        ]

    def running(self, ocr: dict[int, OcrPage] | None = None) -> set[str]:
        """Folded, digit-free texts repeated in the bands of most pages (OCR'd pages, ``ocr``
        0-based, add the OCR lines of their bands)."""
        counts: Counter[str] = Counter()
        placed: Counter[tuple[str, int]] = Counter()
        ocr_seen: list[set[str]] = []  # per OCR'd page, the keys of its band lines
        pages = self.pages
        n_pages = len(pages)
        band = self.band
        for index, printed in enumerate(pages):
            band_keys, edge_texts, height, _ = printed[0]
            seen: set[str] = set()
            if ocr and index in ocr:
                # a sheet printed two pages per sheet: each of its pages has its bands
                views = ocr[index].views
                n_pages += len(views) - 1
                for view in views:
                    seen = set()
                    if view.size is not None:  # a scan fed turned, read upright
                        height = view.size[1]
                    lines = words_to_lines(view.words, index + 1)
                    for line in lines:
                        if line.bottom < height * band or line.top > height * (1 - band):
                            key = _running_key(line.text)
                            if key:
                                seen.add(_edge_of(line.top, height) + key)
                    for group in band_line_groups(lines, height, band):
                        key = _running_key(group_text(group))
                        if key:
                            seen.add(_edge_of(group[0].top, height) + key)
                    ocr_seen.append({key[1:] for key in seen})
                    counts.update(seen | band_keys)
                placed.update(edge_texts)
                continue
            if index < len(self.empty) and self.empty[index]:
                # a page with no text at all (a blank back; a scan OCR found nothing on) has
                # no running header to miss: it does not count among the pages
                n_pages -= 1
                continue
            n_pages += len(printed) - 1
            for band_keys, edge_texts, _, _ in printed:
                counts.update(band_keys)
                placed.update(edge_texts)
        threshold = max(2, int(0.5 * n_pages + 0.5)) if n_pages > 2 else 2
        # a running text repeats in ONE band: the same words in the top band of some pages and
        # the bottom band of others are body text a page break happened to put there
        found = {key[1:] for key, count in counts.items() if count >= threshold}
        found |= _misread_alike(ocr_seen, threshold)
        # a footer of several lines reaches above the band: a text printed at the SAME place
        # on most pages, in the outer fifth of the page, is page furniture too (« Suite page
        # suivante » over « Page 3 »); the page reader drops it only below the body's last line
        if n_pages > 2:
            found |= {key for (key, _), count in placed.items() if count >= threshold}
            slots = [view[3] for printed in pages for view in printed]
            found |= slot_texts(slots, found, threshold)  # a sheet-name header
        # numbers alone (« 2020 2 », « 2019 1 »: a board's list titles and counts at each
        # page's top) are no running text: their numbers differ, only the mask repeats (a lone
        # number, a page's folio, stays one)
        return {key for key in found if not _BARE_NUMBERS_RE.fullmatch(key)}


_EDGES = ("^", "_")  # a band key's mark: the page's top band, its bottom band


def _edge_of(top: float, height: float) -> str:
    """The mark of the band a line whose top is ``top`` (from the page's top) stands in."""
    return _EDGES[0] if top < height / 2 else _EDGES[1]


def running_texts(
    data: bytes,
    band: float = 0.09,
    ocr: dict[int, OcrPage] | None = None,
    edges: EdgeTexts | None = None,
) -> set[str]:
    """Folded, digit-free texts repeated in the top/bottom bands of most pages.

    Uses pypdfium2's bounded text (fast) so pdfplumber lines can be filtered in one pass;
    OCR'd pages (``ocr``, 0-based) contribute the OCR lines of their bands. ``edges``, when
    given, holds the pages' edge texts already read (:class:`EdgeTexts`); else the document
    is opened here.
    """
    if edges is None:
        import pypdfium2 as pdfium

        edges = EdgeTexts(band)
        doc = pdfium.PdfDocument(io.BytesIO(data))
        try:
            for index in range(len(doc)):
                page = doc[index]
                textpage = page.get_textpage()
                edges.add(page, textpage)
                textpage.close()
                page.close()
        finally:
            doc.close()
    return edges.running(ocr)


_ONE_LINE = 0.5  # of the shorter piece's height: two pieces side by side on one printed line


def band_line_groups(lines: list[Line], height: float, band: float) -> list[list[Line]]:
    """Lines of a scanned page's top or bottom band that are PIECES OF ONE printed line, side
    by side (two pieces or more each): a line printed straight across the top margin (a fax
    machine's transmission line, « 03/12/2026 10:42 DE : … P.003/017 ») over a page read
    askew is tilted when the page is straightened, and the line finder cuts it where its
    words' tops drift apart — at a different word on each page, so no piece repeats."""
    inside = sorted(
        (ln for ln in lines if ln.bottom < height * band or ln.top > height * (1 - band)),
        key=lambda ln: ln.top,
    )
    groups: list[list[Line]] = []
    for line in inside:
        for group in groups:
            top, bottom = min(g.top for g in group), max(g.bottom for g in group)
            shorter = min(line.bottom - line.top, bottom - top)
            overlap = min(bottom, line.bottom) - max(top, line.top)
            beside = all(line.x0 >= g.x1 or line.x1 <= g.x0 for g in group)
            if beside and shorter > 0 and overlap >= _ONE_LINE * shorter:
                group.append(line)
                break
        else:
            groups.append([line])
    return [g for g in groups if len(g) > 1]


def group_text(group: list[Line]) -> str:
    """The text of a band line's pieces, left to right."""
    return " ".join(ln.text for ln in sorted(group, key=lambda ln: ln.x0))


def _placed_edge_texts(
    textpage: Any,
    height: float,
    band: float,
    slots: set[tuple[Slot, str]] | None = None,
    span: tuple[float, float] | None = None,
) -> set[tuple[str, int]]:
    """(key, rounded top) of the text runs in the outer fifth of a page but outside
    ``band`` (those are counted without their position); ``slots``, when given, receives the
    runs of the top band by place (:mod:`sources.pdf.header_slots`). ``span``: only the runs
    centred between these x (one page of a sheet printed two pages per sheet), placed from
    its left. Read through the bound PDFium calls: a word processor's page holds hundreds of
    runs."""
    import codecs

    from sources.pdf.pdfium_chars import _fast

    fast = _fast()
    tp = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    out: set[tuple[str, int]] = set()
    n_rects = fast.count_rects(tp, 0, -1)
    if n_rects == -1:
        raise pdfium_error("Failed to count rectangles.")
    left, top, right, bottom = (ctypes.c_double() for _ in range(4))
    refs = [ctypes.byref(v) for v in (left, top, right, bottom)]
    for index in range(n_rects):
        if not fast.get_rect(tp, index, *refs):
            raise pdfium_error("Failed to get rectangle.")
        if span is not None and not span[0] <= (left.value + right.value) / 2 < span[1]:
            continue
        near_edge = top.value < height * _EDGE or bottom.value > height * (1 - _EDGE)
        in_band = top.value < height * band or bottom.value > height * (1 - band)
        if not near_edge or (in_band and slots is None):
            continue
        box = (left, top, right, bottom)  # the same doubles, passed through
        n_chars = fast.bounded_text(tp, *box, None, 0)
        text = ""
        if n_chars > 0:
            buffer = (ctypes.c_ushort * n_chars)()
            fast.bounded_text(tp, *box, buffer, n_chars)
            text = codecs.decode(buffer, "utf-16-le", "ignore")  # type: ignore[arg-type]
        key = _running_key(text)
        if in_band:
            if key and slots is not None:
                shift = span[0] if span is not None else 0.0
                for slot in slots_of(left.value - shift, top.value, right.value - shift):
                    slots.add((slot, key))
        elif key and len(key) >= 4:
            out.add((key, round(top.value / 3)))
    return out


def pdfium_error(message: str) -> Exception:
    import pypdfium2 as pdfium

    return pdfium.PdfiumError(message)


_EDGE = 0.2
_ALIKE = 0.88  # similarity of two OCR readings of one running text (difflib ratio)
_ALIKE_MIN_LEN = 12  # shorter texts differ by a letter for real (« Axe # » / « Axe #b »)


def _misread_alike(pages: list[set[str]], threshold: int) -> set[str]:
    """Band texts of OCR'd pages found, misread a letter or two differently, on as many
    pages as a running text (« programme d'achons » / « programme d'actions »): each of those
    readings is a running text. Exact repeats are counted by the caller."""
    from difflib import SequenceMatcher

    if len(pages) < threshold:
        return set()
    keys = sorted({k for seen in pages for k in seen if len(k) >= _ALIKE_MIN_LEN})
    out: set[str] = set()
    for key in keys:
        matcher = SequenceMatcher(None, "", key, autojunk=False)
        alike = set()
        for other in keys:
            if other == key:
                alike.add(other)
                continue
            matcher.set_seq1(other)
            if (
                matcher.real_quick_ratio() >= _ALIKE
                and matcher.quick_ratio() >= _ALIKE
                and matcher.ratio() >= _ALIKE
            ):
                alike.add(other)
        if sum(1 for seen in pages if seen & alike) >= threshold:
            out.add(key)
    return out


def is_page_number(text: str) -> bool:
    return bool(_PAGE_NO_RE.match(" ".join(text.split())))


def _run_boxes(textpage: Any, height: float) -> list[Box]:
    """A PDFium text page's text runs (boxes from the page's top)."""
    return [box for box, _ in sheet_runs(textpage, height)[0]]
