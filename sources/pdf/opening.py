"""Opening a PDF: validation, each page's fast text layer, scanned pages read by OCR.

pypdfium2 validates the file and gives the fast text before pdfplumber spends time on it;
corrupt, password-protected and image-only PDFs are rejected with a French reason.
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

from sources.errors import InputRejected
from sources.pdf.scans import OcrOutcome, ocr_scanned_pages

_MIN_PAGE_TEXT = 20  # characters: a page with less text and a large image is a scan
_MIN_IMAGE_SHARE = 0.25  # of the page area


# a word whose every letter comes twice (« DDeessccrriippttiiff »): PDFium's text of glyphs
# drawn twice, a shadow copy under each (:mod:`sources.pdf.shadows`)
_DOUBLED_RE = re.compile(r"(?<!\S)(?:(\w)\1){3,}(?=[\s.,;:)]|$)")
_WORD_RE = re.compile(r"\w{8,}")


def undoubled(text: str) -> str:
    """``text`` with its words whose every letter comes twice read once, where such words are
    many (a fifth of its long words at least, five at least): a page whose glyphs are all drawn
    twice, a copy under each. Elsewhere, only the lines whose every word is so doubled are
    read once (:func:`_undoubled_line`); any other text as it is."""
    doubled = _DOUBLED_RE.findall(text)
    if not doubled:
        return text
    many = len(doubled) >= 5 and 5 * len(doubled) >= len(_WORD_RE.findall(text))
    text = "\n".join(map(_undoubled_line, text.split("\n")))  # a stroked heading's lines
    return _DOUBLED_RE.sub(lambda m: m.group(0)[::2], text) if many else text


def _undoubled_line(line: str) -> str:
    """A line whose every word comes with each character twice (« AAxxee 11 :: »), one word
    of three letters at least among them, read once: a heading or a header row thickened by
    a text stroke (``-webkit-text-stroke``), painted filled then stroked, is the only text of
    its page so doubled; a line with one word not doubled is left as it is."""
    tokens = line.split()
    if not tokens or not any(_DOUBLED_RE.fullmatch(t) for t in tokens):
        return line
    if not all(len(t) % 2 == 0 and t[::2] == t[1::2] for t in tokens):
        return line
    return re.sub(r"\S+", lambda m: m.group(0)[::2], line)


_SPACELESS_LETTERS = 500  # letters on a page, at least, to tell its spaces dropped
_LETTERS_A_BLANK = 8  # more letters a blank than this: the spaces were dropped


def _char_a_line(text: str) -> bool:
    """PDFium's text of a page set ONE CHARACTER A LINE (« E » / « t » / « a » / « p » …): a
    browser's landscape named page whose glyphs PDFium cannot chain into lines. Forty lines
    at least, most of them one character."""
    lines = text.splitlines()
    if len(lines) < 40:
        return False
    return sum(len(ln.strip()) <= 1 for ln in lines) >= 0.6 * len(lines)


def _spaces_dropped(text: str) -> bool:
    """PDFium's text of a page whose spaces it dropped: a browser printing tight text (a
    theme's ``letter-spacing: -0.03em``) a glyph a text object, each space an object PDFium
    leaves out of its text page (« Objectifstratégique:Dynamiser,soutenirl'économie… »). Five
    hundred letters or more, more than eight a blank (French prose has about five)."""
    letters = sum(ch.isalpha() for ch in text)
    return letters >= _SPACELESS_LETTERS and letters > _LETTERS_A_BLANK * sum(
        ch.isspace() for ch in text
    )


def _text_from_chars(page: Any, page_number: int) -> str:
    """The page's text from the reader's own characters (the dropped spaces put back,
    :func:`sources.pdf.pdfium_chars._restore_space_objects`): a line a baseline, top to
    bottom, left to right."""
    from sources.pdf.pdfium_chars import _read_chars

    rows: dict[float, list[tuple[float, str]]] = {}
    for c in _read_chars(page, float(page.get_mediabox()[3]), page_number):
        rows.setdefault(round(float(c["matrix"][5]), 1), []).append((float(c["x0"]), c["text"]))
    return "\n".join(
        "".join(text for _, text in sorted(row)) for _, row in sorted(rows.items(), reverse=True)
    )


def _rebuilt_text(textpage: Any) -> str:
    """The page's text rebuilt from its characters' boxes: characters on one baseline (within
    a third of their height) make a line, left to right, a space where the gap between two
    is wider than a fifth of their height; lines top to bottom."""
    rows: list[tuple[float, float, list[tuple[float, float, str]]]] = []
    for index in range(textpage.count_chars()):
        char = textpage.get_text_range(index, 1)
        if not char or char in "\r\n" or not char.strip():
            continue
        left, bottom, right, top = textpage.get_charbox(index, loose=True)
        height = max(top - bottom, 1.0)
        for row in rows:
            if abs(row[0] - bottom) <= height / 3:
                row[2].append((left, right, char))
                break
        else:
            rows.append((bottom, height, [(left, right, char)]))
    out = []
    for _, height, chars in sorted(rows, key=lambda r: -r[0]):
        chars.sort()
        parts, last = [], None
        for left, right, char in chars:
            if last is not None and left - last > height / 5:
                parts.append(" ")
            parts.append(char)
            last = right
        out.append("".join(parts))
    return "\n".join(out)


def open_fast_text(
    data: bytes, on_page: Callable[[Any, Any], None] | None = None
) -> tuple[list[str], list[bool]]:
    """Validate with pypdfium2; each page's fast text and whether it looks scanned (almost no
    text, an image covering a large part of the page). ``on_page(page, textpage)`` reads more
    of each page while it is open (one pass over the document instead of two)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    if not data or b"%PDF" not in data[:1024]:
        raise InputRejected("PDF illisible ou tronqué (ce fichier n'est pas un PDF)", "corrupt_pdf")
    try:
        doc = pdfium.PdfDocument(io.BytesIO(data))
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputRejected(
                "PDF protégé par mot de passe : demander une version non protégée", "encrypted"
            ) from exc
        raise InputRejected("PDF illisible ou tronqué", "corrupt_pdf") from exc
    try:
        texts: list[str] = []
        scanned: list[bool] = []
        for index in range(len(doc)):
            page = doc[index]
            textpage = page.get_textpage()
            text = undoubled(textpage.get_text_range())
            if _char_a_line(text):
                text = _rebuilt_text(textpage)
            elif _spaces_dropped(text):
                text = _text_from_chars(page, index + 1)
            texts.append(text)
            if on_page is not None:
                on_page(page, textpage)
            textpage.close()
            is_scan = False
            if len(text.strip()) < _MIN_PAGE_TEXT:
                width, height = page.get_size()
                area = max(width * height, 1.0)
                for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
                    left, bottom, right, top = obj.get_bounds()
                    if (right - left) * (top - bottom) >= _MIN_IMAGE_SHARE * area:
                        is_scan = True
                        break
            scanned.append(is_scan)
            page.close()
    except pdfium.PdfiumError as exc:
        raise InputRejected("PDF illisible ou tronqué", "corrupt_pdf") from exc
    finally:
        doc.close()
    if not texts:
        raise InputRejected("PDF illisible ou tronqué (aucune page)", "corrupt_pdf")
    return texts, scanned


