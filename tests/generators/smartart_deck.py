"""The seed 000 deck whose progress tables are a SmartArt « Liste de blocs verticale » CONVERTED
TO SHAPES (thirty-sixth held-out set, ``cot000_pptxsmartart``).

PowerPoint's « Convertir en formes » leaves one group of autoshapes holding their own text:
no table object, no text box. Header blocks bold white on blue, a label block per row (pale
blue, darker and bold for axis rows), the row's three numbers centred in white blocks with a
blue outline; rows on a 12 pt pitch, 2 pt gaps between blocks. Every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it; only the layout comes from here.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell

PITCH = 12.0  # row pitch (pt)
BLOCK_HEIGHT = 10.5
GAP = 2.0  # between blocks of one row
SIZE = 7.0
BLUE = "0073B3"
LABEL_FILL = "DAE8F5"
AXIS_FILL = "9DC3E6"
DARK = (0.122, 0.122, 0.122)  # #1F1F1F
WHITE = (1.0, 1.0, 1.0)


class PptxSmartartSlides(_PptxSlides):
    """Progress tables as one group of rounded blocks each (a SmartArt converted to shapes)."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self.slide()
        y = self.title(title) - 6
        group = self.current.shapes.add_group_shape()  # type: ignore[attr-defined]
        widths = (380, 104, 104, 104) if eci else (350, 114, 114, 114)
        heads = (header, "Points restants", "% Réalisé", "% Programmé")
        for r in range(len(rows) + 1):
            x = 14.0
            for c, width in enumerate(widths):
                if r == 0:
                    value, bold = heads[c], True
                    fill, outline, color, centred = BLUE, None, WHITE, True
                else:
                    value, bold = seed_cell(rows[r - 1], c)
                    if c == 0:
                        fill = AXIS_FILL if bold else LABEL_FILL
                        outline, color, centred = None, DARK, False
                    else:
                        fill, outline, color, centred = "FFFFFF", BLUE, DARK, True
                self._block(
                    group, x, y + PITCH * r, width - GAP, value, bold, fill, outline, color, centred
                )
                x += width

    def _block(
        self,
        group: object,
        x: float,
        top: float,
        width: float,
        value: str,
        bold: bool,
        fill: str,
        outline: str | None,
        color: tuple,
        centred: bool,
    ) -> None:
        """One rounded rectangle holding its own text, vertically centred, not auto-fitted."""
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE
        from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
        from pptx.util import Pt

        shape = group.shapes.add_shape(  # type: ignore[attr-defined]
            MSO_SHAPE.ROUNDED_RECTANGLE, Pt(x), Pt(top), Pt(width), Pt(BLOCK_HEIGHT)
        )
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor.from_string(fill)
        if outline:
            shape.line.color.rgb = RGBColor.from_string(outline)
            shape.line.width = Pt(0.75)
        else:
            shape.line.fill.background()
        shape.shadow.inherit = False
        frame = shape.text_frame
        frame.margin_left = frame.margin_right = Pt(4)
        frame.margin_top = frame.margin_bottom = 0
        frame.vertical_anchor = MSO_ANCHOR.MIDDLE
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.CENTER if centred else PP_ALIGN.LEFT
        self._run(par, value, SIZE, bold, color)
