"""Seed 001 written as an OpenDocument text (.odt) in the ``twotier`` style of
:mod:`tests.generators.producer_corpus`: the XML is written directly (what odfpy or Writer
itself would store), so Writer reads an .odt made by no Word-compatible path.

The steps table has a TWO-ROW header: group labels « Mise en œuvre » and « Acteurs » spanning
two columns each, the seed labels under them, « Etape » and « Descriptif » merged vertically
over both rows; both rows are ``table:table-header-rows`` (repeated on each page).

The ``hyphen`` style (ninth held-out set): steps in DejaVu Sans 7 pt in a narrow table, one
header row whose labels are hyphenated by hand inside words (« Plani-/fication »), thin grey
horizontal rules only; fields as bold labels over indented value paragraphs ruled at the left.

The ``onetable`` style (tenth held-out set): each fiche is ONE ruled table on a 6-column grid,
heading, fields (label | value spanning five columns), « Modalités de mise en oeuvre », the
steps header and the steps as its rows; Liberation Sans 9 pt.

The ``steplist`` style (eleventh held-out set): no table in the fiche at all; fields as ruled
label paragraphs over justified values, steps as an automatically numbered list whose items
hold the step name, its description paragraphs and one paragraph with the four other cells
inline (« Planification : v — Ressources à mobiliser : v — … »); each fiche on a new page.

The ``footnote`` style (twenty-third held-out set): the ``twotier`` look with a one-row steps
header; real Writer footnotes numbered through the document, their calls at the end of each
« Modalités de mise en oeuvre » heading and of each « Ressources à mobiliser » header label.

The ``chapter`` style (twenty-second held-out set): outline headings, a running page header
whose left part is a chapter field (the current axis's title), a « Page n sur N » footer,
fields as a bulleted list of labels over indented values, each steps table under a numbered
caption « Tableau n : Modalités de mise en oeuvre » (a sequence field) instead of a heading.
"""

from __future__ import annotations

import importlib
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

from tests.generators.seed001 import IMPL_TITLE, _paragraphs, load_seed

_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'office:version="1.3"'
)
_FONTS = (
    "<office:font-face-decls>"
    '<style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'" '
    'style:font-family-generic="roman"/>'
    '<style:font-face style:name="DejaVu Sans" svg:font-family="\'DejaVu Sans\'" '
    'style:font-family-generic="swiss"/>'
    "</office:font-face-decls>"
)
_GRID = "0.5pt solid #000000"
_RULE = "0.5pt solid #8C8C8C"


def column_styles(prefix: str, widths: tuple[float, ...]) -> str:
    """A table's column styles ``<prefix>0``, ``<prefix>1``…, one per width (cm)."""
    return "".join(
        f'<style:style style:name="{prefix}{i}" style:family="table-column">'
        f'<style:table-column-properties style:column-width="{w}cm"/></style:style>'
        for i, w in enumerate(widths)
    )


_AUTO_STYLES = f"""<office:automatic-styles>
<style:style style:name="Steps" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Fields" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="Summary" style:family="table"><style:table-properties
 style:width="17cm" table:align="left"/></style:style>
<style:style style:name="cLab" style:family="table-column"><style:table-column-properties
 style:column-width="4.3cm"/></style:style>
<style:style style:name="cVal" style:family="table-column"><style:table-column-properties
 style:column-width="12.7cm"/></style:style>
<style:style style:name="cSum1" style:family="table-column"><style:table-column-properties
 style:column-width="3cm"/></style:style>
<style:style style:name="cSum2" style:family="table-column"><style:table-column-properties
 style:column-width="14cm"/></style:style>
{column_styles("cS", (2.5, 5.3, 2.0, 2.5, 2.2, 2.5))}
<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties
 fo:border="{_GRID}" fo:background-color="#E2EFDA" fo:padding="0.08cm"
 style:vertical-align="middle"/></style:style>
<style:style style:name="Body" style:family="table-cell"><style:table-cell-properties
 fo:border="{_GRID}" fo:padding="0.08cm" style:vertical-align="top"/></style:style>
<style:style style:name="Label" style:family="table-cell"><style:table-cell-properties
 fo:border-top="{_RULE}" fo:border-bottom="{_RULE}" fo:border-left="none"
 fo:border-right="none" fo:background-color="#EDEDED" fo:padding="0.1cm"/></style:style>
<style:style style:name="Value" style:family="table-cell"><style:table-cell-properties
 fo:border-top="{_RULE}" fo:border-bottom="{_RULE}" fo:border-left="none"
 fo:border-right="none" fo:padding="0.1cm"/></style:style>
<style:style style:name="Plain" style:family="table-cell"><style:table-cell-properties
 fo:border="none" fo:padding="0.05cm"/></style:style>
<style:style style:name="PCell" style:family="paragraph"><style:text-properties
 fo:font-size="9.5pt"/></style:style>
<style:style style:name="PHead" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="PLabel" style:family="paragraph"><style:text-properties
 fo:font-size="10pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PValue" style:family="paragraph"><style:text-properties
 fo:font-size="10pt"/></style:style>
<style:style style:name="H16" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="16pt"
 fo:font-weight="bold" fo:color="#385623"/></style:style>
<style:style style:name="H12" style:family="paragraph"><style:text-properties
 fo:font-size="12pt" fo:font-weight="bold" fo:color="#385623"/></style:style>
<style:style style:name="H12n" style:family="paragraph"><style:text-properties
 fo:font-size="12pt" fo:color="#385623"/></style:style>
<style:style style:name="HObj" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.3cm"/><style:text-properties fo:font-size="13pt" fo:font-weight="bold"
 fo:color="#2E74B5"/></style:style>
<style:style style:name="HSec" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.2cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="11pt"
 fo:font-weight="bold" fo:color="#2E74B5"/></style:style>
<style:style style:name="HFiche" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.4cm" fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="13pt"
 fo:font-weight="bold" fo:color="#1F4E79"/></style:style>
{column_styles("cH", (2.2, 4.8, 1.6, 2.0, 2.0, 2.4))}
<style:style style:name="StepsH" style:family="table"><style:table-properties
 style:width="15cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="HeadH" style:family="table-cell"><style:table-cell-properties
 fo:border-top="{_RULE}" fo:border-bottom="{_RULE}" fo:border-left="none"
 fo:border-right="none" fo:background-color="#D9D9D9" fo:padding="0.06cm"
 style:vertical-align="bottom"/></style:style>
<style:style style:name="BodyH" style:family="table-cell"><style:table-cell-properties
 fo:border-top="none" fo:border-bottom="{_RULE}" fo:border-left="none"
 fo:border-right="none" fo:padding="0.06cm" style:vertical-align="top"/></style:style>
<style:style style:name="PCell7" style:family="paragraph"><style:text-properties
 style:font-name="DejaVu Sans" fo:font-size="7pt"/></style:style>
<style:style style:name="PHead7" style:family="paragraph"><style:text-properties
 style:font-name="DejaVu Sans" fo:font-size="7pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PQuote" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="0.8cm" fo:padding-left="0.2cm" fo:border-left="0.5pt solid #8C8C8C"
 fo:border-right="none" fo:border-top="none" fo:border-bottom="none"
 fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="10pt"/></style:style>
<style:style style:name="PBold" style:family="paragraph"><style:text-properties
 fo:font-size="10pt" fo:font-weight="bold"/></style:style>
</office:automatic-styles>"""

