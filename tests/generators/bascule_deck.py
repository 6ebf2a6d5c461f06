"""The seed 000 deck whose progress tables are TRANSPOSED (eighty-second held-out set,
``cot000_pptxbascule``), as pasted with « Collage spécial › Transposer » to fit the slide's
width: four rows, a first column 67 pt wide, then ONE COLUMN PER SEED ROW in seed order
(CAE 25 × 25 pt, ECI 20 × 31.25 pt). The first row, 170 pt high on #0073B3, holds the
table's own label, then each seed row's label TURNED (``vert270``, read bottom to top); the
three body rows « Points restants », « % Réalisé », « % Programmé » hold the values centred,
6 pt, bold in ▼ axis columns, the seed columns banded #EAF1FA / white.

One real PowerPoint table where ``cot000_pptx``'s starts; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import BANDS, DARK, HEAD, HEADS, WHITE
from tests.generators.slides_office import _PptxSlides, seed_cell

FIRST = 67.0  # pt, the first column
WIDTH = 692.0  # pt, the table
HEAD_ROW = 170.0  # pt, the turned labels' row
BODY_ROW = 14.0  # pt
LABEL_SIZE = 6.5
SIZE = 6.0
FIRST_FILL = "DCE6F2"


class PptxBasculeSlides(_PptxSlides):
    """Progress tables transposed: a column a seed row under its turned label."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        n = len(rows)
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            4, n + 1, Pt(14), Pt(y), Pt(WIDTH), Pt(HEAD_ROW + 3 * BODY_ROW)
        )
        table = shape.table
        table.columns[0].width = Pt(FIRST)
        for c in range(1, n + 1):
            table.columns[c].width = Pt((WIDTH - FIRST) / n)
        for r in range(4):
            table.rows[r].height = Pt(HEAD_ROW if r == 0 else BODY_ROW)
            for c in range(n + 1):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(1)
                cell.fill.solid()
                par = cell.text_frame.paragraphs[0]
                if c == 0:  # the table's own label, then the three measures' labels
                    fill = HEAD if r == 0 else FIRST_FILL
                    value, bold, size = (header, *HEADS)[r], True, LABEL_SIZE
                    color = WHITE if r == 0 else DARK
                    par.alignment = PP_ALIGN.LEFT
                else:
                    text, axis = seed_cell(rows[c - 1], r)
                    value, bold, size = text, axis, SIZE
                    if r == 0:  # the seed row's label, turned: read bottom to top
                        fill, color = HEAD, WHITE
                        cell._tc.get_or_add_tcPr().set("vert", "vert270")  # noqa: SLF001
                        par.alignment = PP_ALIGN.LEFT
                    else:
                        fill, color = BANDS[(c - 1) % 2], DARK
                        par.alignment = PP_ALIGN.CENTER
                cell.fill.fore_color.rgb = RGBColor.from_string(fill)
                if value:
                    self._run(par, value, size, bold, color)
                else:  # an empty cell's line in the table's type size, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(size * 100)))  # noqa: SLF001
