"""The seed 000 deck whose progress slides keep, PARKED ON THE PASTEBOARD beside the slide,
THE RAW TABLE THE AUTHOR FORMATTED THE SLIDE'S TABLE FROM (hundred-and-twenty-fourth
held-out set, ``cot000_pptxhorschamp``): a second real table STRADDLING THE SLIDE'S RIGHT
EDGE, its left edge at x = 712 pt (8 pt inside the 720 pt slide), its top level with the
progress table's, five columns 40 / 280 / 50 / 50 / 50 pt: the platform export's column
names, then a row per seed row — « axe » / « sous-axe », the label as the platform writes it
(code first where the seed has one, no marker), the numbers raw (a decimal point, the
percentages as fractions of one, no « % ») —, python-pptx's default table style, 7 pt.

The progress tables themselves and every other slide as
:class:`tests.generators.progress_deck.PptxProgressSlides` (``cot000_pptx``) draws them.
Only the layout comes from here: every value is the seed's (the parked copy is no row).
"""

from __future__ import annotations

from decimal import Decimal

from tests.generators.progress_deck import PptxProgressSlides

PARK_X = 712.0  # pt: 8 pt inside the slide's right edge
PARK_WIDTHS = (40.0, 280.0, 50.0, 50.0, 50.0)  # pt, 470 in all: to x = 1 182 pt
PARK_HEADS = ("niveau", "intitule", "points_restants", "pct_realise", "pct_programme")
PARK_SIZE = 7.0  # pt
PARK_ROW = 12.0  # pt


def raw_number(text: str) -> str:
    """A seed number as the export writes it: « 58,7 » → « 58.7 », « 16,4 % » → « 0.164 »."""
    value = text.replace("%", "").replace("\u202f", "").strip().replace(",", ".")
    number = Decimal(value)
    if "%" in text:
        number = number / 100
    return format(number.normalize(), "f")


def raw_cells(row: tuple) -> list[str]:
    """A seed progress row as the export's five cells."""
    marker, code, label, points, done, prog = row
    level = "axe" if marker == "▼" else "sous-axe"
    name = f"{code} {label}" if code else label
    return [level, name, raw_number(points), raw_number(done), raw_number(prog)]


class PptxHorsChampSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; beside each progress table, straddling the slide's right
    edge, the raw export it was formatted from."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        self._banded(y, header, rows, eci)
        self._parked(y, rows)

    def _parked(self, y: float, rows: list[tuple]) -> None:
        """The raw copy at (:data:`PARK_X`, ``y``): its header of the export's column names,
        then a row per seed row, python-pptx's default style, :data:`PARK_SIZE` pt text."""
        from pptx.util import Pt

        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            len(rows) + 1,
            len(PARK_WIDTHS),
            Pt(PARK_X),
            Pt(y),
            Pt(sum(PARK_WIDTHS)),
            Pt(PARK_ROW * (len(rows) + 1)),
        )
        table = shape.table
        for c, width in enumerate(PARK_WIDTHS):
            table.columns[c].width = Pt(width)
        for r, cells in enumerate([list(PARK_HEADS), *(raw_cells(row) for row in rows)]):
            table.rows[r].height = Pt(PARK_ROW)
            for c, value in enumerate(cells):
                cell = table.cell(r, c)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.margin_left = cell.margin_right = Pt(4)
                run = cell.text_frame.paragraphs[0].add_run()
                run.text = value
                run.font.size = Pt(PARK_SIZE)
                run.font.name = "DejaVu Sans Condensed"
