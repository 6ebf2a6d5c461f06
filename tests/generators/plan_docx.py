"""Seed 001 written as a Word document (python-docx) in the styles of
:mod:`tests.generators.producer_corpus` (grid, list, zebra, banded, ledger, bare, boxed, split,
columns, shading, turned, numbered, synonyms, dense, status, framed, nested, descrow, grouped,
parted, runin, yearspan, rotated, stepyear, darkcol, review, dashboard, leaders, formcell;
sdtform with :mod:`tests.generators.docx_sdtform`, textbox with
:mod:`tests.generators.docx_textbox`, mirror with :mod:`tests.generators.docx_mirror`, watermark
with :mod:`tests.generators.docx_watermark`, sidebyside with
:mod:`tests.generators.docx_sidebyside`, letterspaced with
:mod:`tests.generators.docx_letterspaced`, pageborder with
:mod:`tests.generators.docx_pageborder`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

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


def _table_borders(table: object, **sides: str) -> None:
    """Table-level borders: ``top="single:18:000000"`` (style:size:colour); a side not given
    is nil (Word « Bordures du tableau »)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{side}")
        spec = sides.get(side)
        if spec:
            val, size, color = spec.split(":")
            el.set(qn("w:val"), val)
            el.set(qn("w:sz"), size)
            el.set(qn("w:color"), color)
        else:
            el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _table_look(table: object, **flags: str) -> None:
    """Word « Options de style de tableau » (``firstRow``, ``lastRow``, ``noHBand``,
    ``noVBand``...): which parts of a built-in table style apply."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tbl_pr = table._tbl.tblPr  # type: ignore[attr-defined]
    look = tbl_pr.find(qn("w:tblLook"))
    if look is None:
        look = OxmlElement("w:tblLook")
        tbl_pr.append(look)
    for key, value in flags.items():
        look.set(qn(f"w:{key}"), value)


def _header_text(cell: object, value: str, bold: bool, size: float) -> None:
    """A header label written on two lines with a manual line break (Maj+Entrée) after its
    first word (« Ressources » / « à mobiliser »); one-word labels stay on one line."""
    from docx.shared import Pt

    first, _, rest = value.partition(" ")
    par = cell.paragraphs[0]  # type: ignore[attr-defined]
    par.paragraph_format.space_after = Pt(0)
    run = par.add_run(first)
    run.bold, run.font.size = bold, Pt(size)
    if rest:
        run.add_break()
        run = par.add_run(rest)
        run.bold, run.font.size = bold, Pt(size)


def _budget_total(values: list[str]) -> str | None:
    """The « Total » a steps table's author adds under the budget column: the sum of the
    cells that hold a plain amount (« 5 000 », « 18000 (financé) »), written « 23 000 »;
    None when no cell holds one."""
    import re

    amounts = []
    for value in values:
        match = re.match(r"^\s*(\d{1,3}(?: \d{3})+|\d+)\b", value)
        if match and "ETP" not in value:
            amounts.append(int(match.group(1).replace(" ", "")))
    if not amounts:
        return None
    return f"{sum(amounts):,}".replace(",", " ")


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
    """Seed 001 as a Word document; ``style`` in ``grid``, ``list``, ``zebra``, ``banded``,
    ``ledger``, ``bare``, ``boxed``, ``split``, ``columns``, ``shading``, ``turned``,
    ``numbered``, ``synonyms``, ``dense``, ``status``, ``framed``, ``nested``, ``descrow``,
    ``grouped``, ``parted``, ``runin``, ``yearspan``, ``rotated``, ``stepyear``,
    ``darkcol``, ``review``, ``dashboard``, ``leaders``, ``formcell``, ``gantt``,
    ``sdtform``, ``textbox``, ``mirror``, ``watermark``, ``sidebyside``, ``letterspaced``,
    ``pageborder``, ``pararows``, ``middle``, ``outline``, ``gapgrid``, ``narrowstep``,
    ``reprow``, ``celllist``, ``subtotal``, ``consignes``, ``idblanc``,
    ``desaxe``, ``tabule``, ``gommette``, ``gigogne``, ``cases``, ``gabarit``, ``echo``,
    ``aere``, ``confidentiel``, ``cachet``, ``courant``, ``circuit``, ``deborde``,
    ``enchaine``, ``vignette``, ``exergue``, ``suivi``, ``entrees``, ``entasse``,
    ``comprime``, ``bordpara``, ``gouttiere``, ``coiffe``, ``colle``, ``flanc``,
    ``cliche``, ``chapeau``, ``depareille``, ``fendu``, ``empiete``, ``affleure``,
    ``damier``, ``belle``, ``evide``, ``cadence``, ``deport``, ``embleme``,
    ``galon``, ``gravure``, ``chainette``, ``bossage``, ``grenetis``, ``echasse``,
    ``bouffant``, ``envers``, ``ecru``, ``balise``."""
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Cm, Pt, RGBColor

    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = {
        "bare": "DejaVu Serif",
        "zebra": "Liberation Serif",
        "banded": "Liberation Sans Narrow",
        "ledger": "DejaVu Sans",
        "split": "Liberation Serif",
        "parted": "Liberation Serif",
        "stepyear": "Liberation Serif",
        "leaders": "Liberation Serif",
        "columns": "DejaVu Sans",
        "shading": "DejaVu Sans Condensed",
        "turned": "DejaVu Serif",
        "numbered": "Liberation Sans Narrow",
        "dense": "DejaVu Sans",
        "grouped": "Calibri",  # Word's default font, not installed: Writer substitutes
        "sdtform": "Arial",  # the template's font, not installed: Writer substitutes
        "textbox": "Arial",  # likewise
        "mirror": "Times New Roman",  # not installed: Writer substitutes
        "darkcol": "DejaVu Sans Condensed",
    }.get(style, "Liberation Sans")
    normal.font.size = Pt(
        {
            "split": 11,
            "dense": 8.5,
            "status": 9,
            "framed": 9,
            "nested": 9,
            "darkcol": 9.5,
            "gantt": 9.5,
            "mirror": 10.5,
        }.get(style, 10)
    )
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(
        {"dense": 1.27, "status": 1.35, "parted": 2.5}.get(style, 2.0)
    )
    if style == "dense":
        section.top_margin = section.bottom_margin = Cm(1.27)
    if style in (
        "descrow",
        "parted",
        "yearspan",
        "rotated",
        "darkcol",
        "leaders",
        "formcell",
        "sdtform",
        "textbox",
        "watermark",
        "letterspaced",
        "pageborder",
        "consignes",
    ):
        section.top_margin = section.bottom_margin = Cm(2.0)
    if style == "runin":
        section.top_margin = section.bottom_margin = Cm(1.8)
    if style == "deport":  # a wide left margin for the labels' frames
        from tests.generators.docx_deport import LEFT_MARGIN_CM, RIGHT_MARGIN_CM

        section.left_margin, section.right_margin = Cm(LEFT_MARGIN_CM), Cm(RIGHT_MARGIN_CM)
    if style == "stepyear":
        section.left_margin, section.right_margin = Cm(2.5), Cm(2.0)
        section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.0)
    if style in ("gantt", "sidebyside"):
        section.left_margin = section.right_margin = Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(1.5)
    if style in ("bare", "banded", "ledger", "split", "status", "gantt", "sidebyside"):
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = Cm(29.7), Cm(21.0)
    else:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    header = section.header.paragraphs[0]
    header.text = "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"
    header.runs[0].font.size = Pt(8)
    if style == "status":  # a static footer note and the page number on every page
        _status_footer(section)
    if style == "stepyear":  # authority | document over a rule; « Page n / N » below
        _running_header_footer(section)
    if style == "mirror":  # mirrored margins, odd / even headers, page-number discs
        from tests.generators.docx_mirror import mirror_page_setup

        mirror_page_setup(doc, section)
    if style == "watermark":  # Word's text watermark « PROJET » behind every page
        from tests.generators.docx_watermark import watermark_header

        watermark_header(section)
    if style == "cadence":  # Word's page line grid: every line on an 18 pt pitch
        from tests.generators.docx_cadence import line_grid

        line_grid(section)
    if style == "belle":  # recto-verso: the page number centred in the footer
        from tests.generators.docx_belle import belle_footer

        belle_footer(section)
    if style == "confidentiel":  # line numbering on, a « CONFIDENTIEL » banner per page
        from tests.generators.docx_confidentiel import confidential_page

        confidential_page(section)
    if style == "pageborder":  # Word « Bordures de page › Encadré »: a box on every page
        from tests.generators.docx_pageborder import page_border

        page_border(section)
    if style == "sdtform":  # the template's content controls and their placeholders
        from tests.generators import docx_sdtform

        docx_sdtform.add_placeholder_style(doc)
    first_fiche = True
    form: list[object] = []  # formcell: the current fiche's form table
    layout: list[object] = []  # sidebyside: the current fiche's layout table

    def heading(text: str, size: float, color: str | None = None, bold: bool = True) -> None:
        par = doc.add_paragraph()
        run = par.add_run(text)
        run.bold = bold
        run.font.size = Pt(size)
        if color:
            run.font.color.rgb = RGBColor.from_string(color)
        if style == "bossage":  # every heading line in Word's « Relief » effect
            from tests.generators.docx_bossage import emboss

            emboss(run)
        if style == "grenetis":  # every heading line carrying Word's emphasis mark « • »
            from tests.generators.docx_grenetis import emphasis_dot

            emphasis_dot(run)

    def grid_table(rows: int, cols: int) -> object:
        table = doc.add_table(rows=rows, cols=cols)
        if style == "grid":
            table.style = doc.styles["Table Grid"]
        elif style == "boxed":  # thick outer border only
            thick = "single:18:000000"
            _table_borders(table, top=thick, left=thick, bottom=thick, right=thick)
        elif style == "split":  # thin grey horizontal rules only
            thin = "single:4:A6A6A6"
            _table_borders(table, top=thin, bottom=thin, insideH=thin)
        elif style == "columns":  # rules between columns only (no horizontal rule)
            _table_borders(table, insideV="single:6:7F7F7F")
        elif style == "shading":  # Word built-in style, banded COLUMNS instead of rows
            table.style = doc.styles["Medium Shading 1 Accent 1"]
            _table_look(table, firstRow="1", firstColumn="0", noHBand="1", noVBand="0")
        elif style == "turned":  # Word built-in thin coloured grid, total row styled
            table.style = doc.styles["Light Grid Accent 5"]
            _table_look(table, firstRow="1", lastRow="0", firstColumn="0", noVBand="1")
        elif style == "numbered" and cols > 2:  # dotted rules between rows only
            _table_borders(table, insideH="dotted:4:808080", bottom="dotted:4:808080")
        elif style == "synonyms" and cols > 2:  # dark header fill, outer box, no inner rule
            table.style = doc.styles["Light List Accent 1"]
            _table_look(table, firstRow="1", lastRow="0", firstColumn="0", noHBand="1", noVBand="1")
        elif style in ("status", "dashboard") and cols > 2:  # thin grey horizontal rules only
            thin = "single:4:A6A6A6"
            _table_borders(table, top=thin, bottom=thin, insideH=thin)
        elif style == "framed" and cols > 2:  # thin vertical rules only, no horizontal one
            thin = "single:4:7F7F7F"
            _table_borders(table, left=thin, right=thin, insideV=thin)
        elif style == "parted" and cols == 2:  # fields: thin grey horizontal rules only
            thin = "single:4:A6A6A6"
            _table_borders(table, top=thin, bottom=thin, insideH=thin)
        elif style == "grouped" and cols == 2:  # fields: thin grey full grid (0.5 pt)
            thin = "single:4:A6A6A6"
            _table_borders(
                table, top=thin, left=thin, bottom=thin, right=thin, insideH=thin, insideV=thin
            )
        elif style in ("review", "dashboard"):  # thin grey full grid (0.5 pt)
            _grid_borders(table, "808080")
        elif style == "dense" and cols > 2:  # thin grey full grid (0.25 pt)
            thin = "single:2:A6A6A6"
            _table_borders(
                table, top=thin, left=thin, bottom=thin, right=thin, insideH=thin, insideV=thin
            )
        else:
            _no_table_borders(table)
        return table

    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            for n, line in enumerate(block.lines):
                heading(line, 16 if n == 0 else 12, "385623", bold=n < 2)
        elif kind == "objective":
            if style == "belle" and doc.tables:  # from the second: « en belle page »
                from tests.generators.docx_belle import belle_break

                belle_break(doc)
            for line in block.lines:
                heading(line, 13, "2E74B5")
        elif kind == "section":
            if style == "turned" and block.lines[0] == IMPL_TITLE:  # steps on landscape pages
                turned = doc.add_section(WD_SECTION.NEW_PAGE)
                turned.orientation = WD_ORIENT.LANDSCAPE
                turned.page_width, turned.page_height = Cm(29.7), Cm(21.0)
            if style in ("nested", "formcell") and block.lines[0] == IMPL_TITLE:  # in a table
                continue
            if style == "sidebyside" and layout and block.lines[0] == IMPL_TITLE:
                from tests.generators.docx_sidebyside import sidebyside_title

                sidebyside_title(layout[-1])  # the right cell's first paragraph
                continue
            if style == "sdtform" and block.lines[0] == IMPL_TITLE:  # and a guidance line
                docx_sdtform.sdtform_impl_title(doc, block.lines[0])
                continue
            if style == "stepyear" and block.lines[0] == IMPL_TITLE:  # « Titre 3 »
                par = doc.add_heading(level=3)
                run = par.add_run(block.lines[0])
                run.bold, run.font.size, run.font.name = True, Pt(11), "Liberation Serif"
                run.font.color.rgb = RGBColor.from_string("843C0C")
                continue
            heading(block.lines[0], 11, "2E74B5")
            if style == "letterspaced" and block.lines[0] == IMPL_TITLE:  # « Étendu de 1,5 pt »
                from tests.generators import docx_letterspaced

                docx_letterspaced.spaced(doc.paragraphs[-1].runs, docx_letterspaced.HEADING)
        elif kind == "para":
            doc.add_paragraph(block.lines[0])
        elif kind == "bold" and style == "formcell" and form:  # a merged row of the form
            _formcell_bold(form[-1], block.lines)
        elif kind == "bold" and style == "sidebyside" and layout:  # in the left cell
            from tests.generators.docx_sidebyside import sidebyside_bold

            sidebyside_bold(layout[-1], block.lines)
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
            if style == "belle":  # every fiche « en belle page »: an odd-page section
                from tests.generators.docx_belle import belle_break

                belle_break(doc)
            if style in (
                "grid",
                "list",
                "descrow",
                "grouped",
                "parted",
                "runin",
                "yearspan",
                "rotated",
                "leaders",
                "gantt",
                "sdtform",
                "textbox",
                "sidebyside",
                "letterspaced",
            ) or (style in ("bare", "banded") and not first_fiche):
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            first_fiche = False
            if style == "courant":  # its own section, its heading in the page header
                from tests.generators.docx_courant import fiche_section

                fiche_section(doc, block.lines)
            if style == "dense":  # the fiche heading as a shaded banner paragraph
                for line in block.lines:
                    heading(line, 10.5, "FFFFFF")
                    _shade_paragraph(doc.paragraphs[-1], "1F4E79")
                continue
            if style == "stepyear":  # « Titre 2 », a page break before the first line
                for n, line in enumerate(block.lines):
                    par = doc.add_heading(level=2)
                    par.paragraph_format.page_break_before = n == 0
                    run = par.add_run(line)
                    run.bold, run.font.size, run.font.name = True, Pt(13), "Liberation Serif"
                    run.font.color.rgb = RGBColor.from_string("843C0C")
                continue
            if style == "vignette":  # the template's banner table: code square, title band
                from tests.generators.docx_vignette import vignette_heading

                vignette_heading(doc, block)
                continue
            if style == "sdtform":  # the template's heading lines
                for line in block.lines:
                    heading(line, 12, docx_sdtform.TITLE)
                continue
            for line in block.lines:
                heading(
                    line,
                    12.5 if style == "darkcol" else 13,
                    _DARK if style == "darkcol" else "1F4E79",
                )
            if style == "cachet":  # a « FICHE VALIDÉE » stamp in front of the fields
                from tests.generators.docx_cachet import stamp

                stamp(doc.paragraphs[-1])
            if style == "letterspaced":  # the template's « Étendu de 1,5 pt »
                from tests.generators import docx_letterspaced

                for par in doc.paragraphs[-len(block.lines) :]:
                    docx_letterspaced.spaced(par.runs, docx_letterspaced.HEADING)
            if style == "review":  # the reviewer's comment on the fiche's first line
                doc.add_comment(  # type: ignore[attr-defined]
                    doc.paragraphs[-len(block.lines)].runs,
                    text="À valider en comité de pilotage.",
                    author="Chargé de mission PCAET",
                    initials="CM",
                )
        elif kind == "fields":
            if style == "split":  # bold « Label : » run, the value on the same line
                for label, value in block.fields:
                    parts = _paragraphs(value) or [""]
                    par = doc.add_paragraph()
                    par.add_run(f"{label} : ").bold = True
                    par.add_run(parts[0])
                    for part in parts[1:]:
                        doc.add_paragraph(part)
                continue
            if style == "dense":  # two label/value pairs side by side on each row
                _dense_fields(block.fields, grid_table)
                continue
            if style == "yearspan":  # two columns of label-over-value cells
                _yearspan_fields(doc, block.fields)
                continue
            if style == "rotated":  # hanging-indent paragraphs: label, tab, value
                _hanging_fields(doc, block.fields)
                continue
            if style == "stepyear":  # small-capital labels over a rule, values below
                _ruled_label_fields(doc, block.fields)
                continue
            if style == "darkcol":  # a dark label column, horizontal rules only
                _darkcol_fields(doc, block.fields)
                continue
            if style == "leaders":  # white labels on a dark shaded band, values below
                _band_fields(doc, block.fields)
                continue
            if style == "gantt":  # a 2-column grid table, landscape width
                _gantt_fields(doc, block.fields)
                continue
            if style == "sdtform":  # each value one block-level content control
                docx_sdtform.sdtform_fields(doc, block.fields)
                continue
            if style == "textbox":  # two floating text boxes side by side
                from tests.generators.docx_textbox import textbox_fields

                textbox_fields(doc, block.fields)
                continue
            if style == "mirror":  # a 2-column table, horizontal rules only
                from tests.generators.docx_mirror import mirror_fields

                mirror_fields(doc, block.fields)
                continue
            if style in (
                "watermark",
                "pararows",
                "middle",
                "outline",
                "consignes",
                "celllist",
                "reprow",
            ):  # watermark's thin grey grid (celllist, reprow: without its watermark)
                from tests.generators.docx_watermark import watermark_fields

                watermark_fields(doc, block.fields)
                continue
            if style in (
                "narrowstep",
                "subtotal",
                "idblanc",
                "gigogne",
                "cases",
                "gommette",
                "tabule",
                "desaxe",
                "gabarit",
                "echo",
                "aere",
                "cachet",
                "courant",
                "circuit",
                "deborde",
                "enchaine",
                "vignette",
                "exergue",
                "suivi",
                "entrees",
                "entasse",
                "comprime",
                "flanc",
                "bordpara",
                "gouttiere",
                "coiffe",
                "colle",
                "cliche",
                "chapeau",
                "depareille",
                "fendu",
                "empiete",
                "affleure",
                "damier",
                "belle",
                "evide",
                "cadence",
                "bossage",
                "grenetis",
            ):  # a plain black grid (narrowstep's)
                from tests.generators.docx_narrowstep import narrowstep_fields

                narrowstep_fields(doc, block.fields)
                continue
            if style == "echasse":  # narrowstep's grid, every label raised 3 pt
                from tests.generators.docx_echasse import echasse_fields

                echasse_fields(doc, block.fields)
                continue
            if style == "balise":  # narrowstep's grid, exported as PDF/UA
                from tests.generators.docx_narrowstep import narrowstep_fields

                narrowstep_fields(doc, block.fields)
                continue
            if style == "ecru":  # narrowstep's grid, on Word's page colour
                from tests.generators.docx_narrowstep import narrowstep_fields

                narrowstep_fields(doc, block.fields)
                continue
            if style == "envers":  # narrowstep's grid marked right-to-left
                from tests.generators.docx_envers import envers_fields

                envers_fields(doc, block.fields)
                continue
            if style == "bouffant":  # narrowstep's grid, values pasted with Auto spacing
                from tests.generators.docx_bouffant import bouffant_fields

                bouffant_fields(doc, block.fields)
                continue
            if style == "embleme":  # a pictogram cell before each label
                from tests.generators.docx_embleme import embleme_fields

                embleme_fields(doc, block.fields)
                continue
            if style == "chainette":  # Word's dash-dot-dot borders
                from tests.generators.docx_chainette import chainette_fields

                chainette_fields(doc, block.fields)
                continue
            if style == "gravure":  # Word's 3D engraved borders
                from tests.generators.docx_gravure import gravure_fields

                gravure_fields(doc, block.fields)
                continue
            if style == "galon":  # a merged ribbon cell before the labels
                from tests.generators.docx_galon import galon_fields

                galon_fields(doc, block.fields)
                continue
            if style == "deport":  # each label a frame in the margin beside its value
                from tests.generators.docx_deport import deport_fields

                deport_fields(doc, block.fields)
                continue
            if style == "confidentiel":  # bold label paragraphs over value paragraphs
                from tests.generators.docx_confidentiel import confidentiel_fields

                confidentiel_fields(doc, block.fields)
                continue
            if style == "gapgrid":  # filled cells parted by white 2 pt borders
                from tests.generators.docx_gapgrid import gapgrid_fields

                gapgrid_fields(doc, block.fields)
                continue
            if style == "sidebyside":  # the left cell of a borderless layout table
                from tests.generators.docx_sidebyside import sidebyside_fields

                layout.append(sidebyside_fields(doc, block.fields))
                continue
            if style == "letterspaced":  # labels spread, values condensed
                from tests.generators.docx_letterspaced import letterspaced_fields

                letterspaced_fields(doc, block.fields)
                continue
            if style == "pageborder":  # horizontal rules only, lines exactly 9 pt apart
                from tests.generators.docx_pageborder import pageborder_fields

                pageborder_fields(doc, block.fields)
                continue
            if style == "formcell":  # the fiche's one 2-column form table
                form.append(_formcell_fields(doc, block.fields))
                continue
            if style == "framed":  # a text frame: 1-cell bordered table, tinted background
                _framed_fields(doc, block.fields)
                continue
            if style == "descrow":  # « Titre 3 » labels over Normal value paragraphs
                for label, value in block.fields:
                    par = doc.add_heading(level=3)
                    run = par.add_run(label)
                    run.bold, run.font.size, run.font.name = True, Pt(10.5), "Liberation Sans"
                    run.font.color.rgb = RGBColor.from_string("2F5496")
                    for part in _paragraphs(value):
                        doc.add_paragraph(part)
                continue
            if style in ("bare", "ledger") or not block.tabular and style == "list":
                for label, value in block.fields:
                    heading(f"{label} :", 10)
                    for part in _paragraphs(value):
                        doc.add_paragraph(part)
                continue
            table = grid_table(len(block.fields), 2)
            for r, (label, value) in enumerate(block.fields):
                if style == "numbered":  # labels in small capitals
                    _cell_text(table.cell(r, 0), label, size=10)
                    for run in table.cell(r, 0).paragraphs[0].runs:
                        run.font.small_caps = True
                    _cell_text(table.cell(r, 1), value, size=10)
                    continue
                if style == "status":  # right-aligned bold labels
                    _cell_text(table.cell(r, 0), label, bold=True, size=9)
                    table.cell(r, 0).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    _cell_text(table.cell(r, 1), value, size=9)
                    continue
                if style == "synonyms":  # bold « Label : » in the left column
                    _cell_text(table.cell(r, 0), f"{label} :", bold=True, size=10)
                    _cell_text(table.cell(r, 1), value, size=10)
                    continue
                _cell_text(
                    table.cell(r, 0),
                    label,
                    bold=style
                    in (
                        "list",
                        "zebra",
                        "banded",
                        "boxed",
                        "columns",
                        "shading",
                        "turned",
                        "nested",
                        "grouped",
                        "parted",
                        "runin",
                        "review",
                        "dashboard",
                    ),
                    size={"nested": 9, "grouped": 9.5, "parted": 9.5, "runin": 9.5}.get(style, 10),
                )
                _cell_text(
                    table.cell(r, 1),
                    value,
                    size={"nested": 9, "grouped": 9.5, "parted": 9.5, "runin": 9.5}.get(style, 10),
                )
                if style == "list":
                    _set_cell_borders(table.cell(r, 0), bottom="single", bottom_color="A6A6A6")
                    _set_cell_borders(table.cell(r, 1), bottom="single", bottom_color="A6A6A6")
                elif style == "grid":
                    _shade(table.cell(r, 0), "D9D9D9")
                elif style == "grouped":
                    _shade(table.cell(r, 0), "E2EFDA")
                elif style == "runin":  # borderless, labels on a pale grey fill
                    _shade(table.cell(r, 0), "EDEDED")
            value_width = {"bare": 21.0, "banded": 21.0, "status": 21.0, "parted": 11.5}.get(
                style, 12.5
            )
            table.columns[0].width = Cm(4.5)
            for r in range(len(block.fields)):
                table.cell(r, 0).width = Cm(4.5)
                table.cell(r, 1).width = Cm(value_width)
            if style in ("nested", "grouped", "parted", "runin", "review", "dashboard"):
                table.autofit = False
                table.columns[0].width, table.columns[1].width = Cm(4.5), Cm(value_width)
            if style == "shading":  # the fields table: plain rows, label column bold
                _table_look(table, firstRow="0", firstColumn="1", noHBand="1", noVBand="1")
            elif style == "turned":
                _table_look(table, firstRow="0", lastRow="0", firstColumn="1", noVBand="1")
        elif kind == "impl" and style == "nested":  # the steps nested in a one-cell frame
            _nested_impl(doc, block)
        elif kind == "impl" and style == "descrow":  # each step two rows, description below
            _descrow_impl(doc, block)
        elif kind == "impl" and style == "grouped":  # steps under « Planification » rows
            _grouped_impl(doc, block)
        elif kind == "impl" and style == "parted":  # two tables keyed by the step name
            _parted_impl(doc, block)
        elif kind == "impl" and style == "runin":  # run-in steps over 2 × 4 details tables
            _runin_impl(doc, block)
        elif kind == "impl" and style == "yearspan":  # planning first, merged over runs
            _yearspan_impl(doc, block)
        elif kind == "impl" and style == "rotated":  # narrow columns' labels turned 90°
            _rotated_impl(doc, block)
        elif kind == "impl" and style == "stepyear":  # planning stacked over the step name
            _stepyear_impl(doc, block)
        elif kind == "impl" and style == "darkcol":  # another order, an empty extra column
            _darkcol_impl(doc, block)
        elif kind == "impl" and style == "leaders":  # tab stops with leader dots, no table
            _leaders_impl(doc, block)
        elif kind == "impl" and style == "gantt":  # six seed columns, then year cells
            _gantt_impl(doc, block)
        elif kind == "impl" and style == "sdtform":  # the template's rows, controls kept
            docx_sdtform.sdtform_impl(doc, block)
        elif kind == "impl" and style == "textbox":  # a full-grid steps table
            from tests.generators.docx_textbox import textbox_impl

            textbox_impl(doc, block)
        elif kind == "impl" and style == "mirror":  # header not repeated, no vertical rule
            from tests.generators.docx_mirror import mirror_impl

            mirror_impl(doc, block)
        elif kind == "impl" and style == "watermark":  # a grey full grid, header repeated
            from tests.generators.docx_watermark import watermark_impl

            watermark_impl(doc, block)
        elif kind == "impl" and style == "sidebyside" and layout:  # in the right cell
            from tests.generators.docx_sidebyside import sidebyside_impl

            sidebyside_impl(doc, layout[-1], block)
        elif kind == "impl" and style == "letterspaced":  # header spread, cells condensed
            from tests.generators.docx_letterspaced import letterspaced_impl

            letterspaced_impl(doc, block)
        elif kind == "impl" and style == "pageborder":  # ruled horizontally, exact spacing
            from tests.generators.docx_pageborder import pageborder_impl

            pageborder_impl(doc, block)
        elif kind == "impl" and style == "pararows":  # a row per description paragraph
            from tests.generators.docx_pararows import pararows_impl

            pararows_impl(doc, block)
        elif kind == "impl" and style == "middle":  # every cell centred both ways
            from tests.generators.docx_middle import middle_impl

            middle_impl(doc, block)
        elif kind == "impl" and style == "celllist":  # a numbered list in one cell
            from tests.generators.docx_celllist import celllist_impl

            celllist_impl(doc, block)
        elif kind == "impl" and style == "reprow":  # the first step repeated with the header
            from tests.generators.docx_reprow import reprow_impl

            reprow_impl(doc, block)
        elif kind == "impl" and style == "consignes":  # a guidance row under the labels
            from tests.generators.docx_consignes import consignes_impl

            consignes_impl(doc, block)
        elif kind == "impl" and style == "subtotal":  # budget sub-totals per year, a total
            from tests.generators.docx_subtotal import subtotal_impl

            subtotal_impl(doc, block)
        elif kind == "impl" and style == "gigogne":  # owners in a nested 1 × 2 table
            from tests.generators.docx_gigogne import gigogne_impl

            gigogne_impl(doc, block)
        elif kind == "impl" and style == "cases":  # « Oui / Non » check boxes, tall rows
            from tests.generators.docx_cases import cases_impl

            cases_impl(doc, block)
        elif kind == "impl" and style == "gabarit":  # six pre-drawn rows, the rest left blank
            from tests.generators.docx_gabarit import gabarit_impl

            gabarit_impl(doc, block)
        elif kind == "impl" and style == "echo":  # the header typed again as the last row
            from tests.generators.docx_echo import echo_impl

            echo_impl(doc, block)
        elif kind == "impl" and style == "courant":  # confidentiel's steps table
            from tests.generators.docx_confidentiel import confidentiel_impl

            confidentiel_impl(doc, block)
        elif kind == "impl" and style == "circuit":  # confidentiel's, a visa table under it
            from tests.generators.docx_circuit import circuit_impl

            circuit_impl(doc, block)
        elif kind == "impl" and style == "deborde":  # confidentiel's, out into the margins
            from tests.generators.docx_deborde import deborde_impl

            deborde_impl(doc, block)
        elif kind == "impl" and style == "entrees":  # cells aired with empty paragraphs
            from tests.generators.docx_entrees import entrees_impl

            entrees_impl(doc, block)
        elif kind == "impl" and style == "entasse":  # steps 3… crammed into a third row
            from tests.generators.docx_entasse import entasse_impl

            entasse_impl(doc, block)
        elif kind == "impl" and style == "colle":  # a range pasted from Excel, bottom-aligned
            from tests.generators.docx_colle import colle_impl

            colle_impl(doc, block)
        elif kind == "impl" and style == "coiffe":  # a merged title row over the labels
            from tests.generators.docx_coiffe import coiffe_impl

            coiffe_impl(doc, block)
        elif kind == "impl" and style == "gouttiere":  # empty gutter columns between columns
            from tests.generators.docx_gouttiere import gouttiere_impl

            gouttiere_impl(doc, block)
        elif kind == "impl" and style == "bordpara":  # cells ruled by paragraph borders
            from tests.generators.docx_bordpara import bordpara_impl

            bordpara_impl(doc, block)
        elif kind == "impl" and style == "cliche":  # a workbook range pasted as an EMF picture
            from tests.generators.docx_cliche import cliche_impl

            cliche_impl(doc, block)
        elif kind == "impl" and style == "chapeau":  # labels on tab stops over bare rows
            from tests.generators.docx_chapeau import chapeau_impl

            chapeau_impl(doc, block)
        elif kind == "impl" and style == "depareille":  # rows keeping their sources' borders
            from tests.generators.docx_depareille import depareille_impl

            depareille_impl(doc, block)
        elif kind == "impl" and style == "fendu":  # Descriptif split a sentence a sub-row
            from tests.generators.docx_fendu import fendu_impl

            fendu_impl(doc, block)
        elif kind == "impl" and style == "empiete":  # pasted with a negative left indent
            from tests.generators.docx_empiete import empiete_impl

            empiete_impl(doc, block)
        elif kind == "impl" and style == "affleure":  # pasted with no cell margin at all
            from tests.generators.docx_affleure import affleure_impl

            affleure_impl(doc, block)
        elif kind == "impl" and style == "bouffant":  # bossage's steps, cells Auto-spaced
            from tests.generators.docx_bouffant import bouffant_impl

            bouffant_impl(doc, block)
        elif kind == "impl" and style == "embleme":  # echo's grid without its footer row
            from tests.generators.docx_embleme import embleme_impl

            embleme_impl(doc, block)
        elif kind == "impl" and style in (
            "bossage",
            "grenetis",
            "echasse",
            "envers",
            "ecru",
            "balise",
        ):  # echo's grid without its footer row
            from tests.generators.docx_bossage import bossage_impl

            bossage_impl(doc, block)
        elif kind == "impl" and style == "chainette":  # echo's columns, dash-dot-dot borders
            from tests.generators.docx_chainette import chainette_impl

            chainette_impl(doc, block)
        elif kind == "impl" and style == "gravure":  # echo's columns, 3D engraved borders
            from tests.generators.docx_gravure import gravure_impl

            gravure_impl(doc, block)
        elif kind == "impl" and style == "galon":  # a ribbon column before echo's six
            from tests.generators.docx_galon import galon_impl

            galon_impl(doc, block)
        elif kind == "impl" and style == "deport":  # echo's grid on the narrower column
            from tests.generators.docx_deport import deport_impl

            deport_impl(doc, block)
        elif kind == "impl" and style == "cadence":  # echo's grid, on the line grid
            from tests.generators.docx_cadence import cadence_impl

            cadence_impl(doc, block)
        elif kind == "impl" and style == "evide":  # echo's grid, labels and names hollow
            from tests.generators.docx_evide import evide_impl

            evide_impl(doc, block)
        elif kind == "impl" and style == "belle":  # echo's grid, fiches on odd pages
            from tests.generators.docx_belle import belle_impl

            belle_impl(doc, block)
        elif kind == "impl" and style == "damier":  # echo's grid, the PDF tile-watermarked
            from tests.generators.docx_damier import damier_impl

            damier_impl(doc, block)
        elif kind == "impl" and style == "flanc":  # a merged side-label column first
            from tests.generators.docx_flanc import flanc_impl

            flanc_impl(doc, block)
        elif kind == "impl" and style == "comprime":  # each cell's type shrunk to fit its row
            from tests.generators.docx_comprime import comprime_impl

            comprime_impl(doc, block)
        elif kind == "impl" and style == "suivi":  # a merged follow-up row under each step
            from tests.generators.docx_suivi import suivi_impl

            suivi_impl(doc, block)
        elif kind == "impl" and style == "exergue":  # step names in « Heading 4 »
            from tests.generators.docx_exergue import exergue_impl

            exergue_impl(doc, block)
        elif kind == "impl" and style == "vignette":  # echo's steps table, no footer row
            from tests.generators.docx_vignette import vignette_impl

            vignette_impl(doc, block)
        elif kind == "impl" and style == "enchaine":  # descriptions numbered as one list
            from tests.generators.docx_enchaine import enchaine_impl

            enchaine_impl(doc, block)
        elif kind == "impl" and style == "cachet":  # confidentiel's steps table
            from tests.generators.docx_confidentiel import confidentiel_impl

            confidentiel_impl(doc, block)
        elif kind == "impl" and style == "confidentiel":  # echo's grid, no footer row
            from tests.generators.docx_confidentiel import confidentiel_impl

            confidentiel_impl(doc, block)
        elif kind == "impl" and style == "aere":  # a thin empty spacer row before every step
            from tests.generators.docx_aere import aere_impl

            aere_impl(doc, block)
        elif kind == "impl" and style == "gommette":  # a pictogram before every step name
            from tests.generators.docx_gommette import gommette_impl

            gommette_impl(doc, block)
        elif kind == "impl" and style == "tabule":  # two tab-aligned sub-columns
            from tests.generators.docx_tabule import tabule_impl

            tabule_impl(doc, block)
        elif kind == "impl" and style == "desaxe":  # header and body on other widths
            from tests.generators.docx_desaxe import desaxe_impl

            desaxe_impl(doc, block)
        elif kind == "impl" and style == "idblanc":  # a « Réf. » column in white type
            from tests.generators.docx_idblanc import idblanc_impl

            idblanc_impl(doc, block)
        elif kind == "impl" and style == "narrowstep":  # step names a word a line
            from tests.generators.docx_narrowstep import narrowstep_impl

            narrowstep_impl(doc, block)
        elif kind == "impl" and style == "gapgrid":  # column fills, white gaps for rules
            from tests.generators.docx_gapgrid import gapgrid_impl

            gapgrid_impl(doc, block)
        elif kind == "impl" and style == "outline":  # « Étape n – » headings, no table
            from tests.generators.docx_outline import outline_impl

            outline_impl(doc, block)
        elif kind == "impl" and style == "formcell":  # steps as rows of the form table
            _formcell_impl(form[-1], block)
            doc.add_paragraph()
        elif kind == "impl":
            _plan_docx_impl(doc, block, style, grid_table)
            if style == "turned":  # back to portrait after the steps table
                upright = doc.add_section(WD_SECTION.NEW_PAGE)
                upright.orientation = WD_ORIENT.PORTRAIT
                upright.page_width, upright.page_height = Cm(21.0), Cm(29.7)
    if style == "review":  # saved with « Suivi des modifications » on, additions tracked
        _track_review(doc)
    if style == "ecru":  # Word's page colour behind every page
        from tests.generators.docx_ecru import page_colour

        page_colour(doc)
    doc.save(str(path))
    return path


def _plan_docx_impl(doc: object, block: Block, style: str, grid_table: Callable) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, RGBColor

    if style == "numbered":  # a first narrow « N° » column numbering the steps
        block = Block(
            kind=block.kind,
            header=["N°", *block.header],
            rows=[[str(n), *row] for n, row in enumerate(block.rows, start=1)],
        )
    if style == "status":  # a leading « Statut » column of symbols (not in the truth)
        at = block.header.index("Planification")
        block = Block(
            kind=block.kind,
            header=["Statut", *block.header],
            rows=[[_status_symbol(row[at]), *row] for row in block.rows],
        )
    if style == "synonyms":  # another column order, header labels as synonyms
        order = [2, 0, 3, 1, 4, 5]
        labels = [_SYNONYMS[block.header[c]] for c in order]
        block = Block(
            kind=block.kind,
            header=labels,
            rows=[[row[c] for c in order] for row in block.rows],
        )
    if style == "shading":  # the owner column first (« qui fait quoi »)
        order = [block.header.index("Porteur")]
        order += [c for c in range(len(block.header)) if c not in order]
        block = Block(
            kind=block.kind,
            header=[block.header[c] for c in order],
            rows=[[row[c] for c in order] for row in block.rows],
        )
    total = (
        _budget_total([row[block.header.index("Ressources à mobiliser")] for row in block.rows])
        if style == "turned"
        else None
    )
    ncols = len(block.header)
    table = grid_table(len(block.rows) + 1 + (total is not None), ncols)
    widths = {
        "bare": [3.5, 8.5, 2.6, 3.4, 3.0, 4.6],
        "banded": [4.2, 9.6, 2.4, 2.9, 2.6, 3.9],
        "ledger": [3.0, 10.0, 2.2, 3.8, 2.8, 3.8],
        "boxed": [2.4, 5.4, 2.0, 2.4, 2.2, 2.6],
        "split": [3.2, 9.8, 2.6, 3.4, 3.0, 3.7],
        "columns": [2.5, 5.6, 1.9, 2.3, 2.3, 2.4],
        "shading": [2.4, 2.6, 5.4, 2.0, 2.3, 2.6],
        "turned": [3.6, 9.4, 2.6, 3.4, 3.0, 3.7],
        "numbered": [0.8, 2.6, 5.0, 1.9, 2.3, 2.1, 2.3],
        "synonyms": [2.0, 2.6, 2.4, 5.2, 2.2, 2.6],
        "dense": [2.8, 6.2, 2.0, 2.5, 2.3, 2.6],
        "status": [1.2, 3.5, 9.6, 2.5, 3.3, 3.0, 3.9],
    }.get(style, [2.6, 5.2, 2.0, 2.4, 2.2, 2.6])
    cell_size = {"boxed": 10.0, "split": 11.0, "numbered": 8.0, "dense": 7.5, "status": 8.5}.get(
        style, 9.0
    )
    for c, value in enumerate(block.header):
        cell = table.cell(0, c)
        if style in ("shading", "turned"):  # header labels on two lines
            _header_text(cell, value, bold=True, size=cell_size)
            continue
        _cell_text(cell, value, bold=True, size=cell_size)
        if style == "grid":
            _shade(cell, "DEEAF6")
        elif style == "list":
            _set_cell_borders(cell, top="single", top_sz="12", bottom="single", bottom_sz="8")
        elif style in ("banded", "boxed", "dashboard"):  # white bold labels on a dark band
            _shade(cell, {"banded": "1F4E79", "boxed": "262626"}.get(style, "1F6F78"))
            for par in cell.paragraphs:
                for run in par.runs:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        elif style == "ledger":
            _shade(cell, "FCE4D6")
        elif style == "split":
            _shade(cell, "D9E2F3")
        elif style in ("columns", "synonyms"):  # no fill of ours (synonyms: the table style's)
            pass
        elif style == "dense":
            _shade(cell, "D9D9D9")
        elif style == "framed":  # bold labels on a darker fill
            _shade(cell, "9FB6CD")
        elif style == "status":  # a double rule under the header, no fill
            _set_cell_borders(
                cell, top="single", top_color="A6A6A6", bottom="double", bottom_sz="6"
            )
        elif style == "numbered":  # italic labels on a light grey fill
            _shade(cell, "E7E6E6")
            for par in cell.paragraphs:
                for run in par.runs:
                    run.bold, run.italic = False, True
        else:
            _shade(cell, "BDD7EE")
    if style in (
        "grid",
        "list",
        "split",
        "columns",
        "shading",
        "numbered",
        "synonyms",
        "framed",
        "review",
        "dashboard",
    ):
        _repeat_header(table.rows[0])
    names = {v: k for k, v in _SYNONYMS.items()} if style == "synonyms" else {}
    header = [names.get(h, h) for h in block.header]
    owner = header.index("Porteur")
    budget = header.index("Ressources à mobiliser")
    planning = header.index("Planification")
    for r, row in enumerate(block.rows, start=1):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            _cell_text(cell, value, size=cell_size)
            if style == "list":
                _set_cell_borders(cell, bottom="single", bottom_color="BFBFBF")
            elif style in ("bare", "zebra") and r % 2 == 0:
                _shade(cell, "EDEDED")
            elif style == "banded" and r % 2 == 1:
                _shade(cell, "E2EFDA")
            elif style == "ledger" and r % 2 == 0:
                _shade(cell, "F2F2F2")
            elif style == "framed" and r % 2 == 0:
                _shade(cell, "E6EEF6")
            elif style == "dashboard" and r % 2 == 1:  # the tall rows tinted
                _shade(cell, "E8F3F3")
            if style == "status" and c == 0:  # the symbol in a symbol font, centred
                for par in cell.paragraphs:
                    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
                    for run in par.runs:
                        run.font.name = "DejaVu Sans"
            elif style == "status" and c == budget:
                for par in cell.paragraphs:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            elif style == "framed" and c == budget:  # amounts in a monospaced font
                for par in cell.paragraphs:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                    for run in par.runs:
                        run.font.name = "DejaVu Sans Mono"
            if style in ("banded", "dashboard"):
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            if (
                style in ("bare", "zebra", "ledger", "boxed", "columns", "turned", "numbered")
                and c == budget
            ) or (style == "banded" and c in (budget, planning)):
                for par in cell.paragraphs:
                    par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if style in ("grid", "split"):  # merge runs of identical owners (« Fusionner les cellules »)
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
    if total is not None:  # the « Total » row under the steps, styled as the last row
        _table_look(table, lastRow="1")
        last = len(block.rows) + 1
        _cell_text(table.cell(last, 0), "Total", bold=True, size=cell_size)
        _cell_text(table.cell(last, budget), total, bold=True, size=cell_size)
        table.cell(last, budget).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for c, width in enumerate(widths[:ncols]):
        for r in range(len(table.rows)):  # type: ignore[attr-defined]
            table.cell(r, c).width = Cm(width)
    if style == "dashboard":  # « tableau de bord »: two minimum row heights, all centred
        _alternate_heights(table)
    if style in ("status", "review", "dashboard"):  # the table grid too: Writer's widths
        table.autofit = False  # type: ignore[attr-defined]
        for c, width in enumerate(widths[:ncols]):
            table.columns[c].width = Cm(width)  # type: ignore[attr-defined]
    doc.add_paragraph()  # type: ignore[attr-defined]


_SYNONYMS = {
    "Etape": "Action",
    "Descriptif": "Contenu",
    "Planification": "Échéance",
    "Ressources à mobiliser": "Coût estimé (€ HT)",
    "Porteur": "Pilote",
    "Partenaires envisagés": "Partenaires associés",
}


def _shade_paragraph(par: object, fill: str) -> None:
    """Word paragraph shading (« Trame de fond » of a paragraph): a coloured banner."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    p_pr.append(shd)


