"""pdfminer-like character dicts read from PDFium's text page (ctypes-bound calls)."""

from __future__ import annotations

import ctypes
import math
from typing import Any
from unicodedata import combining

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from sources.pdf.oblique import is_oblique
from sources.pdf.watermark import crosses_page, is_angled, is_candidate

_BROKEN_MIN = 40  # generated line breaks on a page, at least, and
_BROKEN_SHARE = 0.3  # of its characters: PDFium's text page set a glyph a line


class NeedsPdfplumber(Exception):
    """This page is outside what the PDFium reading reproduces faithfully."""


_BUF = 256


class _Fast:
    """PDFium functions bound without pypdfium2's pointer wrappers (plain ``c_void_p`` in and
    out): a page has thousands of characters and the per-call conversions dominated."""

    def __init__(self) -> None:
        import pypdfium2_raw.bindings as bindings

        lib = bindings._libs["pdfium"]

        def bind(name: str, restype: Any) -> Any:
            func = lib[name]  # ``lib[name]`` is a fresh function object: pypdfium2's untouched
            func.restype = restype
            func.argtypes = None
            return func

        vp, ci, cd = ctypes.c_void_p, ctypes.c_int, ctypes.c_double
        self.count = bind("FPDFText_CountChars", ci)
        self.text_object = bind("FPDFText_GetTextObject", vp)
        self.origin = bind("FPDFText_GetCharOrigin", ci)
        self.generated = bind("FPDFText_IsGenerated", ci)
        self.map_error = bind("FPDFText_HasUnicodeMapError", ci)
        self.loose_box = bind("FPDFText_GetLooseCharBox", ci)
        self.matrix = bind("FPDFText_GetMatrix", ci)
        self.font_size = bind("FPDFText_GetFontSize", cd)
        self.font_info = bind("FPDFText_GetFontInfo", ctypes.c_ulong)
        self.fill = bind("FPDFText_GetFillColor", ci)
        self.render_mode = bind("FPDFTextObj_GetTextRenderMode", ci)
        self.font = bind("FPDFTextObj_GetFont", vp)
        self.descent = bind("FPDFFont_GetDescent", ci)
        self.glyph_width = bind("FPDFFont_GetGlyphWidth", ci)
        self.get_text = bind("FPDFText_GetText", ci)
        self.get_unicode = bind("FPDFText_GetUnicode", ctypes.c_uint)
        self.embedded = bind("FPDFFont_GetIsEmbedded", ci)
        self.count_objects = bind("FPDFPage_CountObjects", ci)
        self.page_object = bind("FPDFPage_GetObject", vp)
        self.object_type = bind("FPDFPageObj_GetType", ci)
        self.base_font_name = bind("FPDFFont_GetBaseFontName", ctypes.c_size_t)
        self.object_text = bind("FPDFTextObj_GetText", ctypes.c_ulong)
        # path objects (:mod:`sources.pdf.pdfium_paths`)
        self.count_form_objects = bind("FPDFFormObj_CountObjects", ci)
        self.form_object = bind("FPDFFormObj_GetObject", vp)
        self.object_matrix = bind("FPDFPageObj_GetMatrix", ci)
        self.bounds = bind("FPDFPageObj_GetBounds", ci)
        self.count_segments = bind("FPDFPath_CountSegments", ci)
        self.draw_mode = bind("FPDFPath_GetDrawMode", ci)
        self.stroke_width = bind("FPDFPageObj_GetStrokeWidth", ci)
        self.object_fill = bind("FPDFPageObj_GetFillColor", ci)
        self.object_stroke = bind("FPDFPageObj_GetStrokeColor", ci)
        self.path_segment = bind("FPDFPath_GetPathSegment", vp)
        self.segment_point = bind("FPDFPathSegment_GetPoint", ci)
        self.segment_type = bind("FPDFPathSegment_GetType", ci)
        self.segment_close = bind("FPDFPathSegment_GetClose", ci)
        # text runs (:mod:`sources.pdf.running`)
        self.count_rects = bind("FPDFText_CountRects", ci)
        self.get_rect = bind("FPDFText_GetRect", ci)
        self.bounded_text = bind("FPDFText_GetBoundedText", ci)


_FAST: _Fast | None = None


def _fast() -> _Fast:
    global _FAST
    if _FAST is None:
        _FAST = _Fast()
    return _FAST


