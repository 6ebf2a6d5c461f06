"""The seed 000 deck whose progress tables are REPLACED BY BULLETED SUMMARIES (eighty-fourth
held-out set, ``cot000_pptxsynthese``): each progress table one text box where
``cot000_pptx``'s table starts, no table object — the table's own label bold over one
paragraph a seed row, no ▼ / ▶ marker: a ▼ axis row a level-1 bullet « ■ », bold; a ▶ row a
level-2 bullet « – » from a 22 pt indent; each line « <code> <label> : <points> pts restants
(<% réalisé> réalisé, <% programmé> programmé) ».

Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it. Only the
layout comes from here: every value is the seed's; the unit words are not.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEAD, SIZE
from tests.generators.slides_office import _PptxSlides

TITLE_SIZE = 8.0  # pt: the table's own label
HANG = 10.0  # pt: every bullet's hanging indent
SUB_INDENT = 22.0  # pt: a ▶ row's indent
BLUE = (0.0, 115 / 255, 179 / 255)  # #0073B3


def sentence(row: tuple) -> str:
    """A seed progress row as its summary line, without bullet."""
    _marker, code, label, points, done, prog = row
    head = f"{code} {label}" if code else label
    return f"{head} : {points} pts restants ({done} réalisé, {prog} programmé)"


def _bullet(par: object, char: str, colour: str, left: float) -> None:
    """``par`` a bulleted paragraph: ``char`` in ``colour`` (hex), text from ``left`` +
    :data:`HANG` pt, the bullet hanging at ``left``."""
    from pptx.oxml.xmlchemy import OxmlElement
    from pptx.util import Pt

    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    p_pr.set("marL", str(Pt(left + HANG)))
    p_pr.set("indent", str(-Pt(HANG)))
    clr = OxmlElement("a:buClr")
    srgb = OxmlElement("a:srgbClr")
    srgb.set("val", colour)
    clr.append(srgb)
    p_pr.append(clr)
    font = OxmlElement("a:buFont")
    font.set("typeface", "DejaVu Sans")
    p_pr.append(font)
    bullet = OxmlElement("a:buChar")
    bullet.set("char", char)
    p_pr.append(bullet)


class PptxSyntheseSlides(_PptxSlides):
    """Progress tables written as bulleted sentences in one text box."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        frame = self._box(14, y, 692, (len(rows) + 1) * SIZE * 1.4 + 8)
        par = frame.paragraphs[0]  # type: ignore[attr-defined]
        par.space_after = Pt(4)
        self._run(par, header, TITLE_SIZE, True, BLUE)
        for row in rows:
            axis = row[0] == "▼"
            par = frame.add_paragraph()  # type: ignore[attr-defined]
            par.space_after = Pt(1)
            par.line_spacing = 1.0
            if axis:
                _bullet(par, "■", HEAD, 0.0)
            else:
                _bullet(par, "–", "1F1F1F", SUB_INDENT)
            self._run(par, sentence(row), SIZE, axis, DARK)
