"""The seed 000 deck whose progress tables were PASTED AXIS BLOCK BY AXIS BLOCK AS SEPARATE
TABLES (seventy-sixth held-out set, ``cot000_pptxpaves``): one real PowerPoint table per ▼
axis block (its ▼ row and the ▶ rows under it), stacked 4 pt apart from where
``cot000_pptx``'s table starts, the header row in the first table only; each block sized on
its own, the label column 350 + d pt (ECI 380 + d), d = 0, −14, +8, −22, +12, −6 pt by block,
the three number columns sharing the rest of the 692 pt, so their rules jog from block to
block; each table banded #EAF1FA / white from its own ▼ row.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.encadre_deck import blocks
from tests.generators.progress_deck import BANDS, DARK, HEAD, HEADS, ROW, SIZE, WHITE
from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

LEFT, WIDTH = 14.0, 692.0  # pt, every block table's left side and width
GAP = 4.0  # pt between a block table's bottom and the next one's top
SHIFTS = (0.0, -14.0, 8.0, -22.0, 12.0, -6.0)  # pt added to the label column, block by block


class PptxPavesSlides(_PptxSlides):
    """Progress tables as one table per ▼ axis block, the header in the first only."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        top = self.title(title) - 6
        base = 380.0 if eci else 350.0
        for k, (first, last) in enumerate(blocks(rows)):
            body = rows[first : last + 1]
            head = header if k == 0 else None
            self._block(top, base + SHIFTS[k], head, body)
            top += ROW * (len(body) + (k == 0)) + GAP

    def _block(self, y: float, label: float, header: str | None, body: list[tuple]) -> None:
        """One block table at ``y``: ``header`` (if any) then ``body``'s rows, the label
        column ``label`` pt wide, the three number columns sharing the rest."""
        from pptx.util import Emu, Pt

        heads = 1 if header is not None else 0
        n = heads + len(body)
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            n, 4, Pt(LEFT), Pt(y), Pt(WIDTH), Pt(ROW * n)
        )
        table = shape.table
        total, first = int(Pt(WIDTH)), int(Pt(label))
        rest = total - first
        widths = [first, rest // 3, rest // 3, rest - 2 * (rest // 3)]
        for c, w in enumerate(widths):
            table.columns[c].width = Emu(w)
        for r in range(n):
            table.rows[r].height = Pt(ROW)
            for c in range(4):
                if r < heads:
                    par = filled_cell(table, r, c, HEAD)
                    self._run(par, header if c == 0 else HEADS[c - 1], SIZE, True, WHITE)
                    continue
                par = filled_cell(table, r, c, BANDS[(r - heads) % 2])
                value, bold = seed_cell(body[r - heads], c)
                self._run(par, value, SIZE, bold, DARK)