def _read_chars(
    page: pdfium.PdfPage,
    mb_top: float,
    page_number: int,
    handles: dict[int, int] | None = None,
    twins: list[tuple[float, float, float, float]] | None = None,
) -> list[dict[str, Any]]:
    """pdfminer-like character dicts from PDFium's text page (``handles`` receives each
    character's text object by the character's ``id``: its place in the paint order;
    ``twins`` the boxes of the coloured text objects the text page left out,
    :func:`_left_out_ink`).

    PDFium's text page differs from pdfminer's characters in four ways, undone here: it
    replaces a text object's trailing space by a *generated* one (restored as a real space when
    the object's text ends with a space), reports a ligature glyph (« ﬁ ») as several code
    points each with a part of the box (kept as one character), marks a line-end hyphen as
    ``\x02`` (back to ``-``) and gives a loose box wider than the advance for some glyphs (the
    advance width of the font's ``/Widths``, as pdfminer, is used). Font, size, matrix and
    colour are read once per text object.
    """
    fast = _fast()
    textpage = page.get_textpage()
    tp = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
    try:
        n = fast.count(tp)
        if n <= 0:
            return []
        buf = (ctypes.c_uint16 * (n + 1))()
        if fast.get_text(tp, 0, n, buf) == n + 1:
            codes = list(buf[:n])
        else:
            # the bulk read leaves out a character whose code is 0 (a glyph with no Unicode
            # mapping, e.g. « ☀ » drawn by react-pdf's Helvetica fallback) and shifts every
            # later one: read code by code, so each character keeps its own text
            codes = [fast.get_unicode(tp, i) for i in range(n)]
        rect = pdfium_c.FS_RECTF()
        ox, oy = ctypes.c_double(), ctypes.c_double()
        p_rect, p_ox, p_oy = ctypes.byref(rect), ctypes.byref(ox), ctypes.byref(oy)
        glyph_w = ctypes.c_float()
        p_glyph_w = ctypes.byref(glyph_w)
        # the per-character calls bound once (this loop runs for every character of the page)
        text_object, origin, map_error = fast.text_object, fast.origin, fast.map_error
        objects: dict[int, tuple[dict[str, Any], float, float, float, float, int]] = {}
        reader = _ObjectReader(fast, tp, page_number)
        # per text object: its base dict, the character box's offsets from the baseline
        # (descent, height), the matrix scales, font and size
        shapes: dict[int, tuple[dict[str, Any], float, float, float, float, int, float]] = {}
        widths: dict[tuple[int, int], float] = {}
        chars: list[dict[str, Any]] = []
        marks: dict[int, list[tuple[float, float]]] = {}  # watermark candidates' origins
        last_origin: tuple[float, float, int] | None = None
        last_obj = 0
        last_index = -1  # the text page's index of the last character read
        # line breaks PDFium generates between two glyphs side by side on one baseline (no
        # line ends there), and the last glyph before a break waiting for the glyph after it
        breaks, broken_after = 0, None
        for i in range(n):
            code = codes[i]
            if code in (32, 13, 10) and fast.generated(tp, i) == 1:
                last_origin = None
                if code == 13 and chars:
                    broken_after = chars[-1]
                if (
                    code == 32
                    and last_obj
                    and chars
                    and chars[-1]["text"] != " "
                    # a space PDFium puts between two glyphs of one object (a character
                    # spacing or a kerning gap) is none of the object's own text
                    and not (
                        i + 1 < n
                        and codes[i + 1] not in (32, 13, 10)
                        and text_object(tp, i + 1) == last_obj
                    )
                    and _object_text(last_obj, tp).endswith(" ")
                ):
                    base, _, size_pt, scale, _, font = objects[last_obj]
                    width = max(_advance(fast, widths, font, 32, size_pt, p_glyph_w), 0.0)
                    prev = chars[-1]
                    x0 = prev["x1"]
                    if _set_apart(fast, tp, i, last_obj, prev, x0 + width * scale) or _runs_under(
                        fast, tp, i, prev, x0, width * scale
                    ):
                        last_obj = 0
                        continue
                    chars.append(
                        {
                            **prev,
                            "text": " ",
                            "x0": x0,
                            "x1": x0 + width * scale,
                            "adv": width * scale,
                            "width": width * scale,
                            "generated": True,  # PDFium's, put back: maybe none printed
                        }
                    )
                    if handles is not None:
                        handles[id(chars[-1])] = last_obj
                last_obj = 0
                continue
            obj = text_object(tp, i) or 0
            origin(tp, i, p_ox, p_oy)
            x0, y_origin = ox.value, oy.value
            if broken_after is not None:
                breaks += (
                    abs(broken_after["matrix"][5] - y_origin) < 0.01
                    and -1.0 <= x0 - broken_after["x1"] <= 0.5 * broken_after["size"]
                )
                broken_after = None
            if code >= 0x300 and chars and last_obj == obj and obj and combining(chr(code)):
                # « e » + U+0301: one glyph mapped to two code points, PDFium places the accent
                # apart; pdfminer keeps one character with the base glyph's box
                chars[-1]["text"] += chr(code)
                continue
            here = (x0, y_origin, obj)
            if last_origin == here and chars and chars[-1]["text"] == "\u00ad":
                # a soft hyphen drawn at the next glyph's place (the pen not moved: no break
                # there, none printed, sources.pdf.phantom_spaces): no character
                dropped = chars.pop()
                if handles is not None:
                    handles.pop(id(dropped), None)
            elif last_origin == here and chars:
                # one glyph, several code points (ligature « ﬁ »): one character, whole box
                fast.loose_box(tp, i, p_rect)
                prev = chars[-1]
                prev["text"] += chr(code)
                prev["x1"] = max(prev["x1"], rect.right)
                prev["width"] = prev["adv"] = prev["x1"] - prev["x0"]
                continue
            last_origin = here
            last_obj = obj
            shape = shapes.get(obj)
            if shape is None:
                if obj in marks:
                    # a watermark candidate's glyph: set aside, its place kept for the check
                    marks[obj].append((x0, y_origin))
                    last_origin, last_obj = None, 0
                    continue
                info = reader.info(i, obj)
                if info is None:
                    marks[obj] = [(x0, y_origin)]
                    last_origin, last_obj = None, 0
                    continue
                objects[obj] = info
                base, descent, size_pt, scale, d, font = info
                shape = shapes[obj] = (
                    base,
                    d * descent * size_pt,
                    d * size_pt,
                    scale,
                    d,
                    font,
                    size_pt,
                )
            base, below, height, scale, d, font, size_pt = shape
            if code in (2, 0xFFFE):  # PDFium's mark for a hyphen ending a line
                text, code = "-", 45
            elif map_error(tp, i) == 1:
                text = "(cid:0)"
            else:
                text = chr(code)
            width = -1.0
            if code > 32:
                per_pt = widths.get((font, code))
                if per_pt is None:
                    width = _advance(fast, widths, font, code, size_pt, p_glyph_w)
                elif per_pt >= 0:
                    width = per_pt * size_pt
            if width > 0:
                x1 = x0 + scale * width
            else:
                fast.loose_box(tp, i, p_rect)
                x1 = max(rect.right, x0)
            # pdfminer's box: from ``descent`` below the baseline, one font size tall
            y0 = y_origin + below
            y1 = y0 + height
            char = base.copy()
            char["text"] = text
            char["adv"] = char["width"] = x1 - x0
            char["x0"], char["x1"], char["y0"], char["y1"] = x0, x1, y0, y1
            char["top"] = char["doctop"] = mb_top - y1
            char["bottom"] = mb_top - y0
            char["height"] = char["size"] = y1 - y0
            char["matrix"] = (scale, 0.0, 0.0, d, x0, y_origin)
            if (
                last_index == i - 1
                and chars
                and x0 - chars[-1]["x1"] > _GLYPH_GAP * size_pt
                and abs(chars[-1]["matrix"][5] - y_origin) < 0.01
            ):
                _widen_to_glyph(fast, tp, last_index, chars[-1], x0, p_rect, rect)
            last_index = i if text != " " else -1
            chars.append(char)
            if handles is not None:
                handles[id(char)] = obj
        if breaks >= _BROKEN_MIN and breaks >= _BROKEN_SHARE * len(chars):
            # a text page cut a glyph a line (a browser's landscape named page): PDFium drops
            # the text objects' spaces there, pdfminer reads them
            raise NeedsPdfplumber("PDFium's text page breaks a line after every glyph")
        if marks:
            width, height = page.get_size()
            points = [point for origins in marks.values() for point in origins]
            if not crosses_page(points, width, height):
                raise NeedsPdfplumber("rotated text that is not a watermark")
        unseen = _unseen_text_objects(fast, page, {**objects, **marks})  # a mark's is seen
        _restore_space_objects(unseen, tp, chars, handles)
        if twins is not None:
            twins.extend(_left_out_ink(fast, unseen, tp, mb_top))
        if _left_out_glyphs(fast, unseen):
            raise NeedsPdfplumber("glyphs left out of PDFium's text page")
        return chars
    finally:
        textpage.close()


