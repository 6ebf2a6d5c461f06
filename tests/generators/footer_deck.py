"""The seed 000 deck with PowerPoint's FOOTER on every slide but the first (fortieth held-out
set, ``cot000_pptxfooter``), as « Insertion › En-tête et pied de page » sets it when the author
ticks a fixed date, the slide number, a footer text and « Ne pas afficher sur la diapositive de
titre »: three text boxes where the Office theme's 16:9 footer placeholders stand (scaled to
the 720 pt slide), the number a slide-number field followed by the typed « / N ».

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. The
values are the seed's; the footer adds its own date, title and numbers.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

DATE = "28/03/2024"
FOOTER = "COT Grand Auch Cœur de Gascogne — Comité de pilotage"
GREY = "898989"  # the Office theme's footer text colour
SIZE = 8.0
TOP, HEIGHT = 375.4, 21.6  # the theme's placeholders (y 6356350, cy 365125 EMU) × 0.75
# (x, width, alignment) of the date, footer and slide-number boxes
BOXES = ((49.5, 162.0, "l"), (238.5, 243.0, "ctr"), (508.5, 162.0, "r"))


def _run_xml(tag: str, text: str, extra: str = "") -> str:
    from xml.sax.saxutils import escape

    return (
        f"<a:{tag}{extra}><a:rPr lang='fr-FR' sz='{round(SIZE * 100)}' dirty='0'>"
        f"<a:solidFill><a:srgbClr val='{GREY}'/></a:solidFill>"
        "<a:latin typeface='DejaVu Sans Condensed'/></a:rPr>"
        f"<a:t>{escape(text)}</a:t></a:{tag}>"
    )


class PptxFooterSlides(_PptxSlides):
    """``cot000_pptx``'s slides; the footer added to every slide but the first when the deck is
    finished (the slide count then known)."""

    def finish(self) -> object:
        from pptx.enum.text import MSO_ANCHOR
        from pptx.oxml import parse_xml
        from pptx.util import Pt

        slides = list(self.prs.slides)
        total = len(slides)
        ns = "xmlns:a='http://schemas.openxmlformats.org/drawingml/2006/main'"
        for number, slide in enumerate(slides, start=1):
            if number == 1:  # « Ne pas afficher sur la diapositive de titre »
                continue
            texts = (
                _run_xml("r", DATE),
                _run_xml("r", FOOTER),
                _run_xml(
                    "fld",
                    str(number),
                    " id='{B6F15528-21DE-4FAA-801E-634DDDAF4B2B}' type='slidenum'",
                )
                + _run_xml("r", f" / {total}"),
            )
            for (x, width, align), runs in zip(BOXES, texts, strict=True):
                box = slide.shapes.add_textbox(Pt(x), Pt(TOP), Pt(width), Pt(HEIGHT))
                frame = box.text_frame
                frame.margin_left = frame.margin_right = 0
                frame.margin_top = frame.margin_bottom = 0
                frame.word_wrap = True
                frame.vertical_anchor = MSO_ANCHOR.MIDDLE
                par = frame.paragraphs[0]._p
                par.append(parse_xml(f"<a:pPr {ns} algn='{align}'/>"))
                for run in list(parse_xml(f"<a:p {ns}>{runs}</a:p>")):
                    par.append(run)
        return self.prs