_ONE_GRID = "0.5pt solid #595959"
_ONE_WIDTHS = (3.0, 5.0, 1.9, 2.4, 2.2, 2.5)
_ONE_STYLES = f"""
<style:style style:name="OneT" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-bottom="0.4cm"
 style:may-break-between-rows="true"/></style:style>
{column_styles("cO", _ONE_WIDTHS)}
<style:style style:name="ORow" style:family="table-row"><style:table-row-properties
 fo:keep-together="auto"/></style:style>
<style:style style:name="OHead" style:family="table-cell"><style:table-cell-properties
 fo:border="{_ONE_GRID}" fo:background-color="#1F4E79" fo:padding="0.1cm"
 style:vertical-align="top"/></style:style>
<style:style style:name="OLabel" style:family="table-cell"><style:table-cell-properties
 fo:border="{_ONE_GRID}" fo:background-color="#F2F2F2" fo:padding="0.08cm"
 style:vertical-align="top"/></style:style>
<style:style style:name="OSec" style:family="table-cell"><style:table-cell-properties
 fo:border="{_ONE_GRID}" fo:background-color="#DEEAF6" fo:padding="0.08cm"
 style:vertical-align="top"/></style:style>
<style:style style:name="OBody" style:family="table-cell"><style:table-cell-properties
 fo:border="{_ONE_GRID}" fo:padding="0.08cm" style:vertical-align="top"/></style:style>
<style:style style:name="POHead" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0cm"/><style:text-properties style:font-name="Liberation Sans"
 fo:font-size="11pt" fo:font-weight="bold" fo:color="#FFFFFF"/></style:style>
<style:style style:name="POBold" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.05cm"/><style:text-properties style:font-name="Liberation Sans"
 fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="POCell" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.05cm"/><style:text-properties style:font-name="Liberation Sans"
 fo:font-size="9pt"/></style:style>
"""
_LIST_STYLES = """
<style:style style:name="HFicheP" style:family="paragraph"><style:paragraph-properties
 fo:break-before="page" fo:margin-top="0cm" fo:margin-bottom="0.1cm"/><style:text-properties
 fo:font-size="13pt" fo:font-weight="bold" fo:color="#1F4E79"/></style:style>
<style:style style:name="PFLabel" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:padding-bottom="0.05cm"
 fo:border-bottom="0.5pt solid #7F7F7F" fo:border-top="none" fo:border-left="none"
 fo:border-right="none"/><style:text-properties fo:font-size="10.5pt" fo:font-weight="bold"
 fo:color="#1F6F6F"/></style:style>
<style:style style:name="PFValue" style:family="paragraph"><style:paragraph-properties
 fo:text-align="justify" fo:margin-bottom="0.1cm"/></style:style>
<style:style style:name="PStep" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.15cm" fo:margin-bottom="0.05cm"/><style:text-properties
 fo:font-weight="bold"/></style:style>
<style:style style:name="PDesc" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.05cm"/></style:style>
<style:style style:name="PInline" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.15cm"/><style:text-properties fo:font-size="9pt"
 fo:color="#404040"/></style:style>
<style:style style:name="TItal" style:family="text"><style:text-properties
 fo:font-style="italic"/></style:style>
<text:list-style style:name="LNum"><text:list-level-style-number text:level="1"
 style:num-suffix="." style:num-format="1"><style:list-level-properties
 text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment
 text:label-followed-by="listtab" text:list-tab-stop-position="0.75cm" fo:text-indent="-0.75cm"
 fo:margin-left="0.75cm"/></style:list-level-properties></text:list-level-style-number>
</text:list-style>
"""
_INLINE_LABELS = ("Planification", "Ressources à mobiliser", "Porteur", "Partenaires envisagés")

_ONE_FONTS = _FONTS.replace(
    "</office:font-face-decls>",
    '<style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'" '
    'style:font-family-generic="swiss"/></office:font-face-decls>',
)

_STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles {_NS}>{_FONTS}
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0cm" fo:margin-bottom="0.1cm"/><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="fr"
 fo:country="FR"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm"
 fo:page-height="29.7cm" style:print-orientation="portrait" fo:margin-top="1.5cm"
 fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm"
 fo:margin-bottom="0.3cm"/></style:header-style></style:page-layout>
<style:style style:name="PH" style:family="paragraph"><style:text-properties
 fo:font-size="8pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p text:style-name="PH">PCAET Grand Auch Cœur de Gascogne — Programme
 d'actions</text:p></style:header></style:master-page></office:master-styles>
</office:document-styles>"""

_MANIFEST = """<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
 manifest:version="1.3">
<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
</manifest:manifest>"""

_GROUPS = {"Planification": "Mise en œuvre", "Porteur": "Acteurs"}


def _p(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _cell(style: str, pstyle: str, value: str, extra: str = "") -> str:
    parts = _paragraphs(value) or [""]
    body = "".join(_p(pstyle, part) for part in parts)
    return f'<table:table-cell table:style-name="{style}"{extra}>{body}</table:table-cell>'


def header_table(name: str, style: str, col_prefix: str, ncols: int, head: str, body: str) -> str:
    """Table ``name`` in table style ``style``: ``ncols`` columns styled ``<col_prefix>0``,
    ``<col_prefix>1``…, one repeated header row of the cells ``head``, then the rows ``body``."""
    cols = "".join(
        f'<table:table-column table:style-name="{col_prefix}{i}"/>' for i in range(ncols)
    )
    return (
        f'<table:table table:name="{name}" table:style-name="{style}">{cols}'
        f"<table:table-header-rows><table:table-row>{head}</table:table-row>"
        f"</table:table-header-rows>{body}</table:table>"
    )


def grid_steps(header: list[str], rows: list[list[str]], n: int, tag: str, style: str) -> str:
    """Steps table ``n`` in table style ``style`` with the cell and paragraph styles of
    :func:`grid_cell_styles` of ``tag`` and columns ``c<tag>i``: one repeated header row, then
    a row a step, a cell a header label (empty where the step has no value)."""
    head = "".join(_cell(f"{tag}Head", f"{tag}HeadP", label) for label in header)
    body = "".join(
        "<table:table-row>"
        + "".join(
            _cell(f"{tag}Body", f"{tag}Cell", row[c] if c < len(row) else "")
            for c in range(len(header))
        )
        + "</table:table-row>"
        for row in rows
    )
    return header_table(f"Etapes{n}", style, f"c{tag}", len(header), head, body)


def cell_style(
    name: str,
    grid: str,
    fill: str = "",
    padding: str = "0.08cm",
    align: str = "top",
    extra: str = "",
) -> str:
    """A table-cell style: a ``grid`` border on every side, ``fill`` (if any) behind."""
    background = f' fo:background-color="{fill}"' if fill else ""
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:border="{grid}"{background} fo:padding="{padding}" '
        f'style:vertical-align="{align}"{extra}/></style:style>'
    )


def paragraph_style(name: str, size: str, bold: bool, colour: str = "", align: str = "left") -> str:
    """A cell paragraph style without margins: ``size``, bold or not, in ``colour`` (if any)."""
    weight = ' fo:font-weight="bold"' if bold else ""
    color = f' fo:color="{colour}"' if colour else ""
    return (
        f'<style:style style:name="{name}" style:family="paragraph">'
        f'<style:paragraph-properties fo:text-align="{align}" '
        'fo:margin-top="0cm" fo:margin-bottom="0cm"/>'
        f'<style:text-properties fo:font-size="{size}"{weight}{color}/></style:style>'
    )


def _summary_table(rows: list[tuple[str, str]], n: int) -> str:
    """The seed's two-column sommaire table number ``n``, as every .odt layout writes it."""
    cells = "".join(
        "<table:table-row>"
        + _cell("Plain", "PValue", a)
        + _cell("Plain", "PValue", b)
        + "</table:table-row>"
        for a, b in rows
    )
    return (
        f'<table:table table:name="Sommaire{n}" table:style-name="Summary">'
        '<table:table-column table:style-name="cSum1"/>'
        f'<table:table-column table:style-name="cSum2"/>{cells}</table:table>'
    )


