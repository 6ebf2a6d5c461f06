"""The seed 000 deck whose progress tables are DIMMED BUT ONE ▼ BLOCK (hundred-and-fiftieth
held-out set, ``cot000_pptxsourdine``): each table as ``cot000_pptx`` draws it, then, as a
presenter « met en avant » the axis being discussed, two plain rectangles filled WHITE AT
65 % OPACITY (« Transparence 35 % »), no outline, no shadow (no shape style), laid over it
after it in the slide's shape tree: each the table's full width, covering the whole body
rows above and below the block left bare (CAE « Mobilité », ECI « Déploiement des autres
piliers de l'économie circulaire dans les territoires »); the header and that block as
drawn, the other rows printed pale.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
OPACITY = 65000  # thousandths of a percent: white at 65 % opacity
# the ▼ block each table leaves bare, by the start of its label
FOCUS = {False: "Mobilité", True: "Déploiement des autres piliers"}


def _block(rows: list[tuple], start: str) -> tuple[int, int]:
    """The (first, last) body rows (1-based) of the ▼ block whose label starts ``start``."""
    first = next(k for k, row in enumerate(rows, 1) if row[0] == "▼" and row[2].startswith(start))
    last = first
    while last < len(rows) and rows[last][0] != "▼":
        last += 1
    return first, last


class PptxSourdineSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table veiled but for one ▼ block."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        super().table(title, header, rows, eci)
        frame = [s for s in self.current.shapes if s.has_table][-1]
        heights = [row.height for row in frame.table.rows]
        tops = [frame.top + sum(heights[:r]) for r in range(len(heights) + 1)]
        first, last = _block(rows, FOCUS[eci])
        for start, end in ((1, first - 1), (last + 1, len(rows))):
            if start <= end:  # body rows start..end (row 0 the header)
                self._veil(frame.left, tops[start], frame.width, tops[end + 1] - tops[start])

    def _veil(self, left: int, top: int, width: int, height: int) -> None:
        """A white rectangle at :data:`OPACITY`, no outline, no shape style (EMU)."""
        from lxml import etree
        from pptx.dml.color import RGBColor
        from pptx.enum.shapes import MSO_SHAPE

        shape = self.current.shapes.add_shape(MSO_SHAPE.RECTANGLE, left, top, width, height)
        shape.fill.solid()
        shape.fill.fore_color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
        colour = shape.fill._xPr.find(f".//{{{_A}}}srgbClr")  # type: ignore[attr-defined]
        etree.SubElement(colour, f"{{{_A}}}alpha").set("val", str(OPACITY))
        shape.line.fill.background()
        style = shape._element.find(f"{{{_P}}}style")  # the default style casts a shadow
        if style is not None:
            shape._element.remove(style)
