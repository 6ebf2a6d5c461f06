"""TEXT PRINTED AS A PICTURE ON A TEXT PAGE: a table pasted into a Word document as a
screenshot, a scanned annex page glued into a report, a browser printing an element under a
CSS ``filter`` (a drop shadow, a blur) as a raster image. The page has a text layer, so it is
no scan, but part of its content has no characters: only pixels. Such a picture — large, with
no character of the page over it — is rendered and read by OCR (Tesseract, :mod:`sources.ocr`),
and the words read surely enough become the page's characters where the picture stands, so
the same line, field and table readers read them with the rest of the page. A photo or a
drawing reads as no words (or a few unsure ones) and adds nothing.
"""

from __future__ import annotations

import io
from typing import Any

from sources.pdf.built_page import BuiltPage

Box = tuple[float, float, float, float]  # x0, top, x1, bottom

_CM = 72.0 / 2.54
_MIN_WIDTH = 4.0 * _CM  # a picture narrower than this holds no table nor field block
_MIN_HEIGHT = 1.5 * _CM  # nor one lower than this (a logo, a rule drawn as an image)
_MIN_AREA = 15.0 * _CM * _CM
_MIN_PAGE_CHARS = 5  # visible characters a page needs to be a text page (a title at least)
_DPI = 300  # render resolution for OCR: a 9 pt glyph some 37 pixels high
_SURE = 70.0  # Tesseract word confidence (0-100) a word needs to count as read
_MIN_WORDS = 3  # sure words a picture must yield, at least, to be read as text
_NOISE = 50.0  # a word of one or two characters read less surely than this off a clean
# render is a shadow's or an edge's speckle (« DS » read at 34 % in a drop shadow's fringe);
# a longer one is print Tesseract doubts (an acronym: « PCAET » at 45 %)
_MIN_SURE_SHARE = 0.6  # of its words read surely: a photo's noise reads mostly unsure
_MAX_PICTURES = 40  # pictures read per document, at most (OCR costs about 1 s each)
OCR_FONT = "OCR-Pictured"  # font name of the characters read from a picture


def text_pictures(page: Any) -> list[Box]:
    """The pictures of a text page large enough to hold a table or a block of fields, inside
    the page, with no visible character of the page over them (text on a picture — a banner's
    title, a watermark, a scan's hidden OCR layer — is the text layer's: the picture is its
    ground). A page with no text of its own is a scan, read whole elsewhere."""
    boxes = getattr(page, "picture_boxes", None)
    if boxes is None:  # a pdfplumber page: its images
        boxes = [(i["x0"], i["top"], i["x1"], i["bottom"]) for i in getattr(page, "images", [])]
    if not boxes:
        return []
    visible = [c for c in page.chars if c["text"].strip()]
    if len(visible) < _MIN_PAGE_CHARS:
        return []  # a scan (no text layer): read whole by :mod:`sources.pdf.scans`
    width, height = float(page.width), float(page.height)
    out: list[Box] = []
    for x0, top, x1, bottom in boxes:
        x0, top = max(x0, 0.0), max(top, 0.0)
        x1, bottom = min(x1, width), min(bottom, height)
        if x1 - x0 < _MIN_WIDTH or bottom - top < _MIN_HEIGHT:
            continue
        if (x1 - x0) * (bottom - top) < _MIN_AREA:
            continue
        if any(_centred_in(c, (x0, top, x1, bottom)) for c in visible):
            continue
        out.append((x0, top, x1, bottom))
    return _merged(out)


def _merged(boxes: list[Box]) -> list[Box]:
    """Pictures laid over one another (a shadow's image under the element's, a clipped copy)
    read once: boxes overlapping by half the smaller one's area or more make their union."""
    out: list[Box] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        for k, kept in enumerate(out):
            if _overlap(box, kept) >= 0.5 * min(_area(box), _area(kept)):
                out[k] = (
                    min(box[0], kept[0]),
                    min(box[1], kept[1]),
                    max(box[2], kept[2]),
                    max(box[3], kept[3]),
                )
                break
        else:
            out.append(box)
    return out


def _area(box: Box) -> float:
    return max(0.0, box[2] - box[0]) * max(0.0, box[3] - box[1])


def _overlap(a: Box, b: Box) -> float:
    return _area((max(a[0], b[0]), max(a[1], b[1]), min(a[2], b[2]), min(a[3], b[3])))


def _centred_in(char: dict[str, Any], box: Box) -> bool:
    mx, my = (char["x0"] + char["x1"]) / 2, (char["top"] + char["bottom"]) / 2
    return box[0] <= mx <= box[2] and box[1] <= my <= box[3]


def picture_words(image: Any, box: Box, points_per_px: float) -> list[dict[str, Any]]:
    """OCR words of one picture's render (``image``, PIL, ``points_per_px``), moved to the
    page (``box``'s top left corner), when the picture reads as text: :data:`_MIN_WORDS`
    sure words at least, most of its words sure. Words read fairly surely of a picture read as
    text are kept (a label Tesseract scores low is still the label), the least sure dropped
    (:data:`_NOISE`: short specks); a picture that does not read as text gives nothing."""
    from sources import ocr

    if image is not None and ocr.repair_on():  # a header row's light words on a dark fill
        from sources.ocr_invert import invert_dark_fills

        image, _ = invert_dark_fills(image, points_per_px)
    words = ocr.hocr_words(ocr.tesseract_hocr(image, points_per_px), points_per_px)
    if image is not None and ocr.repair_on():  # decimal commas the image shows, « 14,2 »
        from sources.ocr_repair import repair_words  # read « 142 »: the scans' repairs

        repair_words(image, words, points_per_px)
    sure = [w for w in words if float(w.get("conf", 0.0)) >= _SURE]
    if len(sure) < _MIN_WORDS or len(sure) < _MIN_SURE_SHARE * len(words):
        return []
    out = []
    for word in words:
        if float(word.get("conf", 0.0)) < _NOISE and len(str(word["text"])) <= 2:
            continue
        moved = dict(word)
        for key in ("x0", "x1"):
            moved[key] = word[key] + box[0]
        for key in ("top", "bottom"):
            moved[key] = word[key] + box[1]
        out.append(moved)
    return out


