"""A steps table typed into a department's FICHE-ACTION TEMPLATE (eighty-fifth held-out set,
``plan_docx_cases``): a last « Engagée » column of « Oui / Non » CHECK BOXES and body rows
set « au moins » 1.5 cm high with EVERY CELL CENTRED VERTICALLY (the template's blank rows
were sized to be filled in by hand). Seven columns 2.6 / 5.0 / 1.9 / 2.2 / 1.9 / 2.0 / 1.4
cm; the header (the six seed labels, then « Engagée ») bold 9 pt on #D9D9D9, repeated; in
each « Engagée » cell « ☒ Oui » / « ☐ Non » when the step's planning starts with « 2019 »,
« ☐ Oui » / « ☒ Non » for another planning, both boxes empty without one — the glyph a run
in « MS Gothic » as Word's check-box content controls print it. ``plan_docx_narrowstep``'s
document otherwise (plain 0.5 pt black grids), rows free to break.

Only the layout comes from here: every value is the seed's (the « Engagée » column is not).
"""

from __future__ import annotations

from tests.generators.docx_narrowstep import _grid
from tests.generators.plan_docx import _cell_text, _fixed_widths, _repeat_header, _shade
from tests.generators.seed001 import Block

WIDTHS_CM = (2.6, 5.0, 1.9, 2.2, 1.9, 2.0, 1.4)  # 17.0 cm
EXTRA = "Engagée"  # the template's column, not in the seed
HEAD_FILL = "D9D9D9"
MIN_ROW_TWIPS = 851  # 1.5 cm, « au moins »
CHECKED, UNCHECKED = "☒", "☐"  # U+2612, U+2610
BOX_FONT = "MS Gothic"  # Word's check-box content control font (not installed here)


def boxes(planning: str) -> tuple[bool, bool]:
    """Whether « Oui » and « Non » are ticked for a step planned ``planning``."""
    value = planning.strip()
    if not value:
        return False, False
    return (True, False) if value.startswith("2019") else (False, True)


def _box_line(par: object, ticked: bool, word: str) -> None:
    """``par`` as « <box> <word> »: the glyph in :data:`BOX_FONT`, the word 9 pt."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    par.paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
    glyph = par.add_run(CHECKED if ticked else UNCHECKED)  # type: ignore[attr-defined]
    glyph.font.size = Pt(9)
    glyph.font.name = BOX_FONT
    fonts = glyph._r.get_or_add_rPr().get_or_add_rFonts()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), BOX_FONT)
    par.add_run(" " + word).font.size = Pt(9)  # type: ignore[attr-defined]


def cases_impl(doc: object, block: Block) -> None:
    """The steps table: the six seed columns and the « Engagée » check boxes, body rows at
    least 1.5 cm high, every cell centred vertically, a black grid, header repeated."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
    from docx.shared import Pt, Twips

    ncols = len(block.header)
    table = doc.add_table(rows=1 + len(block.rows), cols=ncols + 1)  # type: ignore[attr-defined]
    _grid(table)
    for c, label in enumerate([*block.header, EXTRA]):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=9)
        _shade(cell, HEAD_FILL)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        values = [row[c] if c < len(row) else "" for c in range(ncols)]
        table.rows[r].height = Twips(MIN_ROW_TWIPS)
        table.rows[r].height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST
        for c, value in enumerate(values):
            _cell_text(table.cell(r, c), value, bold=c == 0, size=9)
        box = table.cell(r, ncols)
        yes, no = boxes(values[2])
        _box_line(box.paragraphs[0], yes, "Oui")
        _box_line(box.add_paragraph(), no, "Non")
        for c in range(ncols + 1):
            table.cell(r, c).vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    _fixed_widths(table, WIDTHS_CM)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
