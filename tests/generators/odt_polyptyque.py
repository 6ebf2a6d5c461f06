"""The ``polyptyque`` .odt (two-hundred-and-thirtieth held-out set, ``plan_odt_polyptyque``):
the ``twotier`` document whose fiches' fields are set in a « TRIPTYQUE » OF NEWSPAPER COLUMNS,
as a fiche template lays its rubrics out in three panels: each of the twelve fields tables
replaced by a Writer section (:data:`STYLES`: three balanced columns, :data:`GAP` apart, a
0.5 pt grey separator line) holding, in seed order, each field's label a bold 10 pt paragraph
over its value's paragraphs (``twotier``'s ``PValue``), an empty value leaving its label
alone, and a MANUAL COLUMN BREAK (a label paragraph style with ``fo:break-before="column"``)
before the labels of :data:`BREAKS` (the second and the fourth field): « Contexte » alone in
the left column, the next two fields in the middle one, the last three in the right one.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`polyptyque_odt`: the fields tables, found in document order, replaced by
:func:`triptych` of the seed's fields blocks in the same order; the headings, bold lines,
steps tables and paragraphs unchanged.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from tests.generators.plan_odt import _p
from tests.generators.seed001 import _paragraphs, load_seed

COLUMNS = 3
GAP = "0.6cm"  # between two columns
BREAKS = (1, 3)  # the fields (0-based, seed order) whose label starts a column
STYLES = f"""<style:style style:name="Triptyque" style:family="section"><style:section-properties
 text:dont-balance-text-columns="false"><style:columns fo:column-count="{COLUMNS}"
 fo:column-gap="{GAP}"><style:column-sep style:width="0.5pt" style:color="#A6A6A6"
 style:height="100%" style:vertical-align="top"/></style:columns></style:section-properties>
</style:style>
<style:style style:name="PTriLabel" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.15cm" fo:keep-with-next="always"/><style:text-properties fo:font-size="10pt"
 fo:font-weight="bold"/></style:style>
<style:style style:name="PTriLabelCol" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.15cm" fo:keep-with-next="always" fo:break-before="column"/>
<style:text-properties fo:font-size="10pt" fo:font-weight="bold"/></style:style>
"""
# a fields table of ``twotier``'s content.xml
FIELDS = re.compile(
    r'<table:table table:name="Champs(\d+)" table:style-name="Fields">.*?</table:table>', re.S
)


def triptych(fields: list[tuple[str, str]], index: int) -> str:
    """The section of a fiche's ``fields`` (the ``index``-th, from 1): a label paragraph over
    its value's paragraphs a field, a column break before the labels of :data:`BREAKS`."""
    body = "".join(
        _p("PTriLabelCol" if n in BREAKS else "PTriLabel", label)
        + "".join(_p("PValue", part) for part in _paragraphs(value))
        for n, (label, value) in enumerate(fields)
    )
    return (
        f'<text:section text:style-name="Triptyque" text:name="Champs{index}">{body}</text:section>'
    )


def polyptyque_xml(xml: str) -> str:
    """``twotier``'s content.xml with every fields table a three-column section."""
    blocks = [block.fields for block in load_seed() if block.kind == "fields"]
    assert xml.count("</office:automatic-styles>") == 1
    xml = xml.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    count = iter(range(len(blocks)))

    def put(match: re.Match[str]) -> str:
        index = next(count)
        assert int(match.group(1)) >= index + 1
        for label, _ in blocks[index]:  # the table replaced is this fiche's
            assert f">{escape(label)}<" in match.group(0), label
        return triptych(blocks[index], index + 1)

    out = FIELDS.sub(put, xml)
    assert out.count('text:style-name="Triptyque"') == len(blocks)
    assert 'table:style-name="Fields"' not in out
    return out


def polyptyque_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, each fiche's fields in three newspaper columns."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = polyptyque_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path


__all__ = ["BREAKS", "COLUMNS", "GAP", "STYLES", "polyptyque_odt", "polyptyque_xml", "triptych"]
