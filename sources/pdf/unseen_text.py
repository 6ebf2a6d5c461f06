"""UNSEEN TEXT: glyphs painted white on white paper, in the file but not on the sheet.

A workbook's author who looks fiches up from another workbook (« RECHERCHEV ») keeps a
helper column of keys beside the sheet and « hides » it by setting its font white rather
than hiding the column. Calc prints it: every row of a fiche ends with its code (« 1.1.1 »)
in white 8 pt, invisible to the eye but a text of the PDF, so each title, field value and
step row read the code as its last word and the steps tables took the column for one more.

Told by painting, as the eye would: a glyph FILLED (text render mode 0, no outline) in
white (luminance at least 0.95), over no fill darker than itself, no image and no shading
(white text on a coloured band, a dark page, a photograph or a gradient is seen), is set
aside before anything else reads the page. Hollow letters (Word's and Writer's « Contour »:
white inside, stroked black, render mode 2) are seen and kept; text drawn invisible on
purpose (render mode 3, a scan's OCR layer) is kept, as it is the page's only text.

PDFium gives each text object's render mode; pdfminer does not, so a page read through
pdfplumber keeps every glyph (never guessed).
"""

from __future__ import annotations

from typing import Any

from sources.pdf.watermark import lightness, without_objects

_WHITE = 0.95  # luminance of a glyph's paint, at least, to vanish on white paper
_SEEN_ON = 0.9  # a fill under the glyph at most this light shows white text


def unseen_chars(page: Any) -> set[int]:
    """``id`` of the page's glyphs painted white on white paper (empty when none, or when
    the page does not say how its text is painted)."""
    boxes = getattr(page, "picture_boxes", None)
    if boxes is None:
        return set()
    white = [
        c
        for c in page.chars
        if c.get("text_render_mode") == 0
        and (lightness(c.get("non_stroking_color")) or 0.0) >= _WHITE
    ]
    if not white:
        return set()
    grounds = list(boxes)
    for shape in (*page.rects, *page.curves):
        if not shape.get("fill"):
            continue
        light = lightness(shape.get("non_stroking_color"))
        if light is None or light <= _SEEN_ON:  # a pattern's colour is not known: seen
            grounds.append((shape["x0"], shape["top"], shape["x1"], shape["bottom"]))
    drop: set[int] = set()
    for char in white:
        x = (char["x0"] + char["x1"]) / 2
        y = (char["top"] + char["bottom"]) / 2
        if not any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in grounds):
            drop.add(id(char))
    return drop


def without_unseen_text(page: Any) -> Any:
    """The page without its glyphs painted white on white paper (:func:`unseen_chars`)."""
    return without_objects(page, unseen_chars(page))
