"""The seed 000 deck whose BOLD RUNS ARE SET IN A LIGHT FACE (two-hundred-and-nineteenth
held-out set, ``cot000_pptxrepasse``): ``cot000_pptx``'s slides (:class:`PptxRepasseSlides`)
but every run whose bold flag is set (``b="1"``: slide titles, bold labels and lead-ins,
table headers) in :data:`LIGHT_FACE` — the template's light heading face, as a « Light »
theme font is —, its size, colour and bold flag kept. No bold face of that family is
installed, so Impress emboldens the ExtraLight face itself: each glyph filled and stroked
(text render mode 2) on the light face's advances.

15 slides; no text added. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from tests.generators.slides_office import _PptxSlides

LIGHT_FACE = "DejaVu Sans Light"  # DejaVuSans-ExtraLight, no bold of its own


def _runs(shapes: Any) -> Iterator[Any]:
    """Every text run of ``shapes``: text frames' (groups entered) and table cells'."""
    for shape in shapes:
        if shape.shape_type == 6:  # a group
            yield from _runs(shape.shapes)
        if getattr(shape, "has_text_frame", False) and shape.has_text_frame:
            for paragraph in shape.text_frame.paragraphs:
                yield from paragraph.runs
        if getattr(shape, "has_table", False) and shape.has_table:
            for row in shape.table.rows:
                for cell in row.cells:
                    for paragraph in cell.text_frame.paragraphs:
                        yield from paragraph.runs


class PptxRepasseSlides(_PptxSlides):
    """``cot000_pptx``'s slides; every bold run in the light face."""

    def finish(self) -> object:
        for slide in self.prs.slides:
            for run in _runs(slide.shapes):
                if run.font.bold:
                    run.font.name = LIGHT_FACE
        return super().finish()


__all__ = ["LIGHT_FACE", "PptxRepasseSlides"]
