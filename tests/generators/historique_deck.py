"""The seed 000 deck whose every progress table's slide is FOLLOWED BY A SLIDE OF THE SAME
TABLE FOR THE PREVIOUS AUDIT (ninety-fourth held-out set, ``cot000_pptxhistorique``): the
same title bar, a caption « Pour mémoire — état des lieux 2022 » (8 pt italic #595959), then
one real PowerPoint table :data:`DROP` pt lower than ``cot000_pptx``'s, in its look, WITH THE
SAME HEADER AND THE SAME FIRST CELLS but other numbers (:func:`previous`: « Points
restants » × 1.3, « % Réalisé » × 0.6, « % Programmé » × 0.9, written as the seed writes
them).

The seed's tables as ``cot000_pptx`` draws them; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's (the previous audit's tables are not).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides
from tests.generators.total_deck import _french, _number

CAPTION = "Pour mémoire — état des lieux 2022"
CAPTION_SIZE = 8.0
CAPTION_GREY = "595959"
DROP = 14.0  # pt, the previous audit's table under cot000_pptx's top
FACTORS = (1.3, 0.6, 0.9)  # points, % done, % programmed


def previous(row: tuple) -> tuple:
    """A seed progress row with the previous audit's numbers (not in the seed)."""
    marker, code, label, *numbers = row
    out = []
    for value, factor in zip(numbers, FACTORS, strict=True):
        text = _french(round(_number(value) * factor, 1))
        out.append(f"{text} %" if "%" in value else text)
    return (marker, code, label, *out)


class PptxHistoriqueSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table followed by the previous audit's."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        super().table(title, header, rows, eci)  # the seed's, as cot000_pptx draws it
        self.slide()
        top = self.title(title) - 6
        frame = self._box(14, top, 692, CAPTION_SIZE * 1.3)
        frame.word_wrap = False  # type: ignore[attr-defined]
        run = frame.paragraphs[0].add_run()  # type: ignore[attr-defined]
        run.text = CAPTION
        run.font.size = Pt(CAPTION_SIZE)
        run.font.italic = True
        run.font.name = "DejaVu Sans Condensed"
        run.font.color.rgb = RGBColor.from_string(CAPTION_GREY)
        self._banded(top + DROP, header, [previous(row) for row in rows], eci)
