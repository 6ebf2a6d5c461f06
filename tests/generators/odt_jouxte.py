"""The ``jouxte`` .odt (ninety-fifth held-out set, ``plan_odt_jouxte``): the ``twotier``
document laid out as an agent lays out a « fiche action » with the steps IN A TEXT FRAME
BESIDE THE FIELDS: the fields bold label paragraphs over their values (no table), and the
fiche's « Modalités de mise en oeuvre » heading and steps table in one Writer text frame
(« Insertion › Cadre ») 11 cm wide at the right of the text area, anchored to the first
label's paragraph, wrap « left »: the fields' text flows at its left, then under it. After
the fields, an empty paragraph holding a clearing line break puts what follows under it.

Writer imports a ``draw:frame`` as a TEXT FRAME only when its graphic style's parent is
« Frame » (else a drawing shape, which drops the table). The ``draw`` and ``loext``
namespaces are declared on the elements that use them, so that the shared document root of
:mod:`tests.generators.plan_odt` stays as every other .odt layout writes it.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from tests.generators.plan_odt import _p, column_styles, grid_cell_styles, grid_steps
from tests.generators.seed001 import _paragraphs

WIDTHS = (1.9, 3.4, 1.3, 1.5, 1.2, 1.4)  # cm, 10.7 cm: the frame's inner width
GRID = "0.5pt solid #000000"
_DRAW = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
_LOEXT = 'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"'

STYLES = (
    """
<style:style style:name="JFrame" style:family="graphic" style:parent-style-name="Frame">
<style:graphic-properties style:wrap="left" style:number-wrapped-paragraphs="no-limit"
 style:wrap-contour="false" style:vertical-pos="top" style:vertical-rel="paragraph"
 style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:margin-left="0.3cm"
 fo:margin-right="0cm" fo:margin-top="0cm" fo:margin-bottom="0.2cm"
 fo:border="0.5pt solid #7F7F7F" fo:padding="0.15cm" fo:background-color="#F7F9FC"
 style:flow-with-text="true"/></style:style>
<style:style style:name="JSteps" style:family="table"><style:table-properties
 style:width="10.7cm" table:align="left" fo:margin-bottom="0cm"/></style:style>
"""
    + column_styles("cJ", WIDTHS)
    + grid_cell_styles("J", GRID, "#E2EFDA", "7.5pt")
)

# the paragraph after a fiche's fields: a « clear all » line break, what follows under the frame
CLEAR = f'<text:p text:style-name="Standard"><text:line-break {_LOEXT} loext:clear="all"/></text:p>'


def framed_fiche(
    fields: list[tuple[str, str]], heading: str, header: list[str], rows: list[list[str]], n: int
) -> str:
    """A fiche's fields as label paragraphs over value paragraphs, the first label's
    paragraph holding the frame of ``heading`` (« Modalités de mise en oeuvre ») over the
    steps table number ``n``."""
    frame = (
        f'<draw:frame {_DRAW} draw:style-name="JFrame" draw:name="Cadre{n}" '
        'text:anchor-type="paragraph" svg:width="11cm" draw:z-index="0">'
        '<draw:text-box fo:min-height="0.5cm">'
        f"{_p('HSec', heading)}{grid_steps(header, rows, n, 'J', 'JSteps')}</draw:text-box></draw:frame>"
    )
    out = []
    for i, (label, value) in enumerate(fields):
        anchor = frame if i == 0 else ""
        out.append(f'<text:p text:style-name="PLabel">{anchor}{escape(label)}</text:p>')
        out += [_p("PValue", part) for part in _paragraphs(value)]
    return "".join(out)
