"""The seed 000 deck whose PROGRESS TABLES DRAW THEIR HIERARCHY WITH THEIR GRID
(two-hundred-and-fourteenth held-out set, ``cot000_pptxdecrochement``): every progress
table (:func:`indent_items`) on five grid columns, an EMPTY :data:`STEP` pt first column
taken from the label column, the header cell and every ▼ axis row's label cell spanning
both (``gridSpan="2"`` then an ``hMerge`` cell), every ▶ item row's label in the second
column with an empty cell, filled as its row, in front of it.

Every other shape, place, size, colour and text as :class:`tests.generators.slides_office.
_PptxSlides` draws it: 15 slides. Only the layout comes from here: every value is the
seed's.
"""

from __future__ import annotations

import copy

from tests.generators.slides_office import _PptxSlides

_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
STEP = 16  # pt: the empty column's width
_EMU = 12700


def _blank(tc: object) -> object:
    """A copy of the cell ``tc`` with no text: its properties (fill, margins) kept, one
    empty paragraph keeping its first paragraph's properties, its end mark sized as its
    first run (amended once: an end mark of the default size made every item row taller)."""
    cell = copy.deepcopy(tc)
    body = cell.find(_A + "txBody")  # type: ignore[attr-defined]
    paragraphs = body.findall(_A + "p")
    for p in paragraphs[1:]:
        body.remove(p)
    run = paragraphs[0].find(_A + "r/" + _A + "rPr")
    for child in list(paragraphs[0]):
        if child.tag != _A + "pPr":
            paragraphs[0].remove(child)
    if run is not None:  # the end mark at the row's type size, or the row grows
        end = copy.deepcopy(run)
        end.tag = _A + "endParaRPr"
        paragraphs[0].append(end)
    return cell


def indent_items(tbl: object) -> None:
    """``tbl`` (an ``a:tbl`` of four columns whose label cells start « ▼ » for axes) on five
    grid columns: :data:`STEP` pt taken from the first column into a new empty one in
    front; the header and axis rows' label cell spanning both, the item rows' label cell
    after an empty cell."""
    grid = tbl.find(_A + "tblGrid")  # type: ignore[attr-defined]
    first = grid.findall(_A + "gridCol")[0]
    first.set("w", str(int(first.get("w")) - STEP * _EMU))
    col = copy.deepcopy(first)
    col.set("w", str(STEP * _EMU))
    grid.insert(0, col)
    for k, tr in enumerate(tbl.findall(_A + "tr")):  # type: ignore[attr-defined]
        tc = tr.find(_A + "tc")
        text = "".join(t.text or "" for t in tc.iter(_A + "t"))
        if k == 0 or "▼" in text:
            merged = _blank(tc)
            merged.set("hMerge", "1")
            tc.set("gridSpan", "2")
            tc.addnext(merged)
        else:
            tc.addprevious(_blank(tc))


class PptxDecrochementSlides(_PptxSlides):
    """``cot000_pptx``'s slides, each progress table's items indented by an empty column."""

    def finish(self) -> object:
        for slide in self.prs.slides:
            for shape in slide.shapes:
                if shape.has_table and len(shape.table.columns) == 4:
                    indent_items(shape.table._tbl)
        return self.prs


__all__ = ["STEP", "PptxDecrochementSlides", "indent_items"]
