"""The seed 000 deck whose PROGRESS TABLES' NUMBER HEADERS ARE TURNED 90° CLOCKWISE (two-
hundred-and-thirty-fourth held-out set, ``cot000_pptxrotule``): ``cot000_pptx``'s slides, but
in the CAE and ECI progress tables the three header cells « Points restants », « % Réalisé »,
« % Programmé » set to PowerPoint's « Orientation du texte › Faire pivoter tout le texte de
90° » (``a:tcPr vert="vert"``, :data:`VERT`): each label read TOP TO BOTTOM, its lines
stacked from the cell's right, in a header row stored :data:`HEADER_PT` pt high (as Impress
grows it for « Points restants »); the first header cell upright, the columns' widths
unchanged, and every body row :data:`ROW_PT` pt high for 12 so that the 25-row CAE table,
its header so grown, still ends on its slide.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it: 15
slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

VERT = "vert"  # « Faire pivoter tout le texte de 90° »: turned clockwise, read top to bottom
HEADER_PT = 61.0  # the header row's stored height
ROW_PT = 11.5  # the body rows' height (12 in ``cot000_pptx``)


class PptxRotuleSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the progress tables' number headers turned 90° clockwise."""

    def _banded(
        self,
        y: float,
        header: str,
        rows: list[tuple],
        eci: bool,
        size: float = 7.5,
        row_height: float = 12,
    ) -> None:
        from pptx.util import Pt

        super()._banded(y, header, rows, eci, size, ROW_PT)
        frame = [shape for shape in self.current.shapes if shape.has_table][-1]  # type: ignore[attr-defined]
        table = frame.table
        table.rows[0].height = Pt(HEADER_PT)
        for c in (1, 2, 3):
            table.cell(0, c)._tc.get_or_add_tcPr().set("vert", VERT)  # noqa: SLF001


__all__ = ["HEADER_PT", "ROW_PT", "VERT", "PptxRotuleSlides"]
