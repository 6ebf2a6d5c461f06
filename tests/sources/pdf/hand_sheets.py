"""A workbook printed by a spreadsheet with its grid, drawn by hand with reportlab in tests.

A4 landscape pages, one sheet per page or more: the sheet's name in the page header
(centred, 8 pt), « Page n / N » in the footer, and every cell of the sheet's used area inside
hairline gridlines — empty cells included. A cell given as ``None`` is covered by the cell on
its left (a merged cell, or the overflow of a text typed in the cell before: no gridline
between them); a value made of digits only is a number cell, printed right-aligned.
"""

from __future__ import annotations

import io

WIDTH, HEIGHT = 842.0, 595.0
# columns A…F as Calc prints 4.2 / 8.4 / 2.4 / 2.9 / 3.2 / 4.0 cm from a 1.5 cm margin
COLUMNS = (42.5, 161.5, 399.6, 467.6, 549.8, 640.5, 753.8)
HEAD_X, BAND = 24.5, 10.0  # the row headers' left edge, the column headers' height
STEPS_HEADER = (
    "Etape",
    "Descriptif",
    "Planification",
    "Ressources",
    "Porteur",
    "Partenaires envisagés",
)
Row = tuple[str | None, ...]


class HandSheets:
    """A reportlab canvas printing sheets with :meth:`sheet`; :meth:`save` gives the PDF."""

    def __init__(self, total: int) -> None:
        from reportlab.pdfgen import canvas

        self.buffer = io.BytesIO()
        self.c = canvas.Canvas(self.buffer, pagesize=(WIDTH, HEIGHT))
        self.total, self.number = total, 0

    def text(self, x: float, top: float, s: str, *, bold: bool = False, size: float = 9.0) -> None:
        font = "Helvetica-Bold" if bold else "Helvetica"
        self.c.setFont(font, size)
        self.c.drawString(x, HEIGHT - top - size, s)

    def page(
        self,
        name: str,
        rows: list[tuple[float, Row, bool]],
        top: float = 51.0,
        first_row: int | None = None,
    ) -> None:
        """One page of sheet ``name``: rows of (height, cells, bold) from ``top`` down; with
        ``first_row``, printed with the ROW AND COLUMN HEADERS (:meth:`headers`), the first
        row numbered ``first_row``."""
        self.number += 1
        self.c.setFont("Helvetica", 8.0)
        self.c.drawCentredString(WIDTH / 2, HEIGHT - 42.0, name)
        self.c.drawCentredString(WIDTH / 2, 20.0, f"Page {self.number} / {self.total}")
        self.c.setLineWidth(0.25)
        if first_row is not None:
            self.headers(rows, top, first_row)
            top += BAND
        y = top
        self.c.line(COLUMNS[0], HEIGHT - y, COLUMNS[-1], HEIGHT - y)
        for height, cells, bold in rows:
            bottom = y + height
            self.c.line(COLUMNS[0], HEIGHT - bottom, COLUMNS[-1], HEIGHT - bottom)
            for index, x in enumerate(COLUMNS):
                if index < len(cells) and cells[index] is None:
                    continue  # covered by the cell on its left: no gridline
                self.c.line(x, HEIGHT - y, x, HEIGHT - bottom)
            for index, cell in enumerate(cells):
                if not cell:
                    continue
                size = 11.0 if bold and index == 0 else 9.0
                for k, part in enumerate(cell.split("\n")):
                    if part.isdigit():  # a number cell: right-aligned
                        self.c.setFont("Helvetica", size)
                        right = COLUMNS[index + 1] - 2.0
                        self.c.drawRightString(right, HEIGHT - (y + 2.0 + 10.0 * k) - size, part)
                    else:
                        self.text(
                            COLUMNS[index] + 2.0, y + 2.0 + 10.0 * k, part, bold=bold, size=size
                        )
            y = bottom
        self.c.showPage()

    def headers(self, rows: list[tuple[float, Row, bool]], top: float, first_row: int) -> None:
        """Calc's printed headers: a band of column letters « A »… centred over the columns
        (each in an outlined header cell, ``BAND`` high) and, left of the cells, a column
        of row numbers from ``first_row`` on, each centred in its row's header cell."""
        self.c.setFont("Helvetica", 7.0)
        for index, (x0, x1) in enumerate(zip(COLUMNS, COLUMNS[1:], strict=False)):
            self.c.rect(x0, HEIGHT - top - BAND, x1 - x0, BAND)
            self.c.drawCentredString((x0 + x1) / 2, HEIGHT - top - BAND + 2.5, chr(65 + index))
        y = top + BAND
        for number, (height, _, _) in enumerate(rows, start=first_row):
            self.c.rect(HEAD_X, HEIGHT - y - height, COLUMNS[0] - HEAD_X, height)
            middle = (HEAD_X + COLUMNS[0]) / 2
            self.c.drawCentredString(middle, HEIGHT - y - height / 2 - 2.5, str(number))
            y += height

    def save(self) -> bytes:
        self.c.save()
        return self.buffer.getvalue()


def empty() -> tuple[float, Row, bool]:
    """An empty row of the grid (its six cells empty)."""
    return (12.8, ("", "", "", "", "", ""), False)


def heading(text: str, covers: int = 0, bold: bool = True) -> tuple[float, Row, bool]:
    """A line typed in column A, overflowing over ``covers`` empty cells on its right."""
    cells: list[str | None] = [text] + [None] * covers
    return (15.0, tuple(cells + [""] * (6 - len(cells))), bold)


def field(label: str, value: str) -> tuple[float, Row, bool]:
    """« label | value »: the value merged over B:F."""
    lines = value.count("\n") + 1
    return (12.8 + 10.0 * (lines - 1), (label, value, None, None, None, None), False)


def step(cells: Row, lines: int = 1) -> tuple[float, Row, bool]:
    """A steps row: six cells of the sheet's own columns."""
    return (12.8 + 10.0 * (lines - 1), cells, False)
