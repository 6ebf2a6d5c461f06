"""Step names printed as band rows: a steps table with no step column whose rows alternate a
band (:attr:`~sources.pdf.content.TableRow.band`, its text alone across the table) and ONE
row of cells; each band then names the row under it.

Only a strict alternation over the whole fiche's table is read so: bands over several rows
each are group titles (« Phase 1 »), and taking one for each row's name would invent names;
such a table is left as read.
"""

from __future__ import annotations

from sources.pdf.content import TableRow
from sources.values import one_line


def name_by_bands(rows: list[TableRow]) -> list[TableRow]:
    """``rows`` (a fiche's table rows) with each band row folded into the row of cells under
    it as that row's ``step``, when the table has no step column and bands and rows of cells
    alternate one for one from a band on; else ``rows`` unchanged. Group rows (« Planification
    : 2020 » over the rows under it) stay where they are and do not break the alternation."""
    body = [r for r in rows if not r.group]
    if not body or not body[0].band or any("step" in r.cells for r in body):
        return rows
    kinds = [r.band for r in body]
    if len(kinds) % 2 or any(kinds[i] != (i % 2 == 0) for i in range(len(kinds))):
        return rows
    out: list[TableRow] = []
    band = body[0]
    for row in rows:
        if row.group:
            out.append(row)
        elif row.band:
            band = row
        else:  # the step starts where its name is printed
            name = one_line(" ".join(v for v in band.cells.values() if v))
            out.append(TableRow(band.page, band.top, {"step": name, **row.cells}, dict(row.raw)))
    return out