def _steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Two header rows: a group label over two columns where ``_GROUPS`` names one, the other
    labels merged vertically over both rows; the seed labels in the second row."""
    cols = "".join(f'<table:table-column table:style-name="cS{i}"/>' for i in range(len(header)))
    top, bottom = [], []
    c = 0
    while c < len(header):
        label = header[c]
        if label in _GROUPS and c + 1 < len(header):
            span = ' table:number-columns-spanned="2"'
            top.append(_cell("Head", "PHead", _GROUPS[label], span))
            top.append("<table:covered-table-cell/>")
            bottom.append(_cell("Head", "PHead", label))
            bottom.append(_cell("Head", "PHead", header[c + 1]))
            c += 2
        else:
            top.append(_cell("Head", "PHead", label, ' table:number-rows-spanned="2"'))
            bottom.append("<table:covered-table-cell/>")
            c += 1
    head = (
        "<table:table-header-rows>"
        f"<table:table-row>{''.join(top)}</table:table-row>"
        f"<table:table-row>{''.join(bottom)}</table:table-row>"
        "</table:table-header-rows>"
    )
    body = "".join(
        "<table:table-row>" + "".join(_cell("Body", "PCell", v) for v in row) + "</table:table-row>"
        for row in rows
    )
    return f'<table:table table:name="Etapes{n}" table:style-name="Steps">{cols}{head}{body}</table:table>'


_HYPHENATED = {
    "Descriptif": ["Des-", "criptif"],
    "Planification": ["Plani-", "fication"],
    "Ressources à mobiliser": ["Ressour-", "ces à mobi-", "liser"],
    "Partenaires envisagés": ["Par-", "te-", "naires envi-", "sagés"],
}


def restyled_steps(
    header: list[str], rows: list[list[str]], n: int, family: str, **names: str
) -> str:
    """:func:`_steps`'s table with each ``family:style-name`` (``text`` or ``table``) named
    by a key of ``names`` renamed to its value: a variant's own cell or paragraph styles."""
    out = _steps(header, rows, n)
    for old, new in names.items():
        out = out.replace(f'{family}:style-name="{old}"', f'{family}:style-name="{new}"')
    return out


def _steps_hyphen(header: list[str], rows: list[list[str]], n: int) -> str:
    """One header row, labels cut by hand inside words (manual line breaks), 7 pt cells."""
    head = "".join(
        '<table:table-cell table:style-name="HeadH"><text:p text:style-name="PHead7">'
        + "<text:line-break/>".join(escape(part) for part in _HYPHENATED.get(label, [label]))
        + "</text:p></table:table-cell>"
        for label in header
    )
    body = "".join(
        "<table:table-row>"
        + "".join(_cell("BodyH", "PCell7", v) for v in row)
        + "</table:table-row>"
        for row in rows
    )
    return header_table(f"Etapes{n}", "StepsH", "cH", len(header), head, body)


def _span_row(cell_style: str, pstyle: str, lines: list[str]) -> str:
    """A row of the ``onetable`` grid whose one cell spans the six columns."""
    body = "".join(_p(pstyle, line) for line in lines)
    return (
        '<table:table-row table:style-name="ORow">'
        f'<table:table-cell table:style-name="{cell_style}" table:number-columns-spanned="6">'
        f"{body}</table:table-cell>" + "<table:covered-table-cell/>" * 5 + "</table:table-row>"
    )


def _one_table(rows: list[str], n: int) -> str:
    cols = "".join(f'<table:table-column table:style-name="cO{i}"/>' for i in range(6))
    return f'<table:table table:name="Fiche{n}" table:style-name="OneT">{cols}{"".join(rows)}</table:table>'


def _step_list(header: list[str], rows: list[list[str]]) -> str:
    """The steps as one automatically numbered list (``steplist``): per item the step name,
    its description paragraphs, then the four other cells inline with their labels."""
    items = []
    for row in rows:
        cells = dict(zip(header, row, strict=True))
        body = [_p("PStep", part) for part in _paragraphs(row[0]) or [""]]
        body += [_p("PDesc", part) for part in _paragraphs(row[1])]
        pairs = []
        for label in _INLINE_LABELS:
            value = " ".join(_paragraphs(cells[label]))
            pairs.append(
                f'<text:span text:style-name="TItal">{escape(label)} :</text:span>'
                + (f" {escape(value)}" if value else "")
            )
        body.append('<text:p text:style-name="PInline">' + " — ".join(pairs) + "</text:p>")
        items.append(f"<text:list-item>{''.join(body)}</text:list-item>")
    return f'<text:list text:style-name="LNum">{"".join(items)}</text:list>'


# the layouts whose module :mod:`tests.generators.odt_<style>` writes the steps tables
_OWN_STEPS = (
    "snake",  # alone in a 2-column balanced section
    "hanging",  # hanging indents, a decimal tab stop
    "twinrows",  # two rows of label / value pairs a step
    "tightcell",  # fixed 8 pt line spacing in the cells
    "textscale",  # the cells' text condensed to 70 %
    "doublerule",  # every steps cell's borders double
    "pointilles",  # a dotted rule under each cell paragraph
    "interligne",  # vertical lines only, no row rule
    "crenele",  # each body row its own column borders
    "portee",  # Writer's table shadow
    "polychrome",  # no body rule nor fill, the rows' text in two colours by turns
    "inverse",  # the table's text orientation right-to-left: columns mirrored
    "phases",  # a first column of merged phase cells, turned bottom to top
    "millesime",  # a row per planning run, its steps a nested table
    "lignetab",  # no table: tab-stop paragraphs, lines broken by hand
    "patchwork",  # each step row in its source's pasted formatting
    "libelles",  # no header row: the labels in the « Étapes » pages' page header
    "ilots",  # no border nor cell fill: header and every other step shaded by paragraph
    "ordonne",  # twotier's table, every body paragraph numbered on as one list
    "debout",  # the step names turned bottom to top, rows 3 cm high at least
    "jetons",  # twotier's table, the step names and planning values boxed by character borders
    "pilastres",  # no border at all, the columns banded by body cell fills
    "nombres",  # twotier's table, digits-only values number cells set bottom right
    "plancher",  # pasted from Calc: header not repeated, every cell bottom-aligned
    "ourlet",  # an AutoFormat whose last-row format dresses the last step as a total row
    "versalettes",  # the header labels in small capitals, which Writer prints as capitals
    "lettrine",  # every steps body paragraph opening with a template's two-line drop cap
    "linteau",  # the header a one-row table of its own, equal columns, over a headerless body
    "poursuite",  # each table of three steps or more cut in two under a « (suite) » heading
    "mezzanine",  # four columns, the last two split: two stacked pairs, two rows a step
    "jonction",  # five columns, the step name in bold over its description in the first
    "laminoir",  # every body line justified, its last too, a lone word spread letter by letter
    "picots",  # every body paragraph ending in a tab to a dot-leader stop at the cell's edge
    "nappe",  # no table: the range pasted from a sheet as tab-separated text, default stops
    "penombre",  # twotier's table, its header and body text with Writer's « Ombré » effect
    "pochoir",  # twotier's table, its header and body text with Writer's « Contour » effect
)