def _dense_fields(fields: list[tuple[str, str]], grid_table: Callable) -> None:
    """The six fields as a 4-column table: two label/value pairs side by side on each row."""
    from docx.shared import Cm

    rows = (len(fields) + 1) // 2
    table = grid_table(rows, 4)
    for index, (label, value) in enumerate(fields):
        r, c = divmod(index, 2)
        _cell_text(table.cell(r, 2 * c), label, bold=True, size=7.5)
        _shade(table.cell(r, 2 * c), "F2F2F2")
        _cell_text(table.cell(r, 2 * c + 1), value, size=7.5)
    for r in range(rows):
        for c, width in enumerate((2.6, 6.6, 2.6, 6.6)):
            table.cell(r, c).width = Cm(width)


def _status_symbol(planning: str) -> str:
    """« ✔ » for a step whose planning starts by 2020 (done), « ◯ » otherwise."""
    import re

    match = re.search(r"\d{4}", planning)
    return "✔" if match and int(match.group(0)) <= 2020 else "◯"


def _status_footer(section: object) -> None:
    """Page footer: an italic « Suite page suivante » note (static, on every page, as authors
    type it) and « Page N » (a PAGE field)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    footer = section.footer  # type: ignore[attr-defined]
    note = footer.paragraphs[0]
    note.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    run = note.add_run("Suite page suivante")
    run.italic, run.font.size = True, Pt(8)
    par = footer.add_paragraph()
    par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = par.add_run("Page ")
    run.font.size = Pt(8)
    run = par.add_run()
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _framed_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """The fields inside a frame: a 1-cell table with a 1 pt border on a pale yellow
    background, bold label paragraphs each followed by the value's paragraphs."""
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=1, cols=1)  # type: ignore[attr-defined]
    box = "single:8:000000"
    _table_borders(table, top=box, left=box, bottom=box, right=box)
    cell = table.cell(0, 0)
    _shade(cell, "FFF8DC")
    cell.width = Cm(17.0)
    first = True
    for label, value in fields:
        par = cell.paragraphs[0] if first else cell.add_paragraph()
        first = False
        par.paragraph_format.space_before = Pt(3)
        par.paragraph_format.space_after = Pt(0)
        par.add_run(label).bold = True
        for part in _paragraphs(value):
            sub = cell.add_paragraph()
            sub.paragraph_format.space_after = Pt(0)
            sub.add_run(part)
    doc.add_paragraph()  # type: ignore[attr-defined]


