"""The ``papier`` .odt (hundred-and-thirty-first held-out set, ``plan_odt_papier``): the
``twotier`` document and steps tables typed on a « PAPIER À EN-TÊTE » template whose
letterhead is a SCANNED A4 SHEET SET AS THE PAGE STYLE'S BACKGROUND PICTURE (a 150 dpi JPEG
stretched over the whole page, margins included: a paper tone with faint speckle, a logo
square and the authority's name at the top left, a green band down the right edge, a pale
emblem mid-page, a rule and an address at the foot — all pixels), the page's margins
widened to clear it (top 3.6 cm, bottom 2.4 cm, left 2 cm, right 2.3 cm).

The .odt is ``plan_odt_twotier``'s, its ``styles.xml`` and package completed afterwards.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

WIDTH, HEIGHT = 1240, 1754  # A4 at 150 dpi
PAPER = (248, 246, 239)  # #F8F6EF
BLUE = (31, 78, 121)  # #1F4E79
GREEN = (112, 173, 71)  # #70AD47
EMBLEM = (235, 239, 243)  # #EBEFF3
GREY = (110, 110, 110)
PICTURE = "Pictures/papier.jpg"
_FONT = "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"
_BOLD = "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"

_XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"'
_DRAW = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
_FILL_IMAGE = (
    f'<draw:fill-image draw:name="Papier" xlink:href="{PICTURE}" xlink:type="simple" '
    'xlink:show="embed" xlink:actuate="onLoad"/>'
)
_PAGE_FILL = (
    '<style:style style:name="Mdp1" style:family="drawing-page">'
    '<style:drawing-page-properties draw:fill="bitmap" draw:fill-image-name="Papier" '
    'style:repeat="stretch" draw:background-size="full"/></style:style>'
)
_TWOTIER_MARGINS = (
    'fo:margin-top="1.5cm"\n fo:margin-bottom="1.5cm" fo:margin-left="2cm" fo:margin-right="2cm"'
)
_PAPIER_MARGINS = (
    'fo:margin-top="3.6cm"\n fo:margin-bottom="2.4cm" fo:margin-left="2cm" fo:margin-right="2.3cm"'
)


def letterhead_jpeg() -> bytes:
    """The scanned letter paper: 1240 × 1754 px, JPEG quality 80."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("RGB", (WIDTH, HEIGHT), PAPER)
    draw = ImageDraw.Draw(image)
    rng = random.Random(131)
    for _ in range(9000):  # the scanner's faint grey speckle
        x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
        shade = rng.randrange(200, 236)
        draw.point((x, y), fill=(shade, shade, shade - 4))
    cx, cy, r = WIDTH // 2, HEIGHT // 2, 330  # the pale emblem mid-page
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=EMBLEM, width=38)
    draw.ellipse((cx - r + 90, cy - r + 90, cx + r - 90, cy + r - 90), fill=EMBLEM)
    draw.rectangle((94, 56, 234, 196), fill=BLUE)  # the logo square and the name
    draw.text((164, 126), "GACG", font=ImageFont.truetype(_BOLD, 40), fill="white", anchor="mm")
    draw.text(
        (262, 78), "Grand Auch Cœur de Gascogne", font=ImageFont.truetype(_BOLD, 38), fill=BLUE
    )
    draw.text(
        (262, 132), "Communauté d'agglomération", font=ImageFont.truetype(_FONT, 28), fill=BLUE
    )
    draw.rectangle((WIDTH - 30, 0, WIDTH, HEIGHT), fill=GREEN)  # 5 mm down the right edge
    draw.rectangle((118, 1640, WIDTH - 136, 1642), fill=BLUE)  # the foot rule and address
    draw.text(
        ((WIDTH - 30) // 2, 1672),
        "32000 AUCH — www.grand-auch.fr",
        font=ImageFont.truetype(_FONT, 22),
        fill=GREY,
        anchor="mm",
    )
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80, dpi=(150, 150))
    return out.getvalue()


def papier_styles(styles: str) -> str:
    """``twotier``'s ``styles.xml`` with the letterhead as the standard page's background."""
    assert styles.count(_TWOTIER_MARGINS) == 1
    root = "<office:document-styles "
    return (
        styles.replace(root, f"{root}{_XLINK} {_DRAW} ", 1)
        .replace(_TWOTIER_MARGINS, _PAPIER_MARGINS)
        .replace("<office:styles>", "<office:styles>" + _FILL_IMAGE, 1)
        .replace("</office:automatic-styles>", _PAGE_FILL + "</office:automatic-styles>", 1)
        .replace(
            '<style:master-page style:name="Standard" style:page-layout-name="pm1">',
            '<style:master-page style:name="Standard" style:page-layout-name="pm1" '
            'draw:style-name="Mdp1">',
        )
    )


def add_letterhead(path: Path) -> Path:
    """Rewrite the .odt at ``path``: its page style's background the scanned letterhead."""
    with zipfile.ZipFile(path) as odt:
        parts = {name: odt.read(name) for name in odt.namelist()}
    styles = papier_styles(parts["styles.xml"].decode("utf-8"))
    assert 'draw:style-name="Mdp1"' in styles
    manifest = (
        parts["META-INF/manifest.xml"]
        .decode("utf-8")
        .replace(
            "</manifest:manifest>",
            f'<manifest:file-entry manifest:full-path="{PICTURE}" '
            'manifest:media-type="image/jpeg"/>\n</manifest:manifest>',
        )
    )
    with zipfile.ZipFile(path, "w") as odt:
        odt.writestr(
            zipfile.ZipInfo("mimetype"), parts["mimetype"], compress_type=zipfile.ZIP_STORED
        )
        odt.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        odt.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        odt.writestr("content.xml", parts["content.xml"], compress_type=zipfile.ZIP_DEFLATED)
        odt.writestr(PICTURE, letterhead_jpeg(), compress_type=zipfile.ZIP_STORED)
    return path
