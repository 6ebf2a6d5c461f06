"""The seed 000 deck whose progress tables have GROUP HEADERS AND SUBTOTALS (sixtieth held-out
set, ``cot000_pptxsubtotal``): every ▼ axis row cut in two — a group header row whose four
cells are merged into one spanning the table, holding the axis's label and no number, then
the axis's ▶ rows, then a « Sous-total » row carrying the axis's three numbers —; 6.5 pt text
in 10 pt rows so the longer table fits.

One real PowerPoint table where ``cot000_pptx``'s starts; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's (the « Sous-total » label is not).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

SIZE = 6.5
ROW = 10.0  # pt
GROUP = "D6E3F0"
BANDS = ("FFFFFF", "F5F8FC")
SUBTOTAL = "EAF1FA"


def _grouped(rows: list[tuple]) -> list[tuple[str, tuple]]:
    """The table's body rows as (kind, seed row): ``group`` (an axis's label row), ``sub``
    (a ▶ row) and ``total`` (an axis's numbers, after its ▶ rows)."""
    out: list[tuple[str, tuple]] = []
    axis: tuple | None = None
    for row in rows:
        if seed_cell(row, 0)[1]:
            if axis is not None:
                out.append(("total", axis))
            axis = row
            out.append(("group", row))
        else:
            out.append(("sub", row))
    if axis is not None:
        out.append(("total", axis))
    return out


class PptxSubtotalSlides(PptxProgressSlides):
    """Progress tables with merged axis group headers and « Sous-total » rows."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        body = _grouped(rows)
        _, table = self._new_grid(title, body, eci)
        self._head_row(table, [header, *HEADS], size=SIZE, row=ROW)
        band = 0
        for r, (kind, row) in enumerate(body, start=1):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            if kind == "group":
                par = filled_cell(table, r, 0, GROUP)
                for c in range(1, 4):
                    filled_cell(table, r, c, GROUP)
                self._run(par, seed_cell(row, 0)[0], SIZE, True, DARK)
                table.cell(r, 0).merge(table.cell(r, 3))  # type: ignore[attr-defined]
                band = 0
                continue
            fill = SUBTOTAL if kind == "total" else BANDS[band % 2]
            band += kind == "sub"
            for c in range(4):
                par = filled_cell(table, r, c, fill)
                if kind == "total":
                    value = "Sous-total" if c == 0 else seed_cell(row, c)[0]
                else:
                    value = seed_cell(row, c)[0]
                if value:
                    self._run(par, value, SIZE, kind == "total", DARK)
                else:  # an empty cell's line in the rows' type size, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))
