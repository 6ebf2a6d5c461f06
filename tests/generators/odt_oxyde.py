"""The ``oxyde`` .odt (two-hundred-and-thirty-sixth held-out set, ``plan_odt_oxyde``): the
``twotier`` document with EVERY « CO2 » OF THE SEED TYPED WITH A REAL SUBSCRIPT 2, as a
climate plan's author sets it (« Format › Texte › Indice »): the letters « CO » left in the
paragraph's text and the digit in a ``text:span`` on the automatic text style
:data:`STYLE_NAME` (``style:text-position="sub 58%"``: Writer's « Indice », lowered, 58 % of
the size) — fiche 1.4.2's « Contexte » value once and its « Indicateurs » value twice.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`oxyde_odt`: the style added, the three digits wrapped; nothing else changed.

Only the layout comes from here: every value is the seed's (the printed form of « CO2 »
changes, not its characters).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

STYLE_NAME = "TIndice"
POSITION = "sub 58%"
STYLES = (
    f'<style:style style:name="{STYLE_NAME}" style:family="text"><style:text-properties '
    f'style:text-position="{POSITION}"/></style:style>\n'
)
FORMULA = re.compile(r"\bCO2\b")
COUNT = 3  # the seed's « CO2 », all in fiche 1.4.2


def oxyde_xml(xml: str) -> str:
    """``twotier``'s content.xml with the digit of every « CO2 » in a subscript span."""
    assert xml.count("</office:automatic-styles>") == 1
    xml = xml.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    body = xml.index("<office:body>")
    head, text = xml[:body], xml[body:]
    out, count = FORMULA.subn(f'CO<text:span text:style-name="{STYLE_NAME}">2</text:span>', text)
    assert count == COUNT, count
    return head + out


def oxyde_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, every « CO2 » typed with a subscript 2."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = oxyde_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


__all__ = ["COUNT", "POSITION", "STYLE_NAME", "oxyde_odt", "oxyde_xml"]
