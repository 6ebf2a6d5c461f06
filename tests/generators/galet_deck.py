"""The seed 000 deck whose bullet lists are written as GOOGLE SLIDES EXPORTS A LIST TO .pptx
(two-hundred-and-fifth held-out set, ``cot000_pptxgalet``): each item ONE wrapping paragraph
text box whose left edge stands where ``cot000_pptx``'s « • » text box stood
(:meth:`PptxGaletSlides.bullets`), its paragraph carrying a « ● » bullet (:func:`disc_bullet`:
:data:`BULLET_CHAR` in :data:`BULLET_FONT`, 100 %, the text's colour) with Google's wide
hanging indent (``marL`` = −``indent`` = :data:`INDENT` × the type size) and its 115 % line
spacing (:data:`LINE_SPACING`); no « • » text box any more.

Every other slide, title, paragraph, box and table as :class:`tests.generators.
slides_office._PptxSlides` draws it: 15 slides. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

BULLET_FONT, BULLET_CHAR, INDENT, LINE_SPACING = "Arial", "\u25cf", 1.8, 1.15
TEXT = (0.12, 0.12, 0.12)


def disc_bullet(par: object, size: float) -> None:
    """``par`` a Google Slides list paragraph: « ● » bullet, hanging indent of
    :data:`INDENT` × ``size``, line spacing :data:`LINE_SPACING`."""
    from pptx.oxml.xmlchemy import OxmlElement

    emu = str(round(INDENT * size * 12700))
    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    p_pr.set("marL", emu)
    p_pr.set("indent", "-" + emu)
    spacing = OxmlElement("a:lnSpc")
    pct = OxmlElement("a:spcPct")
    pct.set("val", str(round(LINE_SPACING * 100000)))
    spacing.append(pct)
    colour = OxmlElement("a:buClr")
    rgb = OxmlElement("a:srgbClr")
    rgb.set("val", "".join(f"{round(c * 255):02X}" for c in TEXT))
    colour.append(rgb)
    bu_size = OxmlElement("a:buSzPct")
    bu_size.set("val", "100000")
    font = OxmlElement("a:buFont")
    font.set("typeface", BULLET_FONT)
    char = OxmlElement("a:buChar")
    char.set("char", BULLET_CHAR)
    for element in (spacing, colour, bu_size, font, char):  # the schema's order
        p_pr.append(element)


class PptxGaletSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each bullet list item one Google Slides list paragraph."""

    def bullets(self, x, y, items, size, width, gap: float = 3) -> float:  # noqa: ANN001
        indent = INDENT * size
        for item in items:
            n = len(self.wrap(item, size, width - size * 1.1))  # the text as wide as before
            pitch = size * 1.25 * LINE_SPACING
            frame = self._box(x, y - size * 1.0, width - size * 1.1 + indent + 4, n * pitch + 2)
            par = frame.paragraphs[0]  # type: ignore[attr-defined]
            disc_bullet(par, size)
            for index, chunk in enumerate(item.split("**")):
                if chunk:
                    self._run(par, chunk, size, index % 2 == 1, TEXT)
            y = y + n * pitch + gap
        return y


__all__ = ["BULLET_CHAR", "BULLET_FONT", "INDENT", "LINE_SPACING", "PptxGaletSlides", "disc_bullet"]
