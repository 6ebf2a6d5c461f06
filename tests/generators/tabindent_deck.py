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

    @staticmethod
    def _seed_cell(row: tuple, column: int) -> tuple[str, bool]:
        """``cot000_pptx``'s cell (:meth:`_PptxSlides._banded`), the first cells tabbed."""
        value, axis = seed_cell(row, column)
        if column == 0:
            marker, code, label = row[:3]
            value = tabbed_label(marker, code, label)
        return value, axis