def _set_apart(
    fast: _Fast, tp: Any, i: int, obj: int, prev: dict[str, Any], space_end: float
) -> bool:
    """The space PDFium generates after a one-glyph text object is none of the object's own
    when the next glyph, on the same baseline, starts clear past where that space would end:
    a drop cap set a fixed distance from the rest of its word (Writer's one-line
    « lettrine »: « G » then « ACdG » 0.3 em further, no space glyph drawn; pdfminer reads
    « GACdG »). A real space ends where the next object's first glyph starts. Only where the
    rest of the word is one text object: a browser setting a justified line glyph by glyph
    draws one-glyph objects everywhere, a one-letter word (« à ») then the next word set
    apart by the line's stretched spaces."""
    if len(_object_text(obj, tp).strip()) != 1:
        return False
    n = fast.count(tp)
    if i + 2 >= n or fast.generated(tp, i + 1) == 1:
        return False
    after = fast.text_object(tp, i + 1)
    if not after or fast.text_object(tp, i + 2) != after:
        return False  # the rest of the word one object of two glyphs or more: a page set
        # glyph by glyph (a browser's justified line) has a one-glyph object everywhere
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fast.origin(tp, i + 1, ctypes.byref(ox), ctypes.byref(oy))
    if abs(oy.value - prev["matrix"][5]) > 0.01:
        return False
    return space_end + _APART <= ox.value <= space_end + 0.4 * float(prev["size"])


