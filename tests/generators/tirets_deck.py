"""The seed 000 deck whose progress tables' columns are DIVIDED BY DASHED VERTICAL RULES, the
numbers CENTRED (ninety-sixth held-out set, ``cot000_pptxtirets``).

Each progress table at ``cot000_pptx``'s place, widths and look, but every cell's rules
(:func:`dashed_rules`): a :data:`RULE_WIDTH` pt :data:`RULE` ``sysDash`` rule on the sides
between two columns, none on the table's outer left and right edges, no horizontal rule;
the three number columns (labels and numbers) centred. Every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, PptxProgressSlides
from tests.generators.slides_office import _ln as rule_ln

WIDTHS = {False: (350.0, 114.0, 114.0, 114.0), True: (380.0, 104.0, 104.0, 104.0)}  # eci →
RULE = "7F7F7F"
RULE_WIDTH = 0.75
DASH = "sysDash"


def _ln(side: str, dashed: bool) -> object:
    """A cell rule element (``a:lnL``…): dashed :data:`RULE`, or none."""
    from pptx.oxml.xmlchemy import OxmlElement

    ln = rule_ln(side, RULE if dashed else None, RULE_WIDTH)
    if dashed:
        dash = OxmlElement("a:prstDash")
        dash.set("val", DASH)
        ln.append(dash)  # type: ignore[attr-defined]
    return ln


def dashed_rules(cell: object, column: int, columns: int) -> None:
    """The cell's rules: dashed on its left unless in the first column, on its right unless
    in the last, none at its top and bottom."""
    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    sides = (
        ("a:lnL", column > 0),
        ("a:lnR", column < columns - 1),
        ("a:lnT", False),
        ("a:lnB", False),
    )
    for index, (side, dashed) in enumerate(sides):
        tc_pr.insert(index, _ln(side, dashed))


class PptxTiretsSlides(PptxProgressSlides):
    """Progress tables whose columns are divided by dashed rules, numbers centred."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN

        widths = WIDTHS[eci]
        _y, table = self._sized_grid(title, len(rows), widths)
        centred = dict.fromkeys(range(1, len(widths)), PP_ALIGN.CENTER)
        self._head_row(table, [header, *HEADS], centred)
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
            for c in range(1, len(widths)):
                cell = table.cell(r, c)  # type: ignore[attr-defined]
                cell.text_frame.paragraphs[0].alignment = PP_ALIGN.CENTER
        for r in range(len(rows) + 1):
            for c in range(len(widths)):
                dashed_rules(table.cell(r, c), c, len(widths))  # type: ignore[attr-defined]
