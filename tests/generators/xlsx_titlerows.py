"""Seed 001 kept as an Excel WORKBOOK whose column labels are PRINT TITLES (fifty-fourth
held-out set, ``plan_xlsx_titlerows``): an .xlsx written with openpyxl as an Excel user keeps
an action plan, printed to PDF by LibreOffice Calc.

One sheet « Plan d'actions », A4 portrait, « fit to 1 page wide », no printed gridlines: row 1
a banner (not in the seed), row 2 the six seed step labels, panes frozen under row 2 and rows
1–2 the sheet's print titles, so repeated at the top of every page; the seed from row 3, one
line a row (headings and paragraphs merged over A:F, fields label | value merged over B:F),
each fiche's step rows WITH NO HEADER ROW OF THEIR OWN. Calc 7.4 does not recompute the heights
of an .xlsx's wrapped rows, so every row's height is stored as Excel stores it (estimated
from the column widths). Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

WIDTHS = (24, 48, 12, 16, 16, 20)  # Excel character widths, columns A…F
BANNER = "Plan Climat Air Energie Territorial — Programme d'actions"
CHAR_PT = 5.25  # pt per Excel width unit
GLYPH_PT = 5.0 / 9  # a generous average glyph width per pt of type size
BORDER = "808080"


def _lines(text: str, span: tuple[int, int], size: float, widths: tuple[int, ...] = WIDTHS) -> int:
    """Wrapped lines of ``text`` (its paragraphs one per line at least) over columns
    ``span`` (first, last, 0-based) of ``widths`` at ``size`` pt."""
    width = sum(widths[span[0] : span[1] + 1]) * CHAR_PT
    per_line = max(int(width / (size * GLYPH_PT)), 1)
    return sum(max(math.ceil(len(part) / per_line), 1) for part in text.split("\n")) or 1


def sheet_writer(
    widths: tuple[int, ...], workbook: Any = None, title: str = "Plan d'actions"
) -> tuple[Any, Any, Callable[..., int]]:
    """A workbook (a new one, or a new sheet of ``workbook``), its sheet ``title`` with the
    column ``widths``, and the cell writer ``write(row, first, last, text, size, bold, colour,
    fill, boxed, number)``: the cell at ``row`` (1-based), column ``first`` (0-based) merged
    to ``last``, in Liberation Sans, top-aligned and wrapped, filled, its span boxed in thin
    grey; it returns the text's wrapped lines (0 for an empty cell)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    side = Side(style="thin", color=BORDER)
    box = Border(left=side, right=side, top=side, bottom=side)
    top_wrap = Alignment(wrap_text=True, vertical="top")
    if workbook is None:
        wb = Workbook()
        ws = wb.active
        ws.title = title
    else:
        wb = workbook
        ws = wb.create_sheet(title)
    for c, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width

    def write(
        r: int,
        first: int,
        last: int,
        text: str,
        size: float,
        bold: bool,
        colour: str,
        fill: str | None,
        boxed: bool,
        number: bool,
    ) -> int:
        cell = ws.cell(row=r, column=first + 1)
        cell.value = int(text) if number and text.isdigit() else (text or None)
        cell.font = Font(name="Liberation Sans", size=size, bold=bold, color=colour)
        cell.alignment = top_wrap
        if fill:
            cell.fill = PatternFill("solid", fgColor=fill)
        if last > first:
            ws.merge_cells(start_row=r, start_column=first + 1, end_row=r, end_column=last + 1)
        if boxed:
            for c in range(first, last + 1):
                ws.cell(row=r, column=c + 1).border = box
        return _lines(text, (first, last), size, widths) if text else 0

    return wb, ws, write


