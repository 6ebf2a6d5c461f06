"""Seed 001 kept as a spreadsheet workbook (twenty-seventh held-out set, ``plan_ods_sheets``):
a flat OpenDocument spreadsheet (.fods) whose XML is written directly, printed to PDF by
LibreOffice Calc, so the corpus holds a plan as Calc paginates and draws it.

One sheet per objective (axis, objective, « Enjeux stratégiques », sommaire) and one per fiche,
each printed from a new page, all on the same six columns; Calc's printed grid is the only
line; heading lines are unmerged column-A cells overflowing to the right as a spreadsheet
user types them; values made of digits only are number cells (right-aligned by Calc).
``plan_ods_headers`` (thirty-first held-out set): the same rows on one sheet, portrait, printed
with Calc's row and column headers. ``plan_ods_tiled`` (thirty-fourth held-out set): the same
rows on one sheet, merged cells kept within columns A–C, printed portrait at 100 %: Calc prints
the pages of columns A–C, then those of D–F with column A repeated. ``plan_ods_shrink``
(forty-fourth held-out set): the ``sheets`` workbook, but every steps body cell « Réduire pour
ajuster à la taille de la cellule » (wrap off) and every step row at a fixed 0.9 cm height.
``plan_ods_pagehead`` (fifty-seventh held-out set): the ``sheets`` workbook, each fiche's heading
in its sheet's page header (:mod:`tests.generators.ods_pagehead`).
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from tests.generators.plan_odt import _NS as _ODT_NS
from tests.generators.seed001 import IMPL_TITLE, Block, _paragraphs, load_seed

# the .odt generator's namespaces, with the flat spreadsheet's mime type
_NS = _ODT_NS + ' office:mimetype="application/vnd.oasis.opendocument.spreadsheet"'
WIDTHS = (4.2, 8.4, 2.4, 2.9, 3.2, 4.0)  # cm, columns A…F

# cell styles: (name, bold, size pt, colour, fill, wrapped)
_CELLS = (
    ("cAxis1", True, 14, "#385623", None, False),
    ("cAxisB", True, 11, "#385623", None, False),
    ("cAxis", False, 11, "#385623", None, False),
    ("cObj", True, 11, "#2E74B5", None, False),
    ("cSec", True, 10, "#2E74B5", None, False),
    ("cFiche", True, 12, "#1F4E79", None, False),
    ("cImpl", True, 10.5, "#1F4E79", None, False),
    ("cBold", True, 9, "#000000", None, False),
    ("cText", False, 9, "#000000", None, False),
    ("cPara", False, 9, "#000000", None, True),
    ("cLabel", True, 9, "#000000", "#DDEBF7", True),
    ("cHead", True, 9, "#000000", "#D9E1F2", True),
    ("cBody", False, 9, "#000000", None, True),
    ("cBodyB", True, 9, "#000000", None, True),
)
# ``shrink``: the steps body cells « Réduire pour ajuster à la taille de la cellule », wrap off,
# in rows of the template's fixed 0.9 cm height
_SHRINK = (
    '<style:style style:name="ro2" style:family="table-row"><style:table-row-properties '
    'style:row-height="0.9cm" style:use-optimal-row-height="false"/></style:style>'
    + "".join(
        f'<style:style style:name="{name}" style:family="table-cell" '
        'style:parent-style-name="Default"><style:table-cell-properties '
        'style:vertical-align="top" style:shrink-to-fit="true"/>'
        f'<style:text-properties fo:font-size="9pt" fo:color="#000000"{weight}/></style:style>'
        for name, weight in (("cShrink", ""), ("cShrinkB", ' fo:font-weight="bold"'))
    )
)


def _styles(style: str = "sheets") -> str:
    tiled = style == "tiled"
    cols = "".join(
        f'<style:style style:name="co{i}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
        for i, w in enumerate(WIDTHS)
    )
    cells = []
    for name, bold, size, colour, fill, wrapped in _CELLS:
        props = ' style:vertical-align="top"'
        if wrapped or tiled:  # a tiled sheet's headings wrap inside their merged cells
            props += ' fo:wrap-option="wrap"'
        if fill:
            props += f' fo:background-color="{fill}"'
        weight = ' fo:font-weight="bold"' if bold else ""
        cells.append(
            f'<style:style style:name="{name}" style:family="table-cell" '
            f'style:parent-style-name="Default"><style:table-cell-properties{props}/>'
            f'<style:text-properties fo:font-size="{size}pt" fo:color="{colour}"{weight}/>'
            "</style:style>"
        )
    side, scale = ("2cm", 'style:scale-to="100%"') if tiled else ("1.5cm", _FIT_WIDTH)
    return (
        '<style:page-layout style:name="pm1"><style:page-layout-properties '
        + (_LANDSCAPE if style in ("sheets", "shrink") else _PORTRAIT)
        + f'fo:margin-left="{side}" fo:margin-right="{side}" fo:margin-top="1.2cm" '
        f'fo:margin-bottom="1.2cm" style:print="{_PRINT[style]}" '
        f'style:print-page-order="ttb" {scale}/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0.6cm" '
        'fo:margin-bottom="0.25cm"/></style:header-style>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0.6cm" '
        'fo:margin-top="0.25cm"/></style:footer-style></style:page-layout>'
        '<style:style style:name="ta1" style:family="table" style:master-page-name="Feuille">'
        '<style:table-properties table:display="true"/></style:style>'
        '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties '
        'style:use-optimal-row-height="true"/></style:style>'
        '<style:style style:name="THF" style:family="text"><style:text-properties '
        'fo:font-size="8pt" fo:color="#595959"/></style:style>'
        + cols
        + "".join(cells)
        + (_SHRINK if style == "shrink" else "")
    )


# « Ajuster à la largeur : 1 page » (``plan_ods_tiled`` is printed at 100 % instead)
_FIT_WIDTH = 'style:scale-to-X="1" style:scale-to-Y="0"'
_LANDSCAPE = 'fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" '
_PORTRAIT = 'fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait" '
# Calc's « Imprimer » boxes of the sheet's page style: ``headers`` adds the row numbers and
# column letters (« En-têtes de lignes et de colonnes », thirty-first held-out set)
_PRINT = {
    "sheets": "grid objects charts drawings zero-values",
    "headers": "headers grid objects charts drawings zero-values",
    "tiled": "grid objects charts drawings zero-values",
    "shrink": "grid objects charts drawings zero-values",
}
# the columns a merged cell may span on a ``tiled`` sheet (A–C: the first run of pages)
_TILED_SPAN = 3

# the font declarations and default cell style (Liberation Sans 9 pt) of every workbook
_FONTS = (
    "<office:font-face-decls>"
    '<style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'" '
    'style:font-family-generic="swiss"/></office:font-face-decls>'
    "<office:styles>"
    '<style:default-style style:family="table-cell"><style:text-properties '
    'style:font-name="Liberation Sans" fo:font-size="9pt"/></style:default-style>'
    '<style:style style:name="Default" style:family="table-cell"><style:text-properties '
    'style:font-name="Liberation Sans" fo:font-size="9pt"/></style:style>'
    "</office:styles>"
)
_COLUMNS = "".join(f'<table:table-column table:style-name="co{i}"/>' for i in range(6))
_MASTER = (
    '<office:master-styles><style:master-page style:name="Feuille" style:page-layout-name="pm1">'
    '<style:header><style:region-center><text:p><text:span text:style-name="THF">'
    "<text:sheet-name>???</text:sheet-name></text:span></text:p></style:region-center>"
    "</style:header><style:footer><style:region-center><text:p>"
    '<text:span text:style-name="THF">Page <text:page-number>1</text:page-number> / '
    "<text:page-count>1</text:page-count></text:span></text:p></style:region-center>"
    "</style:footer></style:master-page></office:master-styles>"
)


def _text(style: str, value: str, span: int = 1) -> str:
    """A text cell (its paragraphs as paragraphs of the cell), ``span`` columns merged."""
    paras = "".join(f"<text:p>{escape(p)}</text:p>" for p in value.split("\n") if p)
    merged = f' table:number-columns-spanned="{span}" table:number-rows-spanned="1"'
    attrs = merged if span > 1 else ""
    cell = f'<table:table-cell table:style-name="{style}"{attrs}'
    cell += f' office:value-type="string">{paras}</table:table-cell>' if paras else "/>"
    return cell + "<table:covered-table-cell/>" * (span - 1)


def _value(style: str, value: str) -> str:
    """A step cell: digits only → a number cell (Calc prints it right-aligned)."""
    if value.isdigit():
        return (
            f'<table:table-cell table:style-name="{style}" office:value-type="float" '
            f'office:value="{int(value)}"><text:p>{value}</text:p></table:table-cell>'
        )
    return _text(style, value)


def _row(*cells: str, height: str = "ro1") -> str:
    """A row at Calc's optimal height (``height`` ``ro2``: the fixed 0.9 cm); no cell: an
    empty row."""
    body = "".join(cells) or "<table:table-cell/>"
    return f'<table:table-row table:style-name="{height}">{body}</table:table-row>'


def _fields(block: Block, span: int = 5) -> list[str]:
    return [
        _row(_text("cLabel", label), _text("cBody", "\n".join(_paragraphs(value)), span=span))
        for label, value in block.fields
    ]


def _steps(block: Block, shrink: bool = False) -> list[str]:
    """The steps rows; ``shrink``: body cells shrunk to fit, rows of a fixed height."""
    bold, body, height = ("cShrinkB", "cShrink", "ro2") if shrink else ("cBodyB", "cBody", "ro1")
    rows = [_row(*(_text("cHead", label) for label in block.header))]
    for step in block.rows:
        cells = [_text(bold, step[0]), _text(body, "\n".join(_paragraphs(step[1])))]
        cells += [_value(body, value) for value in step[2:]]
        rows.append(_row(*cells, height=height))
    return rows


def _sheets(tiled: bool = False, shrink: bool = False) -> list[tuple[str, list[str]]]:
    """(sheet name, rows) in seed order: a sheet per objective, a sheet per fiche;
    ``tiled``: every heading line merged over A–C, paragraphs over A–C, values over B–C."""
    head = _TILED_SPAN if tiled else 1  # a heading line's cell
    para, value = (_TILED_SPAN, _TILED_SPAN - 1) if tiled else (6, 5)
    sheets: list[tuple[str, list[str]]] = []
    pending_axis: list[str] = []
    previous = ""
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            pending_axis = [
                _row(_text(("cAxis1", "cAxisB")[n] if n < 2 else "cAxis", line, head))
                for n, line in enumerate(block.lines)
            ]
        elif kind == "objective":
            code = block.lines[0].split(" ")[0]
            rows = pending_axis + [_row(_text("cObj", line, head)) for line in block.lines]
            sheets.append((f"Objectif {code}", [*rows, _row()]))
            pending_axis = []
        elif kind == "fiche":
            rows = [_row(_text("cFiche", line, head)) for line in block.lines]
            sheets.append((f"Fiche {block.code}", [*rows, _row()]))
        elif kind == "section" and block.lines[0] == IMPL_TITLE:
            if previous == "fields":
                sheets[-1][1].append(_row())
            sheets[-1][1].append(_row(_text("cImpl", block.lines[0], head)))
        elif kind == "section":
            sheets[-1][1].append(_row(_text("cSec", block.lines[0], head)))
        elif kind == "para":
            sheets[-1][1].append(_row(_text("cPara", block.lines[0], span=para)))
        elif kind == "summary":
            if previous == "para":
                sheets[-1][1].append(_row())
            sheets[-1][1].extend(_row(_text("cText", line, head)) for line in block.lines)
        elif kind == "summary_table":
            if previous == "para":
                sheets[-1][1].append(_row())
            sheets[-1][1].extend(
                _row(_text("cText", a), _text("cText", b, span=value)) for a, b in block.rows
            )
        elif kind == "fields":
            sheets[-1][1].extend(_fields(block, value))
        elif kind == "bold":
            sheets[-1][1].append(_row())
            sheets[-1][1].extend(_row(_text("cBold", line, head)) for line in block.lines)
            kind = "fields"  # the empty row before « Modalités » follows them
        elif kind == "impl":
            sheets[-1][1].extend(_steps(block, shrink))
        previous = kind
    return sheets


def _one_sheet(tiled: bool = False) -> list[tuple[str, list[str]]]:
    """Every part of :func:`_sheets` one under the other on one sheet, an empty row between
    two parts (a trailing empty row already closes each part)."""
    rows: list[str] = []
    for _, part in _sheets(tiled):
        rows += part if part[-1] == _row() else [*part, _row()]
    return [("Programme d'actions", rows)]


def plan_ods(path: Path, style: str = "sheets") -> Path:
    """Seed 001 as a flat OpenDocument spreadsheet (.fods) at ``path``; ``style`` ``sheets``:
    a sheet per objective and per fiche, landscape; ``headers``: the whole seed on one sheet,
    portrait, printed with its row numbers and column letters; ``tiled``: the whole seed on one
    sheet, merged cells within A–C, portrait at 100 %, column A repeated on every page;
    ``shrink``: ``sheets`` with the steps body cells shrunk to fit rows of a fixed height."""
    if style == "pagehead":  # fiche headings as page headers (fifty-seventh held-out set)
        from tests.generators.ods_pagehead import plan_ods_pagehead

        return plan_ods_pagehead(path)
    if style not in _PRINT:
        raise ValueError(style)
    if style in ("sheets", "shrink"):
        sheets = _sheets(shrink=style == "shrink")
    else:
        sheets = _one_sheet(style == "tiled")
    columns = _COLUMNS
    if style == "tiled":  # « Colonnes à répéter : $A »
        columns = (
            '<table:table-header-columns><table:table-column table:style-name="co0"/>'
            "</table:table-header-columns>" + columns.split("/>", 1)[1]
        )
    tables = "".join(
        f'<table:table table:name="{escape(name)}" table:style-name="ta1">{columns}'
        f"{''.join(rows)}</table:table>"
        for name, rows in sheets
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS}>{_FONTS}'
        f"<office:automatic-styles>{_styles(style)}</office:automatic-styles>{_MASTER}"
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document>"
    )
    path.write_text(xml, encoding="utf-8")
    return path
