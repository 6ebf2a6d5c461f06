"""The seed 000 deck whose ORIENTATION SLIDES CARRY THE TEMPLATE'S FOLLOW-UP FORM, UNFILLED
(two-hundred-and-twenty-ninth held-out set, ``cot000_pptxencart``): ``cot000_pptx``'s slides
(:class:`PptxEncartSlides`), but each slide titled « ORIENTATION n : … » (slides 10 – 13) made
from the Region's COT template's sample orientation slide, whose follow-up form the author
never filled in: at the bottom right a 2 × 2 PowerPoint table (:meth:`PptxEncartSlides.form`,
x :data:`X`, y :data:`Y`, columns :data:`WIDTHS`, rows :data:`ROW` pt), every cell's sides a
:data:`RULE_PT` pt #:data:`RULE` rule, the labels of :data:`ROWS` bold on #:data:`LABEL_FILL`
beside the template's bracketed prompts, typed as text, in grey italic on white.

15 slides. Only the layout comes from here: every value is the seed's (the labels and the
prompts are the template's, where the seed has no value).
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

PREFIX = "ORIENTATION "  # the titles of the slides carrying the form
ROWS = (  # the template's labels and prompts, not in the seed
    ("Pilote", "[Nom, direction]"),
    ("Échéance", "[JJ/MM/AAAA]"),
)
X, Y = 430.0, 300.0  # pt, the table's top left
WIDTHS = (90.0, 180.0)  # pt
ROW = 18.0  # pt
SIZE = 9.0  # pt
RULE, RULE_PT = "0073B3", 0.75
LABEL_FILL, PROMPT_FILL = "EAF1FA", "FFFFFF"
LABEL_COLOUR, PROMPT_COLOUR = (0.12, 0.12, 0.12), (0.5, 0.5, 0.5)  # #1F1F1F, #7F7F7F


def _rules(cell: object) -> None:
    """The cell's four sides a :data:`RULE_PT` pt :data:`RULE` rule."""
    from lxml import etree
    from pptx.oxml.ns import qn
    from pptx.util import Pt

    tc_pr = cell._tc.get_or_add_tcPr()  # type: ignore[attr-defined]
    for side in ("a:lnL", "a:lnR", "a:lnT", "a:lnB"):
        line = etree.SubElement(
            tc_pr, qn(side), w=str(int(Pt(RULE_PT))), cap="flat", cmpd="sng", algn="ctr"
        )
        fill = etree.SubElement(line, qn("a:solidFill"))
        etree.SubElement(fill, qn("a:srgbClr"), val=RULE)
        etree.SubElement(line, qn("a:prstDash"), val="solid")


class PptxEncartSlides(_PptxSlides):
    """``cot000_pptx``'s slides, the template's unfilled form on each orientation slide."""

    def __init__(self, base: object) -> None:
        super().__init__(base)
        self.forms = 0
        self.pending = False  # the current slide is an orientation slide

    def title(self, value: str, size: float | None = None) -> float:
        if value.startswith(PREFIX):
            self.pending = True
        return super().title(value, size)

    def _close(self) -> None:
        """The form added after the orientation slide's own shapes."""
        if self.pending:
            self.form()
            self.pending = False

    def slide(self) -> None:
        self._close()
        super().slide()

    def form(self) -> None:
        """The follow-up form on the current slide (see the module)."""
        from pptx.dml.color import RGBColor
        from pptx.util import Pt

        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            len(ROWS), 2, Pt(X), Pt(Y), Pt(sum(WIDTHS)), Pt(ROW * len(ROWS))
        )
        table = shape.table
        table.first_row = False
        table.horz_banding = False
        for c, width in enumerate(WIDTHS):
            table.columns[c].width = Pt(width)
        for r, (label, prompt) in enumerate(ROWS):
            table.rows[r].height = Pt(ROW)
            for c, (text, fill) in enumerate(((label, LABEL_FILL), (prompt, PROMPT_FILL))):
                cell = table.cell(r, c)
                cell.margin_left = cell.margin_right = Pt(4)
                cell.margin_top = cell.margin_bottom = Pt(1)
                cell.fill.solid()
                cell.fill.fore_color.rgb = RGBColor.from_string(fill)
                _rules(cell)
                par = cell.text_frame.paragraphs[0]
                colour = LABEL_COLOUR if c == 0 else PROMPT_COLOUR
                self._run(par, text, SIZE, c == 0, colour)
                par.runs[-1].font.italic = c == 1
        self.forms += 1

    def finish(self) -> object:
        self._close()
        if self.forms != 4:
            raise ValueError(f"{self.forms} orientation slides, 4 expected")
        return super().finish()


__all__ = ["PREFIX", "ROWS", "PptxEncartSlides"]
