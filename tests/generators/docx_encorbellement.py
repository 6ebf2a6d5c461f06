"""A plan whose steps tables' HEADER ROW OVERHANGS THEIR BODY (two-hundred-and-fourteenth
held-out set, ``plan_docx_encorbellement``), as a Word table whose header row was dragged
wider by its left border: :func:`add_overhang` gives every steps table (a table whose first
row repeats as a header) a 1.5 cm grid column more at the left, the header's first cell
spanning it (``w:gridSpan`` 2), every body row starting one grid column in
(``w:gridBefore`` 1, ``w:wBefore``: no cell, no border there), the table indented −1.5 cm
(``w:tblInd``) so the body rows stand where they stood and the header juts into the margin.

The document ``plan_docx_balise``'s (``narrowstep``'s fields tables, ``echo``'s steps grid
without its footer row), without its PDF/UA export. Only the layout comes from here: every
value is the seed's.
"""

from __future__ import annotations

from pathlib import Path

OVERHANG = 851  # twips: 1.5 cm


def _w(tag: str) -> str:
    return "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}" + tag


def _set(parent: object, tag: str, **attrs: str) -> object:
    """``parent``'s child ``w:<tag>`` (made first when missing) with ``attrs`` set."""
    from docx.oxml import OxmlElement

    child = parent.find(_w(tag))  # type: ignore[attr-defined]
    if child is None:
        child = OxmlElement(f"w:{tag}")
        parent.append(child)  # type: ignore[attr-defined]
    for key, value in attrs.items():
        child.set(_w(key), value)
    return child


def overhang(tbl: object) -> None:
    """``tbl`` (a ``w:tbl`` whose first row is a repeated header) rewritten: a grid column of
    :data:`OVERHANG` in front, spanned by the header's first cell, skipped by every body
    row; the table indented by minus that width."""
    from docx.oxml import OxmlElement

    grid = tbl.find(_w("tblGrid"))  # type: ignore[attr-defined]
    col = OxmlElement("w:gridCol")
    col.set(_w("w"), str(OVERHANG))
    grid.insert(0, col)
    pr = tbl.find(_w("tblPr"))  # type: ignore[attr-defined]
    ind = pr.find(_w("tblInd"))
    before = int(ind.get(_w("w"), "0")) if ind is not None else 0
    _set(pr, "tblInd", w=str(before - OVERHANG), type="dxa")
    rows = tbl.findall(_w("tr"))  # type: ignore[attr-defined]
    for k, tr in enumerate(rows):
        trpr = tr.find(_w("trPr"))
        header = trpr is not None and trpr.find(_w("tblHeader")) is not None
        if k == 0 or header:
            tcpr = tr.find(_w("tc")).find(_w("tcPr"))
            span = tcpr.find(_w("gridSpan"))
            n = int(span.get(_w("val"))) if span is not None else 1
            width = tcpr.find(_w("tcW"))
            if width is not None and width.get(_w("type")) == "dxa":
                width.set(_w("w"), str(int(width.get(_w("w"))) + OVERHANG))
            span = _set(tcpr, "gridSpan", val=str(n + 1))
            tcpr.remove(span)
            tcpr.insert(1 if width is not None else 0, span)
            continue
        if trpr is None:
            trpr = OxmlElement("w:trPr")
            tr.insert(1 if tr[0].tag == _w("tblPrEx") else 0, trpr)
        gb = OxmlElement("w:gridBefore")
        gb.set(_w("val"), "1")
        wb = OxmlElement("w:wBefore")
        wb.set(_w("w"), str(OVERHANG))
        wb.set(_w("type"), "dxa")
        trpr.insert(0, wb)
        trpr.insert(0, gb)


def add_overhang(path: Path) -> Path:
    """The .docx at ``path`` with every steps table (first row a repeated header) given its
    overhanging header row (:func:`overhang`); saved in place."""
    from docx import Document

    doc = Document(str(path))
    for table in doc.tables:
        first = table._tbl.findall(_w("tr"))[0]
        trpr = first.find(_w("trPr"))
        if trpr is not None and trpr.find(_w("tblHeader")) is not None:
            overhang(table._tbl)
    doc.save(str(path))
    return path


__all__ = ["OVERHANG", "add_overhang", "overhang"]