def _nested_impl(doc: object, block: Block) -> None:
    """« Modalités de mise en oeuvre » and the steps inside a frame: a one-cell table (1.5 pt
    dark blue border, pale fill) whose cell holds the heading paragraph, then the steps as a
    table NESTED in the cell (thin grey full grid, header bold on a light fill, marked to
    repeat), then the empty paragraph Word ends a cell with. An empty paragraph stands before
    the frame: Word and Writer join two tables that touch into one."""
    from docx.shared import Cm, Pt, RGBColor

    doc.add_paragraph()  # type: ignore[attr-defined]
    frame = doc.add_table(rows=1, cols=1)  # type: ignore[attr-defined]
    box = "single:12:1F4E79"
    _table_borders(frame, top=box, left=box, bottom=box, right=box)
    cell = frame.cell(0, 0)
    _shade(cell, "F3F7FB")
    cell.width = Cm(17.0)
    title = cell.paragraphs[0]
    title.paragraph_format.space_after = Pt(3)
    run = title.add_run(IMPL_TITLE)
    run.bold, run.font.size = True, Pt(10)
    run.font.color.rgb = RGBColor.from_string("1F4E79")
    widths = (2.4, 4.8, 1.9, 2.3, 2.1, 2.5)
    inner = cell.add_table(rows=len(block.rows) + 1, cols=len(block.header))
    thin = "single:4:8C8C8C"
    _table_borders(inner, top=thin, left=thin, bottom=thin, right=thin, insideH=thin, insideV=thin)
    inner.autofit = False
    for c, value in enumerate(block.header):
        _cell_text(inner.cell(0, c), value, bold=True, size=9)
        _shade(inner.cell(0, c), "D6E3F0")
    _repeat_header(inner.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c, value in enumerate(row):
            _cell_text(inner.cell(r, c), value, size=9)
    for c, width in enumerate(widths):
        inner.columns[c].width = Cm(width)
        for r in range(len(inner.rows)):
            inner.cell(r, c).width = Cm(width)
    doc.add_paragraph()  # type: ignore[attr-defined]


def _descrow_impl(doc: object, block: Block) -> None:
    """The steps on a five-column grid, each step two rows: its five short cells (step name
    bold, on a light grey fill), then one cell merged across the five columns holding the
    description; the header the same two rows (the five labels, then « Descriptif »), both
    marked to repeat. Thin grey full grid."""
    from docx.shared import Cm

    description = block.header.index("Descriptif")
    short = [c for c in range(len(block.header)) if c != description]
    widths = (3.8, 2.3, 2.9, 3.4, 4.6)
    table = doc.add_table(rows=2 * (len(block.rows) + 1), cols=len(short))  # type: ignore[attr-defined]
    thin = "single:4:808080"
    _table_borders(table, top=thin, left=thin, bottom=thin, right=thin, insideH=thin, insideV=thin)
    table.autofit = False

    def merged_row(r: int) -> object:
        return _merged_row(table, r)

    for c, col in enumerate(short):
        _cell_text(table.cell(0, c), block.header[col], bold=True, size=9)
        _shade(table.cell(0, c), "C5E0B3")
    cell = merged_row(1)
    _cell_text(cell, block.header[description], bold=True, size=9)
    for run in cell.paragraphs[0].runs:
        run.italic = True
    _shade(cell, "E2EFD9")
    _repeat_header(table.rows[0])
    _repeat_header(table.rows[1])
    for n, row in enumerate(block.rows, start=1):
        for c, col in enumerate(short):
            _cell_text(table.cell(2 * n, c), row[col], bold=c == 0, size=9)
            _shade(table.cell(2 * n, c), "F2F2F2")
        _cell_text(merged_row(2 * n + 1), row[description], size=9)
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
        for r in range(0, len(table.rows), 2):  # the merged rows: one 17 cm cell
            table.cell(r, c).width = Cm(width)
    for r in range(1, len(table.rows), 2):
        table.cell(r, 0).width = Cm(sum(widths))
    doc.add_paragraph()  # type: ignore[attr-defined]


def _merged_row(table: object, r: int) -> object:
    """Row ``r``'s cells merged into one across the table (« Fusionner les cellules »), left
    with a single empty paragraph."""
    cells = table.rows[r].cells  # type: ignore[attr-defined]
    cell = cells[0].merge(cells[-1])
    while len(cell.paragraphs) > 1:  # the merge keeps one empty paragraph per cell
        p = cell.paragraphs[-1]._p
        p.getparent().remove(p)
    return cell


def _planning_groups(block: Block) -> list[tuple[str, list[list[str]]]]:
    """The steps cut into runs of consecutive steps sharing one planning value, seed order
    kept (a value met again after another one opens a new run)."""
    planning = block.header.index("Planification")
    groups: list[tuple[str, list[list[str]]]] = []
    for row in block.rows:
        value = " ".join(_paragraphs(row[planning]))
        if groups and groups[-1][0] == value:
            groups[-1][1].append(row)
        else:
            groups.append((value, [row]))
    return groups


def _grouped_impl(doc: object, block: Block) -> None:
    """The steps on a five-column grid without a planning column, grouped under full-width
    rows « Planification : <value> » (one per run of steps sharing that value); header bold
    white on dark green, marked to repeat; thin grey full grid (fourteenth held-out set)."""
    from docx.shared import Cm, Pt, RGBColor

    planning = block.header.index("Planification")
    cols = [c for c in range(len(block.header)) if c != planning]
    groups = _planning_groups(block)
    widths = (3.4, 6.6, 2.3, 2.3, 2.4)
    nrows = 1 + sum(1 + len(rows) for _, rows in groups)
    table = doc.add_table(rows=nrows, cols=len(cols))  # type: ignore[attr-defined]
    thin = "single:4:7F7F7F"
    _table_borders(table, top=thin, left=thin, bottom=thin, right=thin, insideH=thin, insideV=thin)
    table.autofit = False
    for c, col in enumerate(cols):
        cell = table.cell(0, c)
        _cell_text(cell, block.header[col], bold=True, size=9)
        _shade(cell, "385623")
        for run in cell.paragraphs[0].runs:
            run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _repeat_header(table.rows[0])
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
        table.cell(0, c).width = Cm(width)
    r = 1
    for value, rows in groups:
        cell = _merged_row(table, r)
        par = cell.paragraphs[0]  # one paragraph: « 2019 - 2020 » is not a list
        par.paragraph_format.space_after = Pt(0)
        run = par.add_run(f"{block.header[planning]} : {value}")
        run.bold, run.font.size = True, Pt(9)
        run.font.color.rgb = RGBColor.from_string("385623")
        _shade(cell, "E2EFDA")
        cell.width = Cm(sum(widths))
        r += 1
        for row in rows:
            for c, col in enumerate(cols):
                _cell_text(table.cell(r, c), row[col], size=9)
                table.cell(r, c).width = Cm(widths[c])
            r += 1
    doc.add_paragraph()  # type: ignore[attr-defined]


def _keyed_table(doc: object, block: Block, cols: list[int], widths: tuple[float, ...]) -> None:
    """One of :func:`_parted_impl`'s tables: the seed columns ``cols`` (the step name first,
    bold), one row per step; thin grey full grid, header bold on a light fill, marked to
    repeat."""
    from docx.shared import Cm

    table = doc.add_table(rows=len(block.rows) + 1, cols=len(cols))  # type: ignore[attr-defined]
    thin = "single:4:808080"
    _table_borders(table, top=thin, left=thin, bottom=thin, right=thin, insideH=thin, insideV=thin)
    table.autofit = False
    for c, col in enumerate(cols):
        _cell_text(table.cell(0, c), block.header[col], bold=True, size=9)
        _shade(table.cell(0, c), "DDE6F2")
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c, col in enumerate(cols):
            _cell_text(table.cell(r, c), row[col], bold=c == 0, size=9)
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
        for r in range(len(table.rows)):
            table.cell(r, c).width = Cm(width)


def _parted_impl(doc: object, block: Block) -> None:
    """The steps split into two tables keyed by the step name (fifteenth held-out set):
    « Etape | Descriptif », then, under a « Calendrier, moyens et acteurs » paragraph, the
    step names again with the four other columns, same order."""
    from docx.shared import Pt, RGBColor

    step = block.header.index("Etape")
    description = block.header.index("Descriptif")
    others = [c for c in range(len(block.header)) if c not in (step, description)]
    _keyed_table(doc, block, [step, description], (4.5, 11.5))
    par = doc.add_paragraph()  # type: ignore[attr-defined]
    par.paragraph_format.space_before = Pt(6)
    run = par.add_run("Calendrier, moyens et acteurs")
    run.bold, run.italic, run.font.size = True, True, Pt(9.5)
    run.font.color.rgb = RGBColor.from_string("1F4E79")
    _keyed_table(doc, block, [step, *others], (3.8, 2.2, 2.8, 3.2, 4.0))
    doc.add_paragraph()  # type: ignore[attr-defined]


_RUNIN_DETAILS = (
    ("Planification", "Ressources à mobiliser"),
    ("Porteur", "Partenaires envisagés"),
)


def _runin_impl(doc: object, block: Block) -> None:
    """No steps table (sixteenth held-out set): each step a run-in paragraph — the step name
    bold, « — », the first description paragraph in the same paragraph, the others under
    it —, then a details table of two rows × four cells (label | value | label | value) for
    the four other columns; thin grey full grid, labels bold on a pale fill."""
    from docx.shared import Cm, Pt, RGBColor

    widths = (3.3, 5.2, 3.3, 5.2)
    thin = "single:4:A6A6A6"
    for row in block.rows:
        cells = dict(zip(block.header, row, strict=True))
        description = _paragraphs(cells["Descriptif"])
        par = doc.add_paragraph()  # type: ignore[attr-defined]
        par.paragraph_format.space_before, par.paragraph_format.space_after = Pt(8), Pt(2)
        run = par.add_run(" ".join(_paragraphs(cells["Etape"])))
        run.bold, run.font.size = True, Pt(9.5)
        if description:
            par.add_run(f" — {description[0]}").font.size = Pt(9.5)
        for part in description[1:]:
            more = doc.add_paragraph()  # type: ignore[attr-defined]
            more.paragraph_format.space_after = Pt(2)
            more.add_run(part).font.size = Pt(9.5)
        table = doc.add_table(rows=len(_RUNIN_DETAILS), cols=4)  # type: ignore[attr-defined]
        _table_borders(
            table, top=thin, left=thin, bottom=thin, right=thin, insideH=thin, insideV=thin
        )
        table.autofit = False
        for r, labels in enumerate(_RUNIN_DETAILS):
            for k, label in enumerate(labels):
                head = table.cell(r, 2 * k)
                _cell_text(head, label, bold=True, size=8)
                for label_run in head.paragraphs[0].runs:
                    label_run.font.color.rgb = RGBColor.from_string("404040")
                _shade(head, "F2F2F2")
                _cell_text(table.cell(r, 2 * k + 1), cells[label], size=8.5)
        for c, width in enumerate(widths):
            table.columns[c].width = Cm(width)
            for r in range(len(table.rows)):
                table.cell(r, c).width = Cm(width)
    doc.add_paragraph()  # type: ignore[attr-defined]


def _grid_borders(table: object, color: str) -> None:
    """A thin 0.5 pt full grid of ``color`` (outer box and inner rules)."""
    thin = f"single:4:{color}"
    _table_borders(table, top=thin, left=thin, bottom=thin, right=thin, insideH=thin, insideV=thin)


def _fixed_widths(table: object, widths: tuple[float, ...]) -> None:
    """Autofit off and each column's width in cm set on the column and on each of its cells,
    as Word writes a table the user sized by hand (Writer reads the cells' widths)."""
    from docx.shared import Cm

    table.autofit = False  # type: ignore[attr-defined]
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)  # type: ignore[attr-defined]
        for cell in table.columns[c].cells:  # type: ignore[attr-defined]
            cell.width = Cm(width)


