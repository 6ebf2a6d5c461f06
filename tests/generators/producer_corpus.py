"""Seed contents laid out by REAL producers: LibreOffice (Word/Writer, Impress) and Chromium.

The reportlab generators of :mod:`tests.generators.seed_pdf` / :mod:`tests.generators.seed_cot_pdf` draw every glyph
where this project decides. Authorities' PDFs are made by word processors, presentation
software and browsers, which choose their own line breaks, glyph runs, table borders, cell
padding and page breaks. This module writes the seed contents as source documents
(.docx with python-docx, .pptx with python-pptx, HTML) and converts them with the programs
people use:

* ``soffice --headless --convert-to pdf`` (Debian ``libreoffice-writer-nogui`` and
  ``libreoffice-impress-nogui``),
* ``chromium --headless --print-to-pdf`` (Debian ``chromium``).

Layouts (seed 001 = PCAET plan, seed 000 = COT CAE/ECI deck, seed 003 = COT TRI deck):

``plan_docx_grid``        Word table style "Table Grid": full grid, repeated header row, owner
                          cells merged over identical runs, multi-paragraph cells.
``plan_docx_list``        list-style tables: horizontal rules only (header top/bottom and thin
                          row separators), no vertical rule, header repeated.
``plan_html_cards``       web page printed by Chromium: one card per fiche, fields as a
                          label/value grid (CSS grid, no table), coloured header row, thin row
                          separators, no vertical rule.
``plan_docx_zebra``       portrait, no border, zebra fills, header NOT repeated, budget column
                          right-aligned, fiches flowing (tables split across pages), fields as a
                          borderless label/value table with bold labels.
``plan_html_plain``       browser print, portrait, no rule and no fill at all, header as a plain
                          bold first row (not repeated), fiches flowing, fields as a borderless
                          label/value table.
``plan_docx_banded``      (tuned, added with the geometry work) landscape, no border, coloured
                          header row, zebra fills, cells VERTICALLY CENTRED, budget and
                          planning right-aligned, header not repeated.
``plan_docx_ledger``      (tuned, likewise) landscape, no border, light header fill, zebra
                          fills from the SECOND body row, cells top-aligned, fiches flowing,
                          fields as bold labels over paragraphs, budget right-aligned.
``plan_html_centred``     (tuned, likewise) browser print, landscape, no rule and no fill,
                          cells vertically centred (a wrapped cell line « Plan d'actions »
                          reads like a field label), fields as a borderless label/value table.
``plan_html_stripes``     (tuned, likewise) browser print, landscape, zebra rows without rule,
                          cells vertically centred, coloured header, numbers right-aligned.
``plan_docx_bare``        no border at all, zebra fills, landscape pages, header NOT repeated.
``plan_html_zebra``       browser print, landscape, zebra rows without any rule, numbers of the
                          budget column right-aligned, table split without repeated header.
``cot000_pptx``           the deck as a .pptx (text boxes, real tables: coloured header row,
                          banded rows, right-aligned numbers) converted by Impress.
``cot000_html``           the deck as 16:9 HTML pages printed by Chromium (table without rules,
                          right-aligned numbers).
``cot003_pptx``           the COT TRI deck as a .pptx converted by Impress.

The produced PDFs are committed in ``tests/fixtures/producers/`` so tests run without the
producers; ``python -m tests.generators.producer_corpus [out_dir]`` regenerates them where LibreOffice and
Chromium are installed. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from tests.generators.seed_pdf import FIELD_LABELS, IMPL_TITLE, Block, _paragraphs, load_seed

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "producers"

PLAN_LAYOUTS = (
    "plan_docx_grid",
    "plan_docx_list",
    "plan_html_cards",
    "plan_docx_zebra",
    "plan_html_plain",
    "plan_docx_banded",
    "plan_docx_ledger",
    "plan_html_centred",
    "plan_html_stripes",
    "plan_docx_bare",
    "plan_html_zebra",
)
COT_LAYOUTS = ("cot000_pptx", "cot000_html", "cot003_pptx")
LAYOUTS = PLAN_LAYOUTS + COT_LAYOUTS


# --------------------------------------------------------------------------- producers


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def convert_office(source: Path, out_dir: Path) -> Path:
    """LibreOffice headless conversion of a .docx/.odt/.pptx file to PDF."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) introuvable")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                f"-env:UserInstallation=file://{profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                str(source),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out_dir / (source.stem + ".pdf")


