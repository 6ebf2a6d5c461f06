"""The seed 000 deck whose progress tables were pasted from a workbook SORTED ON « Points
restants » WITHIN EACH AXIS (fifty-ninth held-out set, ``cot000_pptxsorted``): every ▼ axis
row heads its group as in the seed, the groups in seed order, but each axis's sub-axis rows
ordered by their points DESCENDING (seed order kept between equal points); NO ▼ / ▶ MARKER
AND NO INDENT — an axis row its label alone, bold, on #F2F2F2, a sub-axis row its code and
label, regular, on white —; THE AXIS SHOWN BY A COLOURED LEFT BAR: the first cell of every
body row a 4.5 pt left border in its axis's colour, every body cell a 0.5 pt #D9D9D9 bottom
rule, no banding.

One real PowerPoint table where ``cot000_pptx``'s starts (same geometry, header, type and
numbers); every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it.
Only the layout and the rows' order within an axis come from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, ROW, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell

AXIS_FILL = "F2F2F2"
BAR_COLOURS = ("0073B3", "70AD47", "ED7D31", "7030A0", "C00000", "BF9000")
BAR = 4.5  # pt, the first cell's left border
RULE = ("D9D9D9", 0.5)  # every body cell's bottom rule


def sorted_rows(rows: list[tuple]) -> list[tuple[tuple, int]]:
    """The seed rows, each ▼ axis row heading its group, the group's other rows by points
    descending (a stable sort: seed order between equal points); each with its axis's index."""

    def points(row: tuple) -> float:
        return float(row[3].replace(",", ".")) if row[3] else 0.0

    groups: list[list[tuple]] = []
    for row in rows:
        if row[0] == "▼" or not groups:
            groups.append([row])
        else:
            groups[-1].append(row)
    out = []
    for index, (head, *subs) in enumerate(groups):
        out.append((head, index))
        out += [(row, index) for row in sorted(subs, key=points, reverse=True)]
    return out


def bare_label(row: tuple) -> str:
    """A progress row's first cell with no marker and no indent: code (if any) and label."""
    _, code, label = row[:3]
    return f"{code} {label}" if code else label


def _border(tc_pr: object, side: str, colour: str, width: float) -> object:
    from pptx.oxml.xmlchemy import OxmlElement

    ln = OxmlElement(side)
    ln.set("w", str(int(width * 12700)))
    fill = OxmlElement("a:solidFill")
    color = OxmlElement("a:srgbClr")
    color.set("val", colour)
    fill.append(color)
    ln.append(fill)
    return ln


def bar_and_rule(cell: object, bar: str | None) -> None:
    """The cell's borders: ``bar`` (hex) as a 4.5 pt left border if given, none at the left
    and right otherwise, none at the top, a 0.5 pt #D9D9D9 rule at the bottom."""
    from pptx.oxml.xmlchemy import OxmlElement

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    lines = []
    for side in ("a:lnL", "a:lnR", "a:lnT"):
        if side == "a:lnL" and bar:
            lines.append(_border(tc_pr, side, bar, BAR))
        else:
            ln = OxmlElement(side)
            ln.set("w", "0")
            ln.append(OxmlElement("a:noFill"))
            lines.append(ln)
    lines.append(_border(tc_pr, "a:lnB", *RULE))
    for index, ln in enumerate(lines):
        tc_pr.insert(index, ln)


class PptxSortedSlides(PptxProgressSlides):
    """Progress tables sorted by points within each axis, coloured axis bars, no markers."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, (row, index) in enumerate(sorted_rows(rows), start=1):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            axis = row[0] == "▼"
            for c in range(4):
                par = filled_cell(table, r, c, AXIS_FILL if axis else "FFFFFF")
                bar = BAR_COLOURS[index % len(BAR_COLOURS)] if c == 0 else None
                bar_and_rule(table.cell(r, c), bar)  # type: ignore[attr-defined]
                value = bare_label(row) if c == 0 else row[c + 2]
                if value:
                    self._run(par, value, SIZE, axis, DARK)
                else:  # an empty cell's line in the rows' type size, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))