def _own_steps(style: str) -> Callable[[list[str], list[list[str]], int], str]:
    """The steps table writer of :mod:`tests.generators.odt_<style>` (a style of
    :data:`_OWN_STEPS`): (header, rows, table number) → the table."""
    from tests.generators.odt_crenele import crenele_steps
    from tests.generators.odt_debout import turned_steps
    from tests.generators.odt_doublerule import doubled_steps
    from tests.generators.odt_hanging import hanging_impl
    from tests.generators.odt_ilots import islet_steps
    from tests.generators.odt_interligne import open_steps
    from tests.generators.odt_inverse import inverse_steps
    from tests.generators.odt_jetons import boxed_steps
    from tests.generators.odt_jonction import joined_steps
    from tests.generators.odt_laminoir import justified_steps
    from tests.generators.odt_lettrine import drop_cap_steps
    from tests.generators.odt_libelles import bare_steps
    from tests.generators.odt_lignetab import tabbed_steps
    from tests.generators.odt_linteau import lintel_steps
    from tests.generators.odt_mezzanine import stacked_steps
    from tests.generators.odt_millesime import millesime_steps
    from tests.generators.odt_nappe import pasted_text_steps
    from tests.generators.odt_nombres import number_steps
    from tests.generators.odt_ordonne import listed_steps
    from tests.generators.odt_ourlet import hemmed_steps
    from tests.generators.odt_patchwork import patchwork_steps
    from tests.generators.odt_penombre import shadowed_text_steps
    from tests.generators.odt_phases import phased_steps
    from tests.generators.odt_picots import leader_steps
    from tests.generators.odt_pilastres import banded_steps
    from tests.generators.odt_plancher import pasted_steps
    from tests.generators.odt_pochoir import outlined_text_steps
    from tests.generators.odt_pointilles import dotted_steps
    from tests.generators.odt_polychrome import coloured_steps
    from tests.generators.odt_portee import shadowed_steps
    from tests.generators.odt_poursuite import continued_steps
    from tests.generators.odt_snake import snake_impl
    from tests.generators.odt_textscale import scaled_steps
    from tests.generators.odt_tightcell import tight_steps
    from tests.generators.odt_twinrows import twinrows_impl
    from tests.generators.odt_versalettes import small_caps_steps

    return {
        "snake": snake_impl,
        "hanging": hanging_impl,
        "twinrows": twinrows_impl,
        "tightcell": tight_steps,
        "textscale": scaled_steps,
        "doublerule": doubled_steps,
        "pointilles": dotted_steps,
        "interligne": open_steps,
        "crenele": crenele_steps,
        "portee": shadowed_steps,
        "polychrome": coloured_steps,
        "inverse": inverse_steps,
        "phases": phased_steps,
        "millesime": millesime_steps,
        "lignetab": tabbed_steps,
        "patchwork": patchwork_steps,
        "libelles": bare_steps,
        "ilots": islet_steps,
        "ordonne": listed_steps,
        "debout": turned_steps,
        "jetons": boxed_steps,
        "pilastres": banded_steps,
        "nombres": number_steps,
        "plancher": pasted_steps,
        "ourlet": hemmed_steps,
        "versalettes": small_caps_steps,
        "lettrine": drop_cap_steps,
        "linteau": lintel_steps,
        "poursuite": continued_steps,
        "mezzanine": stacked_steps,
        "jonction": joined_steps,
        "laminoir": justified_steps,
        "picots": leader_steps,
        "nappe": pasted_text_steps,
        "penombre": shadowed_text_steps,
        "pochoir": outlined_text_steps,
    }[style]


# the layouts whose module :mod:`tests.generators.odt_<style>` holds automatic styles of its
# own, as ``STYLES``: its tables', or its fields' paragraphs' (``tabfields``), or its
# frame's (``jouxte``)
_OWN_STYLES = (*_OWN_STEPS, "tabfields", "jouxte", "fond")


def _auto_with(extra: str) -> str:
    """The document's automatic styles followed by ``extra`` style definitions."""
    return _AUTO_STYLES.replace("</office:automatic-styles>", extra + "</office:automatic-styles>")


