"""The ``oriflamme`` .odt (hundred-and-eighty-fifth held-out set, ``plan_odt_oriflamme``): the
``twotier`` document but EACH FICHE'S HEADING LINES TYPED INTO A DRAWING SHAPE, as agents
dress up a report with Writer's « Formes › Flèches pleines › Flèche pentagone »: a
``draw:custom-shape`` of type ``pentagon-right`` (:func:`arrow`), :data:`WIDTH` cm wide, its
point :data:`POINT` cm deep, filled :data:`FILL`, no line, « Adapter la hauteur au texte »
(at least :data:`MIN_HEIGHT` cm), its text area the body left of the point, the heading's
lines (one paragraph each) white bold 11 pt inside, wrapped there and vertically centred. The
shape is anchored « Au paragraphe » to an EMPTY paragraph standing where the heading lines
stood, wrap « Aucun », so the text resumes under the arrow.

Everything else as :func:`tests.generators.plan_odt.plan_odt` writes ``twotier``. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from tests.generators.plan_odt import _p, _steps, _summary_table
from tests.generators.seed001 import load_seed

WIDTH = 16.0  # cm
POINT = 1.6  # cm, the depth of the arrow's point
MIN_HEIGHT = 0.9  # cm
FILL = "#1F4E79"  # the fiche headings' colour in twotier
# the point's base as a fraction of the shape's 21600 units (draw:modifiers)
_BASE = round(21600 * (WIDTH - POINT) / WIDTH)

DRAW_NS = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'

# content.xml's automatic styles: the shape, its anchor paragraph and its lines
CONTENT_AUTO = f"""
<style:style style:name="grArrow" style:family="graphic"><style:graphic-properties
 draw:fill="solid" draw:fill-color="{FILL}" draw:stroke="none" style:wrap="none"
 style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="left"
 style:horizontal-rel="paragraph" draw:auto-grow-height="true" draw:auto-grow-width="false"
 fo:wrap-option="wrap" draw:textarea-vertical-align="middle"
 draw:textarea-horizontal-align="left" fo:padding-left="0.25cm" fo:padding-right="0.25cm"
 fo:padding-top="0.25cm" fo:padding-bottom="0.25cm" fo:margin-top="0cm"
 fo:margin-bottom="0.2cm" style:flow-with-text="true" draw:shadow="hidden"/></style:style>
<style:style style:name="PAnchor" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.4cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-size="4pt"/>
</style:style>
<style:style style:name="PArrow" style:family="paragraph"><style:paragraph-properties
 fo:text-align="start" fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties
 fo:font-size="11pt" fo:font-weight="bold" fo:color="#FFFFFF"/></style:style>
"""


def arrow(lines: list[str]) -> str:
    """An empty paragraph anchoring the pentagon arrow that holds ``lines``."""
    text = "".join(_p("PArrow", line) for line in lines)
    shape = (
        '<draw:custom-shape text:anchor-type="paragraph" draw:z-index="0" '
        f'draw:style-name="grArrow" svg:width="{WIDTH}cm" svg:height="{MIN_HEIGHT}cm" '
        f'svg:x="0cm" svg:y="0cm">{text}'
        '<draw:enhanced-geometry svg:viewBox="0 0 21600 21600" draw:type="pentagon-right" '
        f'draw:modifiers="{_BASE}" draw:text-areas="0 0 ?f0 21600" '
        'draw:enhanced-path="M 0 0 L ?f0 0 21600 10800 ?f0 21600 0 21600 Z N">'
        '<draw:equation draw:name="f0" draw:formula="$0 "/>'
        '<draw:handle draw:handle-position="$0 top" draw:handle-range-x-minimum="0" '
        'draw:handle-range-x-maximum="21600"/></draw:enhanced-geometry></draw:custom-shape>'
    )
    return f'<text:p text:style-name="PAnchor">{shape}</text:p>'


def oriflamme_odt(path: Path) -> Path:
    """Seed 001 as the .odt whose fiche headings stand in pentagon arrows, at ``path``."""
    from tests.generators.plan_odt import _AUTO_STYLES, _FONTS, _STYLES, _cell, _write_odt

    out: list[str] = []
    tables = fiches = 0
    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            out += [
                _p("H16" if n == 0 else "H12" if n == 1 else "H12n", line)
                for n, line in enumerate(block.lines)
            ]
        elif kind == "objective":
            out += [_p("HObj", line) for line in block.lines]
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
            fiches += 1
            out.append(arrow(block.lines))
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
    assert fiches > 0, fiches
    auto = _AUTO_STYLES.replace(
        "</office:automatic-styles>", CONTENT_AUTO + "</office:automatic-styles>"
    )
    _write_odt(path, _STYLES, _FONTS, auto, "".join(out))
    return _with_draw_namespace(path)


def _with_draw_namespace(path: Path) -> Path:
    """The package again, its content.xml declaring the drawing namespace of the shapes."""
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = data.replace(
                    b' office:version="1.3"', f' {DRAW_NS} office:version="1.3"'.encode(), 1
                )
            odt.writestr(info, data, compress_type=info.compress_type)
    return path