_APART = 0.2  # pt past a space's end: the next glyph was placed on its own


def _runs_under(
    fast: _Fast, tp: Any, i: int, prev: dict[str, Any], x0: float, width: float
) -> bool:
    """The space PDFium generates after a text object is none printed when the next glyph,
    on the same baseline, starts well inside it: a browser letter-spacing a word (CSS
    ``letter-spacing``, a WCAG text-spacing override) cuts its text objects at places of its
    own (« Col » | « lectivités »), and PDFium ends the first with a space of its font's width
    that the next glyph overlaps (« Col lectivités »). A space between words ends before the
    next word's first glyph (or within :data:`_UNDER` of its width)."""
    n = fast.count(tp)
    if i + 1 >= n or fast.generated(tp, i + 1) == 1 or width <= 0:
        return False
    ox, oy = ctypes.c_double(), ctypes.c_double()
    fast.origin(tp, i + 1, ctypes.byref(ox), ctypes.byref(oy))
    if abs(oy.value - prev["matrix"][5]) > 0.01:
        return False
    return prev["x1"] - 0.1 <= ox.value < x0 + (1.0 - _UNDER) * width


_UNDER = 0.4  # of a space's width: a next glyph starting further inside it overlaps it


# of the font size: a gap this wide between two glyphs of one text object, with no space
# between them, is letter spacing, or a glyph wider than the advance of its Unicode character
_GLYPH_GAP = 0.15


def _widen_to_glyph(
    fast: _Fast, tp: Any, index: int, char: dict[str, Any], next_x0: float, p_rect: Any, rect: Any
) -> None:
    """``char`` ends where its drawn glyph ends when that is past the advance read for its
    character. A synthesized small capital (Chromium's ``font-variant: small-caps``) draws a
    capital glyph for a small letter: the advance of the small letter's code leaves a gap after
    it that word grouping takes for a space (« ar t enair es »); its glyph's box closes it.
    Letter-spaced glyphs keep their gap (their boxes end with their advances)."""
    fast.loose_box(tp, index, p_rect)
    right = float(rect.right)
    if char["x1"] + 0.1 < right <= next_x0 + 0.1:
        char["x1"] = right
        char["width"] = char["adv"] = right - char["x0"]


_TEXT_OBJECT = pdfium_c.FPDF_PAGEOBJ_TEXT
_AT_GLYPH_END = 0.3  # pt: a dropped space object stands where the glyph before it ends
# a letter-spaced line (CSS ``letter-spacing``, positive or negative) sets each space that
# much after the glyph before's end: up to this share of the type size
_TRACKING = 0.15
# a space set under a tracking leaves that much room between the glyphs around it (of the
# size; a big pale counter's « 0 » and « 1 » abut: no space between them)
_ROOM = 0.05


