"""The seed 000 deck whose progress tables introduce their SUB-AXIS ROWS BY « dont »
(seventy-first held-out set, ``cot000_pptxdont``), as French financial and reporting tables
detail a total: each ▶ row's first cell composed as ``cot000_pptx`` composes it (code, the
four-space indent) but the marker « ▶ » replaced by the word « dont » (« dont Urbanisme »,
« 3.2 dont Réaliser des achats responsables »), and the whole sub-axis row, label and
numbers, in italic, regular weight; the ▼ axis rows as ``cot000_pptx`` has them.

One real PowerPoint table where ``cot000_pptx``'s starts, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's (« dont » is not).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

WORD = "dont"


def dont_cell(row: tuple) -> str:
    """A ▶ row's first cell: code, the indent, « dont » where ``cot000_pptx`` has « ▶ »."""
    _, code, label = row[:3]
    return f"{code + ' ' if code else ''}    {WORD} {label}"


class PptxDontSlides(PptxProgressSlides):
    """Progress tables whose sub-axis rows read « dont <label> », in italic."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            axis = seed_cell(row, 0)[1]
            for c in range(4):
                par = filled_cell(table, r, c, fill)
                value = seed_cell(row, c)[0] if axis or c else dont_cell(row)
                if not value:
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
                    continue
                self._run(par, value, SIZE, axis, DARK)
                if not axis:
                    par.runs[-1].font.italic = True  # type: ignore[attr-defined]
