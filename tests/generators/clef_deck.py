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

from tests.generators.progress_deck import PptxProgressSlides, note_paragraph, note_run

KEY_SIZE = 7.0
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
        frame = self._note_frame(top, len(KEY) * KEY_SIZE * 1.2)
        for index, (line, bold) in enumerate(KEY):
            note_run(note_paragraph(frame, index), line, KEY_SIZE, bold)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        self._key(self._noted_table(title, header, rows, eci)[1])
