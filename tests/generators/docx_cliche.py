"""Steps tables PASTED FROM A WORKBOOK AS PICTURES (hundred-and-forty-eighth held-out set,
``plan_docx_cliche``): the agent keeps each fiche's steps in an Excel range and pastes it into
Word « Collage spécial › Image (métafichier amélioré) », so that each steps table is NO TABLE
OBJECT but one inline enhanced metafile, written here record by record as Excel writes a
copied range: the six columns on :data:`WIDTHS_PT`, a header row of the seed labels bold
« Arial » 9 pt centred on :data:`HEAD_FILL`, a row a step, every value top- and left-aligned,
wrapped on word boundaries, EACH TEXT LINE ONE ``EXTTEXTOUTW`` RECORD with its advance array,
the grid :data:`PEN` pt black pen lines drawn cell edge by cell edge. Writer plays the texts
back as text (Liberation Sans for « Arial »); the picture never breaks across pages.

``plan_docx_echo``'s document otherwise (``plan_docx_narrowstep``'s fields). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

import struct

from tests.generators.emf_tables import UNIT, _colour, _Emf, _record
from tests.generators.seed001 import Block
from tests.generators.text_metrics import pil_font, word_lines

WIDTHS_PT = (84.0, 144.0, 59.0, 58.0, 66.0, 70.0)  # 481 pt: the text area's 17 cm at 100 %
FACE = "Arial"  # the workbook's font; Writer plays it in Liberation Sans, its metric twin
SIZE = 9.0  # pt
LINE = 11.25  # pt, from one line of a cell to the next
ROW_EXTRA = 1.5  # pt, a row's height past its lines
BASELINE = 9.0  # pt, the first baseline under a row's top
PAD = 2.25  # pt, a value from its cell's left edge (and the wrapping room's right margin)
HEAD_FILL = "#D9D9D9"
PEN = 0.75  # pt, « Toutes les bordures »


def _width(text: str, bold: bool) -> float:
    """``text``'s width in pt at :data:`SIZE` (Liberation Sans, Arial's metrics)."""
    return pil_font("Liberation Sans", bold, 100).getlength(text) * SIZE / 100  # type: ignore[attr-defined]


def _lines(value: str, column: int, bold: bool) -> list[str]:
    """``value``'s lines in ``column``: its paragraphs cut on word boundaries at the column's
    width less twice :data:`PAD`."""
    room = WIDTHS_PT[column] - 2 * PAD
    return word_lines(value, lambda s: _width(s, bold), room, keep_empty=False)


class _RangeEmf(_Emf):
    """The range's metafile: :class:`tests.generators.emf_tables._Emf`'s fills, with pen lines
    in any direction and « Arial » 9 pt text lines carrying Liberation Sans advances."""

    def line(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """A :data:`PEN` pt black line from (x0, y0) to (x1, y1)."""
        pen = self.handles
        self.records += [
            _record(38, struct.pack("<II2iI", pen, 0, self._u(PEN), 0, _colour("#000000"))),
            _record(37, struct.pack("<I", pen)),  # SELECTOBJECT
            _record(27, struct.pack("<2i", self._u(x0), self._u(y0))),  # MOVETOEX
            _record(54, struct.pack("<2i", self._u(x1), self._u(y1))),  # LINETO
            _record(40, struct.pack("<I", pen)),  # DELETEOBJECT
        ]

    def text_line(self, x: float, baseline: float, value: str, bold: bool) -> None:
        """One EXTTEXTOUTW record: ``value`` from ``x`` on ``baseline``, black, its font
        record of its own, each character's advance in the record's array."""
        font = self.handles
        face = FACE.encode("utf-16-le").ljust(64, b"\0")
        logfont = struct.pack(
            "<5i8B", -self._u(SIZE), 0, 0, 0, 700 if bold else 400, 0, 0, 0, 1, 0, 0, 0, 0
        )
        chars = value.encode("utf-16-le")
        n = len(chars) // 2
        dx = [max(1, round(_width(c, bold) * UNIT)) for c in value]
        left = self._u(x)
        top, bottom = self._u(baseline - SIZE), self._u(baseline + SIZE * 0.3)
        string = chars + b"\0" * (-len(chars) % 4)
        head = 8 + 16 + 4 + 8  # record header, bounds, graphics mode, scales
        text = 8 + 4 + 4 + 4 + 16 + 4  # reference, count, string offset, options, rect, dx
        body = struct.pack("<4iIff", left, top, left + sum(dx), bottom, 1, 0.0, 0.0)
        body += struct.pack(
            "<2iIII4iI",
            left,
            self._u(baseline),
            n,
            head + text,
            0,
            0,
            0,
            -1,
            -1,
            head + text + len(string),
        )
        body += string + struct.pack(f"<{n}i", *dx)
        self.records += [
            _record(82, struct.pack("<I", font) + logfont + face),  # EXTCREATEFONTINDIRECTW
            _record(37, struct.pack("<I", font)),
            _record(24, struct.pack("<I", _colour("#000000"))),  # SETTEXTCOLOR
            _record(18, struct.pack("<I", 1)),  # SETBKMODE: transparent
            _record(22, struct.pack("<I", 24)),  # SETTEXTALIGN: baseline, left
            _record(84, body),  # EXTTEXTOUTW
            _record(40, struct.pack("<I", font)),
        ]


def range_picture(block: Block) -> tuple[bytes, float, float]:
    """The steps of ``block`` as the range's metafile: (emf, width, height) in points."""
    n_cols = len(WIDTHS_PT)
    lefts = [sum(WIDTHS_PT[:c]) for c in range(n_cols)]
    width = sum(WIDTHS_PT)
    head = [_lines(label, c, True) for c, label in enumerate(block.header)]
    body = []
    for row in block.rows:
        values = [row[c] if c < len(row) else "" for c in range(n_cols)]
        body.append([_lines(v, c, c == 0) for c, v in enumerate(values)])
    heights = [LINE * max(len(cell) for cell in cells) + ROW_EXTRA for cells in [head, *body]]
    tops = [sum(heights[:r]) for r in range(len(heights))]
    emf = _RangeEmf(width, sum(heights))
    for c in range(n_cols):  # the header cells' fills
        emf.rect(lefts[c], 0, WIDTHS_PT[c], heights[0], HEAD_FILL)
    for c, lines in enumerate(head):  # the labels centred both ways
        top = (heights[0] - ROW_EXTRA - LINE * len(lines)) / 2
        for k, text in enumerate(lines):
            x = lefts[c] + (WIDTHS_PT[c] - _width(text, True)) / 2
            emf.text_line(x, top + BASELINE + LINE * k, text, True)
    for r, cells in enumerate(body, start=1):  # the steps, top- and left-aligned
        for c, lines in enumerate(cells):
            for k, text in enumerate(lines):
                emf.text_line(lefts[c] + PAD, tops[r] + BASELINE + LINE * k, text, c == 0)
    for r in range(len(heights)):  # the borders, cell edge by cell edge
        top, bottom = tops[r], tops[r] + heights[r]
        for c in range(n_cols):
            left, right = lefts[c], lefts[c] + WIDTHS_PT[c]
            if r == 0:
                emf.line(left, top, right, top)
            if c == 0:
                emf.line(left, top, left, bottom)
            emf.line(left, bottom, right, bottom)
            emf.line(right, top, right, bottom)
    return emf.data(), width, sum(heights)


def cliche_impl(doc: object, block: Block) -> None:
    """The steps: the range's metafile inline at 100 % in a paragraph of its own (no space
    after), then an empty paragraph."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml.shape import CT_Inline
    from docx.parts.image import ImagePart
    from docx.shared import Pt

    emf, width, height = range_picture(block)
    part = doc.part  # type: ignore[attr-defined]
    images = part.package.image_parts
    image = ImagePart(images._next_image_partname("emf"), "image/x-emf", emf, None)
    images.append(image)
    r_id = part.relate_to(image, RT.IMAGE)
    inline = CT_Inline.new_pic_inline(
        part.next_id, r_id, f"{image.partname.filename}", Pt(width), Pt(height)
    )
    par = doc.add_paragraph()  # type: ignore[attr-defined]
    par.paragraph_format.space_after = Pt(0)
    par.add_run()._r.add_drawing(inline)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]


__all__ = ["cliche_impl", "range_picture"]
