"""The ``passepoil`` .odt (hundred-and-ninety-seventh held-out set, ``plan_odt_passepoil``):
the ``twotier`` document but EVERY FIELD LABEL UNDERLINED « MOTS UNIQUEMENT », as agents set
off the labels of a form with Writer's « Caractère › Effets de caractère › Soulignement :
Simple » and « Mots uniquement » ticked: the paragraph style ``PLabel`` given
:data:`WORDS_ONLY` in its ``style:text-properties``. Writer prints a short rule in the font
colour under each printed word of a label, as wide as the word, broken at every space.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) with that style
rewritten (:func:`passepoil_odt`); sizes, fills, margins and page breaks unchanged. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

WORDS_ONLY = (
    'style:text-underline-style="solid" style:text-underline-width="auto" '
    'style:text-underline-color="font-color" style:text-underline-mode="skip-white-space"'
)
STYLE = "PLabel"  # the fields table's label paragraph style


def passepoil_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, its field labels underlined word by word."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = underlined(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


def underlined(xml: str) -> str:
    """``xml`` with :data:`WORDS_ONLY` added to the text properties of :data:`STYLE`."""
    pattern = re.compile(
        rf'(<style:style style:name="{STYLE}" style:family="paragraph">.*?'
        r"<style:text-properties)(\s)",
        re.DOTALL,
    )
    xml, count = pattern.subn(rf"\1 {WORDS_ONLY}\2", xml, count=1)
    assert count == 1, count
    return xml
