"""A plan made from the agglomeration's QUALITY-MANAGED document template whose page header and
footer are RULED TABLES, a « cartouche » (forty-second held-out set, ``plan_docx_cartouche``):
the body exactly as ``plan_docx_grid``; the running header paragraph replaced by a 3-column
header table (authority, document, reference / version / « Page n / N » fields) and a 2-column
footer table (« Rédaction : … » | « Validation : … ») on every page.

The .docx of ``plan_docx_grid`` is written first, then its header and footer rewritten here.
Only the layout comes from here: every value is the seed's; the cartouche's texts are the
template's.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.plan_docx import _field_run, _fixed_widths, _table_borders

HEADER_WIDTHS_CM = (4.0, 9.0, 4.0)
FOOTER_WIDTHS_CM = (8.5, 8.5)
HEADER_GRID = "single:6:000000"  # 0.75 pt black
FOOTER_GRID = "single:4:7F7F7F"  # 0.5 pt grey
FOOTER_TEXTS = (
    "Rédaction : Service Transition écologique",
    "Validation : Comité de pilotage du 28/03/2024",
)


def _lines(cell: object, lines: list[tuple[str, float, bool]], centred: bool = False) -> None:
    """The cell's paragraphs (text, size in pt, bold), no space around them."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    for index, (text, size, bold) in enumerate(lines):
        par = cell.paragraphs[0] if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        par.paragraph_format.space_before = par.paragraph_format.space_after = Pt(0)
        if centred:
            par.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = par.add_run(text)
        run.bold, run.font.size = bold, Pt(size)


def _centre_vertically(table: object) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT

    for row in table.rows:  # type: ignore[attr-defined]
        for cell in row.cells:
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def _full_grid(table: object, spec: object) -> None:
    """Every border of ``table``, outside and inside, drawn as ``spec``."""
    sides = ("top", "left", "bottom", "right", "insideH", "insideV")
    _table_borders(table, **dict.fromkeys(sides, spec))


def _header_table(section: object) -> None:
    from docx.shared import Cm, Pt, RGBColor

    header = section.header  # type: ignore[attr-defined]
    par = header.paragraphs[0]
    for run in list(par.runs):  # the grid layout's running header paragraph goes
        run._r.getparent().remove(run._r)
    table = header.add_table(1, 3, Cm(sum(HEADER_WIDTHS_CM)))
    _full_grid(table, HEADER_GRID)
    _fixed_widths(table, HEADER_WIDTHS_CM)
    left, middle, right = table.rows[0].cells
    _lines(
        left, [("Grand Auch Cœur de Gascogne", 8, True), ("Communauté d'agglomération", 7, False)]
    )
    _lines(
        middle,
        [
            ("PCAET — Programme d'actions", 10, True),
            ("Fiches actions — document de travail", 7.5, False),
        ],
        centred=True,
    )
    _lines(right, [("Réf. : PCAET-PA-2024", 7.5, False), ("Version 2 du 28/03/2024", 7.5, False)])
    page = right.add_paragraph()
    page.paragraph_format.space_before = page.paragraph_format.space_after = Pt(0)
    for part in ("Page ", "PAGE", " / ", "NUMPAGES"):
        if part.isupper():
            _field_run(page, part, 7.5)
        else:
            page.add_run(part).font.size = Pt(7.5)
    for run in page.runs:  # the fields black as the rest of the cartouche
        run.font.color.rgb = RGBColor(0, 0, 0)
    _centre_vertically(table)
    # the table before the header's paragraph, which Word keeps after it
    par._p.addprevious(table._tbl)


def _footer_table(section: object) -> None:
    from docx.shared import Cm, RGBColor

    footer = section.footer  # type: ignore[attr-defined]
    table = footer.add_table(1, 2, Cm(sum(FOOTER_WIDTHS_CM)))
    _full_grid(table, FOOTER_GRID)
    _fixed_widths(table, FOOTER_WIDTHS_CM)
    for cell, text in zip(table.rows[0].cells, FOOTER_TEXTS, strict=True):
        _lines(cell, [(text, 7, False)])
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor.from_string("404040")
    _centre_vertically(table)
    footer.paragraphs[0]._p.addprevious(table._tbl)


def add_cartouche(path: Path) -> Path:
    """Rewrite the .docx at ``path`` (``plan_docx_grid``'s): header and footer tables on every
    page instead of the running header paragraph."""
    from docx import Document

    doc = Document(str(path))
    for section in doc.sections:
        _header_table(section)
        _footer_table(section)
    doc.save(str(path))
    return path
