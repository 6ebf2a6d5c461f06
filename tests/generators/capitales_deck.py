"""The seed 000 deck whose progress tables' LABEL COLUMN carries the template's CAPS
EFFECTS (hundredth held-out set, ``cot000_pptxcapitales``): every run of the first column's
body cells typed in the seed's case, with ``cap="all"`` (« Majuscules ») on ▼ axis rows and
``cap="small"`` (« Petites majuscules ») on ▶ rows; the numbers and the header row as typed.

Each progress table exactly ``cot000_pptx``'s otherwise (place, widths, banding, bold axis
rows). Every other slide as :class:`tests.generators.slides_office._PptxSlides` draws it.
Only the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides, seed_cell

CAPS = {True: "all", False: "small"}  # axis row → the run's ``cap``


class PptxCapitalesSlides(_PptxSlides):
    """Progress tables whose label column is printed in capitals and small capitals."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        super().table(title, header, rows, eci)
        frame = self.current.shapes[-1]  # type: ignore[attr-defined]  # the table just drawn
        table = frame.table
        for r, row in enumerate(rows, start=1):
            _value, axis = seed_cell(row, 0)
            for par in table.cell(r, 0).text_frame.paragraphs:
                for run in par.runs:
                    run._r.get_or_add_rPr().set("cap", CAPS[axis])