def word_chars(words: list[dict[str, Any]], page_height: float, page_number: int) -> list[dict]:
    """Characters standing for OCR words: a word's box shared evenly by its letters, on the
    word's line (its top and bottom), black, upright, in :data:`OCR_FONT` at the word's size;
    a space character across the gap to the next word of the same line (Tesseract's word
    boxes are tight: the gap alone may be narrower than a reader's word tolerance)."""
    out: list[dict[str, Any]] = []
    ordered = sorted(words, key=lambda w: (round(float(w["top"]), 1), float(w["x0"])))
    for index, word in enumerate(ordered):
        text = str(word["text"])
        if not text:
            continue
        step = (word["x1"] - word["x0"]) / len(text)
        size = float(word.get("size") or (word["bottom"] - word["top"]))
        top, bottom = float(word["top"]), float(word["bottom"])
        after = ordered[index + 1] if index + 1 < len(ordered) else None
        pieces = [(word["x0"] + k * step, step, ch) for k, ch in enumerate(text)]
        if after is not None and abs(float(after["top"]) - top) < 0.5 and after["x0"] > word["x1"]:
            pieces.append((word["x1"], after["x0"] - word["x1"], " "))
        for x0, step, ch in pieces:
            out.append(
                {
                    "object_type": "char",
                    "page_number": page_number,
                    "fontname": OCR_FONT,
                    "upright": True,
                    "non_stroking_color": (0.0, 0.0, 0.0),
                    "stroking_color": (0.0, 0.0, 0.0),
                    "text_render_mode": 0,
                    "text": ch,
                    "adv": step,
                    "width": step,
                    "x0": x0,
                    "x1": x0 + step,
                    "y0": page_height - bottom,
                    "y1": page_height - top,
                    "top": top,
                    "doctop": top,
                    "bottom": bottom,
                    "height": bottom - top,
                    "size": size,
                    "matrix": (1.0, 0.0, 0.0, 1.0, x0, page_height - bottom),
                    "ocr": True,
                }
            )
    return out


class PictureReader:
    """Reads the text pictures of a document's pages (:func:`text_pictures`), rendering them
    from the document's bytes with PDFium; at most :data:`_MAX_PICTURES` a document."""

    def __init__(self, data: bytes) -> None:
        self._data = data
        self._doc: Any = None
        self._read = 0
        self.confidence: dict[int, float] = {}  # 1-based page → mean confidence (0-1) read

    def chars(self, page: Any, index: int) -> list[dict[str, Any]]:
        """Characters read from the page's text pictures (0-based ``index``), none when OCR is
        unavailable or no picture reads as text."""
        from sources import ocr

        boxes = text_pictures(page)
        if not boxes or not ocr.ocr_available():
            return []
        out: list[dict[str, Any]] = []
        for box in boxes:
            if self._read >= _MAX_PICTURES:
                break
            self._read += 1
            image, points_per_px = self._render(index, box)
            try:
                words = picture_words(image, box, points_per_px)
            except ocr.OcrError:
                continue
            out += word_chars(words, float(page.height), index + 1)
            if words:
                mean = sum(float(w.get("conf", 0.0)) for w in words) / len(words) / 100.0
                self.confidence[index + 1] = min(mean, self.confidence.get(index + 1, 1.0))
        return out

    def issues(self) -> list[Any]:
        """One warning per page whose pictures were read (values to check, in French)."""
        from sources.records import ParseIssue

        return [
            ParseIssue(
                "warning",
                f"page {page} : texte d'une image lu par reconnaissance de caractères (OCR) : "
                f"valeurs à vérifier (confiance moyenne {round(conf * 100)} %)",
                page=page,
            )
            for page, conf in sorted(self.confidence.items())
        ]

    def _render(self, index: int, box: Box) -> tuple[Any, float]:
        import pypdfium2 as pdfium

        if self._doc is None:
            self._doc = pdfium.PdfDocument(io.BytesIO(self._data))
        page = self._doc[index]
        try:
            width, height = page.get_size()
            scale = _DPI / 72.0
            crop = (box[0], height - box[3], width - box[2], box[1])  # left, bottom, right, top
            bitmap = page.render(scale=scale, grayscale=True, crop=crop)
            image = bitmap.to_pil()
            bitmap.close()
        finally:
            page.close()
        return image, 1.0 / scale

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None


class PicturedPage(BuiltPage):
    """A page with the characters read from its text pictures added to its own."""

    def __init__(self, page: Any, chars: list[dict[str, Any]]) -> None:
        from sources.pdf.pdfium_page import PdfiumPage

        self._base = page
        self.pdfium = isinstance(page, PdfiumPage) or bool(getattr(page, "pdfium", False))
        self.page_number = page.page_number
        self.initial_doctop = 0.0
        self.bbox = (0.0, 0.0, float(page.width), float(page.height))
        self._objects = {
            kind: list(page.objects.get(kind, [])) for kind in ("char", "rect", "line", "curve")
        }
        self._objects["char"] += chars

    def __getattr__(self, name: str) -> Any:
        # what else a reader asks of the page (its pictures, links, renders) is the page's
        return getattr(self.__dict__["_base"], name)

    def close(self) -> None:
        self._base.close()
