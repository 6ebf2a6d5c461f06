"""The ``ondelette`` .odt (hundred-and-ninety-fourth held-out set, ``plan_odt_ondelette``):
the ``twotier`` document but EVERY OBJECTIVE LINE AND EVERY FICHE HEADING LINE UNDERLINED
WITH A WAVE, as agents set off their headings with Writer's « Caractère › Effets de
caractère › Soulignement : Onde »: the paragraph styles ``HObj``, ``HFiche`` and ``HFicheP``
(where written) given :data:`WAVE` in their ``style:text-properties``. Writer prints a
stroked wavy curve in the text's colour under the glyphs of each printed line, as wide as
that line's text.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) with those styles
rewritten (:func:`ondelette_odt`); text colours, sizes and margins unchanged. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

WAVE = (
    'style:text-underline-style="wave" style:text-underline-width="auto" '
    'style:text-underline-color="font-color"'
)
STYLES = ("HObj", "HFiche", "HFicheP")  # the objective and fiche heading paragraph styles


def ondelette_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, its objective and fiche heading lines wave-underlined."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = waved(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


def waved(xml: str) -> str:
    """``xml`` with :data:`WAVE` added to the text properties of :data:`STYLES`."""
    done = 0
    for name in STYLES:
        pattern = re.compile(
            rf'(<style:style style:name="{name}" style:family="paragraph">.*?'
            r"<style:text-properties)(\s)",
            re.DOTALL,
        )
        xml, count = pattern.subn(rf"\1 {WAVE}\2", xml, count=1)
        done += count
    assert done >= 2, done  # HObj and HFiche at least
    return xml