def plan_odt(style: str, path: Path) -> Path:
    """Seed 001 as an .odt; ``style`` is ``twotier``, ``hyphen``, ``onetable``, ``steplist``,
    ``chapter``, ``footnote``, ``twocol``, ``snake`` (:mod:`tests.generators.odt_snake`),
    ``hanging`` (:mod:`tests.generators.odt_hanging`), ``twinrows``
    (:mod:`tests.generators.odt_twinrows`), ``tabfields`` (:mod:`tests.generators.odt_tabfields`),
    ``tightcell`` (:mod:`tests.generators.odt_tightcell`), ``textscale``
    (:mod:`tests.generators.odt_textscale`), ``doublerule``
    (:mod:`tests.generators.odt_doublerule`), ``pointilles``
    (:mod:`tests.generators.odt_pointilles`), ``interligne``
    (:mod:`tests.generators.odt_interligne`), ``crenele``
    (:mod:`tests.generators.odt_crenele`), ``portee`` (:mod:`tests.generators.odt_portee`),
    ``polychrome`` (:mod:`tests.generators.odt_polychrome`), ``inverse``
    (:mod:`tests.generators.odt_inverse`), ``phases`` (:mod:`tests.generators.odt_phases`),
    ``millesime`` (:mod:`tests.generators.odt_millesime`), ``lignetab``
    (:mod:`tests.generators.odt_lignetab`), ``jouxte`` (:mod:`tests.generators.odt_jouxte`),
    ``kiosque`` (:mod:`tests.generators.odt_kiosque`), ``patchwork``
    (:mod:`tests.generators.odt_patchwork`), ``libelles``
    (:mod:`tests.generators.odt_libelles`), ``liseret`` (:mod:`tests.generators.odt_liseret`),
    ``ilots`` (:mod:`tests.generators.odt_ilots`), ``ordonne``
    (:mod:`tests.generators.odt_ordonne`), ``debout`` (:mod:`tests.generators.odt_debout`),
    ``jetons`` (:mod:`tests.generators.odt_jetons`), ``fond``
    (:mod:`tests.generators.odt_fond`), ``pilastres``
    (:mod:`tests.generators.odt_pilastres`), ``nombres``
    (:mod:`tests.generators.odt_nombres`), ``plancher``
    (:mod:`tests.generators.odt_plancher`), ``ourlet``
    (:mod:`tests.generators.odt_ourlet`), ``versalettes``
    (:mod:`tests.generators.odt_versalettes`), ``lettrine``
    (:mod:`tests.generators.odt_lettrine`), ``linteau``
    (:mod:`tests.generators.odt_linteau`), ``poursuite``
    (:mod:`tests.generators.odt_poursuite`), ``mezzanine``
    (:mod:`tests.generators.odt_mezzanine`), ``jonction``
    (:mod:`tests.generators.odt_jonction`), ``laminoir``
    (:mod:`tests.generators.odt_laminoir`), ``picots``
    (:mod:`tests.generators.odt_picots`), ``nappe``
    (:mod:`tests.generators.odt_nappe`), ``penombre``
    (:mod:`tests.generators.odt_penombre`), ``pochoir``
    (:mod:`tests.generators.odt_pochoir`), ``pieces`` (:mod:`tests.generators.odt_pieces`),
    ``notule`` (:mod:`tests.generators.odt_notule`), ``lisiere``
    (:mod:`tests.generators.odt_lisiere`), ``oriflamme``
    (:mod:`tests.generators.odt_oriflamme`), ``opaline``
    (:mod:`tests.generators.odt_opaline`), ``liteau``
    (:mod:`tests.generators.odt_liteau`), ``ondelette``
    (:mod:`tests.generators.odt_ondelette`), ``passepoil``
    (:mod:`tests.generators.odt_passepoil`), ``jointif``
    (:mod:`tests.generators.odt_jointif`), ``ombrelle``
    (:mod:`tests.generators.odt_ombrelle`), ``opuscule``
    (:mod:`tests.generators.odt_opuscule`), ``loquet``
    (:mod:`tests.generators.odt_loquet`), ``quart``
    (:mod:`tests.generators.odt_quart`), ``majuscule``
    (:mod:`tests.generators.odt_majuscule`), ``listel``
    (:mod:`tests.generators.odt_listel`), ``jonc``
    (:mod:`tests.generators.odt_jonc`), ``intercalaire``
    (:mod:`tests.generators.odt_intercalaire`), ``jauge`` (:mod:`tests.generators.odt_jauge`),
    ``polyptyque`` (:mod:`tests.generators.odt_polyptyque`), ``origine``
    (:mod:`tests.generators.odt_origine`), ``oxyde`` (:mod:`tests.generators.odt_oxyde`),
    ``maquette`` (:mod:`tests.generators.odt_maquette`), ``encrier``
    (:mod:`tests.generators.odt_encrier`) or ``linenum`` (``twotier`` with
    ``maquette`` (:mod:`tests.generators.odt_maquette`), ``sigle``
    (:mod:`tests.generators.odt_sigle`) or ``linenum`` (``twotier`` with
    Writer's line numbering on)."""
    if style == "kiosque":  # balanced two-column sections, the tables across both
        from tests.generators.odt_kiosque import kiosque_odt

        return kiosque_odt(path)
    if style == "pieces":  # every steps table in an annex at the end, page references to it
        from tests.generators.odt_pieces import pieces_odt

        return pieces_odt(path)
    if style == "notule":  # every indicator's value ending in a roman-numbered endnote call
        from tests.generators.odt_notule import notule_odt

        return notule_odt(path)
    if style == "lisiere":  # a thumb-index tab per objective at the pages' right edge
        from tests.generators.odt_lisiere import lisiere_odt

        return lisiere_odt(path)
    if style == "oriflamme":  # each fiche's heading lines typed into a pentagon arrow shape
        from tests.generators.odt_oriflamme import oriflamme_odt

        return oriflamme_odt(path)
    if style == "opaline":  # objective and fiche heading lines on a gradient area fill
        from tests.generators.odt_opaline import opaline_odt

        return opaline_odt(path)
    if style == "liteau":  # objective and fiche heading lines overlined (« Surlignage »)
        from tests.generators.odt_liteau import liteau_odt

        return liteau_odt(path)
    if style == "ondelette":  # objective and fiche heading lines wave-underlined (« Onde »)
        from tests.generators.odt_ondelette import ondelette_odt

        return ondelette_odt(path)
    if style == "maquette":  # twotier's .odt, a template's grey hint under every field label
        from tests.generators.odt_maquette import maquette_odt

        return maquette_odt(path)
    if style == "polyptyque":  # twotier's .odt, each fiche's fields in three columns
        from tests.generators.odt_polyptyque import polyptyque_odt

        return polyptyque_odt(path)
    if style == "origine":  # twotier's .odt, footnotes after two field labels a fiche
        from tests.generators.odt_origine import origine_odt

        return origine_odt(path)
    if style == "oxyde":  # twotier's .odt, every « CO2 » typed with a subscript 2
        from tests.generators.odt_oxyde import oxyde_odt

        return oxyde_odt(path)
    if style == "encrier":  # twotier's .odt, an added contact row masked by placeholders
        from tests.generators.odt_encrier import encrier_odt

        return encrier_odt(path)
    if style == "sigle":  # twotier's .odt, a list of sigles at its end
        from tests.generators.odt_sigle import sigle_odt

        return sigle_odt(path)
    if style == "lampion":  # twotier's .odt, three fiches' steps as tab-aligned lists
        from tests.generators.odt_lampion import lampion_odt

        return lampion_odt(path)
    if style == "jauge":  # twotier's .odt, a chart picture beside each fields table
        from tests.generators.odt_jauge import jauge_odt

        return jauge_odt(path)
    if style == "intercalaire":  # twotier's .odt, each field a label tab on a value panel
        from tests.generators.odt_intercalaire import intercalaire_odt

        return intercalaire_odt(path)
    if style == "jonc":  # twotier's .odt, the steps columns coded by coloured rules
        from tests.generators.odt_jonc import jonc_odt

        return jonc_odt(path)
    if style == "listel":  # twotier's .odt, each steps heading in a turned caption column
        from tests.generators.odt_listel import listel_odt

        return listel_odt(path)
    if style == "majuscule":  # twotier's .odt, its headings and labels in title case
        from tests.generators.odt_majuscule import majuscule_odt

        return majuscule_odt(path)
    if style == "quart":  # twotier's .odt, its steps header labels turned 90°
        from tests.generators.odt_quart import quart_odt

        return quart_odt(path)
    if style == "loquet":  # twotier's .odt, its PDF export protected (encrypted)
        from tests.generators.odt_loquet import loquet_odt

        return loquet_odt(path)
    if style == "opuscule":  # twotier's pages mirrored, a 3.5 cm inner margin
        from tests.generators.odt_opuscule import opuscule_odt

        return opuscule_odt(path)
    if style == "ombrelle":  # the field values framed with a paragraph drop shadow
        from tests.generators.odt_ombrelle import ombrelle_odt

        return ombrelle_odt(path)
    if style == "jointif":  # the field values at « Interligne : Proportionnel 80 % »
        from tests.generators.odt_jointif import jointif_odt

        return jointif_odt(path)
    if style == "passepoil":  # the field labels underlined word by word (« Mots uniquement »)
        from tests.generators.odt_passepoil import passepoil_odt

        return passepoil_odt(path)
    styles_known = (
        "twotier",
        "hyphen",
        "onetable",
        "steplist",
        "chapter",
        "footnote",
        "twocol",
        "snake",
        "hanging",
        "twinrows",
        "tabfields",
        "tightcell",
        "textscale",
        "doublerule",
        "pointilles",
        "interligne",
        "crenele",
        "portee",
        "polychrome",
        "inverse",
        "phases",
        "millesime",
        "lignetab",
        "jouxte",
        "patchwork",
        "libelles",
        "liseret",
        "ilots",
        "ordonne",
        "debout",
        "jetons",
        "fond",
        "pilastres",
        "nombres",
        "plancher",
        "ourlet",
        "versalettes",
        "lettrine",
        "linteau",
        "poursuite",
        "mezzanine",
        "jonction",
        "laminoir",
        "picots",
        "nappe",
        "penombre",
        "pochoir",
    )
    if style not in (*styles_known, "linenum"):
        raise ValueError(style)
    if style == "chapter":
        return _write_odt(
            path,
            _STYLES.replace(_FONTS, _ONE_FONTS)
            .replace(
                'style:font-name="Liberation Serif" fo:font-size="10pt"',
                'style:font-name="Liberation Sans" fo:font-size="9.5pt"',
            )
            .replace("</office:automatic-styles>", _CH_PAGE + "</office:automatic-styles>")
            .split("<office:master-styles>")[0]
            + f"<office:master-styles>{_CH_MASTER}</office:master-styles>"
            "</office:document-styles>",
            _ONE_FONTS,
            _auto_with(_CH_STYLES),
            _chapter_body(),
        )
    out: list[str] = []
    tables = notes = 0
    fiche: list[str] | None = None  # ``onetable``: the rows of the fiche's table, while open
    sections = None  # ``fond``: each fiche in a tinted section
    if style == "fond":
        from tests.generators.odt_fond import FondSections

        sections = FondSections()

    def close_fiche() -> None:
        nonlocal fiche, tables
        if fiche is not None:
            tables += 1
            out.append(_one_table(fiche, tables))
            out.append(_p("Standard", ""))
            fiche = None

    blocks = load_seed()
    for i, block in enumerate(blocks):
        kind = block.kind
        if style == "onetable":
            if kind == "fiche":
                close_fiche()
                fiche = [_span_row("OHead", "POHead", block.lines)]
                continue
            if fiche is not None and kind == "fields":
                for label, value in block.fields:
                    parts = _paragraphs(value) or [""]
                    fiche.append(
                        '<table:table-row table:style-name="ORow">'
                        + _cell("OLabel", "POBold", label)
                        + '<table:table-cell table:style-name="OBody" '
                        'table:number-columns-spanned="5">'
                        + "".join(_p("POCell", part) for part in parts)
                        + "</table:table-cell>"
                        + "<table:covered-table-cell/>" * 4
                        + "</table:table-row>"
                    )
                continue
            if fiche is not None and kind == "bold":
                fiche.append(_span_row("OBody", "POBold", block.lines))
                continue
            if fiche is not None and kind == "section" and block.lines[0] == IMPL_TITLE:
                fiche.append(_span_row("OSec", "POBold", block.lines))
                continue
            if fiche is not None and kind == "impl":
                fiche.append(
                    '<table:table-row table:style-name="ORow">'
                    + "".join(_cell("OSec", "POBold", label) for label in block.header)
                    + "</table:table-row>"
                )
                fiche += [
                    '<table:table-row table:style-name="ORow">'
                    + "".join(_cell("OBody", "POCell", v) for v in row)
                    + "</table:table-row>"
                    for row in block.rows
                ]
                close_fiche()
                continue
            close_fiche()
        if sections is not None:
            out.append(sections.before(block))
        if kind == "axis":
            for n, line in enumerate(block.lines):
                out.append(_p("H16" if n == 0 else "H12" if n == 1 else "H12n", line))
        elif kind == "objective":
            out += [_p("HObj", line) for line in block.lines]
        elif kind == "section" and style == "footnote" and block.lines[0] == IMPL_TITLE:
            notes += 1
            out.append(
                f'<text:p text:style-name="HSec">{escape(block.lines[0])}'
                f"{_footnote(notes, _FN_PLANNING)}</text:p>"
            )
        elif kind == "section" and style == "jouxte" and block.lines[0] == IMPL_TITLE:
            from tests.generators.odt_jouxte import CLEAR  # the heading is in the frame

            out.append(CLEAR)
        elif kind == "section":
            out.append(_p("HSec", block.lines[0]))
        elif kind == "para":
            out.append(_p("Standard", block.lines[0]))
        elif kind == "bold":
            out += [_p("PBold", line) for line in block.lines]
        elif kind == "summary":
            out += [_p("Standard", line) for line in block.lines]
        elif kind == "summary_table":
            tables += 1
            out.append(_summary_table(block.rows, tables))
        elif kind == "fiche" and style == "steplist":  # each fiche on a new page
            out += [_p("HFicheP" if n == 0 else "HFiche", ln) for n, ln in enumerate(block.lines)]
        elif kind == "fiche":
            out += [_p("HFiche", line) for line in block.lines]
        elif kind == "fields" and style == "steplist":  # ruled labels, justified values
            for label, value in block.fields:
                out.append(_p("PFLabel", label))
                out += [_p("PFValue", part) for part in _paragraphs(value) or [""]]
        elif kind == "fields" and style == "twocol":  # a 2-column section, no separator
            tables += 1
            body = "".join(
                _p("PLabel", label) + "".join(_p("PValue", v) for v in _paragraphs(value))
                for label, value in block.fields
            )
            out.append(
                f'<text:section text:style-name="Sect2" text:name="Champs{tables}">'
                f"{body}</text:section>"
            )
        elif kind == "fields" and style == "hyphen":  # bold labels, indented ruled values
            for label, value in block.fields:
                out.append(_p("PLabel", label))
                out += [_p("PQuote", part) for part in _paragraphs(value) or [""]]
        elif kind == "fields" and style == "portee":  # one vertical rule, no other
            from tests.generators.odt_portee import portee_fields

            tables += 1
            out.append(portee_fields(block.fields, tables))
        elif kind == "fields" and style == "jouxte":  # the steps in a frame beside them
            from tests.generators.odt_jouxte import framed_fiche

            tables += 1
            after = blocks[i + 1 :]
            impl = next(b for b in after if b.kind == "impl")
            assert all(b.kind != "fiche" for b in after[: after.index(impl)])
            out.append(framed_fiche(block.fields, IMPL_TITLE, impl.header, impl.rows, tables))
        elif kind == "fields" and style == "tabfields":  # tab-stop paragraphs, no table
            from tests.generators.odt_tabfields import tabfields

            out.append(tabfields(block.fields))
        elif kind == "fields":
            tables += 1
            rows = "".join(
                "<table:table-row>"
                + _cell("Label", "PLabel", label)
                + _cell("Value", "PValue", value)
                + "</table:table-row>"
                for label, value in block.fields
            )
            out.append(
                f'<table:table table:name="Champs{tables}" table:style-name="Fields">'
                '<table:table-column table:style-name="cLab"/>'
                f'<table:table-column table:style-name="cVal"/>{rows}</table:table>'
            )
        elif kind == "impl" and style == "jouxte":  # written in the fields' frame
            pass
        elif kind == "impl" and style == "footnote":
            tables += 1
            notes += 1
            out.append(_steps_one_row(block.header, block.rows, tables, "F", notes))
            out.append(_p("Standard", ""))
        elif kind == "impl" and style == "twocol":
            tables += 1
            out.append(_steps_one_row(block.header, block.rows, tables, "T"))
            out.append(_p("Standard", ""))
        elif kind == "impl" and style in _OWN_STEPS:  # its module's steps table
            tables += 1
            out.append(_own_steps(style)(block.header, block.rows, tables))
            if style not in ("pointilles", "libelles"):  # its table straight on to what follows
                out.append(_p("Standard", ""))
        elif kind == "impl" and style == "steplist":
            out.append(_step_list(block.header, block.rows))
        elif kind == "impl":
            tables += 1
            steps = _steps_hyphen if style == "hyphen" else _steps
            out.append(steps(block.header, block.rows, tables))
            if sections is not None:  # the tint ends right under the steps table
                out.append(sections.close())
            out.append(_p("Standard", ""))
    close_fiche()
    if sections is not None:
        out.append(sections.close())
    fonts, auto, styles = _FONTS, _AUTO_STYLES, _STYLES
    if style == "onetable":  # Liberation Sans 9 pt text, the fiche table's own styles
        fonts = _ONE_FONTS
        auto = _auto_with(_ONE_STYLES)
        styles = _STYLES.replace(_FONTS, _ONE_FONTS).replace(
            'style:font-name="Liberation Serif" fo:font-size="10pt"',
            'style:font-name="Liberation Sans" fo:font-size="9pt"',
        )
    if style in ("footnote", "twocol"):  # the one-row steps table's (footnotes', section's)
        auto = _auto_with(_FN_STYLES if style == "footnote" else _TC_STYLES)
    if style == "steplist":  # its paragraph and list styles; no running page header
        auto = _auto_with(_LIST_STYLES)
        header_start = styles.index("<style:header>")
        header_end = styles.index("</style:header>") + len("</style:header>")
        styles = styles[:header_start] + styles[header_end:]
    if style in _OWN_STYLES:  # the styles of its module's tables or paragraphs
        auto = _auto_with(importlib.import_module(f"tests.generators.odt_{style}").STYLES)
    if style == "snake":  # landscape pages
        from tests.generators.odt_snake import landscape

        styles = landscape(styles)
    if style == "nappe":  # the default tab stop distance in the default paragraph style
        from tests.generators.odt_nappe import default_tab_stops

        styles = default_tab_stops(styles)
    if style == "interligne":  # a double-spaced default style
        from tests.generators.odt_interligne import double_spaced

        styles = double_spaced(styles)
    if style == "linenum":  # « Outils › Numérotation des lignes » (thirtieth held-out set)
        styles = styles.replace(_FONTS, _ONE_FONTS).replace(
            "</office:styles>", _LINE_NUMBERING + "</office:styles>"
        )
    if style == "liseret":  # the template's turned strip down every page's left edge
        from tests.generators.odt_liseret import liseret_styles

        styles = liseret_styles(styles)
    body = "".join(out)
    if style == "libelles":  # the labels in an « Étapes » page style's header, page breaks
        from tests.generators.odt_libelles import libelles_body, libelles_styles

        styles, body = libelles_styles(styles), libelles_body(body)
    return _write_odt(path, styles, fonts, auto, body)