def _step_rows(doc: object, table: object, block: Block, first: int, widths: tuple) -> None:
    """The seed's steps in ``table`` from row ``first``, 9 pt, the step names bold (short rows
    padded with empty cells); the columns fixed to ``widths`` cm, then an empty 0 pt paragraph
    after the table."""
    from docx.shared import Pt

    for r, row in enumerate(block.rows, start=first):
        for c in range(len(block.header)):
            value = row[c] if c < len(row) else ""
            _cell_text(table.cell(r, c), value, bold=c == 0, size=9)  # type: ignore[attr-defined]
    _fixed_widths(table, widths)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]


def _filled_steps(table: object, block: Block, head_fill: str) -> None:
    """The steps table's text, 9 pt: the seed's labels bold on ``head_fill`` in the first row,
    repeated on each page, then the seed's rows (short rows padded with empty cells)."""
    for c, label in enumerate(block.header):
        _cell_text(table.cell(0, c), label, bold=True, size=9)  # type: ignore[attr-defined]
        _shade(table.cell(0, c), head_fill)  # type: ignore[attr-defined]
    _repeat_header(table.rows[0])  # type: ignore[attr-defined]
    for r, row in enumerate(block.rows, start=1):
        for c in range(len(block.header)):
            _cell_text(table.cell(r, c), row[c] if c < len(row) else "", size=9)  # type: ignore[attr-defined]


