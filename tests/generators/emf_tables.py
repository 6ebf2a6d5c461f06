"""A progress table as a workbook range pasted into a slide « Image (métafichier amélioré) »
(thirty-fourth held-out set, ``cot000_pptxemf``): the range drawn as Excel shows it in its
« Style de tableau moyen 2 », written record by record as an enhanced metafile the way Excel
writes one (fills, a rule, « Calibri » text records with their advance arrays), placed on the
slide as a picture; Impress plays its texts back as text.
"""

from __future__ import annotations

import struct

from tests.generators.text_metrics import pil_font

FONT = "Calibri"  # the workbook's font; not installed: substituted when the EMF is played
SIZE = 11.0  # pt
ROW = 15.0  # pt, Excel's default row height for 11 pt
NUMBER_COLUMN = 80.0  # pt, columns B–D
PAD = 4.0  # pt, text from its cell's edge
HEADER_FILL, BAND_FILL, LAST_RULE = "#4472C4", "#D9E1F2", "#8EA9DB"
HEADS = ("Points restants", "% Réalisé", "% Programmé")


def _font(bold: bool) -> object:
    """The widest likely substitute (DejaVu Sans), to size column A so no label overflows."""
    return pil_font("DejaVu Sans", bold, 100)


def _width(text: str, bold: bool) -> float:
    return _font(bold).getlength(text) * SIZE / 100  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- EMF records

UNIT = 20  # logical units per point: a reference device of 1440 pixels per inch
_STOCK_NULL_PEN = 0x80000008


def _record(kind: int, body: bytes) -> bytes:
    return struct.pack("<II", kind, 8 + len(body)) + body


def _colour(hex_colour: str) -> int:
    """A COLORREF (0x00BBGGRR) from « #RRGGBB »."""
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return r | g << 8 | b << 16


class _Emf:
    """An enhanced metafile written record by record, as Excel writes a pasted range: solid
    brushes and rectangles, a pen for a rule, « Calibri » fonts and EXTTEXTOUTW text records
    carrying their advance arrays."""

    def __init__(self, width: float, height: float) -> None:
        self.width, self.height = width, height
        self.records: list[bytes] = []
        self.handles = 1  # handle 0 is the metafile itself

    def _u(self, pt: float) -> int:
        return round(pt * UNIT)

    def rect(self, x: float, y: float, w: float, h: float, fill: str) -> None:
        brush = self.handles
        self.records += [
            _record(39, struct.pack("<IIII", brush, 0, _colour(fill), 0)),  # CREATEBRUSHINDIRECT
            _record(37, struct.pack("<I", brush)),  # SELECTOBJECT
            _record(37, struct.pack("<I", _STOCK_NULL_PEN)),
            _record(43, struct.pack("<4i", *map(self._u, (x, y, x + w, y + h)))),  # RECTANGLE
            _record(40, struct.pack("<I", brush)),  # DELETEOBJECT
        ]

    def rule(self, x0: float, x1: float, y: float, width: float, colour: str) -> None:
        pen = self.handles
        self.records += [
            _record(38, struct.pack("<II2iI", pen, 0, self._u(width), 0, _colour(colour))),
            _record(37, struct.pack("<I", pen)),
            _record(27, struct.pack("<2i", self._u(x0), self._u(y))),  # MOVETOEX
            _record(54, struct.pack("<2i", self._u(x1), self._u(y))),  # LINETO
            _record(40, struct.pack("<I", pen)),
        ]

    def text(
        self, x: float, baseline: float, value: str, bold: bool, colour: str, end: bool
    ) -> None:
        """``value`` with its left (or, ``end``, right) end at ``x``, on ``baseline``."""
        font = self.handles
        face = FONT.encode("utf-16-le").ljust(64, b"\0")
        logfont = struct.pack(
            "<5i8B", -self._u(SIZE), 0, 0, 0, 700 if bold else 400, 0, 0, 0, 1, 0, 0, 0, 0
        )
        chars = value.encode("utf-16-le")
        n = len(chars) // 2
        dx = [max(1, round(_font(bold).getlength(c) * SIZE / 100 * UNIT)) for c in value]  # type: ignore[attr-defined]
        length = sum(dx)
        left = self._u(x) - (length if end else 0)
        top, bottom = self._u(baseline - SIZE), self._u(baseline + SIZE * 0.3)
        string = chars + b"\0" * (-len(chars) % 4)
        head = 8 + 16 + 4 + 8  # record header, bounds, graphics mode, scales
        text = 8 + 4 + 4 + 4 + 16 + 4  # reference, count, string offset, options, rect, dx offset
        body = struct.pack("<4iIff", left, top, left + length, bottom, 1, 0.0, 0.0)
        body += struct.pack(
            "<2iIII4iI",
            self._u(x),
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
            _record(24, struct.pack("<I", _colour(colour))),  # SETTEXTCOLOR
            _record(18, struct.pack("<I", 1)),  # SETBKMODE: transparent
            _record(22, struct.pack("<I", 24 | (2 if end else 0))),  # SETTEXTALIGN
            _record(84, body),  # EXTTEXTOUTW
            _record(40, struct.pack("<I", font)),
        ]

    def data(self) -> bytes:
        """The metafile: header (bounds in the reference device's pixels, frame in 0.01 mm),
        the records, EOF."""
        eof = _record(14, struct.pack("<III", 0, 16, 20))
        body = b"".join(self.records) + eof
        w, h = self._u(self.width), self._u(self.height)
        frame = (round(self.width / 72 * 2540), round(self.height / 72 * 2540))
        header_size = 88
        header = struct.pack(
            "<II4i4iIIIIHHIII2i2i",
            1,
            header_size,
            0,
            0,
            w - 1,
            h - 1,
            0,
            0,
            *frame,
            0x464D4520,
            0x10000,
            header_size + len(body),
            len(self.records) + 2,
            2,
            0,
            0,
            0,
            0,
            14400,
            14400,
            254,
            254,
        )
        return header + body


def range_emf(
    cells: list[tuple[str, str, str, str, bool]], header: str
) -> tuple[bytes, float, float]:
    """The range as an enhanced metafile: ``cells`` one (label, points, done, programmed,
    axis row) per body row under a header row of ``header`` and :data:`HEADS`; column A as
    wide as its longest text plus 12 pt, text on a baseline 3.5 pt above its row's foot (Excel
    bottom-aligns); returns (emf, width, height) in points."""
    first = max(max(_width(c[0], c[4]) for c in cells), _width(header, True)) + 12
    width = first + 3 * NUMBER_COLUMN
    height = ROW * (len(cells) + 1)
    emf = _Emf(width, height)
    rights = [first + NUMBER_COLUMN * (k + 1) - PAD for k in range(3)]
    emf.rect(0, 0, width, ROW, HEADER_FILL)
    emf.text(PAD, ROW - 3.5, header, True, "#FFFFFF", False)
    for x, head in zip(rights, HEADS, strict=True):
        emf.text(x, ROW - 3.5, head, True, "#FFFFFF", True)
    for r, (label, *numbers, axis) in enumerate(cells, 1):
        top = ROW * r
        if r % 2:
            emf.rect(0, top, width, ROW, BAND_FILL)
        emf.text(PAD, top + ROW - 3.5, label, axis, "#000000", False)
        for x, value in zip(rights, numbers, strict=True):
            emf.text(x, top + ROW - 3.5, value, axis, "#000000", True)
    emf.rule(0, width, height - 0.5, 1, LAST_RULE)
    return emf.data(), width, height