# Writer's line numbering as a consultation draft has it: every line, restarting at 1 on
# each page, empty lines and text frames not counted, the numbers left of the text in a
# character style of their own
_LINE_NUMBERING = """<style:style style:name="Line_20_numbering"
 style:display-name="Line numbering" style:family="text"><style:text-properties
 style:font-name="Liberation Sans" fo:font-size="7pt" fo:color="#808080"/></style:style>
<text:linenumbering-configuration text:style-name="Line_20_numbering" text:number-lines="true"
 text:offset="0.5cm" style:num-format="1" text:number-position="left" text:increment="1"
 text:restart-on-page="true" text:count-empty-lines="false" text:count-in-text-boxes="false"/>"""


def _write_odt(path: Path, styles: str, fonts: str, auto: str, body: str) -> Path:
    """The .odt package: mimetype first and stored, manifest, styles and content."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {_NS}>{fonts}'
        f"{auto}<office:body><office:text>{body}</office:text></office:body>"
        "</office:document-content>"
    )
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(
            zipfile.ZipInfo("mimetype"),
            "application/vnd.oasis.opendocument.text",
            compress_type=zipfile.ZIP_STORED,
        )
        odt.writestr("META-INF/manifest.xml", _MANIFEST, compress_type=zipfile.ZIP_DEFLATED)
        odt.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        odt.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
    return path


def grid_cell_styles(tag: str, grid: str, fill: str, size: str, colour: str = "") -> str:
    """The cell and paragraph styles of a steps table with a full ``grid``: ``<tag>Head`` /
    ``<tag>Body`` cells, ``<tag>HeadP`` / ``<tag>Cell`` paragraphs in ``size``, the header
    filled with ``fill``, its bold labels centred in ``colour``."""
    head_colour = f' fo:color="{colour}"' if colour else ""
    return f"""
