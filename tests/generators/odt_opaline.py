"""The ``opaline`` .odt (hundred-and-eighty-eighth held-out set, ``plan_odt_opaline``): the
``twotier`` document but EVERY OBJECTIVE LINE AND EVERY FICHE HEADING LINE ON A GRADIENT AREA
FILL, as agents dress their headings with Writer's « Paragraphe › Remplissage › Dégradé »:
the paragraph styles ``HObj`` and ``HFiche`` given a linear gradient (:data:`GRADIENT`,
:data:`TOP` at the top to :data:`FOOT` at the foot) in their ``style:graphic-properties``
(where Writer reads a paragraph's area fill) and :data:`PADDING` inside the fill. Writer
prints each filled line as a stack of full-width filled rectangles, one a step of the
gradient.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) with those two
styles rewritten (:func:`opaline_odt`); text colours, sizes and margins unchanged. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

TOP, FOOT = "#DEEBF7", "#9DC3E6"  # the gradient's start (top) and end (foot) colours
PADDING = 'fo:padding-top="0.1cm" fo:padding-bottom="0.1cm" fo:padding-left="0.15cm" '
PADDING += 'fo:padding-right="0.15cm"'

DRAW_NS = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
GRADIENT = (
    '<draw:gradient draw:name="Opaline" draw:display-name="Opaline" draw:style="linear" '
    f'draw:angle="0" draw:start-color="{TOP}" draw:end-color="{FOOT}" '
    'draw:start-intensity="100%" draw:end-intensity="100%" draw:border="0%"/>'
)
FILL = '<style:graphic-properties draw:fill="gradient" draw:fill-gradient-name="Opaline"/>'

# each heading style's paragraph properties as ``twotier`` writes them; rewritten with the
# padding and followed by the fill
_HEADINGS = (
    ("HObj", 'fo:margin-top="0.3cm"'),
    ("HFiche", 'fo:margin-top="0.4cm" fo:margin-bottom="0.1cm"'),
)
_STYLES = {
    f'style:name="{name}" style:family="paragraph"><style:paragraph-properties\n {props}/>': (
        f'style:name="{name}" style:family="paragraph"><style:paragraph-properties\n'
        f" {props} {PADDING}/>{FILL}"
    )
    for name, props in _HEADINGS
}


def opaline_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, its objective and fiche headings on a gradient."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename in ("content.xml", "styles.xml"):
                data = _rewrite(info.filename, data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


def _rewrite(name: str, xml: str) -> str:
    """``name``'s XML with the drawing namespace, and the gradient (styles.xml) or the two
    filled heading styles (content.xml)."""
    xml = xml.replace(' office:version="1.3"', f' {DRAW_NS} office:version="1.3"', 1)
    if name == "styles.xml":
        assert xml.count("<office:styles>") == 1
        return xml.replace("<office:styles>", f"<office:styles>{GRADIENT}", 1)
    for before, after in _STYLES.items():
        assert xml.count(before) == 1, before
        xml = xml.replace(before, after)
    return xml
