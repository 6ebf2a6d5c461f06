"""A plan PRINTED AS A BROCHURE (two-hundred-and-seventeenth held-out set,
``plan_docx_agrafe``): ``plan_docx_grid``'s .docx exported by Writer, that PDF then printed
as Writer's print dialog « Mise en page : Brochure » lays out a saddle-stitched booklet to be
folded and stapled (:func:`brochure`): the pages padded with blank ones to a multiple of
four, two pages side by side on each A4 landscape sheet side, each scaled to its half (70.7 %),
IN THE BOOKLET'S IMPOSED ORDER (m | 1, 2 | m − 1, m − 2 | 3, 4 | m − 3 …), the text kept
as text (each page a form XObject placed by PDFium).

Only the placement comes from here: every page is ``plan_docx_grid``'s.
"""

from __future__ import annotations

import io

# A4 landscape as LibreOffice sets it, in points: one side of a folded sheet
SHEET = (841.89, 595.28)


def imposed_order(pages: int) -> list[tuple[int, int]]:
    """The booklet's sheet sides for ``pages`` pages (0-based), padded to a multiple of
    four: each side's left and right page, side by side; a page ``>= pages`` is blank."""
    total = -(-pages // 4) * 4
    sides = []
    for k in range(total // 2):
        low, high = k, total - 1 - k
        sides.append((high, low) if k % 2 == 0 else (low, high))
    return sides


def brochure(data: bytes) -> bytes:
    """``data`` printed « Brochure »: each side of :func:`imposed_order` an A4 landscape
    :data:`SHEET` holding its two pages, each scaled to fit its half and centred there, a
    padding page left blank."""
    import pypdfium2 as pdfium

    src = pdfium.PdfDocument(data)
    out = pdfium.PdfDocument.new()
    try:
        width, height = SHEET
        half = width / 2
        for pair in imposed_order(len(src)):
            side = out.new_page(width, height)
            for slot, index in enumerate(pair):
                if index >= len(src):
                    continue
                w, h = src[index].get_size()
                scale = min(half / w, height / h)
                x = slot * half + (half - w * scale) / 2
                y = (height - h * scale) / 2
                page = src.page_as_xobject(index, out).as_pageobject()
                page.transform(pdfium.PdfMatrix().scale(scale, scale).translate(x, y))
                side.insert_obj(page)
            side.gen_content()
        buffer = io.BytesIO()
        out.save(buffer)
    finally:
        out.close()
        src.close()
    return buffer.getvalue()


__all__ = ["SHEET", "brochure", "imposed_order"]
