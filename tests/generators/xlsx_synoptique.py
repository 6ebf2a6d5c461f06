"""Seed 001 kept as ONE « TABLEAU SYNOPTIQUE » (hundred-and-sixty-fifth held-out set,
``plan_xlsx_synoptique``): an .xlsx written with openpyxl, printed to PDF by LibreOffice
Calc, as an agent keeps a whole plan for a steering committee — a row per step, THE FICHE'S
HEADING AND EACH OF ITS SIX FIELD VALUES ONE CELL MERGED DOWN OVER ITS STEP ROWS, the field
labels column labels in a two-row header repeated at the top of every page (the sheet's
print titles); A3 landscape at 100 %, thirteen columns (:data:`WIDTHS`).

The axes, objectives, « Enjeux stratégiques », paragraphs and sommaires full-width rows
between the fiches' blocks; every row's height stored (:func:`_height`), a block's last step
row stretched when a merged cell needs more; a manual page break above every block that
would not fit whole under the rows already on its page (:func:`_breaks`). Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.generators.seed001 import FIELD_LABELS, IMPL_TITLE, Block, _paragraphs, load_seed
from tests.generators.text_metrics import pil_font, word_lines

# Excel character widths of A (the fiche), B–G (the six fields), H–M (the six step columns)
WIDTHS = (12, 23, 14, 12, 9, 7, 13, 11, 22, 9, 9, 9, 12)
UNIT_PT = 7.0  # pt a width unit as Calc prints them (the default « Calibri » absent)
LAST = len(WIDTHS) - 1
FICHE_END = 6  # the fiche's own columns A…G
SIZE = 8.0  # pt, the table's cells
LEADING = 1.25  # a wrapped line's height, × the type size
PAD = 4.0  # pt added to every row's lines
ROOM_LESS = 5.0  # pt of a column's width not given to its text
BORDER = "808080"
BANNER = "Plan Climat Air Energie Territorial — Tableau synoptique du programme d'actions"
GROUPS = ((0, FICHE_END, "Fiche action"), (FICHE_END + 1, LAST, IMPL_TITLE))
FICHE_LABEL = "Fiche"
PAPER_HEIGHT = 841.89  # pt, A3 landscape
TOP_BOTTOM = 0.6  # inches
LEFT_RIGHT = 0.3
HEADER_FOOTER = 0.3
SLACK = 8.0  # pt kept free at a page's foot when placing the breaks


def _lines(text: str, first: int, last: int, size: float, bold: bool) -> int:
    """Wrapped lines of ``text`` (its paragraphs one a line at least) in a cell over
    columns ``first`` … ``last`` (0-based) at ``size`` pt."""
    if not text:
        return 0
    font = pil_font("Liberation Sans", bold, 100)
    room = sum(WIDTHS[first : last + 1]) * UNIT_PT - ROOM_LESS
    return len(word_lines(text, lambda s: font.getlength(s) * size / 100, room, False))


def _height(lines: int, size: float) -> float:
    """A row's stored height for ``lines`` wrapped lines of ``size`` pt."""
    return round(max(lines, 1) * LEADING * size + PAD, 1)


