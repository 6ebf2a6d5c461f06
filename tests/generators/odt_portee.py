"""The ``portee`` .odt (seventy-seventh held-out set, ``plan_odt_portee``): the ``twotier``
document typed in a departmental « fiche » template whose FIELDS ARE A TWO-COLUMN DEFINITION
TABLE RULED BY ONE VERTICAL LINE ONLY (labels right-aligned, bold #44546A, a 1.5 pt #44546A
right border on the label cells, no other border, no fill) and whose STEPS TABLES CARRY
WRITER'S TABLE SHADOW (« Bordures › Ombre », bottom right, 0.18 cm, #808080); the steps
tables otherwise ``twotier``'s (two-row header, 0.5 pt black grid).

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

INK = "#44546A"
RULE = f"1.5pt solid {INK}"
SHADOW = "#808080 0.18cm 0.18cm"

STYLES = f"""<style:style style:name="StepsP" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"
 style:shadow="{SHADOW}"/></style:style>
<style:style style:name="DefT" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" fo:margin-bottom="0.3cm"/></style:style>
<style:style style:name="DLab" style:family="table-cell"><style:table-cell-properties
 fo:border-right="{RULE}" fo:border-left="none" fo:border-top="none" fo:border-bottom="none"
 fo:padding="0.1cm" style:vertical-align="top"/></style:style>
<style:style style:name="DVal" style:family="table-cell"><style:table-cell-properties
 fo:border="none" fo:padding="0.1cm" fo:padding-left="0.25cm"
 style:vertical-align="top"/></style:style>
<style:style style:name="PDLab" style:family="paragraph"><style:paragraph-properties
 fo:text-align="end"/><style:text-properties fo:font-size="9.5pt" fo:font-weight="bold"
 fo:color="{INK}"/></style:style>
"""


def portee_fields(fields: list[tuple[str, str]], n: int) -> str:
    """The fields as a definition table: right-aligned labels, one vertical rule."""
    from tests.generators.plan_odt import _cell

    rows = "".join(
        "<table:table-row>"
        + _cell("DLab", "PDLab", label)
        + _cell("DVal", "PValue", value)
        + "</table:table-row>"
        for label, value in fields
    )
    return (
        f'<table:table table:name="Champs{n}" table:style-name="DefT">'
        '<table:table-column table:style-name="cLab"/>'
        f'<table:table-column table:style-name="cVal"/>{rows}</table:table>'
    )


def shadowed_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """``twotier``'s steps table with Writer's table shadow."""
    from tests.generators.plan_odt import restyled_steps

    return restyled_steps(header, rows, n, "table", Steps="StepsP")


def flat_odt(odt: Path) -> Path:
    """``odt``'s document as a FLAT ODF text (.fodt, Writer's « Flat XML ODF » format) beside
    it: Writer 7.4 drops a table's ``style:shadow`` read from the zipped .odt (seen once the
    first PDF was printed: no shadow) but draws it from the same XML read flat."""
    import re
    import zipfile

    with zipfile.ZipFile(odt) as package:
        content = package.read("content.xml").decode("utf-8")
        styles = package.read("styles.xml").decode("utf-8")

    def part(xml: str, tag: str) -> str:
        found = re.search(f"<office:{tag}>(.*?)</office:{tag}>", xml, re.S)
        return found.group(1) if found else ""

    head = re.search(r"<office:document-content ([^>]*)>", content)
    assert head is not None
    fonts = re.search(r"<office:font-face-decls>.*?</office:font-face-decls>", content, re.S)
    assert fonts is not None
    flat = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f"<office:document {head.group(1)} "
        'office:mimetype="application/vnd.oasis.opendocument.text">'
        f"{fonts.group(0)}"
        f"<office:styles>{part(styles, 'styles')}</office:styles>"
        "<office:automatic-styles>"
        f"{part(styles, 'automatic-styles')}{part(content, 'automatic-styles')}"
        "</office:automatic-styles>"
        f"<office:master-styles>{part(styles, 'master-styles')}</office:master-styles>"
        f"<office:body>{part(content, 'body')}</office:body></office:document>"
    )
    target = odt.with_suffix(".fodt")
    target.write_text(flat, encoding="utf-8")
    return target
