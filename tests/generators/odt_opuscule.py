"""The ``opuscule`` .odt (two-hundred-and-sixth held-out set, ``plan_odt_opuscule``): the
``twotier`` document laid out for recto-verso printing, as an agent sets « Format › Style de
page › Page › Mise en page : En vis-à-vis » with a 3.5 cm « Intérieur » and a 1.5 cm
« Extérieur » margin: the page layout ``pm1`` given ``style:page-usage="mirrored"`` and
:data:`MARGINS` (the left margin the inner one, the right the outer). Writer prints the text
block 16 cm wide, its left edge at 3.5 cm on odd pages and at 1.5 cm on even ones, so the page
header, headings and tables shift 2 cm sideways from one page to the next.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) with that page
layout rewritten (:func:`opuscule_odt`); sizes, fills, rules, top and bottom margins
unchanged. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

LAYOUT = '<style:page-layout style:name="pm1">'
MIRRORED = '<style:page-layout style:name="pm1" style:page-usage="mirrored">'
MARGINS = (
    (
        'fo:margin-left="2cm" fo:margin-right="2cm"/>',
        'fo:margin-left="3.5cm" fo:margin-right="1.5cm"/>',
    ),
)


def opuscule_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, its pages mirrored with a wide inner margin."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename in ("content.xml", "styles.xml") and LAYOUT.encode() in data:
                data = mirrored(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


def mirrored(xml: str) -> str:
    """``xml`` with page layout ``pm1`` mirrored and given the inner and outer margins."""
    assert xml.count(LAYOUT) == 1, xml.count(LAYOUT)
    start = xml.index(LAYOUT)
    end = xml.index("</style:page-layout>", start)
    block = xml[start:end].replace(LAYOUT, MIRRORED)
    for old, new in MARGINS:
        assert block.count(old) == 1, block
        block = block.replace(old, new)
    return xml[:start] + block + xml[end:]
