"""The seed 000 deck whose progress tables give the LEVEL MARKER A COLUMN OF ITS OWN
(hundred-and-fourteenth held-out set, ``cot000_pptxsymbole``), as a table pasted from a
tracking workbook whose first column holds the level symbol: one real PowerPoint table each,
as ``cot000_pptx`` draws it, but five columns: a 16 pt first column holding only « ▼ » or
« ▶ » (centred, its header cell empty), then the label column 16 pt narrower holding the
code (when the seed has one) and the label, without marker or indent, then the three numbers.

Every slide otherwise as :class:`tests.generators.slides_office._PptxSlides` draws it. Only
the layout comes from here: every value is the seed's.
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides
from tests.generators.slides_office import filled_cell, seed_cell

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
MARKER = 16  # pt, the marker column
WIDTHS = {False: (MARKER, 334, 114, 114, 114), True: (MARKER, 364, 104, 104, 104)}  # CAE, ECI


def bare_label(row: tuple) -> str:
    """A progress row's code (when it has one) and label, without marker or indent."""
    _, code, label = row[:3]
    return f"{code} {label}" if code else label


def empty_size(par: object) -> None:
    """An empty paragraph (the marker column's header cell): its empty run dropped and the
    paragraph sized :data:`SIZE` pt by its end-of-paragraph properties, so its row stays as
    high as the others (Impress sets a lone empty run at its default 18 pt)."""
    from pptx.oxml.xmlchemy import OxmlElement

    p = par._p  # type: ignore[attr-defined]
    for run in p.findall(f"{A}r"):
        p.remove(run)
    end = p.find(f"{A}endParaRPr")
    if end is None:
        end = OxmlElement("a:endParaRPr")
        p.append(end)
    end.set("sz", str(int(SIZE * 100)))


class PptxSymboleSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides; each progress table's markers in a column of their own."""

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        from pptx.enum.text import PP_ALIGN

        _, table = self._sized_grid(title, len(rows), WIDTHS[eci])
        self._head_row(table, ["", header, *HEADS], {0: PP_ALIGN.CENTER, 1: PP_ALIGN.LEFT})
        empty_size(table.cell(0, 0).text_frame.paragraphs[0])
        for r, row, fill in self._body_rows(table, rows):
            axis = row[0] == "▼"
            par = filled_cell(table, r, 0, fill)
            par.alignment = PP_ALIGN.CENTER  # type: ignore[attr-defined]
            self._run(par, row[0], SIZE, axis, DARK)
            par = filled_cell(table, r, 1, fill)
            par.alignment = PP_ALIGN.LEFT  # type: ignore[attr-defined]
            self._run(par, bare_label(row), SIZE, axis, DARK)
            for c in (1, 2, 3):
                value, _ = seed_cell(row, c)
                par = filled_cell(table, r, c + 1, fill)
                self._run(par, value, SIZE, axis, DARK)