def _yearspan_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """The fields as a two-column grid of cells, each its label (bold, dark blue) over the
    value paragraphs, in seed order row by row (seventeenth held-out set)."""
    from docx.shared import Cm, Pt, RGBColor

    table = doc.add_table(rows=(len(fields) + 1) // 2, cols=2)  # type: ignore[attr-defined]
    _grid_borders(table, "A6A6A6")
    table.autofit = False
    for index, (label, value) in enumerate(fields):
        cell = table.cell(*divmod(index, 2))
        par = cell.paragraphs[0]
        par.paragraph_format.space_after = Pt(2)
        run = par.add_run(label)
        run.bold, run.font.size = True, Pt(8.5)
        run.font.color.rgb = RGBColor.from_string("1F4E79")
        for part in _paragraphs(value):
            sub = cell.add_paragraph()
            sub.paragraph_format.space_after = Pt(0)
            sub.add_run(part).font.size = Pt(9)
    for c in range(2):
        table.columns[c].width = Cm(8.5)
        for r in range(len(table.rows)):
            table.cell(r, c).width = Cm(8.5)


def _yearspan_impl(doc: object, block: Block) -> None:
    """The steps on seven columns, the planning first — its cells merged vertically over each
    run of steps sharing one value — then a « N° » column numbering the steps, then the other
    seed columns (seventeenth held-out set); header marked to repeat, thin grey full grid."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm

    planning = block.header.index("Planification")
    others = [c for c in range(len(block.header)) if c != planning]
    header = [block.header[planning], "N°", *(block.header[c] for c in others)]
    widths = (2.4, 0.9, 2.6, 4.5, 2.3, 2.0, 2.3)
    table = doc.add_table(rows=len(block.rows) + 1, cols=len(header))  # type: ignore[attr-defined]
    _grid_borders(table, "808080")
    table.autofit = False
    for c, label in enumerate(header):
        _cell_text(table.cell(0, c), label, bold=True, size=9)
        _shade(table.cell(0, c), "D9E2F3")
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        _cell_text(table.cell(r, 1), str(r), size=9)
        table.cell(r, 1).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for k, c in enumerate(others, start=2):
            _cell_text(table.cell(r, k), row[c], size=9)
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
        for r in range(len(table.rows)):
            table.cell(r, c).width = Cm(width)
    top = 1
    for _value, rows in _planning_groups(block):
        for r in range(top, top + len(rows)):
            _shade(table.cell(r, 0), "FFF2CC")
        cell = table.cell(top, 0)
        if len(rows) > 1:  # « Fusionner les cellules »: one cell over the run
            cell = cell.merge(table.cell(top + len(rows) - 1, 0))
            while len(cell.paragraphs) > 1:
                p = cell.paragraphs[-1]._p
                p.getparent().remove(p)
        _cell_text(cell, rows[0][planning], bold=True, size=9)
        top += len(rows)
    doc.add_paragraph()  # type: ignore[attr-defined]


def _hanging_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """The fields as hanging-indent paragraphs (eighteenth held-out set): the bold label at
    the margin, a tab to 5 cm, the value's first paragraph; its further paragraphs indented
    5 cm. A label wider than the indent runs past it (the producer picks the next tab)."""
    from docx.enum.text import WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor

    for label, value in fields:
        parts = _paragraphs(value) or [""]
        pars = []
        for index, part in enumerate(parts):
            par = doc.add_paragraph()  # type: ignore[attr-defined]
            fmt = par.paragraph_format
            fmt.left_indent, fmt.space_after = Cm(5), Pt(0)
            if index == 0:
                fmt.first_line_indent = Cm(-5)
                fmt.tab_stops.add_tab_stop(Cm(5), WD_TAB_ALIGNMENT.LEFT)
                run = par.add_run(label)
                run.bold, run.font.size = True, Pt(9.5)
                run.font.color.rgb = RGBColor.from_string("404040")
                par.add_run("\t").font.size = Pt(9.5)
            if part:
                par.add_run(part).font.size = Pt(9.5)
            pars.append(par)
        pars[-1].paragraph_format.space_after = Pt(4)


def _rotated_impl(doc: object, block: Block) -> None:
    """The steps in seed order under a tall header row whose four narrow columns' labels are
    turned a quarter turn, written bottom to top (« Orientation du texte », ``btLr``);
    « Etape » and « Descriptif » stay horizontal at the bottom of their cells (eighteenth
    held-out set). Header repeated, thin grey full grid, body top-aligned."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm

    widths = (3.2, 6.4, 1.5, 2.0, 1.9, 2.0)
    table = doc.add_table(rows=len(block.rows) + 1, cols=len(block.header))  # type: ignore[attr-defined]
    _grid_borders(table, "7F7F7F")
    table.autofit = False
    head = table.rows[0]
    head.height, head.height_rule = Cm(3.4), WD_ROW_HEIGHT_RULE.AT_LEAST
    for c, label in enumerate(block.header):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=8.5)
        _shade(cell, "E7E6E6")
        if label in ("Etape", "Descriptif"):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.BOTTOM
            continue
        tc_pr = cell._tc.get_or_add_tcPr()
        direction = OxmlElement("w:textDirection")
        direction.set(qn("w:val"), "btLr")
        tc_pr.append(direction)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    _repeat_header(head)
    for r, row in enumerate(block.rows, start=1):
        for c, value in enumerate(row):
            _cell_text(table.cell(r, c), value, size=8.5)
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
        for r in range(len(table.rows)):
            table.cell(r, c).width = Cm(width)
    doc.add_paragraph()  # type: ignore[attr-defined]


