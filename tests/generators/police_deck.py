"""The seed 000 deck whose progress-table ROW MARKERS WERE TYPED FROM A SYMBOL FONT the
printing host lacks (hundred-and-seventh held-out set, ``cot000_pptxpolice``): the author
took ▼ and ▶ from « Insertion › Symbole », font « Wingdings 3 », which stores them as the
letters « q » (0x71) and « u » (0x75); Impress, printing on a workstation without that font,
prints the letters.

Each table ``cot000_pptx``'s real PowerPoint table (place, widths, banded look); each first
cell composed as ``cot000_pptx`` composes it (code, indent, marker, a space, the label), but
the marker a run of its own in « Wingdings 3 » (``a:latin`` and ``a:sym``, pitch family 18,
charset 2) holding :data:`AXIS` on a ▼ row and :data:`SUB` on a ▶ row, the same size, weight
and colour as its row. Every other slide as :class:`tests.generators.slides_office._PptxSlides`
draws it. Only the layout comes from here: every value is the seed's (« q » standing for
« ▼ », « u » for « ▶ »).
"""

from __future__ import annotations

from tests.generators.progress_deck import DARK, HEADS, SIZE, PptxProgressSlides

FONT = "Wingdings 3"
AXIS = "q"  # Wingdings 3's ▼
SUB = "u"  # Wingdings 3's ▶
MARKERS = {"▼": AXIS, "▶": SUB}


def symbol_font(run: object) -> None:
    """``run`` set in :data:`FONT` as a symbol font: its ``a:latin`` typeface, and an
    ``a:sym`` after it."""
    from pptx.oxml.ns import qn
    from pptx.oxml.xmlchemy import OxmlElement

    r_pr = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    latin = r_pr.find(qn("a:latin"))
    sym = OxmlElement("a:sym")
    for face in (latin, sym):
        face.set("typeface", FONT)
        face.set("pitchFamily", "18")
        face.set("charset", "2")
    latin.addnext(sym)


class PptxPoliceSlides(PptxProgressSlides):
    """``cot000_pptx``'s slides, the progress tables' markers typed in « Wingdings 3 »."""

    def _marked(self, par: object, column: int, value: str, axis: bool) -> None:
        marker = next((m for m in MARKERS if m in value), None) if column == 0 else None
        if marker is None:
            self._run(par, value, SIZE, axis, DARK)
            return
        before, _, after = value.partition(marker)
        if before:
            self._run(par, before, SIZE, axis, DARK)
        self._run(par, MARKERS[marker], SIZE, axis, DARK)
        symbol_font(par.runs[-1])  # type: ignore[attr-defined]
        self._run(par, after, SIZE, axis, DARK)

    def table(self, title: str, header: str, rows: list[tuple], eci: bool) -> None:
        _, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, write=self._marked)
