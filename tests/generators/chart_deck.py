"""The seed 000 deck with a CHART SLIDE after each progress table (forty-second held-out set,
``cot000_pptxchart``), as an author adds one to show progress by axis: the same title bar, then
one native PowerPoint clustered bar chart (horizontal bars) of the table's ▼ axis rows — the
axis labels as categories, « % Réalisé » and « % Programmé » as series, data labels shown.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. The
chart repeats the seed's axis values; the tables are the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SERIES = (("% Réalisé", 4, "0073B3"), ("% Programmé", 5, "9DC3E6"))  # name, row index, colour
BOTTOM = 395.0  # the chart frame's bottom, pt
FONT = "DejaVu Sans Condensed"


def _fraction(percent: str) -> float:
    """« 16,4 % » → 0.164."""
    return float(percent.replace("%", "").replace(",", ".").strip()) / 100


class PptxChartSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table followed by its chart slide."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.chart.data import CategoryChartData
        from pptx.dml.color import RGBColor
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
        from pptx.util import Pt

        super().table(title, header, rows, eci)
        self.slide()
        top = self.title(title) - 6
        axes = [row for row in rows if row[0] == "▼"]
        data = CategoryChartData(number_format="0.0%")
        data.categories = [row[2] for row in axes]
        for name, index, _ in SERIES:
            data.add_series(name, [_fraction(row[index]) for row in axes])
        frame = self.current.shapes.add_chart(  # type: ignore[attr-defined]
            XL_CHART_TYPE.BAR_CLUSTERED, Pt(14), Pt(top), Pt(692), Pt(BOTTOM - top), data
        )
        chart = frame.chart
        chart.has_title = False
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        chart.font.size = Pt(8)
        chart.font.name = FONT
        chart.font.color.rgb = RGBColor.from_string("404040")
        plot = chart.plots[0]
        plot.has_data_labels = True
        labels = plot.data_labels
        labels.number_format = "0.0%"
        labels.number_format_is_linked = False
        for series, (_, _, colour) in zip(plot.series, SERIES, strict=True):
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = RGBColor.from_string(colour)
