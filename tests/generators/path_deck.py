"""The seed 000 deck whose progress tables write the referential's hierarchy AS A PATH in their
first column (fifty-sixth held-out set, ``cot000_pptxpath``), as a table exported from a
tracking tool's « chemin » column is pasted: no ▼ / ▶ marker and no indent, an axis row its
label alone (bold), every sub-axis row its axis's label, « > » and its own code and label
(« Planification territoriale > Urbanisme »); 6.5 pt text, rows 10 pt high at least, Impress
growing a row where its path wraps.

The tables are otherwise ``cot000_pptx``'s real PowerPoint tables (geometry, labels, fills,
banding); every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it.
The values are the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, DARK, HEAD, HEADS, WHITE
from tests.generators.slides_office import _PptxSlides, filled_cell

SIZE = 6.5
ROW = 10.0  # pt, at least


def paths(rows: list[tuple]) -> list[tuple[str, bool]]:
    """Each seed row's first cell as a path, and whether it is an axis row."""
    out, axis = [], ""
    for marker, code, label, *_ in rows:
        if marker == "▼":
            axis = label
            out.append((label, True))
        else:
            out.append((f"{axis} > {code + ' ' if code else ''}{label}", False))
    return out


class PptxPathSlides(_PptxSlides):
    """Progress tables as ``cot000_pptx``'s, the first column a path « axe > sous-axe »."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        table = self._progress_grid(self.title(title) - 6, len(rows), eci)
        first = paths(rows)
        heads = (header, *HEADS)
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            for c in range(4):
                if r == 0:
                    par = filled_cell(table, r, c, HEAD)
                    self._run(par, heads[c], SIZE, True, WHITE)
                    continue
                par = filled_cell(table, r, c, BANDS[(r - 1) % 2])
                text, axis = first[r - 1]
                value = text if c == 0 else rows[r - 1][2 + c]
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:  # an empty cell's line in the rows' type size, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))
