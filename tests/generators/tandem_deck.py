"""The seed 000 deck whose progress tables are LAID OUT « EN DEUX COLONNES » (hundred-and-
twenty-third held-out set, ``cot000_pptxtandem``): as an author halves a long list to fit
its slide, one real PowerPoint table of EIGHT columns, the seed's four columns twice side by
side (200 / 48 / 49 / 49 pt, twice), the header's four labels twice, the seed rows in
NEWSPAPER ORDER — the first ⌈n/2⌉ down the left half, the others down the right half from
the first body row again —, so each table row holds two seed rows (CAE 13 + 12, ECI
10 + 10); bands by table row, each half bold where its own seed row is a ▼ axis row.

Every other slide as :class:`tests.generators.progress_deck.PptxProgressSlides`
(``cot000_pptx``) draws it. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

HALF_WIDTHS = (200.0, 48.0, 49.0, 49.0)  # pt, each half: 346 pt, 692 in all


class PptxTandemSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table its four columns twice side by side,
    the seed rows down the left half then down the right half."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN

        left_count = (len(rows) + 1) // 2
        halves = (rows[:left_count], rows[left_count:])
        _, table = self._sized_grid(title, left_count, HALF_WIDTHS * 2)
        aligns = {c: PP_ALIGN.LEFT if c % 4 == 0 else PP_ALIGN.RIGHT for c in range(8)}
        self._head_row(table, [header, *HEADS] * 2, aligns)
        for r, _, fill in self._body_rows(table, [()] * left_count):
            for half, seed_rows in enumerate(halves):
                row = seed_rows[r - 1] if r - 1 < len(seed_rows) else None
                for j in range(4):
                    par = filled_cell(table, r, 4 * half + j, fill)
                    par.alignment = aligns[j]  # type: ignore[attr-defined]
                    value, axis = seed_cell(row, j) if row is not None else ("", False)
                    if value:
                        self._run(par, value, SIZE, axis, DARK)
                    else:  # an empty cell's line in SIZE pt, not Impress's 18 pt
                        par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
