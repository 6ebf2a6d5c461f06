"""The seed 000 deck ENDING ON AN ACRONYMS SLIDE (two-hundred-and-forty-eighth held-out set,
``cot000_pptxsillage``): ``cot000_pptx``'s 15 slides (:class:`PptxSillageSlides`) and,
LAST, a slide :data:`TITLE` (:meth:`PptxSillageSlides.acronyms`) as a COPIL deck ends on its
acronyms: the deck's title band holding :data:`TITLE`, then the entries of :data:`SIGLES`
from y :data:`TOP` pt, :data:`STEP` pt apart, each the acronym bold :data:`FILL` in a text
box at x :data:`SIGLE_X` and its expansion regular in a text box at x :data:`TEXT_X`.

16 slides. Only the layout comes from here: every value is the seed's (the acronyms slide is
back matter ADDED after the seed's slides: no figure, no row).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, _Title

TITLE = "Annexe — Sigles et acronymes"  # not in the seed
SIGLES = (
    ("BTP", "Bâtiment et travaux publics"),
    ("CAE", "Climat Air Énergie (label Territoire Engagé Transition Écologique)"),
    ("CCPAL", "Communauté de communes Pays d'Apt Luberon"),
    ("COT", "Contrat d'objectif territorial"),
    ("ECI", "Économie circulaire (label Territoire Engagé Transition Écologique)"),
    ("PLPDMA", "Programme local de prévention des déchets ménagers et assimilés"),
    ("PME", "Petites et moyennes entreprises"),
    ("PPI", "Plan pluriannuel d'investissement"),
    ("SIRTOM", "Syndicat intercommunal de ramassage et de traitement des ordures ménagères"),
    ("TPE", "Très petites entreprises"),
)
TOP, STEP, HEIGHT = 70.0, 29.0, 24.0  # pt
SIGLE_X, SIGLE_W = 60.0, 100.0  # pt
TEXT_X, TEXT_W = 170.0, 500.0  # pt
SIZE = 13.0  # pt
FILL = (0.0, 0x73 / 255, 0xB3 / 255)  # #0073B3
TEXT_COLOUR = (0.12, 0.12, 0.12)  # #1F1F1F, the deck's text


class PptxSillageSlides(_PptxSlides):
    """``cot000_pptx``'s slides, an acronyms slide last."""

    def acronyms(self) -> None:
        """The acronyms slide, added last (see the module)."""
        from pptx.enum.text import MSO_ANCHOR

        self.slide()
        _Title.title(self, TITLE)
        for index, (sigle, meaning) in enumerate(SIGLES):
            y = TOP + index * STEP
            for x, w, text, bold, colour in (
                (SIGLE_X, SIGLE_W, sigle, True, FILL),
                (TEXT_X, TEXT_W, meaning, False, TEXT_COLOUR),
            ):
                frame = self._box(x, y, w, HEIGHT)
                frame.vertical_anchor = MSO_ANCHOR.MIDDLE  # type: ignore[attr-defined]
                self._run(frame.paragraphs[0], text, SIZE, bold, colour)  # type: ignore[attr-defined]

    def finish(self) -> object:
        self.acronyms()
        return super().finish()


__all__ = ["SIGLES", "TITLE", "PptxSillageSlides"]
