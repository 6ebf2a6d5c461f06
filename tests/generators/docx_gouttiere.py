"""A steps table whose six columns are PARTED BY EMPTY NARROW GUTTER COLUMNS (hundred-and-
thirty-sixth held-out set, ``plan_docx_gouttiere``), as an agent does who wants « de l'air »
between the columns of the template's table without vertical rules and inserts an empty
column between every two: eleven grid columns, the seed's six on :data:`TEXT_CM` cm, the
five gutters :data:`GUTTER_CM` cm, every gutter cell empty with no border; the table's own
borders nil; each text cell ruled UNDER ITSELF only (1.5 pt black under the header's, 0.5 pt
black under the body's), so each row's rule is six segments parted by the gutters' gaps.

The header (bold 9 pt, no fill) repeated at every page top; a row a step, 9 pt, the step
name bold; rows free to break. ``plan_docx_echo``'s document otherwise. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.plan_docx import (
    _cell_text,
    _fixed_widths,
    _no_table_borders,
    _repeat_header,
    _set_cell_borders,
)
from tests.generators.seed001 import Block

TEXT_CM = (2.6, 5.0, 1.8, 2.0, 1.8, 2.3)  # the seed's six columns: 15.5 cm
GUTTER_CM = 0.3  # five gutters: 1.5 cm, 17.0 cm in all
HEAD_RULE = "12"  # w:sz in eighths of a point: 1.5 pt
BODY_RULE = "4"  # 0.5 pt


def _widths(n_cols: int) -> tuple[float, ...]:
    """The eleven grid columns' widths: text, gutter, text, … text."""
    out: list[float] = []
    for c in range(n_cols):
        if c:
            out.append(GUTTER_CM)
        out.append(TEXT_CM[c])
    return tuple(out)


def gouttiere_impl(doc: object, block: Block) -> None:
    """The steps table: the six columns parted by empty gutters, each text cell ruled under
    itself, the header repeated."""
    from docx.shared import Pt

    n_cols = len(block.header)
    table = doc.add_table(rows=len(block.rows) + 1, cols=2 * n_cols - 1)  # type: ignore[attr-defined]
    _no_table_borders(table)
    rows = [list(block.header)] + [
        [row[c] if c < len(row) else "" for c in range(n_cols)] for row in block.rows
    ]
    for r, values in enumerate(rows):
        for g in range(2 * n_cols - 1):
            cell = table.cell(r, g)
            if g % 2:  # a gutter: empty, no border at all
                _set_cell_borders(cell)
                continue
            c = g // 2
            _cell_text(cell, values[c], bold=r == 0 or c == 0, size=9)
            _set_cell_borders(cell, bottom="single", bottom_sz=HEAD_RULE if r == 0 else BODY_RULE)
    _repeat_header(table.rows[0])
    _fixed_widths(table, _widths(n_cols))
    doc.add_paragraph().paragraph_format.space_after = Pt(0)  # type: ignore[attr-defined]
