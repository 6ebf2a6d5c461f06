"""The ``sigle`` .odt (two-hundred-and-forty-eighth held-out set, ``plan_odt_sigle``): the
``twotier`` document FOLLOWED BY A « LISTE DES SIGLES », as a PCAET's action programme ends
on its glossary of acronyms: after the last fiche's steps table, the heading :data:`TITLE`
(16 pt bold #1F4E79, on a new page) and a 17 cm table of two columns (3.0 / 14.0 cm, black
0.5 pt grid) whose header row « Sigle » | « Signification » is bold on #E2EFDA (repeated),
then one row per entry of :data:`SIGLES` (the acronyms the seed's texts use, alphabetical),
the acronym bold | its expansion.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`sigle_odt`: the styles and the back matter added at the end of ``office:text``; every
fiche unchanged.

Only the layout comes from here: every value is the seed's (the list of sigles is back
matter ADDED after the seed's content: no field, no step, no figure).
"""

from __future__ import annotations

import zipfile
from html import escape
from pathlib import Path

TITLE = "Liste des sigles"  # not in the seed
HEAD = ("Sigle", "Signification")  # not in the seed
SIGLES = (
    ("ABiC", "Atlas de la biodiversité intercommunale"),
    ("ADEME", "Agence de l'environnement et de la maîtrise de l'énergie"),
    ("AFB", "Agence française pour la biodiversité"),
    ("ARB", "Agence régionale de la biodiversité"),
    ("AUaT", "Agence d'urbanisme et d'aménagement Toulouse aire métropolitaine"),
    ("CAUE", "Conseil d'architecture, d'urbanisme et de l'environnement"),
    ("DD", "Développement durable"),
    ("EES", "Évaluation environnementale stratégique"),
    ("ENR", "Énergies renouvelables"),
    ("ESS", "Économie sociale et solidaire"),
    ("ETP", "Équivalent temps plein"),
    ("GACdG", "Grand Auch Cœur de Gascogne (communauté d'agglomération)"),
    ("GES", "Gaz à effet de serre"),
    ("HQE", "Haute qualité environnementale"),
    ("NF", "Norme française"),
    ("PCAET", "Plan climat-air-énergie territorial"),
    (
        "PLUiHD",
        "Plan local d'urbanisme intercommunal valant programme local de l'habitat "
        "et plan de déplacements",
    ),
    ("TVB", "Trame verte et bleue"),
    ("ZA", "Zone d'activités"),
    ("ZAC", "Zone d'aménagement concerté"),
)
STYLES = """<style:style style:name="HSigles" style:family="paragraph"><style:paragraph-properties
 fo:break-before="page" fo:margin-top="0cm" fo:margin-bottom="0.3cm"/><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="16pt" fo:font-weight="bold"
 fo:color="#1F4E79"/></style:style>
<style:style style:name="Sigles" style:family="table"><style:table-properties
 style:width="17cm" table:align="left"/></style:style>
<style:style style:name="cSig1" style:family="table-column"><style:table-column-properties
 style:column-width="3cm"/></style:style>
<style:style style:name="cSig2" style:family="table-column"><style:table-column-properties
 style:column-width="14cm"/></style:style>
<style:style style:name="SigH" style:family="table-cell"><style:table-cell-properties
 fo:border="0.5pt solid #000000" fo:background-color="#E2EFDA" fo:padding="0.08cm"
 style:vertical-align="middle"/></style:style>
<style:style style:name="SigB" style:family="table-cell"><style:table-cell-properties
 fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="top"/></style:style>
<style:style style:name="PSigB" style:family="paragraph"><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="11pt" fo:font-weight="bold"/></style:style>
<style:style style:name="PSig" style:family="paragraph"><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="11pt"/></style:style>
"""


def _cell(style: str, para: str, text: str) -> str:
    return (
        f'<table:table-cell table:style-name="{style}" office:value-type="string">'
        f'<text:p text:style-name="{para}">{escape(text, quote=False)}</text:p>'
        "</table:table-cell>"
    )


def back_matter() -> str:
    """The heading and the table of sigles, on a new page."""
    head = "".join(_cell("SigH", "PSigB", label) for label in HEAD)
    rows = "".join(
        f"<table:table-row>{_cell('SigB', 'PSigB', sigle)}{_cell('SigB', 'PSig', meaning)}"
        "</table:table-row>"
        for sigle, meaning in SIGLES
    )
    return (
        f'<text:p text:style-name="HSigles">{TITLE}</text:p>'
        '<table:table table:name="Sigles" table:style-name="Sigles">'
        '<table:table-column table:style-name="cSig1"/>'
        '<table:table-column table:style-name="cSig2"/>'
        f"<table:table-header-rows><table:table-row>{head}</table:table-row>"
        f"</table:table-header-rows>{rows}</table:table>"
    )


def sigle_xml(xml: str) -> str:
    """``twotier``'s content.xml with the list of sigles after its last table."""
    assert xml.count("</office:automatic-styles>") == 1
    assert xml.count("</office:text>") == 1
    xml = xml.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    return xml.replace("</office:text>", back_matter() + "</office:text>")


def sigle_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, a list of sigles at its end."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = sigle_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


__all__ = ["SIGLES", "TITLE", "back_matter", "sigle_odt", "sigle_xml"]