def _unseen_text_objects(fast: _Fast, page: pdfium.PdfPage, seen: dict[int, Any]) -> list[int]:
    """The page's top-level text objects that have no character in PDFium's text page (a
    form XObject's are not looked at)."""
    page_raw = ctypes.c_void_p(ctypes.cast(page.raw, ctypes.c_void_p).value)
    out: list[int] = []
    for k in range(fast.count_objects(page_raw)):
        obj = fast.page_object(page_raw, k)
        if obj and obj not in seen and fast.object_type(ctypes.c_void_p(obj)) == _TEXT_OBJECT:
            out.append(obj)
    return out


def _left_out_glyphs(fast: _Fast, unseen: list[int]) -> bool:
    """Whether a text object of the page, set in a standard font the file does not embed, has
    no character in PDFium's text page (``unseen``: :func:`_unseen_text_objects`).

    PDFium's text page leaves out the glyphs of codes 0–31 of such a font (no glyph name in its
    encoding; the code 0 one stays in some encodings): react-pdf's Helvetica fallback draws a
    thin space U+2009 the template's font lacks as code 9, a hair space U+200A as code 10,
    pdfminer reads them (« (cid:9) »), PDFium gives nothing and the text closes up (« 3200 m² »).
    Such a page is read by pdfplumber. Only top-level text objects are looked at (a form
    XObject's are not); a standard-font text object of spaces alone, which PDFium also replaces
    by a generated space, sends its page to pdfplumber too: slower, read the same.
    """
    standard: dict[int, bool] = {}
    for obj in unseen:
        font = fast.font(ctypes.c_void_p(obj)) or 0
        if not font:
            continue
        known = standard.get(font)
        if known is None:
            known = standard[font] = _is_standard_font(fast, font)
        if known:
            return True
    return False


def _left_out_ink(
    fast: _Fast, unseen: list[int], tp: Any, mb_top: float
) -> list[tuple[float, float, float, float]]:
    """Boxes (``x0, top, x1, bottom``) of the text objects drawing glyphs (their text is
    the text page's, so none: told by their extent) in a colour (not white) that PDFium's
    text page left out: it keeps one of two copies of a text
    drawn a hair apart, and may keep a white shadow (``text-shadow: 0 1px 0 #FFF``) for the
    dark text printed over it. The white glyph read there stands for that dark text
    (:mod:`sources.pdf.unseen_text`)."""
    out: list[tuple[float, float, float, float]] = []
    rgba = [ctypes.c_uint() for _ in range(4)]
    p_rgba = [ctypes.byref(v) for v in rgba]
    box = [ctypes.c_float() for _ in range(4)]
    p_box = [ctypes.byref(v) for v in box]
    for obj in unseen:
        handle = ctypes.c_void_p(obj)
        if not fast.object_fill(handle, *p_rgba):
            continue
        if min(v.value for v in rgba[:3]) >= 242:  # white (0.95): no ink on the paper
            continue
        if not fast.bounds(handle, *p_box):
            continue
        left, bottom, right, top = (v.value for v in box)
        if right - left >= 0.5 and top - bottom >= 0.5:  # glyphs drawn (a space: a point)
            out.append((left, mb_top - top, right, mb_top - bottom))
    return out


def _restore_space_objects(
    unseen: list[int], tp: Any, chars: list[dict[str, Any]], handles: dict[int, int] | None
) -> None:
    """Spaces set as text objects of their own, which PDFium's text page leaves out, put back
    between the glyphs they separate.

    A browser printing a Word « Page Web » sets a justified line glyph by glyph, each glyph and
    each space a text object; PDFium drops the space objects (no text, no box: a point at the
    end of the glyph before) and generates no space either, so the words close up
    (« carbonepour », the 2.8 pt gap under the word grouping's 3 pt). pdfminer reads those
    spaces: a space is put back where such an object stands, at the end of a glyph whose line
    goes on with another glyph. Under a theme's tracking (``letter-spacing: -0.03em``,
    Chromium printing a glyph a text object) the space stands the tracking before or after
    that end (0.33 pt at 11 pt), never past the next glyph's start."""
    if not chars or not unseen:
        return
    left, bottom = ctypes.c_float(), ctypes.c_float()
    right, top = ctypes.c_float(), ctypes.c_float()
    points: list[tuple[float, float]] = []
    for obj in unseen:
        if _object_text(obj, tp):
            continue
        handle = ctypes.cast(obj, pdfium_c.FPDF_PAGEOBJECT)
        pdfium_c.FPDFPageObj_GetBounds(handle, left, bottom, right, top)
        if right.value - left.value <= 0.01 and top.value - bottom.value <= 0.01:
            points.append((left.value, bottom.value))
    if not points:
        return
    after = _glyphs_before_spaces(points, chars)
    for j in sorted(set(after), reverse=True):
        c, nxt = chars[j], chars[j + 1]
        space = {**c, "text": " ", "x0": c["x1"], "x1": nxt["x0"]}
        space["width"] = space["adv"] = nxt["x0"] - c["x1"]
        chars.insert(j + 1, space)
        if handles is not None and id(c) in handles:
            handles[id(space)] = handles[id(c)]


