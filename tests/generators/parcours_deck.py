"""The seed 000 deck on a template with a slide progress bar (two-hundred-and-ninth held-out
set, ``cot000_pptxparcours``): at the foot of every slide a full-width TRACK (x 0 → 720,
y 401 → 405, :data:`TRACK`) and over it a FILL in the deck's blue (:data:`FILL`) from x 0 to
720 × n / :data:`SLIDES` on slide n, both plain rectangles without outline, placed FIRST on
each slide (so under everything else), no text in them.

Every slide, text, table and other shape otherwise as :class:`tests.generators.
slides_office._PptxSlides` draws it (titles, paragraphs, « • », one-line boxes, tables):
15 slides. Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SLIDES = 15  # the deck's slide count: slide n's bar filled to n / 15
WIDTH, TOP, HEIGHT = 720.0, 401.0, 4.0
TRACK = (0.85, 0.85, 0.85)  # #D9D9D9
FILL = (0.0, 0.32, 0.55)  # #00528C, the deck's blue


class PptxParcoursSlides(_PptxSlides):
    """``cot000_pptx``'s slides, each opened by its progress bar at the slide's foot."""

    def slide(self) -> None:
        """:meth:`_PptxSlides.slide`, then the track and the fill of slide n's bar."""
        super().slide()
        self.rect(0, TOP, WIDTH, HEIGHT, TRACK)
        self.rect(0, TOP, WIDTH * self.page / SLIDES, HEIGHT, FILL)

    def finish(self) -> object:
        """The presentation, once every bar was drawn for :data:`SLIDES` slides."""
        assert self.page == SLIDES, self.page
        return super().finish()
