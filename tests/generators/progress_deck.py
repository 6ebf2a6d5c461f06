"""What the held-out decks that redraw ``cot000_pptx``'s progress tables share: the table's
colours, text size and row height, its header labels, right-aligned tab stops, and the
header row and banded body rows of a table drawn by :class:`PptxProgressSlides`."""

from __future__ import annotations

from collections.abc import Iterator

from tests.generators.slides_office import _PptxSlides, filled_cell

HEAD = "0073B3"
BANDS = ("EAF1FA", "FFFFFF")
DARK = (0.12, 0.12, 0.12)
WHITE = (1.0, 1.0, 1.0)
SIZE = 7.5
ROW = 12.0  # pt
HEADS = ("Points restants", "% Réalisé", "% Programmé")  # the labels after the table's own


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


class PptxProgressSlides(_PptxSlides):
    """``cot000_pptx``'s slides, with the pieces of a progress table its variants redraw."""

    def _new_grid(self, title: str, rows: list, eci: bool) -> tuple[float, object]:
        """A new slide titled ``title`` and its progress table's frame for ``rows`` (one body
        row each); returns the table's top (pt) and the table."""
        self.slide()
        y = self.title(title) - 6
        return y, self._progress_grid(y, len(rows), eci)

    def _head_row(
        self,
        table: object,
        labels: list[str],
        aligns: dict | None = None,
        size: float = SIZE,
        row: float = ROW,
    ) -> None:
        """The header row: ``labels`` bold white on #0073B3 in ``size`` pt, the cells of
        ``aligns`` (column → alignment) so aligned, the row ``row`` pt high."""
        from pptx.util import Pt

        for c, label in enumerate(labels):
            par = filled_cell(table, 0, c, HEAD)
            if aligns and c in aligns:
                par.alignment = aligns[c]  # type: ignore[attr-defined]
            self._run(par, label, size, True, WHITE)
        table.rows[0].height = Pt(row)  # type: ignore[attr-defined]

    def _body_rows(self, table: object, rows: list[tuple]) -> Iterator[tuple[int, tuple, str]]:
        """Each body row ``ROW`` pt high, as (table row, seed row, band fill)."""
        from pptx.util import Pt

        for r, row in enumerate(rows, start=1):
            table.rows[r].height = Pt(ROW)  # type: ignore[attr-defined]
            yield r, row, BANDS[(r - 1) % 2]