<style:style style:name="{tag}Head" style:family="table-cell"><style:table-cell-properties
 fo:border="{grid}" fo:background-color="{fill}" fo:padding="0.08cm"
 style:vertical-align="middle"/></style:style>
<style:style style:name="{tag}Body" style:family="table-cell"><style:table-cell-properties
 fo:border="{grid}" fo:padding="0.08cm" style:vertical-align="top"/></style:style>
<style:style style:name="{tag}HeadP" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="{size}"
 fo:font-weight="bold"{head_colour}/></style:style>
<style:style style:name="{tag}Cell" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-bottom="0.05cm"/><style:text-properties
 fo:font-size="{size}"/></style:style>
"""


def _grid_table_styles(
    tag: str, widths: tuple[float, ...], grid: str, fill: str, size: str, colour: str = ""
) -> str:
    """Automatic styles of a 17 cm steps table with a full grid (``Steps<tag>``, columns
    ``c<tag>i``, then :func:`grid_cell_styles`)."""
    columns = column_styles(f"c{tag}", widths)
    return f"""
<style:style style:name="Steps{tag}" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" style:may-break-between-rows="true"/></style:style>
{columns}""" + grid_cell_styles(tag, grid, fill, size, colour)


_CH_RULE = "0.5pt solid #A6A6A6"
_CH_GRID = "0.5pt solid #BFBFBF"
_CH_ORANGE = "#C55A11"
_CH_WIDTHS = (3.0, 5.4, 1.9, 2.2, 2.0, 2.5)
_CH_STYLES = (
    _grid_table_styles("C", _CH_WIDTHS, _CH_GRID, _CH_ORANGE, "8.5pt", "#FFFFFF")
    + f"""<style:style style:name="CCellB" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-bottom="0.05cm"/><style:text-properties fo:font-size="8.5pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="CCellC" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-bottom="0.05cm"/><style:text-properties
 fo:font-size="8.5pt"/></style:style>
<style:style style:name="CCellR" style:family="paragraph"><style:paragraph-properties
 fo:text-align="end" fo:margin-bottom="0.05cm"/><style:text-properties
 fo:font-size="8.5pt"/></style:style>
<style:style style:name="H1C" style:family="paragraph" style:default-outline-level="1">
<style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.2cm"/>
<style:text-properties fo:font-size="15pt" fo:font-weight="bold" fo:color="#843C0C"/>
</style:style>
<style:style style:name="H1CP" style:family="paragraph" style:default-outline-level="1">
<style:paragraph-properties fo:break-before="page" fo:margin-top="0cm"
 fo:margin-bottom="0.2cm"/><style:text-properties fo:font-size="15pt" fo:font-weight="bold"
 fo:color="#843C0C"/></style:style>
<style:style style:name="AxC" style:family="paragraph"><style:paragraph-properties
 fo:margin-bottom="0.1cm"/><style:text-properties fo:font-size="11pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="H2C" style:family="paragraph" style:default-outline-level="2">
<style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.1cm"/>
<style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:color="#843C0C"/>
</style:style>
<style:style style:name="H3C" style:family="paragraph" style:default-outline-level="3">
<style:paragraph-properties fo:margin-top="0.35cm" fo:margin-bottom="0.1cm"
 fo:keep-with-next="always"/><style:text-properties fo:font-size="11.5pt"
 fo:font-weight="bold" fo:color="#1F4E79"/></style:style>
<style:style style:name="FLab" style:family="paragraph" style:list-style-name="LBul">
<style:paragraph-properties fo:margin-top="0.12cm" fo:margin-bottom="0.05cm"
 fo:keep-with-next="always"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"
 fo:color="{_CH_ORANGE}"/></style:style>
<style:style style:name="FVal" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="0.5cm" fo:margin-bottom="0.05cm"/><style:text-properties
 fo:font-size="9.5pt"/></style:style>
<style:style style:name="Cap" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.2cm" fo:margin-bottom="0.1cm" fo:keep-with-next="always"/>
<style:text-properties fo:font-size="9pt" fo:font-style="italic"
 fo:color="#404040"/></style:style>
<text:list-style style:name="LBul"><text:list-level-style-bullet text:level="1"
 text:bullet-char="■"><style:list-level-properties
 text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment
 text:label-followed-by="listtab" text:list-tab-stop-position="0.5cm" fo:text-indent="-0.5cm"
 fo:margin-left="0.5cm"/></style:list-level-properties><style:text-properties
 fo:color="{_CH_ORANGE}"/></text:list-level-style-bullet></text:list-style>
