"""Steps tables whose « Descriptif » cells are « FENDUES » (hundred-and-fifty-seventh
held-out set, ``plan_docx_fendu``): to make the long descriptions readable, the agent SPLIT
EACH STEP'S « DESCRIPTIF » CELL INTO ONE SUB-ROW A SENTENCE (Word's « Fractionner les
cellules », each sentence moved to its own piece), Word keeping the step's five other cells
as ONE CELL MERGED VERTICALLY (``w:vMerge``) over the sub-rows, their value at the top.

:func:`pieces` cuts a value: its paragraphs, each cut after every « . », « ; », « ! » or
« ? » followed by white space. ``plan_docx_echo``'s columns (2.8 / 5.6 / 2.0 / 2.2 / 2.0 /
2.4 cm, a 0.5 pt black grid, the header bold 9 pt on #D9D9D9 repeated, no footer row) and
document otherwise (``plan_docx_narrowstep``'s fields). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

import re

from tests.generators.docx_echo import close_table, headed_grid
from tests.generators.plan_docx import _cell_text
from tests.generators.seed001 import Block, _paragraphs

SPLIT_COLUMN = 1  # « Descriptif »
_CUT = re.compile(r"(?<=[.;!?])\s+")


def pieces(value: str) -> list[str]:
    """``value``'s pieces in order: its paragraphs, each cut after every sentence end."""
    out = [piece for part in _paragraphs(value) for piece in _CUT.split(part) if piece]
    return out or [""]


def fendu_impl(doc: object, block: Block) -> None:
    """The steps table: the repeated header, then for each step a sub-row a piece of its
    Descriptif, its other cells merged vertically over them."""
    n_cols = len(block.header)
    steps = [[row[c] if c < len(row) else "" for c in range(n_cols)] for row in block.rows]
    heights = [len(pieces(step[SPLIT_COLUMN])) for step in steps]
    table = headed_grid(doc, sum(heights), block.header)
    top = 1
    for step, height in zip(steps, heights, strict=True):
        for k, piece in enumerate(pieces(step[SPLIT_COLUMN])):
            _cell_text(table.cell(top + k, SPLIT_COLUMN), piece, size=9)  # type: ignore[attr-defined]
        for c in range(n_cols):
            if c == SPLIT_COLUMN:
                continue
            cell = table.cell(top, c)  # type: ignore[attr-defined]
            if height > 1:
                cell = cell.merge(table.cell(top + height - 1, c))  # type: ignore[attr-defined]
            _cell_text(cell, step[c], bold=c == 0, size=9)
        top += height
    close_table(doc, table)


__all__ = ["fendu_impl", "pieces"]
