"""Steps tables whose rows are « DÉPAREILLÉES » (hundred-and-fifty-fourth held-out set,
``plan_docx_depareille``): the service compiled each fiche's steps table by PASTING EACH
STEP'S ROW FROM ITS CONTRIBUTOR'S DOCUMENT into the template's table (Word's « Coller ›
Fusionner le tableau », the pasted rows keeping their cells' formatting), then cleared the
character formatting and set the text in 9 pt, which leaves every pasted cell's BORDERS as
they came. The table has no border of its own (``w:tblBorders`` all ``nil``): every rule is
a cell's own (``w:tcBorders``). The header row (the six seed labels bold 9 pt on
:data:`HEAD_FILL`, repeated) is the template's, each cell boxed by :data:`BLACK`; each step's
row takes the borders of :data:`SOURCES` by the step's rank in the whole plan, in turn:
the template's box, a list-style table's grey rules above and under, an e-mail's nothing, a
columns-style table's black rules at the sides.

``plan_docx_echo``'s columns (2.8 / 5.6 / 2.0 / 2.2 / 2.0 / 2.4 cm, no footer row) and
document otherwise (``plan_docx_narrowstep``'s fields). Only the layout comes from here:
every value is the seed's.
"""

from __future__ import annotations

from tests.generators.docx_echo import HEAD_FILL, _label_row, close_table, step_cells
from tests.generators.plan_docx import _no_table_borders, _repeat_header
from tests.generators.seed001 import Block, load_seed

BLACK = "single:4:000000"  # a 0.5 pt black single rule
GREY = "single:4:808080"  # a 0.5 pt #808080 single rule
# each source's borders (top, left, bottom, right), taken in turn by the steps' ranks
SOURCES: tuple[tuple[str | None, str | None, str | None, str | None], ...] = (
    (BLACK, BLACK, BLACK, BLACK),  # the template's own box
    (GREY, None, GREY, None),  # from a list-style table: rules above and under only
    (None, None, None, None),  # from an e-mail: no border at all
    (None, BLACK, None, BLACK),  # from a columns-style table: rules at the sides only
)


def cell_borders(
    cell: object, top: str | None, left: str | None, bottom: str | None, right: str | None
) -> None:
    """``cell``'s own borders (``w:tcBorders``), each side a ``style:size:colour`` spec or
    ``None`` for ``nil``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    borders = OxmlElement("w:tcBorders")
    for side, spec in (("top", top), ("left", left), ("bottom", bottom), ("right", right)):
        edge = OxmlElement(f"w:{side}")
        if spec:
            val, size, color = spec.split(":")
            edge.set(qn("w:val"), val)
            edge.set(qn("w:sz"), size)
            edge.set(qn("w:space"), "0")
            edge.set(qn("w:color"), color)
        else:
            edge.set(qn("w:val"), "nil")
        borders.append(edge)
    # ``w:tcBorders`` goes after ``w:tcW`` / ``w:gridSpan`` / ``w:vMerge`` and before ``w:shd``
    shd = tc_pr.find(qn("w:shd"))
    if shd is not None:
        shd.addprevious(borders)
    else:
        tc_pr.append(borders)


def first_rank(block: Block) -> int:
    """The rank in the whole plan (from 0) of ``block``'s first step: the steps of the steps
    tables before it, in seed order."""
    rank = 0
    for other in load_seed():
        if other.kind != "impl":
            continue
        if other == block:
            return rank
        rank += len(other.rows)
    raise ValueError("steps block not in the seed")


def depareille_impl(doc: object, block: Block) -> None:
    """The steps table: no table border, the template's boxed header (repeated), then a row
    a step whose cells carry the borders of its source (:data:`SOURCES`, by rank)."""
    n_cols = len(block.header)
    table = doc.add_table(rows=len(block.rows) + 1, cols=n_cols)  # type: ignore[attr-defined]
    _no_table_borders(table)
    _label_row(table, 0, list(block.header), HEAD_FILL)
    _repeat_header(table.rows[0])  # type: ignore[attr-defined]
    for c in range(n_cols):
        cell_borders(table.cell(0, c), *SOURCES[0])  # type: ignore[attr-defined]
    rank = first_rank(block)
    for r, row in enumerate(block.rows, start=1):
        step_cells(table, r, row, n_cols)
        sides = SOURCES[(rank + r - 1) % len(SOURCES)]
        for c in range(n_cols):
            cell_borders(table.cell(r, c), *sides)  # type: ignore[attr-defined]
    close_table(doc, table)


__all__ = ["SOURCES", "cell_borders", "depareille_impl", "first_rank"]
