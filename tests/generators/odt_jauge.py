"""The ``jauge`` .odt (two-hundred-and-twenty-seventh held-out set, ``plan_odt_jauge``): the
``twotier`` document with a PROGRESS CHART PASTED AS A PICTURE BESIDE EACH FICHE'S FIELDS
TABLE, as a fiche template shows each action's « avancement » chart copied from the
monitoring workbook: in the last heading paragraph before each of the twelve fields tables,
a picture frame (:data:`SIDE` cm square, an embedded PNG of :func:`donut_png`: a donut of
three segments on white, no text, no legend) anchored to the paragraph, its top level with
the paragraph's top, at the right of the paragraph area, wrap « Parallèle »
(:data:`STYLES`): Writer sets the heading's lines and the fields table at its left, the
table narrowed to the width left.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`jauge_odt`: the frames put in the headings, the pictures and their manifest entries
added; the fields and steps tables, headings and paragraphs unchanged. The ``draw`` and
``xlink`` namespaces are declared on the elements that use them, so that the shared document
root of :mod:`tests.generators.plan_odt` stays as every other .odt layout writes it.

Only the layout comes from here: every value is the seed's (the charts' shares are not: a
sequence of this module, no text).
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

SIDE = 4.0  # cm, the picture's side
PX = 400  # the picture's side in pixels
HOLE = 0.4  # the hole's diameter, in the donut's
COLOURS = ((0x1F, 0x4E, 0x79), (0x70, 0xAD, 0x47), (0xD9, 0xD9, 0xD9))
# per fiche, in document order: the first two segments' shares (%), the third the rest
SHARES = (
    (35, 30),
    (20, 45),
    (60, 15),
    (10, 25),
    (45, 35),
    (25, 20),
    (70, 10),
    (15, 55),
    (50, 25),
    (30, 30),
    (5, 40),
    (40, 20),
)
_DRAW = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
_XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'
STYLES = """<style:style style:name="frJauge" style:family="graphic"
 style:parent-style-name="Graphics"><style:graphic-properties style:wrap="parallel"
 style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top"
 style:vertical-rel="paragraph" style:horizontal-pos="right"
 style:horizontal-rel="paragraph" fo:margin-left="0.3cm" fo:margin-right="0cm"
 fo:margin-top="0cm" fo:margin-bottom="0.2cm" fo:border="none"/></style:style>
"""
# the last heading paragraph before a fields table
HEADING = re.compile(
    r'<text:p text:style-name="HFiche">((?:(?!</text:p>).)*)</text:p>'
    r'(<table:table table:name="Champs\d+" table:style-name="Fields">)',
    re.S,
)


def donut_png(index: int) -> bytes:
    """Fiche ``index``'s chart: a donut of :data:`COLOURS`' three segments clockwise from the
    top (the shares :data:`SHARES` ``[index]``, the rest), a white hole, on white, no text."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (PX, PX), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    first, second = SHARES[index]
    bounds = [0.0, first * 3.6, (first + second) * 3.6, 360.0]
    box = (12, 12, PX - 13, PX - 13)
    for colour, start, end in zip(COLOURS, bounds, bounds[1:], strict=False):
        draw.pieslice(box, start - 90, end - 90, fill=colour)
    hole = PX * HOLE / 2
    centre = PX / 2
    draw.ellipse((centre - hole, centre - hole, centre + hole, centre + hole), fill="white")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def frame(index: int) -> str:
    """The picture frame of fiche ``index``, anchored to its paragraph."""
    return (
        f'<draw:frame {_DRAW} draw:style-name="frJauge" draw:name="Jauge{index + 1}" '
        f'text:anchor-type="paragraph" svg:width="{SIDE}cm" svg:height="{SIDE}cm" '
        f'draw:z-index="{index}"><draw:image {_XLINK} '
        f'xlink:href="Pictures/jauge{index + 1}.png" xlink:type="simple" xlink:show="embed" '
        'xlink:actuate="onLoad"/></draw:frame>'
    )


def jauge_xml(xml: str) -> str:
    """``twotier``'s content.xml with a chart frame in each fields table's heading."""
    assert xml.count("</office:automatic-styles>") == 1
    xml = xml.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    count = iter(range(len(SHARES)))

    def put(match: re.Match[str]) -> str:
        index = next(count)
        return (
            f'<text:p text:style-name="HFiche">{frame(index)}{match.group(1)}</text:p>'
            + match.group(2)
        )

    out = HEADING.sub(put, xml)
    assert out.count("<draw:frame ") == len(SHARES), out.count("<draw:frame ")
    return out


def jauge_manifest(manifest: str) -> str:
    """The manifest with an entry a picture."""
    entries = "".join(
        f'<manifest:file-entry manifest:full-path="Pictures/jauge{i + 1}.png" '
        'manifest:media-type="image/png"/>\n'
        for i in range(len(SHARES))
    )
    assert manifest.count("</manifest:manifest>") == 1
    return manifest.replace("</manifest:manifest>", entries + "</manifest:manifest>")


def jauge_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, a progress chart picture beside each fields table."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = jauge_xml(data.decode()).encode()
            elif info.filename == "META-INF/manifest.xml":
                data = jauge_manifest(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
        for index in range(len(SHARES)):
            odt.writestr(
                f"Pictures/jauge{index + 1}.png", donut_png(index), compress_type=zipfile.ZIP_STORED
            )
    return path
