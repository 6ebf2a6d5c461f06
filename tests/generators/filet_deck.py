"""The seed 000 deck whose progress tables tell their axes BY A THICK COLOURED LEFT BORDER PER
AXIS GROUP instead of ▼ / ▶ markers (eighty-fifth held-out set, ``cot000_pptxfilet``): the
first column without marker nor indent — an axis row its label alone, bold; a sub-axis row its
code, a space and its label, regular —, every first-column cell of an axis row and of the
sub-axis rows under it a 4.5 pt left border (``a:lnL``) in the axis's colour, the k-th axis
of a table in the k-th colour of :data:`COLOURS`.

One real PowerPoint table where ``cot000_pptx``'s is, in its look; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell

COLOURS = ("C0504D", "F79646", "9BBB59", "8064A2", "4BACC6", "7F6000")
BAR_PT = 4.5


def bare_label(row: tuple) -> str:
    """A seed row's first cell without marker nor indent: « <code> <label> » or the label."""
    _, code, label, *_ = row
    return f"{code} {label}" if code else label


def left_bar(cell: object, colour: str) -> None:
    """A ``BAR_PT`` pt solid left border of ``colour`` on a table cell (``a:lnL``, the first
    child of ``a:tcPr``)."""
    from pptx.oxml.xmlchemy import OxmlElement
    from pptx.util import Pt

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    line = OxmlElement("a:lnL")
    line.set("w", str(Pt(BAR_PT)))
    line.set("cap", "flat")
    line.set("cmpd", "sng")
    fill = OxmlElement("a:solidFill")
    rgb = OxmlElement("a:srgbClr")
    rgb.set("val", colour)
    fill.append(rgb)
    line.append(fill)
    dash = OxmlElement("a:prstDash")
    dash.set("val", "solid")
    line.append(dash)
    tc_pr.insert(0, line)


class PptxFiletSlides(PptxProgressSlides):
    """Progress tables without markers, each axis group behind a coloured left bar."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        axis = -1
        for r, row, fill in self._body_rows(table, rows):
            is_axis = row[0] == "▼"
            axis += is_axis
            first = filled_cell(table, r, 0, fill)
            self._run(first, bare_label(row), SIZE, is_axis, DARK)
            self._seed_cells(table, r, row, fill, columns=range(1, 4), bold=is_axis)
            left_bar(table.cell(r, 0), COLOURS[max(axis, 0) % len(COLOURS)])  # type: ignore[attr-defined]
