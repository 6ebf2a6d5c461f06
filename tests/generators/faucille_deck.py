"""The seed 000 deck whose text was pasted from the authority's HYPHENATED web page
(two-hundred-and-thirty-second held-out set, ``cot000_pptxfaucille``): ``cot000_pptxrabot``'s
slides (:class:`tests.generators.rabot_deck.PptxRabotSlides`: every wrapping paragraph text
box justified) whose every run — titles, paragraphs, bullets, one-line text boxes, the
progress tables' header and label cells — carries a SOFT HYPHEN (U+00AD) at each syllable
point of every word of :data:`tests.generators.justifie_page.MIN_WORD` letters or more
(:meth:`PptxFaucilleSlides._run`, :func:`tests.generators.justifie_page.hyphenate`); numbers,
percentages and points hold no letter and are untouched. Impress 7.4 breaks a box's word at
a soft hyphen where its line is full WITHOUT PRINTING A HYPHEN and writes every U+00AD into
the PDF's text (the throwaway probe).

15 slides. Only the layout comes from here: every value is the seed's (a soft hyphen is no
character).
"""

from __future__ import annotations

from tests.generators.justifie_page import _WORD, hyphenate
from tests.generators.rabot_deck import PptxRabotSlides


def soft_hyphens(text: str) -> str:
    """``text`` with :func:`hyphenate` applied to each of its words."""
    return _WORD.sub(lambda m: hyphenate(m.group(0)), text)


class PptxFaucilleSlides(PptxRabotSlides):
    """``cot000_pptxrabot``'s slides, soft hyphens in every run's long words."""

    def _run(self, par: object, text: str, size: float, bold: bool, color: tuple) -> None:
        super()._run(par, soft_hyphens(text), size, bold, color)


__all__ = ["PptxFaucilleSlides", "soft_hyphens"]
