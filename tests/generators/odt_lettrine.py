"""The ``lettrine`` .odt (hundred-and-forty-third held-out set, ``plan_odt_lettrine``): the
``twotier`` document, but each steps table typed on a template whose « Texte de tableau »
paragraph style has a « LETTRINE » (``style:drop-cap``: 2 lines, 1 character, 0.1 cm), applied
to every body paragraph: a 17 cm table of 2.6 / 5.2 / 2.0 / 2.5 / 2.2 / 2.5 cm columns, a
0.5 pt #404040 full grid, 0.1 cm padding, top-aligned; one repeated header row of the seed
labels, Liberation Serif bold 9 pt #1F4E79 on #E7EEF6, no drop cap; a row a step, Liberation
Serif 9.5 pt, the step name bold, every paragraph opening with its drop cap (two lines tall
where the paragraph wraps, set 0.1 cm apart where it holds on one line), no fill.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_odt import _cell, column_styles, header_table

WIDTHS = (2.6, 5.2, 2.0, 2.5, 2.2, 2.5)  # cm
GRID = "0.5pt solid #404040"
INK = "#1F4E79"
HEAD_FILL = "#E7EEF6"
DROP_CAP = '<style:drop-cap style:lines="2" style:length="1" style:distance="0.1cm"/>'


def _paragraph(name: str, size: str, bold: bool, colour: str, drop_cap: bool) -> str:
    weight = ' fo:font-weight="bold"' if bold else ""
    properties = (
        '<style:paragraph-properties fo:text-align="start" fo:margin-top="0cm" '
        'fo:margin-bottom="0cm"'
    )
    properties += f">{DROP_CAP}</style:paragraph-properties>" if drop_cap else "/>"
    return (
        f'<style:style style:name="{name}" style:family="paragraph">{properties}'
        "<style:text-properties fo:font-family=\"'Liberation Serif'\" "
        f'style:font-family-generic="roman" fo:font-size="{size}" fo:color="{colour}"{weight}/>'
        "</style:style>"
    )


def _cell_style(name: str, fill: str = "") -> str:
    background = f' fo:background-color="{fill}"' if fill else ""
    return (
        f'<style:style style:name="{name}" style:family="table-cell">'
        f'<style:table-cell-properties fo:border="{GRID}"{background} fo:padding="0.1cm" '
        'style:vertical-align="top"/></style:style>'
    )


STYLES = (
    '<style:style style:name="StepsLettrine" style:family="table"><style:table-properties '
    'style:width="17cm" table:align="left" fo:margin-bottom="0cm"/></style:style>'
    + column_styles("cLettrine", WIDTHS)
    + _cell_style("LettrineHead", HEAD_FILL)
    + _cell_style("LettrineBody")
    + _paragraph("PLettrineHead", "9pt", True, INK, False)
    + _paragraph("PLettrineName", "9.5pt", True, "#000000", True)
    + _paragraph("PLettrine", "9.5pt", False, "#000000", True)
)


def drop_cap_steps(header: list[str], rows: list[list[str]], n: int) -> str:
    """Steps table ``n``: its repeated header row, then a row a step whose every paragraph
    opens with a drop cap."""
    head = "".join(_cell("LettrineHead", "PLettrineHead", label) for label in header)
    body = "".join(
        "<table:table-row>"
        + "".join(
            _cell(
                "LettrineBody",
                "PLettrineName" if c == 0 else "PLettrine",
                row[c] if c < len(row) else "",
            )
            for c in range(len(header))
        )
        + "</table:table-row>"
        for row in rows
    )
    return header_table(f"Etapes{n}", "StepsLettrine", "cLettrine", len(header), head, body)
