"""The seed 000 deck whose progress tables' ACTION LABELS ARE UNDERLINED HYPERLINKS
(hundred-and-eighth held-out set, ``cot000_pptxsouligne``): as an adviser's deck linking each
action to its page on the labelling platform, every ▶ row's label is a run carrying a
hyperlink (``a:hlinkClick``), printed in the Office theme's hyperlink colour #0563C1 and
underlined, after its code, indent and marker in the body colour; the ▼ axis rows unlinked.

Each table ``cot000_pptx``'s real PowerPoint table (place, widths, banded look); every other
slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes
from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import _first_cell, filled_cell, seed_cell

LINK = "0563C1"  # the Office theme's hyperlink colour
SITE = "https://app.territoiresentransitions.fr/"


class PptxSouligneSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides, each ▶ row's label an underlined hyperlink."""

    _volet = "cae"  # the table being drawn: its links' part of the address

    def _link(self, par: object, row: tuple, n: int) -> None:
        """The first cell of the ▶ ``row`` (the table's ``n``-th link): its code, indent and
        marker in the body colour, then its label as an underlined hyperlink."""
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        marker, code, label = row[0], row[1], row[2]
        prefix = _first_cell(marker, code, label)[: -len(label)]
        self._run(par, prefix, SIZE, False, DARK)
        run = par.add_run()  # type: ignore[attr-defined]
        run.text = label
        run.font.size = Pt(SIZE)
        run.font.bold = False
        run.font.name = "DejaVu Sans Condensed"
        run.font.underline = True
        run.font.color.rgb = RGBColor.from_string(LINK)
        run.hyperlink.address = f"{SITE}{self._volet}/action/{n}"

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self._volet = "eci" if eci else "cae"
        _y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        n = 0
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, columns=range(1, 4))
            par = filled_cell(table, r, 0, fill)
            value, axis = seed_cell(row, 0)
            if row[0] == "▶":
                n += 1
                self._link(par, row, n)
            else:
                self._run(par, value, SIZE, axis, DARK)
