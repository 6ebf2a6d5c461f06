"""A SECOND TABLE GLUED UNDER A STEPS TABLE: a template ends each fiche's steps with its
« Circuit de validation » (a visa table: « Rédaction | Vérification | Approbation », names,
dates, signatures), a couple of points under the steps table's bottom rule. The grid finder
snaps the two tables' rules together and reads one grid whose columns are the union of both
tables' vertical rules: the visa rows come out as steps (« Nom et fonction », « Date »,
« Visa »).

Rows at a grid's end whose cells start at an x where no cell of the header row starts, and
which do not start at every x the header's cells start at (a nested grid inside a cell keeps
the outer columns and adds its own), are drawn on other vertical rules: another table. The
grid's rows end before the first of them; the rows of such a run all start their cells alike.
"""

from __future__ import annotations

from typing import Any

_TOLERANCE = 1.5  # pt: two cell starts this close are one rule


def _starts(row: Any) -> list[float]:
    """Where the row's own cells start (merged-over positions, ``None``, skipped)."""
    return [float(c[0]) for c in row.cells if c is not None]


def _within(x: float, xs: list[float]) -> bool:
    return any(abs(x - y) <= _TOLERANCE for y in xs)


def _foreign(starts: list[float], header: list[float]) -> bool:
    """Cells on vertical rules the header's columns do not have, without all of its own."""
    return any(not _within(x, header) for x in starts) and not all(
        _within(x, starts) for x in header
    )


def foreign_tail(table: Any, header_row: int) -> int | None:
    """The index of the first row of the run of rows drawn on other vertical rules that ends
    ``table`` (:func:`_foreign` to the header row ``header_row``), else None."""
    rows = list(table.rows)
    if header_row >= len(rows) - 1:
        return None
    header = _starts(rows[header_row])
    cut = len(rows)
    while cut - 1 > header_row and _foreign(_starts(rows[cut - 1]), header):
        cut -= 1
    if cut == len(rows) or cut == header_row + 1:
        return None  # nothing foreign, or no body row of the header's own columns kept
    run = [_starts(r) for r in rows[cut:]]
    if any(len(s) != len(run[0]) or not all(_within(x, run[0]) for x in s) for s in run[1:]):
        return None
    return cut
