"""The ``lisiere`` .odt (hundred-and-eighty-second held-out set, ``plan_odt_lisiere``): the
``twotier`` document printed as a report with a THUMB INDEX (« onglets de bord de page »), as
printed plans are made to be leafed through by objective: four master pages « Onglet 1 » …
« Onglet 4 » (:func:`master_pages`), each ``Standard``'s page layout and header line, whose
header paragraph also anchors a frame PLACED AGAINST THE PAGE: a tab from :data:`TAB_X` cm to
the paper's right edge (bleeding off it), :data:`TAB_HEIGHT` cm high, its top :data:`TAB_STEP`
cm lower for each objective, filled :data:`TAB_FILL`, the objective's code (as the seed writes
it, « 1,4 » included) centred in white bold. The axis opens the document on « Onglet 1 »;
each other objective's first line switches to its master page, so each objective opens a new
page and every page of objective k carries tab k in its right margin.

Everything else as :func:`tests.generators.plan_odt.plan_odt` writes ``twotier``. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from tests.generators.plan_odt import _p, _steps, _summary_table
from tests.generators.seed001 import load_seed

TAB_X = 19.6  # cm, the tab's left edge; the paper is 21 cm wide
TAB_TOP = 4.0  # cm, objective 1's tab top
TAB_STEP = 3.0  # cm, each next objective's tab that much lower
TAB_HEIGHT = 2.6  # cm
TAB_FILL = "#2E74B5"  # the objectives' heading colour

DRAW_NS = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
_HEADER_TEXT = "PCAET Grand Auch Cœur de Gascogne — Programme d'actions"

# styles.xml's automatic styles: the tab frame and its paragraph
STYLE_AUTO = f"""
<style:style style:name="frTab" style:family="graphic"><style:graphic-properties
 style:wrap="run-through" style:run-through="foreground" style:vertical-pos="from-top"
 style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"
 fo:background-color="{TAB_FILL}" draw:fill="solid" draw:fill-color="{TAB_FILL}"
 fo:border="none" fo:padding="0cm" draw:textarea-vertical-align="middle"
 style:flow-with-text="false"/></style:style>
<style:style style:name="PTab" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties
 style:font-name="Liberation Sans" fo:font-family="'Liberation Sans'" fo:font-size="11pt"
 fo:font-weight="bold" fo:color="#FFFFFF"/></style:style>
"""

# content.xml's automatic styles: the paragraph styles switching the master page
CONTENT_AUTO = """
<style:style style:name="H16o1" style:family="paragraph" style:master-page-name="Onglet1">
<style:paragraph-properties fo:margin-top="0.3cm" fo:margin-bottom="0.15cm"/>
<style:text-properties fo:font-size="16pt" fo:font-weight="bold" fo:color="#385623"/>
</style:style>
""" + "".join(
    f"""
<style:style style:name="HObjo{k}" style:family="paragraph" style:master-page-name="Onglet{k}">
<style:paragraph-properties fo:margin-top="0.3cm"/><style:text-properties fo:font-size="13pt"
 fo:font-weight="bold" fo:color="#2E74B5"/></style:style>
"""
    for k in (2, 3, 4)
)


def master_pages(codes: list[str]) -> str:
    """One master page a code: ``Standard``'s layout and header line, plus the tab."""
    pages = []
    for k, code in enumerate(codes, start=1):
        top = TAB_TOP + TAB_STEP * (k - 1)
        frame = (
            f'<draw:frame draw:style-name="frTab" draw:name="Onglet{k}" '
            f'text:anchor-type="paragraph" svg:x="{TAB_X}cm" svg:y="{top:.1f}cm" '
            f'svg:width="{21 - TAB_X:.1f}cm" svg:height="{TAB_HEIGHT}cm" draw:z-index="0">'
            f'<draw:text-box><text:p text:style-name="PTab">{escape(code)}</text:p>'
            "</draw:text-box></draw:frame>"
        )
        pages.append(
            f'<style:master-page style:name="Onglet{k}" style:display-name="Onglet {k}" '
            'style:page-layout-name="pm1"><style:header><text:p text:style-name="PH">'
            f"{frame}{escape(_HEADER_TEXT)}</text:p></style:header></style:master-page>"
        )
    return "".join(pages)


def lisiere_odt(path: Path) -> Path:
    """Seed 001 as the .odt whose pages carry a thumb-index tab per objective, at ``path``."""
    from tests.generators.plan_odt import _AUTO_STYLES, _FONTS, _STYLES, _cell, _write_odt

    blocks = load_seed()
    codes = [b.lines[0].split()[0] for b in blocks if b.kind == "objective"]
    assert len(codes) == 4, codes
    out: list[str] = []
    tables = objectives = 0
    for block in blocks:
        kind = block.kind
        if kind == "axis":
            out += [
                _p(
                    "H16o1"
                    if n == 0 and not out
                    else "H16"
                    if n == 0
                    else "H12"
                    if n == 1
                    else "H12n",
                    line,
                )
                for n, line in enumerate(block.lines)
            ]
        elif kind == "objective":
            objectives += 1
            out += [
                _p(f"HObjo{objectives}" if n == 0 and objectives > 1 else "HObj", line)
                for n, line in enumerate(block.lines)
            ]
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
        elif kind == "fiche":
            out += [_p("HFiche", line) for line in block.lines]
        elif kind == "fields":
            tables += 1
            rows = "".join(
                f"<table:table-row>{_cell('Label', 'PLabel', label)}"
                f"{_cell('Value', 'PValue', value)}</table:table-row>"
                for label, value in block.fields
            )
            out.append(
                f'<table:table table:name="Champs{tables}" table:style-name="Fields">'
                '<table:table-column table:style-name="cLab"/>'
                f'<table:table-column table:style-name="cVal"/>{rows}</table:table>'
            )
        elif kind == "impl":
            tables += 1
            out.append(_steps(block.header, block.rows, tables))
    assert objectives == 4, objectives
    start = _STYLES.index("<office:master-styles>")
    end = _STYLES.index("</office:master-styles>")
    standard = _STYLES[start + len("<office:master-styles>") : end]
    styles = (
        _STYLES[:start] + f"<office:master-styles>{standard}{master_pages(codes)}" + _STYLES[end:]
    ).replace("</office:automatic-styles>", STYLE_AUTO + "</office:automatic-styles>", 1)
    styles = styles.replace(' office:version="1.3"', f' {DRAW_NS} office:version="1.3"', 1)
    auto = _AUTO_STYLES.replace(
        "</office:automatic-styles>", CONTENT_AUTO + "</office:automatic-styles>"
    )
    return _write_odt(path, styles, _FONTS, auto, "".join(out))