def _glyphs_before_spaces(
    points: list[tuple[float, float]], chars: list[dict[str, Any]]
) -> list[int]:
    """Indices of the glyphs a dropped space object stands after: its point (``x``, baseline
    ``y``) at the glyph's end, give or take the line's tracking (:data:`_TRACKING`), not past
    the next glyph's start, both glyphs on its baseline and no wider apart than a font size."""
    ends: dict[int, list[int]] = {}  # glyph ends by point
    for j, c in enumerate(chars[:-1]):
        ends.setdefault(round(c["x1"]), []).append(j)
    after: list[int] = []
    for x, y in points:
        best: tuple[float, int] | None = None  # the glyph whose end is nearest the point
        for key in range(round(x) - 2, round(x) + 3):
            for j in ends.get(key, []):
                c, nxt = chars[j], chars[j + 1]
                off = abs(c["x1"] - x)
                if (
                    off <= max(_AT_GLYPH_END, _TRACKING * c["size"])
                    and (best is None or off < best[0])
                    # off the end by a tracking: the glyphs stand a space's room apart
                    and (off <= _AT_GLYPH_END or nxt["x0"] - c["x1"] >= _ROOM * c["size"])
                    and x <= nxt["x0"] + _AT_GLYPH_END
                    and abs(c["matrix"][5] - y) <= _AT_GLYPH_END
                    and c["text"].strip()
                    and nxt["text"].strip()
                    and abs(nxt["matrix"][5] - y) <= _AT_GLYPH_END
                    and 0 <= nxt["x0"] - c["x1"] <= c["size"]
                ):
                    best = (off, j)
        if best is not None:
            after.append(best[1])
    return after


def _is_standard_font(fast: _Fast, font: int) -> bool:
    """A standard-14 font (pdfminer's AFM table holds its name) that the file does not embed."""
    from pdfminer.fontmetrics import FONT_METRICS

    if fast.embedded(ctypes.c_void_p(font)):
        return False
    name = ctypes.create_string_buffer(_BUF)
    if not fast.base_font_name(ctypes.c_void_p(font), name, ctypes.c_size_t(_BUF)):
        return False
    return name.value.decode("latin-1") in FONT_METRICS


