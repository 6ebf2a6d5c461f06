"""Seed 001 as an Excel WORKBOOK whose fiches put their FIELDS AND STEPS ON THE SAME ROWS
(sixtieth held-out set, ``plan_xlsx_sharedrows``): an .xlsx written with openpyxl, printed to
PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 landscape, « fit to 1 page wide », no printed gridlines; the
non-fiche parts one line a row merged over A:I as :mod:`tests.generators.xlsx_titlerows`
writes them; each fiche's heading lines merged over A:I, then a block of shared rows: the
fields (label in A | value in B) and the bold lines at the left, « Modalités de mise en
oeuvre », the step labels and the steps in D–I at the right, row k holding the k-th item of
each side; every row's stored height that of its taller side. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.seed001 import IMPL_TITLE, _paragraphs, load_seed
from tests.generators.xlsx_titlerows import fit_width, seed_lines, sheet_writer

WIDTHS = (18, 44, 2, 16, 34, 10, 13, 12, 14)  # Excel character widths, columns A…I
LAST = len(WIDTHS) - 1

# a cell to write: (first column, last column, text, size, bold, colour, fill, boxed, number)
Cell = tuple[int, int, str, float, bool, str, "str | None", bool, bool]


def plan_xlsx_sharedrows(path: Path) -> Path:
    """Seed 001 as an .xlsx at ``path``, fields and steps side by side on shared rows."""
    wb, ws, write = sheet_writer(WIDTHS)
    state = {"row": 0}

    def put(cells: list[Cell]) -> None:
        """One sheet row of cells, each merged over its span; the row's stored height that
        of its tallest cell."""
        state["row"] += 1
        r = state["row"]
        height = 0.0
        for first, last, text, size, bold, colour, fill, boxed, number in cells:
            lines = write(r, first, last, text, size, bold, colour, fill, boxed, number) or 1
            height = max(height, lines * size * 4 / 3 + 3)
        ws.row_dimensions[r].height = round(height or 12.0, 1)

    def line(text: str, size: float, bold: bool, colour: str) -> None:
        put([(0, LAST, text, size, bold, colour, None, False, False)])

    def blank() -> None:
        state["row"] += 1

    left: list[Cell | tuple[Cell, Cell]] = []
    right: list[list[Cell]] = []

    def flush() -> None:
        """The fiche's block: row k the k-th left item beside the k-th right item."""
        for k in range(max(len(left), len(right))):
            cells: list[Cell] = []
            if k < len(left):
                item = left[k]
                cells += list(item) if isinstance(item[0], tuple) else [item]  # type: ignore[list-item]
            if k < len(right):
                cells += right[k]
            put(cells)
        if left or right:
            blank()
        left.clear()
        right.clear()

    previous = ""
    for block in load_seed():
        kind = block.kind
        if kind not in ("fields", "bold", "impl") and not (
            kind == "section" and block.lines[0] == IMPL_TITLE
        ):
            flush()
        if kind == "section" and block.lines[0] == IMPL_TITLE:
            right.append([(3, LAST, block.lines[0], 10, True, "1F4E79", None, False, False)])
        elif kind == "summary_table":
            if previous == "para":
                blank()
            for a, b in block.rows:
                put(
                    [
                        (0, 0, a, 9, False, "000000", None, False, False),
                        (1, LAST, b, 9, False, "000000", None, False, False),
                    ]
                )
        elif kind == "fields":
            for label, value in block.fields:
                text = "\n".join(_paragraphs(value))
                left.append(
                    (
                        (0, 0, label, 8, True, "000000", "DDEBF7", True, False),
                        (1, 1, text, 8, False, "000000", None, True, False),
                    )
                )
        elif kind == "bold":
            for text in block.lines:
                left.append((0, 1, text, 8, True, "000000", None, False, False))
        elif kind == "impl":
            right.append(
                [
                    (3 + c, 3 + c, label, 8, True, "000000", "D9E1F2", True, False)
                    for c, label in enumerate(block.header)
                ]
            )
            for step in block.rows:
                values = [step[c] if c < len(step) else "" for c in range(len(block.header))]
                right.append(
                    [
                        (
                            3 + c,
                            3 + c,
                            "\n".join(_paragraphs(v)),
                            8,
                            c == 0,
                            "000000",
                            None,
                            True,
                            True,
                        )
                        for c, v in enumerate(values)
                    ]
                )
        else:
            seed_lines(block, previous, line, blank)
        previous = kind
    flush()
    fit_width(ws, "landscape")
    ws.oddFooter.center.text = "Page &P / &N"
    ws.page_margins.left = ws.page_margins.right = 1.0 / 2.54
    ws.page_margins.top = ws.page_margins.bottom = 1.2 / 2.54
    wb.save(str(path))
    return path