"""
)
_CH_PAGE = f"""<style:page-layout style:name="pmC"><style:page-layout-properties
 fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"
 fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"/>
<style:header-style><style:header-footer-properties fo:min-height="0cm"
 fo:margin-bottom="0.4cm"/></style:header-style><style:footer-style>
<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.4cm"/>
</style:footer-style></style:page-layout>
<style:style style:name="PHC" style:family="paragraph"><style:paragraph-properties
 fo:padding-bottom="0.05cm" fo:border-bottom="{_CH_RULE}" fo:border-top="none"
 fo:border-left="none" fo:border-right="none"><style:tab-stops><style:tab-stop
 style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
<style:text-properties fo:font-size="8pt" fo:color="#595959"/></style:style>
<style:style style:name="PFC" style:family="paragraph"><style:paragraph-properties
 fo:padding-top="0.05cm" fo:border-top="{_CH_RULE}" fo:border-bottom="none"
 fo:border-left="none" fo:border-right="none"><style:tab-stops><style:tab-stop
 style:position="17cm" style:type="right"/></style:tab-stops></style:paragraph-properties>
<style:text-properties fo:font-size="8pt" fo:color="#595959"/></style:style>"""
_CH_MASTER = """<style:master-page style:name="Standard" style:page-layout-name="pmC">
<style:header><text:p text:style-name="PHC"><text:chapter text:display="name"
 text:outline-level="1"/><text:tab/>PCAET — Programme d'actions</text:p></style:header>
<style:footer><text:p text:style-name="PFC">Grand Auch Cœur de Gascogne<text:tab/>Page
 <text:page-number text:select-page="current">1</text:page-number> sur
 <text:page-count>1</text:page-count></text:p></style:footer></style:master-page>"""


def _steps_chapter(header: list[str], rows: list[list[str]], n: int) -> str:
    """A « Tableau n : Modalités de mise en oeuvre » caption (a sequence field) over the
    steps table: orange header repeated, step names bold, planning centred, resources
    right-aligned, thin grey grid (``chapter``)."""
    caption = (
        '<text:p text:style-name="Cap">Tableau <text:sequence text:ref-name='
        f'"refTableau{n - 1}" text:name="Tableau" text:formula="ooow:Tableau+1" '
        f'style:num-format="1">{n}</text:sequence> : {escape(IMPL_TITLE)}</text:p>'
    )
    head = "".join(_cell("CHead", "CHeadP", label) for label in header)
    pstyles = {"Etape": "CCellB", "Planification": "CCellC", "Ressources à mobiliser": "CCellR"}
    body = "".join(
        "<table:table-row>"
        + "".join(
            _cell("CBody", pstyles.get(label, "CCell"), v)
            for label, v in zip(header, row, strict=True)
        )
        + "</table:table-row>"
        for row in rows
    )
    return caption + header_table(f"Tableau{n}", "StepsC", "cC", len(header), head, body)


def _chapter_body() -> str:
    """The ``chapter`` document body (twenty-second held-out set): outline headings, each
    axis on a new page, fields as a bulleted list of labels over indented values, steps
    under a numbered caption."""
    out = [
        '<text:sequence-decls><text:sequence-decl text:display-outline-level="0" '
        'text:name="Tableau"/></text:sequence-decls>'
    ]
    axes = tables = captions = 0
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            style = "H1C" if axes == 0 else "H1CP"
            axes += 1
            out.append(
                f'<text:h text:style-name="{style}" text:outline-level="1">'
                f"{escape(block.lines[0])}</text:h>"
            )
            out += [_p("AxC", line) for line in block.lines[1:]]
        elif kind == "objective":
            out += [
                f'<text:h text:style-name="H2C" text:outline-level="2">{escape(line)}</text:h>'
                for line in block.lines
            ]
        elif kind == "section":
            if block.lines[0] != IMPL_TITLE:  # the steps heading is the table's caption
                out.append(_p("HSec", block.lines[0]))
        elif kind == "para":
            out.append(_p("Standard", block.lines[0]))
        elif kind == "bold":
            out += [_p("PBold", line) for line in block.lines]
        elif kind == "summary":
            out += [_p("Standard", line) for line in block.lines]
        elif kind == "summary_table":
            tables += 1
            out.append(_summary_table(block.rows, tables))
        elif kind == "fiche":
            out += [
                f'<text:h text:style-name="H3C" text:outline-level="3">{escape(line)}</text:h>'
                for line in block.lines
            ]
        elif kind == "fields":
            for label, value in block.fields:
                out.append(
                    '<text:list text:style-name="LBul"><text:list-item>'
                    f"{_p('FLab', label)}</text:list-item></text:list>"
                )
                out += [_p("FVal", part) for part in _paragraphs(value)]
        elif kind == "impl":
            captions += 1
            out.append(_steps_chapter(block.header, block.rows, captions))
            out.append(_p("Standard", ""))
    return "".join(out)


_FN_GRID = "0.5pt solid #000000"
_FN_WIDTHS = (2.6, 5.6, 2.0, 2.4, 2.0, 2.4)
_FN_PLANNING = "Calendrier prévisionnel, susceptible d'évoluer selon les financements obtenus."
_FN_BUDGET = (
    "Montants indicatifs en euros hors taxes (€ HT), à confirmer lors de la préparation "
    "budgétaire annuelle."
)
_FN_STYLES = (
    _grid_table_styles("F", _FN_WIDTHS, _FN_GRID, "#E7E6E6", "9pt")
    + """<style:style style:name="FnP" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-bottom="0cm"/>
<style:text-properties fo:font-size="8pt"/></style:style>"""
)


def _footnote(n: int, text: str) -> str:
    """Writer footnote number ``n``: its superscript call here, ``text`` at the page foot."""
    return (
        f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}'
        f'</text:note-citation><text:note-body><text:p text:style-name="FnP">{escape(text)}'
        "</text:p></text:note-body></text:note>"
    )


def _steps_one_row(
    header: list[str], rows: list[list[str]], n: int, tag: str, note: int = 0
) -> str:
    """One repeated header row, centred, in the :func:`_grid_table_styles` of ``tag``; with
    ``note``, a footnote call at the end of the « Ressources à mobiliser » label
    (``footnote``: grey header, thin black full grid; ``twocol``: light blue, grey grid)."""
    head = "".join(
        f'<table:table-cell table:style-name="{tag}Head"><text:p text:style-name="{tag}HeadP">'
        f"{escape(label)}{_footnote(note, _FN_BUDGET)}</text:p></table:table-cell>"
        if note and label == "Ressources à mobiliser"
        else _cell(f"{tag}Head", f"{tag}HeadP", label)
        for label in header
    )
    body = "".join(
        "<table:table-row>"
        + "".join(_cell(f"{tag}Body", f"{tag}Cell", v) for v in row)
        + "</table:table-row>"
        for row in rows
    )
    return header_table(f"Etapes{n}", f"Steps{tag}", f"c{tag}", len(header), head, body)


# twocol (twenty-fourth held-out set): the fields in a section of two balanced columns with no
# separator line, the steps a one-row-header grid table over the full width
_TC_STYLES = (
    _grid_table_styles("T", (2.6, 5.4, 2.0, 2.4, 2.1, 2.5), "0.5pt solid #7F7F7F", "#DEEAF6", "9pt")
    + """<style:style style:name="Sect2" style:family="section"><style:section-properties
 text:dont-balance-text-columns="false"><style:columns fo:column-count="2"
 fo:column-gap="0.8cm"/></style:section-properties></style:style>"""
)