class _Sheet:
    """The sheet filled one row after the other: the cells written, the rows' heights, and
    each fiche block's rows (for the page breaks)."""

    def __init__(self) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Side
        from openpyxl.utils import get_column_letter

        self.wb = Workbook()
        self.ws = self.wb.active
        self.ws.title = "Tableau synoptique"
        for c, width in enumerate(WIDTHS, start=1):
            self.ws.column_dimensions[get_column_letter(c)].width = width
        self.side = Side(style="thin", color=BORDER)
        self.row = 0
        self.heights: dict[int, float] = {}
        self.blocks: list[tuple[int, int]] = []  # (first row, last row) of each fiche

    def cell(
        self,
        r: int,
        first: int,
        last: int,
        value: Any,
        size: float = SIZE,
        bold: bool = False,
        colour: str = "000000",
        fill: str | None = None,
        boxed: bool = False,
        down: int = 0,
        centred: bool = False,
    ) -> None:
        """Cell (``r``, ``first``) holding ``value``, merged to column ``last`` and ``down``
        rows further, Liberation Sans ``size`` pt, wrapped and top-aligned (centred when
        ``centred``), filled and boxed thin grey over its whole span when asked."""
        from openpyxl.styles import Alignment, Border, Font, PatternFill

        cell = self.ws.cell(row=r, column=first + 1)
        if isinstance(value, str) and value.isdigit():
            cell.value = int(value)
        else:
            cell.value = value if value != "" else None
        cell.font = Font(name="Liberation Sans", size=size, bold=bold, color=colour)
        cell.alignment = Alignment(
            wrap_text=True, vertical="top", horizontal="center" if centred else None
        )
        if last > first or down:
            self.ws.merge_cells(
                start_row=r, start_column=first + 1, end_row=r + down, end_column=last + 1
            )
        for rr in range(r, r + down + 1):
            for c in range(first, last + 1):
                target = self.ws.cell(row=rr, column=c + 1)
                if fill:
                    target.fill = PatternFill("solid", fgColor=fill)
                if boxed:
                    s = self.side
                    target.border = Border(left=s, right=s, top=s, bottom=s)

    def next_row(self, height: float) -> int:
        """The next row, its height stored as ``height``."""
        self.row += 1
        self.set_height(self.row, height)
        return self.row

    def set_height(self, r: int, height: float) -> None:
        self.heights[r] = height
        self.ws.row_dimensions[r].height = height

    def wide(self, text: str, size: float, bold: bool, colour: str, **style: Any) -> None:
        """A row of one cell merged over A:M holding ``text``."""
        r = self.next_row(_height(_lines(text, 0, LAST, size, bold), size))
        self.cell(r, 0, LAST, text, size, bold, colour, **style)


def _rich_liens(value: str, bold_lines: list[str]) -> Any:
    """The « Liens » value's paragraphs, then ``bold_lines`` bold, one rich-text cell."""
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    regular = InlineFont(rFont="Liberation Sans", sz=SIZE)
    bold = InlineFont(rFont="Liberation Sans", sz=SIZE, b=True)
    parts = _paragraphs(value)
    out = [TextBlock(regular, "\n".join(parts) + ("\n" if parts else ""))]
    out.append(TextBlock(bold, "\n".join(bold_lines)))
    return CellRichText(out)


def _fiche(sheet: _Sheet, heading: Block, fields: Block, extra: list[str], impl: Block) -> None:
    """A fiche's block: a row a step (H–M), the heading (A) and each field value (B–G) one
    cell merged down over them; the last step row stretched if a merged cell needs it."""
    steps = impl.rows or [[]]
    first = sheet.row + 1
    rows = []
    for step in steps:
        values = [step[c] if c < len(step) else "" for c in range(len(impl.header))]
        lines = max(
            (
                _lines(v, FICHE_END + 1 + c, FICHE_END + 1 + c, SIZE, c == 0)
                for c, v in enumerate(values)
            ),
            default=1,
        )
        r = sheet.next_row(_height(lines, SIZE))
        rows.append(r)
        for c, value in enumerate(values):
            col = FICHE_END + 1 + c
            sheet.cell(r, col, col, "\n".join(_paragraphs(value)), bold=c == 0, boxed=True)
    down = len(rows) - 1
    heading_text = "\n".join(heading.lines)
    needs = [_height(_lines(heading_text, 0, 0, SIZE, True), SIZE)]
    sheet.cell(
        first, 0, 0, heading_text, bold=True, colour="1F4E79", fill="F2F2F2", boxed=True, down=down
    )
    values = dict(fields.fields)
    for c, label in enumerate(FIELD_LABELS, start=1):
        value = values.get(label, "")
        text = "\n".join(_paragraphs(value))
        if label == FIELD_LABELS[-1] and extra:
            lines = _lines(
                "\n".join([text, *extra]) if text else "\n".join(extra), c, c, SIZE, True
            )
            sheet.cell(first, c, c, _rich_liens(value, extra), boxed=True, down=down)
        else:
            lines = _lines(text, c, c, SIZE, False)
            sheet.cell(first, c, c, text, boxed=True, down=down)
        needs.append(_height(lines, SIZE))
    total = sum(sheet.heights[r] for r in rows)
    if max(needs) > total:  # the agent's drag on the block's last row
        sheet.set_height(rows[-1], round(sheet.heights[rows[-1]] + max(needs) - total, 1))
    sheet.blocks.append((first, rows[-1]))


