"""A producer's PDF printed again by a print dialog that puts several pages on one sheet:
« Pages par feuille : 2 » of the browser's PDF viewer, and a presentation printed as a
handout « 3 diapositives par page » (thirty-second held-out set); and a deck printed one slide a
page on A4 portrait paper by a document viewer writing through cairo (thirty-third set).

Both keep every page's text as text: the pages become form XObjects placed on new pages by
PDFium (the library behind Chromium's own imposition), so only the placement is ours.
"""

from __future__ import annotations

import io
from pathlib import Path

# Chromium's A4 sheet in points, turned for two pages side by side
_A4_LANDSCAPE = (841.92, 594.96)
# A4 portrait as PowerPoint prints a handout
_A4_PORTRAIT = (595.28, 841.89)
_FONT = Path("/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf")


def two_up(data: bytes) -> bytes:
    """``data`` printed « 2 pages par feuille »: PDFium's ``FPDF_ImportNPagesToOne`` (what
    Chromium calls for that option), two consecutive pages side by side on each A4
    landscape sheet, each scaled to fit its half and centred there."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    src = pdfium.PdfDocument(data)
    try:
        width, height = _A4_LANDSCAPE
        raw = pdfium_c.FPDF_ImportNPagesToOne(
            src.raw, ctypes.c_float(width), ctypes.c_float(height), 2, 1
        )
        if not raw:
            raise RuntimeError("FPDF_ImportNPagesToOne a échoué")
        sheets = pdfium.PdfDocument(raw)
        try:
            out = io.BytesIO()
            sheets.save(out)
        finally:
            sheets.close()
    finally:
        src.close()
    return out.getvalue()


# The handout's geometry (points, from the page's top-left): three slides per page
HANDOUT_SCALE = 0.36
HANDOUT_LEFT = 54.0
HANDOUT_MARGIN = 54.0
NOTE_LINES = (342.0, 541.0, 8, 18.0, 9.0)  # x from, x to, count, spacing, below the top


def _handout_marks(slides: list[tuple[float, float, float, float]], pages: int) -> bytes:
    """The handout's own drawing as a PDF of ``pages`` A4 portrait pages: each slide's
    frame, its ruled note lines and the page number (Liberation Sans)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("LiberationSans", str(_FONT)))
    width, height = _A4_PORTRAIT
    x_from, x_to, count, spacing, below = NOTE_LINES
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=_A4_PORTRAIT, invariant=1)
    per_page = 3
    for number in range(1, pages + 1):
        for x, top, w, h in slides[(number - 1) * per_page : number * per_page]:
            pdf.setLineWidth(0.5)
            pdf.setStrokeColorRGB(0, 0, 0)
            pdf.rect(x, height - top - h, w, h, stroke=1, fill=0)
            pdf.setStrokeColorRGB(0.5, 0.5, 0.5)
            for line in range(int(count)):
                y = height - (top + below + line * spacing)
                pdf.line(x_from, y, x_to, y)
        pdf.setFillColorRGB(0.25, 0.25, 0.25)
        pdf.setFont("LiberationSans", 9)
        pdf.drawRightString(x_to, 30, str(number))
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def handout(data: bytes) -> bytes:
    """``data``'s slides printed as a handout « 3 diapositives par page »: A4 portrait
    pages, three framed slides at :data:`HANDOUT_SCALE` in a column at the left, each
    centred in a third of the height between the margins, eight ruled note lines at its
    right, the page number at the bottom right."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    try:
        width, height = _A4_PORTRAIT
        band = (height - 2 * HANDOUT_MARGIN) / 3
        boxes: list[tuple[float, float, float, float]] = []
        for index in range(len(src)):
            w, h = (v * HANDOUT_SCALE for v in src[index].get_size())
            top = HANDOUT_MARGIN + (index % 3) * band + (band - h) / 2
            boxes.append((HANDOUT_LEFT, top, w, h))
        pages = (len(boxes) + 2) // 3
        marks = pdfium.PdfDocument(_handout_marks(boxes, pages))
        try:
            for number in range(pages):
                page = out.new_page(width, height)
                for index in range(number * 3, min(len(boxes), number * 3 + 3)):
                    x, top, _, h = boxes[index]
                    slide = src.page_as_xobject(index, out).as_pageobject()
                    matrix = pdfium.PdfMatrix().scale(HANDOUT_SCALE, HANDOUT_SCALE)
                    slide.transform(matrix.translate(x, height - top - h))
                    page.insert_obj(slide)
                page.insert_obj(marks.page_as_xobject(number, out).as_pageobject())
                page.gen_content()
            buffer = io.BytesIO()
            out.save(buffer)
        finally:
            marks.close()
    finally:
        out.close()
        src.close()
    return buffer.getvalue()


# The viewer's margin at each side of the printable width (points)
PORTRAIT_MARGIN = 18.0


def portrait_print(data: bytes) -> bytes:
    """``data``'s pages printed « Imprimer dans un fichier » by the GNOME document viewer on
    A4 portrait paper, « Ajuster à la zone imprimable »: each page alone on a sheet, scaled
    to the width less :data:`PORTRAIT_MARGIN` each side and centred; the result written by
    cairo (``pdftocairo``, poppler drawing onto cairo's PDF surface as the viewer does)."""
    import shutil
    import subprocess
    import tempfile

    import pypdfium2 as pdfium

    exe = shutil.which("pdftocairo")
    if exe is None:
        raise RuntimeError("pdftocairo (poppler-utils) introuvable")
    src = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    try:
        width, height = _A4_PORTRAIT
        for index in range(len(src)):
            w, h = src[index].get_size()
            scale = (width - 2 * PORTRAIT_MARGIN) / w
            page = out.new_page(width, height)
            slide = src.page_as_xobject(index, out).as_pageobject()
            matrix = pdfium.PdfMatrix().scale(scale, scale)
            slide.transform(matrix.translate((width - w * scale) / 2, (height - h * scale) / 2))
            page.insert_obj(slide)
            page.gen_content()
        buffer = io.BytesIO()
        out.save(buffer)
    finally:
        out.close()
        src.close()
    with tempfile.TemporaryDirectory() as tmp:
        imposed, printed = Path(tmp) / "imposed.pdf", Path(tmp) / "printed.pdf"
        imposed.write_bytes(buffer.getvalue())
        subprocess.run(
            [exe, "-pdf", "-origpagesizes", str(imposed), str(printed)],
            check=True,
            capture_output=True,
            timeout=300,
        )
        return printed.read_bytes()
