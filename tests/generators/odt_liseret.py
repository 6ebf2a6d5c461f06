"""The ``liseret`` .odt (hundred-and-seventh held-out set, ``plan_odt_liseret``): the
``twotier`` document written from an authority's letterhead template whose page style
carries a VERTICAL INSTITUTIONAL STRIP down the left edge of every page: the standard page
style's header paragraph holds a text frame positioned on the page (0.6 cm from its left
edge, 1.5 cm from its top, 0.9 × 26.7 cm), filled #1F4E79, no border, wrap « à travers » in
the background, its one paragraph — the authority's name, bold 9 pt white — turned to read
bottom to top (``style:writing-mode="bt-lr"``) and centred along and across the strip.

Writer imports a ``draw:frame`` as a TEXT FRAME only when its graphic style's parent is
« Frame »; the ``draw`` namespace is declared on the frame, so that the shared document root
of :mod:`tests.generators.plan_odt` stays as every other .odt layout writes it.

Only the layout comes from here: every value is the seed's (the strip's text is not).
"""

from __future__ import annotations

from xml.sax.saxutils import escape

_DRAW = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
TEXT = (
    "Communauté d'agglomération Grand Auch Cœur de Gascogne — Plan Climat Air Énergie Territorial"
)
FILL = "#1F4E79"

# styles.xml's automatic styles: the strip's frame and its paragraph
_STRIP_STYLES = f"""
<style:style style:name="Liseret" style:family="graphic" style:parent-style-name="Frame">
<style:graphic-properties {_DRAW} style:wrap="run-through" style:run-through="background"
 style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left"
 style:horizontal-rel="page" fo:border="none" fo:padding="0.1cm"
 fo:background-color="{FILL}" style:writing-mode="bt-lr"
 draw:textarea-vertical-align="middle"/></style:style>
<style:style style:name="PLiseret" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="9pt" fo:font-weight="bold"
 fo:color="#FFFFFF"/></style:style>
"""

_FRAME = (
    f'<draw:frame {_DRAW} draw:style-name="Liseret" draw:name="Liseret" '
    'text:anchor-type="paragraph" svg:x="0.6cm" svg:y="1.5cm" svg:width="0.9cm" '
    'svg:height="26.7cm" draw:z-index="0"><draw:text-box>'
    f'<text:p text:style-name="PLiseret">{escape(TEXT)}</text:p>'
    "</draw:text-box></draw:frame>"
)

_HEADER_P = '<style:header><text:p text:style-name="PH">'


def liseret_styles(styles: str) -> str:
    """styles.xml with the strip: its styles among the automatic styles, its frame at the
    start of the standard page style's header paragraph."""
    assert styles.count(_HEADER_P) == 1
    return styles.replace(
        "</office:automatic-styles>", _STRIP_STYLES + "</office:automatic-styles>", 1
    ).replace(_HEADER_P, _HEADER_P + _FRAME, 1)
