"""The seed 000 deck whose progress tables' HEADER ROW IS NO PART OF THE TABLE
(hundred-and-fifteenth held-out set, ``cot000_pptxbandeau``): a template's header banner
drawn above a pasted table without header row. Where ``cot000_pptx``'s table starts, a
rounded #0073B3 rectangle 692 × 16 pt holds four text boxes of the labels (bold white 7.5
pt): the table's own label left-aligned 4 pt in, « Points restants », « % Réalisé »,
« % Programmé » each centred over its column; 3 pt under it one real PowerPoint table of the
body rows only, ``cot000_pptx``'s widths, banded from the first row.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, HEAD, HEADS, ROW, SIZE, PptxProgressSlides

BANNER = 16.0  # pt, the banner's height
GAP = 3.0  # pt, between the banner and the table
INSET = 4.0  # pt, the table label's left inset on the banner
WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}  # CAE, ECI
LEFT = 14.0  # pt
WHITE = (1.0, 1.0, 1.0)


def _hex(colour: str) -> tuple[float, float, float]:
    return tuple(int(colour[i : i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


class PptxBandeauSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table header-less under a drawn banner."""

    def _label(self, x: float, top: float, w: float, text: str, centred: bool) -> None:
        """A banner label: a text box ``w`` pt wide at ``x``, vertically centred on the banner
        whose top is ``top``."""
        from pptx.enum.text import PP_ALIGN

        h = SIZE * 1.3
        frame = self._box(x, top + (BANNER - h) / 2, w, h)
        frame.word_wrap = False
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER if centred else PP_ALIGN.LEFT
        self._run(par, text, SIZE, True, WHITE)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        widths = WIDTHS[eci]
        self.slide()
        top = self.title(title) - 6
        self.rect(LEFT, top, sum(widths), BANNER, _hex(HEAD), radius=4.0)
        self._label(LEFT + INSET, top, widths[0] - 2 * INSET, header, False)
        x = LEFT + widths[0]
        for w, label in zip(widths[1:], HEADS, strict=True):
            self._label(x, top, w, label, True)
            x += w
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            len(rows), 4, Pt(LEFT), Pt(top + BANNER + GAP), Pt(sum(widths)), Pt(15 * len(rows))
        )
        table = shape.table
        table.first_row = False
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        for r, row in enumerate(rows):
            table.rows[r].height = Pt(ROW)
            self._seed_cells(table, r, row, BANDS[r % 2])
