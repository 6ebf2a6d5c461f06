"""The ``quart`` .odt (two-hundred-and-twelfth held-out set, ``plan_odt_quart``): the
``twotier`` document whose steps-table header paragraph style ``PHead`` carries a character
rotation of 90°, as an agent fitting narrow columns sets « Format › Caractère › Position ›
Rotation / échelle : 90 degrés »: :data:`TURNED` (``style:text-rotation-angle="90"``,
``style:text-rotation-scale="fixed"``). Writer then writes every header label, the two group
labels included, bottom to top, each header row as tall as its turned labels need.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) with that one
paragraph style rewritten (:func:`quart_odt`); body rows, fields, headings, sizes, fills and
rules unchanged. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

HEAD = (
    '<style:style style:name="PHead" style:family="paragraph"><style:paragraph-properties\n'
    ' fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"\n'
    ' fo:font-weight="bold"/>'
)
TURNED = (
    '<style:style style:name="PHead" style:family="paragraph"><style:paragraph-properties\n'
    ' fo:text-align="center"/><style:text-properties fo:font-size="9.5pt"\n'
    ' fo:font-weight="bold" style:text-rotation-angle="90"'
    ' style:text-rotation-scale="fixed"/>'
)


def quart_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, its steps tables' header labels turned 90°."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                xml = data.decode()
                assert xml.count(HEAD) == 1, xml.count(HEAD)
                data = xml.replace(HEAD, TURNED).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path
