"""The seed 000 deck whose lists are each ONE BULLETED PARAGRAPH, ITS ITEMS SEPARATED BY
MANUAL LINE BREAKS (two-hundred-and-twentieth held-out set, ``cot000_pptxenfilade``):
``cot000_pptxenumere``'s one text box a list (slide 2's points, slides 3 and 4's audit
points, slide 14's three calendar columns, the objectives of orientation slides 10 and 12),
but each box holding ONE PARAGRAPH (:meth:`PptxEnfiladeSlides._list`), the items joined by
« Maj+Entrée » (``a:br``) in place of paragraph ends, the paragraph bulleted « • »
(:func:`bulleted`, the base deck's blue) on a hanging indent: Impress prints ONE bullet,
before the first item; every later item starts a new line at the hanging indent, with no
bullet and no gap.

Every other slide as :class:`tests.generators.enumere_deck.PptxEnumereSlides` (and so
:class:`tests.generators.slides_office._PptxSlides`) draws it: 15 slides. Only the layout
comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.enumere_deck import LEADING, NUMBER, TEXT, PptxEnumereSlides
from tests.generators.slides_office import _rgb

BULLET = "•"


def bulleted(par: object, hang: float) -> None:
    """``par`` bulleted « • » in :data:`NUMBER` blue on a hanging indent of ``hang`` pt; its
    spacing, if any, set before (the schema's order)."""
    from lxml import etree
    from pptx.oxml.ns import qn

    ppr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]  # noqa: SLF001
    emu = str(int(hang * 12700))
    ppr.set("marL", emu)
    ppr.set("indent", f"-{emu}")
    colour = etree.SubElement(ppr, qn("a:buClr"))
    etree.SubElement(colour, qn("a:srgbClr")).set("val", _rgb(NUMBER))
    etree.SubElement(ppr, qn("a:buFont")).set("typeface", "DejaVu Sans Condensed")
    etree.SubElement(ppr, qn("a:buChar")).set("char", BULLET)


class PptxEnfiladeSlides(PptxEnumereSlides):
    """``cot000_pptxenumere``'s slides; every list one bulleted paragraph of line breaks."""

    def _list(
        self,
        x: float,
        top: float,
        width: float,
        height: float,
        items: list[str],
        size: float,
        gap: float,
        hang: float,
    ) -> None:
        """One text box at (``x``, ``top``), one bulleted paragraph, the items separated by
        manual line breaks (``gap`` unused: a line break takes no space before)."""
        from pptx.enum.text import MSO_ANCHOR
        from pptx.util import Pt

        del gap
        frame = self._box(x, top, width, height)
        frame.vertical_anchor = MSO_ANCHOR.TOP
        par = frame.paragraphs[0]
        par.line_spacing = Pt(size * LEADING)
        bulleted(par, hang)
        for index, markup in enumerate(items):
            if index:
                par.add_line_break()
            for part, chunk in enumerate(markup.split("**")):
                if chunk:
                    self._run(par, chunk, size, part % 2 == 1, TEXT)


__all__ = ["BULLET", "PptxEnfiladeSlides", "bulleted"]
