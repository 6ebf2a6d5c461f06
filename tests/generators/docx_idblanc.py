"""A steps table pasted from the service's tracking workbook WITH ITS « Réf. » COLUMN OF ROW
KEYS HIDDEN BY COLOURING ITS TEXT WHITE (seventieth held-out set, ``plan_docx_idblanc``):
seven columns 1.4 / 3.0 / 5.0 / 1.9 / 2.1 / 1.6 / 2.0 cm, the first one's label « Réf. » and
its keys « PA-001 » … « PA-035 » (the steps numbered through the document in seed order) in
font colour white — printed as text, not seen —, then the six seed columns; every table a
plain 0.5 pt black single grid, no fill, the steps header bold and repeated, rows free to
break.

Only the layout comes from here: every value is the seed's (the keys are not).
"""

from __future__ import annotations

from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header
from tests.generators.seed001 import Block, load_seed

WIDTHS_CM = (1.4, 3.0, 5.0, 1.9, 2.1, 1.6, 2.0)  # 17.0 cm
REF_LABEL = "Réf."


def _first_key(block: Block) -> int:
    """The number of the first step of ``block`` among the seed's steps (1-based)."""
    count = 0
    for other in load_seed():
        if other.kind != "impl":
            continue
        if other == block:
            return count + 1
        count += len(other.rows)
    raise ValueError("steps block not in the seed")


def _white(cell: object, text: str) -> None:
    """``text`` in 9 pt regular type of font colour white in ``cell``."""
    from docx.shared import RGBColor

    _cell_text(cell, text, size=9)
    cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)  # type: ignore[attr-defined]


def idblanc_impl(doc: object, block: Block) -> None:
    """The steps table: a white « Réf. » column of keys, then the six seed columns."""
    from docx.shared import Pt

    ncols = len(block.header)
    table = doc.add_table(rows=1 + len(block.rows), cols=ncols + 1)  # type: ignore[attr-defined]
    _grid(table)
    _white(table.cell(0, 0), REF_LABEL)
    for c, label in enumerate(block.header, start=1):
        _cell_text(table.cell(0, c), label, bold=True, size=9)
    _repeat_header(table.rows[0])
    first = _first_key(block)
    for r, row in enumerate(block.rows, start=1):
        _white(table.cell(r, 0), f"PA-{first + r - 1:03d}")
        for c in range(ncols):
            value = row[c] if c < len(row) else ""
            _cell_text(table.cell(r, c + 1), value, bold=c == 0, size=9)
    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
