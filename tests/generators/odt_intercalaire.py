"""The ``intercalaire`` .odt (two-hundred-and-twenty-fourth held-out set,
``plan_odt_intercalaire``): the ``twotier`` document whose fiches' fields are LABEL TABS ON
VALUE PANELS, as a fiche template sets its rubrics like a binder's divider tabs, no fields
table: per field, in seed order, its label a paragraph of style ``PTab`` (bold 9 pt white on
#1F4E79, a 10 cm right indent making it a 7 cm tab of the 17 cm text width, framed on its
top, left and right sides only, 0.3 cm above it, kept with the next paragraph), then its
value's paragraphs of style ``PBox`` (10 pt, framed round all four sides, the borders
joined into ONE PANEL the text's full width), an empty value an empty panel.

The package is ``twotier``'s (:func:`tests.generators.plan_odt.plan_odt`) rewritten by
:func:`intercalaire_odt`: each ``Champs`` table's rows become those paragraphs, the label's
and the value's own paragraphs kept; the steps tables, headings and paragraphs unchanged.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

NAVY = "#1F4E79"
RULE = f"0.5pt solid {NAVY}"
STYLES = f"""<style:style style:name="PTab" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="0cm" fo:margin-right="10cm" fo:margin-top="0.3cm" fo:margin-bottom="0cm"
 fo:background-color="{NAVY}" fo:padding-left="0.15cm" fo:padding-right="0.15cm"
 fo:padding-top="0.05cm" fo:padding-bottom="0.05cm" fo:border-top="{RULE}"
 fo:border-left="{RULE}" fo:border-right="{RULE}" fo:border-bottom="none"
 fo:keep-with-next="always"/><style:text-properties fo:font-size="9pt" fo:font-weight="bold"
 fo:color="#FFFFFF"/></style:style>
<style:style style:name="PBox" style:family="paragraph"><style:paragraph-properties
 fo:margin-left="0cm" fo:margin-right="0cm" fo:margin-top="0cm" fo:margin-bottom="0cm"
 fo:padding="0.15cm" fo:border="{RULE}" style:join-border="true"/><style:text-properties
 fo:font-size="10pt"/></style:style>
"""
FIELDS = re.compile(
    r'<table:table table:name="Champs\d+" table:style-name="Fields">.*?</table:table>'
)
ROW = re.compile(
    r'<table:table-row><table:table-cell table:style-name="Label">(.*?)</table:table-cell>'
    r'<table:table-cell table:style-name="Value">(.*?)</table:table-cell></table:table-row>'
)


def tabs(table: str) -> str:
    """A ``twotier`` fields table as label tabs on value panels, a field at a time."""
    rows = ROW.findall(table)
    assert rows and len(rows) == table.count("<table:table-row>"), table[:200]
    out = []
    for label, value in rows:
        assert label.count('text:style-name="PLabel"') == label.count("<text:p"), label
        assert value.count('text:style-name="PValue"') == value.count("<text:p"), value
        out.append(label.replace('text:style-name="PLabel"', 'text:style-name="PTab"'))
        out.append(value.replace('text:style-name="PValue"', 'text:style-name="PBox"'))
    return "".join(out)


def intercalaire_xml(xml: str) -> str:
    """``twotier``'s content.xml with every fields table turned into tabs and panels."""
    assert xml.count("</office:automatic-styles>") == 1
    xml = xml.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    count = len(FIELDS.findall(xml))
    assert count == 12, count
    return FIELDS.sub(lambda m: tabs(m.group(0)), xml)


def intercalaire_odt(path: Path) -> Path:
    """Seed 001 as ``twotier``'s .odt, each field a label tab standing on its value's
    panel."""
    from tests.generators.plan_odt import plan_odt

    plan_odt("twotier", path)
    with zipfile.ZipFile(path) as odt:
        items = [(info, odt.read(info.filename)) for info in odt.infolist()]
    with zipfile.ZipFile(path, "w") as odt:
        for info, data in items:
            if info.filename == "content.xml":
                data = intercalaire_xml(data.decode()).encode()
            odt.writestr(info, data, compress_type=info.compress_type)
    return path
