"""The seed 000 deck whose progress tables hold ONE BODY ROW PER ▼ AXIS (sixty-seventh
held-out set, ``cot000_pptxparas``), as an author types a group's lines into one row with
« Entrée » instead of adding rows: each of the row's four cells holds one paragraph per seed
row of the axis — the ▼ axis row (bold) first, then its ▶ rows —, so the lines of the four
cells stand level and the only row rules are between axes.

One real PowerPoint table where ``cot000_pptx``'s starts, in its banded look; every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell


def axis_groups(rows: list[tuple]) -> list[list[tuple]]:
    """The seed rows cut before every ▼ axis row: each axis row with its ▶ rows."""
    groups: list[list[tuple]] = []
    for row in rows:
        if row[0] == "▼" or not groups:
            groups.append([])
        groups[-1].append(row)
    return groups


class PptxParasSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table one row per axis, its rows as lines."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        groups = axis_groups(rows)
        _, table = self._new_grid(title, groups, eci)
        self._head_row(table, [header, *HEADS])
        for r, group in enumerate(groups, start=1):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            fill = BANDS[(r - 1) % 2]
            for c in range(4):
                first = filled_cell(table, r, c, fill)
                frame = table.cell(r, c).text_frame  # type: ignore[attr-defined]
                for index, row in enumerate(group):
                    par = first if index == 0 else frame.add_paragraph()
                    par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                    value, axis = seed_cell(row, c)
                    self._run(par, value, SIZE, axis, DARK)
