"""The seed 000 deck whose progress tables carry an added FIRST « N° » COLUMN OF OUTLINE ROW
NUMBERS (forty-ninth held-out set, ``cot000_pptxrefnum``): one real PowerPoint table each, as
``cot000_pptx`` draws it, but five columns: « N° » 30 pt (centred), then the label column
30 pt narrower; the k-th ▼ axis row numbered « k » (bold), the j-th ▶ row under it « k.j »,
restarting in each table (ECI's seed codes kept in the label cells).

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

WIDTHS = {False: (30, 320, 114, 114, 114), True: (30, 350, 104, 104, 104)}  # CAE, ECI


def outline_numbers(rows: list[tuple]) -> list[str]:
    """« 1 », « 1.1 », « 1.2 », « 2 »…: the k-th axis row « k », the j-th row under it
    « k.j »."""
    out: list[str] = []
    axis = sub = 0
    for row in rows:
        if row[0] == "▼":
            axis, sub = axis + 1, 0
            out.append(str(axis))
        else:
            sub += 1
            out.append(f"{axis}.{sub}")
    return out


class PptxRefnumSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; a « N° » column of row numbers before the labels."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        shape = self.current.shapes.add_table(
            len(rows) + 1, 5, Pt(14), Pt(y), Pt(692), Pt(15 * (len(rows) + 1))
        )
        table = shape.table
        for c, w in enumerate(WIDTHS[eci]):
            table.columns[c].width = Pt(w)
        self._head_row(table, ["N°", header, *HEADS], {0: PP_ALIGN.CENTER, 1: PP_ALIGN.LEFT})
        numbers = outline_numbers(rows)
        for r, row, fill in self._body_rows(table, rows):
            axis = row[0] == "▼"
            par = filled_cell(table, r, 0, fill)
            par.alignment = PP_ALIGN.CENTER  # type: ignore[attr-defined]
            self._run(par, numbers[r - 1], SIZE, axis, DARK)
            for c in range(4):
                value, axis = seed_cell(row, c)
                par = filled_cell(table, r, c + 1, fill)
                if c == 0:
                    par.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
                self._run(par, value, SIZE, axis, DARK)
