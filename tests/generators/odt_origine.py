"""The ``origine`` .odt (two-hundred-and-thirty-third held-out set, ``plan_odt_origine``): the
``twotier`` document with REAL WRITER FOOTNOTES ON TWO FIELD LABELS OF EVERY FICHE, as a
service's fiche template cites the sources of its indicators and of its regulatory
references (« Insertion › Note de bas de page »): in each of the twelve fields tables, the
label paragraphs of :data:`NOTES` (« Indicateurs », « Liens avec les objectifs
réglementaires ») each end with a ``text:note`` (``text:note-class="footnote"``): Writer
prints a superscript call number after the label's last letter, the notes numbered through
the document (1 … 24), and each note's text (:data:`NOTES`, in the note paragraph style
:data:`STYLES`: 8 pt, a hanging indent) at the foot of the page where its call stands.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`origine_odt`: the notes put in the label paragraphs and their paragraph style added;
the fields and steps tables, headings and paragraphs unchanged.

Only the layout comes from here: every value is the seed's (the calls and the notes' texts
are not: reference furniture, no digit and no value of the seed).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

# the labels followed by a footnote call, and their notes' texts
NOTES = {
    "Indicateurs": "Source : tableau de bord de suivi du plan, actualisé chaque année.",
    "Liens avec les objectifs réglementaires": (
        "Source : délibération du conseil communautaire arrêtant le projet de plan."
    ),
}
STYLES = """<style:style style:name="FnOrigine" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="0.4cm" fo:text-indent="-0.4cm" fo:margin-top="0cm" fo:margin-bottom="0cm"/>
<style:text-properties fo:font-size="8pt"/></style:style>
"""
# a label paragraph of the fields tables followed by a note
LABEL = re.compile(
    r'<text:p text:style-name="PLabel">('
    + "|".join(re.escape(escape(label)) for label in NOTES)
    + r")</text:p>"
)
FICHES = 12


def note(n: int, text: str) -> str:
    """Writer footnote number ``n``: its call where it stands, ``text`` at the page foot."""
    return (
        f'<text:note text:id="ftnO{n}" text:note-class="footnote"><text:note-citation>{n}'
        f'</text:note-citation><text:note-body><text:p text:style-name="FnOrigine">'
        f"{escape(text)}</text:p></text:note-body></text:note>"
    )


def origine_xml(xml: str) -> str:
    """``twotier``'s content.xml with a footnote after each label of :data:`NOTES`."""
    assert xml.count("</office:automatic-styles>") == 1
    assert "<text:note " not in xml
    xml = xml.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    count = iter(range(1, 2 * FICHES + 1))

    def put(match: re.Match[str]) -> str:
        label = match.group(1)
        text = next(text for key, text in NOTES.items() if escape(key) == label)
        return f'<text:p text:style-name="PLabel">{label}{note(next(count), text)}</text:p>'

    out = LABEL.sub(put, xml)
    assert out.count("<text:note ") == 2 * FICHES, out.count("<text:note ")
    return out


def origine_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, footnotes after two field labels of every fiche."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = origine_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


__all__ = ["NOTES", "STYLES", "note", "origine_odt", "origine_xml"]
