"""The seed 000 deck whose progress tables are « CENTRÉES » (hundred-and-fifty-seventh
held-out set, ``cot000_pptxcentre``): the presenter selected each progress table whole and
clicked « Centrer » and « Centrer verticalement », so EVERY CELL'S PARAGRAPH IS CENTRED
(``algn="ctr"``) AND ITS TEXT ANCHORED IN THE MIDDLE (``anchor="ctr"``): header labels, the
▼ / ▶ labels with their codes and indents, and the numbers alike. The tables otherwise
``cot000_pptx``'s (x 14 pt, 692 pt wide, CAE 350 / 114 / 114 / 114 pt, ECI 380 / 104 / 104 /
104 pt, header bold white on #0073B3, body banded #EAF1FA / white, 7.5 pt in 12 pt rows).

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides


class PptxCentreSlides(_PptxSlides):
    """``cot000_pptx``'s progress tables, every cell centred both ways."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import MSO_ANCHOR, PP_ALIGN

        super().table(title, header, rows, eci)
        frame = [s for s in self.current.shapes if s.has_table][-1]  # type: ignore[attr-defined]
        for row in frame.table.rows:
            for cell in row.cells:
                cell.vertical_anchor = MSO_ANCHOR.MIDDLE
                for par in cell.text_frame.paragraphs:
                    par.alignment = PP_ALIGN.CENTER


__all__ = ["PptxCentreSlides"]
