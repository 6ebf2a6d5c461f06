"""The seed 000 deck whose progress tables were PASTED AS UNFORMATTED TEXT (hundred-and-
fifty-second held-out set, ``cot000_pptxmarelle``), as an author does who copies the
workbook's range and pastes it into the slide with « Coller › Conserver uniquement le
texte »: no table object but ONE TEXT BOX where ``cot000_pptx``'s table stands (x = 14 pt,
692 pt wide, word wrap on, PowerPoint's default insets), a paragraph a sheet row — the
header line (the table's label, « Points restants », « % Réalisé », « % Programmé »), then
a line a seed row, its first cell composed as ``cot000_pptx`` composes it —, THE FOUR CELLS
JOINED BY TAB CHARACTERS AND NO TAB STOP SET, so that each text after a tab starts at
Impress's next default stop after the text before it and the columns do not line up from
one line to the next; the whole box then set to DejaVu Sans Condensed 8 pt #1F1F1F, the
header line bold #0073B3, the ▼ axis lines bold.

Every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell

SIZE = 8.0  # pt
LINE = 9.6  # pt, Impress's single line of 8 pt DejaVu Sans Condensed, for the box's height
BLUE = "0073B3"
DARK = "1F1F1F"
HEADS = ("Points restants", "% Réalisé", "% Programmé")


class PptxMarelleSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table one text box of tab-separated lines."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        lines = [("\t".join((header, *HEADS)), True, BLUE)]
        for row in rows:
            cells = [seed_cell(row, c)[0] for c in range(4)]
            lines.append(("\t".join(cells), row[0] == "▼", DARK))
        box = self.current.shapes.add_textbox(Pt(14), Pt(y), Pt(692), Pt(LINE * len(lines) + 7.2))
        frame = box.text_frame
        frame.word_wrap = True
        for n, (text, bold, colour) in enumerate(lines):
            par = frame.paragraphs[0] if n == 0 else frame.add_paragraph()
            par.alignment = PP_ALIGN.LEFT
            run = par.add_run()
            run.text = text
            run.font.size, run.font.bold, run.font.name = Pt(SIZE), bold, "DejaVu Sans Condensed"
            run.font.color.rgb = RGBColor.from_string(colour)
