"""The ``majuscule`` .odt (two-hundred-and-fifteenth held-out set, ``plan_odt_majuscule``):
the ``twotier`` document whose heading and field-label paragraph styles (:data:`STYLES`:
``H16`` axes, ``HObj`` objectives, ``HSec``, ``HFiche`` fiche headings, ``PLabel`` the
fields table's labels) carry Writer's character effect « Casse : Titre », as an agent
dressing the template's titles sets « Format › Caractère › Effets de caractère › Casse :
Titre » (:data:`CASE`, ``fo:text-transform="capitalize"``). Writer then prints every word of
those paragraphs with a capital first letter, its text layer holding the capitals printed,
the stored text lower case as typed.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) with those
styles' text properties given the effect (:func:`majuscule_odt`); sizes, weights, colours,
body values and steps tables unchanged. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

STYLES = ("H16", "HObj", "HSec", "HFiche", "PLabel")
CASE = 'fo:text-transform="capitalize"'


def _capitalized(xml: str, name: str) -> str:
    """``xml`` with paragraph style ``name``'s text properties given :data:`CASE`."""
    start = xml.index(f'<style:style style:name="{name}" style:family="paragraph">')
    end = xml.index("</style:style>", start)
    props = xml.index("<style:text-properties", start, end) + len("<style:text-properties")
    return xml[:props] + " " + CASE + xml[props:]


def majuscule_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, its headings and field labels in title case."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                xml = data.decode()
                for name in STYLES:
                    assert xml.count(f'style:name="{name}" style:family="paragraph"') == 1, name
                    xml = _capitalized(xml, name)
                assert xml.count(CASE) == len(STYLES), xml.count(CASE)
                data = xml.encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path
