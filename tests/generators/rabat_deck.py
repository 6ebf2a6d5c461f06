"""The seed 000 deck whose progress slides are in the template's « TITRE LATÉRAL » layout
(hundred-and-sixty-second held-out set, ``cot000_pptxrabat``), as a presenter sets them to
give the tables the slide's whole height: no title bar at the top, a :data:`BAND_FILL` band
down the slide's left edge (:data:`BAND` pt wide) holding the slide's title in white on two
or more lines, and beside it, from the slide's top, the progress table as ``cot000_pptx``
draws it but narrower (:data:`LEFT` → 706 pt, label column :data:`WIDTHS`' first), a label
wider than its column wrapping in its cell.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, PptxProgressSlides

BAND_FILL = (0.0, 0.32, 0.55)  # the other slides' title bar's #00528C
BAND = 176.0  # pt, the band's width (the slide's full height)
TITLE_SIZE = 18.0  # pt
TITLE_LEFT = 16.0  # pt, the title box's left edge
TITLE_TOP = 24.0  # pt, the title box's top
TITLE_WIDTH = 144.0  # pt
LEFT = 190.0  # pt, the table's left edge
TOP = 14.0  # pt, the table's top
WIDTHS = {False: (264.0, 84.0, 84.0, 84.0), True: (288.0, 76.0, 76.0, 76.0)}  # CAE, ECI


class PptxRabatSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress slide's title in a band at the table's left."""

    def _side_title(self, title: str) -> None:
        """The band down the current slide's left edge and the title in it: one wrapping
        text box, bold white, left-aligned (Impress breaks the lines)."""
        from pptx.enum.text import PP_ALIGN

        self.rect(0, 0, BAND, 405, BAND_FILL)
        lines = self.wrap(title, TITLE_SIZE, TITLE_WIDTH, bold=True)
        frame = self._box(TITLE_LEFT, TITLE_TOP, TITLE_WIDTH, len(lines) * TITLE_SIZE * 1.25)
        par = frame.paragraphs[0]  # type: ignore[attr-defined]
        par.alignment = PP_ALIGN.LEFT
        self._run(par, title, TITLE_SIZE, True, (1.0, 1.0, 1.0))

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        self._side_title(title)
        widths = WIDTHS[eci]
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            len(rows) + 1, 4, Pt(LEFT), Pt(TOP), Pt(sum(widths)), Pt(15 * (len(rows) + 1))
        )
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
