"""The seed 000 deck whose progress tables hold EMPTY SPACER ROWS between their axes
(sixty-third held-out set, ``cot000_pptxspacer``): before every ▼ axis row save the first, an
empty row 4 pt high whose cells have no fill (the white slide shows through), no text, a
1 pt end-of-paragraph size and no top / bottom margin, so Impress keeps it at 4 pt; the seed
rows banded #EAF1FA / white, counted over the seed rows only.

One real PowerPoint table where ``cot000_pptx``'s starts, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, HEADS, ROW, PptxProgressSlides, gapped_rows

SPACER = 4.0  # pt


class PptxSpacerSlides(PptxProgressSlides):
    """Progress tables with an empty 4 pt spacer row before every axis row but the first."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        body = gapped_rows(rows)  # ``None``: a spacer
        _, table = self._new_grid(title, body, eci)
        self._head_row(table, [header, *HEADS])
        band = 0
        for r, row in enumerate(body, start=1):
            if row is None:  # no fill, no text, 1 pt line, no margins: a 4 pt white gap
                table.rows[r].height = Pt(SPACER)  # type: ignore[attr-defined]
                for c in range(4):
                    cell = table.cell(r, c)  # type: ignore[attr-defined]
                    cell.margin_top = cell.margin_bottom = Pt(0)
                    cell.fill.background()
                    par = cell.text_frame.paragraphs[0]
                    par._p.get_or_add_endParaRPr().set("sz", "100")
                continue
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            fill = BANDS[band % 2]
            band += 1
            self._seed_cells(table, r, row, fill)
