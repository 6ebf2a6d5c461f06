"""The seed 000 deck whose progress tables' first column has NO ▼ / ▶ MARKER, the levels shown
by a LEADING TAB (fifty-fifth held-out set, ``cot000_pptxtabindent``), as pasted from a
workbook whose outline indented the sub-axes: an axis row's first cell its label alone, bold,
flush left; a sub-axis row's first cell a TAB character, then its code and a space if it has
one, then its label, regular — the tab printed up to the slide's default tab stop (36 pt).

The tables are otherwise ``cot000_pptx``'s real PowerPoint tables (same geometry, header,
fills, banding, type and numbers); every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. The values are the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell


def tabbed_label(marker: str, code: str | None, label: str) -> str:
    """A progress row's first cell without its marker: an axis label alone, a sub-axis label
    after a tab (and its code)."""
    if marker == "▼":
        return label
    return "\t" + (f"{code} " if code else "") + label


class PptxTabIndentSlides(_PptxSlides):
    """Progress tables as ``cot000_pptx``'s, the first column tab-indented, no markers."""

    def _banded(
        self,
        y: float,
        header: str,
        rows: list[tuple],
        eci: bool,
        size: float = 7.5,
        row_height: float = 12,
    ) -> None:
        """``cot000_pptx``'s table (:meth:`_PptxSlides._banded`), the first cells tabbed."""
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        table = self._progress_grid(y, len(rows), eci)
        heads = [header, "Points restants", "% Réalisé", "% Programmé"]
        for r in range(len(rows) + 1):
            table.rows[r].height = Pt(row_height)
            for c in range(4):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                par = cell.text_frame.paragraphs[0]
                if r == 0:
                    value, bold, color = heads[c], True, (1.0, 1.0, 1.0)
                    cell.fill.solid()
                    cell.fill.fore_color.rgb = RGBColor.from_string("0073B3")
                else:
                    value, axis = seed_cell(rows[r - 1], c)
                    if c == 0:
                        marker, code, label = rows[r - 1][:3]
                        value = tabbed_label(marker, code, label)
                    bold, color = axis, (0.12, 0.12, 0.12)
                    cell.fill.solid()
                    fill = "EAF1FA" if r % 2 else "FFFFFF"
                    cell.fill.fore_color.rgb = RGBColor.from_string(fill)
                par.alignment = PP_ALIGN.LEFT if c == 0 else PP_ALIGN.RIGHT
                self._run(par, value, size, bold, color)
