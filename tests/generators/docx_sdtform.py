"""A fiche-action FORM TEMPLATE whose blanks are Word content controls, filled in and saved
(thirty-fifth held-out set, ``plan_docx_sdtform``).

Each field value a block-level rich-text control (``w:sdt`` around its paragraphs), each step
cell an inline one; an empty control shows its placeholder as Word saves it
(``w:showingPlcHdr``, the grey « Texte de l'espace réservé » run). The template draws four
step rows: a fifth step gets a row of its own, unused rows keep their placeholders. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from itertools import count

from tests.generators.plan_docx import _cell_text, _grid_borders, _repeat_header, _shade
from tests.generators.seed001 import Block, _paragraphs

PLACEHOLDER = "Cliquez ou appuyez ici pour entrer du texte."
PLACEHOLDER_STYLE = "Placeholder Text"  # « Texte de l'espace réservé », styleId PlaceholderText
GUIDANCE = "Décrivez chaque étape de l'action ; ajoutez des lignes si nécessaire."
TEMPLATE_ROWS = 4  # the step rows the template draws
GRID = "8EAADB"
LABEL_FILL = "D9E2F3"
HEADER_FILL = "2F5496"
TITLE = "1F3864"
STEP_WIDTHS_CM = (3.0, 5.4, 2.0, 2.2, 2.0, 2.4)
_IDS = count(401_000_000)


def add_placeholder_style(doc: object) -> None:
    """The character style Word gives placeholder text (grey #808080)."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    style = doc.styles.add_style(PLACEHOLDER_STYLE, WD_STYLE_TYPE.CHARACTER)  # type: ignore[attr-defined]
    style.font.color.rgb = RGBColor.from_string("808080")


def _sdt_pr(alias: str, empty: bool) -> object:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    pr = OxmlElement("w:sdtPr")
    for name, value in (("w:alias", alias), ("w:tag", alias), ("w:id", str(next(_IDS)))):
        el = OxmlElement(name)
        el.set(qn("w:val"), value)
        pr.append(el)
    holder = OxmlElement("w:placeholder")
    part = OxmlElement("w:docPart")
    part.set(qn("w:val"), "DefaultPlaceholder_-1854013440")
    holder.append(part)
    pr.append(holder)
    if empty:
        pr.append(OxmlElement("w:showingPlcHdr"))
    return pr


def _placeholder_run(par: object, size: float) -> None:
    from docx.shared import Pt

    run = par.add_run(PLACEHOLDER, style=PLACEHOLDER_STYLE)  # type: ignore[attr-defined]
    run.font.size = Pt(size)


def _block_control(cell: object, alias: str, empty: bool) -> None:
    """The cell's paragraphs moved inside one block-level content control."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc = cell._tc  # type: ignore[attr-defined]
    paragraphs = tc.findall(qn("w:p"))
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(_sdt_pr(alias, empty))
    sdt.append(content)
    paragraphs[0].addprevious(sdt)
    for p in paragraphs:
        content.append(p)


def _inline_control(par: object, alias: str, empty: bool) -> None:
    """The paragraph's runs moved inside one inline content control."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = par._p  # type: ignore[attr-defined]
    runs = p.findall(qn("w:r"))
    sdt, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    sdt.append(_sdt_pr(alias, empty))
    sdt.append(content)
    p.append(sdt)
    for r in runs:
        content.append(r)


def sdtform_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """The fields table: bold labels on #D9E2F3, each value one block-level control."""
    from docx.shared import Cm

    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    table.autofit = False
    _grid_borders(table, GRID)
    table.columns[0].width, table.columns[1].width = Cm(4.5), Cm(12.5)
    for r, (label, value) in enumerate(fields):
        left, right = table.cell(r, 0), table.cell(r, 1)
        left.width, right.width = Cm(4.5), Cm(12.5)
        _cell_text(left, label, bold=True, size=9.5)
        _shade(left, LABEL_FILL)
        empty = not _paragraphs(value)
        if empty:
            _placeholder_run(right.paragraphs[0], 9.5)
        else:
            _cell_text(right, value, size=9.5)
        _block_control(right, label, empty)


def sdtform_impl_title(doc: object, title: str) -> None:
    """« Modalités de mise en oeuvre » and the template's guidance line under it."""
    from docx.shared import Pt, RGBColor

    run = doc.add_paragraph().add_run(title)  # type: ignore[attr-defined]
    run.bold, run.font.size = True, Pt(11)
    run.font.color.rgb = RGBColor.from_string(TITLE)
    run = doc.add_paragraph().add_run(GUIDANCE)  # type: ignore[attr-defined]
    run.italic, run.font.size = True, Pt(8.5)
    run.font.color.rgb = RGBColor.from_string("7F7F7F")


def _step_cell(cell: object, label: str, value: str) -> None:
    from docx.shared import Pt

    parts = _paragraphs(value)
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    for index, part in enumerate(parts or [""]):
        par = first if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        par.paragraph_format.space_after = Pt(0)
        if parts:
            par.add_run(part).font.size = Pt(9)
        else:
            _placeholder_run(par, 9)
        _inline_control(par, label, not parts)


def sdtform_impl(doc: object, block: Block) -> None:
    """The template's steps table: header repeated, the steps in seed order, a row added
    past the template's four, unused template rows left showing their placeholders."""
    from docx.shared import Cm, Pt, RGBColor

    n = max(len(block.rows), TEMPLATE_ROWS)
    table = doc.add_table(rows=1 + n, cols=6)  # type: ignore[attr-defined]
    table.autofit = False
    _grid_borders(table, GRID)
    for c, width in enumerate(STEP_WIDTHS_CM):
        table.columns[c].width = Cm(width)
        for r in range(1 + n):
            table.cell(r, c).width = Cm(width)
    for c, label in enumerate(block.header):
        cell = table.cell(0, c)
        par = cell.paragraphs[0]
        par.paragraph_format.space_after = Pt(0)
        run = par.add_run(label)
        run.bold, run.font.size = True, Pt(9)
        run.font.color.rgb = RGBColor.from_string("FFFFFF")
        _shade(cell, HEADER_FILL)
    _repeat_header(table.rows[0])
    for r in range(n):
        row = block.rows[r] if r < len(block.rows) else [""] * len(block.header)
        for c, label in enumerate(block.header):
            _step_cell(table.cell(1 + r, c), label, row[c] if c < len(row) else "")
    doc.add_paragraph()  # type: ignore[attr-defined]
