"""The seed 000 deck PRINTED « PAGES PAR FEUILLE : 4 » (hundred-and-forty-second held-out
set, ``cot000_pptxfeuille``): the ``cot000_pptx`` slides exported by Impress, that PDF printed
again from the browser's PDF viewer four slides a sheet, as one does to print a deck on few
sheets — PDFium's ``FPDF_ImportNPagesToOne`` (the call Chromium makes for that option),
2 × 2 slides on A4 landscape sheets, row by row, each slide scaled to its quarter and centred
there, no margin, the text kept as text. The CAE and ECI progress tables (slides 7 and 8)
thus stand side by side on the second sheet's lower half.

Only the placement comes from here: every slide is ``cot000_pptx``'s.
"""

from __future__ import annotations

import io

# Chromium's A4 sheet in points, turned (landscape)
SHEET = (841.92, 594.96)
ACROSS, DOWN = 2, 2


def four_up(data: bytes) -> bytes:
    """``data`` printed « 4 pages par feuille »: :data:`ACROSS` × :data:`DOWN` consecutive
    pages on each :data:`SHEET`, row by row, each scaled to fit its quarter, centred."""
    import ctypes

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    src = pdfium.PdfDocument(data)
    try:
        width, height = SHEET
        raw = pdfium_c.FPDF_ImportNPagesToOne(
            src.raw, ctypes.c_float(width), ctypes.c_float(height), ACROSS, DOWN
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
