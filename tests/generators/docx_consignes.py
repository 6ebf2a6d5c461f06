"""A steps table from a FICHE ACTION WORD TEMPLATE whose header carries A SECOND ROW OF
GUIDANCE under the column labels (sixty-first held-out set, ``plan_docx_consignes``): the
labels bold white on teal, then the template's « consignes de saisie », one italic line per
column on pale teal (« Année(s) de réalisation », « Budget (€ HT), ETP, outils »…), both rows
marked to repeat, so Writer prints both at the top of every page a table runs onto. The
document otherwise ``plan_docx_watermark``'s without its watermark (grey grids).

Only the layout comes from here: every value is the seed's (the guidance lines are not).
"""

from __future__ import annotations

from tests.generators.plan_docx import (
    _cell_text,
    _grid_borders,
    _repeat_header,
    _shade,
    _step_rows,
)
from tests.generators.seed001 import Block

GRID = "808080"
LABEL_FILL = "1F6F78"
GUIDE_FILL = "DCEBEC"
GUIDE_COLOUR = "404040"
WIDTHS_CM = (2.8, 5.2, 2.3, 2.7, 2.0, 2.0)  # 17.0 cm
GUIDANCE = {
    "Etape": "Intitulé court",
    "Descriptif": "Contenu, méthode, livrables attendus",
    "Planification": "Année(s) de réalisation",
    "Ressources à mobiliser": "Budget (€ HT), ETP, outils",
    "Porteur": "Service ou structure pilote",
    "Partenaires envisagés": "Structures associées",
}


def consignes_impl(doc: object, block: Block) -> None:
    """The steps table: the labels row, the guidance row (both repeated), then the steps."""
    from docx.shared import RGBColor

    ncols = len(block.header)
    table = doc.add_table(rows=2 + len(block.rows), cols=ncols)  # type: ignore[attr-defined]
    _grid_borders(table, GRID)
    for c, label in enumerate(block.header):
        cell = table.cell(0, c)
        _cell_text(cell, label, bold=True, size=9)
        cell.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, LABEL_FILL)
        guide = table.cell(1, c)
        _cell_text(guide, GUIDANCE.get(label, ""), size=7.5)
        run = guide.paragraphs[0].runs[0]
        run.italic = True
        run.font.color.rgb = RGBColor.from_string(GUIDE_COLOUR)
        _shade(guide, GUIDE_FILL)
    _repeat_header(table.rows[0])
    _repeat_header(table.rows[1])
    _step_rows(doc, table, block, 2, WIDTHS_CM)
