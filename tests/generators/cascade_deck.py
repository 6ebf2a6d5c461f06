"""The seed 000 deck PRINTED AS A HANDOUT « 6 diapositives par page », ORDER « DE HAUT EN
BAS, PUIS VERS LA DROITE » (two-hundred-and-seventeenth held-out set,
``cot000_pptxcascade``): the ``cot000_pptx`` slides exported by Impress, that PDF printed
again as the print dialog's « Documents » lays six slides on an A4 portrait page
(:func:`cascade`): two columns of three, each slide scaled to :data:`SCALE` and framed,
centred in its cell, THE SLIDES RUNNING DOWN THE LEFT COLUMN FIRST, THEN DOWN THE RIGHT ONE
(:func:`cell_of`), the text kept as text (each slide a form XObject placed by PDFium).

Only the placement comes from here: every slide is ``cot000_pptx``'s.
"""

from __future__ import annotations

import io

PAGE = (595.28, 841.89)  # A4 portrait, points
SCALE = 0.35
SIDE, TOP = 42.5, 56.7  # the handout's margins (1.5 cm, 2 cm)
ACROSS, DOWN = 2, 3
FRAME = 0.5  # pt, black


def cell_of(index: int) -> tuple[int, int, int]:
    """Slide ``index`` (0-based)'s page, column and row: down a column, then the next."""
    page, k = divmod(index, ACROSS * DOWN)
    column, row = divmod(k, DOWN)
    return page, column, row


def _boxes(sizes: list[tuple[float, float]]) -> list[tuple[int, float, float, float, float]]:
    """Each slide's page and box (x, y from the page's foot, width, height)."""
    width, height = PAGE
    cell_w = (width - 2 * SIDE) / ACROSS
    cell_h = (height - 2 * TOP) / DOWN
    boxes = []
    for index, (w, h) in enumerate(sizes):
        page, column, row = cell_of(index)
        w, h = w * SCALE, h * SCALE
        x = SIDE + column * cell_w + (cell_w - w) / 2
        y = height - TOP - (row + 1) * cell_h + (cell_h - h) / 2
        boxes.append((page, x, y, w, h))
    return boxes


def _frames(boxes: list[tuple[int, float, float, float, float]], pages: int) -> bytes:
    """The handout's own drawing: each slide's frame, as a PDF of ``pages`` pages."""
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=PAGE, invariant=1)
    for number in range(pages):
        pdf.setLineWidth(FRAME)
        pdf.setStrokeColorRGB(0, 0, 0)
        for page, x, y, w, h in boxes:
            if page == number:
                pdf.rect(x, y, w, h, stroke=1, fill=0)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def cascade(data: bytes) -> bytes:
    """``data``'s slides printed six a page, top to bottom then right (:func:`cell_of`),
    each at :data:`SCALE`, centred in its cell and framed."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    try:
        boxes = _boxes([src[index].get_size() for index in range(len(src))])
        pages = -(-len(boxes) // (ACROSS * DOWN))
        frames = pdfium.PdfDocument(_frames(boxes, pages))
        try:
            width, height = PAGE
            for number in range(pages):
                page = out.new_page(width, height)
                for index, (on, x, y, _, _) in enumerate(boxes):
                    if on != number:
                        continue
                    slide = src.page_as_xobject(index, out).as_pageobject()
                    slide.transform(pdfium.PdfMatrix().scale(SCALE, SCALE).translate(x, y))
                    page.insert_obj(slide)
                page.insert_obj(frames.page_as_xobject(number, out).as_pageobject())
                page.gen_content()
            buffer = io.BytesIO()
            out.save(buffer)
        finally:
            frames.close()
    finally:
        out.close()
        src.close()
    return buffer.getvalue()


__all__ = ["ACROSS", "DOWN", "PAGE", "SCALE", "cascade", "cell_of"]
