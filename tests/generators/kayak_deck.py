"""The seed 000 deck with a SCORE CHART beside the regional objectives
(two-hundred-and-forty-sixth held-out set, ``cot000_pptxkayak``): every slide as
``cot000_pptx``, but slide :data:`SLIDE` (« Objectifs régionaux » | « Score ») carries,
under its Score column, a native clustered column chart (python-pptx, Impress printing it):
title :data:`TITLE`, categories « CAE » and « Eci », series « Phase 1 » and « Objectif » —
the slide's own scores (:data:`SERIES`) — data labels in ``0.0``, value-axis ticks, legend
at the bottom, DejaVu Sans Condensed 8 pt.

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SLIDE = 6  # 1-based
BOX = (380.0, 232.0, 320.0, 160.0)  # pt: x, y, width, height
TITLE = "Score des référentiels (%)"
CATEGORIES = ("CAE", "Eci")
SERIES = (("Phase 1", (23.3, 15.1)), ("Objectif", (34.3, 27.6)))  # the slide's scores
COLOURS = ("0073B3", "00A19A")


class PptxKayakSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a score chart on slide :data:`SLIDE`."""

    def finish(self) -> object:
        from pptx.chart.data import CategoryChartData
        from pptx.dml.color import RGBColor
        from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION
        from pptx.util import Pt

        slide = self.prs.slides[SLIDE - 1]
        data = CategoryChartData()
        data.categories = CATEGORIES
        for name, values in SERIES:
            data.add_series(name, values)
        x, y, w, h = BOX
        chart = slide.shapes.add_chart(
            XL_CHART_TYPE.COLUMN_CLUSTERED, Pt(x), Pt(y), Pt(w), Pt(h), data
        ).chart
        chart.font.size = Pt(8)
        chart.font.name = "DejaVu Sans Condensed"
        chart.has_title = True
        chart.chart_title.text_frame.text = TITLE
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.size = Pt(9)
        chart.chart_title.text_frame.paragraphs[0].runs[0].font.bold = True
        chart.has_legend = True
        chart.legend.position = XL_LEGEND_POSITION.BOTTOM
        chart.legend.include_in_layout = False
        plot = chart.plots[0]
        plot.has_data_labels = True
        plot.data_labels.number_format = "0.0"
        plot.data_labels.number_format_is_linked = False
        plot.data_labels.show_value = True
        for series, colour in zip(plot.series, COLOURS, strict=True):
            series.format.fill.solid()
            series.format.fill.fore_color.rgb = RGBColor.from_string(colour)
        return self.prs


__all__ = ["SERIES", "SLIDE", "TITLE", "PptxKayakSlides"]
