"""The seed 000 deck whose progress tables' ROW MARKERS ARE A TREE VIEW'S GLYPHS
(ninety-second held-out set, ``cot000_pptxnoeud``), as a tree-grid export of a referential
tool pasted into a deck: every first cell composed as ``cot000_pptx`` composes it (code, the
four-space indent of a sub-axis, marker, label) but « ▼ » replaced by « ⊟ » (an expanded
node), « ▶ » by « ├ » and the last sub-axis of each axis by « └ », the glyph in a run of its
own, grey #7F7F7F, bold on axis rows; no legend.

One real PowerPoint table where ``cot000_pptx``'s starts, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's (the glyphs are not).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

NODE, BRANCH, LAST = "⊟", "├", "└"
GREY = (127 / 255, 127 / 255, 127 / 255)  # #7F7F7F


def glyphs(rows: list[tuple]) -> list[str]:
    """Each seed row's tree glyph: « ⊟ » an axis, « ├ » a sub-axis, « └ » the last sub-axis
    before the next axis (or the table's end)."""
    out = []
    for i, row in enumerate(rows):
        if row[0] == "▼":
            out.append(NODE)
        elif i + 1 == len(rows) or rows[i + 1][0] == "▼":
            out.append(LAST)
        else:
            out.append(BRANCH)
    return out


class PptxNoeudSlides(PptxProgressSlides):
    """Progress tables whose ▼ / ▶ markers are a tree view's « ⊟ » / « ├ » / « └ »."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        marks = glyphs(rows)
        for r, row, fill in self._body_rows(table, rows):
            axis = seed_cell(row, 0)[1]
            par = filled_cell(table, r, 0, fill)
            _, code, label = row[:3]
            before = f"{code + ' ' if code else ''}{'' if axis else '    '}"
            if before:
                self._run(par, before, SIZE, axis, DARK)
            self._run(par, marks[r - 1], SIZE, axis, GREY)
            self._run(par, f" {label}", SIZE, axis, DARK)
            for c in range(1, 4):
                par = filled_cell(table, r, c, fill)
                value = seed_cell(row, c)[0]
                if not value:
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))  # type: ignore[attr-defined]
                    continue
                self._run(par, value, SIZE, axis, DARK)
