"""The seed 000 deck whose bullet lists are written as an author's PowerPoint bullets WITHOUT
THEIR HANGING INDENT (two-hundred-and-second held-out set, ``cot000_pptxequerre``), the
ruler's « Retrait » markers dragged to 0: each item ONE wrapping paragraph text box whose left
edge stands where ``cot000_pptx``'s « • » text box stood, as wide as the « • » and the item's
paragraph were together (:meth:`PptxEquerreSlides.bullets`), its paragraph carrying a
PowerPoint bullet (:func:`flush_bullet`): :data:`BULLET_COLOUR`, the font
:data:`BULLET_FONT`, the character :data:`BULLET_CHAR`, with ``marL="0"`` and ``indent="0"``,
so the bullet stands at the box's left edge glued to the item's first word and every wrapped
line starts under the bullet; no « • » text box any more.

Every other slide, title, paragraph, box and table as :class:`tests.generators.
slides_office._PptxSlides` draws it: 15 slides. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

BULLET_FONT, BULLET_CHAR, BULLET_COLOUR = "DejaVu Sans Condensed", "•", "00528C"


def flush_bullet(par: object) -> None:
    """``par`` a bulleted paragraph: « • » in :data:`BULLET_COLOUR`, no hanging indent
    (``marL="0" indent="0"``)."""
    from pptx.oxml.xmlchemy import OxmlElement

    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    p_pr.set("marL", "0")
    p_pr.set("indent", "0")
    colour = OxmlElement("a:buClr")
    rgb = OxmlElement("a:srgbClr")
    rgb.set("val", BULLET_COLOUR)
    colour.append(rgb)
    font = OxmlElement("a:buFont")
    font.set("typeface", BULLET_FONT)
    char = OxmlElement("a:buChar")
    char.set("char", BULLET_CHAR)
    for element in (colour, font, char):  # the schema's order: buClr, buFont, buChar
        p_pr.append(element)


class PptxEquerreSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each bullet list item one paragraph, its « • » bullet glued
    to the first word, its wrapped lines under the bullet."""

    def bullets(self, x, y, items, size, width, gap: float = 3) -> float:  # noqa: ANN001
        for item in items:
            n = len(self.wrap(item, size, width - size * 0.6))  # the bullet on line one
            frame = self._box(x, y - size * 1.0, width + 4, n * size * 1.25 + 2)
            par = frame.paragraphs[0]  # type: ignore[attr-defined]
            flush_bullet(par)
            for index, chunk in enumerate(item.split("**")):
                if chunk:
                    self._run(par, chunk, size, index % 2 == 1, (0.12, 0.12, 0.12))
            y = y + n * size * 1.25 + gap
        return y


__all__ = ["BULLET_CHAR", "BULLET_COLOUR", "BULLET_FONT", "PptxEquerreSlides", "flush_bullet"]
