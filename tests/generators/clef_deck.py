"""The seed 000 deck whose progress tables are each followed by a consultancy template's
« NOTE DE LECTURE » KEY (eighty-eighth held-out set, ``cot000_pptxclef``): right under the
table, 4 pt below its bottom edge, one text box of four 7 pt grey paragraphs — « Note de
lecture : » bold italic, then « ▼ axe du référentiel (ligne en gras) » and « ▶ sous-axe,
rattaché à l'axe qui le précède » (THE KEY LINES OPENING WITH THE SEED'S OWN ROW MARKERS),
then a line on the columns — added after the table.

Each table ``cot000_pptx``'s real PowerPoint table, unchanged; every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. Only the layout comes from
here: every value is the seed's (the key is not).
"""

from __future__ import annotations

from tests.generators.progress_deck import HEADS, ROW, PptxProgressSlides

KEY_GREY = "595959"
KEY_SIZE = 7.0
LEFT = 14.0  # pt, the table's left edge
WIDTH = 692.0  # pt
KEY_GAP = 4.0  # pt, between the table's bottom and the key
INSET = 4.0  # pt, the key's left and right insets: its text where the first column's starts
KEY = (
    ("Note de lecture :", True),
    ("▼ axe du référentiel (ligne en gras)", False),
    ("▶ sous-axe, rattaché à l'axe qui le précède", False),
    (
        "Points restants : points non encore acquis ; % Réalisé et % Programmé : part des"
        " points de la ligne",
        False,
    ),
)


class PptxClefSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; a « note de lecture » key under each progress table."""

    def _key(self, top: float) -> None:
        from pptx.dml.color import RGBColor
        from pptx.enum.text import PP_ALIGN
        from pptx.util import Pt

        frame = self._box(LEFT, top, WIDTH, len(KEY) * KEY_SIZE * 1.2)
        frame.margin_left = frame.margin_right = Pt(INSET)  # type: ignore[attr-defined]
        for index, (line, bold) in enumerate(KEY):
            par = frame.paragraphs[0] if index == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
            par.alignment = PP_ALIGN.LEFT
            par.space_before = par.space_after = Pt(0)
            run = par.add_run()
            run.text = line
            run.font.size = Pt(KEY_SIZE)
            run.font.bold = bold
            run.font.italic = True
            run.font.name = "DejaVu Sans Condensed"
            run.font.color.rgb = RGBColor.from_string(KEY_GREY)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill)
        self._key(y + ROW * (len(rows) + 1) + KEY_GAP)