def convert_html(source: Path, target: Path) -> Path:
    """Headless Chromium « Imprimer en PDF » of an HTML file (no header/footer added)."""
    exe = chromium()
    if exe is None:
        raise RuntimeError("Chromium introuvable")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                exe,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                f"--user-data-dir={profile}",
                "--no-pdf-header-footer",
                f"--print-to-pdf={target}",
                source.resolve().as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return target


# --------------------------------------------------------------------------- plan: docx


def _set_cell_borders(cell: object, **sides: str | None) -> None:
    """Word cell borders (``top="single"``, ``bottom=None`` → nil)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    borders = tc_pr.find(qn("w:tcBorders"))
    if borders is None:
        borders = OxmlElement("w:tcBorders")
        tc_pr.append(borders)
    for side in ("top", "left", "bottom", "right"):
        value = sides.get(side, "nil")
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), value or "nil")
        if value and value != "nil":
            el.set(qn("w:sz"), sides.get(f"{side}_sz") or "4")
            el.set(qn("w:color"), sides.get(f"{side}_color") or "000000")
        borders.append(el)


def _shade(cell: object, fill: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _repeat_header(row: object) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tr_pr = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _no_table_borders(table: object) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _cell_text(cell: object, value: str, bold: bool = False, size: float = 9.0) -> None:
    """Cell paragraphs: HTML remnants of the seed become real paragraphs."""
    from docx.shared import Pt

    parts = _paragraphs(value) or [""]
    first = cell.paragraphs[0]  # type: ignore[attr-defined]
    for index, part in enumerate(parts):
        par = first if index == 0 else cell.add_paragraph()  # type: ignore[attr-defined]
        par.paragraph_format.space_after = Pt(0)
        run = par.add_run(part)
        run.bold = bold
        run.font.size = Pt(size)


def plan_docx(style: str, path: Path) -> Path:
    """Seed 001 as a Word document; ``style`` in ``grid``, ``list``, ``bare``."""
    from docx import Document
    from docx.enum.section import WD_ORIENT
    from docx.enum.text import WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = {
        "bare": "DejaVu Serif",
        "zebra": "Liberation Serif",
        "banded": "Liberation Sans Narrow",
        "ledger": "DejaVu Sans",
    }.get(style, "Liberation Sans")
    normal.font.size = Pt(10)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(2.0)
    if style in ("bare", "banded", "ledger"):  # landscape pages
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    header = section.header.paragraphs[0]
    header.text = "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"
    header.runs[0].font.size = Pt(8)
    first_fiche = True

    def heading(text: str, size: float, color: str | None = None, bold: bool = True) -> None:
        par = doc.add_paragraph()
        run = par.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)

    def grid_table(rows: int, cols: int) -> object:
        table = doc.add_table(rows=rows, cols=cols)
        if style == "grid":
            table.style = doc.styles["Table Grid"]
        else:
            _no_table_borders(table)
        return table

    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            for n, line in enumerate(block.lines):
                heading(line, 16 if n == 0 else 12, "385623", bold=n < 2)
        elif kind == "objective":
            for line in block.lines:
                heading(line, 13, "2E74B5")
        elif kind == "section":
            heading(block.lines[0], 11, "2E74B5")
        elif kind == "para":
            doc.add_paragraph(block.lines[0])
        elif kind == "bold":
            for line in block.lines:
                heading(line, 10)
        elif kind == "summary":
            for line in block.lines:
                doc.add_paragraph(line)
        elif kind == "summary_table":
            table = grid_table(len(block.rows), 2)
            for r, (a, b) in enumerate(block.rows):
                table.cell(r, 0).text, table.cell(r, 1).text = a, b
        elif kind == "fiche":
            if style in ("grid", "list") or (style in ("bare", "banded") and not first_fiche):
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            first_fiche = False
            for line in block.lines:
                heading(line, 13, "1F4E79")
        elif kind == "fields":
            if style in ("bare", "ledger") or not block.tabular and style == "list":
                for label, value in block.fields:
                    heading(f"{label} :", 10)
                    for part in _paragraphs(value):
                        doc.add_paragraph(part)
                continue
            table = grid_table(len(block.fields), 2)
            for r, (label, value) in enumerate(block.fields):
                _cell_text(
                    table.cell(r, 0), label, bold=style in ("list", "zebra", "banded"), size=10
                )
                _cell_text(table.cell(r, 1), value, size=10)
                if style == "list":
                    _set_cell_borders(table.cell(r, 0), bottom="single", bottom_color="A6A6A6")
                    _set_cell_borders(table.cell(r, 1), bottom="single", bottom_color="A6A6A6")
                elif style == "grid":
                    _shade(table.cell(r, 0), "D9D9D9")
            table.columns[0].width = Cm(4.5)
            for r in range(len(block.fields)):
                table.cell(r, 0).width = Cm(4.5)
                table.cell(r, 1).width = Cm(21.0 if style in ("bare", "banded") else 12.5)
        elif kind == "impl":
            _plan_docx_impl(doc, block, style, grid_table)
    doc.save(str(path))
    return path


def _plan_docx_impl(doc: object, block: Block, style: str, grid_table: Callable) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, RGBColor

    ncols = len(block.header)
    table = grid_table(len(block.rows) + 1, ncols)
    widths = {
        "bare": [3.5, 8.5, 2.6, 3.4, 3.0, 4.6],
        "banded": [4.2, 9.6, 2.4, 2.9, 2.6, 3.9],
        "ledger": [3.0, 10.0, 2.2, 3.8, 2.8, 3.8],
    }.get(style, [2.6, 5.2, 2.0, 2.4, 2.2, 2.6])
    for c, value in enumerate(block.header):
        cell = table.cell(0, c)
        _cell_text(cell, value, bold=True, size=9)
        if style == "grid":
            _shade(cell, "DEEAF6")
        elif style == "list":
            _set_cell_borders(cell, top="single", top_sz="12", bottom="single", bottom_sz="8")
        elif style == "banded":  # white bold labels on a dark header band
            _shade(cell, "1F4E79")
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        elif style == "ledger":
            _shade(cell, "FCE4D6")
        else:
            _shade(cell, "BDD7EE")
    if style in ("grid", "list"):
        _repeat_header(table.rows[0])
    owner = block.header.index("Porteur")
    budget = block.header.index("Ressources à mobiliser")
    planning = block.header.index("Planification")
    for r, row in enumerate(block.rows, start=1):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            _cell_text(cell, value, size=9)
            if style == "list":
                _set_cell_borders(cell, bottom="single", bottom_color="BFBFBF")
            elif style in ("bare", "zebra") and r % 2 == 0:
                _shade(cell, "EDEDED")
            elif style == "banded" and r % 2 == 1:
                _shade(cell, "E2EFDA")
            elif style == "ledger" and r % 2 == 0:
                _shade(cell, "F2F2F2")
            if style == "banded":
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if (style in ("bare", "zebra", "ledger") and c == budget) or (
                style == "banded" and c in (budget, planning)
            ):
                for par in cell.paragraphs:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if style == "grid":  # merge runs of identical owners (Word « Fusionner les cellules »)
        start = 0
        rows = block.rows
        while start < len(rows):
            end = start
            while end + 1 < len(rows) and rows[end + 1][owner] == rows[start][owner]:
                end += 1
            if end > start:
                top = table.cell(start + 1, owner)
                for k in range(start + 2, end + 2):
                    table.cell(k, owner).text = ""
                merged = top.merge(table.cell(end + 1, owner))
                while len(merged.paragraphs) > 1 and not merged.paragraphs[-1].text:
                    p = merged.paragraphs[-1]._p
                    p.getparent().remove(p)
            start = end + 1
    for c, width in enumerate(widths[:ncols]):
        for r in range(len(block.rows) + 1):
            table.cell(r, c).width = Cm(width)
    doc.add_paragraph()  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- plan: HTML


def _h(text: str) -> str:
    return html.escape(text, quote=False)


def _cell_html(value: str) -> str:
    parts = _paragraphs(value)
    if len(parts) <= 1:
        return _h(parts[0]) if parts else ""
    return "".join(f"<p>{_h(p)}</p>" for p in parts)


_CARDS_CSS = """
@page { size: A4; margin: 14mm 12mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #222; }
header.site { background: #0b5c8a; color: #fff; padding: 6px 12px; font-size: 9pt; }
h1 { font-size: 18pt; color: #385623; margin: 8px 0 2px; }
h2 { font-size: 12pt; color: #2E74B5; margin: 14px 0 6px; }
.card { border: 1px solid #d0d7de; border-radius: 8px; padding: 10px 14px; margin: 14px 0;
        box-shadow: 0 1px 3px rgba(0,0,0,.12); break-before: page; }
.card h3 { background: #1F4E79; color: #fff; margin: -10px -14px 10px; padding: 8px 14px;
           border-radius: 8px 8px 0 0; font-size: 12pt; }
.kv { display: grid; grid-template-columns: 11em 1fr; column-gap: 14px; row-gap: 6px; }
.kv .k { color: #555; font-weight: 600; }
.kv .v p, td p { margin: 0 0 3px; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-top: 6px; }
table.steps th { background: #2E74B5; color: #fff; text-align: left; padding: 5px 4px;
                 font-weight: 600; }
table.steps td { padding: 4px; border-bottom: 0.5px solid #c8d1da; vertical-align: top; }
table.summary td { padding: 2px 6px; }
"""

_PLAIN_CSS = """
@page { size: A4; margin: 15mm 15mm; }
body { font-family: 'Liberation Serif', serif; font-size: 10pt; color: #000; }
h1 { font-size: 16pt; } h2 { font-size: 12.5pt; } h3 { font-size: 11.5pt; margin-top: 20px; }
table.kv { border-collapse: collapse; width: 100%; }
table.kv th { text-align: left; vertical-align: top; width: 10em; padding: 2px 8px 4px 0; }
table.kv td { vertical-align: top; padding: 2px 0 4px; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8.5pt; margin-bottom: 10px; }
table.steps th { text-align: left; padding: 3px 6px 3px 0; font-weight: bold; }
table.steps td { padding: 3px 6px 5px 0; vertical-align: top; }
td p { margin: 0 0 2px; }
"""

_ZEBRA_CSS = """
@page { size: A4 landscape; margin: 12mm 14mm; }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 9.5pt; color: #111; }
h1 { font-size: 16pt; } h2 { font-size: 12pt; } h3 { font-size: 11.5pt; margin-top: 22px; }
.field b { display: block; margin-top: 6px; }
.field p { margin: 1px 0 2px; }
table.steps { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
table.steps th { text-align: left; padding: 4px; font-weight: bold; background: #dfe7ef; }
table.steps td { padding: 4px 5px; vertical-align: top; }
table.steps tr:nth-child(even) td { background: #f0f0f0; }
table.steps td.num { text-align: right; }
td p { margin: 0 0 2px; }
"""

_STRIPES_CSS = """
@page { size: A4 landscape; margin: 15mm 18mm; }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: 10pt; color: #202020; }
h1 { font-size: 17pt; } h2 { font-size: 12.5pt; } h3 { font-size: 12pt; margin-top: 18px; }
.field b { display: block; margin-top: 5px; }
.field p { margin: 1px 0 3px; }
table.steps { border-collapse: collapse; width: 96%; font-size: 9pt; }
table.steps th { text-align: left; padding: 5px 6px; font-weight: bold; background: #385623;
                 color: #fff; vertical-align: middle; }
table.steps td { padding: 5px 6px; vertical-align: middle; }
table.steps tr:nth-child(odd) td { background: #e8f0e0; }
table.steps td.num { text-align: right; }
td p { margin: 0 0 2px; }
"""


def plan_html(style: str) -> str:
    """Seed 001 as a web page; ``style`` in ``cards``, ``plain``, ``zebra``, ``stripes``."""
    cards = style == "cards"
    plain = style in ("plain", "centred")
    centred = _PLAIN_CSS.replace("size: A4;", "size: A4 landscape;").replace(
        "vertical-align: top; }\ntd p", "vertical-align: middle; }\ntd p"
    )
    css = {
        "cards": _CARDS_CSS,
        "plain": _PLAIN_CSS,
        "centred": centred,
        "stripes": _STRIPES_CSS,
    }.get(style, _ZEBRA_CSS)
    out = [
        "<!doctype html><html lang='fr'><head><meta charset='utf-8'>",
        "<title>PCAET Grand Auch Cœur de Gascogne</title>",
        f"<style>{css}</style>",
        "</head><body>",
    ]
    if cards:
        out.append("<header class='site'>Grand Auch Cœur de Gascogne · Plan Climat</header>")
    in_card = False

    def close_card() -> None:
        nonlocal in_card
        if in_card:
            out.append("</div>" if cards else "")
            in_card = False

    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out.append(f"<h1>{_h(block.lines[0])}</h1>")
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines[1:]]
        elif kind == "objective":
            close_card()
            out += [f"<h2>{_h(line)}</h2>" for line in block.lines]
        elif kind == "section":
            if block.lines[0] == IMPL_TITLE:
                out.append(f"<h4>{_h(block.lines[0])}</h4>")
            else:
                out.append(f"<h2>{_h(block.lines[0])}</h2>")
        elif kind == "para":
            out.append(f"<p>{_h(block.lines[0])}</p>")
        elif kind == "bold":
            out += [f"<p><b>{_h(line)}</b></p>" for line in block.lines]
        elif kind == "summary":
            out += [f"<p>{_h(line)}</p>" for line in block.lines]
        elif kind == "summary_table":
            out.append("<table class='summary'>")
            out += [f"<tr><td>{_h(a)}</td><td>{_h(b)}</td></tr>" for a, b in block.rows]
            out.append("</table>")
        elif kind == "fiche":
            close_card()
            if cards:
                out.append("<div class='card'>")
                out.append("<h3>" + "<br>".join(_h(ln) for ln in block.lines) + "</h3>")
            else:
                out += [f"<h3>{_h(ln)}</h3>" for ln in block.lines]
            in_card = True
        elif kind == "fields":
            if plain:
                out.append("<table class='kv'>")
                for label, value in block.fields:
                    out.append(f"<tr><th>{_h(label)}</th><td>{_cell_html(value)}</td></tr>")
                out.append("</table>")
            elif cards:
                out.append("<div class='kv'>")
                for label, value in block.fields:
                    out.append(f"<div class='k'>{_h(label)}</div>")
                    out.append(f"<div class='v'>{_cell_html(value)}</div>")
                out.append("</div>")
            else:
                for label, value in block.fields:
                    out.append(f"<div class='field'><b>{_h(label)} :</b>")
                    out += [f"<p>{_h(p)}</p>" for p in _paragraphs(value)]
                    out.append("</div>")
        elif kind == "impl":
            budget = block.header.index("Ressources à mobiliser")
            head = "".join(f"<th>{_h(h)}</th>" for h in block.header)
            out.append("<table class='steps'>")
            # cards: <thead> (Chromium repeats it on each page); zebra: plain first row
            out.append(f"<thead><tr>{head}</tr></thead><tbody>" if cards else f"<tr>{head}</tr>")
            for row in block.rows:
                cells = []
                for c, value in enumerate(row):
                    cls = " class='num'" if c == budget and style in ("zebra", "stripes") else ""
                    cells.append(f"<td{cls}>{_cell_html(value)}</td>")
                out.append("<tr>" + "".join(cells) + "</tr>")
            out.append("</tbody></table>" if cards else "</table>")
    close_card()
    out.append("</body></html>")
    return "\n".join(out)


# --------------------------------------------------------------------------- COT decks


def _rgb(color: tuple[float, float, float]) -> str:
    return "".join(f"{round(c * 255):02X}" for c in color)


class _PptxSlides:
    """The :class:`tests.generators.seed_cot_pdf._Slides` drawing API written as a .pptx (python-pptx):
    text runs become text boxes, paragraphs and bullet lists one wrapping text box each,
    progress tables real PowerPoint tables. Impress then lays the text out itself."""

    def __init__(self, base: object) -> None:
        from pptx import Presentation
        from pptx.util import Pt

        self.base = base  # a powerpoint_export _Slides: its wrap()/width() measure text
        self.prs = Presentation()
        self.prs.slide_width, self.prs.slide_height = Pt(720), Pt(405)
        self.layout_blank = self.prs.slide_layouts[6]
        self.current = None
        self.page = 0
        self.layout = "powerpoint_export"

    # -- pages
    def slide(self) -> None:
        self.current = self.prs.slides.add_slide(self.layout_blank)
        self.page += 1

    def finish(self) -> object:
        return self.prs

    # -- primitives
    def width(self, value: str, size: float, font: str = "regular") -> float:
        return self.base.width(value, size, font)  # type: ignore[attr-defined]

    def wrap(self, markup: str, size: float, width: float, bold: bool = False) -> list:
        return self.base.wrap(markup, size, width, bold)  # type: ignore[attr-defined]

    def _box(self, x: float, top: float, w: float, h: float) -> object:
        from pptx.util import Pt

        box = self.current.shapes.add_textbox(Pt(x), Pt(top), Pt(max(w, 4)), Pt(max(h, 4)))
        frame = box.text_frame
        frame.margin_left = frame.margin_right = frame.margin_top = frame.margin_bottom = 0
        frame.word_wrap = True
        return frame

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        run = par.add_run()  # type: ignore[attr-defined]
        run.text = text
        run.font.size = Pt(size)
        run.font.bold = bold
        run.font.name = "DejaVu Sans Condensed"
        run.font.color.rgb = RGBColor.from_string(_rgb(color))

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float,
        font: str = "regular",
        color: tuple = (0.12, 0.12, 0.12),
        anchor: str = "left",
    ) -> None:
        from pptx.enum.text import PP_ALIGN

        w = self.width(value, size, font) + 6
        left = x if anchor == "left" else x - w if anchor == "right" else x - w / 2
        frame = self._box(left, y - size * 1.0, w, size * 1.3)
        frame.word_wrap = False
        par = frame.paragraphs[0]
        par.alignment = {"left": PP_ALIGN.LEFT, "right": PP_ALIGN.RIGHT}.get(
            anchor, PP_ALIGN.CENTER
        )
        self._run(par, value, size, font == "bold", color)

    def rect(self, x, y, w, h, fill, stroke=None, radius: float = 0.0) -> None:  # noqa: ANN001
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        shape = self.current.shapes.add_shape(
            MSO_SHAPE.ROUNDED_RECTANGLE if radius else MSO_SHAPE.RECTANGLE,
            Pt(x),
            Pt(y),
            Pt(w),
            Pt(h),
        )
        if fill:
            shape.fill.solid()
            shape.fill.fore_color.rgb = RGBColor.from_string(_rgb(fill))
        else:
            shape.fill.background()
        if stroke:
            shape.line.color.rgb = RGBColor.from_string(_rgb(stroke))
        else:
            shape.line.fill.background()
        shape.shadow.inherit = False

    def line(self, x0, y0, x1, y1, color, width: float = 0.5) -> None:  # noqa: ANN001
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_CONNECTOR
        from pptx.util import Pt

        conn = self.current.shapes.add_connector(
            MSO_CONNECTOR.STRAIGHT, Pt(x0), Pt(y0), Pt(x1), Pt(y1)
        )
        conn.line.color.rgb = RGBColor.from_string(_rgb(color))
        conn.line.width = Pt(width)

    def triangle(self, x, y, size, down, color) -> None:  # noqa: ANN001
        self.text(x, y, "▼" if down else "▶", size, "regular", color)

    def draw_line(self, x: float, y: float, line: list, size: float, color: tuple) -> None:
        frame = self._box(x, y - size * 1.0, 700 - x, size * 1.3)
        frame.word_wrap = False
        par = frame.paragraphs[0]
        for fragment, bold in line:
            self._run(par, fragment, size, bold, color)

    def paragraph(
        self,
        x: float,
        y: float,
        markup: str,
        size: float,
        width: float,
        color: tuple = (0.12, 0.12, 0.12),
        leading: float = 1.25,
        bold: bool = False,
    ) -> float:
        """One wrapping text box (Impress breaks the lines); returns the next baseline as the
        reportlab deck would (same measured line count)."""
        n = len(self.wrap(markup, size, width, bold))
        frame = self._box(x, y - size * 1.0, width + 4, n * size * leading + 2)
        par = frame.paragraphs[0]
        for index, chunk in enumerate(markup.split("**")):
            if chunk:
                self._run(par, chunk, size, bold or index % 2 == 1, color)
        return y + n * size * leading

    def bullets(self, x, y, items, size, width, gap: float = 3) -> float:  # noqa: ANN001
        for item in items:
            self.text(x, y, "•", size, "regular", (0.0, 0.32, 0.55))
            y = self.paragraph(x + size * 1.1, y, item, size, width - size * 1.1) + gap
        return y

    def title(self, value: str, size: float | None = None) -> float:
        return _Title.title(self, value, size)  # type: ignore[arg-type]

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        """A real PowerPoint table: coloured header row, banded rows, numbers right-aligned."""
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        shape = self.current.shapes.add_table(
            len(rows) + 1, 4, Pt(14), Pt(y), Pt(692), Pt(15 * (len(rows) + 1))
        )
        table = shape.table
        widths = [380, 104, 104, 104] if eci else [350, 114, 114, 114]
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(12)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                frame = cell.text_frame
                par = frame.paragraphs[0]
                if r == 0:
                    value, bold, color = heads[c], True, (1.0, 1.0, 1.0)
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string("0073B3")
                else:
                    marker, code, label, points, done, prog = rows[r - 1]
                    axis = marker == "▼"
                    if c == 0:
                        indent = "" if axis else "    "
                        value = f"{code + ' ' if code else ''}{indent}{marker} {label}"
                    else:
                        value = (points, done, prog)[c - 1]
                    bold, color = axis, (0.12, 0.12, 0.12)
                    cell.fill.solid()
                    fill = "EAF1FA" if r % 2 else "FFFFFF"
                    cell.fill.fore_color.rgb = RGBColor.from_string(fill)
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                self._run(par, value, 7.5, bold, color)


class _Title:
    """The powerpoint_export title bar of :class:`tests.generators.seed_cot_pdf._Slides`, on any backend."""

    @staticmethod
    def title(s: object, value: str, size: float | None = None) -> float:
        size = size or 18
        lines = s.wrap(value, size, 680, bold=True)  # type: ignore[attr-defined]
        if len(lines) > 1:
            size = min(size, 13)
            lines = s.wrap(value, size, 680, bold=True)  # type: ignore[attr-defined]
        height = max(44, 14 + len(lines) * size * 1.2)
        s.rect(0, 0, 720, height, (0.0, 0.32, 0.55))  # type: ignore[attr-defined]
        y = (height - len(lines) * size * 1.2) / 2 + size * 0.95
        for line in lines:
            s.draw_line(20, y, line, size, (1.0, 1.0, 1.0))  # type: ignore[attr-defined]
            y += size * 1.2
        return height + 14


class _HtmlSlides(_PptxSlides):
    """The same drawing API as absolutely positioned HTML, one 16:9 page per slide."""

    def __init__(self, base: object) -> None:
        self.base = base
        self.pages: list[list[str]] = []
        self.page = 0
        self.layout = "powerpoint_export"

    def slide(self) -> None:
        self.pages.append([])
        self.page += 1

    def _add(self, markup: str) -> None:
        self.pages[-1].append(markup)

    def finish(self) -> str:  # type: ignore[override]
        css = (
            "@page { size: 720pt 405pt; margin: 0; }"
            "body { margin: 0; font-family: 'DejaVu Sans Condensed', 'DejaVu Sans', sans-serif; }"
            ".slide { position: relative; width: 720pt; height: 405pt; overflow: hidden;"
            " break-after: page; }"
            ".slide > * { position: absolute; margin: 0; white-space: nowrap; }"
            ".slide > p.wrap { white-space: normal; }"
            "table.deck { border-collapse: collapse; font-size: 7.5pt; }"
            "table.deck th { background: #0073b3; color: #fff; padding: 2pt 5pt;"
            " text-align: right; }"
            "table.deck th:first-child, table.deck td:first-child { text-align: left; }"
            "table.deck td { padding: 1pt 5pt; text-align: right; vertical-align: top; }"
            "table.deck tr:nth-child(even) td { background: #eaf1fa; }"
        )
        body = "".join(f"<div class='slide'>{''.join(p)}</div>" for p in self.pages)
        return (
            "<!doctype html><html lang='fr'><head><meta charset='utf-8'>"
            f"<style>{css}</style></head><body>{body}</body></html>"
        )

    @staticmethod
    def _css(color: tuple) -> str:
        return "#" + _rgb(color)

    def text(self, x, y, value, size, font="regular", color=(0.12, 0.12, 0.12), anchor="left"):  # noqa: ANN001, ANN201
        w = self.width(value, size, font) + 4
        left = x if anchor == "left" else x - w if anchor == "right" else x - w / 2
        weight = "bold" if font == "bold" else "normal"
        style = "italic" if font == "italic" else "normal"
        self._add(
            f"<span style='left:{left:.1f}pt;top:{y - size * 0.95:.1f}pt;width:{w:.1f}pt;"
            f"font-size:{size}pt;line-height:1.1;font-weight:{weight};font-style:{style};"
            f"color:{self._css(color)};text-align:{anchor}'>{_h(value)}</span>"
        )

    def rect(self, x, y, w, h, fill, stroke=None, radius: float = 0.0) -> None:  # noqa: ANN001
        bg = self._css(fill) if fill else "transparent"
        border = f"border:0.6pt solid {self._css(stroke)};" if stroke else ""
        self._add(
            f"<div style='left:{x}pt;top:{y}pt;width:{w}pt;height:{h}pt;background:{bg};"
            f"{border}border-radius:{radius}pt'></div>"
        )

    def line(self, x0, y0, x1, y1, color, width: float = 0.5) -> None:  # noqa: ANN001
        self._add(
            f"<div style='left:{min(x0, x1)}pt;top:{min(y0, y1)}pt;width:{abs(x1 - x0)}pt;"
            f"height:0;border-top:{width}pt solid {self._css(color)}'></div>"
        )

    def draw_line(self, x, y, line, size, color) -> None:  # noqa: ANN001
        runs = "".join(
            f"<b>{_h(fragment)}</b>" if bold else _h(fragment) for fragment, bold in line
        )
        self._add(
            f"<span style='left:{x}pt;top:{y - size * 0.95:.1f}pt;font-size:{size}pt;"
            f"line-height:1.1;color:{self._css(color)}'>{runs}</span>"
        )

    def paragraph(
        self, x, y, markup, size, width, color=(0.12, 0.12, 0.12), leading=1.25, bold=False
    ):  # noqa: ANN001, ANN201, E501
        n = len(self.wrap(markup, size, width, bold))
        runs = "".join(
            (f"<b>{_h(chunk)}</b>" if (index % 2 == 1 or bold) else _h(chunk))
            for index, chunk in enumerate(markup.split("**"))
        )
        self._add(
            f"<p class='wrap' style='left:{x}pt;top:{y - size * 0.95:.1f}pt;width:{width + 4}pt;"
            f"font-size:{size}pt;line-height:{leading};color:{self._css(color)}'>{runs}</p>"
        )
        return y + n * size * leading

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        out = [f"<table class='deck' style='left:14pt;top:{y}pt;width:692pt'>"]
        out.append("<tr>" + "".join(f"<th>{_h(h)}</th>" for h in heads) + "</tr>")
        for marker, code, label, points, done, prog in rows:
            axis = marker == "▼"
            pad = "0" if axis else "10pt"
            first = f"{_h(code) + ' ' if code else ''}<span style='padding-left:{pad}'>"
            first += f"{marker} {_h(label)}</span>"
            weight = " style='font-weight:bold'" if axis else ""
            cells = [first, points, done, prog]
            out.append(f"<tr{weight}>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
        out.append("</table>")
        self._add("".join(out))


def cot_source(seed: str, backend: str) -> object:
    """Seed 000/003 deck written by ``backend`` (``pptx`` → Presentation, ``html`` → str)."""
    from tests.generators import seed_cot_pdf

    base = seed_cot_pdf._Slides("powerpoint_export", "deck", "")
    slides = _PptxSlides(base) if backend == "pptx" else _HtmlSlides(base)
    build = seed_cot_pdf.seed000_pdf if seed == "000" else seed_cot_pdf.seed003_pdf
    return build("powerpoint_export", slides=slides)


# --------------------------------------------------------------------------- build all


def build(layout: str, out_dir: Path) -> Path:
    """Produce ``out_dir/<layout>.pdf`` with the real producer of ``layout``."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{layout}.pdf"
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        if layout.startswith("plan_docx_"):
            source = plan_docx(layout.removeprefix("plan_docx_"), work / f"{layout}.docx")
            shutil.move(convert_office(source, work), target)
        elif layout.startswith("plan_html_"):
            source = work / f"{layout}.html"
            source.write_text(plan_html(layout.removeprefix("plan_html_")), encoding="utf-8")
            convert_html(source, target)
        elif layout.endswith("_pptx"):
            prs = cot_source(layout[3:6], "pptx")
            source = work / f"{layout}.pptx"
            prs.save(str(source))  # type: ignore[attr-defined]
            shutil.move(convert_office(source, work), target)
        else:
            source = work / f"{layout}.html"
            source.write_text(str(cot_source(layout[3:6], "html")), encoding="utf-8")
            convert_html(source, target)
    return target


def producers_available() -> bool:
    return soffice() is not None and chromium() is not None


def main(argv: list[str] | None = None) -> int:  # pragma: no cover - regeneration helper
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else FIXTURES
    only = args[1:] or list(LAYOUTS)
    if not producers_available():
        print("LibreOffice et Chromium requis / LibreOffice and Chromium required")
        return 1
    for layout in only:
        path = build(layout, out_dir)
        print(f"{layout}: {path} ({path.stat().st_size} octets)")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())


__all__ = ["FIELD_LABELS", "LAYOUTS", "build", "producers_available", "re"]
