"""The seed 000 deck whose progress tables are a CONSULTANCY TEMPLATE'S « tableau de suivi »
with a TREND COLUMN (sixty-first held-out set, ``cot000_pptxtendance``): one real PowerPoint
table where ``cot000_pptx``'s starts on five columns, the seed's four then « Tendance », whose
every body cell holds one centred coloured arrow — « ▲ » green where « % Réalisé » is above
« % Programmé », « ▼ » (the seed's axis marker glyph) red where it is below, « ► » orange
where both are equal —; under the table a legend line of the three arrows, added after it.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's (the arrows and the legend are not).
"""

from __future__ import annotations

from tests.generators.progress_deck import ROW, SIZE, PptxProgressSlides

LEFT = 14.0  # pt, the table's left edge
WIDTH = 692.0  # pt
WIDTHS = {False: (330, 100, 100, 100, 62), True: (360, 90, 90, 90, 62)}  # CAE, ECI
TREND = "Tendance"
UP, DOWN, EVEN = "▲", "▼", "►"  # U+25B2, U+25BC, U+25BA
COLOURS = {UP: "00B050", DOWN: "C00000", EVEN: "ED7D31"}
LEGEND_GAP = 4.0  # pt, between the table's bottom and the legend
LEGEND_SIZE = 6.5
LEGEND_GREY = "595959"
LEGEND = (
    ("Tendance : ", None),
    (UP, UP),
    (" % Réalisé supérieur au % Programmé   ", None),
    (DOWN, DOWN),
    (" % Réalisé inférieur au % Programmé   ", None),
    (EVEN, EVEN),
    (" égalité", None),
)


def _percent(value: str) -> float:
    """« 16,4 % » → 16.4."""
    return float(value.replace("%", "").replace(",", ".").strip())


def trend(row: tuple, arrows: tuple[str, str, str] = (UP, DOWN, EVEN)) -> str:
    """The arrow of a seed progress row: its « % Réalisé » against its « % Programmé », the
    first of ``arrows`` where above, the second where below, the third where equal."""
    done, prog = _percent(row[4]), _percent(row[5])
    up, down, even = arrows
    return up if done > prog else down if done < prog else even


class PptxTendanceSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; a « Tendance » column of arrows and a legend under each
    progress table."""

    def _legend(self, top: float) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        frame = self._box(LEFT, top, WIDTH, LEGEND_SIZE * 1.4)
        par = frame.paragraphs[0]  # type: ignore[attr-defined]
        par.alignment = PP_ALIGN.RIGHT
        for text, arrow in LEGEND:
            run = par.add_run()
            run.text = text
            run.font.size = Pt(LEGEND_SIZE)
            run.font.bold = False
            run.font.name = "DejaVu Sans Condensed"
            run.font.color.rgb = RGBColor.from_string(COLOURS[arrow] if arrow else LEGEND_GREY)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        y, cells = self._column_after(title, header, rows, WIDTHS[eci], TREND, PP_ALIGN.CENTER)
        for row, par in cells:
            arrow = trend(row)
            run = par.add_run()  # type: ignore[attr-defined]
            run.text = arrow
            run.font.size = Pt(SIZE)
            run.font.bold = False
            run.font.name = "DejaVu Sans Condensed"
            run.font.color.rgb = RGBColor.from_string(COLOURS[arrow])
        self._legend(y + ROW * (len(rows) + 1) + LEGEND_GAP)
