"""A steps table FILLED IN FROM A TEMPLATE OF THREE STEP ROWS (hundred-and-twenty-seventh
held-out set, ``plan_docx_entasse``): agents who did not know how to add a row typed every
step past the second into the template's third row, one under the other in each cell: step
3's value, an empty paragraph, step 4's value… (an empty value giving no paragraph, its
separator kept), so a later step's values start wherever the previous ones end in that
column. A fiche of three steps or fewer keeps a row a step. ``plan_docx_entrees``' document
and ``plan_docx_echo``'s steps grid otherwise (2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, the
labels bold 9 pt on #D9D9D9 repeated, a plain 0.5 pt black grid), every paragraph of the
steps table 9 pt with no space before or after, rows free to break.

Only the layout comes from here: every value is the seed's (the empty paragraphs are not).
"""

from __future__ import annotations

from tests.generators.docx_echo import close_table, headed_grid
from tests.generators.docx_entrees import paragraphs_cell
from tests.generators.seed001 import Block, _paragraphs

TEMPLATE_ROWS = 3  # the template's pre-drawn step rows


def crammed(values: list[str]) -> list[str]:
    """The paragraphs of a cell holding the values of several steps in order: each value's
    paragraphs, an empty paragraph between two steps' parts."""
    out: list[str] = []
    for index, value in enumerate(values):
        if index:
            out.append("")
        out += _paragraphs(value)
    return out


def entasse_impl(doc: object, block: Block) -> None:
    """The steps table: the header (repeated), a row for each of the first two steps, then
    one row holding all the others (a row a step when there are three or fewer)."""
    n_cols = len(block.header)
    steps = [[row[c] if c < len(row) else "" for c in range(n_cols)] for row in block.rows]
    groups = [[step] for step in steps[: TEMPLATE_ROWS - 1]]
    if len(steps) >= TEMPLATE_ROWS:
        groups.append(steps[TEMPLATE_ROWS - 1 :])
    table = headed_grid(doc, len(groups), block.header)
    for r, group in enumerate(groups, start=1):
        for c in range(n_cols):
            parts = crammed([step[c] for step in group])
            paragraphs_cell(table.cell(r, c), parts, bold=c == 0)  # type: ignore[attr-defined]
    close_table(doc, table)
