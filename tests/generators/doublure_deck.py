"""The seed 000 deck WITH ITS SPEAKER NOTES, EXPORTED WITH ITS NOTES PAGES AFTER ITS SLIDES
(hundred-and-fifty-first held-out set, ``cot000_pptxdoublure``), as a presenter exports a
deck « avec les commentaires » to send with the minutes: every slide as
:class:`tests.generators.slides_office._PptxSlides` draws it (the two progress tables
unchanged), each with a short speaker note of :data:`NOTES` (python-pptx's notes slide on its
default notes master: 540 × 720 pt notes pages, the slide image in the upper half, the note
under it); the PDF export option « Exporter les pages de notes » without « Exporter
uniquement les pages de notes » (:data:`tests.generators.producer_corpus.NOTES_AFTER_SLIDES`)
makes Impress print the 15 slides, then the 15 notes pages, each slide at half size over its
note: both progress tables printed twice, on two page sizes.

Only the layout comes from here: every value is the seed's (the notes are no part of it).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

# a note a slide, in the deck's order: what the presenter reminds himself to say, no label
# nor figure of the tables
NOTES = (
    "Accueil des participants, tour de table rapide.",
    "Rappeler le cadre du contrat et ses trois volets.",
    "Présenter les grandes conclusions de l'audit, sans entrer dans le détail.",
    "Même présentation que pour l'audit précédent ; insister sur la gouvernance.",
    "Transition vers la phase 2 : ce qui change pour les services.",
    "Lire les objectifs régionaux ; préciser lesquels sont obligatoires.",
    "Commenter le tableau axe par axe ; laisser le temps de lire avant de passer à la suite.",
    "Même lecture que le tableau précédent ; signaler les axes encore peu engagés.",
    "Annoncer les quatre orientations avant de les détailler.",
    "Détailler les objectifs opérationnels et les services concernés.",
    "Insister sur la coordination entre les services et les partenaires.",
    "Faire le lien avec les actions déjà engagées sur le territoire.",
    "Évoquer les études à lancer et leur calendrier prévisionnel.",
    "Présenter le calendrier et les prochaines échéances.",
    "Remercier l'assistance ; ouvrir les questions.",
)


class PptxDoublureSlides(_PptxSlides):
    """``cot000_pptx``'s slides, each with its speaker note of :data:`NOTES`."""

    def finish(self) -> object:
        prs = super().finish()
        slides = list(prs.slides)  # type: ignore[attr-defined]
        if len(slides) != len(NOTES):
            raise ValueError(f"{len(slides)} slides for {len(NOTES)} notes")
        for slide, note in zip(slides, NOTES, strict=True):
            slide.notes_slide.notes_text_frame.text = note
        return prs


__all__ = ["NOTES", "PptxDoublureSlides"]
