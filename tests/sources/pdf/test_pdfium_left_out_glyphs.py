"""Glyphs PDFium's text page leaves out: the page is read by pdfplumber instead.

react-pdf draws a character the template's font lacks in its Helvetica fallback, one byte a
UTF-16 code unit; a thin space U+2009 becomes code 9, a hair space U+200A code 10. PDFium's
text page gives nothing for codes 0–31 of a standard font the file does not embed, so
« 3 200 m² » read « 3200 m² » (TeT renders r63, r67); pdfminer reads « (cid:9) ».
"""

from __future__ import annotations

from sources.pdf.engine import iter_plumber_pages
from sources.pdf.pdfium_page import PdfiumPage


def _pdf(stream: bytes) -> bytes:
    """A one-page PDF whose content is ``stream``, font F1 = Helvetica (standard, not embedded)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 600 800] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return out


def _read(data: bytes) -> tuple[bool, str]:
    """(read by PDFium?, the page's characters joined)."""
    pages = iter_plumber_pages(data)
    try:
        page = next(pages)
        text = "".join(c["text"] for c in page.chars)
        by_pdfium = isinstance(page, PdfiumPage)
        page.close()
    finally:
        pages.close()
    return by_pdfium, text


def _drawn(*runs: tuple[float, bytes]) -> bytes:
    """Each run its own text object (react-pdf switches font objects), 10 pt, on one line."""
    return b"".join(
        b"BT /F1 10 Tf %.2f 700 Td <%s> Tj ET\n" % (x, run.hex().encode()) for x, run in runs
    )


def test_page_with_left_out_glyphs_read_by_pdfplumber() -> None:
    """« 3 », a glyph of code 9 (no width), « 200 m2 »: the code-9 glyph is read."""
    data = _pdf(_drawn((50.0, b"3"), (55.56, b"\x09"), (55.56, b"200 m2")))
    assert _read(data) == (False, "3(cid:9)200 m2")
    # a hair space (code 10) before « ! », and a code 0
    data = _pdf(_drawn((50.0, b"fin"), (63.9, b"\x0a"), (63.9, b"!"), (70.0, b"\x00")))
    assert _read(data) == (False, "fin(cid:10)!(cid:0)")


def test_page_without_left_out_glyphs_stays_pdfium() -> None:
    """Negative cases: Helvetica text of printable codes, in one or several text objects."""
    assert _read(_pdf(_drawn((50.0, b"3 200 m2")))) == (True, "3 200 m2")
    assert _read(_pdf(_drawn((50.0, b"3"), (55.56, b"/"), (55.56, b"200")))) == (True, "3/200")
    assert _read(_pdf(b"")) == (True, "")
