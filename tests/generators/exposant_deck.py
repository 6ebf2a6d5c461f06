"""The seed 000 deck whose progress tables set the « % » SIGN OF EVERY PERCENTAGE AS
SUPERSCRIPT (sixty-ninth held-out set, ``cot000_pptxexposant``), as a communication
department's template sets its units: in every « % Réalisé » and « % Programmé » body cell
the number and the space after it as before, then « % » in a run of its own marked
« Exposant » (``baseline="30000"``: Impress raises it and sets it smaller).

The tables are otherwise ``cot000_pptx``'s real PowerPoint tables (same geometry, labels,
fills, banding and type; the header labels unchanged); every other slide as
:class:`tests.generators.slides_office._PptxSlides` draws it. The values are the seed's.
"""

from __future__ import annotations

from tests.generators.slides_office import _PptxSlides

SUPERSCRIPT = "30000"  # DrawingML baseline offset, thousandths of a percent


def _raise_percent(par: object) -> None:
    """A paragraph's one run « n % » cut in two: « n » and its space, then « % » in a copy of
    the run's properties marked superscript."""
    from copy import deepcopy

    runs = par.runs  # type: ignore[attr-defined]
    if len(runs) != 1 or not runs[0].text.endswith("%"):
        return
    first = runs[0]
    first.text = first.text[:-1]
    sign = deepcopy(first._r)
    first._r.addnext(sign)  # after the number's run, before the paragraph's end mark
    sign.find("{http://schemas.openxmlformats.org/drawingml/2006/main}t").text = "%"
    sign.get_or_add_rPr().set("baseline", SUPERSCRIPT)


class PptxExposantSlides(_PptxSlides):
    """Progress tables as ``cot000_pptx``'s, every body percentage's « % » superscript."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        super().table(title, header, rows, eci)
        shape = self.current.shapes[-1]  # type: ignore[attr-defined]
        table = shape.table
        for r in range(1, len(rows) + 1):
            for c in (2, 3):
                _raise_percent(table.cell(r, c).text_frame.paragraphs[0])
