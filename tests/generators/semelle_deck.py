"""The seed 000 deck whose progress tables END WITH A COPY OF THEIR HEADER ROW (hundred-and-
forty-seventh held-out set, ``cot000_pptxsemelle``): each table as ``cot000_pptx`` draws it
(where it stands, its columns, rows, fills and texts) with one more row after the last seed
row, the header's four labels again, bold white on #0073B3, 12 pt high: the column titles
repeated under a long table.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

HEADER_FILL = "0073B3"
NUMBER_HEADS = ("Points restants", "% Réalisé", "% Programmé")


class PptxSemelleSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table closed by a copy of its header row."""

    def _progress_grid(self, y: float, n_rows: int, eci: bool) -> object:
        self._grid = super()._progress_grid(y, n_rows + 1, eci)
        return self._grid

    def _banded(
        self,
        y: float,
        header: str,
        rows: list[tuple],
        eci: bool,
        size: float = 7.5,
        row_height: float = 12,
    ) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        super()._banded(y, header, rows, eci, size, row_height)
        table = self._grid
        last = len(rows) + 1
        table.rows[last].height = Pt(row_height)  # type: ignore[attr-defined]
        for c, value in enumerate((header, *NUMBER_HEADS)):
            cell = table.cell(last, c)  # type: ignore[attr-defined]
            cell.margin_top = cell.margin_bottom = Pt(1)
            cell.margin_left = cell.margin_right = Pt(4)
            cell.fill.solid()
            cell.fill.fore_color.rgb = RGBColor.from_string(HEADER_FILL)
            par = cell.text_frame.paragraphs[0]
            par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
            self._run(par, value, size, True, (1.0, 1.0, 1.0))
