"""The ``listel`` .odt (two-hundred-and-eighteenth held-out set, ``plan_odt_listel``): the
``twotier`` document whose steps tables carry their title in a CAPTION COLUMN, as
authorities' templates band a table's left edge with its turned title: each « Modalités de
mise en oeuvre » heading paragraph taken out and moved into a FIRST COLUMN (:data:`BAND`
cm wide, the « Descriptif » column narrowed by as much, so the table stays 17 cm) whose ONE
CELL is MERGED DOWN OVER EVERY ROW OF THE TABLE, both header rows and all step rows
(``table:number-rows-spanned``), filled #2E74B5, vertically centred, holding the heading
bold white 10 pt TURNED 90° (paragraph style :data:`CAPTION`, ``style:text-rotation-angle
="90"``), reading bottom to top.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`listel_odt`; fields, headings, header labels, body cells and grid unchanged. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

BAND = 1.0
HEADING = '<text:p text:style-name="HSec">Modalités de mise en oeuvre</text:p>'
STYLES = (
    '<style:style style:name="cSBand" style:family="table-column">'
    f'<style:table-column-properties style:column-width="{BAND}cm"/></style:style>'
    '<style:style style:name="Band" style:family="table-cell"><style:table-cell-properties'
    ' fo:border="0.5pt solid #000000" fo:background-color="#2E74B5" fo:padding="0.08cm"'
    ' style:vertical-align="middle"/></style:style>'
    '<style:style style:name="PBand" style:family="paragraph"><style:paragraph-properties'
    ' fo:text-align="center"/><style:text-properties fo:font-size="10pt"'
    ' fo:font-weight="bold" fo:color="#FFFFFF" style:text-rotation-angle="90"'
    ' style:text-rotation-scale="fixed"/></style:style>'
)
CAPTION = "PBand"
DESCRIPTIF = (
    '<style:style style:name="cS1" style:family="table-column">'
    '<style:table-column-properties style:column-width="5.3cm"/></style:style>'
)
STEPS = re.compile(
    r'<table:table table:name="Etapes\d+" table:style-name="Steps">.*?</table:table>'
)


def banded(table: str, title: str) -> str:
    """A ``twotier`` steps table with a first column whose one cell, merged down over every
    row, holds ``title`` turned 90°."""
    rows = table.count("<table:table-row>")
    table = table.replace(
        '<table:table-column table:style-name="cS0"/>',
        '<table:table-column table:style-name="cSBand"/><table:table-column table:style-name="cS0"/>',
        1,
    )
    band = (
        f'<table:table-cell table:style-name="Band" table:number-rows-spanned="{rows}">'
        f'<text:p text:style-name="{CAPTION}">{title}</text:p></table:table-cell>'
    )
    first = True

    def row(match: re.Match) -> str:
        nonlocal first
        cell = band if first else "<table:covered-table-cell/>"
        first = False
        return match.group(0) + cell

    return re.sub(r"<table:table-row>", row, table)


def listel_xml(xml: str) -> str:
    """``twotier``'s content.xml with every steps table's heading moved into a caption
    column."""
    title = "Modalités de mise en oeuvre"
    count = len(STEPS.findall(xml))
    assert xml.count(HEADING) == count, (xml.count(HEADING), count)
    assert xml.count(DESCRIPTIF) == 1
    xml = xml.replace(DESCRIPTIF, DESCRIPTIF.replace("5.3cm", f"{5.3 - BAND:.1f}cm") + STYLES)
    xml = xml.replace(HEADING, "")
    return STEPS.sub(lambda m: banded(m.group(0), title), xml)


def listel_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, each steps table's heading in a turned caption
    column merged down over the whole table."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = listel_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path
