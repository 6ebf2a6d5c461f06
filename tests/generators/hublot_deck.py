"""The seed 000 deck with EVERY SLIDE TITLE'S ENGLISH TRANSLATION ON A LINE UNDER IT
(two-hundred-and-forty-first held-out set, ``cot000_pptxhublot``): ``cot000_pptx``'s slides
(:class:`PptxHublotSlides`) but each title band, as a deck made for a cross-border or
European partners' committee shows it, holding the French title's lines as ``cot000_pptx``
draws them (:class:`tests.generators.slides_office._Title`: 18 pt, 13 pt for a title broken
in two lines, white bold) and under them ONE :data:`SIZE` pt ITALIC LINE in :data:`COLOUR`
holding the title in English (:data:`ENGLISH`), the block of lines centred in the band's
height: a one-line title's band 44 pt as before, a two-line title's band :data:`SIZE` × 1.2
pt taller (and the slide's content as much lower).

15 slides. Only the layout comes from here: every value is the seed's (the English lines
are page furniture, no part of any title).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SIZE = 9.0  # pt, the English line
COLOUR = (0.851, 0.906, 0.953)  # #D9E7F3, a pale blue on the #00528C band
BAND = (0.0, 0.32, 0.55)  # the deck's band, as _Title draws it
ENGLISH = {
    "Le contrat d'objectif territorial": "The territorial objectives contract",
    "Le Contrat d'objectif territorial": "The territorial objectives contract",
    "Rappel des résultats de l'audit CAE": "Reminder: the CAE audit results",
    "Résultat de l'audit Eci": "Results of the Eci audit",
    "Le volet Climat Air Energie": "The Climate Air Energy component",
    "Les orientations stratégiques": "The strategic orientations",
    "ORIENTATION 1 : Mettre en œuvre une gouvernance et un pilotage transverse autour des "
    "dynamiques de transitions du territoire": "ORIENTATION 1: Cross-cutting governance and "
    "steering around the territory's transition dynamics",
    "ORIENTATION 2 : Formalisation d'une politique Eci sur le territoire": "ORIENTATION 2: "
    "Formalising a circular economy (Eci) policy for the territory",
    "ORIENTATION 3 : Inscrire le territoire dans une stratégie de transition énergétique "
    "(sobriété énergétique, efficacité énergétique, énergie renouvelable)": "ORIENTATION 3: "
    "Setting the territory on an energy transition strategy (energy sufficiency, energy "
    "efficiency, renewable energy)",
    "ORIENTATION 4 : Elaborer une politique d'adaptation au changement climatique, conciliant "
    "respect du vivant, des ressources, et bien-être humain": "ORIENTATION 4: A climate "
    "change adaptation policy reconciling respect for living things, resources and human "
    "well-being",
    "Le calendrier": "The timeline",
}


class PptxHublotSlides(_PptxSlides):
    """``cot000_pptx``'s slides, each title with its English line under it."""

    def _english(self, y: float, value: str) -> None:
        """The English line, its box's top at ``y``: unwrapped, italic, not bold."""
        frame = self._box(20, y, 680, SIZE * 1.3)
        frame.word_wrap = False
        self._run(frame.paragraphs[0], value, SIZE, False, COLOUR)
        frame.paragraphs[0].runs[0].font.italic = True

    def title(self, value: str, size: float | None = None) -> float:
        """:class:`~tests.generators.slides_office._Title`'s band and lines, then the
        English line, the block centred in the band's height."""
        if value not in ENGLISH:
            raise ValueError(f"no English title for {value!r}")
        size = size or 18
        lines = self.wrap(value, size, 680, bold=True)
        if len(lines) > 1:
            size = min(size, 13)
            lines = self.wrap(value, size, 680, bold=True)
        block = len(lines) * size * 1.2 + SIZE * 1.2
        height = max(44, 14 + block) if len(lines) > 1 else 44
        self.rect(0, 0, 720, height, BAND)
        y = (height - block) / 2 + size * 0.95
        for line in lines:
            self.draw_line(20, y, line, size, (1.0, 1.0, 1.0))
            y += size * 1.2
        self._english(y - size * 0.95, ENGLISH[value])
        return height + 14


__all__ = ["ENGLISH", "PptxHublotSlides"]
