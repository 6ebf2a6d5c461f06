"""What the held-out decks that redraw ``cot000_pptx``'s progress tables share: the table's
colours, text size and row height, its header labels, right-aligned tab stops, and the
header row and banded body rows of a table drawn by :class:`PptxProgressSlides`."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from tests.generators.slides_office import _PptxSlides, filled_cell, seed_cell

HEAD = "0073B3"
BANDS = ("EAF1FA", "FFFFFF")
DARK = (0.12, 0.12, 0.12)
WHITE = (1.0, 1.0, 1.0)
SIZE = 7.5
ROW = 12.0  # pt
HEADS = ("Points restants", "% Réalisé", "% Programmé")  # the labels after the table's own
NOTE_GREY = "595959"
NOTE_LEFT = 14.0  # pt, the table's left edge
NOTE_WIDTH = 692.0  # pt
NOTE_GAP = 4.0  # pt, between the table's bottom and a note box under it
NOTE_INSET = 4.0  # pt, a note box's left and right insets


def tab_stops(par: object, stops: tuple[float, ...]) -> None:
    """Right-aligned tab stops at ``stops`` (pt) on a paragraph (``a:tabLst``)."""
    from pptx.oxml.xmlchemy import OxmlElement
    from pptx.util import Pt

    p_pr = par._p.get_or_add_pPr()  # type: ignore[attr-defined]
    tabs = OxmlElement("a:tabLst")
    for stop in stops:
        tab = OxmlElement("a:tab")
        tab.set("pos", str(Pt(stop)))
        tab.set("algn", "r")
        tabs.append(tab)
    p_pr.append(tabs)


def note_paragraph(frame: object, index: int) -> object:
    """Paragraph ``index`` of a note box's ``frame`` (the first one there, the others added),
    left-aligned, no space before or after."""
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Pt

    par = frame.paragraphs[0] if index == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
    par.alignment = PP_ALIGN.LEFT
    par.space_before = par.space_after = Pt(0)
    return par


def note_run(par: object, text: str, size: float, bold: bool | None = None) -> None:
    """A run of ``text`` in a note box: ``size`` pt grey italic (bold or not when ``bold``
    says)."""
    from pptx.dml.color import RGBColor
    from pptx.util import Pt

    run = par.add_run()  # type: ignore[attr-defined]
    run.text = text
    run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    run.font.italic = True
    run.font.name = "DejaVu Sans Condensed"
    run.font.color.rgb = RGBColor.from_string(NOTE_GREY)


def gapped_rows(rows: list[tuple]) -> list[tuple | None]:
    """A progress table's body rows: the seed rows, ``None`` (a row the layout adds, not in
    the seed) before every axis row save the first."""
    out: list[tuple | None] = []
    for row in rows:
        if seed_cell(row, 0)[1] and out:
            out.append(None)
        out.append(row)
    return out


class PptxProgressSlides(_PptxSlides):
    """``cot000_pptx``'s slides, with the pieces of a progress table its variants redraw."""

    def _new_grid(self, title: str, rows: list, eci: bool) -> tuple[float, object]:
        """A new slide titled ``title`` and its progress table's frame for ``rows`` (one body
        row each); returns the table's top (pt) and the table."""
        self.slide()
        y = self.title(title) - 6
        return y, self._progress_grid(y, len(rows), eci)

    def _sized_grid(
        self, title: str, n_rows: int, widths: tuple[float, ...], pitch: float = 15
    ) -> tuple[float, object]:
        """A new slide titled ``title`` and a table of ``n_rows`` body rows under its header,
        14 pt from the left, its columns ``widths`` (pt), its frame ``pitch`` pt a row; returns
        the table's top (pt) and the table."""
        from pptx.util import Pt

        self.slide()
        y = self.title(title) - 6
        shape = self.current.shapes.add_table(  # type: ignore[attr-defined]
            n_rows + 1, len(widths), Pt(14), Pt(y), Pt(sum(widths)), Pt(pitch * (n_rows + 1))
        )
        table = shape.table
        for c, w in enumerate(widths):
            table.columns[c].width = Pt(w)
        return y, table

    def _head_row(
        self,
        table: object,
        labels: list[str],
        aligns: dict | None = None,
        size: float = SIZE,
        row: float = ROW,
        at: int = 0,
    ) -> None:
        """The header row (table row ``at``): ``labels`` bold white on #0073B3 in ``size`` pt,
        the cells of ``aligns`` (column → alignment) so aligned, the row ``row`` pt high."""
        from pptx.util import Pt

        for c, label in enumerate(labels):
            par = filled_cell(table, at, c, HEAD)
            if aligns and c in aligns:
                par.alignment = aligns[c]  # type: ignore[attr-defined]
            self._head_run(par, label, size)
        table.rows[at].height = Pt(row)  # type: ignore[attr-defined]

    def _head_run(self, par: object, text: str, size: float = SIZE) -> None:
        """A run of ``text`` in a header label's type: bold white, ``size`` pt."""
        self._run(par, text, size, True, WHITE)

    def _body_rows(
        self, table: object, rows: list[tuple], first: int = 1
    ) -> Iterator[tuple[int, tuple, str]]:
        """Each body row ``ROW`` pt high, from table row ``first`` (under the header row by
        default), as (table row, seed row, band fill), the bands starting at ``first``."""
        from pptx.util import Pt

        for r, row in enumerate(rows, start=first):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            yield r, row, BANDS[(r - first) % 2]

    def _seed_cells(
        self,
        table: object,
        r: int,
        row: tuple,
        fill: str,
        size: float = SIZE,
        write: Callable[[object, int, str, bool], None] | None = None,
        columns: range = range(4),
        bold: bool | None = None,
    ) -> None:
        """Body row ``r``'s four cells (or those of ``columns``): ``row``'s seed texts in
        ``size`` pt on ``fill``, bold on an axis row unless ``bold`` says (or as
        ``write(paragraph, column, value, axis)`` writes them); an empty cell's line in
        ``size`` pt, not Impress's 18 pt."""
        for c in columns:
            par = filled_cell(table, r, c, fill)
            value, axis = seed_cell(row, c)
            if bold is not None:
                axis = bold
            if value and write is not None:
                write(par, c, value, axis)
            elif value:
                self._run(par, value, size, axis, DARK)
            else:
                par._p.get_or_add_endParaRPr().set("sz", str(round(size * 100)))  # type: ignore[attr-defined]

    def _column_after(
        self,
        title: str,
        header: str,
        rows: list[tuple],
        widths: tuple[float, ...],
        label: str,
        align: object,
    ) -> tuple[float, list[tuple[tuple, object]]]:
        """A new slide titled ``title`` and its progress table on five columns of ``widths``
        (pt): the seed's four, then ``label``'s, whose cells are aligned ``align``; the seed's
        cells filled, banded, in ``SIZE`` pt. Returns the table's top (pt) and each body row
        with its fifth cell's (empty) paragraph, for the caller to fill."""
        y, table = self._sized_grid(title, len(rows), widths)
        self._head_row(table, [header, *HEADS, label], {4: align})
        fifth = []
        for r, row, fill in self._body_rows(table, rows):
            for c in range(4):
                value, axis = seed_cell(row, c)
                self._run(filled_cell(table, r, c, fill), value, SIZE, axis, DARK)
            par = filled_cell(table, r, 4, fill)
            par.alignment = align  # type: ignore[attr-defined]
            fifth.append((row, par))
        return y, fifth

    def _noted_table(
        self,
        title: str,
        header: str,
        rows: list[tuple],
        eci: bool,
        write: Callable[[object, int, str, bool], None] | None = None,
    ) -> tuple[object, float]:
        """A new slide titled ``title`` and its progress table, the body cells written as
        :meth:`_seed_cells` writes them; returns the table and the top (pt) of a note box
        :data:`NOTE_GAP` under it."""
        y, table = self._new_grid(title, rows, eci)
        self._head_row(table, [header, *HEADS])
        for r, row, fill in self._body_rows(table, rows):
            self._seed_cells(table, r, row, fill, write=write)
        return table, y + ROW * (len(rows) + 1) + NOTE_GAP

    def _note_frame(self, top: float, height: float) -> object:
        """The text frame of a note box ``height`` pt high at ``top`` (pt), as wide as the
        progress table, :data:`NOTE_INSET` pt insets left and right."""
        from pptx.util import Pt

        frame = self._box(NOTE_LEFT, top, NOTE_WIDTH, height)
        frame.margin_left = frame.margin_right = Pt(NOTE_INSET)  # type: ignore[attr-defined]
        return frame