def _header(sheet: _Sheet, impl_header: list[str]) -> None:
    """Row 1 the banner; row 2 the group labels; row 3 the column labels."""
    sheet.wide(BANNER, 12, True, "FFFFFF", fill="1F4E79")
    r = sheet.next_row(16)
    for first, last, label in GROUPS:
        sheet.cell(r, first, last, label, 9, True, "FFFFFF", "2E74B5", True, centred=True)
    labels = [FICHE_LABEL, *FIELD_LABELS, *impl_header]
    lines = max(_lines(label, c, c, SIZE, True) for c, label in enumerate(labels))
    r = sheet.next_row(_height(lines, SIZE))
    for c, label in enumerate(labels):
        sheet.cell(r, c, c, label, SIZE, True, "000000", "D9E1F2", True)


def _breaks(sheet: _Sheet) -> list[int]:
    """The rows above which the agent put a page break: the first row of every fiche
    block that would not fit whole under the rows already on its page (rows 2–3 on every
    page, row 1 on the first)."""
    room = PAPER_HEIGHT - 2 * TOP_BOTTOM * 72 - SLACK
    titles = sheet.heights[2] + sheet.heights[3]
    starts = {first: last for first, last in sheet.blocks}
    used = sum(sheet.heights[r] for r in (1, 2, 3))
    out: list[int] = []
    r = 4
    while r <= sheet.row:
        last = starts.get(r, r)
        height = sum(sheet.heights[k] for k in range(r, last + 1))
        if used + height > room:
            if r in starts:
                out.append(r)
            used = titles
        used += height
        r = last + 1
    return out


def plan_xlsx_synoptique(path: Path) -> Path:
    """Seed 001 as the synoptic table's .xlsx at ``path``."""
    from openpyxl.worksheet.pagebreak import Break

    blocks = load_seed()
    sheet = _Sheet()
    _header(sheet, next(b.header for b in blocks if b.kind == "impl"))
    heading: Block | None = None
    fields: Block | None = None
    extra: list[str] = []
    for block in blocks:
        kind = block.kind
        if kind == "axis":
            sheet.wide("\n".join(block.lines), 11, True, "FFFFFF", fill="385623")
        elif kind == "objective":
            text = "\n".join(block.lines)
            sheet.wide(text, 10, True, "1F4E79", fill="DDEBF7", boxed=True)
        elif kind == "section" and block.lines[0] != IMPL_TITLE:
            sheet.wide(block.lines[0], 9, True, "2E74B5")
        elif kind == "para":
            sheet.wide(block.lines[0], SIZE, False, "000000")
        elif kind == "summary":
            for line in block.lines:
                sheet.wide(line, SIZE, False, "000000")
        elif kind == "summary_table":
            for code, title in block.rows:
                lines = max(_lines(code, 0, 0, SIZE, False), _lines(title, 1, LAST, SIZE, False))
                r = sheet.next_row(_height(lines, SIZE))
                sheet.cell(r, 0, 0, code)
                sheet.cell(r, 1, LAST, title)
        elif kind == "fiche":
            heading, fields, extra = block, None, []
        elif kind == "fields":
            fields = block
        elif kind == "bold":
            extra += block.lines
        elif kind == "impl":
            assert heading is not None and fields is not None
            _fiche(sheet, heading, fields, extra, block)
            heading = fields = None
    ws = sheet.ws
    for r in _breaks(sheet):
        ws.row_breaks.append(Break(id=r - 1))
    ws.freeze_panes = "A4"
    ws.print_title_rows = "2:3"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A3
    ws.page_setup.scale = 100
    ws.sheet_properties.pageSetUpPr.fitToPage = False
    ws.print_options.gridLines = False
    ws.page_margins.left = ws.page_margins.right = LEFT_RIGHT
    ws.page_margins.top = ws.page_margins.bottom = TOP_BOTTOM
    ws.page_margins.header = ws.page_margins.footer = HEADER_FOOTER
    sheet.wb.save(str(path))
    return path
