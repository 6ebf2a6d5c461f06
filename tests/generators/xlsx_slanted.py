"""Seed 001 as an Excel WORKBOOK whose steps header rows have their labels SLANTED at 45°
(sixty-third held-out set, ``plan_xlsx_slanted``): an .xlsx written with openpyxl, printed to
PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines, the
columns and the non-step rows of :mod:`tests.generators.xlsx_titlerows` (no banner, no print
titles); each fiche's steps under a header row of the six seed labels turned 45° counter-
clockwise (Excel's « Orientation : 45° »), wrap off, a 100 pt row: Calc draws each such cell
as a parallelogram leaning right. Step rows top-aligned, thin grey borders, every row's
height stored. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.seed001 import IMPL_TITLE, _paragraphs, load_seed
from tests.generators.xlsx_titlerows import WIDTHS, fit_width, seed_lines, sheet_writer

LAST = len(WIDTHS) - 1
SLANT = 45  # degrees, counter-clockwise
HEADER_PT = 100.0  # the slanted header row's stored height


def plan_xlsx_slanted(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, each steps header row slanted at 45°."""
    from openpyxl.styles import Alignment, PatternFill

    wb, ws, write = sheet_writer(WIDTHS)
    state = {"row": 0}

    def put(cells: list[tuple[int, int, str, bool]], size: float = 9, **style: object) -> int:
        """A row of (first column, last column, text, bold) cells merged over their span,
        its height stored; returns the row."""
        state["row"] += 1
        r = state["row"]
        lines = 1
        for first, last, text, bold in cells:
            lines = max(
                lines,
                write(
                    r,
                    first,
                    last,
                    text,
                    size,
                    bold,
                    style.get("colour", "000000"),
                    style.get("fill"),
                    style.get("boxed", False),
                    style.get("numbers", False),
                ),
            )
        ws.row_dimensions[r].height = round(lines * size * 4 / 3 + 3, 1)
        return r

    def line(text: str, size: float, bold: bool, colour: str) -> None:
        put([(0, LAST, text, bold)], size, colour=colour)

    def blank() -> None:
        state["row"] += 1

    slanted = Alignment(text_rotation=SLANT, wrap_text=False, horizontal="left", vertical="bottom")
    previous = ""
    for block in load_seed():
        kind = block.kind
        if kind == "section" and block.lines[0] == IMPL_TITLE:
            line(block.lines[0], 10, True, "1F4E79")
        elif kind == "summary_table":
            if previous == "para":
                blank()
            for a, b in block.rows:
                put([(0, 0, a, False), (1, LAST, b, False)])
        elif kind == "fields":
            for label, value in block.fields:
                text = "\n".join(_paragraphs(value))
                r = put([(0, 0, label, True), (1, LAST, text, False)], boxed=True)
                ws.cell(row=r, column=1).fill = PatternFill("solid", fgColor="DDEBF7")
        elif kind == "bold":
            for text in block.lines:
                line(text, 9, True, "000000")
        elif kind == "impl":
            r = put(
                [(c, c, label, True) for c, label in enumerate(block.header)],
                fill="D9E1F2",
                boxed=True,
            )
            for c in range(len(block.header)):
                ws.cell(row=r, column=c + 1).alignment = slanted
            ws.row_dimensions[r].height = HEADER_PT
            for step in block.rows:
                values = [step[c] if c < len(step) else "" for c in range(len(block.header))]
                put(
                    [(c, c, "\n".join(_paragraphs(v)), c == 0) for c, v in enumerate(values)],
                    boxed=True,
                    numbers=True,
                )
            blank()
        else:
            seed_lines(block, previous, line, blank)
        previous = kind
    fit_width(ws, "portrait")
    margin = 1.5 / 2.54  # inches
    ws.page_margins.left = ws.page_margins.right = margin
    ws.page_margins.top = ws.page_margins.bottom = margin
    wb.save(str(path))
    return path
