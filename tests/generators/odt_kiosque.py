"""The ``kiosque`` .odt (ninety-eighth held-out set, ``plan_odt_kiosque``): the ``twotier``
document laid out like a NEWSLETTER: every run of blocks between two tables one Writer
section of TWO BALANCED COLUMNS with a separator line (headings, paragraphs, the fields as
bold label paragraphs over justified values), every table (sommaires, steps) outside the
sections, across the whole text width, between the section before it and the one after it.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

from tests.generators.plan_odt import _p, column_styles, grid_cell_styles, grid_steps
from tests.generators.seed001 import _paragraphs, load_seed

WIDTHS = (2.6, 5.4, 2.0, 2.4, 2.1, 2.5)  # cm, 17 cm
GRID = "0.5pt solid #7F7F7F"
RED = "#8B1E3F"

STYLES = (
    """
<style:style style:name="KCols" style:family="section"><style:section-properties
 text:dont-balance-text-columns="false" style:editable="false"><style:columns
 fo:column-count="2" fo:column-gap="0.6cm"><style:column-sep style:width="0.5pt"
 style:color="#808080" style:height="100%" style:vertical-align="top"/></style:columns>
</style:section-properties></style:style>
<style:style style:name="KSteps" style:family="table"><style:table-properties
 style:width="17cm" table:align="left" style:may-break-between-rows="true"
 fo:margin-top="0.1cm" fo:margin-bottom="0.2cm"/></style:style>
"""
    + column_styles("cK", WIDTHS)
    + grid_cell_styles("K", GRID, RED, "8.5pt", "#FFFFFF")
    + f"""<style:style style:name="KLabel" style:family="paragraph"><style:paragraph-properties
 fo:margin-top="0.15cm" fo:margin-bottom="0.05cm"/><style:text-properties
 fo:font-size="9.5pt" fo:font-weight="bold" fo:color="{RED}"/></style:style>
<style:style style:name="KValue" style:family="paragraph"><style:paragraph-properties
 fo:text-align="justify"/><style:text-properties fo:font-size="10pt"/></style:style>
"""
)


def kiosque_odt(path: Path) -> Path:
    """Seed 001 as the newsletter-like .odt at ``path``."""
    from tests.generators.plan_odt import (
        _AUTO_STYLES,
        _FONTS,
        _STYLES,
        _summary_table,
        _write_odt,
    )

    out: list[str] = []
    section: list[str] = []  # the paragraphs of the open two-column section
    tables = sections = 0

    def close() -> None:
        nonlocal sections
        if section:
            sections += 1
            out.append(
                f'<text:section text:style-name="KCols" text:name="Colonnes{sections}">'
                f"{''.join(section)}</text:section>"
            )
            section.clear()

    for block in load_seed():
        kind = block.kind
        if kind == "axis":
            section.extend(
                _p("H16" if n == 0 else "H12" if n == 1 else "H12n", line)
                for n, line in enumerate(block.lines)
            )
        elif kind == "objective":
            section.extend(_p("HObj", line) for line in block.lines)
        elif kind == "section":
            section.append(_p("HSec", block.lines[0]))
        elif kind in ("para", "summary"):
            section.extend(_p("Standard", line) for line in block.lines)
        elif kind == "bold":
            section.extend(_p("PBold", line) for line in block.lines)
        elif kind == "fiche":
            section.extend(_p("HFiche", line) for line in block.lines)
        elif kind == "fields":
            for label, value in block.fields:
                section.append(_p("KLabel", label))
                section.extend(_p("KValue", part) for part in _paragraphs(value))
        elif kind == "summary_table":
            close()
            tables += 1
            out.append(_summary_table(block.rows, tables))
        elif kind == "impl":
            close()
            tables += 1
            out.append(grid_steps(block.header, block.rows, tables, "K", "KSteps"))
    close()
    auto = _AUTO_STYLES.replace("</office:automatic-styles>", STYLES + "</office:automatic-styles>")
    return _write_odt(path, _STYLES, _FONTS, auto, "".join(out))