def seed_lines(
    block: Block,
    previous: str,
    line: Callable[[str, float, bool, str], None],
    blank: Callable[[], None],
) -> None:
    """The seed's axis, objective, fiche heading, section, paragraph and summary lines of
    ``block`` (after a block of kind ``previous``), one line a row as ``line`` writes them
    (text, size, bold, colour), ``blank`` the empty rows between them."""
    kind = block.kind
    if kind == "axis":
        for n, text in enumerate(block.lines):
            line(text, 12 if n == 0 else 11, n < 2, "385623")
    elif kind == "objective":
        for text in block.lines:
            line(text, 11, True, "2E74B5")
    elif kind == "fiche":
        if previous not in ("impl", ""):
            blank()
        for text in block.lines:
            line(text, 11, True, "1F4E79")
    elif kind == "section":
        if previous in ("para", "summary", "summary_table"):
            blank()
        line(block.lines[0], 10, True, "2E74B5")
    elif kind == "para":
        line(block.lines[0], 9, False, "000000")
    elif kind == "summary":
        if previous == "para":
            blank()
        for text in block.lines:
            line(text, 9, False, "000000")


def fit_width(ws: Any, orientation: str) -> None:
    """A4 ``orientation`` pages, the sheet fitted to one page wide, no gridlines printed."""
    ws.page_setup.orientation = orientation
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.print_options.gridLines = False


Cells = list[tuple[int, int, str, bool]]  # (first column, last column, text, bold)


def row_writer(
    ws: Any, write: Callable[..., int], last: int = len(WIDTHS) - 1
) -> tuple[Callable[..., int], Callable[[str, float, bool, str], None], Callable[[], None]]:
    """The row writers of a sheet filled one row after the other through ``write`` (from
    :func:`sheet_writer`): ``put(cells, size, colour, fill, boxed, numbers)`` writes the next
    row's (first column, last column, text, bold) cells, each merged over its span, stores
    the row's height and returns the row; ``line(text, size, bold, colour)`` a row of one
    cell over columns 0 to ``last``; ``blank()`` skips a row."""
    state = {"row": 0}

    def put(
        cells: Cells,
        size: float = 9,
        colour: str = "000000",
        fill: str | None = None,
        boxed: bool = False,
        numbers: bool = False,
    ) -> int:
        state["row"] += 1
        r = state["row"]
        lines = 1
        for first, end, text, bold in cells:
            lines = max(lines, write(r, first, end, text, size, bold, colour, fill, boxed, numbers))
        ws.row_dimensions[r].height = round(lines * size * 4 / 3 + 3, 1)
        return r

    def line(text: str, size: float, bold: bool, colour: str) -> None:
        put([(0, last, text, bold)], size, colour)

    def blank() -> None:
        state["row"] += 1

    return put, line, blank


def seed_rows(ws: Any, put: Any, line: Any, blank: Any, last: int, steps: Any, **plan: Any) -> None:
    """Seed 001 written down the sheet: each steps table by ``steps(ws, put, block)`` then a
    blank row, every other block by :func:`plan_rows` (``plan``: its keyword arguments)."""
    previous = ""
    for block in load_seed():
        if block.kind == "impl":
            steps(ws, put, block)
            blank()
        else:
            plan_rows(ws, block, previous, put, line, blank, last, **plan)
        previous = block.kind


def plan_rows(
    ws: Any,
    block: Block,
    previous: str,
    put: Callable[..., int],
    line: Callable[[str, float, bool, str], None],
    blank: Callable[[], None],
    last: int = len(WIDTHS) - 1,
    label_end: int = 0,
) -> None:
    """Every row of ``block`` (after a block of kind ``previous``) but a steps table's, as
    the writers of :func:`row_writer` write them: the « Mise en oeuvre » title, the summary
    table's label | value rows, the fields' label | value rows boxed (labels on pale blue),
    the bold lines, and :func:`seed_lines`'s; each label over columns 0…``label_end``, its
    value over the rest up to ``last``."""
    from openpyxl.styles import PatternFill

    kind = block.kind
    if kind == "section" and block.lines[0] == IMPL_TITLE:
        line(block.lines[0], 10, True, "1F4E79")
    elif kind == "summary_table":
        if previous == "para":
            blank()
        for a, b in block.rows:
            put([(0, label_end, a, False), (label_end + 1, last, b, False)])
    elif kind == "fields":
        for label, value in block.fields:
            text = "\n".join(_paragraphs(value))
            r = put([(0, label_end, label, True), (label_end + 1, last, text, False)], boxed=True)
            for c in range(1, label_end + 2):
                ws.cell(row=r, column=c).fill = PatternFill("solid", fgColor="DDEBF7")
    elif kind == "bold":
        for text in block.lines:
            line(text, 9, True, "000000")
    else:
        seed_lines(block, previous, line, blank)


