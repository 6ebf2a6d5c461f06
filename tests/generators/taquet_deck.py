"""The seed 000 deck whose progress tables ALIGN THEIR NUMBERS ON THE DECIMAL COMMA
(hundred-and-eleventh held-out set, ``cot000_pptxtaquet``), as a consultant's template aligns
figures « sur la virgule »: every body number cell a left-aligned paragraph with one DECIMAL
TAB STOP (``a:tab algn="dec"``) and, as its text, a tab then the seed value. Impress, run in a
French locale, sets the commas one under another and a value without a comma ending where
the commas stand (in an English locale the decimal character would be the point).

The tables are otherwise ``cot000_pptx``'s real PowerPoint tables (same geometry, labels,
fills, banding and type; the header labels unchanged); every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. The values are the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

STOP_CAE = 84.0  # pt from the cell's text edge (a 114 pt column, 4 pt margins)
STOP_ECI = 74.0  # pt (a 104 pt column)


def decimal_tab(par: object, stop: float) -> None:
    """A paragraph's one run « v » made « \\tv », left-aligned on a decimal tab stop at
    ``stop`` pt."""
    from pptx.enum.text import PP_ALIGN
    from pptx.oxml.xmlchemy import OxmlElement
    from pptx.util import Pt

    runs = par.runs  # type: ignore[attr-defined]
    if len(runs) != 1 or not runs[0].text:
        return
    runs[0].text = "\t" + runs[0].text
    par.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    tabs = OxmlElement("a:tabLst")
    tab = OxmlElement("a:tab")
    tab.set("pos", str(Pt(stop)))
    tab.set("algn", "dec")
    tabs.append(tab)
    p_pr.append(tabs)


class PptxTaquetSlides(_PptxSlides):
    """Progress tables as ``cot000_pptx``'s, every body number on a decimal tab stop."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        super().table(title, header, rows, eci)
        table = self.current.shapes[-1].table  # type: ignore[attr-defined]
        stop = STOP_ECI if eci else STOP_CAE
        for r in range(1, len(rows) + 1):
            for c in (1, 2, 3):
                decimal_tab(table.cell(r, c).text_frame.paragraphs[0], stop)
