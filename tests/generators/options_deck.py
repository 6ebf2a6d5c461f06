"""The seed 000 deck whose progress tables have « LIGNE TOTAL » TICKED in their « Options de
style de tableau » though they have no total row (hundred-and-sixteenth held-out set,
``cot000_pptxoptions``): the table's ``a:tblPr`` carries ``lastRow="1"`` and its LAST BODY
ROW — a seed sub-axis row — is drawn as the style draws a total row, like the header: its
four cells on #0073B3, the texts bold white, a 3 pt white rule along its top, no band.

Every other row, and every slide, as :class:`tests.generators.progress_deck.
PptxProgressSlides` (``cot000_pptx``) draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEAD, HEADS, SIZE, WHITE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

RULE = 3.0  # pt, the white rule along the total-styled row's top


def top_rule(cell: object, width: float = RULE) -> None:
    """A ``width`` pt white rule along the cell's top (``a:lnT``)."""
    from pptx.oxml.xmlchemy import OxmlElement

    ln = OxmlElement("a:lnT")
    ln.set("w", str(int(width * 12700)))
    fill = OxmlElement("a:solidFill")
    rgb = OxmlElement("a:srgbClr")
    rgb.set("val", "FFFFFF")
    fill.append(rgb)
    ln.append(fill)
    cell._tc.get_or_add_tcPr().insert(0, ln)  # type: ignore[attr-defined]


class PptxOptionsSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's last row styled as a total row."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        table._tbl.tblPr.set("lastRow", "1")  # type: ignore[attr-defined]
        self._head_row(table, [header, *HEADS])
        last = len(rows)
        for r, row, fill in self._body_rows(table, rows):
            if r < last:
                self._seed_cells(table, r, row, fill)
                continue
            for c in range(4):
                value, _ = seed_cell(row, c)
                par = filled_cell(table, r, c, HEAD)
                self._run(par, value, SIZE, True, WHITE)
                top_rule(table.cell(r, c))
