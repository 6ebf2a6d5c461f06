"""The seed 000 deck with CROSS-REFERENCE LINKS AT THE FOOT OF SIX SLIDES (two-hundred-and-
fortieth held-out set, ``cot000_pptxtremplin``): ``cot000_pptx``'s slides
(:class:`PptxTremplinSlides`), and on six of them, as a COPIL deck's author lets the audience
jump to the detail and back (« Insertion › Lien hypertexte › Document › Cible dans le
document » on a run), a text box right-aligned ending at x :data:`RIGHT` pt, its top at y
:data:`TOP` pt, :data:`HEIGHT` pt high and :data:`WIDTH` wide, no insets, wrapping (one
line; an unwrapped box Impress centres), holding one run (DejaVu Sans Condensed :data:`SIZE`
pt, :data:`COLOUR`, underlined) that carries a SLIDE JUMP
(``a:hlinkClick action="ppaction://hlinksldjump"``) to its target slide (:data:`LINKS`):
slides 3 and 4 (the audits) to the progress tables of slides 7 and 8, slides 10 to 13 (the
orientations) back to slide 9. Impress prints each run in its own link blue, underlined, with
a link annotation to the target page.

15 slides. Only the layout comes from here: every value is the seed's (the links are page
furniture: slide numbers and words of navigation).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

RIGHT, TOP, WIDTH, HEIGHT = 696.0, 383.0, 300.0, 12.0  # pt
SIZE = 8.0  # pt
COLOUR = (0.0, 0.45, 0.70)  # #0073B3, the deck's accent (Impress prints its link blue)
SLIDE_JUMP = "ppaction://hlinksldjump"
_SLIDE_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
# slide number: (the slide's title opening, the link's text, the target slide)
BACK = "◂ Retour aux orientations : voir diapositive 9"
LINKS = {
    3: ("Rappel des résultats de l'audit CAE", "▸ Détail par axe : voir diapositive 7", 7),
    4: ("Résultat de l'audit Eci", "▸ Détail par axe : voir diapositive 8", 8),
    10: ("ORIENTATION 1 ", BACK, 9),
    11: ("ORIENTATION 2 ", BACK, 9),
    12: ("ORIENTATION 3 ", BACK, 9),
    13: ("ORIENTATION 4 ", BACK, 9),
}
TARGETS = {
    7: "Le volet Climat Air Energie",
    8: "Le volet Climat Air Energie",
    9: "Les orientations",
}


class PptxTremplinSlides(_PptxSlides):
    """``cot000_pptx``'s slides, six of them with a slide-jump link at their foot."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self.titles: dict[int, str] = {}

    def title(self, value: str, size: float | None = None) -> float:
        self.titles.setdefault(self.page, value)
        return super().title(value, size)

    def _link(self, slide: object, target: object, text: str) -> None:
        """The link's text box on ``slide``, its run a slide jump to ``target``."""
        from pptx.enum.text import PP_ALIGN

        current = self.current
        self.current = slide
        try:
            frame = self._box(RIGHT - WIDTH, TOP, WIDTH, HEIGHT)
        finally:
            self.current = current
        # wrapping on (one line in 300 pt): an unwrapped box Impress centres on its middle
        par = frame.paragraphs[0]
        par.alignment = PP_ALIGN.RIGHT
        self._run(par, text, SIZE, False, COLOUR)
        run = par.runs[0]
        run.font.underline = True
        rel = slide.part.relate_to(target.part, _SLIDE_REL)  # type: ignore[attr-defined]
        click = run._r.get_or_add_rPr().add_hlinkClick(rel)
        click.set("action", SLIDE_JUMP)

    def finish(self) -> object:
        prs = super().finish()
        slides = list(prs.slides)  # type: ignore[attr-defined]
        if len(slides) != 15:
            raise ValueError(f"{len(slides)} slides, not cot000_pptx's 15")
        for number, opening in TARGETS.items():
            if not self.titles.get(number, "").startswith(opening):
                raise ValueError(f"slide {number} is not « {opening} … »")
        for number, (opening, text, target) in LINKS.items():
            if not self.titles.get(number, "").startswith(opening):
                raise ValueError(f"slide {number} is not « {opening} … »")
            self._link(slides[number - 1], slides[target - 1], text)
        return prs


__all__ = ["LINKS", "PptxTremplinSlides"]
