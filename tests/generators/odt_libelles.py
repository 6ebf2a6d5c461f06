"""The ``libelles`` .odt (hundred-and-fourth held-out set, ``plan_odt_libelles``): the
``twotier`` document but the steps COLUMN LABELS IN A PAGE HEADER instead of a header row,
as an author does who could not get Writer to repeat a table's header on every page.

Each « Modalités de mise en oeuvre » heading starts a page in an « Étapes » page style (the
standard page's size and margins) whose page header holds, under the running header line,
a one-row table of the six seed labels (the steps columns' widths, ``twotier``'s header
cells' grid, fill and type); the steps table under the heading has NO header row (17 cm,
2.5 / 5.3 / 2.0 / 2.5 / 2.2 / 2.5 cm, ``twotier``'s 0.5 pt black grid and 9.5 pt cells);
the first paragraph after it starts a page back in the standard page style.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from tests.generators.plan_odt import _AUTO_STYLES, _cell, column_styles

WIDTHS = (2.5, 5.3, 2.0, 2.5, 2.2, 2.5)  # cm, 17 cm
GRID = "0.5pt solid #000000"
MASTER = "Etapes"  # the steps pages' page style
LABELS = ("Etape", "Descriptif", "Planification", "Ressources à mobiliser", "Porteur")
LABELS += ("Partenaires envisagés",)
# the paragraph styles a steps table may be followed by, each given a twin that starts a
# page in the standard page style
AFTER = ("HFiche", "HObj", "HSec", "H16", "Standard", "PBold")


def _style(name: str) -> str:
    """The automatic paragraph style ``name`` of the document's :data:`_AUTO_STYLES`."""
    match = re.search(
        rf'<style:style style:name="{name}" style:family="paragraph">.*?</style:style>',
        _AUTO_STYLES,
        re.S,
    )
    if match is None:  # the common « Standard » style: no properties of its own
        return f'<style:style style:name="{name}" style:family="paragraph"></style:style>'
    return match.group(0)


def _page_twin(name: str, twin: str, master: str) -> str:
    """Paragraph style ``twin``: ``name``'s properties, starting a page in ``master``."""
    return _style(name).replace(
        f'style:name="{name}" style:family="paragraph"',
        f'style:name="{twin}" style:family="paragraph" style:master-page-name="{master}"',
        1,
    )


STYLES = (
    """
<style:style style:name="LSteps" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" style:may-break-between-rows="true"
 fo:margin-bottom="0.3cm"/></style:style>
"""
    + column_styles("cL", WIDTHS)
    + "\n"
    + _page_twin("HSec", "HSecE", MASTER)
    + "\n"
    + "\n".join(_page_twin(name, f"{name}Std", "Standard") for name in AFTER)
    + "\n"
)

# the page header's labels table: styles of styles.xml's automatic styles
_HEADER_STYLES = (
    """
<style:style style:name="HdrT" style:family="table"><style:table-properties
 style:width="17cm" table:align="left"/></style:style>
"""
    + column_styles("HdrC", WIDTHS)
    + f"""
<style:style style:name="HdrCell" style:family="table-cell"><style:table-cell-properties
 fo:border="{GRID}" fo:background-color="#E2EFDA" fo:padding="0.08cm"
 style:vertical-align="middle"/></style:style>
<style:style style:name="HdrP" style:family="paragraph"><style:paragraph-properties
 fo:text-align="center" fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties
 style:font-name="Liberation Serif" fo:font-size="9.5pt" fo:font-weight="bold"/></style:style>
"""
)


def _labels_table() -> str:
    cols = "".join(f'<table:table-column table:style-name="HdrC{i}"/>' for i in range(6))
    cells = "".join(
        f'<table:table-cell table:style-name="HdrCell"><text:p text:style-name="HdrP">'
        f"{escape(label)}</text:p></table:table-cell>"
        for label in LABELS
    )
    return (
        f'<table:table table:name="Libelles" table:style-name="HdrT">{cols}'
        f"<table:table-row>{cells}</table:table-row></table:table>"
    )


def libelles_styles(styles: str) -> str:
    """styles.xml with the « Étapes » page style: the standard page's layout, its page
    header the running header line then the labels table."""
    header = re.search(r"<style:header>.*?</style:header>", styles, re.S)
    assert header is not None
    line = header.group(0).removesuffix("</style:header>")
    master = (
        f'<style:master-page style:name="{MASTER}" style:page-layout-name="pm1">'
        f"{line}{_labels_table()}</style:header></style:master-page>"
    )
    return styles.replace(
        "</office:automatic-styles>", _HEADER_STYLES + "</office:automatic-styles>", 1
    ).replace("</office:master-styles>", master + "</office:master-styles>", 1)


def bare_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n`` with no header row: a row a step, ``twotier``'s body cells."""
    cols = "".join(f'<table:table-column table:style-name="cL{i}"/>' for i in range(len(WIDTHS)))
    body = "".join(
        "<table:table-row>"
        + "".join(
            _cell("Body", "PCell", row[c] if c < len(row) else "") for c in range(len(header))
        )
        + "</table:table-row>"
        for row in rows
    )
    return (
        f'<table:table table:name="Etapes{n}" table:style-name="LSteps">{cols}{body}</table:table>'
    )


_HEADING = '<text:p text:style-name="HSec">'
_NEXT = re.compile(r'<text:p text:style-name="([^"]+)">')


def libelles_body(body: str) -> str:
    """The document's body with the page breaks: the heading before each steps table
    starting an « Étapes » page, the paragraph after it a standard page."""
    out, pos = [], 0
    for match in re.finditer(r'<table:table table:name="Etapes\d+"', body):
        start = match.start()
        head = body.rfind(_HEADING, pos, start)
        assert head >= 0, "a steps table without its heading"
        end = body.index("</table:table>", start) + len("</table:table>")
        out.append(
            body[pos:head] + '<text:p text:style-name="HSecE">' + body[head + len(_HEADING) : end]
        )
        pos = end
        nxt = _NEXT.match(body, pos)
        if nxt is not None:
            assert nxt.group(1) in AFTER, nxt.group(1)
            out.append(f'<text:p text:style-name="{nxt.group(1)}Std">')
            pos = nxt.end()
    out.append(body[pos:])
    return "".join(out)
