"""The seed 000 deck whose progress tables were PASTED FROM AN EXCEL DASHBOARD WITH IN-CELL
TEXT BARS (forty-eighth held-out set, ``cot000_pptxrept``): one real PowerPoint table each,
as ``cot000_pptx`` draws it, but every « % Réalisé » and « % Programmé » body cell one
left-aligned run « █ » × round(p / 10), a space, then the value (« ███ 27 % »; a value under
5 % alone), as ``=REPT("█";ARRONDI(p*10;0))&" "&TEXTE(p;"0 %")`` writes it; the two
percentage header labels left-aligned over the bars.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

BLOCK = "█"  # U+2588 FULL BLOCK


def barred(value: str) -> str:
    """« 27 % » → « ███ 27 % »: one block per 10 %, rounded half up; none under 5 %."""
    percent = Decimal(value.replace("%", "").replace(",", ".").strip())
    n = int((percent / 10).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    return f"{BLOCK * n} {value}" if n else value


class PptxReptSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; text bars before the progress tables' percentages."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN

        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS], {2: PP_ALIGN.LEFT, 3: PP_ALIGN.LEFT})
        for r, row, fill in self._body_rows(table, rows):
            for c in range(4):
                value, axis = seed_cell(row, c)
                par = filled_cell(table, r, c, fill)
                if c >= 2:  # the bar and the value in one run, left-aligned
                    par.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
                    value = barred(value)
                self._run(par, value, SIZE, axis, DARK)