def step_values(block: Block, step: list[str]) -> list[str]:
    """``step``'s values, one per label of ``block``'s header (a missing one empty)."""
    return [step[c] if c < len(step) else "" for c in range(len(block.header))]


def put_header(put: Callable[..., int], header: list[str]) -> int:
    """A steps header row, ``header``'s labels bold on pale blue, boxed; returns its row."""
    return put([(c, c, label, True) for c, label in enumerate(header)], fill="D9E1F2", boxed=True)


def put_steps(
    put: Callable[..., int], block: Block, each: Callable[[int], None] | None = None
) -> list[int]:
    """``block``'s step rows, one a step, each value's paragraphs one a line, boxed, the step
    name bold, the numbers right-aligned; ``each(row)`` right after each row is written.
    Returns their rows."""
    rows = []
    for step in block.rows:
        values = step_values(block, step)
        r = put(
            [(c, c, "\n".join(_paragraphs(v)), c == 0) for c, v in enumerate(values)],
            boxed=True,
            numbers=True,
        )
        if each is not None:
            each(r)
        rows.append(r)
    return rows


def plan_sheet(
    ws: Any,
    put: Callable[..., int],
    line: Callable[[str, float, bool, str], None],
    blank: Callable[[], None],
    steps: Callable[[Block], object],
) -> None:
    """The whole seed in seed order, through the writers of :func:`row_writer`: each steps
    block by ``steps(block)`` followed by a blank row, every other block by
    :func:`plan_rows`."""
    previous = ""
    for block in load_seed():
        if block.kind == "impl":
            steps(block)
            blank()
        else:
            plan_rows(ws, block, previous, put, line, blank)
        previous = block.kind


def save_portrait(wb: Any, ws: Any, path: Path) -> Path:
    """The sheet on A4 portrait pages fitted to one page wide, 1.5 cm margins; the workbook
    saved at ``path``."""
    fit_width(ws, "portrait")
    margin = 1.5 / 2.54  # inches
    ws.page_margins.left = ws.page_margins.right = margin
    ws.page_margins.top = ws.page_margins.bottom = margin
    wb.save(str(path))
    return path


def plan_portrait(path: Path, steps: Callable[[Any, Callable[..., int], Block], object]) -> Path:
    """Seed 001 as an .xlsx at ``path``: one sheet of :data:`WIDTHS` columns, the seed in
    seed order, each steps block by ``steps(ws, put, block)`` (the sheet and the
    :func:`row_writer` ``put``), every other block by :func:`plan_rows`; saved by
    :func:`save_portrait`."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    plan_sheet(ws, put, line, blank, lambda block: steps(ws, put, block))
    return save_portrait(wb, ws, path)


def plan_headed(path: Path, finish: Callable[[Any, list[int]], object]) -> Path:
    """Seed 001 as :func:`plan_portrait` writes it, each fiche's steps under a header row of
    their own (:func:`put_header`, :func:`put_steps`); ``finish(ws, rows)`` on the sheet and
    all the steps rows before it is saved."""
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    steps_rows: list[int] = []

    def steps(block: Block) -> None:
        put_header(put, block.header)
        steps_rows.extend(put_steps(put, block))

    plan_sheet(ws, put, line, blank, steps)
    finish(ws, steps_rows)
    return save_portrait(wb, ws, path)


def plan_xlsx(path: Path, style: str = "titlerows") -> Path:
    """Seed 001 as an .xlsx at ``path``; ``style`` ``titlerows`` only."""
    if style != "titlerows":
        raise ValueError(style)
    wb, ws, write = sheet_writer(WIDTHS)
    put, line, blank = row_writer(ws, write)
    put([(0, 5, BANNER, True)], 12, "FFFFFF", "1F4E79")
    put_header(put, next(b.header for b in load_seed() if b.kind == "impl"))
    plan_sheet(ws, put, line, blank, lambda block: put_steps(put, block))
    ws.freeze_panes = "A3"
    ws.print_title_rows = "1:2"
    return save_portrait(wb, ws, path)
