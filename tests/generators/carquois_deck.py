"""The seed 000 deck whose bullet lists are written as PowerPoint writes them, with the « ➢ »
arrow bullets of French administrations' templates (hundred-and-ninety-ninth held-out set,
``cot000_pptxcarquois``): each item ONE wrapping paragraph text box at the item's place (its
left edge where ``cot000_pptx``'s « • » text box stood), its paragraph carrying a PowerPoint
bullet (:func:`arrow_bullet`): :data:`BULLET_COLOUR`, the symbol font :data:`BULLET_FONT`
(pitch family 2, charset 2), the character :data:`BULLET_CHAR` (the font's arrowhead « ➢ »),
hanging 1.1 × the item's size (``marL`` and a negative ``indent``) so the item's text starts
where it did (:meth:`PptxCarquoisSlides.bullets`); no « • » text box any more.

Every other slide, title, paragraph, box and table as :class:`tests.generators.
slides_office._PptxSlides` draws it: 15 slides. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

BULLET_FONT, BULLET_CHAR, BULLET_COLOUR = "Wingdings", "Ø", "00528C"


def arrow_bullet(par: object, hang: float) -> None:
    """``par`` a bulleted paragraph: the Wingdings arrow « Ø » in :data:`BULLET_COLOUR`,
    hanging ``hang`` pt."""
    from pptx.oxml.xmlchemy import OxmlElement
    from pptx.util import Pt

    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    p_pr.set("marL", str(Pt(hang)))
    p_pr.set("indent", str(-Pt(hang)))
    colour = OxmlElement("a:buClr")
    rgb = OxmlElement("a:srgbClr")
    rgb.set("val", BULLET_COLOUR)
    colour.append(rgb)
    font = OxmlElement("a:buFont")
    font.set("typeface", BULLET_FONT)
    font.set("pitchFamily", "2")
    font.set("charset", "2")
    char = OxmlElement("a:buChar")
    char.set("char", BULLET_CHAR)
    for element in (colour, font, char):  # the schema's order: buClr, buFont, buChar
        p_pr.append(element)


class PptxCarquoisSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each bullet list item one paragraph with a « ➢ » bullet."""

    def bullets(self, x, y, items, size, width, gap: float = 3) -> float:  # noqa: ANN001
        hang = size * 1.1
        for item in items:
            n = len(self.wrap(item, size, width - hang))
            frame = self._box(x, y - size * 1.0, width + 4, n * size * 1.25 + 2)
            par = frame.paragraphs[0]  # type: ignore[attr-defined]
            arrow_bullet(par, hang)
            for index, chunk in enumerate(item.split("**")):
                if chunk:
                    self._run(par, chunk, size, index % 2 == 1, (0.12, 0.12, 0.12))
            y = y + n * size * 1.25 + gap
        return y


__all__ = ["BULLET_CHAR", "BULLET_COLOUR", "BULLET_FONT", "PptxCarquoisSlides", "arrow_bullet"]
