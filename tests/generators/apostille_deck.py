"""The seed 000 deck as a REVIEWER SENT IT BACK (two-hundred-and-eighth held-out set,
``cot000_pptxapostille``): one comment on each of slides 2 to 14 (:data:`COMMENTED`;
``p:cmLst`` parts, :func:`add_comments`), by :data:`AUTHOR`, at the slide's top right
(:data:`POSITION`, in PowerPoint's 1/8 pt), its text one of :data:`REMARKS` in turn — no
value of the seed —; the deck exported with Impress's PDF option « Commentaires comme
annotations PDF » (``ExportNotes``, :data:`tests.generators.producer_corpus.
IMPRESS_COMMENTS`), so each comment a PDF ``/Text`` annotation, no page text added.

Every slide, title, paragraph, box and table as :class:`tests.generators.slides_office.
_PptxSlides` draws it: 15 slides. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

AUTHOR, INITIALS = "Relecteur DDT", "RD"
REMARKS = ("À reformuler ?", "Vérifier avec le service", "Mise en page à revoir", "OK pour moi")
COMMENTED = range(2, 15)  # slide numbers, 1-based
POSITION = (680 * 8, 12 * 8)  # x, y in 1/8 pt (PowerPoint's comment units)
_P = "http://schemas.openxmlformats.org/presentationml/2006/main"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_CT = "application/vnd.openxmlformats-officedocument.presentationml."
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def add_comments(prs: object) -> object:
    """``prs`` with :data:`AUTHOR`'s comment on each slide of :data:`COMMENTED`."""
    from xml.sax.saxutils import escape

    from pptx.opc.package import Part
    from pptx.opc.packuri import PackURI

    package = prs.part.package  # type: ignore[attr-defined]
    slides = list(prs.slides)  # type: ignore[attr-defined]
    authors = (
        f'{_HEAD}<p:cmAuthorLst xmlns:p="{_P}"><p:cmAuthor id="0" name="{AUTHOR}"'
        f' initials="{INITIALS}" lastIdx="{len(COMMENTED)}" clrIdx="0"/></p:cmAuthorLst>'
    )
    part = Part(
        PackURI("/ppt/commentAuthors.xml"), _CT + "commentAuthors+xml", package, authors.encode()
    )
    prs.part.relate_to(part, _RT + "commentAuthors")  # type: ignore[attr-defined]
    for index, number in enumerate(COMMENTED):
        text = escape(REMARKS[index % len(REMARKS)])
        comments = (
            f'{_HEAD}<p:cmLst xmlns:p="{_P}"><p:cm authorId="0"'
            f' dt="2024-03-{index + 1:02d}T10:00:00.000" idx="{index + 1}">'
            f'<p:pos x="{POSITION[0]}" y="{POSITION[1]}"/><p:text>{text}</p:text></p:cm>'
            "</p:cmLst>"
        )
        part = Part(
            PackURI(f"/ppt/comments/comment{index + 1}.xml"),
            _CT + "comments+xml",
            package,
            comments.encode(),
        )
        slides[number - 1].part.relate_to(part, _RT + "comments")
    return prs


class PptxApostilleSlides(_PptxSlides):
    """``cot000_pptx``'s slides, a reviewer's comment on each of slides 2 to 14."""

    def finish(self) -> object:
        return add_comments(self.prs)


__all__ = [
    "AUTHOR",
    "COMMENTED",
    "INITIALS",
    "POSITION",
    "REMARKS",
    "PptxApostilleSlides",
    "add_comments",
]
