"""The ``encrier`` .odt (two-hundred-and-forty-fifth held-out set, ``plan_odt_encrier``): the
``twotier`` document published as open data with its contacts' personal data MASKED BY
PLACEHOLDERS: each of the twelve fields tables ends with an ADDED row « Contact » (the fiche
template's referent), whose name, phone and e-mail the authority replaced before publishing
(« Rechercher & remplacer »): :data:`CONTACT`, the text gone, no box.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`encrier_odt`: the row appended to every ``Champs`` table in the table's own cell and
paragraph styles; every other element unchanged.

Only the layout comes from here: every value is the seed's (the contact row is no seed field
and masks no seed value).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

LABEL = "Contact"
CONTACT = (
    "Chargé(e) de mission : [données masquées] – Tél. : XX XX XX XX XX – "
    "Courriel : xxxxx@grand-auch.fr"
)
ROW = (
    '<table:table-row><table:table-cell table:style-name="Label">'
    f'<text:p text:style-name="PLabel">{LABEL}</text:p></table:table-cell>'
    '<table:table-cell table:style-name="Value">'
    f'<text:p text:style-name="PValue">{CONTACT}</text:p></table:table-cell></table:table-row>'
)
FIELDS = re.compile(
    r'(<table:table table:name="Champs\d+" table:style-name="Fields">(?:(?!</table:table>).)*)'
    r"(</table:table>)",
    re.S,
)
COUNT = 12


def encrier_xml(xml: str) -> str:
    """``twotier``'s content.xml, a masked « Contact » row closing each fields table."""
    out, count = FIELDS.subn(lambda m: m.group(1) + ROW + m.group(2), xml)
    assert count == COUNT, count
    return out


def encrier_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, each fields table's added contact row masked."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = encrier_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


__all__ = ["CONTACT", "LABEL", "encrier_odt", "encrier_xml"]
