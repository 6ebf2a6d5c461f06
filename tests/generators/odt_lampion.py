"""The ``lampion`` .odt (two-hundred-and-fifty-first held-out set, ``plan_odt_lampion``): the
``twotier`` document PUT TOGETHER FROM PARTS WRITTEN BY SEVERAL SERVICES, each part kept as
its service wrote it: the fiches of objectives 1.3 and 1.4 (1.3.1, 1.4.1, 1.4.2, the last
three of the twelve steps tables, :data:`FOREIGN`) came from the energy service, whose habit
is to write the steps NOT AS A TABLE BUT AS A TAB-ALIGNED LIST, in its own face: each step,
for each of the six header labels in the seed's order, a paragraph « <label> TAB <value's
first paragraph> » (the label bold), the value's further paragraphs each a paragraph of its
own indented to the tab, the whole in Liberation Serif 10.5 pt #1F3864 on a left tab stop
and a hanging indent at :data:`TAB` cm, each step's first line 0.25 cm below the previous
step (:data:`STYLES`). Every other part (fields tables, headings, the nine other steps
tables) ``twotier``'s.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`lampion_odt`: the three steps tables replaced by the paragraphs, the styles added.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.generators.seed001 import _paragraphs, load_seed

TAB = 4.5  # cm, the tab stop and the hanging indent
FOREIGN = (9, 10, 11)  # the steps tables (0-based, document order) the energy service wrote
STYLES = f"""<style:style style:name="PEtapeTab" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="{TAB}cm" fo:text-indent="-{TAB}cm" fo:margin-bottom="0.05cm"><style:tab-stops>
<style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt"
 fo:color="#1F3864"/></style:style>
<style:style style:name="PEtapeTab1" style:family="paragraph"><style:paragraph-properties fo:margin-left="{TAB}cm" fo:text-indent="-{TAB}cm"
 fo:margin-top="0.25cm" fo:margin-bottom="0.05cm"><style:tab-stops>
<style:tab-stop style:position="0cm"/></style:tab-stops></style:paragraph-properties>
<style:text-properties style:font-name="Liberation Serif" fo:font-size="10.5pt"
 fo:color="#1F3864"/></style:style>
<style:style style:name="PEtapeSuite" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="{TAB}cm" fo:margin-bottom="0.05cm"/><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="10.5pt" fo:color="#1F3864"/></style:style>
<style:style style:name="TEtapeLabel" style:family="text"><style:text-properties
 fo:font-weight="bold"/></style:style>
"""
STEPS = re.compile(
    r'<table:table table:name="Etapes\d+" table:style-name="Steps">.*?</table:table>', re.S
)


def tab_list(header: list[str], rows: list[list[str]]) -> str:
    """A fiche's steps as the energy service writes them: a tab-aligned paragraph a field."""
    out = []
    for row in rows:
        for column, (label, value) in enumerate(zip(header, row, strict=True)):
            parts = _paragraphs(value) or [""]
            style = "PEtapeTab1" if column == 0 else "PEtapeTab"
            out.append(
                f'<text:p text:style-name="{style}"><text:span text:style-name="TEtapeLabel">'
                f"{escape(label)}</text:span><text:tab/>{escape(parts[0])}</text:p>"
            )
            out += [
                f'<text:p text:style-name="PEtapeSuite">{escape(p)}</text:p>' for p in parts[1:]
            ]
    return "".join(out)


def lampion_xml(xml: str) -> str:
    """``twotier``'s content.xml, the steps tables :data:`FOREIGN` as tab-aligned lists."""
    impls = [block for block in load_seed() if block.kind == "impl"]
    assert xml.count("</office:automatic-styles>") == 1
    xml = xml.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    count = iter(range(len(impls)))

    def put(match: re.Match[str]) -> str:
        index = next(count)
        if index not in FOREIGN:
            return match.group(0)
        return tab_list(impls[index].header, impls[index].rows)

    out = STEPS.sub(put, xml)
    assert next(count, None) is None
    return out


def lampion_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, the energy service's three fiches' steps tab-aligned."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = lampion_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


__all__ = ["FOREIGN", "STYLES", "TAB", "lampion_odt", "lampion_xml", "tab_list"]