_STEPYEAR_RED = "843C0C"


def _bottom_rule(par: object, size: int, color: str) -> None:
    """A paragraph bottom border (« Bordure inférieure »), ``size`` in eighths of a point."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "1")
    bottom.set(qn("w:color"), color)
    borders.append(bottom)
    p_pr.append(borders)


def _field_run(par: object, instr: str, size: float) -> None:
    """A Word field (``PAGE``, ``NUMPAGES``) as one run of begin / instruction / end marks,
    computed by the producer."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt, RGBColor

    for kind, text in (("begin", None), (None, f" {instr} "), ("separate", None), ("end", None)):
        run = par.add_run()  # type: ignore[attr-defined]
        run.font.size, run.font.color.rgb = Pt(size), RGBColor.from_string("595959")
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _running_header_footer(section: object) -> None:
    """Running header: the authority at the left, the document at the right (a right tab
    stop at the text's edge), a thin rule under them; running footer « Page n / N » from
    PAGE and NUMPAGES fields (twentieth held-out set)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
    from docx.shared import Cm, Pt, RGBColor, Twips

    grey = RGBColor.from_string("595959")
    header = section.header.paragraphs[0]  # type: ignore[attr-defined]
    for run in list(header.runs):
        run._r.getparent().remove(run._r)
    tabs = header.paragraph_format.tab_stops
    for position in (Twips(4680), Twips(9360)):  # the « Header » style's centre / right tabs
        tabs.add_tab_stop(position, WD_TAB_ALIGNMENT.CLEAR)
    tabs.add_tab_stop(Cm(16.5), WD_TAB_ALIGNMENT.RIGHT)
    for text in ("Grand Auch Cœur de Gascogne", "\t", "PCAET — Programme d'actions"):
        run = header.add_run(text)
        run.font.size, run.font.color.rgb = Pt(8), grey
    _bottom_rule(header, 4, "808080")
    footer = section.footer.paragraphs[0]  # type: ignore[attr-defined]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in ("Page ", "PAGE", " / ", "NUMPAGES"):
        if part.isupper():
            _field_run(footer, part, 8)
        else:
            run = footer.add_run(part)
            run.font.size, run.font.color.rgb = Pt(8), grey


def _ruled_label_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """Each field a label in small capitals over a thin rule, then its value paragraphs
    (twentieth held-out set); an empty value leaves its label over the next one."""
    from docx.shared import Pt, RGBColor

    for label, value in fields:
        par = doc.add_paragraph()  # type: ignore[attr-defined]
        par.paragraph_format.space_before, par.paragraph_format.space_after = Pt(6), Pt(1)
        run = par.add_run(label)
        run.bold, run.font.small_caps, run.font.size = True, True, Pt(9.5)
        run.font.color.rgb = RGBColor.from_string(_STEPYEAR_RED)
        _bottom_rule(par, 4, _STEPYEAR_RED)
        for part in _paragraphs(value):
            doc.add_paragraph(part).paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]


def _stepyear_impl(doc: object, block: Block) -> None:
    """Five columns, the planning value (italic) stacked over the step name (bold) in the
    first cell; horizontal rules only, header repeated, rows never split across pages
    (twentieth held-out set)."""
    from docx.oxml import OxmlElement
    from docx.shared import Cm, Pt, RGBColor

    cols = {label: c for c, label in enumerate(block.header)}
    order = ["Descriptif", "Ressources à mobiliser", "Porteur", "Partenaires envisagés"]
    widths = (3.6, 6.3, 2.2, 2.0, 2.4)
    table = doc.add_table(rows=len(block.rows) + 1, cols=5)  # type: ignore[attr-defined]
    red = _STEPYEAR_RED
    _table_borders(
        table, top=f"single:12:{red}", bottom=f"single:12:{red}", insideH="single:2:BFBFBF"
    )
    table.autofit = False

    def stacked(cell: object, planning: str, step: str) -> None:
        top = cell.paragraphs[0]  # type: ignore[attr-defined]
        top.paragraph_format.space_after = Pt(0)
        run = top.add_run(planning)
        run.italic, run.font.size = True, Pt(8)
        run.font.color.rgb = RGBColor.from_string(red)
        name = cell.add_paragraph()  # type: ignore[attr-defined]
        name.paragraph_format.space_after = Pt(0)
        run = name.add_run(step)
        run.bold, run.font.size = True, Pt(9)

    stacked(table.cell(0, 0), "Planification", "Etape")
    for c, label in enumerate(order, start=1):
        _cell_text(table.cell(0, c), label, bold=True, size=9)
    for c in range(5):
        _set_cell_borders(
            table.cell(0, c),
            top="single",
            top_sz="12",
            top_color=red,
            bottom="single",
            bottom_sz="6",
            bottom_color=red,
        )
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        step = " ".join(_paragraphs(row[cols["Etape"]]))
        stacked(table.cell(r, 0), " ".join(_paragraphs(row[cols["Planification"]])), step)
        for c, label in enumerate(order, start=1):
            _cell_text(table.cell(r, c), row[cols[label]], size=9)
    for tr in table.rows:
        tr._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
        for r in range(len(table.rows)):
            table.cell(r, c).width = Cm(width)
    doc.add_paragraph()  # type: ignore[attr-defined]


_DARK = "1F3864"
_DARKCOL_RULE = "single:4:8EAADB"


def _white_run(cell: object, value: str, size: float) -> None:
    """A cell's text bold white (on a dark fill), one paragraph per seed paragraph."""
    from docx.shared import RGBColor

    _cell_text(cell, value, bold=True, size=size)
    for par in cell.paragraphs:  # type: ignore[attr-defined]
        for run in par.runs:
            run.font.color.rgb = RGBColor.from_string("FFFFFF")


