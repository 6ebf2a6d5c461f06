"""TABLES STACKED ONE A ROW, GOING ON FROM THE PAGE BEFORE: a CMS writes each step as a
``<table>`` of its own, each sized by the browser from its own content, stacked with no gap
under a header table of their own. Their vertical rules stand at other places in every
table, so the grid finder reads one grid whose columns are the union of all of them. Under
the header, the rows are read cell by cell under its cells (``ruled_tables._under_header``);
at the top of the next page there is no header: a grid whose EVERY row holds exactly as many
cells of its own as the table before has columns, the rows not lined up, is that table
going on, each row read by its own cells in order.
"""

from __future__ import annotations

from typing import Any


def own_cell_rows(boxes: list[Any], ncols: int) -> list[list[int]] | None:
    """For each row of ``boxes`` (pdfplumber rows), the grid indices of its own cells, when
    every row has exactly ``ncols`` of them, starting at the grid's left, and the grid has
    more columns than that (the rows' rules not lined up); else None."""
    if not boxes or ncols < 2:
        return None
    own = [[i for i, b in enumerate(row.cells) if b is not None] for row in boxes]
    if any(len(idx) != ncols or idx[0] != 0 for idx in own):
        return None
    if all(len(row.cells) <= ncols for row in boxes):
        return None  # lined up: the grid's own columns
    return own
