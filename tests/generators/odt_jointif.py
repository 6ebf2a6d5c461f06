"""The ``jointif`` .odt (two-hundredth held-out set, ``plan_odt_jointif``): the ``twotier``
document but EVERY FIELD VALUE PARAGRAPH SET « INTERLIGNE : PROPORTIONNEL 80 % », as an agent
squeezes a plan onto fewer pages with « Format › Paragraphe › Retraits et espacement ›
Interligne : Proportionnel »: the paragraph style ``PValue`` given :data:`TIGHT` as its
``style:paragraph-properties``. Writer sets the lines of every value 0.8 of their single
spacing apart, the descenders of a line nearly on the capitals of the next.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) with that style
rewritten (:func:`jointif_odt`); labels, headings, steps tables, sizes, fills and margins
unchanged. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

TIGHT = '<style:paragraph-properties fo:line-height="80%"/>'
STYLE = "PValue"  # the fields table's value paragraph style


def jointif_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, its field values at 80 % line spacing."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = tightened(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


def tightened(xml: str) -> str:
    """``xml`` with :data:`TIGHT` put first in the properties of :data:`STYLE`."""
    head = f'<style:style style:name="{STYLE}" style:family="paragraph">'
    assert xml.count(head) == 1, xml.count(head)
    return xml.replace(head, head + TIGHT)
