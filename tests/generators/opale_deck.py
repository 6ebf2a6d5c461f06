"""The seed 000 deck in a template's LOW-CONTRAST « light » tones (two-hundred-and-twenty-
first held-out set, ``cot000_pptxopale``), as a designer's pastel theme prints grey on
white: every text run whose colour is dark (luminance under :data:`DARK`) LIGHTENED TO A
PASTEL, each channel c drawn c + :data:`LIGHTEN` (1 − c) — the body text #1F1F1F as
#B0B0B0, the blue #00528C as #A6C2D7, the red #B81A1F as #E6AFB0, the grey #737373 as
#CECECE —, on white and on the progress tables' #EAF1FA bands.

White and light texts (titles, table headers), sizes, weights, fills, rules and positions as
:class:`tests.generators.slides_office._PptxSlides` draws them: 15 slides. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _luminance, _PptxSlides

DARK = 0.5  # luminance under which a text colour is lightened
LIGHTEN = 0.65  # the share of white mixed into it


def pastel(color: tuple) -> tuple:
    """``color`` lightened to its pastel when dark, else unchanged."""
    if _luminance(color) >= DARK:
        return color
    return tuple(c + LIGHTEN * (1 - c) for c in color)


class PptxOpaleSlides(_PptxSlides):
    """``cot000_pptx``'s slides, every dark text run in a pale pastel tone."""

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        super()._run(par, text, size, bold, pastel(color))
