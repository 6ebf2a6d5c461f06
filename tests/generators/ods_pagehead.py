"""Seed 001 as ``plan_ods_sheets``'s workbook whose FICHE HEADINGS ARE PAGE HEADERS
(fifty-seventh held-out set, ``plan_ods_pagehead``): a flat OpenDocument spreadsheet printed
to PDF by LibreOffice Calc, a sheet per objective and one per fiche, A4 landscape, the printed
grid the only line; but every fiche sheet without its heading rows: the fiche's heading lines
are typed into the page header of a page style of the sheet's own (« En-tête personnalisé »,
left region, one paragraph a line, bold 10 pt #1F4E79), so Calc prints them in the top margin
of every page the sheet runs onto. The objective sheets are ``plan_ods_sheets``'s.

Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from tests.generators.plan_ods import _COLUMNS, _FONTS, _MASTER, _NS, _row, _sheets, _styles
from tests.generators.seed001 import load_seed

# the fiche heading's text style in the page header, and one table style per fiche sheet
_HEAD_TEXT = (
    '<style:style style:name="THB" style:family="text"><style:text-properties '
    'fo:font-size="10pt" fo:font-weight="bold" fo:color="#1F4E79"/></style:style>'
)
_FOOTER = (
    "<style:footer><style:region-center><text:p>"
    '<text:span text:style-name="THF">Page <text:page-number>1</text:page-number> / '
    "<text:page-count>1</text:page-count></text:span></text:p></style:region-center>"
    "</style:footer>"
)


def _master(name: str, lines: list[str]) -> str:
    """A page style whose header's left region holds ``lines``, a paragraph each."""
    paras = "".join(
        f'<text:p><text:span text:style-name="THB">{escape(line)}</text:span></text:p>'
        for line in lines
    )
    return (
        f'<style:master-page style:name="{name}" style:page-layout-name="pm1">'
        f"<style:header><style:region-left>{paras}</style:region-left></style:header>"
        f"{_FOOTER}</style:master-page>"
    )


def plan_ods_pagehead(path: Path) -> Path:
    """The ``sheets`` workbook at ``path`` (.fods), each fiche's heading in its sheet's page
    header instead of its first rows."""
    fiches = iter(b for b in load_seed() if b.kind == "fiche")
    tables, masters, table_styles = [], [], []
    for name, rows in _sheets():
        style = "ta1"
        if name.startswith("Fiche "):
            block = next(fiches)
            if name != f"Fiche {block.code}" or rows[len(block.lines)] != _row():
                raise ValueError(name)
            rows = rows[len(block.lines) + 1 :]  # the heading rows and the empty row after
            k = len(masters)
            style = f"taF{k}"
            masters.append(_master(f"Fiche{k}", block.lines))
            table_styles.append(
                f'<style:style style:name="{style}" style:family="table" '
                f'style:master-page-name="Fiche{k}"><style:table-properties '
                'table:display="true"/></style:style>'
            )
        tables.append(
            f'<table:table table:name="{escape(name)}" table:style-name="{style}">{_COLUMNS}'
            f"{''.join(rows)}</table:table>"
        )
    master_styles = _MASTER.replace(
        "</office:master-styles>", "".join(masters) + "</office:master-styles>"
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document {_NS}>{_FONTS}'
        f"<office:automatic-styles>{_styles('sheets')}{_HEAD_TEXT}{''.join(table_styles)}"
        f"</office:automatic-styles>{master_styles}"
        f"<office:body><office:spreadsheet>{''.join(tables)}</office:spreadsheet>"
        "</office:body></office:document>"
    )
    path.write_text(xml, encoding="utf-8")
    return path