def _darkcol_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """The fields as a 2-column table whose label column is dark (bold white labels on
    #1F3864), thin light blue horizontal rules only (twenty-first held-out set)."""
    from docx.shared import Cm

    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    rule = _DARKCOL_RULE
    _table_borders(table, top=rule, bottom=rule, insideH=rule)
    table.autofit = False
    for r, (label, value) in enumerate(fields):
        _white_run(table.cell(r, 0), label, 9)
        _shade(table.cell(r, 0), _DARK)
        _cell_text(table.cell(r, 1), value, size=9)
    for c, width in enumerate((4.0, 13.0)):
        table.columns[c].width = Cm(width)
        for r in range(len(fields)):
            table.cell(r, c).width = Cm(width)


_DARKCOL_ORDER = (
    "Etape",
    "Porteur",
    "Partenaires envisagés",
    "Planification",
    "Ressources à mobiliser",
    "Descriptif",
)
_DARKCOL_EXTRA = "Indicateur de suivi"


def _darkcol_impl(doc: object, block: Block) -> None:
    """The steps on seven columns in another order, the last an extra « Indicateur de
    suivi » column left empty; header bold white on #2F5496, the step names bold white on a
    dark first column, the other cells banded, thin horizontal rules only, header repeated
    (twenty-first held-out set)."""
    from docx.shared import Cm, RGBColor

    cols = {label: c for c, label in enumerate(block.header)}
    header = [*_DARKCOL_ORDER, _DARKCOL_EXTRA]
    widths = (3.0, 2.0, 2.4, 1.6, 1.9, 4.6, 1.5)
    table = doc.add_table(rows=len(block.rows) + 1, cols=len(header))  # type: ignore[attr-defined]
    rule = _DARKCOL_RULE
    _table_borders(table, top=rule, bottom=rule, insideH=rule)
    table.autofit = False
    for c, label in enumerate(header):
        _white_run(table.cell(0, c), label, 8.5)
        _shade(table.cell(0, c), "2F5496")
    _repeat_header(table.rows[0])
    dark = RGBColor.from_string("262626")
    for r, row in enumerate(block.rows, start=1):
        for c, label in enumerate(header):
            cell = table.cell(r, c)
            if c == 0:
                _white_run(cell, row[cols[label]], 8.5)
                _shade(cell, _DARK)
                continue
            if label in cols:
                _cell_text(cell, row[cols[label]], size=8)
                for par in cell.paragraphs:
                    for run in par.runs:
                        run.font.color.rgb = dark
            if r % 2 == 1:
                _shade(cell, "DEEAF6")
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
        for r in range(len(table.rows)):
            table.cell(r, c).width = Cm(width)
    doc.add_paragraph()  # type: ignore[attr-defined]


_REVIEWED = ("Ressources à mobiliser", "Partenaires envisagés")


