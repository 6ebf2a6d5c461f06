"""UNSEEN TEXT: glyphs painted white on white paper, in the file but not on the sheet.

A workbook's author who looks fiches up from another workbook (« RECHERCHEV ») keeps a
helper column of keys beside the sheet and « hides » it by setting its font white rather
than hiding the column. Calc prints it: every row of a fiche ends with its code (« 1.1.1 »)
in white 8 pt, invisible to the eye but a text of the PDF, so each title, field value and
step row read the code as its last word and the steps tables took the column for one more.

Told by painting, as the eye would: a glyph FILLED (text render mode 0, no outline) in
white (luminance at least 0.95), its box meeting no fill darker than itself, no image and
no shading (white text on a coloured band, a dark page, a photograph or a gradient is
seen), is set aside before anything else reads the page. Nor is a white glyph over a coloured text that
PDFium's text page left out as its copy (a white ``text-shadow`` 1 px under dark text: the
text page keeps the shadow, drawn first, and drops the text over it), nor one under a
coloured glyph (a white shadow both engines read): it stands for that text, read as a
shadow (:mod:`sources.pdf.shadows`). Hollow letters (Word's and Writer's « Contour »:
white inside, stroked black, render mode 2) are seen and kept; text drawn invisible on
purpose (render mode 3, a scan's OCR layer) is kept, as it is the page's only text.

A white glyph is no proof of white ink: under a blend mode (CSS ``mix-blend-mode:
difference``, which Chromium prints as a transparency group with ``/BM /Difference``) white
over white paper prints black. The text object says nothing of its group's blending, so a
white glyph on no ground is looked at as the renderer paints it: the part of the page it
stands on is rendered and the glyph kept when its run's box is inked (:data:`_INKED`, rules
crossing the box left out).

PDFium gives each text object's render mode; pdfminer does not, so a page read through
pdfplumber keeps every glyph (never guessed).
"""

from __future__ import annotations

from typing import Any

from sources.pdf.watermark import lightness, without_objects

_WHITE = 0.95  # luminance of a glyph's paint, at least, to vanish on white paper
_SEEN_ON = 0.9  # a fill under the glyph at most this light shows white text
_CELL = 24.0  # pt: the grid the grounds are looked up by
_MEET = 0.5  # pt: a glyph's box and a ground's overlapping so much, both ways, meet
_INKED = 0.08  # share of a white run's rendered box dark, at least, for it to be seen


def unseen_chars(page: Any) -> set[int]:
    """``id`` of the page's glyphs painted white on white paper (empty when none, or when
    the page does not say how its text is painted)."""
    boxes = getattr(page, "picture_boxes", None)
    if boxes is None:
        return set()
    width, height = float(page.width), float(page.height)
    white = [
        c
        for c in page.chars
        if c.get("text_render_mode") == 0
        # on the sheet: a glyph run off its edge is on no paper (a title overflowing a slide:
        # whether it is read is the reader's call, :func:`sources.cot.pages._on_the_page`)
        and c["x0"] >= 0
        and c["x1"] <= width
        and c["top"] >= 0
        and c["bottom"] <= height
        and c["text"].strip()  # a space shows nothing in any colour: kept between words
        and (lightness(c.get("non_stroking_color")) or 0.0) >= _WHITE
    ]
    if not white:
        return set()
    grounds = _Grid()
    for box in (*boxes, *getattr(page, "left_out_ink", ())):
        grounds.add(box)
    for shape in (*page.rects, *page.curves):
        if not shape.get("fill"):
            continue
        light = lightness(shape.get("non_stroking_color"))
        if light is None or light <= _SEEN_ON:  # a pattern's colour is not known: seen
            grounds.add((shape["x0"], shape["top"], shape["x1"], shape["bottom"]))
    for char in page.chars:  # coloured text over a white copy: a shadow, not hidden text
        if (lightness(char.get("non_stroking_color")) or 0.0) < _WHITE and char["text"].strip():
            grounds.add((char["x0"], char["top"], char["x1"], char["bottom"]))
    alone = [c for c in white if not grounds.meets((c["x0"], c["top"], c["x1"], c["bottom"]))]
    shares = getattr(page, "dark_shares", None)
    if alone and shares is not None:  # what the renderer paints there, blending included
        runs = _runs(alone)
        inked = shares([_box(run) for run in runs])
        alone = [c for run, share in zip(runs, inked, strict=True) if share < _INKED for c in run]
    return {id(c) for c in alone}


def _runs(chars: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Glyphs in their page order cut into runs of one line (tops within a point, each less
    than an em after the one before): a full stop or an apostrophe is judged with its word,
    whose letters hold enough ink to be told from paper."""
    runs: list[list[dict[str, Any]]] = []
    for c in chars:
        last = runs[-1][-1] if runs else None
        size = float(c.get("size") or (c["bottom"] - c["top"]))
        if (
            last is not None
            and abs(c["top"] - last["top"]) <= 1.0
            and -0.1 * size <= c["x0"] - last["x1"] <= size
        ):
            runs[-1].append(c)
        else:
            runs.append([c])
    return runs


def _box(run: list[dict[str, Any]]) -> tuple[float, float, float, float]:
    return (
        min(c["x0"] for c in run),
        min(c["top"] for c in run),
        max(c["x1"] for c in run),
        max(c["bottom"] for c in run),
    )


class _Grid:
    """Boxes (``x0, top, x1, bottom``) by cells of :data:`_CELL` points: which cover a point."""

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}

    def add(self, box: tuple[float, float, float, float]) -> None:
        x0, top, x1, bottom = (max(-1e4, min(1e5, float(v))) for v in box)
        for i in range(int(x0 // _CELL), int(x1 // _CELL) + 1):
            for j in range(int(top // _CELL), int(bottom // _CELL) + 1):
                self.cells.setdefault((i, j), []).append((x0, top, x1, bottom))

    def meets(self, box: tuple[float, float, float, float]) -> bool:
        """Does a box overlap ``box`` by :data:`_MEET` points both ways at least?"""
        x0, top, x1, bottom = box
        for i in range(int(x0 // _CELL), int(x1 // _CELL) + 1):
            for j in range(int(top // _CELL), int(bottom // _CELL) + 1):
                for a0, atop, a1, abottom in self.cells.get((i, j), ()):
                    if (
                        min(x1, a1) - max(x0, a0) >= _MEET
                        and min(bottom, abottom) - max(top, atop) >= _MEET
                    ):
                        return True
        return False


def without_unseen_text(page: Any) -> Any:
    """The page without its glyphs painted white on white paper (:func:`unseen_chars`)."""
    return without_objects(page, unseen_chars(page))
