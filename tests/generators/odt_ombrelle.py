"""The ``ombrelle`` .odt (two-hundred-and-third held-out set, ``plan_odt_ombrelle``): the
``twotier`` document but EVERY FIELD VALUE PARAGRAPH FRAMED WITH A DROP SHADOW, as an agent
« sets off » the values with « Format › Paragraphe › Bordures » (all four sides, « Style
d'ombre » bottom right): the paragraph style ``PValue`` given :data:`FRAMED` as its
``style:paragraph-properties``. Writer draws a thin grey frame round each value inside its
cell (consecutive paragraphs merged into one frame) and a grey band 0.1 cm wide along the
frame's right side and foot.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) with that style
rewritten (:func:`ombrelle_odt`); labels, headings, steps tables, sizes, fills and margins
unchanged. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

FRAMED = (
    '<style:paragraph-properties fo:border="0.5pt solid #7F7F7F" fo:padding="0.1cm"'
    ' style:shadow="#808080 0.1cm 0.1cm"/>'
)
STYLE = "PValue"  # the fields table's value paragraph style


def ombrelle_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, its field values framed with a drop shadow."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = framed(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


def framed(xml: str) -> str:
    """``xml`` with :data:`FRAMED` put first in the properties of :data:`STYLE`."""
    head = f'<style:style style:name="{STYLE}" style:family="paragraph">'
    assert xml.count(head) == 1, xml.count(head)
    return xml.replace(head, head + FRAMED)