class _ObjectReader:
    """Reads each text object's font, size, matrix and colour (:meth:`info`); the ctypes
    out-parameters are allocated once per page and a font's name and descent read once per
    font: a page has hundreds of text objects and a handful of fonts."""

    def __init__(self, fast: _Fast, tp: Any, page_number: int) -> None:
        self.fast, self.tp, self.page_number = fast, tp, page_number
        self.matrix = pdfium_c.FS_MATRIX()
        self.p_matrix = ctypes.byref(self.matrix)
        self.rgba = [ctypes.c_uint() for _ in range(4)]
        self.p_rgba = [ctypes.byref(v) for v in self.rgba]
        self.name_buf = ctypes.create_string_buffer(_BUF)
        self.flags = ctypes.c_int()
        self.p_flags = ctypes.byref(self.flags)
        self.desc = ctypes.c_float()
        self.p_desc = ctypes.byref(self.desc)
        self.fonts: dict[int, tuple[str, float]] = {}

    def info(
        self, index: int, obj: int
    ) -> tuple[dict[str, Any], float, float, float, float, int] | None:
        """Per text object: base char dict (font name, colour), descent per point, font size,
        the matrix scales; None for a watermark candidate (:mod:`sources.pdf.watermark`: turned
        an angle, large, light); raises :class:`NeedsPdfplumber` for other rotated, skewed or
        mirrored text. A skew alone (a synthesized oblique, :mod:`sources.pdf.oblique`) is read
        as upright text: origins and advances are the glyphs' own."""
        fast, tp = self.fast, self.tp
        matrix = self.matrix
        fast.matrix(tp, index, self.p_matrix)
        a, b, c, d = matrix.a, matrix.b, matrix.c, matrix.d
        if (abs(b) > 1e-6 or abs(c) > 1e-6 or a <= 0 or d <= 0) and not is_oblique(a, b, c, d):
            if self._watermark_glyph(index, a, b):
                return None
            raise NeedsPdfplumber("rotated or mirrored text")
        size_pt = fast.font_size(tp, index)
        font = fast.font(ctypes.c_void_p(obj)) or 0 if obj else 0
        known = self.fonts.get(font) if font else None
        if known is None:  # the name is the text object's font's: read once per font
            fast.font_info(tp, index, self.name_buf, _BUF, self.p_flags)
            known = self._font(font, self.name_buf.value)
            if font:
                self.fonts[font] = known
        fontname, descent = known
        fast.fill(tp, index, *self.p_rgba)
        r_, g_, b_, _ = self.rgba
        colour = (r_.value / 255, g_.value / 255, b_.value / 255)
        base = {
            "object_type": "char",
            "page_number": self.page_number,
            "fontname": fontname,
            "upright": True,
            "non_stroking_color": colour,
            "stroking_color": colour,
            # 0 filled, 1 stroked, 2 both, 3 invisible … (:mod:`sources.pdf.unseen_text`)
            "text_render_mode": fast.render_mode(ctypes.c_void_p(obj)) if obj else -1,
        }
        return base, descent, size_pt, a, d, font

    def _watermark_glyph(self, index: int, a: float, b: float) -> bool:
        if not is_angled(a, b):
            return False
        size = self.fast.font_size(self.tp, index) * math.hypot(a, b)
        self.fast.fill(self.tp, index, *self.p_rgba)
        r_, g_, b_, _ = self.rgba
        return is_candidate(a, b, size, (r_.value / 255, g_.value / 255, b_.value / 255))

    def _font(self, font: int, raw_name: bytes) -> tuple[str, float]:
        """A font's name and descent per point (pdfminer's AFM metrics for a standard font
        the file does not embed, else the font's own descent)."""
        fast = self.fast
        fontname = raw_name.decode("utf-8", "replace")
        descent = 0.0
        standard = _standard_descent(fontname)
        if standard is not None and font and not fast.embedded(ctypes.c_void_p(font)):
            descent = standard  # pdfminer takes a standard font's metrics from its AFM table
        elif font:
            fast.descent(ctypes.c_void_p(font), ctypes.c_float(1000.0), self.p_desc)
            descent = self.desc.value / 1000.0
        return fontname, descent


def _standard_descent(fontname: str) -> float | None:
    """Descent (per point) of a standard-14 font in pdfminer's AFM table, else ``None``."""
    from pdfminer.fontmetrics import FONT_METRICS

    metrics = FONT_METRICS.get(fontname)
    if metrics is None:
        return None
    return float(metrics[0].get("Descent", 0)) / 1000.0


def _advance(
    fast: _Fast,
    widths: dict[tuple[int, int], float],
    font: int,
    code: int,
    size_pt: float,
    p_width: Any,
) -> float:
    """Advance width (font ``/Widths``) of ``code`` for a 1-unit scale; -1 when unknown."""
    key = (font, code)
    per_pt = widths.get(key)
    if per_pt is None:
        per_pt = -1.0
        if font and fast.glyph_width(
            ctypes.c_void_p(font), ctypes.c_uint32(code), ctypes.c_float(1000.0), p_width
        ):
            per_pt = p_width._obj.value / 1000.0
        widths[key] = per_pt
    return per_pt * size_pt if per_pt >= 0 else -1.0


def _object_text(textobj: int, textpage: Any) -> str:
    """Whole text of a PDFium text object (UTF-16LE through ``FPDFTextObj_GetText``)."""
    get = _fast().object_text
    obj = ctypes.c_void_p(textobj)
    size = get(obj, textpage, None, ctypes.c_ulong(0))
    if size <= 2:
        return ""
    buf = ctypes.create_string_buffer(size)
    get(obj, textpage, buf, ctypes.c_ulong(size))
    return buf.raw[: size - 2].decode("utf-16-le", "replace")
