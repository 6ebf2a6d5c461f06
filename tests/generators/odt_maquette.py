"""The ``maquette`` .odt (two-hundred-and-thirty-ninth held-out set, ``plan_odt_maquette``):
the ``twotier`` document whose EVERY FIELD LABEL CELL KEEPS THE FICHE TEMPLATE'S GUIDANCE
LINE, as an agent fills a « fiche action » template by typing each value in the value cell
and never deletes the grey help text the template put under each label: in each of the 72
label cells, after the label's paragraph, a second paragraph in the style ``PHint``
(:data:`STYLES`: Liberation Serif 8 pt italic, not bold, #808080, 0.05 cm above) holding the
label's bracketed hint (:data:`HINTS`, the same in every fiche); the values, their cells and
everything else unchanged.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`maquette_odt`: the hint paragraphs put in the label cells, their style added.

Only the layout comes from here: every value is the seed's (the hints are the template's,
no part of any label or value).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

HINTS = {
    "Contexte": "[Décrire ici la situation de départ : diagnostic, chiffres clés, démarches "
    "engagées]",
    "Objectifs et résultats attendus": "[Ce que l'action doit produire ; résultats chiffrés si "
    "possible]",
    "Publics cibles": "[Élus, agents, habitants, entreprises, associations…]",
    "Indicateurs": "[Indicateurs de suivi et de résultat, avec leur valeur cible]",
    "Prise en compte de l'EES": "[Mesures d'évitement, de réduction ou de compensation issues "
    "de l'EES]",
    "Liens avec les objectifs réglementaires": "[Objectifs du SRADDET, de la SNBC, de la loi "
    "TECV…]",
}
STYLES = """<style:style style:name="PHint" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.05cm"/><style:text-properties fo:font-size="8pt" fo:font-weight="normal"
 fo:font-style="italic" fo:color="#808080"/></style:style>
"""
# a fields table's label cell (the label's one paragraph)
LABEL = re.compile(
    r'(<table:table-cell table:style-name="Label"><text:p text:style-name="PLabel">)'
    r"([^<]*)(</text:p>)(</table:table-cell>)"
)
COUNT = 72  # 12 fiches, six fields each


def maquette_xml(xml: str) -> str:
    """``twotier``'s content.xml with the template's hint under every field label."""
    assert xml.count("</office:automatic-styles>") == 1
    xml = xml.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    by_text = {escape(label): hint for label, hint in HINTS.items()}

    def put(match: re.Match[str]) -> str:
        hint = by_text[match.group(2)]
        return (
            match.group(1)
            + match.group(2)
            + match.group(3)
            + f'<text:p text:style-name="PHint">{escape(hint)}</text:p>'
            + match.group(4)
        )

    out, n = LABEL.subn(put, xml)
    assert n == COUNT, n
    return out


def maquette_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, a grey italic template hint under every field label."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = maquette_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


__all__ = ["HINTS", "STYLES", "maquette_odt", "maquette_xml"]
