"""The seed 000 deck whose progress tables carry a consultant's BRACES GROUPING EACH AXIS'S
ROWS (hundred-and-sixty-ninth held-out set, ``cot000_pptxaccolade``): on slides 7 (CAE) and
8 (ECI) the progress table as ``cot000_pptx`` draws it but :data:`TABLE_WIDTH` pt wide from
x = :data:`TABLE_LEFT` pt (its label column 24 pt narrower), and in the left margin so
freed, for each ▼ axis, a shape « Accolade ouvrante » (``MSO_SHAPE.LEFT_BRACE``) x
:data:`BRACE_LEFT` → :data:`BRACE_LEFT` + :data:`BRACE_WIDTH` pt, outlined
:data:`BRACE_LINE` pt #00528C, no fill, no shadow, no text, beside the axis's ▶ rows: its
top :data:`BRACE_INSET` pt under the first one's top, its foot :data:`BRACE_INSET` pt over
the last one's foot (row k's top at the table's top + 12 k pt, the header row 0).

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

TABLE_LEFT = 38.0  # pt, 24 pt right of cot000_pptx's 14
TABLE_WIDTH = 668.0  # pt, to x 706 as cot000_pptx's
CAE_WIDTHS = (326, 114, 114, 114)
ECI_WIDTHS = (356, 104, 104, 104)
ROW_HEIGHT = 12.0  # pt, the rows' drawn height
BRACE_LEFT, BRACE_WIDTH = 24.0, 10.0  # pt
BRACE_INSET = 1.0  # pt, off the group's first top and last foot
BRACE_LINE = 1.25  # pt
BRACE_COLOR = "00528C"


def axis_groups(rows: list[tuple]) -> list[tuple[int, int]]:
    """The (first, last) body-row numbers (1-based, the header row 0) of each axis's ▶ rows,
    in order; an axis without ▶ row has none."""
    groups: list[tuple[int, int]] = []
    first = last = 0
    for k, row in enumerate(rows, start=1):
        if row[0] == "▼":
            if first:
                groups.append((first, last))
            first = last = 0
        elif first:
            last = k
        else:
            first = last = k
    if first:
        groups.append((first, last))
    return groups


class PptxAccoladeSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a left brace beside each axis's rows of the progress
    tables."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        top = self.title(title) - 6
        self._banded(top, header, rows, eci)
        for first, last in axis_groups(rows):
            self._brace(top + first * ROW_HEIGHT, top + (last + 1) * ROW_HEIGHT)

    def _progress_grid(self, y: float, n_rows: int, eci: bool) -> object:
        from pptx.util import Pt

        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            n_rows + 1, 4, Pt(TABLE_LEFT), Pt(y), Pt(TABLE_WIDTH), Pt(15 * (n_rows + 1))
        )
        table = shape.table
        for c, w in enumerate(ECI_WIDTHS if eci else CAE_WIDTHS):
            table.columns[c].width = Pt(w)
        return table

    def _brace(self, top: float, foot: float) -> None:
        """A left brace beside the rows from ``top`` to ``foot`` pt."""
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.util import Pt

        brace = self.current.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.LEFT_BRACE,
            Pt(BRACE_LEFT),
            Pt(top + BRACE_INSET),
            Pt(BRACE_WIDTH),
            Pt(foot - top - 2 * BRACE_INSET),
        )
        brace.fill.background()
        brace.line.color.rgb = RGBColor.from_string(BRACE_COLOR)
        brace.line.width = Pt(BRACE_LINE)
        brace.shadow.inherit = False


__all__ = ["PptxAccoladeSlides", "axis_groups"]
