"""The seed 000 deck whose SUB-HEADINGS OPEN WITH A ROUND PICTOGRAM (two-hundred-and-twenty-
seventh held-out set, ``cot000_pptxmacaron``), as a designer dresses a deck's headings with
icons (« Insertion › Icônes », then placed before the heading): each of the nine teal bold
sub-headings of :data:`HEADINGS` (slides 2, 6, 9 and 14) — for a heading of size s whose text
box ``cot000_pptx`` sets at x — gets a PICTURE (:func:`tests.generators.imagette_deck.icon_png`
of the headings' rank in turn: a coloured disc holding a white symbol, no text) :data:`SIDE`
s square, its left at x, its middle :data:`RISE` s above the heading's baseline, and the
heading's text box moved right by :data:`SIDE` s + :data:`GAP` s (its width, size, colour and
baseline kept).

Everything else as :class:`tests.generators.slides_office._PptxSlides` draws it: 15 slides.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

import io

from tests.generators.imagette_deck import icon_png
from tests.generators.seed_slides import _TEAL
from tests.generators.slides_office import _PptxSlides

HEADINGS = (
    "En trois points",
    "L'objectif",
    "Objectifs régionaux",
    "Score",
    "Interne & gouvernance",
    "Auprès des partenaires et acteurs du territoire",
    "Organisation et plan d'actions",
    "Mise en œuvre du plan d'action",
    "Audits finaux",
)
SIDE = 1.3  # the pictogram's side, in the heading's size
RISE = 0.35  # its middle above the baseline, in the heading's size
GAP = 0.4  # between the pictogram and the heading's text, in the heading's size


class PptxMacaronSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a round pictogram before every teal sub-heading."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self.rank = 0  # the next pictogram's rank

    def text(
        self,
        x: float,
        y: float,
        value: str,
        size: float,
        font: str = "regular",
        color: tuple = (0.12, 0.12, 0.12),
        anchor: str = "left",
    ) -> None:
        if value not in HEADINGS or font != "bold" or color != _TEAL or anchor != "left":
            super().text(x, y, value, size, font, color, anchor)
            return
        from pptx.util import Pt

        side = SIDE * size
        top = y - RISE * size - side / 2
        picture = io.BytesIO(icon_png(self.rank))
        self.current.shapes.add_picture(picture, Pt(x), Pt(top), Pt(side), Pt(side))  # type: ignore[attr-defined]
        self.rank += 1
        super().text(x + side + GAP * size, y, value, size, font, color, anchor)

    def finish(self) -> object:
        assert self.rank == len(HEADINGS), self.rank
        return super().finish()


__all__ = ["GAP", "HEADINGS", "RISE", "SIDE", "PptxMacaronSlides"]
