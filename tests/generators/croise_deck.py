"""The seed 000 deck whose progress tables are BANDED BY ROWS AND BY COLUMNS (hundred-and-
thirty-sixth held-out set, ``cot000_pptxcroise``), as PowerPoint draws a table whose
« Options de style de tableau » have both « Lignes à bandes » and « Colonnes à bandes »
ticked, pasted with « Conserver la mise en forme source » (each cell carrying its fill):
the body rows banded from the first as ``cot000_pptx``'s (#EAF1FA / white) in the label
and « % Réalisé » columns, the « Points restants » and « % Programmé » columns
:data:`COLUMN_WHITE` on the white rows and :data:`COLUMN_BANDED` where they cross a banded
row: four body tones.

The table is ``cot000_pptx``'s otherwise (where it stands, its columns, header, text);
every other slide as ``cot000_pptx`` draws it. Only the layout comes from here: every value
is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

ROW_BANDED = "EAF1FA"
ROW_WHITE = "FFFFFF"
COLUMN_WHITE = "F2F2F2"  # a shaded column on a white row
COLUMN_BANDED = "D5E3F3"  # a shaded column crossing a banded row
SHADED_COLUMNS = (1, 3)  # « Points restants », « % Programmé »


def _tone(r: int, c: int) -> str:
    """Body row ``r``'s (from 1) fill in column ``c``."""
    banded = r % 2 == 1
    if c in SHADED_COLUMNS:
        return COLUMN_BANDED if banded else COLUMN_WHITE
    return ROW_BANDED if banded else ROW_WHITE


class PptxCroiseSlides(_PptxSlides):
    """``cot000_pptx``'s slides; each progress table banded by rows and by columns."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.dml.color import RGBColor

        self.slide()
        self._banded(self.title(title) - 6, header, rows, eci)
        table = [s for s in self.current.shapes if s.has_table][-1].table
        for r in range(1, len(rows) + 1):
            for c in range(4):
                table.cell(r, c).fill.fore_color.rgb = RGBColor.from_string(_tone(r, c))
