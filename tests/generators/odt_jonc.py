"""The ``jonc`` .odt (two-hundred-and-twenty-first held-out set, ``plan_odt_jonc``): the
``twotier`` document whose steps tables' columns are COLOUR-CODED BY THEIR VERTICAL RULES,
as an authority's template marks its column groups (the step itself, « Mise en œuvre »,
« Acteurs ») by the colour and weight of their rules: every cell of a steps table, header
and body, gets a style of its first column (:data:`RULES`) whose LEFT BORDER is that
column's rule — « Etape » 3 pt navy, « Descriptif » 0.5 pt navy, « Planification » 2.25 pt
green, « Ressources à mobiliser » 0.75 pt pale green, « Porteur » 2.25 pt orange,
« Partenaires envisagés » 0.75 pt pale orange —, a cell reaching the last column a RIGHT
BORDER :data:`RIGHT`, and top and bottom borders :data:`HORIZONTAL` (0.5 pt light grey).

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`jonc_odt`; fills, padding, vertical alignment, paragraphs, the fields tables and the
headings unchanged. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

RULES = (
    "3pt solid #1F4E79",  # Etape
    "0.5pt solid #1F4E79",  # Descriptif
    "2.25pt solid #548235",  # Planification
    "0.75pt solid #A9D18E",  # Ressources à mobiliser
    "2.25pt solid #C55A11",  # Porteur
    "0.75pt solid #F4B183",  # Partenaires envisagés
)
RIGHT = "3pt solid #C55A11"
HORIZONTAL = "0.5pt solid #BFBFBF"
STEPS = re.compile(
    r'<table:table table:name="Etapes\d+" table:style-name="Steps">.*?</table:table>'
)
CELL = re.compile(
    r'<table:covered-table-cell/>|<table:table-cell table:style-name="(Head|Body)"([^>]*)>'
)
SOURCE = {
    "Head": (
        '<style:style style:name="Head" style:family="table-cell"><style:table-cell-properties\n'
        ' fo:border="0.5pt solid #000000" fo:background-color="#E2EFDA" fo:padding="0.08cm"\n'
        ' style:vertical-align="middle"/></style:style>'
    ),
    "Body": (
        '<style:style style:name="Body" style:family="table-cell"><style:table-cell-properties\n'
        ' fo:border="0.5pt solid #000000" fo:padding="0.08cm" style:vertical-align="top"/>'
        "</style:style>"
    ),
}


def cell_styles() -> str:
    """The steps cells' styles: ``Head``/``Body`` + first column + ``L`` when the cell
    reaches the last column, each with its column's left rule."""
    out = []
    for kind, source in SOURCE.items():
        for column, rule in enumerate(RULES):
            for last in (False, True):
                name = f"{kind}{column}{'L' if last else ''}"
                right = RIGHT if last else "none"
                style = source.replace(f'style:name="{kind}"', f'style:name="{name}"')
                out.append(
                    style.replace(
                        'fo:border="0.5pt solid #000000"',
                        f'fo:border-top="{HORIZONTAL}" fo:border-bottom="{HORIZONTAL}"'
                        f' fo:border-left="{rule}" fo:border-right="{right}"',
                    )
                )
    return "".join(out)


def coded(table: str) -> str:
    """A ``twotier`` steps table whose every cell takes its first column's rule style."""
    rows = table.split("<table:table-row>")
    out = [rows[0]]
    for row in rows[1:]:
        column = 0

        def cell(match: re.Match) -> str:
            nonlocal column
            if match.group(1) is None:  # a covered cell stands in its own column
                column += 1
                return match.group(0)
            attrs = match.group(2)
            span = re.search(r'table:number-columns-spanned="(\d+)"', attrs)
            width = int(span.group(1)) if span else 1
            last = "L" if column + width == len(RULES) else ""
            name = f"{match.group(1)}{column}{last}"
            column += 1  # the columns it spans over are covered cells of their own
            return f'<table:table-cell table:style-name="{name}"{attrs}>'

        row = CELL.sub(cell, row)
        assert column == len(RULES), (column, row[:200])
        out.append(row)
    return "<table:table-row>".join(out)


def jonc_xml(xml: str) -> str:
    """``twotier``'s content.xml with every steps table's columns coded by their rules."""
    for source in SOURCE.values():
        assert xml.count(source) == 1, source
    xml = xml.replace(SOURCE["Body"], SOURCE["Body"] + cell_styles(), 1)
    count = len(STEPS.findall(xml))
    assert count == 12, count
    return STEPS.sub(lambda m: coded(m.group(0)), xml)


def jonc_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, each steps table's columns colour-coded by their
    vertical rules of different weights."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = jonc_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path
