"""The seed 000 deck whose progress tables are laid out as the territory's progress dashboard
pastes them (thirty-seventh held-out set, ``cot000_pptxtotal``): FIVE columns, a computed
« % Engagé » (% Réalisé + % Programmé) after the seed's three, and a bold « Total » row under
the last seed row (the axis rows' points summed, the percentage cells empty).

One real PowerPoint table per progress table where ``cot000_pptx``'s starts, banded as there.
Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it; the seed's
values are unchanged, the added column and row are not in the seed.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

SIZE = 7.5
ROW_HEIGHT = 12.0
WIDTHS = {False: (332, 90, 90, 90, 90), True: (372, 80, 80, 80, 80)}  # CAE, ECI (pt)
HEADS = ("Points restants", "% Réalisé", "% Programmé", "% Engagé")
BLUE = "0073B3"
TOTAL_FILL = "BDD7EE"
DARK = (0.122, 0.122, 0.122)  # #1F1F1F
WHITE = (1.0, 1.0, 1.0)


def _number(value: str) -> float:
    return float(value.replace("%", "").replace(",", ".").strip())


def _french(value: float) -> str:
    """One decimal with a comma, none when whole (« 43,4 », « 37 »)."""
    text = f"{value:.1f}".replace(".", ",")
    return text.removesuffix(",0")


def engaged(done: str, programmed: str) -> str:
    """« % Engagé »: the row's « % Réalisé » plus its « % Programmé », written as the seed
    writes a percentage (« 27 % » + « 16,4 % » → « 43,4 % »)."""
    return f"{_french(_number(done) + _number(programmed))} %"


def total_points(rows: list[tuple]) -> str:
    """The « Total » row's points: the sum of the ▼ axis rows' « Points restants »."""
    return _french(sum(_number(row[3]) for row in rows if row[0] == "▼"))


class PptxTotalSlides(_PptxSlides):
    """Progress tables on five columns with a « Total » row (a dashboard's paste)."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        widths = WIDTHS[eci]
        count = len(rows) + 2  # header, seed rows, total
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            count, len(widths), Pt(14), Pt(y), Pt(sum(widths)), Pt(ROW_HEIGHT * count)
        )
        table = shape.table
        for c, width in enumerate(widths):
            table.columns[c].width = Pt(width)
        for r in range(count):
            table.rows[r].height = Pt(ROW_HEIGHT)
            if r == 0:
                values, bold, color, fill = [header, *HEADS], True, WHITE, BLUE
            elif r == count - 1:
                values = ["Total", total_points(rows), "", "", ""]
                bold, color, fill = True, DARK, TOTAL_FILL
            else:
                row = rows[r - 1]
                values = [seed_cell(row, c)[0] for c in range(4)] + [engaged(row[4], row[5])]
                bold, color = seed_cell(row, 0)[1], DARK
                fill = "EAF1FA" if r % 2 else "FFFFFF"
            for c, value in enumerate(values):
                par = filled_cell(table, r, c, fill)
                if value:
                    self._run(par, value, SIZE, bold, color)
                else:  # an empty cell's line in the rows' type size, not Impress's 18 pt
                    par._p.get_or_add_endParaRPr().set("sz", str(round(SIZE * 100)))