def _track_review(doc: object) -> None:
    """The reviewer's additions as Word tracked INSERTIONS (``w:ins``): every body cell of the
    « Ressources à mobiliser » and « Partenaires envisagés » step columns and every
    « Indicateurs » value; the document's « Suivi des modifications » on (twenty-fourth
    held-out set)."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    cells = []
    for table in doc.tables:  # type: ignore[attr-defined]
        labels = [cell.text for cell in table.rows[0].cells]
        if all(label in labels for label in _REVIEWED):
            columns = [labels.index(label) for label in _REVIEWED]
            cells += [row.cells[c] for row in table.rows[1:] for c in columns]
        elif len(labels) == 2:
            cells += [row.cells[1] for row in table.rows if row.cells[0].text == "Indicateurs"]
    ids = 0
    for cell in cells:
        for par in cell.paragraphs:
            for run in par.runs:
                ids += 1
                ins = OxmlElement("w:ins")
                ins.set(qn("w:id"), str(1000 + ids))
                ins.set(qn("w:author"), "Service Transition écologique")
                ins.set(qn("w:date"), "2019-11-05T10:00:00Z")
                run._r.addprevious(ins)
                ins.append(run._r)
    doc.settings.element.append(OxmlElement("w:trackRevisions"))  # type: ignore[attr-defined]


def _alternate_heights(table: object) -> None:
    """Body rows of two minimum heights in turn (1.6 cm, 0.8 cm: « Hauteur de ligne : au
    moins »), header cells vertically centred like the body's (twenty-fifth held-out set)."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_ROW_HEIGHT_RULE
    from docx.shared import Cm

    rows = table.rows  # type: ignore[attr-defined]
    for cell in rows[0].cells:
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
    for r, row in enumerate(rows[1:], start=1):
        row.height = Cm(1.6 if r % 2 else 0.8)
        row.height_rule = WD_ROW_HEIGHT_RULE.AT_LEAST


def _band_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """Each label a bold white paragraph on a dark paragraph shading (a band over the text
    width), its value's paragraphs plain under it (twenty-sixth held-out set)."""
    from docx.shared import Pt, RGBColor

    for label, value in fields:
        par = doc.add_paragraph()  # type: ignore[attr-defined]
        par.paragraph_format.space_before, par.paragraph_format.space_after = Pt(6), Pt(2)
        run = par.add_run(label)
        run.bold, run.font.size = True, Pt(9.5)
        run.font.color.rgb = RGBColor.from_string("FFFFFF")
        _shade_paragraph(par, "44546A")
        for part in _paragraphs(value):
            doc.add_paragraph(part)  # type: ignore[attr-defined]


_LEADER_DETAILS = ((3, "Ressources à mobiliser"), (4, "Porteur"), (5, "Partenaires envisagés"))


def _leaders_impl(doc: object, block: Block) -> None:
    """The steps set on tab stops with leader dots, as a table of contents is set: a
    column-head line « Etape … Planification » over a rule, each step name then dots up to
    its planning value at the right edge, the description indented, then three detail lines
    « label …… value » on a left tab stop at 6 cm (twenty-sixth held-out set)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
    from docx.shared import Cm, Pt, RGBColor

    grey, label_grey = RGBColor.from_string("7F7F7F"), RGBColor.from_string("595959")
    head = doc.add_paragraph()  # type: ignore[attr-defined]
    head.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    head.paragraph_format.space_after = Pt(2)
    for n, text in enumerate(("Etape", "\t", "Planification")):
        run = head.add_run(text)
        run.italic, run.font.size, run.font.color.rgb = n != 1, Pt(8), grey
    _bottom_rule(head, 4, "A6A6A6")
    for row in block.rows:
        par = doc.add_paragraph()  # type: ignore[attr-defined]
        fmt = par.paragraph_format
        fmt.space_before, fmt.space_after, fmt.keep_with_next = Pt(8), Pt(0), True
        fmt.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        name = par.add_run(row[0])
        name.bold, name.font.size = True, Pt(10)
        par.add_run("\t" + row[2]).font.size = Pt(10)
        for part in _paragraphs(row[1]):
            desc = doc.add_paragraph()  # type: ignore[attr-defined]
            desc.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            desc.paragraph_format.left_indent = Cm(1)
            desc.paragraph_format.space_after = Pt(0)
            desc.add_run(part).font.size = Pt(9)
        for n, (column, label) in enumerate(_LEADER_DETAILS):
            line = doc.add_paragraph()  # type: ignore[attr-defined]
            fmt = line.paragraph_format
            fmt.left_indent, fmt.first_line_indent = Cm(6), Cm(-5)
            fmt.space_after = Pt(4 if n == len(_LEADER_DETAILS) - 1 else 0)
            fmt.tab_stops.add_tab_stop(Cm(6), WD_TAB_ALIGNMENT.LEFT, WD_TAB_LEADER.DOTS)
            lab = line.add_run(label)
            lab.italic, lab.font.size, lab.font.color.rgb = True, Pt(9), label_grey
            line.add_run("\t" + " ".join(_paragraphs(row[column]))).font.size = Pt(9)


_FORM_GRID = "595959"
_FORM_FILL = "E7E6E6"


def _form_par(cell: object, first: bool, parts: list[tuple[str, bool]]) -> object:
    """A 9 pt paragraph of ``cell`` (its first one when ``first``) made of (text, bold) runs,
    no space after it."""
    from docx.shared import Pt

    par = cell.paragraphs[0] if first else cell.add_paragraph()  # type: ignore[attr-defined]
    par.paragraph_format.space_after = Pt(0)
    for text, bold in parts:
        if text:
            run = par.add_run(text)
            run.bold, run.font.size = bold, Pt(9)
    return par


def _formcell_fields(doc: object, fields: list[tuple[str, str]]) -> object:
    """The fiche's form table (twenty-seventh held-out set): 17 cm, 4.2 / 12.8 cm, a thin
    0.5 pt #595959 full grid, its first six rows the fields (grey bold label | value)."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Cm

    table = doc.add_table(rows=0, cols=2)  # type: ignore[attr-defined]
    table.autofit = False
    _grid_borders(table, _FORM_GRID)
    table.columns[0].width, table.columns[1].width = Cm(4.2), Cm(12.8)
    for label, value in fields:
        left, right = table.add_row().cells
        left.width, right.width = Cm(4.2), Cm(12.8)
        for cell in (left, right):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        _form_par(left, True, [(label, True)])
        _shade(left, _FORM_FILL)
        for n, part in enumerate(_paragraphs(value) or [""]):
            _form_par(right, n == 0, [(part, False)])
    return table


def _formcell_bold(table: object, lines: list[str]) -> None:
    """The seed's bold lines after the fields: one row, its two cells merged."""
    from docx.shared import Cm

    row = table.add_row()  # type: ignore[attr-defined]
    row.cells[0].width, row.cells[1].width = Cm(4.2), Cm(12.8)
    cell = _merged_row(table, len(table.rows) - 1)  # type: ignore[attr-defined]
    for n, line in enumerate(lines):
        _form_par(cell, n == 0, [(line, True)])


_FORM_STEP_LABELS = (
    "Etape",
    "Descriptif",
    "Planification",
    "Ressources à mobiliser",
    "Porteur",
    "Partenaires envisagés",
)


def _formcell_impl(table: object, block: Block) -> None:
    """One row per step: the left cells merged vertically into one « Modalités de mise en
    oeuvre » cell, each right cell the step's six fields as « Label : value » lines."""
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.shared import Cm, Pt

    first_row = len(table.rows)  # type: ignore[attr-defined]
    for step in block.rows:
        left, right = table.add_row().cells  # type: ignore[attr-defined]
        left.width, right.width = Cm(4.2), Cm(12.8)
        for cell in (left, right):
            cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP
        par = None
        for column, label in enumerate(_FORM_STEP_LABELS):
            parts = _paragraphs(step[column]) or [""]
            par = _form_par(right, column == 0, [(f"{label} : ", True), (parts[0], column == 0)])
            for part in parts[1:]:
                par = _form_par(right, False, [(part, False)])
        par.paragraph_format.space_after = Pt(4)  # type: ignore[union-attr]
    top = table.cell(first_row, 0)  # type: ignore[attr-defined]
    merged = top.merge(table.cell(len(table.rows) - 1, 0))  # type: ignore[attr-defined]
    while len(merged.paragraphs) > 1:  # the merge keeps one empty paragraph per cell
        p = merged.paragraphs[-1]._p
        p.getparent().remove(p)
    _form_par(merged, True, [(IMPL_TITLE, True)])
    _shade(merged, _FORM_FILL)


_GANTT_YEARS = (2019, 2020, 2021, 2022, 2023)
_GANTT_WIDTHS = (3.6, 8.2, 2.1, 2.4, 2.4, 3.0)  # the six seed columns, cm; then 1.0 cm a year


def gantt_years(planning: str) -> set[int]:
    """The years a planning value covers on the Gantt: « 2020 » that year, « 2019 - 2020 » or
    « 2020-2021 » both ends and any year between, « 2021 et + » from it to the last column."""
    import re

    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", planning)]
    if not years:
        return set()
    last = _GANTT_YEARS[-1] if "et +" in planning else max(years)
    return set(range(min(years), last + 1))


def _gantt_fields(doc: object, fields: list[tuple[str, str]]) -> None:
    """The fields as a 2-column grid table on a landscape page (twenty-eighth held-out set):
    bold labels on a pale blue fill beside their values."""
    from docx.shared import Cm

    table = doc.add_table(rows=len(fields), cols=2)  # type: ignore[attr-defined]
    _grid_borders(table, "A6A6A6")
    table.autofit = False
    for r, (label, value) in enumerate(fields):
        _cell_text(table.cell(r, 0), label, bold=True, size=9)
        _shade(table.cell(r, 0), "DEEAF6")
        _cell_text(table.cell(r, 1), value, size=9)
    for c, width in enumerate((5.0, 21.7)):
        table.columns[c].width = Cm(width)
        for r in range(len(fields)):
            table.cell(r, c).width = Cm(width)


def _gantt_impl(doc: object, block: Block) -> None:
    """The steps on the six seed columns then a Gantt of five year columns whose cells hold
    no text, filled for each year the step's planning covers (twenty-eighth held-out set);
    white-on-navy header marked to repeat, thin grey full grid."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, RGBColor

    planning = block.header.index("Planification")
    header = [*block.header, *(str(y) for y in _GANTT_YEARS)]
    widths = [*_GANTT_WIDTHS, *(1.0 for _ in _GANTT_YEARS)]
    table = doc.add_table(rows=len(block.rows) + 1, cols=len(header))  # type: ignore[attr-defined]
    _grid_borders(table, "A6A6A6")
    table.autofit = False
    for c, label in enumerate(header):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=8.5)
        _shade(cell, "1F4E79")
        for par in cell.paragraphs:
            if c >= len(block.header):
                par.alignment = WD_ALIGN_PARAGRAPH.CENTER
            for run in par.runs:
                run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    _repeat_header(table.rows[0])
    for r, row in enumerate(block.rows, start=1):
        for c, value in enumerate(row):
            _cell_text(table.cell(r, c), value, size=8.5)
        covered = gantt_years(" ".join(_paragraphs(row[planning])))
        for k, year in enumerate(_GANTT_YEARS):
            if year in covered:
                _shade(table.cell(r, len(block.header) + k), "5B9BD5")
    for c, width in enumerate(widths):
        table.columns[c].width = Cm(width)
        for r in range(len(table.rows)):
            table.cell(r, c).width = Cm(width)
    doc.add_paragraph()  # type: ignore[attr-defined]