def check_pdf(data: bytes) -> list[str]:
    """Validate the file with pypdfium2 and return each page's fast text layer (no OCR).

    Raises :class:`InputRejected` (French reason) for corrupt, password-protected and
    image-only PDFs, before pdfplumber spends time on them. :func:`read_pdf_text` is the
    same with the OCR fallback for scanned pages.
    """
    return read_pdf_text(data, use_ocr=False)[0]


def read_pdf_text(
    data: bytes, use_ocr: bool = True, on_page: Callable[[Any, Any], None] | None = None
) -> tuple[list[str], OcrOutcome]:
    """:func:`check_pdf` with the OCR fallback: scanned pages are read by OCR.

    Returns each page's text (OCR text for OCR'd pages) and the OCR outcome. Raises
    :class:`InputRejected` for corrupt/encrypted PDFs, documents with nothing readable (the
    reason says whether OCR is missing or read nothing) and scanned documents of more than
    :data:`MAX_OCR_PAGES` pages (a text document with more picture pages than that gets its
    first ones OCR'd and the others reported unread).
    """
    texts, scanned = open_fast_text(data, on_page)
    indices = [i for i, flag in enumerate(scanned) if flag] if use_ocr else []
    has_text = sum(len(t.strip()) for t in texts) >= 20
    outcome = ocr_scanned_pages(data, indices, reject_over_limit=not has_text)
    for index, page in outcome.pages.items():
        texts[index] = page.text
    if sum(len(t.strip()) for t in texts) < 20:
        raise InputRejected(outcome.empty_reason(), "no_text_layer")
    return texts, outcome
